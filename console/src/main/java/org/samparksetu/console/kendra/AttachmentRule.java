package org.samparksetu.console.kendra;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one attachment of a queued complaint is shown: the bridge names intake's stored media by their content hash
 * ({@code sha256:<64 hex>}), which the console can open through its media address; anything else (an older kind
 * of reference) is shown as text only, never turned into a link.
 */
public final class AttachmentRule {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private AttachmentRule() {
    }

    public record Attachment(String label, String sha256) {
        public boolean viewable() {
            return sha256 != null;
        }
    }

    public static Attachment of(String reference) {
        String r = reference == null ? "" : reference.strip();
        String hex = r.toLowerCase(Locale.ROOT).startsWith("sha256:") ? r.substring(7).toLowerCase(Locale.ROOT) : r.toLowerCase(Locale.ROOT);
        return isHash(hex) ? new Attachment(hex.substring(0, 12), hex) : new Attachment(r, null);
    }

    /** Only a well-formed hash goes on to intake: the console's media address takes nothing else. */
    public static boolean isHash(String value) {
        return value != null && SHA256.matcher(value).matches();
    }
}
