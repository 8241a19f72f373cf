package org.samparksetu.messaging.consumer;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a record, when it is delivered to a consumer, then the handler runs once, inside the transaction. */
class DeliveryTest {
    private final Set<String> seen = new HashSet<>();
    private final List<String> log = new ArrayList<>();
    private boolean inTransaction;
    private final Delivery delivery = new Delivery(
            work -> {
                inTransaction = true;
                log.add("begin");
                try {
                    work.run();
                    log.add("commit");
                } catch (RuntimeException e) {
                    log.add("rollback");
                    throw e;
                } finally {
                    inTransaction = false;
                }
            },
            (consumer, id) -> {
                assertThat(inTransaction).as("the inbox row is written in the handler's transaction").isTrue();
                return seen.add(consumer + "/" + id);
            });

    private static String withdrawal(UUID id) {
        var data = new ComplaintWithdrawn("JAL-2026-000001", ComplaintWithdrawn.BY_CITIZEN, "sorted out", Instant.EPOCH);
        var e = EventEnvelope.of(EventType.COMPLAINT_WITHDRAWN, "intake-service", data.complaintId(), data, Instant.EPOCH);
        return EventCodec.encode(new EventEnvelope<>(e.specversion(), id, e.type(), e.source(), e.time(), e.subject(),
                e.dataschema(), e.data()));
    }

    @Test
    void a_new_event_reaches_the_handler_inside_one_transaction() {
        List<String> handled = new ArrayList<>();
        var outcome = delivery.deliver("c", withdrawal(UUID.randomUUID()), ComplaintWithdrawn.class, e -> {
            assertThat(inTransaction).isTrue();
            handled.add(e.data().complaintId());
        });
        assertThat(outcome).isEqualTo(Delivery.Outcome.HANDLED);
        assertThat(handled).containsExactly("JAL-2026-000001");
        assertThat(log).containsExactly("begin", "commit");
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String payload = withdrawal(UUID.randomUUID());
        List<String> handled = new ArrayList<>();
        delivery.deliver("c", payload, ComplaintWithdrawn.class, e -> handled.add("first"));
        var again = delivery.deliver("c", payload, ComplaintWithdrawn.class, e -> handled.add("again"));
        assertThat(again).isEqualTo(Delivery.Outcome.DUPLICATE);
        assertThat(handled).containsExactly("first");
    }

    @Test
    void two_consumers_each_see_the_same_event_once() {
        String payload = withdrawal(UUID.randomUUID());
        List<String> handled = new ArrayList<>();
        delivery.deliver("routing", payload, ComplaintWithdrawn.class, e -> handled.add("routing"));
        delivery.deliver("bridge", payload, ComplaintWithdrawn.class, e -> handled.add("bridge"));
        assertThat(handled).containsExactly("routing", "bridge");
    }

    @Test
    void a_failed_handler_rolls_back_and_the_retry_is_handled() {
        String payload = withdrawal(UUID.randomUUID());
        Set<String> committedInbox = new HashSet<>();
        Delivery rollingBack = new Delivery(work -> {
            Set<String> before = new HashSet<>(committedInbox);
            try {
                work.run();
            } catch (RuntimeException e) {
                committedInbox.retainAll(before); // the inbox row goes with the failed transaction
                throw e;
            }
        }, (consumer, id) -> committedInbox.add(consumer + "/" + id));
        assertThatThrownBy(() -> rollingBack.deliver("c", payload, ComplaintWithdrawn.class, e -> {
            throw new IllegalStateException("database went away");
        })).hasMessage("database went away");
        assertThat(rollingBack.deliver("c", payload, ComplaintWithdrawn.class, e -> { }))
                .isEqualTo(Delivery.Outcome.HANDLED);
    }

    @Test
    void a_record_that_is_not_an_event_is_poison_and_never_opens_a_transaction() {
        assertThatThrownBy(() -> delivery.deliver("c", "{not json", ComplaintWithdrawn.class, e -> { }))
                .isInstanceOf(MalformedEventException.class);
        assertThat(log).isEmpty();
    }

    @Test
    void an_event_of_another_type_is_poison() {
        assertThatThrownBy(() -> delivery.deliver("c", withdrawal(UUID.randomUUID()), ComplaintRated.class, e -> { }))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("expected ComplaintRated");
        assertThat(log).isEmpty();
    }

    @Test
    void a_consumer_of_several_types_gets_the_envelope_with_its_type() {
        List<String> types = new ArrayList<>();
        delivery.deliverAny("c", withdrawal(UUID.randomUUID()), e -> types.add(e.type()));
        assertThat(types).containsExactly("complaint.withdrawn");
    }
}
