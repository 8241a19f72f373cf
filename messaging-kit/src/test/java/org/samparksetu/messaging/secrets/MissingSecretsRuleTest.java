package org.samparksetu.messaging.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MissingSecretsRuleTest {

    /** values: name=value pairs separated by ';' ("name=" is an empty value, a name absent has none). */
    @ParameterizedTest(name = "{0} given [{1}] -> missing [{2}]")
    @CsvSource(delimiter = '|', value = {
            "a,b       | a=x;b=y   | ",
            "a,b       | a=x       | b",
            "a,b       | a=;b=y    | a",
            "a,b       | a=   ;b=  | a,b",
            "a,b       |           | a,b",
            "b,a       | c=z       | b,a",
            "          | a=x       | ",
    })
    void namesEachSecretWithoutAValue(String required, String given, String expected) {
        assertThat(MissingSecretsRule.missing(list(required), values(given))).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quarkus.datasource.password | refusing to start in production without these secrets: quarkus.datasource.password (SAMPARK_DB_PASSWORD). Dev mode and tests may run without them; deploy/up gives its own.",
            "quarkus.flyway.password,x.key | refusing to start in production without these secrets: quarkus.flyway.password (SAMPARK_DB_OWNER_PASSWORD); x.key. Dev mode and tests may run without them; deploy/up gives its own.",
    })
    void theRefusalSaysWhereEachComesFrom(String missing, String expected) {
        assertThat(MissingSecretsRule.refusal(list(missing), Map.of(
                "quarkus.datasource.password", "SAMPARK_DB_PASSWORD",
                "quarkus.flyway.password", "SAMPARK_DB_OWNER_PASSWORD"))).isEqualTo(expected);
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }

    private static Map<String, Optional<String>> values(String given) {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        if (given != null) {
            for (String pair : given.split(";")) {
                String[] kv = pair.split("=", -1);
                values.put(kv[0].trim(), Optional.of(kv[1]));
            }
        }
        return values;
    }
}
