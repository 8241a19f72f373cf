package org.samparksetu.console.ops;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.contract.Topics;
import org.samparksetu.console.shell.ConsoleConfig;
import org.samparksetu.web.ApiException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gathers the pipeline's state on request: lag from the broker, and from every configured service instance its
 * outbox and breaker metrics and its dead letters, all asked at once. One answer is shared for
 * {@code console.refresh}, so ten open ops pages cost the services what one does. Replays go to the service.
 */
@ApplicationScoped
@Startup
public class PipelineService {
    private static final Logger LOG = Logger.getLogger(PipelineService.class);

    @Inject
    ConsoleConfig config;
    @Inject
    Clock clock;

    private KafkaLagReader lag;
    private ServiceCalls calls;
    private Set<String> pipelineTopics;
    private PipelineSnapshot last;

    @PostConstruct
    void start() {
        lag = new KafkaLagReader(config.kafka().bootstrapServers(), config.timeout());
        calls = new ServiceCalls(config.timeout());
        pipelineTopics = new HashSet<>(Topics.all(new ArrayList<>(config.services().keySet())));
    }

    @PreDestroy
    void stop() {
        lag.close();
    }

    /**
     * @param accessToken the asking ops person's token, for the services' dead letters; the answer is shared with the
     *                    other ops pages for a moment, which is fine: only the ops role may ask (OpsApiResource)
     */
    public synchronized PipelineSnapshot snapshot(String accessToken) {
        Instant now = clock.instant();
        if (last != null && last.at().plus(config.refresh()).isAfter(now)) {
            return last;
        }
        last = gather(now, accessToken);
        return last;
    }

