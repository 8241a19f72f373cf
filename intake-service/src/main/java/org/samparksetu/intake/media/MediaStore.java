package org.samparksetu.intake.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.intake.IntakeConfig;

import java.io.IOException;
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
        return root().resolve(sha256.substring(0, 2)).resolve(sha256);
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

    public Optional<byte[]> get(String sha256) throws IOException {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = pathOf(sha256);
        return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
