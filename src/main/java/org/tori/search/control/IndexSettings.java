package org.tori.search.control;

import co.elastic.clients.json.JsonData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

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
        return with(settingsFile, settings -> {
            shards.ifPresent(n -> settings.add("number_of_shards", n));
            replicas.ifPresent(n -> settings.add("number_of_replicas", n));
        });
    }

    /**
     * The settings for a bulk load into a new index: no refresh and no replica until it is loaded
     * (Elasticsearch then writes each document once and builds no segments nobody searches).
     */
    public static InputStream forLoad(InputStream settingsFile) throws IOException {
        return with(settingsFile, settings -> {
            settings.add("refresh_interval", "-1");
            settings.add("number_of_replicas", 0);
        });
    }

    /**
     * What a loaded index gets back of its settings file: its replicas and refresh interval, and
     * Elasticsearch's defaults for those it does not name (a null interval resets the setting).
     */
    public static co.elastic.clients.elasticsearch.indices.IndexSettings afterLoad(InputStream settingsFile) {
        JsonObject settings;
        try (var reader = Json.createReader(settingsFile)) {
            settings = reader.readObject().getJsonObject("settings");
        }
        var named = settings == null ? JsonObject.EMPTY_JSON_OBJECT : settings;
        var replicas = named.getOrDefault("number_of_replicas", Json.createValue("1"));
        var interval = named.getOrDefault("refresh_interval", JsonValue.NULL);
        return co.elastic.clients.elasticsearch.indices.IndexSettings.of(
                s -> s.numberOfReplicas(replicas instanceof JsonString text ? text.getString() : replicas.toString())
                        .otherSettings("refresh_interval", JsonData.of(interval)));
    }

    private static InputStream with(InputStream settingsFile, Consumer<JsonObjectBuilder> change) {
        JsonObject file;
        try (var reader = Json.createReader(settingsFile)) {
            file = reader.readObject();
        }
        var settings = Json.createObjectBuilder(
                file.getJsonObject("settings") == null ? JsonObject.EMPTY_JSON_OBJECT : file.getJsonObject("settings"));
        change.accept(settings);
        var out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(
                    Json.createObjectBuilder(file).add("settings", settings).build());
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
