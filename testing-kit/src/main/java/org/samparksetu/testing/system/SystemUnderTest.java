package org.samparksetu.testing.system;

import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.Simulators;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole system: the real broker, fresh databases {@code e2e_<service database>}, a topic prefix of its own, the
 * simulators, and every service of {@code deploy/services.txt} as a separate process on a free port, started with
 * the table's JVM options (or several instances of each, {@link #start(String, Map, boolean, int)}). The end-to-end
 * tests share one per run
 * (each test speaks as citizens of its own); a benchmark starts its own.
 */
public final class SystemUnderTest implements AutoCloseable {
    /** The first instance of every service, by name. */
    public final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Every instance of every service, by name (one each unless started with several). */
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> nextInstance = new HashMap<>();
    /**
     * At most this many instances of each service: deploy/up's ports (port + 100 per instance) stay clear of its
     * other ports (Keycloak's 8180 and 9180, Prometheus' 9090, Kafka's 9092 and 9093) up to nine.
     */
    public static final int MAX_INSTANCES = 9;
    public final Simulators simulators;
    public final String topicPrefix;

    private static final String INTAKE = "intake-service";

    private SystemUnderTest(Simulators simulators, String topicPrefix) {
        this.simulators = simulators;
        this.topicPrefix = topicPrefix;
    }

    /**
     * The citizen's conversation as {@code deploy/up} holds it (every service's own defaults), with the assembly
     * window and quiet period short enough for tests: a complaint is complete 6 s after its last part, at most 15 s
     * after its first message. The acknowledgement (about 1.5 s on a quiet machine: filing, the relay, the
     * notification service's 1 s settle delay, which stays as configured) comes well inside the quiet period, so a
     * test can wait for it and still add parts. The journeys run side by side on two shared cores, where the
     * acknowledgement has been seen to take over 3 s; what it takes is measured by {@code bench/e2e.sh}.
     */
    public static final java.time.Duration TEST_QUIET_PERIOD = java.time.Duration.ofSeconds(6);
    public static final Map<String, String> TEST_CONVERSATION = Map.of(
            "intake.complaint.window", "15s",
            "intake.complaint.quiet", TEST_QUIET_PERIOD.toSeconds() + "s",
            "intake.complaint.sweep-interval", "200ms");

    /** The system for the end-to-end tests: databases {@code e2e_<service>}, fresh each run. */
    /**
     * The department whose clock the end-to-end journeys run in seconds, so that an overdue complaint climbs levels
     * while a test watches; no other journey files with it. Every other department keeps the district's days.
     */
    public static final String FAST_CLOCK_DEPARTMENT = "FOREST";
    public static final Duration FAST_CLOCK_L1 = Duration.ofSeconds(40);
    public static final Duration FAST_CLOCK_LEVEL = Duration.ofSeconds(25);

    /**
     * What the end-to-end system adds to deploy/up's configuration: the short conversation, the fast clock, and no
     * random field-check sample.
     */
    public static Map<String, String> endToEndConfig() {
        Map<String, String> config = new HashMap<>(TEST_CONVERSATION);
        config.put("sampark.verification.deadline.tick", "1s");
        config.put("sampark.verification.deadline.limits." + FAST_CLOCK_DEPARTMENT, FAST_CLOCK_L1.toString());
        config.put("sampark.verification.deadline.level-limits." + FAST_CLOCK_DEPARTMENT, FAST_CLOCK_LEVEL.toString());
        // The 10% random field-check sample draws on verification's own random check id: in a journey it would send a
        // verifier to any report one time in ten, before the citizen's answer could. The draw has its table test
        // (RandomSampleRuleTest) and the closures bench measures it; the journeys test what the answers do.
        config.put("sampark.verification.field-check.sample-rate", "0");
        return Map.copyOf(config);
    }

    public static SystemUnderTest start() throws IOException {
        return start("e2e", endToEndConfig(), true);
    }

    /**
     * The services as {@code deploy/up} configures them (their own application.properties), wired to this run's
     * databases, topics and simulators, plus {@code extraConfig}; one instance of each.
     *
     * @param purpose         names the run's databases ({@code <purpose>_<service db>}) and topic prefix
     * @param extraConfig     configuration given to every service on top of the defaults
     * @param freshDatabases  drop and create the databases first (false keeps what a benchmark seeded)
     */
    public static SystemUnderTest start(String purpose, Map<String, String> extraConfig, boolean freshDatabases)
            throws IOException {
        return start(purpose, extraConfig, freshDatabases, 1);
    }

    /**
     * The same with {@code instances} processes of every service, as {@code deploy/up --instances} runs them: each on
     * its own port, all of a service on its one database and in its one consumer group; WhatsApp's webhooks go to the
     * intake instances in turn. The first instance of every service starts first and is ready before the others
     * start, so that two JVMs of a service never migrate one fresh database at once and start-up on a small box is
     * spread out.
     */
    public static SystemUnderTest start(String purpose, Map<String, String> extraConfig, boolean freshDatabases,
                                        int instances) throws IOException {
        return start(purpose, extraConfig, freshDatabases, instances,
                Path.of(System.getProperty("e2e.logs", "target/" + purpose + "-logs")));
    }

    /**
     * The same, logging to {@code logs}: a test that starts a system of its own beside the shared one gives it a folder
     * of its own, so that neither system's start takes the other's pid files for leftovers and stops them.
     */
    public static SystemUnderTest start(String purpose, Map<String, String> extraConfig, boolean freshDatabases,
                                        int instances, Path logs) throws IOException {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("instances must be 1.." + MAX_INSTANCES + ": " + instances);
        }
        Path root = Infrastructure.repositoryRoot();
        Infrastructure.ensureKafka();
        String prefix = Infrastructure.newTopicPrefix(purpose);
        Infrastructure.createTopics(prefix);

