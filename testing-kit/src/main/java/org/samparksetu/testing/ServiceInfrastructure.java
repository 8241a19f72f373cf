package org.samparksetu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Test resource for a service's {@code @QuarkusTest}s: ensures the broker, gives the service a fresh
 * database named {@code <service>_test} and a topic prefix of its own. The service connects as the database's app
 * role and migrates as its owner role, as deployed ({@link Infrastructure#quarkusConfig}). Use with
 * {@code @QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake"))}.
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {
    private String prefix;

    /** The topic prefix of the running test app; tests use it to publish and await events. */
    private static volatile String currentPrefix = "";

    private String service = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure.ensureKafka();
        String database = Infrastructure.databaseName(service.replace('-', '_') + "_test");
        Infrastructure.freshDatabase(database);
        prefix = Infrastructure.newTopicPrefix(service);
        Infrastructure.createTopics(prefix);
        currentPrefix = prefix;
        return Infrastructure.quarkusConfig(database, prefix);
    }

    @Override
    public void stop() {
        if (prefix != null) {
            Infrastructure.deleteTopics(prefix);
        }
    }

    public static String topicPrefix() {
        return currentPrefix;
    }
}
