package org.samparksetu.intake.media;

/**
 * The outcome of fetching one media item at intake time: its content hash (sha256, hex) and size when stored,
 * or why it was not (too large, hash mismatch, download failed). The WhatsApp media id is kept either way.
 *
 * @param retryable the failure may pass (Graph 5xx, timeout): worth fetching again by media id later
 */
public record StoredMedia(String sha256, Long size, String mimeType, String error, boolean retryable) {

    public StoredMedia(String sha256, Long size, String mimeType, String error) {
        this(sha256, size, mimeType, error, false);
    }

    public static StoredMedia failed(String error) {
        return new StoredMedia(null, null, null, error, false);
    }

    public static StoredMedia retryable(String error) {
        return new StoredMedia(null, null, null, error, true);
    }

    public boolean stored() {
        return sha256 != null;
    }
}
