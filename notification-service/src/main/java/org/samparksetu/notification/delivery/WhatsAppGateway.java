package org.samparksetu.notification.delivery;

/** The port to WhatsApp: sends one prepared Graph API body. Never throws for send failures; it classifies them. */
public interface WhatsAppGateway {
    SendResult send(String graphBody);
}
