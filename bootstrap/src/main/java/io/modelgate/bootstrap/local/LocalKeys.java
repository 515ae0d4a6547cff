package io.modelgate.bootstrap.local;

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
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The local mode's signing key: an RSA key pair generated on first use into the data directory
 * (never committed, readable by the owner only) and reused afterwards.
 */
public final class LocalKeys {

    public static final String FILE = "local-signing-key.pem";

    private final KeyPair keyPair;

    private LocalKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** Where the key of a data directory is kept. */
    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve("keys").resolve(FILE);
    }

    public static LocalKeys loadOrCreate(Path dataDirectory) {
        Path file = file(dataDirectory);
        try {
            if (Files.exists(file)) {
                return new LocalKeys(read(file));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.getParent());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(file, pem);
            ownerOnly(file);
            return new LocalKeys(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local signing key in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create or read the local signing key " + file, e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** The public key as quarkus.oidc.public-key expects it: base64 of the X.509 encoding. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        PublicKey publicKey = factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the directory's own permissions apply.
        }
    }
}
