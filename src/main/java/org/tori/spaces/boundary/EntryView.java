package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/** The entry section of a space's page: the form built from the space's criteria, and the member's own entry. */
@Named
@RequestScoped
public class EntryView {

    @Inject
    Entries entries;

    @Inject
    CurrentMember member;

    @Inject
    SpaceView space;

    private final EntryForm form = new EntryForm();
    private List<Part> files = new ArrayList<>();
    private Optional<EntrySummary> mine;
    private List<Entries.Question> questions;

    public void submit() throws IOException {
        long spaceId = space.getId();
        for (var question : getQuestions()) {
            form.getAnswers()
                    .put(String.valueOf(question.criterionId()), Page.param("answer-" + question.criterionId()));
        }
        Page.optionalId("entry-challenge").ifPresent(form::setChallengeId);
        entries.submit(spaceId, form, uploads(), me());
        done("entry.submitted");
    }

    public void upload() throws IOException {
        var entry = getMine().orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "entry.notFound"));
        var uploads = uploads();
        if (uploads.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "attachment.empty", "file");
        }
        entries.attachAll(entry.id(), uploads, me());
        done("attachment.added");
    }

    public Optional<EntrySummary> getMine() {
        if (mine == null) {
            mine = member.actor().flatMap(a -> entries.mine(space.getId(), a.accountId()));
        }
        return mine;
    }

    /** What the entrant answers: one question per judging criterion of the space. */
    public List<Entries.Question> getQuestions() {
        if (questions == null) {
            questions = entries.questions(space.getId());
        }
        return questions;
    }

    /** A hackathon concept comes from a team; tells the page to send teamless members there first. */
    public boolean isNeedsTeam() {
        return space.getSpace().entriesNeedTeam()
                && member.actor()
                        .flatMap(a -> entries.teamNameOf(space.getId(), a.accountId()))
                        .isEmpty();
    }

    /** How the member's entry's screening reads in the space's present phase. */
    public String getScreeningKey() {
        return getMine().map(e -> space.getSpace().screeningKey(e.screening())).orElse(null);
    }

    public Optional<String> getTeamName() {
        return member.actor().flatMap(a -> entries.teamNameOf(space.getId(), a.accountId()));
    }

    public EntryForm getForm() {
        return form;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    private List<Entries.Upload> uploads() throws IOException {
        var uploads = new ArrayList<Entries.Upload>();
        for (var part : files) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new Entries.Upload(
                        part.getSubmittedFileName(), in.readNBytes(entries.maxAttachmentBytes() + 1)));
            }
        }
        return uploads;
    }

    private long me() {
        return member.actor()
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"))
                .accountId();
    }

    private void done(String key) throws IOException {
        Page.done(key, "/spaces/space?id=" + space.getId() + "#entry-heading");
    }
}
