package org.samparksetu.notification.delivery;

/** The port to WhatsApp: sends one prepared Graph API body. Never throws for send failures; it classifies them. */
public interface WhatsAppGateway {
    SendResult send(String graphBody);

    /** Marks a citizen's message as read (same endpoint; answers {"success":true}). */
    default SendResult markRead(String citizenMessageWamid) {
        return send(org.samparksetu.notification.message.GraphMessageBody.markRead(citizenMessageWamid));
    }
}
