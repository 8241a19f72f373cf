package org.samparksetu.verification.officer;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;

/** Who is asking: an officer carries the role {@code department:<CODE>}; the collector sees every department. */
public final class Officers {
    public static final String COLLECTOR = "collector";
    public static final String OFFICER = "officer";
    public static final String VERIFIER = "verifier";
    /** The district grievance cell, as in the other services' operator APIs. */
    public static final String GRIEVANCE_CELL = "operator";
    static final String DEPARTMENT_ROLE = "department:";

    private Officers() {
    }

    /** The officer's department, empty for the collector (who may see all). */
    public static Optional<String> department(SecurityIdentity identity) {
        return identity.getRoles().stream().filter(r -> r.startsWith(DEPARTMENT_ROLE))
                .map(r -> r.substring(DEPARTMENT_ROLE.length())).findFirst();
    }

    public static boolean maySee(SecurityIdentity identity, String departmentCode) {
        if (identity.hasRole(COLLECTOR)) {
            return true;
        }
        return department(identity).map(d -> d.equals(departmentCode)).orElse(false);
    }
}
