package org.samparksetu.console.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTextRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // line                                                                  | name                          | labels                         | value
        "sampark_outbox_backlog 12.0                                             | sampark_outbox_backlog        | {}                             | 12.0",
        "sampark_outbox_backlog{application=\"intake\"} 3 1712345678000          | sampark_outbox_backlog        | {application=intake}           | 3.0",
        "sampark_portal_circuit_state{breaker=\"sampark-portal-register\",} 2.0   | sampark_portal_circuit_state  | {breaker=sampark-portal-register} | 2.0",
        "odd{msg=\"say \\\"hi\\\", a\\\\b\"} 1                                    | odd                           | {msg=say \"hi\", a\\b}         | 1.0",
        "gauge_nan NaN                                                           | gauge_nan                     | {}                             | NaN",
        "jvm_x{area=\"heap\"} +Inf                                               | jvm_x                         | {area=heap}                    | Infinity",
        "# TYPE sampark_outbox_backlog gauge                                     | -                             | -                              | -",
        "# HELP sampark_outbox_backlog waiting                                   | -                             | -                              | -",
        "''                                                                      | -                             | -                              | -",
        "broken{label=\"unclosed} 3                                              | -                             | -                              | -",
        "no_value{a=\"b\"}                                                       | -                             | -                              | -",
        "not_a_number abc                                                        | -                             | -                              | -",
    })
    void aLineIsASampleOrSkipped(String line, String name, String labels, String value) {
        MetricsTextRule.Sample s = MetricsTextRule.sample(line.strip());
        if (name == null) {
            assertThat(s).isNull();
            return;
        }
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.labels().toString()).isEqualTo(labels);
        assertThat(Double.valueOf(s.value())).isEqualTo(Double.valueOf(value)); // boxed: NaN equals NaN
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, CLOSED", "1, HALF_OPEN", "2, OPEN", "3, UNKNOWN", "-1, UNKNOWN", "0.5, UNKNOWN"})
    void theBreakerGaugeIsZeroClosedOneHalfOpenTwoOpen(double value, MetricsTextRule.BreakerState state) {
        assertThat(MetricsTextRule.breaker(value)).isEqualTo(state);
    }

    @Test
    void aBridgesMetricsGiveItsOutboxAndItsBreakers() {
        String text = """
                # HELP sampark_outbox_backlog \s
                # TYPE sampark_outbox_backlog gauge
                sampark_outbox_backlog 42.0
                # TYPE sampark_outbox_oldest_age_seconds gauge
                sampark_outbox_oldest_age_seconds 317.0
                sampark_outbox_set_aside 1.0
                outbox_pending{service="sampark-bridge"} 42.0
                sampark_portal_circuit_state{breaker="sampark-portal-register"} 2.0
                sampark_portal_circuit_state{breaker="sampark-portal-transfer"} 0.0
                sampark_portal_circuit_opened_total{breaker="sampark-portal-register"} 3.0
                jvm_threads_live_threads 40.0
                """;

        MetricsTextRule.OutboxAndBreakers m = MetricsTextRule.read(text);

        assertThat(m.backlog()).isEqualTo(42.0);
        assertThat(m.oldestAgeSeconds()).isEqualTo(317.0);
        assertThat(m.setAside()).isEqualTo(1.0);
        assertThat(m.breakers()).isEqualTo(Map.of(
                "sampark-portal-register", MetricsTextRule.BreakerState.OPEN,
                "sampark-portal-transfer", MetricsTextRule.BreakerState.CLOSED));
    }

    @Test
    void aServiceWithoutTheSeriesHasNoValuesAndASeriesTwiceCountsItsWorst() {
        assertThat(MetricsTextRule.read("jvm_threads_live_threads 40.0\n"))
                .isEqualTo(new MetricsTextRule.OutboxAndBreakers(null, null, null, Map.of()));
        assertThat(MetricsTextRule.read("sampark_outbox_backlog{a=\"1\"} 3\nsampark_outbox_backlog{a=\"2\"} 9\n"
                + "sampark_outbox_backlog{a=\"3\"} NaN\n").backlog()).isEqualTo(9.0);
        assertThat(MetricsTextRule.read(null).backlog()).isNull();
    }
}
