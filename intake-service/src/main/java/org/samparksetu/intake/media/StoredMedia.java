package org.samparksetu.intake.media;

/**
 * The outcome of fetching one media item at intake time: its content hash (sha256, hex) and size when stored,
 * or why it was not (too large, hash mismatch, download failed). The WhatsApp media id is kept either way.
 */
public record StoredMedia(String sha256, Long size, String mimeType, String error) {

    public static StoredMedia failed(String error) {
        return new StoredMedia(null, null, null, error);
    }
}
