package org.samparksetu.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.samparksetu.contract.Topics;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The real broker and database that every test uses. A broker already listening is reused; otherwise
 * the project's own {@code deploy/kafka start} starts one, so {@code mvn verify} works with or without
 * {@code deploy/up}. Each run gets fresh databases and its own topic prefix, so runs never see each
 * other's data or events.
 */
public final class Infrastructure {
    /**
     * {@code -Dsampark.testcontainers=true} (the {@code testcontainers} Maven profile sets it): the broker and the
     * database run in containers that this class starts once per JVM, before it reads where they are below. Off by
     * default, and then nothing of Testcontainers is loaded (nor, without the profile, on the class path at all).
     */
    public static final String CONTAINERS_SWITCH = "sampark.testcontainers";
    /** Compiled only in the profile (testing-kit/src/testcontainers), hence named, not imported. */
    static final String CONTAINERS_CLASS = "org.samparksetu.testing.containers.Containers";

    static {
        if (Boolean.getBoolean(CONTAINERS_SWITCH)) {
            startContainers();
        }
    }

    public static final String KAFKA = System.getProperty("test.kafka", "127.0.0.1:9092");
    public static final String PG_HOST = System.getProperty("test.pg.host", "127.0.0.1");
    public static final int PG_PORT = Integer.getInteger("test.pg.port", 5432);
    /** The superuser the tests create databases and roles as, and read a service's state as. */
    public static final String PG_USER = System.getProperty("test.pg.user", "postgres");

    /**
     * The test passwords of a test database's two roles. The server trusts local connections, so they are not checked
     * here; they are set so that a service under test is configured exactly as in production, where the owner's
     * password must be given for Flyway to run as the owner at all.
     */
    public static final String TEST_OWNER_PASSWORD = "sampark-test-owner";
    public static final String TEST_APP_PASSWORD = "sampark-test-app";

    /** deploy/up's and the tests' one script for a database's roles and grants, relative to the repository root. */
    public static final String ROLES_SQL = "deploy/tools/database-roles.sql";

    private Infrastructure() {
    }

    /** Starts the containers (which then set {@code test.kafka} and {@code test.pg.*}); only when switched on. */
    private static void startContainers() {
        try {
            Class.forName(CONTAINERS_CLASS).getMethod("start").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-D" + CONTAINERS_SWITCH + "=true needs the testcontainers profile, which "
                    + "compiles the class that starts the containers: ./mvnw -Ptestcontainers ...", e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("cannot start the Kafka and PostgreSQL containers (is Docker running?): "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + CONTAINERS_CLASS + ".start()", e);
        }
    }

    /**
     * A test database's name: the base, plus the suffix in {@code SAMPARK_TEST_DB_SUFFIX} (or {@code -Dtest.db.suffix})
     * when set, so that two checkouts can run their tests at once on one PostgreSQL without dropping each other's.
     */
    public static String databaseName(String base) {
        return databaseName(base, System.getProperty("test.db.suffix", System.getenv().getOrDefault("SAMPARK_TEST_DB_SUFFIX", "")));
    }

