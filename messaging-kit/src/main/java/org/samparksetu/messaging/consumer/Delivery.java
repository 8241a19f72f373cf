package org.samparksetu.messaging.consumer;

import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.messaging.codec.EventCodec;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One event handed to one consumer, exactly once in effect: the payload is decoded (a payload that cannot be is a
 * poison message and fails at once), then, inside one transaction, the inbox row is written and the handler runs,
 * so a redelivered event finds its row and changes nothing. Plain Java: the transaction and the inbox are given.
 */
public final class Delivery {

    /** Runs work in a transaction of its own, committing when it returns. */
    @FunctionalInterface
    public interface Transactions {
        void inNewTransaction(Runnable work);
    }

    /** True the first time the consumer sees the event id (and remembers it in the running transaction). */
    @FunctionalInterface
    public interface InboxCheck {
        boolean firstDelivery(String consumer, UUID eventId);
    }

    /** What became of one attempt. */
    public enum Outcome { HANDLED, DUPLICATE }

    private final Transactions transactions;
    private final InboxCheck inbox;

    public Delivery(Transactions transactions, InboxCheck inbox) {
        this.transactions = Objects.requireNonNull(transactions);
        this.inbox = Objects.requireNonNull(inbox);
    }

    /** Decodes {@code payload} as an envelope of {@code type} and hands it to {@code handler} unless seen before. */
    public <T> Outcome deliver(String consumer, String payload, Class<T> type, Consumer<EventEnvelope<T>> handler) {
        return deliverDecoded(consumer, EventCodec.decode(payload, type), handler);
    }

    /** The same for a consumer that takes several event types and looks at each envelope's type itself. */
    public Outcome deliverAny(String consumer, String payload, Consumer<EventEnvelope<?>> handler) {
        return deliverDecoded(consumer, EventCodec.decode(payload), handler);
    }

    private <E extends EventEnvelope<?>> Outcome deliverDecoded(String consumer, E event, Consumer<E> handler) {
        Outcome[] outcome = {Outcome.DUPLICATE};
        transactions.inNewTransaction(() -> {
            if (inbox.firstDelivery(consumer, event.id())) {
                handler.accept(event);
                outcome[0] = Outcome.HANDLED;
            }
        });
        return outcome[0];
    }
}
