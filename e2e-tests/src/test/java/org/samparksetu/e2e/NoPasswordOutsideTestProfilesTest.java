package org.samparksetu.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.testing.ServiceTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No service ships a password: every HTTP Basic account is under {@code %test.}, and every other password, secret,
 * key or token in a service's {@code application.properties} is under {@code %dev.} or {@code %test.} (dev mode talks
 * to the simulators with their keys), or comes from the environment with no value of its own. A packaged service therefore has no account anyone could read in git; people sign in with their
 * Keycloak tokens, and local runs give the demo accounts at start (deploy/simulators' demo-accounts/).
 */
class NoPasswordOutsideTestProfilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ACCOUNT = Pattern.compile("^quarkus\\.security\\.users\\.embedded\\.users\\..+");
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(^quarkus\\.security\\.users\\.embedded\\.users\\..+)|(password|secret|api-keys?|access-token|verify-token)$");
    /** {@code ${ENV}} or {@code ${ENV:}}: the environment gives it, or nothing does. */
    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Za-z0-9_.]+:?}");

    static List<String> services() {
        return ServiceTable.read(ROOT).names();
    }

    /** True when {@code line} of an application.properties gives the production profile a password of its own. */
    static boolean shipsAPassword(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
            return false;
        }
        String key = l.substring(0, l.indexOf('=')).strip();
        String value = l.substring(l.indexOf('=') + 1).strip();
        if (key.startsWith("%test.")) {
            return false;
        }
        if (key.startsWith("%dev.")) { // a person's password has no place in dev mode either: it signs in with Keycloak
            return !value.isEmpty() && ACCOUNT.matcher(key.substring("%dev.".length())).find();
        }
        if (key.startsWith("%")) { // another profile: stripped of its prefix, judged like the default one
            key = key.substring(key.indexOf('.') + 1);
        }
        if (!SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        return !value.isEmpty() && !FROM_ENVIRONMENT.matcher(value).matches();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quarkus.security.users.embedded.users.operator=operator-secret     | true",
        "%dev.quarkus.security.users.embedded.users.operator=operator-secret | true",
        "%dev.whatsapp.app-secret=sim-app-secret                            | false",
        "%test.quarkus.security.users.embedded.users.ops=ops-secret          | false",
        "%prod.quarkus.security.users.embedded.users.ops=ops-secret          | true",
        "quarkus.security.users.embedded.roles.operator=operator            | false",
        "quarkus.security.users.embedded.enabled=true                       | false",
        "quarkus.datasource.password=${SAMPARK_DB_PASSWORD:}                | false",
        "quarkus.datasource.password=${SAMPARK_DB_PASSWORD:sampark}         | true",
        "quarkus.datasource.password=sampark                                | true",
        "quarkus.oidc.authentication.state-secret=${SAMPARK_CONSOLE_COOKIE_SECRET} | false",
        "sampark.portal.api-key=sim-sampark-key                             | true",
        "%test.sampark.portal.api-key=sim-sampark-key                       | false",
        "whatsapp.access-token=abc                                          | true",
        "sampark.web.sign-in-hint=use your password                         | false",
    })
    void aLineShipsAPasswordWhenTheProductionProfileGetsOneOfItsOwn(String line, boolean ships) {
        assertThat(shipsAPassword(line)).isEqualTo(ships);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theServiceHasNoPasswordOutsideItsDevAndTestProfiles(String service) throws IOException {
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        List<String> lines = Files.readAllLines(file);
        List<String> shipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (shipsAPassword(lines.get(i))) {
                shipped.add((i + 1) + ": " + lines.get(i));
            }
        }
        assertThat(lines).as("%s is read", file).isNotEmpty();
        assertThat(shipped).as("lines of %s giving production a password (accounts under %%test., simulator keys under %%dev. and %%test.)", file)
                .isEmpty();
    }
}
