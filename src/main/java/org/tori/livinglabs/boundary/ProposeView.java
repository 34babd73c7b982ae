package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.livinglabs.entity.LabDetails;
import org.tori.livinglabs.entity.LivingLab;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.SpaceSummary;
import org.tori.spaces.boundary.Spaces;

/** The company's proposal form for a new experiment, and for rewriting one that staff returned. */
@Named
@RequestScoped
public class ProposeView {

    public static final int QUESTION_ROWS = 5;
    private static final String[] FIELDS = {
        "title",
        "summary",
        "description",
        "organiser",
        "city",
        "prototype",
        "location",
        "learningGoals",
        "testerProfile",
        "capacity",
        "opensAt",
        "closesAt"
    };

    @Inject
    LivingLabs labs;

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    private final Map<String, String> values = new HashMap<>();
    private long id;
    private String returnNote;

    public void load() throws IOException {
        id = Page.optionalId("id").orElse(0L);
        var actor = member.actor().orElseThrow();
        if (Page.posted()) {
            for (var field : FIELDS) {
                values.put(field, Page.param(field));
            }
            for (int q = 0; q < QUESTION_ROWS; q++) {
                values.put("q" + q, Page.param("q" + q));
            }
            try {
                long saved = id > 0 ? revise(actor) : labs.propose(form(), details(), actor);
                Page.message(FacesMessage.SEVERITY_INFO, "lab.proposed");
                Page.redirect("/spaces/space?id=" + saved);
            } catch (DomainException refused) {
                Page.refused(refused);
            } catch (ConstraintViolationException invalid) {
                invalid.getConstraintViolations()
                        .forEach(v -> Page.message(
                                FacesMessage.SEVERITY_ERROR,
                                "lab.form.invalid",
                                Texts.get(
                                        Page.faces().getViewRoot().getLocale(),
                                        "lab.field." + leaf(v.getPropertyPath().toString())),
                                v.getMessage()));
            }
            return;
        }
        if (id > 0) {
            var space = spaces.detail(id, actor)
                    .filter(s -> "DRAFT".equals(s.summary().phase()))
                    .orElse(null);
            var lab = labs.detail(id, actor).filter(LabDetail::mayManage).orElse(null);
            if (space == null || lab == null) {
                Page.notFound();
                return;
            }
            fill(space.summary(), space.descriptionSource(), lab);
        }
    }

    private long revise(Actor actor) {
        labs.revise(id, form(), details(), actor);
        return id;
    }

    private void fill(SpaceSummary s, String description, LabDetail lab) {
        values.putAll(Map.of(
                "title",
                s.title(),
                "summary",
                s.summary(),
                "prototype",
                lab.prototype(),
                "location",
                lab.location(),
                "learningGoals",
                lab.learningGoals(),
                "capacity",
                String.valueOf(lab.capacity()),
                "opensAt",
                LabTime.input(s.opensAt()),
                "closesAt",
                LabTime.input(s.submissionDeadline())));
        values.put("description", description);
        values.put("organiser", s.organiser());
        values.put("city", s.city());
        values.put("testerProfile", lab.testerProfile());
        for (int q = 0; q < lab.questions().size() && q < QUESTION_ROWS; q++) {
            values.put("q" + q, lab.questions().get(q));
        }
    }

    private SpaceForm form() {
        var form = new SpaceForm();
        form.setTitle(values.get("title"));
        form.setSummary(values.get("summary"));
        form.setDescription(values.get("description"));
        form.setOrganiser(values.get("organiser"));
        form.setCity(values.get("city"));
        form.setPlace(values.get("location"));
        form.setOpensAt(LabTime.moment("opensAt"));
        form.setSubmissionDeadline(LabTime.moment("closesAt"));
        return form;
    }

    private LabDetails details() {
        var questions = new ArrayList<String>();
        for (int q = 0; q < QUESTION_ROWS; q++) {
            questions.add(values.get("q" + q));
        }
        int capacity;
        try {
            capacity = values.get("capacity") == null ? 0 : Integer.parseInt(values.get("capacity"));
        } catch (NumberFormatException notANumber) {
            capacity = 0;
        }
        return new LabDetails(
                values.get("prototype"),
                values.get("location"),
                values.get("learningGoals"),
                values.get("testerProfile"),
                Math.min(capacity, LivingLab.MAX_CAPACITY + 1),
                questions);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public String value(String field) {
        var v = values.get(field);
        return v == null ? "" : v;
    }

    public long getId() {
        return id;
    }

    /** Staff's note of what to change, while the proposal is returned (shown above the form). */
    public String getReturnNote() {
        if (returnNote == null) {
            returnNote = id <= 0
                    ? ""
                    : member.actor()
                            .flatMap(actor -> labs.detail(id, actor))
                            .map(LabDetail::returnNote)
                            .orElse("");
            returnNote = returnNote == null ? "" : returnNote;
        }
        return returnNote;
    }

    public List<Integer> getQuestionRows() {
        return IntStream.range(0, QUESTION_ROWS).boxed().toList();
    }
}
