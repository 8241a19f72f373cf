package org.samparksetu.web.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs evidence exports with the service's own Ed25519 key (JDK crypto), so an export proves it came from this
 * service unchanged: unlike the webhook's HMAC, whose secret the district shares with Meta, only the service holds
 * this key and anyone holding the public key can check it. The key is base64 PKCS#8 from
 * {@code SAMPARK_EVIDENCE_SIGNING_KEY} ({@code sampark.evidence.signing-key}) or the file named by
 * {@code sampark.evidence.signing-key-file}; deploy/lib.sh makes one under {@code .local/}.
 */
@ApplicationScoped
public class EvidenceSigner {
    private static final Logger LOG = Logger.getLogger(EvidenceSigner.class);

    @ConfigProperty(name = "sampark.evidence.signing-key")
    Optional<String> key;
    @ConfigProperty(name = "sampark.evidence.signing-key-file")
    Optional<String> keyFile;

    private volatile Keys keys;

    record Keys(PrivateKey privateKey, PublicKey publicKey) {
    }

    /** The public key (base64 X.509) that checks this service's exports. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys().publicKey().getEncoded());
    }

    public String sign(byte[] canonical) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys().privateKey());
            s.update(canonical);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the evidence signing key cannot sign", e);
        }
    }

    /**
     * The signed document {@code {"evidence": ..., "signature": {...}}} that {@link EvidenceVerifier} checks. The evidence
     * is written and read back before it is signed, so the signed tree is exactly the one a reader of the file gets (a
     * number or a time cannot read back differently from how it was signed).
     */
    public com.fasterxml.jackson.databind.node.ObjectNode signedDocument(com.fasterxml.jackson.databind.ObjectMapper json,
                                                                         Object evidence) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = json.readTree(json.writeValueAsBytes(evidence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        com.fasterxml.jackson.databind.node.ObjectNode signature = json.createObjectNode();
        signature.put("algorithm", "Ed25519");
        signature.put("covers", "evidence, as canonical JSON: object keys sorted, no whitespace, UTF-8");
        signature.put("publicKey", publicKeyBase64());
        signature.put("value", sign(CanonicalJson.bytes(tree)));
        com.fasterxml.jackson.databind.node.ObjectNode document = json.createObjectNode();
        document.set("evidence", tree);
        document.set("signature", signature);
        return document;
    }

    private Keys keys() {
        Keys k = keys;
        if (k == null) {
            String encoded = key.filter(s -> !s.isBlank()).orElseGet(() -> keyFile.filter(s -> !s.isBlank())
                    .map(EvidenceSigner::read).orElse(null));
            if (encoded == null) {
                LOG.error("no evidence signing key: set SAMPARK_EVIDENCE_SIGNING_KEY or sampark.evidence.signing-key-file");
                throw new ApiException(503, "evidence exports are signed, and this service has no signing key yet: "
                        + "set SAMPARK_EVIDENCE_SIGNING_KEY (deploy/up makes one under .local/)");
            }
            k = keys = load(encoded.strip());
        }
        return k;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence signing key file " + file + " cannot be read", e);
        }
    }

    static Keys load(String base64Pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8)));
            return new Keys(privateKey, publicOf((EdECPrivateKey) privateKey));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the evidence signing key is not a base64 PKCS#8 Ed25519 key", e);
        }
    }

    /**
     * The public key of a private one. The JDK has no call for it, but its generator turns 32 random bytes into the
     * pair: hand it the private key's own seed as the "random" bytes and it derives the matching public key.
     */
    private static PublicKey publicOf(EdECPrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = privateKey.getBytes().orElseThrow(() -> new GeneralSecurityException("the private key has no seed"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        });
        KeyPair pair = generator.generateKeyPair();
        if (!java.util.Arrays.equals(pair.getPrivate().getEncoded(), privateKey.getEncoded())) {
            throw new GeneralSecurityException("the public key could not be derived from the private key");
        }
        return pair.getPublic();
    }
}
