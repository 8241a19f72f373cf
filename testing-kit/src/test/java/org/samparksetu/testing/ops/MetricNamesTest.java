package org.samparksetu.testing.ops;

import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric an alert or a dashboard reads is one the services expose: registered by their code (or the kits they
 * share) or listed in deploy/prometheus/framework-metrics.txt. A typo or a renamed counter fails here rather than
 * leaving an alert that can never fire.
 */
class MetricNamesTest {
    private final Path root = Infrastructure.repositoryRoot();

    private List<String> modules() {
        List<String> modules = new ArrayList<>(ServiceTable.ofRepository().names());
        modules.add("messaging-kit");
        modules.add("web-kit");
        return modules;
    }

    @Test
    void alertsAndDashboardsReadOnlyMetricsTheServicesExpose() {
        Set<String> registered = MetricNames.registeredIn(root, modules());
        MetricNames.Listed listed = MetricNames.listed(root);
        Set<String> known = new TreeSet<>(registered);
        known.addAll(listed.exposed());
        known.addAll(listed.pending());

        TreeMap<String, String> unknown = new TreeMap<>();
        for (AlertRules.Rule rule : AlertRules.rules(root)) {
            MetricNames.inExpression(rule.expr()).stream().filter(n -> !known.contains(n))
                    .forEach(n -> unknown.put(n, "alert " + rule.alert()));
        }
        for (PrometheusQueries.Query q : PrometheusQueries.dashboardQueries(root)) {
            MetricNames.inExpression(q.expr()).stream().filter(n -> !known.contains(n))
                    .forEach(n -> unknown.put(n, q.toString()));
        }
        assertThat(unknown).as("metrics no service exposes (name -> where it is read)").isEmpty();
        // the scan found the domain metrics at all
        assertThat(registered).contains("intake_webhooks_pending", "sampark_portal_circuit_state",
                "notification_messages_sent_total", "sampark_consumer_events_total", "outbox_publish_failures_total");
    }

    @Test
    void aPendingMetricLeavesTheListOnceTheCodeRegistersIt() {
        Set<String> registered = MetricNames.registeredIn(root, modules());
        Set<String> stale = new TreeSet<>(MetricNames.listed(root).pending());
        stale.retainAll(registered);
        assertThat(stale).as("registered by the code now: remove their 'pending' lines from %s", MetricNames.FRAMEWORK)
                .isEmpty();
        Set<String> listedAndRegistered = new TreeSet<>(MetricNames.listed(root).exposed());
        listedAndRegistered.retainAll(registered);
        assertThat(listedAndRegistered).as("registered by our code, so not framework metrics: remove them from %s",
                MetricNames.FRAMEWORK).isEmpty();
    }

    @Test
    void readsTheMetricNamesOfAnExpression() {
        assertThat(MetricNames.inExpression("""
                sum by (job, consumer) (
                  (x_total{stage=~"a|b", job="on"} unless x_total offset 15m) and on (job, instance) (up offset 15m)
                  or increase(y_total[1h:5m])
                ) / ignoring(le) max without (id) (rate(z_seconds_count[$__rate_interval])) > 0.2 * 1e3
                and topk(5, w) > bool 1""")).containsExactlyInAnyOrder("x_total", "up", "y_total", "z_seconds_count", "w");
    }

    @Test
    void readsMicrometerRegistrationsAsPrometheusNamesThem() {
        assertThat(MetricNames.registeredInSource("""
                static final String BACKLOG = "sampark.outbox.backlog";
                metrics.counter("intake.follow-ups", "intent", i).increment();
                Counter.builder("verification.requested").register(r);
                Gauge.builder(BACKLOG, this, Foo::backlog).register(r);
                metrics.gauge("sampark.registrations.waiting", waiting, AtomicLong::doubleValue);
                sample.stop(metrics.timer("database.maintenance"));
                Counter.builder(Elsewhere.NAME);
                """)).containsExactlyInAnyOrder("intake_follow_ups_total", "verification_requested_total",
                "sampark_outbox_backlog", "sampark_registrations_waiting", "database_maintenance_seconds_count",
                "database_maintenance_seconds_sum", "database_maintenance_seconds_max");
    }
}
