package org.tori.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that reached main has run on somebody's database; Flyway refuses to start when its text
 * changes afterwards. The released ones are listed with their SHA-256 in {@code released-migrations.sha256}.
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/released-migrations.sha256");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void noReleasedMigrationChangedOrDisappeared() throws IOException {
        var onDisk = onDisk();
        var problems = new ArrayList<String>();
        released().forEach((file, hash) -> {
            if (!onDisk.containsKey(file)) {
                problems.add(file + " was released and is gone: put it back");
            } else if (!onDisk.get(file).equals(hash)) {
                problems.add(
                        file + " was released and its text changed: restore it and write the change as a new version");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMigrationIsListedOnceItsVersionIsUnique() throws IOException {
        var released = released();
        var versions = new HashMap<Integer, String>();
        var problems = new ArrayList<String>();
        for (var file : onDisk().keySet()) {
            var name = NAME.matcher(file);
            if (!name.matches()) {
                problems.add(file + " is not named V<version>__<lower_case_words>.sql");
                continue;
            }
            var other = versions.put(Integer.parseInt(name.group(1)), file);
            if (other != null) {
                problems.add(file + " has the version of " + other);
            }
            if (!released.containsKey(file)) {
                problems.add(file + " is new: add its line to " + RELEASED + " (see the file's head)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theListItselfIsWellFormed() throws IOException {
        assertTrue(released().size() >= 25, "the list holds the migrations released so far");
    }

    private static Map<String, String> released() throws IOException {
        var listed = new TreeMap<String, String>();
        for (var line : Files.readAllLines(RELEASED)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var parts = line.trim().split("\\s+\\*?", 2);
            listed.put(parts[1], parts[0]);
        }
        return listed;
    }

    private static Map<String, String> onDisk() throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> list = Files.list(MIGRATIONS)) {
            for (var path : list.toList()) {
                files.put(path.getFileName().toString(), sha256(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
