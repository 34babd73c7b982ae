package org.tori.maturity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.maturity.entity.Dimension;
import org.tori.maturity.entity.Level;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;

/** Staff rewrite one level of a dimension in three languages and choose the practices recommended there. */
@Named
@RequestScoped
public class LevelEditView {

    private static final List<String> FIELDS = List.of("fi", "en", "sv", "evidenceFi", "evidenceEn", "evidenceSv");

    @Inject
    Maturity maturity;

    @Inject
    CurrentReader reader;

    private Dimension dimension;
    private Level level;

    public void load() throws IOException {
        var code = Page.param("dimension");
        int number = Page.integer("level", 0);
        dimension = maturity.dimensions().stream()
                .filter(d -> d.getCode().equals(code))
                .findFirst()
                .orElse(null);
        if (dimension == null || number < 1 || number > 5) {
            Page.notFound();
            return;
        }
        level = dimension.level(number);
        if (Page.posted()) {
            try {
                var texts = new HashMap<String, String>();
                FIELDS.forEach(f -> texts.put(f, Page.param(f)));
                maturity.rewriteLevel(code, number, Map.copyOf(nonNull(texts)), practices(), reader.get());
                Page.done("maturity.level.saved", "/maturity/#dimension-" + code);
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
    }

    private static Map<String, String> nonNull(Map<String, String> texts) {
        var copy = new HashMap<String, String>();
        texts.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }

    private static List<Long> practices() {
        var text = Page.param("practices");
        var ids = new ArrayList<Long>();
        if (text == null) {
            return ids;
        }
        for (var part : text.split("[,\\s]+")) {
            if (!part.matches("\\d{1,18}")) {
                throw new DomainException(Kind.INVALID, "maturity.practices.unknown", "practices");
            }
            ids.add(Long.valueOf(part));
        }
        return ids;
    }

    /** As typed when the form came back, else the level as stored. */
    public String value(String field) {
        if (Page.posted()) {
            var typed =
                    Page.faces().getExternalContext().getRequestParameterMap().get(field);
            return typed == null ? "" : typed;
        }
        return switch (field) {
            case "fi" -> level.description(Locale.forLanguageTag("fi"));
            case "en" -> level.description(Locale.ENGLISH);
            case "sv" -> level.description(Locale.forLanguageTag("sv"));
            case "evidenceFi" -> level.evidence(Locale.forLanguageTag("fi"));
            case "evidenceEn" -> level.evidence(Locale.ENGLISH);
            case "evidenceSv" -> level.evidence(Locale.forLanguageTag("sv"));
            default ->
                String.join(
                        ", ", level.practiceIds().stream().map(String::valueOf).toList());
        };
    }

    public String getDimensionName() {
        return dimension.name(Page.faces().getViewRoot().getLocale());
    }

    public String getCode() {
        return dimension.getCode();
    }

    public int getLevel() {
        return level.getLevel();
    }

    public List<String> getFields() {
        return FIELDS;
    }
}
