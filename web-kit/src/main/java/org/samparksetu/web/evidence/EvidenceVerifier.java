package org.samparksetu.web.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Checks an evidence export offline, with nothing but the file and the service's public key
 * ({@code deploy/evidence-verify <export.json> <public-key>}): the Ed25519 signature over the canonical JSON of
 * {@code evidence}, every media file's bytes against its SHA-256, and every cited archive row's chain hash against
 * its fields. Prints {@code ok} and exits 0, or one line per problem and exits 1 (2 for a usage error).
 */
public final class EvidenceVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceVerifier() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: evidence-verify <export.json> <public-key-file (base64 X.509, as deploy/up writes"
                    + " .local/evidence-signing.pub)>");
            System.exit(2);
        }
        List<String> problems;
        try {
            problems = verify(Files.readAllBytes(Path.of(args[0])), Files.readString(Path.of(args[1])));
        } catch (IOException e) {
            System.err.println("cannot read " + e.getMessage());
            System.exit(2);
            return;
        }
        if (problems.isEmpty()) {
            System.out.println("ok");
            System.exit(0);
        }
        problems.forEach(p -> System.out.println("FAILED: " + p));
        System.exit(1);
    }

    /** What is wrong with the export; empty when it verifies. */
    public static List<String> verify(byte[] export, String publicKeyBase64) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(export);
        } catch (IOException e) {
            return List.of("the export is not JSON: " + e.getMessage());
        }
        JsonNode evidence = root == null ? null : root.get("evidence");
        JsonNode signature = root == null ? null : root.get("signature");
        if (evidence == null || signature == null) {
            return List.of("the export has no 'evidence' and 'signature'");
        }
        if (!"Ed25519".equals(signature.path("algorithm").asText())) {
            problems.add("the signature algorithm is not Ed25519");
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64.strip())));
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(CanonicalJson.bytes(evidence));
            if (!check.verify(Base64.getDecoder().decode(signature.path("value").asText()))) {
                problems.add("the signature does not match the evidence: it was changed after it was signed, or "
                        + "signed with another key");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add("the signature cannot be checked: " + e.getMessage());
        }
        for (JsonNode media : evidence.path("media")) {
            if (media.hasNonNull("bytesBase64")) {
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(media.get("bytesBase64").asText());
                } catch (IllegalArgumentException e) {
                    problems.add("media " + media.path("mediaSha256").asText() + ": its bytes are not base64");
                    continue;
                }
                if (!EvidenceHashes.sha256(bytes).equals(media.path("mediaSha256").asText())) {
                    problems.add("media " + media.path("mediaSha256").asText() + ": the bytes do not have this SHA-256");
                }
            }
        }
        for (JsonNode webhook : evidence.path("webhooks")) {
            long id = webhook.path("webhookId").asLong();
            try {
                String expected = EvidenceHashes.rowHash(webhook.path("prevHash").isNull() ? null : webhook.path("prevHash").asText(null),
                        webhook.path("bodySha256").asText(), Instant.parse(webhook.path("receivedAt").asText()), id);
                if (!expected.equals(webhook.path("rowHash").asText())) {
                    problems.add("archived webhook " + id + ": its chain hash does not match its body hash, time and id");
                }
            } catch (DateTimeParseException e) {
                problems.add("archived webhook " + id + ": the receive time is not an instant");
            }
        }
        return problems;
    }
}
