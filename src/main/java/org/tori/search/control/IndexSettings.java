package org.tori.search.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Shards and replicas of an index: search-config/ gives the defaults (one shard, no replica, right
 * for one node); configuration overrides them per installation, so a two-node cluster runs with
 * TORI_SEARCH_REPLICAS=1 without editing the mappings.
 */
public final class IndexSettings {

    private IndexSettings() {}

    /** The settings file with number_of_shards / number_of_replicas replaced by those configured. */
    public static InputStream withCounts(InputStream settingsFile, Optional<Integer> shards, Optional<Integer> replicas)
            throws IOException {
        if (shards.isEmpty() && replicas.isEmpty()) {
            return settingsFile;
        }
        JsonObject file;
        try (var reader = Json.createReader(settingsFile)) {
            file = reader.readObject();
        }
        var settings = Json.createObjectBuilder(
                file.getJsonObject("settings") == null ? JsonObject.EMPTY_JSON_OBJECT : file.getJsonObject("settings"));
        shards.ifPresent(n -> settings.add("number_of_shards", n));
        replicas.ifPresent(n -> settings.add("number_of_replicas", n));
        var out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(
                    Json.createObjectBuilder(file).add("settings", settings).build());
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