    static String databaseName(String base, String suffix) {
        if (suffix.isBlank()) {
            return base;
        }
        if (!suffix.matches("[a-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("the test database suffix must be 1-20 of a-z, 0-9 and _: " + suffix);
        }
        return base + "_" + suffix;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    /** Starts the project's broker unless one is listening already. */
    public static synchronized void ensureKafka() {
        String[] hp = KAFKA.split(":");
        if (listening(hp[0], Integer.parseInt(hp[1]))) {
            return;
        }
        Path script = repositoryRoot().resolve("deploy/kafka");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), "start").inheritIO().start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("deploy/kafka start failed; see .local/kafka/logs");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops and creates the database, so a test run starts from an empty schema that Flyway builds, and gives it its
     * two roles ({@link #ownerRole}, {@link #appRole}) as deploy/up does.
     */
    public static void freshDatabase(String name) {
        plainName(name);
        try (var c = DriverManager.getConnection(jdbcUrl("postgres"), PG_USER, "");
             var st = c.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
            st.execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + PG_HOST + ":" + PG_PORT
                    + " as " + PG_USER + ": " + e.getMessage(), e);
        }
        databaseRoles(name);
    }

    /**
     * The role that owns a database's schema and tables, and that Flyway migrates as. Roles are the whole server's,
     * not one database's, so the name holds the database's: two checkouts' tests (their own suffixes) never share one.
     */
    public static String ownerRole(String database) {
        return roleName(database, "_owner");
    }

    /** The role a service's datasource connects as: rows only, no DDL, not a superuser. */
    public static String appRole(String database) {
        return roleName(database, "_app");
    }

    private static String roleName(String database, String suffix) {
        plainName(database);
        String role = database + suffix;
        if (role.length() > 63) { // PostgreSQL would cut it silently, and two databases could share a role
            throw new IllegalArgumentException("database name too long for its role names (63 characters): " + role);
        }
        return role;
    }

    /**
     * Creates the database's owner and app roles and their grants (deploy/up's script, {@value #ROLES_SQL}), with
     * the test passwords. Idempotent.
     */
    public static void databaseRoles(String database) {
        String sql = rolesSql(repositoryRoot(), database, ownerRole(database), appRole(database),
                TEST_OWNER_PASSWORD, TEST_APP_PASSWORD);
        try (var c = DriverManager.getConnection(jdbcUrl(database), PG_USER, "");
             var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the roles of database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection to a test database as its owner role, for a test that changes the schema itself (a trigger that
     * stands in for a failure, say): the service's own role may not. The caller closes it.
     */
    public static java.sql.Connection ownerConnection(String database) {
        try {
            return DriverManager.getConnection(jdbcUrl(database), ownerRole(database), TEST_OWNER_PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database + " as " + ownerRole(database) + ": " + e.getMessage(), e);
        }
    }

    /** The roles script with its placeholders filled in; every value must be a plain name or password. */
    static String rolesSql(Path root, String database, String owner, String app, String ownerPassword, String appPassword) {
        for (String name : List.of(database, owner, app)) {
            plainName(name);
        }
        for (String password : List.of(ownerPassword, appPassword)) {
            if (!password.matches("[A-Za-z0-9_-]{8,100}")) {
                throw new IllegalArgumentException("a role password must be 8-100 of A-Z, a-z, 0-9, _ and -");
            }
        }
        try {
            return Files.readString(root.resolve(ROLES_SQL))
                    .replace("{{database}}", database).replace("{{owner}}", owner).replace("{{app}}", app)
                    .replace("{{owner_password}}", ownerPassword).replace("{{app_password}}", appPassword);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ROLES_SQL + " under " + root, e);
        }
    }

    private static void plainName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    /** Creates the database unless it exists, and its roles as {@link #freshDatabase} does; keeps what is in it. */
    public static void ensureDatabase(String name) {
        plainName(name);
        try (var c = DriverManager.getConnection(jdbcUrl("postgres"), PG_USER, "");
             var st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                st.execute("create database " + name + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        databaseRoles(name);
    }

    /** Creates every contract topic under the prefix (with each service's dead letters), several partitions as in production. */
    public static void createTopics(String prefix) {
        try (Admin admin = admin()) {
            List<NewTopic> topics = Topics.all(ServiceTable.ofRepository().names()).stream()
                    .map(t -> new NewTopic(prefix + t, 3, (short) 1)).toList();
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create topics with prefix " + prefix, e);
            }
        }
    }

    /** Removes a run's topics so the broker does not fill up with test leftovers. */
    public static void deleteTopics(String prefix) {
        TestEvents.forget(prefix);
        try (Admin admin = admin()) {
            var names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(n -> n.startsWith(prefix)).toList();
            admin.deleteTopics(names).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // leftovers are harmless: a later run uses another prefix
        }
    }

    public static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        return Admin.create(p);
    }

    public static String newTopicPrefix(String purpose) {
        return "test-" + purpose + "-" + Long.toString(System.currentTimeMillis(), 36) + ".";
    }

    /**
     * The folder holding {@code deploy/kafka}: {@code -De2e.root} when given (the end-to-end tests and the benchmarks,
     * which may run from anywhere), else found by walking up from the working directory (a module's tests).
     */
    public static Path repositoryRoot() {
        String given = System.getProperty("e2e.root", "");
        if (!given.isBlank()) {
            Path root = Path.of(given).toAbsolutePath().normalize();
            if (!isRepositoryRoot(root)) {
                throw new IllegalStateException("-De2e.root=" + given + " holds no deploy/kafka and mvnw");
            }
            return root;
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (isRepositoryRoot(dir)) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the repository root (deploy/kafka) above " + Path.of("").toAbsolutePath());
    }

    private static boolean isRepositoryRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("deploy/kafka")) && Files.isRegularFile(dir.resolve("mvnw"));
    }

    static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Configuration a Quarkus app under test needs to talk to the run's database and topics: it connects as the
     * database's app role and migrates as its owner role ({@link #freshDatabase} made both), as in production.
     */
    public static Map<String, String> quarkusConfig(String database, String topicPrefix) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", appRole(database),
                "quarkus.datasource.password", TEST_APP_PASSWORD,
                "quarkus.flyway.username", ownerRole(database),
                "quarkus.flyway.password", TEST_OWNER_PASSWORD,
                "kafka.bootstrap.servers", KAFKA,
                "sampark.topic-prefix", topicPrefix);
    }

    /**
     * {@link #quarkusConfig} for a packaged service started as a process against the simulators. A packaged service
     * runs in production mode, which has no secrets of its own and refuses to start without them: it gets the
     * simulators'.
     */
    public static Map<String, String> serviceProcessConfig(String database, String topicPrefix) {
        Map<String, String> config = new java.util.HashMap<>(quarkusConfig(database, topicPrefix));
        config.putAll(org.samparksetu.simulators.SimulatorSettings.defaults().serviceSecrets());
        return Map.copyOf(config);
    }

    /**
     * {@link #serviceProcessConfig(String, String)} with {@code service}'s local demo accounts (HTTP Basic, e.g.
     * {@code operator} / {@code operator-secret}), which the tests and benchmarks call its APIs with: a packaged
     * service has no Basic account of its own outside dev and tests.
     */
    public static Map<String, String> serviceProcessConfig(String service, String database, String topicPrefix) {
        Map<String, String> config = new java.util.HashMap<>(serviceProcessConfig(database, topicPrefix));
        config.putAll(org.samparksetu.simulators.SimulatorSettings.demoAccounts(service));
        return Map.copyOf(config);
    }
}
