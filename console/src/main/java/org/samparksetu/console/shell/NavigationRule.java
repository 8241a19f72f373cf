package org.samparksetu.console.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The console's pages and who sees each in the navigation: a page appears for a person holding one of its roles
 * (a Keycloak realm role of realm sampark), the start page for everyone signed in. The order is the navigation's;
 * a person lands on the first working page their roles open. The services check the same roles again on every call.
 */
public final class NavigationRule {
    private NavigationRule() {
    }

    public enum Page {
        HOME("/", "nav_home", Set.of()),
        /** The grievance cell's one inbox: triage, transcription, quarantine, flagged field checks, failing deliveries. */
        CELL("/cell", "nav_cell", Set.of("grievance-cell")),
        /** The Sampark Kendra's entry queue, transfers and closures to do on the portal. */
        KENDRA("/kendra", "nav_kendra", Set.of("sampark-kendra")),
        /** A walk-in's or a caller's complaint typed in by an operator. */
        INTAKE("/intake", "nav_intake", Set.of("grievance-cell", "sampark-kendra")),
        /** Blocked numbers and false-case flags, with their reasons. */
        BLOCKLIST("/blocklist", "nav_blocklist", Set.of("grievance-cell")),
        /** A department officer's complaints, action-taken reports and interim replies. */
        OFFICER("/officer", "nav_officer", Set.of("officer")),
        /** A field verifier's assigned checks, phone-sized. */
        FIELD("/field", "nav_field", Set.of("verifier")),
        /** The collector's and ADM's district view: pendency, SLA, ranking, L4 escalation, exports. */
        COLLECTOR("/collector", "nav_collector", Set.of("collector")),
        /** The authorised officer's evidence export for one number. */
        EVIDENCE("/evidence", "nav_evidence", Set.of("evidence-officer")),
        OPS("/ops", "nav_ops", Set.of("ops"));

        public final String path;
        /** The key of the page's name in the message bundle. */
        public final String label;
        /** Empty: everyone signed in. */
        public final Set<String> roles;

        Page(String path, String label, Set<String> roles) {
            this.path = path;
            this.label = label;
            this.roles = roles;
        }

        public boolean openTo(Set<String> held) {
            return roles.isEmpty() || roles.stream().anyMatch(held::contains);
        }
    }

    /** The pages this person may open, in the navigation's order. */
    public static List<Page> pagesFor(Set<String> roles) {
        return Arrays.stream(Page.values()).filter(p -> p.openTo(roles)).toList();
    }

    /** Where "/" takes a person: their first working page, or the start page when they have none yet. */
    public static Page landing(Set<String> roles) {
        return pagesFor(roles).stream().filter(p -> p != Page.HOME).findFirst().orElse(Page.HOME);
    }
}
