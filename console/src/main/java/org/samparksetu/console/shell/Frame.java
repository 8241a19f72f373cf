package org.samparksetu.console.shell;

import java.util.List;

/**
 * What every page's frame (templates/layout.html) shows: who is signed in, the navigation their roles open, and the
 * language switch back to the same page.
 *
 * @param path the page's own path, for the active menu entry and the language switch's way back
 */
public record Frame(String language, String otherLanguage, String user, String roles, List<NavItem> nav, String path) {

    public record NavItem(String path, String label, boolean active) {
    }
}
