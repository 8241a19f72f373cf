package org.samparksetu.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
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

    /**
     * The key of the random field-check sample's HMAC (see {@code RandomSampleRule}). Set only by the dev and test
     * profiles; a production run refuses to start without the district's own (environment variable
     * {@code SAMPARK_VERIFICATION_SAMPLE_SECRET}).
     */
    java.util.Optional<String> sampleSecret();

    interface Deadline {
        @WithDefault("P30D")
        Duration defaultLimit();

        /** By department code, or {@code CODE.subject}; the more specific wins. */
        Map<String, Duration> limits();

        @WithDefault("P7D")
        Duration levelLimit();

        /** The time at each level above L1, by department code where a department's differs from {@code levelLimit}. */
        Map<String, Duration> levelLimits();

        /** The department's time at each level above L1. */
        default Duration levelLimitFor(String departmentCode) {
            return departmentCode != null && levelLimits().containsKey(departmentCode)
                    ? levelLimits().get(departmentCode) : levelLimit();
        }

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

        @WithDefault("0.30")
        double falseClosureThreshold();

        @WithDefault("5")
        int falseClosureMinVerified();

        /** How close to the citizen's pin the evidence must be. */
        @WithDefault("500")
        double maxDistanceMetres();

        /** Without a pin: how close to a village's centroid (a village's houses and dhanis spread around it). */
        @WithDefault("3000")
        double villageRadiusMetres();

        @WithDefault("4000")
        double censusTownRadiusMetres();

        /** A municipal town's centre (ULB): a town spreads further than a village. */
        @WithDefault("6000")
        double townRadiusMetres();

        /** The field verifiers' directory file; unset: the one bundled with the service. */
        java.util.Optional<String> directory();

        /** How long a verifier has to visit before the check goes to the grievance cell as overdue. */
        @WithDefault("P7D")
        Duration visitWithin();

        /** How long the grievance cell has to review a flagged check before it is sent to another verifier. */
        @WithDefault("P3D")
        Duration reviewWithin();
    }
}
