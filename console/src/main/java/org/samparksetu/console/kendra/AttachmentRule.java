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

    /**
     * The content type the console answers a stored file with, from its first bytes: intake keeps no trusted type (a
     * phone declares whatever it likes) and answers every file as bytes. Photos, voice notes, PDFs and MP4 videos are
     * recognised by their signatures and shown as themselves; anything else is a download, so no stored file is ever
     * run as a page of the console.
     */
    public static String servedAs(byte[] bytes) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (starts(b, 0, 'O', 'g', 'g', 'S')) {
            return "audio/ogg";
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return "video/mp4";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] bytes, int at, int... signature) {
        if (bytes.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[at + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