        ServiceTable table = ServiceTable.read(root);
        Map<String, List<ServiceProcess>> processes = new LinkedHashMap<>();
        for (ServiceTable.Service s : table.services()) {
            String database = Infrastructure.databaseName(purpose + "_" + s.database());
            List<ServiceProcess> of = new ArrayList<>();
            for (int i = 1; i <= instances; i++) {
                of.add(new ServiceProcess(s.name(), i, Ports.free(), database, table.jvmOptions()));
            }
            processes.put(s.name(), List.copyOf(of));
        }
        // WhatsApp's webhooks go to intake (the one service the simulators need to know), to each instance in turn
        List<String> webhookUrls = processes.get(table.service(INTAKE).name()).stream()
                .map(p -> p.baseUrl() + "/webhooks/whatsapp").toList();
        Simulators sims = Simulators.start(SimulatorSettings.defaults().withPort(0).withIntakeWebhookUrls(webhookUrls));
        SystemUnderTest sut = new SystemUnderTest(sims, prefix);
        processes.forEach((name, of) -> {
            sut.services.put(name, of.get(0));
            sut.instances.put(name, of);
            sut.nextInstance.put(name, new AtomicInteger());
        });
        try {
            for (ServiceProcess s : sut.services.values()) {
                if (freshDatabases) {
                    Infrastructure.freshDatabase(s.database);
                } else {
                    Infrastructure.ensureDatabase(s.database);
                }
            }
            for (int i = 0; i < instances; i++) {
                List<ServiceProcess> wave = new ArrayList<>();
                for (List<ServiceProcess> of : sut.instances.values()) {
                    wave.add(of.get(i));
                }
                for (ServiceProcess s : wave) {
                    Map<String, String> config = new HashMap<>(Infrastructure.serviceProcessConfig(s.name, s.database, prefix));
                    config.put("whatsapp.graph-base-url", sims.baseUrl());
                    config.put("sampark.portal.base-url", sims.baseUrl());
                    // Short polling so the test measures the flow, not idle intervals.
                    config.put("sampark.outbox.poll-interval", "250ms");
                    config.putAll(runConsumerGroups(root, s.name, prefix));
                    config.putAll(extraConfig);
                    s.start(root, logs, config);
                }
                for (ServiceProcess s : wave) {
                    s.awaitReady(Duration.ofMinutes(5)); // a few seconds alone; minutes on a box busy with builds
                }
            }
        } catch (RuntimeException | IOException e) {
            sut.close();
            throw e;
        }
        return sut;
    }

    /**
     * The service's Kafka consumer groups under this run's own name ({@code <topic prefix><group>}, for every
     * {@code mp.messaging.incoming.<channel>.group.id} of its application.properties): all of the run's instances of a
     * service share them, as deploy/up's do, but no other run's. A group is the broker's, not the topic's: under the
     * plain name every run on the broker (each helper's, each benchmark's) was one group, so a run starting, stopping
     * or killed made every other run's consumers wait for the group to settle, a minute and more when a killed member
     * had to time out first, and a journey waited that long for its next step.
     */
    static Map<String, String> runConsumerGroups(Path root, String service, String prefix) throws IOException {
        Map<String, String> groups = new LinkedHashMap<>();
        Path properties = root.resolve(service).resolve("src/main/resources/application.properties");
        if (!java.nio.file.Files.isRegularFile(properties)) {
            return groups;
        }
        for (String line : java.nio.file.Files.readAllLines(properties)) {
            var m = CONSUMER_GROUP.matcher(line.strip());
            if (m.matches()) {
                groups.put(m.group(1), prefix + m.group(2).strip());
            }
        }
        return groups;
    }

    private static final java.util.regex.Pattern CONSUMER_GROUP =
            java.util.regex.Pattern.compile("(mp\\.messaging\\.incoming\\.[^=\\s]+\\.group\\.id)\\s*=\\s*(\\S.*)");

    /** The first instance of the service (the only one unless the system was started with several). */
    public ServiceProcess service(String name) {
        return services.get(name);
    }

    /** Every instance of the service, the first first. */
    public List<ServiceProcess> instances(String name) {
        List<ServiceProcess> of = instances.get(name);
        if (of == null) {
            throw new IllegalArgumentException("no service " + name + " in this system: " + instances.keySet());
        }
        return of;
    }

    /**
     * The address of one of the service's instances, the next in turn at each call, as a client behind a load
     * balancer reaches them: a journey's calls spread over the instances. With one instance, always that one.
     */
    public String baseUrl(String name) {
        List<ServiceProcess> of = instances(name);
        return of.get(Math.floorMod(nextInstance.get(name).getAndIncrement(), of.size())).baseUrl();
    }

    public String simulatorUrl() {
        return simulators.baseUrl();
    }

    /** A connection to one service's own database, to check the state it keeps. */
    public Connection database(String service) {
        try {
            return DriverManager.getConnection(Infrastructure.jdbcUrl(services.get(service).database), Infrastructure.PG_USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Map<String, Object>> query(String service, String sql, Object... params) {
        try (Connection c = database(service); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                var meta = rs.getMetaData();
                var rows = new java.util.ArrayList<Map<String, Object>>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // all at once: a JVM exit (the end-to-end tests stop the system from a shutdown hook) allows only seconds
        List<ServiceProcess> all = instances.isEmpty() ? List.copyOf(services.values())
                : instances.values().stream().flatMap(List::stream).toList();
        all.forEach(ServiceProcess::signalStop);
        all.forEach(ServiceProcess::stop);
        simulators.stop();
        Infrastructure.deleteTopics(topicPrefix);
    }
}
