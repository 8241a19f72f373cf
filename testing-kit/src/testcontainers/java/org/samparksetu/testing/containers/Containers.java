package org.samparksetu.testing.containers;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The broker and the database in containers, for a machine with Docker and neither the project's broker nor a local
 * PostgreSQL: {@code ./mvnw -Ptestcontainers verify}. Compiled only in that profile; {@code Infrastructure} calls
 * {@link #start()} by name when {@code -Dsampark.testcontainers=true}, before it reads where the broker and database
 * are, and this points the same system properties every test already honours ({@code test.kafka}, {@code test.pg.*})
 * at the containers. Started once per test JVM (Infrastructure's class initialiser); Testcontainers' reaper removes
 * them when the JVM exits.
 */
public final class Containers {
    /** The broker deploy/kafka runs (Apache Kafka 4.1.2, KRaft). */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    /** The server's major version on the project's machines and CI (Debian 12's PostgreSQL 15). */
    static final String POSTGRES_IMAGE = "postgres:15";

    private static boolean started;

    private Containers() {
    }

    /** Starts both containers (at once, once per JVM) and points the tests' system properties at them. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        // Trust auth, as on the project's machines: the tests connect as "postgres" with no password to create each
        // run's database and roles, and as those roles with test passwords that the server need not check. The
        // password given here is only the image's required setting.
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres");
        postgres.withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
        Startables.deepStart(kafka, postgres).join();
        System.setProperty("test.kafka", hostPort(kafka.getBootstrapServers()));
        System.setProperty("test.pg.host", postgres.getHost());
        System.setProperty("test.pg.port", String.valueOf(postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)));
        System.setProperty("test.pg.user", "postgres");
        started = true;
    }

    /** host:port, without a listener name some Testcontainers versions put in front ("PLAINTEXT://"). */
    static String hostPort(String bootstrap) {
        int scheme = bootstrap.indexOf("://");
        return scheme < 0 ? bootstrap : bootstrap.substring(scheme + 3);
    }
}
