package org.samparksetu.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a Graph API send response: the wamid of an accepted message, or the error code and a reason to record
 * ({@link GraphErrorRule} says what the code means).
 */
public final class GraphResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

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
            return new SendResult.NotAccepted(code, GraphErrorRule.meaning(code, httpStatus), reason);
        }
        return new SendResult.NotAccepted(null, GraphErrorRule.meaning(null, httpStatus), "HTTP " + httpStatus);
    }

    /**
     * Reads the answer to {@code GET /{phone-number-id}?fields=quality_rating}: the rating as Meta wrote it, or
     * {@link IllegalStateException} saying why there is none (an error code, no such field).
     */
    public static String qualityRating(int httpStatus, String body) {
        JsonNode root = parse(body);
        if (httpStatus / 100 == 2) {
            JsonNode rating = root == null ? null : root.get("quality_rating");
            if (rating != null && rating.isTextual() && !rating.asText().isBlank()) {
                return rating.asText();
            }
            throw new IllegalStateException("the Graph API's answer has no quality_rating");
        }
        JsonNode error = root == null ? null : root.get("error");
        if (error != null && error.path("code").canConvertToInt()) {
            throw new IllegalStateException("the Graph API answered HTTP " + httpStatus + " (#" + error.path("code").asInt() + ") "
                    + error.path("message").asText(""));
        }
        throw new IllegalStateException("the Graph API answered HTTP " + httpStatus);
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
