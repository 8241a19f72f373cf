package org.samparksetu.console.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Departments;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

/**
 * Given the realm file deploy/keycloak imports, then it keeps step with the rest of the repository: a role for every
 * role a service checks today and for every department of the contract, officers whose department role and
 * attribute agree, and no demo password written in it.
 */
class SamparkRealmFileTest {

    static final Path REALM_FILE = Path.of("deploy/keycloak-realm/sampark-realm.json");
    /** The services' demo accounts and their roles live only in the test profile (production has none). */
    private static final String ROLES_PREFIX = "%test.quarkus.security.users.embedded.roles.";

    @Test
    void everyRoleAServiceChecksIsARealmRole() throws IOException {
        Set<String> used = new TreeSet<>();
        Path root = Infrastructure.repositoryRoot();
        for (String service : ServiceTable.read(root).names()) {
            for (String line : Files.readAllLines(root.resolve(service + "/src/main/resources/application.properties"))) {
                if (line.startsWith(ROLES_PREFIX)) {
                    Arrays.stream(line.substring(line.indexOf('=') + 1).split(","))
                            .map(String::trim).filter(r -> !r.isEmpty()).forEach(used::add);
                }
            }
        }

        assertThat(used).as("roles in the services' application.properties").contains("operator", "collector");
        assertThat(realmRoles()).containsAll(used);
    }

    @Test
    void everyDepartmentOfTheContractHasItsRoleAndNoOtherDepartmentDoes() {
        Set<String> expected = Departments.all().stream().map(d -> "department:" + d.code())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> departmentRoles = realmRoles().stream().filter(r -> r.startsWith("department:"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(departmentRoles).isEqualTo(expected);
    }

    @Test
    void anOfficersDepartmentRoleMatchesTheirDepartmentAndTheyHaveALevel() {
        int officers = 0;
        for (JsonNode user : realm().path("users")) {
            Set<String> roles = texts(user.path("realmRoles"));
            if (!roles.contains("officer")) {
                continue;
            }
            officers++;
            String department = user.path("attributes").path("department").path(0).asText();
            assertThat(roles).as(user.path("username").asText())
                    .filteredOn(r -> r.startsWith("department:")).containsExactly("department:" + department);
            assertThat(user.path("attributes").path("level").path(0).asText()).isIn("L1", "L2", "L3", "L4");
        }
        assertThat(officers).isGreaterThanOrEqualTo(4);
    }

    @Test
    void noDemoPasswordIsWrittenInTheFile() {
        for (JsonNode user : realm().path("users")) {
            String variable = "SAMPARK_DEMO_PASSWORD_" + user.path("username").asText().toUpperCase().replace('-', '_');
            assertThat(user.path("credentials")).hasSize(1);
            assertThat(user.path("credentials").get(0).path("value").asText())
                    .as("deploy/keycloak hands the password in at import").isEqualTo("${" + variable + "}");
        }
    }

    @Test
    void theTestClientIsMarkedForTestsAndTheDemoOnly() {
        JsonNode tests = StreamSupport.stream(realm().path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals("sampark-tests")).findFirst().orElseThrow();

        assertThat(tests.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(tests.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(tests.path("description").asText()).contains("ONLY for automated tests and the local demo");
    }

    static Set<String> demoUsers() {
        Set<String> users = new TreeSet<>();
        realm().path("users").forEach(u -> users.add(u.path("username").asText()));
        return users;
    }

    private static Set<String> realmRoles() {
        Set<String> roles = new TreeSet<>();
        realm().path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        return roles;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static JsonNode realm() {
        try {
            return new ObjectMapper().readTree(Infrastructure.repositoryRoot().resolve(REALM_FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