    PipelineSnapshot gather(Instant now, String accessToken) {
        Map<String, CompletableFuture<List<ServiceCalls.DeadLetterJson>>> dead = new TreeMap<>();
        Map<String, List<CompletableFuture<String>>> metrics = new TreeMap<>();
        config.services().forEach((service, urls) -> {
            dead.put(service, firstAnswer(urls, u -> calls.deadLetters(u, accessToken)));
            metrics.put(service, urls.stream().map(calls::metrics).toList());
        });

        PipelineSnapshot.Kafka kafka = kafka();

        List<PipelineSnapshot.Service> services = new ArrayList<>();
        for (String service : dead.keySet()) {
            List<String> urls = config.services().get(service);
            List<PipelineSnapshot.Instance> instances = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                instances.add(instance(urls.get(i), metrics.get(service).get(i)));
            }
            services.add(new PipelineSnapshot.Service(service, deadLetters(dead.get(service)), instances));
        }
        return new PipelineSnapshot(now, kafka, services, totals(kafka, services));
    }

    private PipelineSnapshot.Kafka kafka() {
        try {
            return new PipelineSnapshot.Kafka(null,
                    LagRule.byGroup(lag.read(), config.kafka().topicPrefix().orElse(""), pipelineTopics));
        } catch (KafkaLagReader.LagUnavailableException e) {
            LOG.warnf("consumer lag not available from %s: %s", config.kafka().bootstrapServers(), e.getMessage());
            return new PipelineSnapshot.Kafka(e.getMessage(), List.of());
        }
    }

    private PipelineSnapshot.Instance instance(String url, CompletableFuture<String> text) {
        try {
            MetricsTextRule.OutboxAndBreakers m = MetricsTextRule.read(await(text));
            List<PipelineSnapshot.Breaker> breakers = new ArrayList<>();
            m.breakers().forEach((name, state) -> breakers.add(new PipelineSnapshot.Breaker(name, state)));
            return new PipelineSnapshot.Instance(address(url), null, m.backlog(), m.oldestAgeSeconds(), m.setAside(),
                    breakers);
        } catch (Exception e) {
            return new PipelineSnapshot.Instance(address(url), why(e), null, null, null, List.of());
        }
    }

    private PipelineSnapshot.DeadLetters deadLetters(CompletableFuture<List<ServiceCalls.DeadLetterJson>> answer) {
        try {
            List<ServiceCalls.DeadLetterJson> all = await(answer);
            int waiting = (int) all.stream().filter(d -> d.replayedAt() == null).count();
            // the newest first, those still waiting for a replay before those done
            List<PipelineSnapshot.DeadLetterRow> shown = all.stream()
                    .sorted(Comparator.comparing((ServiceCalls.DeadLetterJson d) -> d.replayedAt() != null)
                            .thenComparing(d -> d.deadLetteredAt() == null ? Instant.EPOCH : d.deadLetteredAt(),
                                    Comparator.reverseOrder()))
                    .limit(config.deadLettersShown()).map(this::row).toList();
            return new PipelineSnapshot.DeadLetters(null, all.size(), waiting, shown);
        } catch (Exception e) {
            return new PipelineSnapshot.DeadLetters(why(e), 0, 0, List.of());
        }
    }

    private PipelineSnapshot.DeadLetterRow row(ServiceCalls.DeadLetterJson d) {
        String prefix = config.kafka().topicPrefix().orElse("");
        String failed = d.failedTopic() != null && d.failedTopic().startsWith(prefix)
                ? d.failedTopic().substring(prefix.length()) : d.failedTopic();
        return new PipelineSnapshot.DeadLetterRow(d.partition(), d.offset(), RedactionRule.redact(d.key(), 64),
                RedactionRule.redact(d.eventType(), 100), failed, RedactionRule.redact(d.reason(), RedactionRule.MAX_REASON),
                d.deadLetteredAt(), d.replayedAt(), d.replayedBy());
    }

    private static PipelineSnapshot.Totals totals(PipelineSnapshot.Kafka kafka, List<PipelineSnapshot.Service> services) {
        long lag = kafka.groups().stream().mapToLong(LagRule.GroupLag::lag).sum();
        int waiting = services.stream().mapToInt(s -> s.deadLetters().waiting()).sum();
        // the instances of one service share its database, so its outbox counts once: the largest any instance saw
        long backlog = services.stream().mapToLong(s -> s.instances().stream()
                .filter(i -> i.backlog() != null).mapToLong(i -> Math.round(i.backlog())).max().orElse(0)).sum();
        Set<String> open = new HashSet<>();
        services.forEach(s -> s.instances().forEach(i -> i.breakers().stream()
                .filter(b -> b.state() == MetricsTextRule.BreakerState.OPEN)
                .forEach(b -> open.add(s.name() + "/" + b.name()))));
        return new PipelineSnapshot.Totals(lag, waiting, backlog, open.size());
    }

    /**
     * Replays one dead letter through the service's own API (the first instance that answers: they share the topic),
     * and forgets the shared answer so the page shows the replay at once.
     */
    public PipelineSnapshot.DeadLetterRow replay(String service, int partition, long offset, String by,
                                                 String accessToken) {
        List<String> urls = config.services().get(service);
        if (urls == null) {
            throw ApiException.notFound("no service '" + service + "' on this console; it knows "
                    + String.join(", ", config.services().keySet()));
        }
        try {
            ServiceCalls.DeadLetterJson replayed = await(firstAnswer(urls, u -> calls.replay(u, partition, offset, accessToken)),
                    config.timeout().multipliedBy(10).toMillis());
            LOG.infof("dead letter %s/%d/%d (%s) replayed by %s through the console", service, partition, offset,
                    replayed.eventType(), by);
            return row(replayed);
        } catch (ServiceCalls.ServiceAnswerException e) {
            throw new ApiException(e.status == 404 || e.status == 409 ? e.status : 502, service + ": " + e.getMessage());
        } catch (Exception e) {
            throw ApiException.unavailable(service + " did not answer the replay (" + why(e) + "); try again");
        } finally {
            synchronized (this) {
                last = null;
            }
        }
    }

    /** Asks the instances in turn until one answers (they read the same topic); the last failure if none does. */
    private static <T> CompletableFuture<T> firstAnswer(List<String> urls,
                                                        java.util.function.Function<String, CompletableFuture<T>> call) {
        CompletableFuture<T> answer = call.apply(urls.get(0));
        for (String next : urls.subList(1, urls.size())) {
            answer = answer.handle((ok, failed) -> failed == null ? CompletableFuture.completedFuture(ok)
                    : failed instanceof CompletionException c && c.getCause() instanceof ServiceCalls.ServiceAnswerException a
                            && a.status < 500 ? CompletableFuture.<T>failedFuture(a) : call.apply(next))
                    .thenCompose(f -> f);
        }
        return answer;
    }

    private <T> T await(CompletableFuture<T> future) throws Exception {
        return await(future, config.timeout().toMillis() * 2);
    }

    private static <T> T await(CompletableFuture<T> future, long millis) throws Exception {
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A short reason for the page: the service's own sentence, or what kind of failure it was. */
    private static String why(Exception e) {
        if (e instanceof ServiceCalls.ServiceAnswerException a) {
            return a.getMessage();
        }
        if (e instanceof TimeoutException || e instanceof java.net.http.HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getClass().getSimpleName();
    }

    private static String address(String url) {
        try {
            URI u = URI.create(url);
            return u.getHost() + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
