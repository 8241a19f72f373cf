package org.samparksetu.console.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The console's pages and who sees each in the navigation: a page appears for a person holding one of its roles
 * (a Keycloak realm role of realm sampark), the start page for everyone signed in. Later pages (the grievance cell's
 * queues, an officer's complaints, a verifier's field checks, the collector's dashboard) join this table.
 */
public final class NavigationRule {
    private NavigationRule() {
    }

    public enum Page {
        HOME("/", "nav_home", Set.of()),
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
