package org.samparksetu.console.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientSettingsRuleTest {

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
        // variable,                      value,               property taken ('' = none)
        "KAFKA_SECURITY_PROTOCOL,         SSL,                 security.protocol",
        "KAFKA_SSL_KEYSTORE_LOCATION,     /etc/k/user.p12,     ssl.keystore.location",
        "KAFKA_SSL_TRUSTSTORE_PASSWORD,   secret,              ssl.truststore.password",
        "KAFKA_BOOTSTRAP_SERVERS,         other:9092,          ''",      // console.kafka.bootstrap-servers decides
        "KAFKA_CLIENT_ID,                 x,                   ''",
        "KAFKA_REQUEST_TIMEOUT_MS,        1,                   ''",
        "KAFKA_,                          x,                   ''",
        "KAFKA_SECURITY_PROTOCOL,         ' ',                 ''",      // blank: not set
        "QUARKUS_HTTP_PORT,               8090,                ''",
        "kafka_security_protocol,         SSL,                 ''",      // variables are upper case, as Quarkus reads them
    })
    void takesTheKafkaVariablesAsClientProperties(String variable, String value, String property) {
        Map<String, String> settings = KafkaClientSettingsRule.fromEnvironment(Map.of(variable, value));
        if (property.isEmpty()) {
            assertThat(settings).isEmpty();
        } else {
            assertThat(settings).containsExactly(Map.entry(property, value));
        }
    }
}
