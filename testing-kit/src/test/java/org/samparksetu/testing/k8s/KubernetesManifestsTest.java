package org.samparksetu.testing.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

/**
 * Renders each Kustomize overlay under deploy/k8s with the pinned renderer (deploy/k8s/render, which installs it
 * through deploy/k8s/ensure-tools) and checks what a cluster would be given: every object against its kind's vendored
 * JSON schema (deploy/k8s/schemas), every topic of deploy/topics.txt as a KafkaTopic and no other, every service of
 * deploy/services.txt with its Deployment, Service, PodDisruptionBudget, autoscaler and database, health probes, no
 * Secret with data, and the generated files in step with their sources. Needs neither Kafka nor PostgreSQL.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Infrastructure.repositoryRoot();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> SCHEMA_BY_KIND = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void everyObjectMatchesTheSchemaOfItsKind(String overlay) {
        List<JsonNode> objects = rendered(overlay);
        assertThat(objects).as("objects rendered from overlays/" + overlay).hasSizeGreaterThan(50);
        List<String> errors = new ArrayList<>();
        for (JsonNode object : objects) {
            errors.addAll(violations(object));
        }
        assertThat(errors).as("schema violations in overlays/" + overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void everyObjectIsInTheOverlaysNamespace(String overlay) {
        List<String> elsewhere = rendered(overlay).stream()
                .filter(o -> !("sampark-" + overlay).equals(o.path("metadata").path("namespace").asText()))
                .map(KubernetesManifestsTest::id)
                .toList();
        assertThat(elsewhere).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void everyTopicOfTopicsTxtIsAKafkaTopicAndThereIsNoOther(String overlay) throws IOException {
        Set<String> expected = Files.readAllLines(ROOT.resolve("deploy/topics.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        List<JsonNode> topics = ofKind(overlay, "KafkaTopic");
        Set<String> names = topics.stream().map(t -> t.path("spec").path("topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).isEqualTo(expected);
        assertThat(topics).hasSameSizeAs(expected);
        for (JsonNode topic : topics) {
            assertThat(topic.path("spec").path("replicas").asInt()).as(id(topic) + " replicas").isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt())
                    .as(id(topic) + " min.insync.replicas").isEqualTo(2);
            // deploy/kafka creates each topic with TOPIC_PARTITIONS (6) partitions
            assertThat(topic.path("spec").path("partitions").asInt()).as(id(topic) + " partitions").isEqualTo(6);
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("sampark");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void kafkaHasThreeBrokersThreeControllersReplicationThreeAndMinInsyncTwo(String overlay) {
        List<JsonNode> kafkas = ofKind(overlay, "Kafka");
        assertThat(kafkas).hasSize(1);
        JsonNode config = kafkas.get(0).path("spec").path("kafka").path("config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        Map<String, Integer> replicasByRole = new HashMap<>();
        for (JsonNode pool : ofKind(overlay, "KafkaNodePool")) {
            for (JsonNode role : pool.path("spec").path("roles")) {
                replicasByRole.merge(role.asText(), pool.path("spec").path("replicas").asInt(), Integer::sum);
            }
        }
        assertThat(replicasByRole).containsEntry("broker", 3).containsEntry("controller", 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void everyServiceHasItsDeploymentServiceDisruptionBudgetAutoscalerAndDatabase(String overlay) {
        for (ServiceTable.Service service : ServiceTable.ofRepository().services()) {
            String name = service.name();
            JsonNode deployment = named(overlay, "Deployment", name);
            named(overlay, "Service", name);
            JsonNode pdb = named(overlay, "PodDisruptionBudget", name);
            JsonNode hpa = named(overlay, "HorizontalPodAutoscaler", name);

            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(matches(pdb.path("spec").path("selector").path("matchLabels"), podLabels))
                    .as(name + "'s PodDisruptionBudget selects its pods").isTrue();
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(name);
            assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.path("spec").path("maxReplicas").asInt())
                    .isGreaterThanOrEqualTo(hpa.path("spec").path("minReplicas").asInt());

            List<JsonNode> databases = ofKind(overlay, "Cluster").stream()
                    .filter(c -> service.database().equals(c.path("spec").path("bootstrap").path("initdb").path("database").asText()))
                    .toList();
            assertThat(databases).as("a CloudNativePG Cluster holding " + name + "'s database " + service.database()).hasSize(1);
            JsonNode cluster = databases.get(0);
            String clusterName = cluster.path("metadata").path("name").asText();
            assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText())
                    .as(clusterName + " is backed up").isNotEmpty();
            assertThat(ofKind(overlay, "ScheduledBackup").stream()
                    .filter(b -> clusterName.equals(b.path("spec").path("cluster").path("name").asText())))
                    .as("a ScheduledBackup of " + clusterName).hasSize(1);

            Map<String, JsonNode> env = env(deployment);
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                    .isEqualTo("jdbc:postgresql://" + clusterName + "-rw:5432/" + service.database());
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").path("valueFrom").path("secretKeyRef").path("name").asText())
                    .isEqualTo(clusterName + "-app");
            assertThat(env.get("KAFKA_SSL_KEYSTORE_PASSWORD").path("valueFrom").path("secretKeyRef").path("name").asText())
                    .as(name + " authenticates as its own KafkaUser").isEqualTo(name);
            named(overlay, "KafkaUser", name);
        }
        // besides the services: the console and Keycloak, and Keycloak's own database
        assertThat(ofKind(overlay, "Deployment")).hasSize(ServiceTable.ofRepository().services().size() + 2);
        assertThat(ofKind(overlay, "Cluster")).hasSize(ServiceTable.ofRepository().services().size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void probesAskQuarkusHealthOnTheServedPort(String overlay) {
        for (JsonNode deployment : ofKind(overlay, "Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                String what = id(deployment) + " container " + container.path("name").asText();
                Set<String> ports = StreamSupport.stream(container.path("ports").spliterator(), false)
                        .map(p -> p.path("name").asText()).collect(Collectors.toSet());
                JsonNode ready = container.path("readinessProbe").path("httpGet");
                JsonNode live = container.path("livenessProbe").path("httpGet");
                // Keycloak answers health on its management port without Quarkus' /q prefix
                String health = "keycloak".equals(container.path("name").asText()) ? "/health" : "/q/health";
                assertThat(ready.path("path").asText()).as(what + " readiness").isEqualTo(health + "/ready");
                assertThat(live.path("path").asText()).as(what + " liveness").isEqualTo(health + "/live");
                assertThat(ports).as(what + " serves the probes' port").contains(ready.path("port").asText(), live.path("port").asText());
                assertThat(container.path("resources").path("requests").path("memory").asText()).as(what + " memory request").isNotEmpty();
                assertThat(container.path("resources").path("requests").path("cpu").asText()).as(what + " cpu request").isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void keycloakImportsTheRealmWithoutDemoUsersAndTheConsoleAndServicesTrustIt(String overlay) throws IOException {
        JsonNode keycloak = named(overlay, "Deployment", "keycloak");
        JsonNode container = keycloak.path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(container.path("args").toString()).contains("--import-realm");
        assertThat(env(keycloak).get("KC_DB_PASSWORD").path("valueFrom").path("secretKeyRef").path("name").asText())
                .isEqualTo("keycloak-db-app");
        assertThat(keycloak.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode realm = YAML.readTree(named(overlay, "ConfigMap", "sampark-realm").path("data")
                .path("sampark-realm.json").asText());
        assertThat(realm.path("realm").asText()).isEqualTo("sampark");
        assertThat(realm.has("users")).as("no demo user reaches a district's Keycloak").isFalse();
        assertThat(realm.path("bruteForceProtected").asBoolean()).as("sign-in failures are throttled").isTrue();
        List<String> clients = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .map(c -> c.path("clientId").asText()).toList();
        assertThat(clients).contains("sampark-console").doesNotContain("sampark-tests");
        assertThat(realm.path("clients").toString()).doesNotContain("127.0.0.1");

        JsonNode console = named(overlay, "Deployment", "console");
        JsonNode consoleContainer = console.path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(consoleContainer.path("envFrom").toString()).contains("console-env", "sampark-config");
        named(overlay, "Service", "console");
        named(overlay, "KafkaUser", "console");
        JsonNode config = named(overlay, "ConfigMap", "sampark-config").path("data");
        assertThat(config.path("SAMPARK_OIDC_URL").asText())
                .as("the services take tokens of the address people sign in at")
                .isEqualTo(config.path("KC_HOSTNAME").asText() + "/realms/sampark")
                .isEqualTo(config.path("SAMPARK_KEYCLOAK_URL").asText() + "/realms/sampark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void noSecretIsCommittedOnlyReferenced(String overlay) {
        List<String> withData = rendered(overlay).stream()
                .filter(o -> "Secret".equals(o.path("kind").asText()))
                .filter(o -> o.has("data") || o.has("stringData"))
                .map(KubernetesManifestsTest::id)
                .toList();
        assertThat(withData).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jalore", "rajasthan"})
    void eachDepartmentWritesOnlyItsOwnReportTopic(String overlay) throws IOException {
        List<String> departments = Files.readAllLines(ROOT.resolve("deploy/topics.txt")).stream()
                .filter(t -> t.matches("department\\.[a-z0-9-]+\\.action-reports"))
                .map(t -> t.substring("department.".length(), t.length() - ".action-reports".length()))
                .toList();
        assertThat(departments).isNotEmpty();
        for (String code : departments) {
            JsonNode user = named(overlay, "KafkaUser", "dept-" + code);
            assertThat(writableTopics(user)).as(id(user) + " writes").containsExactly("department." + code + ".action-reports");
        }
        for (JsonNode user : ofKind(overlay, "KafkaUser")) {
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                boolean writes = StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .anyMatch(o -> Set.of("Write", "All").contains(o.asText()));
                assertThat(writes && "prefix".equals(acl.path("resource").path("patternType").asText()))
                        .as(id(user) + " has a prefixed write ACL " + acl).isFalse();
            }
        }
        assertThat(writableTopics(named(overlay, "KafkaUser", "sampark-bridge")))
                .as("the bridge writes no department's topic").noneMatch(t -> t.startsWith("department."));
    }

    @Test
    void generatedFilesAreInStepWithTopicsServicesAndReadmes() {
        Result result = run(List.of("bash", K8S.resolve("generate").toString(), "--check"));
        assertThat(result.exit()).as("deploy/k8s/generate --check said:\n" + result.stderr()).isZero();
    }

    /** The schemas are strict: a misspelt field, a wrong type or a missing required field is an error. */
    @Test
    void theSchemasRejectAMisspeltFieldAWrongTypeAndAMissingName() {
        ObjectNode deployment = named("jalore", "Deployment", "routing-service").deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replcas", 2);
        assertThat(violations(deployment)).anyMatch(e -> e.contains("replcas"));

        ObjectNode topic = ofKind("jalore", "KafkaTopic").get(0).deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitions", "six");
        assertThat(violations(topic)).anyMatch(e -> e.contains("partitions"));

        ObjectNode cluster = ofKind("jalore", "Cluster").get(0).deepCopy();
        ((ObjectNode) cluster.path("metadata")).remove("name");
        assertThat(violations(cluster)).anyMatch(e -> e.contains("name"));

        ObjectNode secret = YAML.createObjectNode();
        secret.put("apiVersion", "v1").put("kind", "Secret");
        assertThat(violations(secret)).anyMatch(e -> e.contains("no schema"));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static List<String> violations(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        JsonSchema schema;
        try {
            schema = schemaOf(apiVersion, kind);
        } catch (IllegalArgumentException e) {
            return List.of(id(object) + ": " + e.getMessage());
        }
        Set<ValidationMessage> messages = schema.validate(object);
        return messages.stream().map(m -> id(object) + ": " + m.getMessage()).sorted().toList();
    }

    private static JsonSchema schemaOf(String apiVersion, String kind) {
        String file = apiVersion.replace('/', '_') + "_" + kind + ".json";
        return SCHEMA_BY_KIND.computeIfAbsent(file, f -> {
            for (String dir : List.of("kubernetes", "hand-written")) {
                Path path = K8S.resolve("schemas").resolve(dir).resolve(f);
                if (Files.isRegularFile(path)) {
                    try {
                        return SCHEMAS.getSchema(new ObjectMapper().readTree(path.toFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            throw new IllegalArgumentException("no schema for " + apiVersion + " " + kind
                    + " under deploy/k8s/schemas (add " + f + ": schemas/refresh or hand-written/)");
        });
    }

    private static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            Result result = run(List.of("bash", K8S.resolve("render").toString(), "overlays/" + o));
            assertThat(result.exit()).as("deploy/k8s/render overlays/" + o + " said:\n" + result.stderr()).isZero();
            List<JsonNode> objects = new ArrayList<>();
            try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(result.stdout())) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && !document.isNull() && !document.isMissingNode()) {
                        objects.add(document);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read what overlays/" + o + " rendered", e);
            }
            return List.copyOf(objects);
        });
    }

    private static List<JsonNode> ofKind(String overlay, String kind) {
        return rendered(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static JsonNode named(String overlay, String kind, String name) {
        List<JsonNode> found = ofKind(overlay, kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText())).toList();
        assertThat(found).as(kind + " " + name + " in overlays/" + overlay).hasSize(1);
        return found.get(0);
    }

    private static Map<String, JsonNode> env(JsonNode deployment) {
        Map<String, JsonNode> env = new HashMap<>();
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode variable : container.path("env")) {
                env.put(variable.path("name").asText(), variable);
            }
        }
        return env;
    }

    private static List<String> writableTopics(JsonNode user) {
        List<String> topics = new ArrayList<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            boolean writes = StreamSupport.stream(acl.path("operations").spliterator(), false)
                    .anyMatch(o -> Set.of("Write", "All").contains(o.asText()));
            if (writes && "topic".equals(acl.path("resource").path("type").asText())) {
                topics.add(acl.path("resource").path("name").asText());
            }
        }
        return topics;
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        var fields = selector.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().asText().equals(labels.path(field.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static String id(JsonNode object) {
        return object.path("kind").asText("?") + " " + object.path("metadata").path("name").asText("(no name)");
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result run(List<String> command) {
        try {
            Path err = Files.createTempFile("k8s-", ".err");
            try {
                Process p = new ProcessBuilder(command).directory(ROOT.toFile())
                        .redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return new Result(-1, stdout, String.join(" ", command) + " did not finish in 5 minutes");
                }
                return new Result(p.exitValue(), stdout, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
