package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tori.judging.entity.ImpactValue;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.roadmap.control.RoadmapStore;
import org.tori.roadmap.entity.Decision;
import org.tori.roadmap.entity.ExpectedImpact;
import org.tori.roadmap.entity.ItemFacts;
import org.tori.roadmap.entity.Milestone;
import org.tori.roadmap.entity.MilestonePublished;
import org.tori.roadmap.entity.Origin;
import org.tori.roadmap.entity.OriginKind;
import org.tori.roadmap.entity.Outcome;
import org.tori.roadmap.entity.PortfolioReview;
import org.tori.roadmap.entity.Risk;
import org.tori.roadmap.entity.RoadmapItem;
import org.tori.roadmap.entity.RoadmapItemChanged;
import org.tori.roadmap.entity.RoadmapStatus;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What staff do to the roadmap, one transaction each: write items and milestones, publish, review. */
@ApplicationScoped
@Transactional
public class RoadmapStaff {

    @Inject
    RoadmapStore store;

    @Inject
    Clock clock;

    @Inject
    Event<MilestonePublished> published;

    @Inject
    Event<RoadmapItemChanged> changed;

    public ItemForm form(long id, Reader reader) {
        staff(reader);
        var i = store.existing(id, null);
        var f = new ItemForm();
        f.setTitle(i.getTitle());
        f.setSummary(i.getSummary());
        f.setOwner(i.getOwner());
        f.setValueStreams(i.getValueStreams().stream().map(Enum::name).toList());
        f.setThemes(i.getThemes().stream().map(Enum::name).toList());
        f.setDomain(i.getDomain());
        f.setCity(i.getCity());
        f.setStartsOn(i.getStartsOn());
        f.setPlannedEnd(i.getPlannedEnd());
        f.setBudgetEur(i.getBudgetEur());
        f.setExpectedImpact(i.getExpectedImpact());
        f.setOwnProgress(i.getOwnProgress());
        f.setWeight(i.getWeight());
        f.setVisibility(i.getVisibility());
        f.setStatus(i.getStatus().getCode());
        f.setParentId(i.getParent() == null ? null : i.getParent().getId());
        f.setExternalId(i.getExternalId());
        i.getImpacts().stated().forEach((value, text) -> f.getImpacts().put(value.name(), text));
        f.setOrigins(String.join(
                ", ",
                i.getOrigins().stream()
                        .map(o -> o.getKind().name().toLowerCase(Locale.ROOT) + " " + o.getTargetId())
                        .sorted()
                        .toList()));
        return f;
    }

    public long create(ItemForm form, Reader reader) {
        staff(reader);
        var now = OffsetDateTime.now(clock);
        // managed before it joins a parent: a query while linking must not meet an unsaved item
        var item = store.add(new RoadmapItem(facts(form), store.status(form.getStatus()), now));
        apply(item, form);
        changed.fire(new RoadmapItemChanged(item.getId()));
        return item.getId();
    }

    public void edit(long id, ItemForm form, Reader reader) {
        staff(reader);
        var item = store.existing(id, null);
        item.describe(facts(form), store.status(form.getStatus()), OffsetDateTime.now(clock));
        apply(item, form);
        changed.fire(new RoadmapItemChanged(id));
    }

    private void apply(RoadmapItem item, ItemForm form) {
        item.moveUnder(form.getParentId() == null ? null : store.existing(form.getParentId(), "parent"));
        item.replaceOrigins(origins(form.getOrigins()));
        var impacts = new EnumMap<ImpactValue, String>(ImpactValue.class);
        for (var value : ImpactValue.values()) {
            var text = form.getImpacts().get(value.name());
            if (text != null) {
                impacts.put(value, text);
            }
        }
        item.expectImpact(ExpectedImpact.of(impacts));
        var external =
                form.getExternalId() == null ? null : form.getExternalId().strip();
        if (external != null && !external.isEmpty()) {
            if (external.length() > 120) {
                throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", "externalId");
            }
            store.byExternalId(external).filter(other -> other != item).ifPresent(other -> {
                throw new DomainException(Kind.CONFLICT, "roadmap.externalId.taken", "externalId");
            });
        }
        item.identifyAs(external);
    }

    private static ItemFacts facts(ItemForm f) {
        return new ItemFacts(
                f.getTitle(),
                f.getSummary(),
                f.getOwner(),
                codes(f.getValueStreams(), ValueStream.class, "valueStreams"),
                codes(f.getThemes(), Theme.class, "themes"),
                f.getDomain(),
                f.getCity(),
                f.getStartsOn(),
                f.getPlannedEnd(),
                f.getBudgetEur(),
                f.getExpectedImpact(),
                f.getOwnProgress(),
                f.getWeight(),
                f.getVisibility());
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> typed, Class<E> type, String field) {
        var set = EnumSet.noneOf(type);
        for (var code : typed) {
            try {
                set.add(Enum.valueOf(type, code));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(Kind.INVALID, "roadmap.choice.unknown", field);
            }
        }
        return set;
    }

