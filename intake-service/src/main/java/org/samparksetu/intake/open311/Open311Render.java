package org.samparksetu.intake.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * GeoReport v2 bodies from one tree of maps and lists: JSON as-is, XML by the spec's element names (a list is
 * wrapped in its plural and each item in the singular: {@code <services><service>...}). UTF-8 with the declaration.
 */
final class Open311Render {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ITEM = Map.of("services", "service", "service_requests", "request",
            "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format",
            "errors", "error");

    private Open311Render() {
    }

    static Response ok(int status, String format, String root, Object body) {
        if ("xml".equals(format)) {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            element(b, root, body);
            return Response.status(status).type("text/xml; charset=utf-8").entity(b.toString()).build();
        }
        try {
            return Response.status(status).type("application/json; charset=utf-8").entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response errors(int status, String format, String description) {
        return ok(status, format, "errors", List.of(Map.of("code", status, "description", description)));
    }

    @SuppressWarnings("unchecked")
    private static void element(StringBuilder b, String name, Object value) {
        b.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            for (var e : ((Map<String, Object>) map).entrySet()) {
                element(b, e.getKey(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM.getOrDefault(name, "item");
            for (Object o : list) {
                element(b, item, o);
            }
        } else if (value != null) {
            escape(b, value.toString());
        }
        b.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder b, String s) {
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
    }
}
