package dev.parley.bootstrap;

import dev.parley.domain.shared.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development convenience: a JWT secret generated once into the data directory (mode 0600). */
final class JwtSecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretFile.class);

    private JwtSecretFile() {
    }

    static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.getParent());
            String secret = Secrets.randomToken(48);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("cannot restrict permissions of {}", file);
            }
            LOG.warn("PARLEY_JWT_SECRET is unset: generated a secret into {} (set PARLEY_JWT_SECRET in production)", file);
            return secret.getBytes(StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or create the JWT secret file " + file, failure);
        }
    }
}
