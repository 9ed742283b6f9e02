package org.sanxiang.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The office's Ed25519 key (JDK provider) for signing checkpoints. The key file holds two Base64
 * lines, the PKCS#8 private key and the X.509 public key; it is generated on first use when missing.
 */
final class CheckpointKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static CheckpointKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Path temp = Files.createTempFile(dir, "key-", ".tmp");
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: rely on the directory's permissions
                }
                Files.writeString(temp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                        + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
                try {
                    // a link, not a rename: two nodes creating the key on a shared mount at once must not both
                    // win (a rename replaces); the second finds the first's key and uses it
                    Files.createLink(file, temp);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another node was first
                } catch (UnsupportedOperationException e) {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new CheckpointKey(
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).trim()))),
                    factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1).trim()))));
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("checkpoint key " + file, e);
        }
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** Checks a signature against the given X.509 public key (Base64). */
    static boolean verify(String text, String signatureBase64, String publicKeyBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
