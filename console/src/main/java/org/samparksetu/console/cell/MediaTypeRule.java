package org.samparksetu.console.cell;

/**
 * What a stored photo or voice note may be served as to the operator's browser. intake keeps the bytes a citizen's
 * phone sent and answers them as a download only (a file declared "image/jpeg" may be a web page); the console looks
 * at the bytes themselves and lets through only the picture and sound formats WhatsApp sends, by their signature.
 * Anything else stays a download, never shown inline.
 */
public final class MediaTypeRule {
    public enum Kind { IMAGE, AUDIO, DOWNLOAD }

    public record Served(String contentType, Kind kind) {
    }

    static final Served DOWNLOAD = new Served("application/octet-stream", Kind.DOWNLOAD);

    private MediaTypeRule() {
    }

    public static Served of(byte[] head) {
        if (head == null) {
            return DOWNLOAD;
        }
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return new Served("image/jpeg", Kind.IMAGE);
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Served("image/png", Kind.IMAGE);
        }
        if (starts(head, 0, 'R', 'I', 'F', 'F') && starts(head, 8, 'W', 'E', 'B', 'P')) {
            return new Served("image/webp", Kind.IMAGE);
        }
        if (starts(head, 0, 'O', 'g', 'g', 'S')) {
            return new Served("audio/ogg", Kind.AUDIO);
        }
        if (starts(head, 0, '#', '!', 'A', 'M', 'R')) {
            return new Served("audio/amr", Kind.AUDIO);
        }
        if (starts(head, 0, 'I', 'D', '3') || starts(head, 0, 0xFF, 0xFB) || starts(head, 0, 0xFF, 0xF3)) {
            return new Served("audio/mpeg", Kind.AUDIO);
        }
        if (starts(head, 4, 'f', 't', 'y', 'p') && starts(head, 8, 'M', '4', 'A')) {
            return new Served("audio/mp4", Kind.AUDIO);
        }
        return DOWNLOAD;
    }

    private static boolean starts(byte[] bytes, int at, int... expected) {
        if (bytes.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
