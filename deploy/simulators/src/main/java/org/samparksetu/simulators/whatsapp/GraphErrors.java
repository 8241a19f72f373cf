package org.samparksetu.simulators.whatsapp;

import java.util.Map;

/** Graph API error bodies, shaped as Meta's sample error response, for the codes the system must handle. */
final class GraphErrors {
    private static final Map<Integer, String[]> KNOWN = Map.of(
            131047, new String[]{"Re-engagement message", "More than 24 hours have passed since the recipient last replied to the sender number."},
            130429, new String[]{"Rate limit hit", "Message failed to send because there were too many messages sent from this phone number in a short period of time"},
            131056, new String[]{"(Business Account, Consumer Account) pair rate limit hit", "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time"},
            131057, new String[]{"Account in maintenance mode", "Business account is in maintenance mode"},
            131026, new String[]{"Message undeliverable", "Unable to deliver message"},
            190, new String[]{"Invalid OAuth access token", "Invalid OAuth access token"},
            100, new String[]{"Invalid parameter", "Invalid parameter"});

    private GraphErrors() {
    }

    static Map<String, Object> body(int code) {
        String[] text = KNOWN.getOrDefault(code, new String[]{"Error " + code, "Simulated error " + code});
        return Map.of("error", Map.of(
                "message", "(#" + code + ") " + text[0],
                "type", "OAuthException",
                "code", code,
                "error_data", Map.of("messaging_product", "whatsapp", "details", text[1]),
                "fbtrace_id", "SIMtrace"));
    }
}
