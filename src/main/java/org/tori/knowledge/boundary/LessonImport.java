package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;

/**
 * Reads an import file (a JSON array of lessons, or {"lessons": [...]}) record by record, each in
 * its own transaction: a broken record is reported with its reason and the others still go in.
 */
@ApplicationScoped
public class LessonImport {

    public record Problem(int index, String externalId, String field, String reason) {}

    public record Report(int created, int updated, List<Problem> errors) {}

    private static final Jsonb JSONB = JsonbBuilder.create();
    public static final int MAX_RECORDS = 5000;
    /** Records per transaction on the fast path; a chunk with a broken record is redone one by one. */
    static final int CHUNK = 100;

    @Inject
    Lessons lessons;

    public Report run(String body, Reader importer) {
        if (!importer.staff()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "lesson.forbidden");
        }
        JsonArray records;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            var value = reader.readValue();
            records = value.getValueType() == JsonValue.ValueType.ARRAY
                    ? value.asJsonArray()
                    : value.asJsonObject().getJsonArray("lessons");
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new DomainException(DomainException.Kind.INVALID, "lesson.import.unreadable", "file");
        }
        if (records == null) {
            throw new DomainException(DomainException.Kind.INVALID, "lesson.import.unreadable", "file");
        }
        if (records.size() > MAX_RECORDS) {
            throw new DomainException(DomainException.Kind.INVALID, "lesson.import.tooMany", "file");
        }
        int created = 0;
        int updated = 0;
        var errors = new ArrayList<Problem>();
        for (int from = 0; from < records.size(); from += CHUNK) {
            var chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            var parsed = new ArrayList<LessonData>();
            for (var raw : chunk) {
                try {
                    parsed.add(JSONB.fromJson(raw.toString(), LessonData.class));
                } catch (RuntimeException unreadable) {
                    parsed = null;
                    break;
                }
            }
            if (parsed != null) {
                try {
                    var counts = lessons.upsertAll(parsed, importer);
                    created += counts[0];
                    updated += counts[1];
                    continue;
                } catch (RuntimeException oneIsBroken) {
                    // rolled back whole: go through this chunk one record at a time to find the broken ones
                }
            }
            for (int i = 0; i < chunk.size(); i++) {
                var raw = chunk.get(i);
                String externalId = raw instanceof JsonObject o && o.get("externalId") instanceof JsonString s
                        ? s.getString()
                        : null;
                try {
                    if (lessons.upsert(JSONB.fromJson(raw.toString(), LessonData.class), importer)) {
                        created++;
                    } else {
                        updated++;
                    }
                } catch (DomainException refused) {
                    errors.add(new Problem(
                            from + i, externalId, refused.field(), Texts.get(Locale.ENGLISH, refused.key())));
                } catch (RuntimeException unreadable) {
                    errors.add(new Problem(from + i, externalId, null, reason(unreadable)));
                }
            }
        }
        return new Report(created, updated, errors);
    }

    private static String reason(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return Texts.get(Locale.ENGLISH, d.key());
            }
            if (t instanceof JsonbException) {
                return "Unreadable record: " + t.getMessage();
            }
        }
        return "Not imported: " + e.getClass().getSimpleName();
    }
}
