package org.samparksetu.notification.delivery;

/** The port to WhatsApp: sends one prepared Graph API body. Never throws for send failures; it classifies them. */
public interface WhatsAppGateway {
    SendResult send(String graphBody);

    /**
     * The business number's quality rating as Meta reports it ({@code GREEN}, {@code YELLOW}, {@code RED},
     * {@code UNKNOWN}); throws {@link IllegalStateException} with the reason when it cannot be read.
     */
    String qualityRating();

    /** Marks a citizen's message as read (same endpoint; answers {"success":true}). */
    default SendResult markRead(String citizenMessageWamid) {
        return send(org.samparksetu.notification.message.GraphMessageBody.markRead(citizenMessageWamid));
    }
}
