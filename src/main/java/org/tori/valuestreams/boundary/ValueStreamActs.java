package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.entity.ActionStatus;

/**
 * Takes the plain forms of the hub and collective pages (which keep no view state) and goes back
 * to the page with what happened as a message; a refusal keeps what was typed.
 */
@Named
@RequestScoped
public class ValueStreamActs {

    /** Flash mark of a refused form: the page shows what was typed, even an empty field, not the saved text. */
    static final String REFUSED = "org.tori.valuestreams.refused";

    @Inject
    Collectives collectives;

    @Inject
    LifeEvents lifeEvents;

    @Inject
    CollectiveNotes notes;

    @Inject
    CurrentMember member;

    public void post() throws IOException {
        if (!Page.posted()) {
            Page.redirect("/valuestreams/");
            return;
        }
        var op = Page.param("op");
        var actor = member.actor().orElse(null);
        if (op == null || actor == null) {
            Page.redirect(actor == null ? "/accounts/login" : "/valuestreams/");
            return;
        }
        if (op.equals("start") || op.equals("lifeEvent") || op.equals("tag")) {
            onHub(op, actor);
        } else {
            onCollective(op, actor);
        }
    }

    private void onHub(String op, Actor actor) throws IOException {
        var stream = Streams.of(Page.param("stream")).orElse(null);
        var back = stream == null ? "/valuestreams/" : "/valuestreams/stream?stream=" + Streams.slug(stream);
        try {
            switch (op) {
                case "start" -> {
                    long id = collectives.start(stream, Page.param("name"), actor);
                    back = "/valuestreams/collective?id=" + id;
                }
                case "lifeEvent" ->
                    lifeEvents.create(
                            stream,
                            Page.param("nameFi"),
                            Page.param("nameEn"),
                            Page.param("nameSv"),
                            Page.param("description"),
                            actor);
                default -> {
                    var picked = picked();
                    lifeEvents.tag(Page.optionalId("event").orElse(0L), picked.kind(), picked.id(), actor);
                }
            }
            Page.done("valuestreams." + op + ".done", back);
        } catch (DomainException refused) {
            refuse(refused, "name", "nameFi", "nameEn", "nameSv", "description", "item");
            Page.redirect(back + "#" + op);
        }
    }

    private void onCollective(String op, Actor actor) throws IOException {
        long id = Page.id("id");
        var back = "/valuestreams/collective?id=" + id;
        try {
            switch (op) {
                case "apply" -> collectives.apply(id, Page.param("motivation"), actor);
                case "accept" -> collectives.accept(id, Page.id("applicant"), actor);
                case "follow" -> collectives.follow(id, true, actor);
                case "unfollow" -> collectives.follow(id, false, actor);
                case "vision" -> collectives.reviseVision(id, Page.param("vision"), actor);
                case "action" -> collectives.plan(id, Page.param("title"), Page.param("owner"), due(), actor);
                case "move" ->
                    collectives.move(
                            id,
                            Page.id("action"),
                            Page.choice(ActionStatus.class, "status").orElse(null),
                            actor);
                case "comment" -> collectives.comment(id, Page.param("body"), actor);
                case "phenomenon" ->
                    notes.phenomenon(
                            id,
                            Page.param("pTitle"),
                            Page.param("pBody"),
                            Page.optionalId("pSpace").orElse(null),
                            actor);
                case "journey" ->
                    notes.journey(
                            id,
                            Page.optionalId("jEvent").orElse(null),
                            Page.param("jTitle"),
                            Page.param("jSteps"),
                            Page.param("jPains"),
                            Page.optionalId("jSpace").orElse(null),
                            actor);
                case "meeting" ->
                    notes.meeting(
                            id,
                            date("mDate", "collective.note.date.invalid"),
                            Page.param("mTitle"),
                            Page.param("mNotes"),
                            actor);
                default -> {
                    Page.status(400);
                    return;
                }
            }
            Page.done("valuestreams." + op + ".done", back + "#" + op);
        } catch (DomainException refused) {
            refuse(
                    refused,
                    "motivation",
                    "vision",
                    "title",
                    "owner",
                    "due",
                    "body",
                    "pTitle",
                    "pBody",
                    "pSpace",
                    "jEvent",
                    "jTitle",
                    "jSteps",
                    "jPains",
                    "jSpace",
                    "mDate",
                    "mTitle",
                    "mNotes");
            Page.redirect(back + "#" + op);
        }
    }

    private static void refuse(DomainException refused, String... fields) {
        Page.message(FacesMessage.SEVERITY_ERROR, refused.key());
        Page.keepTyped(fields);
        Page.faces().getExternalContext().getFlash().put(REFUSED, Boolean.TRUE);
    }

    private record Picked(ItemKind kind, long id) {}

    /** The picker's choice, "LESSON:12": a kind and a number, anything else refused at the field. */
    private static Picked picked() {
        var raw = Page.param("item");
        var parts = raw == null ? new String[0] : raw.split(":", 2);
        try {
            if (parts.length != 2 || parts[1].length() > 18 || !parts[1].chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(raw);
            }
            return new Picked(ItemKind.valueOf(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException unreadable) {
            throw new DomainException(DomainException.Kind.INVALID, "lifeEvent.item.invalid", "item");
        }
    }

    private static LocalDate date(String name, String key) {
        var raw = Page.param(name);
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, key, name);
        }
    }

    private static LocalDate due() {
        var raw = Page.param("due");
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "collective.action.due.invalid", "due");
        }
    }

    /** For pages that list the streams in a form. */
    public ValueStream[] getStreams() {
        return ValueStream.values();
    }
}
