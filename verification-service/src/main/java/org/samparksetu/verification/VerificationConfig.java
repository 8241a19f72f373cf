package org.samparksetu.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The verification rules a district can tune; see application.properties for what each means. */
@ConfigMapping(prefix = "sampark.verification")
public interface VerificationConfig {
    Deadline deadline();

    Citizen citizen();

    FieldCheck fieldCheck();

    Reopen reopen();

    /**
     * Where the field page loads a citizen's photo from, with {@code {sha256}} standing for its content hash
     * (intake keeps the bytes). Unset: the page names the photo by its hash only.
     */
    java.util.Optional<String> citizenMediaUrl();

    interface Deadline {
        @WithDefault("P30D")
        Duration defaultLimit();

        /** By department code, or {@code CODE.subject}; the more specific wins. */
        Map<String, Duration> limits();

        @WithDefault("P7D")
        Duration levelLimit();

        @WithDefault("P3D")
        Duration remindBefore();

        /** The department's (and subject's) time limit at L1. */
        default Duration limitFor(String departmentCode, String subject) {
            if (departmentCode != null && subject != null && limits().containsKey(departmentCode + "." + subject)) {
                return limits().get(departmentCode + "." + subject);
            }
            if (departmentCode != null && limits().containsKey(departmentCode)) {
                return limits().get(departmentCode);
            }
            return defaultLimit();
        }
    }

    interface Citizen {
        @WithDefault("P3D")
        Duration reminderAfter();

        @WithDefault("P7D")
        Duration fieldCheckAfter();
    }

    interface Reopen {
        /** How long after a closure the citizen may reopen it ("not satisfied", "phir se kholo"). */
        @WithDefault("P30D")
        Duration period();
    }

    interface FieldCheck {
        @WithDefault("0.10")
        double sampleRate();

        @WithDefault("sampark-setu")
        String sampleSeed();

        @WithDefault("0.30")
        double falseClosureThreshold();

        @WithDefault("5")
        int falseClosureMinVerified();

        @WithDefault("500")
        double maxDistanceMetres();

        List<String> verifiers();
    }
}
