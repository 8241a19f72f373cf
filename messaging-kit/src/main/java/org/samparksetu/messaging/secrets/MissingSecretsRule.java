package org.samparksetu.messaging.secrets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a service's secrets production would run without. A secret counts as given only when it has a value
 * with something in it besides spaces: an empty database password is what the configuration falls back to on a
 * machine with trust authentication, and in production it would mean running on whatever the server lets through.
 */
public final class MissingSecretsRule {
    private MissingSecretsRule() {
    }

    /** The names, in the order asked, of the secrets without a value. */
    public static List<String> missing(List<String> required, Map<String, Optional<String>> values) {
        return required.stream()
                .filter(name -> values.getOrDefault(name, Optional.empty()).map(String::isBlank).orElse(true))
                .toList();
    }

    /** What a person starting the service reads: each missing secret with the environment variable that gives it. */
    public static String refusal(List<String> missing, Map<String, String> environmentVariables) {
        StringBuilder text = new StringBuilder("refusing to start in production without these secrets:");
        for (String name : missing) {
            text.append(' ').append(name);
            String variable = environmentVariables.get(name);
            if (variable != null) {
                text.append(" (").append(variable).append(')');
            }
            text.append(';');
        }
        text.setLength(text.length() - 1);
        return text.append(". Dev mode and tests may run without them; deploy/up gives its own.").toString();
    }
}
