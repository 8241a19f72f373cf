package org.samparksetu.intake.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed media storage in intake's own database ({@code media_object}, keyed by the bytes' sha256), so
 * that every instance reads what any instance stored: the operator who opens a photo, the evidence export, the
 * retention job may each be served by another instance than the one whose webhook worker downloaded it. Storing the
 * same photo twice (a re-delivered webhook, a forwarded image) keeps one row, and a row proves its own integrity.
 *
 * <p>Why bytea in a table rather than PostgreSQL's Large Objects or an S3-compatible store: sizes are bounded (Meta's
 * inbound limits, enforced by {@link #stage} while the download streams: 100 MB for a document, 16 MB for a voice
 * note, 5 MB for a photo); a row's delete takes its bytes with it (retention deletes rows, where a Large Object
 * would need {@code lo_unlink} and its own grants for the app role); the media are backed up and restored with the
 * database they belong to; and nothing more has to run (an S3-compatible API needs a server of its own). Memory stays
 * bounded both ways: a download is staged to a temporary file and inserted from it as a stream
 * ({@code setBinaryStream} with its length), and a reader gets it a slice at a time ({@link #copyTo}), which
 * PostgreSQL serves from the TOAST chunks of that slice alone because the column is stored EXTERNAL (V13).
 *
 * <p>Plain JDBC on a {@link DataSource}, so that any reader on the same database (a second instance, a tool, a test)
 * goes through this same class. Writes commit on their own when no transaction is open (a download is fetched
 * outside any), and join the caller's when one is.
 */
@ApplicationScoped
public class MediaStore {
    /** What is read per statement when a stored file is streamed to its reader. */
    static final int SLICE = 1024 * 1024;
    private static final String SHA256 = "[0-9a-f]{64}";

    DataSource db;

    /** Where downloads are staged while they stream in and are hashed; the system's temporary folder. */
    Path staging = Path.of(System.getProperty("java.io.tmpdir"), "sampark-media-incoming");

    @Inject
    public MediaStore(DataSource db) {
        this.db = db;
    }

    /** What is stored for a hash. */
    public record Stored(String sha256, String contentType, long size) {
    }

    /** Stores the bytes (if not already there) and returns their sha256 in hex. */
    public String put(byte[] bytes) throws IOException {
        return put(bytes, null);
    }

    /** Stores the bytes with their content type (if not already there) and returns their sha256 in hex. */
    public String put(byte[] bytes, String contentType) throws IOException {
        String sha = sha256Hex(bytes);
        if (!has(sha)) {
            insert(sha, contentType, bytes.length, new java.io.ByteArrayInputStream(bytes));
        }
        return sha;
    }

    /**
     * A download written to a temporary file as it is read, hashed on the way: at no point is the whole body in
     * memory (documents may be 100 MB under a 256 MB heap). {@link #keep} inserts it under its content address;
     * {@link #discard()} drops it.
     */
    public final class Staged {
        private final Path tmp;
        private final String sha256;
        private final long size;

        private Staged(Path tmp, String sha256, long size) {
            this.tmp = tmp;
            this.sha256 = sha256;
            this.size = size;
        }

        public String sha256() {
            return sha256;
        }

        public long size() {
            return size;
        }

        Path file() {
            return tmp;
        }

        /** Stores the staged bytes (once: the same bytes already stored are not sent again) and drops the file. */
        public void keep(String contentType) throws IOException {
            try {
                if (!has(sha256)) {
                    try (InputStream in = Files.newInputStream(tmp)) {
                        insert(sha256, contentType, size, in);
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        public void discard() throws IOException {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Streams {@code in} to a temporary file, stopping as soon as more than {@code limit} bytes came (a lying
     * {@code file_size} must neither fill the disk nor the heap): null then, with nothing left behind.
     */
    public Staged stage(InputStream in, long limit) throws IOException {
        Files.createDirectories(staging);
        Path tmp = Files.createTempFile(staging, "media", ".part");
        MessageDigest digest = sha256();
        long total = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    return null;
                }
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(tmp);
            }
        }
        return new Staged(tmp, HexFormat.of().formatHex(digest.digest()), total);
    }

    /** The stored media's type and size, without its bytes; empty when nothing is stored under the hash. */
    public Optional<Stored> find(String sha256) throws IOException {
        if (!wellFormed(sha256)) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "select mime_type, size_bytes from media_object where sha256 = ? and content is not null")) {
            q.setString(1, sha256);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Stored(sha256, r.getString(1), r.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("media store unavailable: " + e.getMessage(), e);
        }
    }

    /** Whether the bytes of this hash are stored. */
    public boolean has(String sha256) throws IOException {
        return find(sha256).isPresent();
    }

    /**
     * Writes the stored bytes to {@code out} a slice at a time, each slice its own short statement on a connection
     * taken for it alone: a slow reader holds no database connection while it reads, and never more than one slice
     * is in memory. Throws when the media is not stored, or goes (retention) while it is being read.
     */
    public void copyTo(String sha256, OutputStream out) throws IOException {
        Stored stored = find(sha256).orElseThrow(() -> new IOException("no stored media " + sha256));
        for (long from = 0; from < stored.size(); from += SLICE) {
            byte[] slice = slice(sha256, from, (int) Math.min(SLICE, stored.size() - from));
            out.write(slice);
        }
        out.flush();
    }

    private byte[] slice(String sha256, long from, int length) throws IOException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "select substring(content from ? for ?) from media_object where sha256 = ?")) {
            q.setInt(1, Math.toIntExact(from + 1)); // SQL counts from one; substring takes int (sizes are far below 2 GB)
            q.setInt(2, length);
            q.setString(3, sha256);
            try (ResultSet r = q.executeQuery()) {
                byte[] bytes = r.next() ? r.getBytes(1) : null;
                if (bytes == null || bytes.length != length) {
                    throw new IOException("stored media " + sha256 + " went while it was being read");
                }
                return bytes;
            }
        } catch (SQLException e) {
            throw new IOException("media store unavailable: " + e.getMessage(), e);
        }
    }

    /** The stored bytes whole, for what must hold them anyway (an evidence export carries them in its JSON). */
    public Optional<byte[]> get(String sha256) throws IOException {
        if (!wellFormed(sha256)) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select content from media_object where sha256 = ? and content is not null")) {
            q.setString(1, sha256);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("media store unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Stores a file already on disk under the hash it must have (a media folder of an earlier version,
     * {@link MediaImport}): hashed as it is read first, and refused (false) when its bytes do not hash to its name.
     */
    boolean putFile(Path file, String expectedSha256) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(expectedSha256)) {
            return false;
        }
        if (!has(expectedSha256)) {
            try (InputStream in = Files.newInputStream(file)) {
                insert(expectedSha256, null, Files.size(file), in);
            }
        }
        return true;
    }

    /**
     * One insert, streamed from {@code in} ({@code size} bytes). A row already there without bytes (written before
     * V13, or as the index of a part) gets them; one with bytes is left as it is, so two instances storing the same
     * bytes at once both succeed and one row remains.
     */
    private void insert(String sha256, String contentType, long size, InputStream in) throws IOException {
        try (Connection c = db.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into media_object (sha256, mime_type, size_bytes, content) values (?, ?, ?, ?)
                     on conflict (sha256) do update set content = excluded.content, size_bytes = excluded.size_bytes,
                       mime_type = coalesce(media_object.mime_type, excluded.mime_type)
                     where media_object.content is null""")) {
            insert.setString(1, sha256);
            insert.setString(2, contentType);
            insert.setLong(3, size);
            // with its length, the driver sends the stream as it reads it instead of buffering it first
            insert.setBinaryStream(4, in, size);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("media store unavailable: " + e.getMessage(), e);
        }
    }

    private static boolean wellFormed(String sha256) {
        return sha256 != null && sha256.matches(SHA256);
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether WhatsApp's {@code sha256} matches our hex hash. Captured webhooks carry it base64-encoded, Meta's
     * documentation shows hex: both are accepted.
     */
    public static boolean matches(String declared, String hex) {
        if (declared == null || declared.isBlank()) {
            return true; // nothing to check against
        }
        String d = declared.trim();
        if (d.equalsIgnoreCase(hex)) {
            return true;
        }
        try {
            return HexFormat.of().formatHex(Base64.getDecoder().decode(d)).equals(hex);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
