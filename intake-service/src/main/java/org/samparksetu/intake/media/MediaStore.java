package org.samparksetu.intake.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.intake.IntakeConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed media storage in a folder: a file's name is its sha256, so storing the same photo twice
 * (a re-delivered webhook, a forwarded image) writes it once, and a stored file proves its own integrity.
 */
@ApplicationScoped
public class MediaStore {

    @Inject
    IntakeConfig config;

    public Path root() {
        return Path.of(config.media().dir());
    }

    public Path pathOf(String sha256) {
        return pathOf(root(), sha256);
    }

    static Path pathOf(Path root, String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Stores the bytes (if not already there) and returns their sha256 in hex. */
    public String put(byte[] bytes) throws IOException {
        String sha = sha256Hex(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return sha;
    }

    /**
     * A download written to a temporary file as it is read, hashed on the way: at no point is the whole body in
     * memory (documents may be 100 MB). {@link #keep()} moves it to its content address; {@link #discard()} drops it.
     */
    public static final class Staged {
        private final Path root;
        private final Path tmp;
        private final String sha256;
        private final long size;

        private Staged(Path root, Path tmp, String sha256, long size) {
            this.root = root;
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

        public void keep() throws IOException {
            Path target = pathOf(root, sha256);
            if (Files.exists(target)) {
                Files.deleteIfExists(tmp);
                return;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
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
        return stage(root(), in, limit);
    }

    static Staged stage(Path root, InputStream in, long limit) throws IOException {
        Path dir = root.resolve("incoming");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "media", ".part");
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
        return new Staged(root, tmp, HexFormat.of().formatHex(digest.digest()), total);
    }

    /** The stored file, to be streamed to its reader rather than read whole. */
    public Optional<Path> file(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = pathOf(sha256);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    public Optional<byte[]> get(String sha256) throws IOException {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = pathOf(sha256);
        return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
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
