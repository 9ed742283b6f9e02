package org.sanxiang.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The H2 database files (the default profile's {@code ./data/}) are the owner's only (issue 15, finding 8): the
 * directory is created {@code 0700} before the database opens, so a file H2 creates in it is never readable by
 * another account (a directory that already exists keeps its mode), and the database's files in it are set
 * to {@code 0600} before and after the start. Only for a file
 * database ({@code jdbc:h2:file:}) on a POSIX file system; nothing happens otherwise.
 */
@Component
public class H2FilePermissions implements EnvironmentPostProcessor, ApplicationRunner {

    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Environment environment;

    /** As an environment post-processor (spring.factories): before any bean, so before the database opens. */
    public H2FilePermissions() {
        this.environment = null;
    }

    @org.springframework.beans.factory.annotation.Autowired
    H2FilePermissions(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        secure(env.getProperty("spring.datasource.url"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment != null) {
            secure(environment.getProperty("spring.datasource.url"));
        }
    }

    /** The database path of a {@code jdbc:h2:file:} URL (without the {@code .mv.db}); null for any other URL. */
    static Path databasePath(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:file:", 0, 13)) {
            return null;
        }
        String path = url.substring(13);
        int semicolon = path.indexOf(';');
        path = semicolon < 0 ? path : path.substring(0, semicolon);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? null : Path.of(path).toAbsolutePath().normalize();
    }

    /** Creates the database's directory owner-only (or makes it so) and its files owner-read-write. */
    static void secure(String url) {
        Path db = databasePath(url);
        if (db == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path dir = db.getParent();
        try {
            if (Files.notExists(dir)) {
                // created owner-only; an existing directory (it may be the working directory) is left as it is
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                Files.setPosixFilePermissions(dir, OWNER_DIRECTORY);
            }
            String prefix = db.getFileName().toString() + ".";
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
                for (Path f : files) {
                    if (Files.isRegularFile(f)) {
                        Files.setPosixFilePermissions(f, OWNER_FILE);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database files at " + dir + " owner-only", e);
        }
    }
}
