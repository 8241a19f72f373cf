package org.samparksetu.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Set;

/**
 * Reads a Graph API send response. Errors are judged by the integer {@code error.code}, never by the
 * HTTP status or the message text (which differ between documentation and wire); the HTTP status
 * decides only when there is no code.
 */
public final class GraphResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Worth trying again later: throughput (130429), pair rate limit (131056), account maintenance (131057),
     * app / WABA call limits (4, 80007), temporary errors (1, 2, 131000, 131016, 133004), and an invalid or
     * expired token (190), which an operator fixes without the message changing.
     */
    static final Set<Integer> RETRYABLE = Set.of(130429, 131056, 131057, 4, 80007, 1, 2, 131000, 131016, 133004, 190);

    private GraphResponses() {
    }

    public static SendResult classify(int httpStatus, String body) {
        JsonNode root = parse(body);
        if (httpStatus / 100 == 2) {
            JsonNode id = root == null ? null : root.path("messages").path(0).path("id");
            if (id != null && id.isTextual() && !id.asText().isBlank()) {
                return new SendResult.Accepted(id.asText());
            }
            // accepted without an id: we cannot match its statuses, but it went out; do not send it twice
            return new SendResult.Accepted(null);
        }
        JsonNode error = root == null ? null : root.get("error");
        if (error != null && error.path("code").canConvertToInt()) {
            int code = error.path("code").asInt();
            String message = error.path("message").asText("");
            String reason = (message.startsWith("(#") ? message : "(#" + code + ") " + message)
                    + detail(error.path("error_data").path("details").asText(null));
            return RETRYABLE.contains(code) ? new SendResult.Retry(code, reason) : new SendResult.Failed(code, reason);
        }
        String reason = "HTTP " + httpStatus;
        if (httpStatus >= 500 || httpStatus == 429 || httpStatus == 408 || httpStatus == 401) {
            return new SendResult.Retry(null, reason);
        }
        return new SendResult.Failed(null, reason);
    }

    private static String detail(String details) {
        return details == null || details.isBlank() ? "" : ": " + details;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
