package org.samparksetu.console.kendra;

import java.util.regex.Pattern;

/**
 * What the Sampark Kendra operator may record as the portal's grievance ID: the 13 or 14 digits the portal showed,
 * leading zeros kept (so it stays text). Spaces the operator typed around or inside it while copying are dropped;
 * anything else (letters, dashes, too short or long) is refused before the bridge is asked, which checks the same.
 */
public final class GrievanceIdRule {
    private static final Pattern GRIEVANCE_ID = Pattern.compile("[0-9]{13,14}");

    private GrievanceIdRule() {
    }

    /** The ID to send, or null when {@code typed} is not one. */
    public static String check(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String id = typed.replace(" ", "").replace("\u00a0", "").strip();
        return GRIEVANCE_ID.matcher(id).matches() ? id : null;
    }
}
