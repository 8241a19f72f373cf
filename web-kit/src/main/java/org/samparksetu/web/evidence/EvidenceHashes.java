package org.samparksetu.web.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hashes an export and the archive chain are checked with, written once so that the service, the database's
 * chain trigger ({@code V12__evidence_chain_and_retention.sql}) and the offline verifier compute the same bytes.
 */
public final class EvidenceHashes {
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EvidenceHashes() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receive time as the chain hashes it: UTC, to the microsecond (PostgreSQL's precision). */
    public static String timeText(Instant t) {
        return MICROS.format(t.truncatedTo(ChronoUnit.MICROS));
    }

    /** {@code sha256(prev_hash | body_sha256 | received_at | id)}, as the archive's insert trigger computes it. */
    public static String rowHash(String prevHash, String bodySha256, Instant receivedAt, long id) {
        String text = (prevHash == null ? "" : prevHash) + "|" + bodySha256 + "|" + timeText(receivedAt) + "|" + id;
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
