package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 8: the H2 database file is the owner's only. */
@Tag("no-db")
class H2FilePermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void theDatabaseDirectoryIsCreatedOwnerOnlyAndItsFilesAre0600() throws Exception {
        Path dir = tmp.resolve("data");
        String url = "jdbc:h2:file:" + dir.resolve("sanxiang") + ";MODE=MySQL";
        H2FilePermissions.secure(url); // before the database opens, as at start-up
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (id INT)");
        }
        H2FilePermissions.secure(url); // after the start
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        Path file = dir.resolve("sanxiang.mv.db");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void readsTheFilePathOfAnH2FileUrlOnly() {
        assertThat(H2FilePermissions.databasePath("jdbc:h2:file:./data/sanxiang;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo(Path.of("data/sanxiang").toAbsolutePath());
        assertThat(H2FilePermissions.databasePath("jdbc:h2:mem:x;MODE=MySQL")).isNull();
        assertThat(H2FilePermissions.databasePath("jdbc:mysql://127.0.0.1:3306/sanxiang")).isNull();
        assertThat(H2FilePermissions.databasePath(null)).isNull();
    }
}
