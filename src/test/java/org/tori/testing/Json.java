package org.tori.testing;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Reads API answers in tests. */
public final class Json {

    private Json() {}

    public static JsonObject parse(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
