package org.samparksetu.intake.inbound;

import java.util.Optional;

/**
 * A citizen's message read back from the archived webhook that carried it (the webhook package keeps the bodies and
 * is the one that can read them), for work done after the message was filed: the language of a blocked number's
 * message, the text held while the citizen was asked whether it is a new complaint.
 */
public interface ArchivedMessages {

    /** The message {@code wamid} of archived webhook {@code rawWebhookId}; empty when either is unknown or unreadable. */
    Optional<InboundMessage> find(long rawWebhookId, String wamid);

    /** The message {@code wamid} from the archived webhook it was filed from; empty when unknown or unreadable. */
    Optional<InboundMessage> find(String wamid);
}
