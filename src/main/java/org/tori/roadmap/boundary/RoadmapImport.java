package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.roadmap.control.CsvRows;

/**
 * Imports roadmap items from CSV, idempotent by {@code external_id}: a known id updates its item,
 * a new one creates it. Each row is its own transaction, so a refused row leaves the others done
 * and is reported with its line and field. A parent is named by its external id, on an earlier line
 * or already on the roadmap. Decidim's accountability columns map onto these.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RoadmapImport {

    public static final List<String> COLUMNS = List.of(
            "external_id",
            "parent_external_id",
            "title",
            "summary",
            "status",
            "progress",
            "weight",
            "starts_on",
            "planned_end",
            "city",
            "owner",
            "value_streams",
            "themes",
            "visibility",
            "origins");
    public static final int MAX_ROWS = 2000;

    /** One refused line: its number in the file, the column at fault (or null) and the message key. */
    public record RowError(int line, String column, String key) implements Serializable {}

    public record Report(int created, int updated, List<RowError> errors) implements Serializable {}

    @Inject
    RoadmapStaff staff;

    public Report run(String csv, Reader reader) {
        if (reader == null || !reader.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "roadmap.staffOnly");
        }
        var rows = CsvRows.parse(csv);
        if (rows.isEmpty()
                || !rows.get(0).stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .toList()
                        .contains("external_id")) {
            throw new DomainException(Kind.INVALID, "roadmap.import.header", "csv");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new DomainException(Kind.INVALID, "roadmap.import.tooMany", "csv");
        }
        var header = rows.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int created = 0;
        int updated = 0;
        var errors = new ArrayList<RowError>();
        for (int n = 1; n < rows.size(); n++) {
            var cells = new HashMap<String, String>();
            for (int c = 0; c < header.size() && c < rows.get(n).size(); c++) {
                cells.put(header.get(c), rows.get(n).get(c).strip());
            }
            try {
                var externalId = cells.getOrDefault("external_id", "");
                if (externalId.isEmpty()) {
                    throw new DomainException(Kind.INVALID, "roadmap.import.externalId", "external_id");
                }
                var form = form(cells);
                var existing = staff.idOfExternal(externalId);
                if (existing.isPresent()) {
                    staff.edit(existing.get(), form, reader);
                    updated++;
                } else {
                    staff.create(form, reader);
                    created++;
                }
            } catch (DomainException refused) {
                errors.add(new RowError(n + 1, column(refused.field()), refused.key()));
            }
        }
        return new Report(created, updated, errors);
    }

    private ItemForm form(Map<String, String> cells) {
        var f = new ItemForm();
        f.setExternalId(cells.get("external_id"));
        f.setTitle(cells.get("title"));
        f.setSummary(cells.get("summary"));
        f.setStatus(blank(cells.get("status")) ? "PLANNED" : cells.get("status").toUpperCase(Locale.ROOT));
        f.setOwnProgress(number(cells.get("progress"), "progress"));
        f.setWeight(decimal(cells.get("weight"), "weight"));
        f.setStartsOn(date(cells.get("starts_on"), "starts_on"));
        f.setPlannedEnd(date(cells.get("planned_end"), "planned_end"));
        f.setCity(cells.get("city"));
        f.setOwner(cells.get("owner"));
        f.setValueStreams(codes(cells.get("value_streams")));
        f.setThemes(codes(cells.get("themes")));
        f.setOrigins(cells.get("origins"));
        try {
            f.setVisibility(
                    blank(cells.get("visibility"))
                            ? Visibility.PUBLIC
                            : Visibility.valueOf(cells.get("visibility").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(Kind.INVALID, "roadmap.choice.unknown", "visibility");
        }
        var parent = cells.get("parent_external_id");
        if (!blank(parent)) {
            f.setParentId(staff.idOfExternal(parent)
                    .orElseThrow(
                            () -> new DomainException(Kind.INVALID, "roadmap.import.parent", "parent_external_id")));
        }
        return f;
    }

    /** The entity's field names as the file's columns. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "ownProgress" -> "progress";
            case "plannedEnd" -> "planned_end";
            case "parent" -> "parent_external_id";
            case "externalId" -> "external_id";
            case "valueStreams" -> "value_streams";
            default -> field;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> codes(String s) {
        return blank(s)
                ? List.of()
                : Arrays.stream(s.strip().split("[\\s|]+"))
                        .map(c -> c.toUpperCase(Locale.ROOT))
                        .toList();
    }

    private static Integer number(String s, String column) {
        try {
            return blank(s) ? null : Integer.valueOf(s.strip().replace("%", "").strip());
        } catch (NumberFormatException bad) {
            throw new DomainException(Kind.INVALID, "roadmap.progress.range", column);
        }
    }

    private static BigDecimal decimal(String s, String column) {
        try {
            return blank(s) ? null : new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException bad) {
            throw new DomainException(Kind.INVALID, "roadmap.weight.range", column);
        }
    }

    private static LocalDate date(String s, String column) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException bad) {
            throw new DomainException(Kind.INVALID, "roadmap.import.date", column);
        }
    }
}
