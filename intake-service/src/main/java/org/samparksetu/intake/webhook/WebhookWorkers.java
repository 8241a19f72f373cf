package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The threads that file archived webhooks. Each owns a share of the queue by citizen ({@code shard_key}), so one
 * citizen's webhooks are filed one after another in the order they came, while different citizens are filed in
 * parallel. A worker is woken by each new webhook of its share and otherwise polls, so webhooks left by a crash,
 * by another instance or waiting for a retry are found too.
 */
@ApplicationScoped
public class WebhookWorkers {
    private static final Logger LOG = Logger.getLogger(WebhookWorkers.class);
    private static final int ROUND = 100;

    @Inject
    RawWebhookStore archive;
    @Inject
    WebhookFiler filer;
    @Inject
    IntakeConfig config;
    @Inject
    MeterRegistry metrics;

    private final List<WakeableWorker> workers = new ArrayList<>();
    /** Per worker: the last id of its previous full round (only that worker's thread touches its slot). */
    private long[] cursors = new long[0];

    void start(@Observes StartupEvent ev) {
        int count = config.webhook().processors();
        if (count <= 0) {
            LOG.info("no webhook filers in this instance (intake.webhook.processors=0): webhooks are archived for another instance to file");
        }
        cursors = new long[Math.max(0, count)];
        for (int i = 0; i < count; i++) {
            int worker = i;
            WakeableWorker w = new WakeableWorker("webhook-filer-" + i, () -> round(worker, count), ROUND,
                    config.webhook().pollInterval(), e -> LOG.warnf("webhook filer %d: %s; will retry", worker, e.getMessage()));
            workers.add(w);
            w.start();
        }
        // How far filing is behind the answers given to Meta: the first sign that intake cannot keep up.
        Gauge.builder("intake.webhooks.pending", archive, RawWebhookStore::pendingCount)
                .description("signed webhooks stored and answered but not yet filed").register(metrics);
    }

    void stop(@Observes ShutdownEvent ev) {
        workers.forEach(w -> w.stop(Duration.ofSeconds(5)));
        workers.clear();
    }

    /** A webhook of this shard key was just archived. */
    void wake(int shardKey) {
        if (!workers.isEmpty()) {
            workers.get(shardKey % workers.size()).wake();
        }
    }

    private int round(int worker, int count) {
        // While a backlog drains, each round goes on after the last one's ids: the rows just filed are dead index
        // entries until vacuum, and starting from the queue's head every round would walk all of them again. A
        // short round starts over from the head, which picks up retries that fell due meanwhile.
        List<RawWebhookStore.Archived> due = archive.due(worker, count, cursors[worker], ROUND);
        filer.fileAll(due);
        cursors[worker] = due.size() < ROUND ? 0 : due.get(due.size() - 1).id();
        return due.size();
    }
}
