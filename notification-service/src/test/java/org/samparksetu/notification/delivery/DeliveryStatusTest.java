package org.samparksetu.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samparksetu.notification.delivery.DeliveryStatus.*;

class DeliveryStatusTest {
    @Test
    void onlyMovesForward() {
        assertThat(SENT.advances(null)).isTrue();
        assertThat(DELIVERED.advances(SENT)).isTrue();
        assertThat(READ.advances(SENT)).isTrue();
        assertThat(SENT.advances(DELIVERED)).isFalse();
        assertThat(DELIVERED.advances(READ)).isFalse();
        assertThat(DELIVERED.advances(DELIVERED)).isFalse();
    }

    @Test
    void failedIsFinalAndOnlyBeforeDelivery() {
        assertThat(FAILED.advances(SENT)).isTrue();
        assertThat(FAILED.advances(null)).isTrue();
        assertThat(FAILED.advances(DELIVERED)).isFalse();
        assertThat(READ.advances(FAILED)).isFalse();
    }

    @Test
    void unknownValuesAreIgnored() {
        assertThat(DeliveryStatus.of("played")).isEmpty();
        assertThat(DeliveryStatus.of("Delivered")).contains(DELIVERED);
    }
}
