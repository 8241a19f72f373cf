package org.samparksetu.bridge.portal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samparksetu.messaging.codec.EventCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grievance IDs stay digit strings with their leading zeros; a numeric or missing ID is refused. */
class HttpSamparkPortalGrievanceTest {

    private static JsonNode json(String s) throws Exception {
        return EventCodec.mapper().readTree(s);
    }

    @Test
    void keepsLeadingZeros() throws Exception {
        PortalGrievance g = HttpSamparkPortal.grievance(json(
                "{\"grievanceId\":\"0315127000636\",\"reference\":\"JAL-2026-000001\",\"registeredAt\":\"2026-11-28T10:00:00Z\"}"));
        assertThat(g.grievanceId()).isEqualTo("0315127000636");
        assertThat(g.reference()).isEqualTo("JAL-2026-000001");
        assertThat(g.registeredAt()).isNotNull();
    }

    @Test
    void refusesANumericOrMissingId() {
        assertThatThrownBy(() -> HttpSamparkPortal.grievance(json("{\"grievanceId\":315127000636}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSamparkPortal.grievance(json("{\"reference\":\"JAL-2026-000001\"}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSamparkPortal.grievance(json("{\"grievanceId\":\"12a4\"}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
