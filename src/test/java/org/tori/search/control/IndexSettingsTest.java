package org.tori.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

    @Test
    void configuredReplicasAndShardsReplaceThoseOfSearchConfigAndKeepTheMappings() throws IOException {
        var file = Files.readString(Path.of("search-config/spaces.json"));
        var result = read(IndexSettings.withCounts(stream(file), Optional.of(2), Optional.of(1)));
        assertEquals(2, result.getJsonObject("settings").getInt("number_of_shards"));
        assertEquals(1, result.getJsonObject("settings").getInt("number_of_replicas"));
        assertEquals(read(stream(file)).getJsonObject("mappings"), result.getJsonObject("mappings"));
    }

    @Test
    void onlyReplicasConfiguredKeepsTheShardsOfSearchConfig() throws IOException {
        var file = Files.readString(Path.of("search-config/profiles.json"));
        var result = read(IndexSettings.withCounts(stream(file), Optional.empty(), Optional.of(1)));
        assertEquals(
                read(stream(file)).getJsonObject("settings").getInt("number_of_shards"),
                result.getJsonObject("settings").getInt("number_of_shards"));
        assertEquals(1, result.getJsonObject("settings").getInt("number_of_replicas"));
    }

    @Test
    void nothingConfiguredLeavesTheFileAsItIs() throws IOException {
        var original = stream("{}");
        assertSame(original, IndexSettings.withCounts(original, Optional.empty(), Optional.empty()));
    }

    @Test
    void aLoadStartsWithoutRefreshOrReplicaAndKeepsTheAnalysis() throws IOException {
        var file = Files.readString(Path.of("search-config/knowledge.json"));
        var result = read(IndexSettings.forLoad(stream(file)));
        assertEquals("-1", result.getJsonObject("settings").getString("refresh_interval"));
        assertEquals(0, result.getJsonObject("settings").getInt("number_of_replicas"));
        assertEquals(
                read(stream(file)).getJsonObject("settings").get("analysis"),
                result.getJsonObject("settings").get("analysis"));
        assertEquals(read(stream(file)).getJsonObject("mappings"), result.getJsonObject("mappings"));
    }

    @Test
    void aLoadedIndexGetsItsReplicasBackAndTheDefaultRefreshInterval() {
        var restored = IndexSettings.afterLoad(stream("{\"settings\": {\"number_of_replicas\": 2}}"));
        var sent = Json.createReader(new StringReader(JsonpUtils.toJsonString(restored, new JacksonJsonpMapper())))
                .readObject();
        assertEquals("2", sent.getString("number_of_replicas"));
        assertTrue(sent.containsKey("refresh_interval"));
        assertEquals(JsonValue.NULL, sent.get("refresh_interval"));
    }

    @Test
    void aLoadedIndexWithoutNamedReplicasGetsElasticsearchsDefaultOfOne() {
        var restored = IndexSettings.afterLoad(stream("{\"settings\": {\"refresh_interval\": \"5s\"}}"));
        var sent = Json.createReader(new StringReader(JsonpUtils.toJsonString(restored, new JacksonJsonpMapper())))
                .readObject();
        assertEquals("1", sent.getString("number_of_replicas"));
        assertEquals("5s", sent.getString("refresh_interval"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject read(InputStream in) {
        try (var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
