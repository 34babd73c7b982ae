package org.tori.maturity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.maturity.entity.ActionStatus;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

/**
 * A partner city's self-assessment form, one fieldset per dimension, filled in from its latest
 * assessment. A refusal comes back on the same page with every field as typed and the dimension named.
 */
@Named
@RequestScoped
public class AssessView {

    @Inject
    Maturity maturity;

    @Inject
    CurrentReader reader;

    private List<AnswerForm> rows;
    private final Map<String, String> shown = new HashMap<>();

    public void load() throws IOException {
        var who = reader.get();
        if (!who.partner() || who.city() == null) {
            Page.status(403);
            return;
        }
        var locale = Page.faces().getViewRoot().getLocale();
        rows = maturity.dimensions().stream()
                .map(d -> new AnswerForm(d.getCode(), d.name(locale)))
                .toList();
        if (!Page.posted()) {
            prefill(who.city());
            return;
        }
        try {
            rows.forEach(this::read);
            maturity.assess(who, rows, number(Page.param("population"), "population", "maturity.population.invalid"));
            Page.done("maturity.assessed", "/maturity/city/");
        } catch (DimensionRefusal e) {
            var name = rows.stream()
                    .filter(r -> r.getDimension().equals(e.dimension()))
                    .map(AnswerForm::getName)
                    .findFirst()
                    .orElse(e.dimension());
            Page.message(FacesMessage.SEVERITY_ERROR, "maturity.refused.inDimension", name, Texts.get(locale, e.key()));
        } catch (DomainException e) {
            Page.refused(e);
        }
    }

    private void prefill(String city) {
        maturity.population(city).ifPresent(p -> shown.put("population", p.toString()));
        maturity.history(city, reader.get()).stream()
                .findFirst()
                .ifPresent(last -> last.getAnswers().forEach(a -> {
                    var d = a.getDimension();
                    shown.put("current-" + d, String.valueOf(a.getCurrentLevel()));
                    shown.put("target-" + d, String.valueOf(a.getTargetLevel()));
                    shown.put(
                            "year-" + d,
                            a.getTargetYear() == null ? "" : a.getTargetYear().toString());
                    shown.put("evidence-" + d, a.getEvidence() == null ? "" : a.getEvidence());
                    shown.put("links-" + d, String.join("\n", a.getLinks()));
                }));
    }

    private void read(AnswerForm row) {
        var d = row.getDimension();
        try {
            row.setCurrent(number(Page.param("current-" + d), "current", "maturity.level.invalid"));
            row.setTarget(number(Page.param("target-" + d), "target", "maturity.level.invalid"));
            row.setTargetYear(number(Page.param("year-" + d), "targetYear", "maturity.targetYear.invalid"));
            row.setEvidence(Page.param("evidence-" + d));
            row.setLinks(Page.param("links-" + d));
            row.setActionTitle(Page.param("action-" + d));
            row.setActionOwner(Page.param("owner-" + d));
            row.setActionDue(date(Page.param("due-" + d)));
            row.setActionStatus(status(Page.param("status-" + d)));
        } catch (DomainException e) {
            throw new DimensionRefusal(d, e);
        }
    }

    /** A whole number as typed; anything else is refused with the field's own reason. */
    private static Integer number(String text, String field, String key) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        return Integer.valueOf(text);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException(Kind.INVALID, "maturity.date.invalid", "actionDue");
        }
    }

    private static ActionStatus status(String text) {
        if (text == null) {
            return ActionStatus.PLANNED;
        }
        for (var s : ActionStatus.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        throw new DomainException(Kind.INVALID, "maturity.action.status", "actionStatus");
    }

    /** What a field shows: as typed when the form came back, else the latest assessment's answer. */
    public String value(String name) {
        if (Page.posted()) {
            var typed =
                    Page.faces().getExternalContext().getRequestParameterMap().get(name);
            return typed == null ? "" : typed;
        }
        return shown.getOrDefault(name, "");
    }

    public List<AnswerForm> getRows() {
        return rows;
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<ActionStatus> getStatuses() {
        return List.of(ActionStatus.values());
    }
}