    /** "space 12, lesson 3" (or "space:12"): each kind and id; anything else is refused with the field. */
    static Set<Origin> origins(String typed) {
        var set = new HashSet<Origin>();
        if (typed == null || typed.isBlank()) {
            return set;
        }
        for (var part : typed.split("[,;\\n]+")) {
            var words = part.strip().split("[\\s:#]+");
            if (part.isBlank()) {
                continue;
            }
            try {
                if (words.length != 2) {
                    throw new IllegalArgumentException(part);
                }
                set.add(new Origin(OriginKind.valueOf(words[0].toUpperCase(Locale.ROOT)), Long.parseLong(words[1])));
            } catch (IllegalArgumentException unreadable) {
                throw new DomainException(Kind.INVALID, "roadmap.origins.invalid", "origins");
            }
        }
        return set;
    }

    /** The status list as staff edit it, in its order. */
    public List<StatusForm> statusForms(Reader reader) {
        staff(reader);
        return store.statuses().stream()
                .map(st -> {
                    var f = new StatusForm();
                    f.setId(st.getId());
                    f.setCode(st.getCode());
                    f.setName(st.getName());
                    f.setDefaultProgress(st.getDefaultProgress());
                    f.setOutcome(st.getOutcome());
                    return f;
                })
                .toList();
    }

    /** Renames statuses and changes their default progress; items without progress of their own follow. */
    public void saveStatuses(List<StatusForm> forms, Reader reader) {
        staff(reader);
        for (var f : forms) {
            var status = store.status(f.getId() == null ? -1 : f.getId())
                    .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "roadmap.status.unknown"));
            status.rename(f.getName());
            status.changeDefault(f.getDefaultProgress() == null ? -1 : f.getDefaultProgress());
        }
    }

    /** A new step at the end of the list; its code is unique. */
    public void addStatus(StatusForm form, Reader reader) {
        staff(reader);
        var position = store.statuses().stream()
                        .mapToInt(RoadmapStatus::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        var status = new RoadmapStatus(
                form.getCode(),
                form.getName(),
                form.getDefaultProgress() == null ? -1 : form.getDefaultProgress(),
                form.getOutcome() == null ? Outcome.OPEN : form.getOutcome(),
                position);
        if (store.statuses().stream().anyMatch(s -> s.getCode().equals(status.getCode()))) {
            throw new DomainException(Kind.CONFLICT, "roadmap.status.taken", "statusCode");
        }
        store.add(status);
    }

    /** The item an import names by its external id. */
    public Optional<Long> idOfExternal(String externalId) {
        return store.byExternalId(externalId.strip()).map(RoadmapItem::getId);
    }

    public long addMilestone(long itemId, MilestoneForm form, Reader reader) {
        staff(reader);
        var item = store.existing(itemId, null);
        return store.add(new Milestone(
                        item,
                        form.getTitle(),
                        form.getBody(),
                        form.getDueOn(),
                        form.isReached(),
                        form.getProgress(),
                        OffsetDateTime.now(clock)))
                .getId();
    }

    /** Shows the milestone and tells the item's followers (the observers run in this transaction). */
    public void publishMilestone(long milestoneId, Reader reader) {
        staff(reader);
        var milestone = store.milestone(milestoneId)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "roadmap.milestone.notFound"));
        published.fire(milestone.publish(OffsetDateTime.now(clock)));
    }

    /** Records a review's decision on an item; the review of that day and title is made when it is the first. */
    public void decide(
            LocalDate heldOn, String reviewTitle, long itemId, Decision decision, String reason, Reader reader) {
        staff(reader);
        var now = OffsetDateTime.now(clock);
        var review = store.reviews().stream()
                .filter(r -> r.getHeldOn().equals(heldOn)
                        && reviewTitle != null
                        && r.getTitle().equals(reviewTitle.strip()))
                .findFirst()
                .orElseGet(() -> store.add(new PortfolioReview(heldOn, reviewTitle, now)));
        review.decide(store.existing(itemId, null), decision, reason, store.stopped(), now);
        changed.fire(new RoadmapItemChanged(itemId));
    }

    /** A new open risk on an item; staff-only unless marked public. */
    public long addRisk(long itemId, RiskForm form, Reader reader) {
        staff(reader);
        return store.add(new Risk(
                        store.existing(itemId, null),
                        form.getTitle(),
                        form.getLikelihood(),
                        form.getImpact(),
                        form.getMitigation(),
                        form.getOwner(),
                        form.isShown(),
                        OffsetDateTime.now(clock)))
                .getId();
    }

    public void closeRisk(long riskId, Reader reader) {
        staff(reader);
        store.risk(riskId)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "roadmap.risk.notFound"))
                .close();
    }

    private static void staff(Reader reader) {
        if (reader == null || !reader.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "roadmap.staffOnly");
        }
    }
}
