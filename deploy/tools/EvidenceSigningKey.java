import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Makes the Ed25519 key pair intake signs evidence exports with (JDK only, no openssl): the private key as base64
 * PKCS#8 in {@code <private-file>} (readable by the owner only), the public key as base64 X.509 in
 * {@code <public-file>}, which is what {@code deploy/evidence-verify} checks an export against.
 * Usage: java deploy/tools/EvidenceSigningKey.java <private-file> <public-file>
 */
public class EvidenceSigningKey {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java EvidenceSigningKey.java <private-file> <public-file>");
            System.exit(2);
        }
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path priv = Path.of(args[0]);
        Files.deleteIfExists(priv);
        Files.createFile(priv, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(priv, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
        Files.writeString(Path.of(args[1]), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
    }
}
