package org.samparksetu.console.shell;

/**
 * What a stored file may be served as to a person's browser, from its first bytes. The services keep the bytes a
 * citizen's phone, an officer or a verifier sent and answer them as bytes only (a file declared "image/jpeg" may be a
 * web page); every page of the console that shows media (the grievance cell's inbox, the Kendra's queue, an officer's
 * complaint) asks this one rule. Photos, voice notes, PDFs and videos are recognised by their signatures and served as
 * themselves; anything else is a download, so no stored file ever runs as a page of the console.
 */
public final class MediaTypeRule {
    public enum Kind { IMAGE, AUDIO, VIDEO, DOCUMENT, DOWNLOAD }

    public record Served(String contentType, Kind kind) {
    }

    public static final Served DOWNLOAD = new Served("application/octet-stream", Kind.DOWNLOAD);

    private MediaTypeRule() {
    }

    public static Served of(byte[] head) {
        byte[] b = head == null ? new byte[0] : head;
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return new Served("image/jpeg", Kind.IMAGE);
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Served("image/png", Kind.IMAGE);
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return new Served("image/webp", Kind.IMAGE);
        }
        if (starts(b, 0, 'O', 'g', 'g', 'S')) {
            return new Served("audio/ogg", Kind.AUDIO);
        }
        if (starts(b, 0, '#', '!', 'A', 'M', 'R')) {
            return new Served("audio/amr", Kind.AUDIO);
        }
        if (starts(b, 0, 'I', 'D', '3') || starts(b, 0, 0xFF, 0xFB) || starts(b, 0, 0xFF, 0xF3)) {
            return new Served("audio/mpeg", Kind.AUDIO);
        }
        if (starts(b, 4, 'f', 't', 'y', 'p') && starts(b, 8, 'M', '4', 'A')) {
            return new Served("audio/mp4", Kind.AUDIO);
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return new Served("video/mp4", Kind.VIDEO);
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return new Served("application/pdf", Kind.DOCUMENT);
        }
        return DOWNLOAD;
    }

    /** A photo's type (image/jpeg, image/png or image/webp), or null when the bytes are not one. */
    public static String imageType(byte[] head) {
        Served served = of(head);
        return served.kind() == Kind.IMAGE ? served.contentType() : null;
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
