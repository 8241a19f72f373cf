package org.samparksetu.bench;

import org.samparksetu.simulators.whatsapp.WebhookSigner;

import java.nio.charset.StandardCharsets;

/**
 * Pre-built, pre-signed webhook bodies: one distinct citizen and message id each, so every request is
 * a new complaint (no de-duplication, no per-number cap) and the generator spends no CPU on HMAC while
 * it measures.
 */
final class SignedWebhooks {
    record Signed(byte[] body, String signature, String citizen) {
    }

    private static final String[] TEXTS = {
            "गांव में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है",
            "bijli nahi aa rahi 2 din se, transformer jal gaya",
            "स्कूल में अध्यापक नहीं आते, बच्चे परेशान हैं",
            "ration dealer ration nahi de raha hai",
            "सड़क में बड़े गड्ढे हैं, दुर्घटना का डर है"};

    private SignedWebhooks() {
    }

    static Signed[] build(int count, long runId, String secret, String phoneNumberId) {
        Signed[] out = new Signed[count];
        long epoch = System.currentTimeMillis() / 1000;
        for (int i = 0; i < count; i++) {
            String citizen = "91" + (6_000_000_000L + (runId % 1000) * 1_000_000L + i);
            String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
                    + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                    + phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\"" + citizen + "\"}],"
                    + "\"messages\":[{\"from\":\"" + citizen + "\",\"id\":\"wamid.BENCH" + runId + "x" + i + "\",\"timestamp\":\""
                    + epoch + "\",\"type\":\"text\",\"text\":{\"body\":\"" + TEXTS[i % TEXTS.length] + "\"}}]},\"field\":\"messages\"}]}]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out[i] = new Signed(bytes, WebhookSigner.sign(secret, bytes), citizen);
        }
        return out;
    }
}
