package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tori.knowledge.entity.Reader;
import org.tori.pilots.boundary.Pilots;
import org.tori.roadmap.control.RoadmapStore;
import org.tori.roadmap.entity.Decision;
import org.tori.roadmap.entity.Origin;
import org.tori.roadmap.entity.OriginKind;
import org.tori.roadmap.entity.RoadmapItem;

/**
 * Reading the roadmap: the tree, a filtered list, the timeline by quarter, an item's page, and the
 * public data. An item the reader may not read is left out everywhere, its readable children move
 * up a level; a parent's progress still counts every child (it is a fact about the parent).
 */
@ApplicationScoped
@Transactional
public class Roadmap {

    /** Reads every item, whatever its visibility: for search, which keeps each item's visibility and filters per reader. */
    public static final Reader SYSTEM = new Reader(null, true, true, null);

    @Inject
    RoadmapStore store;

    @Inject
    Pilots pilots;

    /** The tree as the reader may see it, depth first, each item with its level. */
    public List<ItemRow> tree(Reader reader) {
        var rows = new ArrayList<ItemRow>();
        var items = store.items();
        items.stream().filter(i -> topFor(i, reader)).forEach(i -> walk(i, reader, 0, rows));
        return rows;
    }

    private static boolean topFor(RoadmapItem item, Reader reader) {
        for (var p = item.getParent(); p != null; p = p.getParent()) {
            if (p.readableBy(reader)) {
                return false;
            }
        }
        return true;
    }

    private static void walk(RoadmapItem item, Reader reader, int depth, List<ItemRow> rows) {
        boolean shown = item.readableBy(reader);
        if (shown) {
            rows.add(Rows.of(item, depth));
        }
        item.getChildren().stream().sorted(ORDER).forEach(c -> walk(c, reader, shown ? depth + 1 : depth, rows));
    }

    private static final Comparator<RoadmapItem> ORDER = Comparator.comparing(
                    RoadmapItem::getStartsOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoadmapItem::getId);

    /** Readable items that match the filter, in tree order, flat. */
    public List<ItemRow> matching(RoadmapFilter filter, Reader reader) {
        return tree(reader).stream()
                .filter(filter::matches)
                .map(r -> filter.isEmpty()
                        ? r
                        : new ItemRow(
                                r.id(),
                                r.parentId(),
                                r.title(),
                                r.summary(),
                                r.statusCode(),
                                r.statusName(),
                                r.progress(),
                                r.city(),
                                r.owner(),
                                r.startsOn(),
                                r.plannedEnd(),
                                r.endedOn(),
                                r.valueStreams(),
                                r.themes(),
                                r.visibility(),
                                0))
                .toList();
    }

    /** The four quarters of a year: the matching items running in each, and their published milestones dated in it. */
    public List<Quarter> timeline(int year, RoadmapFilter filter, Reader reader) {
        var rows = matching(filter, reader);
        var ids = rows.stream().map(ItemRow::id).toList();
        var milestones = store.published().stream()
                .filter(m -> ids.contains(m.getItem().getId()))
                .map(Rows::of)
                .toList();
        var byId = store.items().stream().collect(Collectors.toMap(RoadmapItem::getId, i -> i));
        var quarters = new ArrayList<Quarter>();
        for (int q = 1; q <= 4; q++) {
            var from = LocalDate.of(year, 3 * q - 2, 1);
            var to = from.plusMonths(3).minusDays(1);
            quarters.add(new Quarter(
                    year,
                    q,
                    from,
                    to,
                    rows.stream()
                            .filter(r -> byId.get(r.id()).runsBetween(from, to))
                            .toList(),
                    milestones.stream()
                            .filter(m -> !m.dueOn().isBefore(from) && !m.dueOn().isAfter(to))
                            .sorted(Comparator.comparing(MilestoneRow::dueOn))
                            .toList()));
        }
        return quarters;
    }

    /** An item as the search index keeps it: its row and its domain. */
    public record Indexed(ItemRow item, String domain) {}

    /**
     * The items with these ids as the search index keeps them (every visibility: the index filters by
     * it), read together instead of one page each: a rebuild reads them all.
     */
    public List<Indexed> indexed(List<Long> ids) {
        return store.items(ids).stream()
                .map(i -> new Indexed(
                        Rows.of(i, 0),
                        i.getDomain() == null ? null : i.getDomain().name()))
                .toList();
    }

    public Optional<ItemPage> item(long id, Reader reader) {
        return store.item(id).filter(i -> i.readableBy(reader)).map(i -> page(i, reader));
    }

    private ItemPage page(RoadmapItem i, Reader reader) {
        var parent = i.getParent() != null && i.getParent().readableBy(reader) ? Rows.of(i.getParent(), 0) : null;
        var children = i.getChildren().stream()
                .filter(c -> c.readableBy(reader))
                .sorted(ORDER)
                .map(c -> Rows.of(c, 1))
                .toList();
        var origins = i.getOrigins().stream()
                .sorted(Comparator.comparing((Origin o) -> o.getKind()).thenComparing(o -> o.getTargetId()))
                .map(o -> new ItemPage.Origin(
                        o.getKind().name(),
                        o.getTargetId(),
                        o.getKind().pathOf(o.getTargetId()),
                        o.getKind() == OriginKind.PILOT
                                ? pilots.title(o.getTargetId()).orElse(null)
                                : null))
                .toList();
        var milestones = store.milestones(i.getId()).stream()
                .filter(m -> m.isPublished() || reader.staff())
                .map(Rows::of)
                .toList();
        var decisions = store.decisions(i.getId()).stream()
                .map(d -> new ItemPage.DecisionRow(
                        d.getReview().getHeldOn(),
                        d.getReview().getTitle(),
                        d.getStatus().getCode(),
                        d.getStatus().getName(),
                        d.getProgress(),
                        d.getDecision().name(),
                        d.getReason(),
                        d.asksForLesson(),
                        d.getReview().getId(),
                        null,
                        null))
                .collect(Collectors.toCollection(ArrayList::new));
        store.pilotDecisions(i.getId())
                .forEach(d -> decisions.add(new ItemPage.DecisionRow(
                        d.getDecidedOn(),
                        null,
                        d.getStatus().getCode(),
                        d.getStatus().getName(),
                        d.getProgress(),
                        d.getDecision().name(),
                        d.getReason(),
                        d.getDecision() == Decision.STOP,
                        0,
                        d.getPilotId(),
                        d.getPilotTitle())));
        decisions.sort(Comparator.comparing(ItemPage.DecisionRow::heldOn).reversed());
        return new ItemPage(
                Rows.of(i, 0),
                i.getDomain() == null ? null : i.getDomain().name(),
                i.getBudgetEur(),
                i.getExpectedImpact(),
                parent,
                children,
                origins,
                milestones,
                decisions,
                i.getImpacts().stated().entrySet().stream()
                        .map(e -> new ItemPage.Impact(e.getKey().name(), e.getValue()))
                        .toList(),
                store.risks(i.getId()).stream()
                        .filter(r -> r.readableBy(reader))
                        .map(r -> new ItemPage.RiskRow(
                                r.getId(),
                                r.getTitle(),
                                r.getLikelihood().name(),
                                r.getImpact().name(),
                                r.getMitigation(),
                                r.getOwner(),
                                r.isShown(),
                                r.isClosed()))
                        .toList());
    }

    /** Readable items that name this origin: the way back from a lesson or story to the roadmap. */
    public List<ItemRow> fromOrigin(OriginKind kind, long id, Reader reader) {
        var origin = new Origin(kind, Math.max(1, id));
        return store.items().stream()
                .filter(i -> i.readableBy(reader) && i.getOrigins().contains(origin))
                .map(i -> Rows.of(i, 0))
                .toList();
    }

    /** Whether an item exists at all (following one needs it). */
    public boolean exists(long id) {
        return store.item(id).isPresent();
    }

    public List<StatusRow> statuses() {
        return store.statuses().stream()
                .map(s -> new StatusRow(
                        s.getId(),
                        s.getCode(),
                        s.getName(),
                        s.getDefaultProgress(),
                        s.getOutcome().name()))
                .toList();
    }

    /** Published milestones of items the reader may read, newest first. */
    public List<MilestoneRow> publishedMilestones(Reader reader) {
        return store.published().stream()
                .filter(m -> m.getItem().readableBy(reader))
                .map(Rows::of)
                .toList();
    }

    /** Items that ended, and of those the ones completed by their planned end (the scorecard's figure). */
    public record Completion(long ended, long completedAsPlanned) {}

    public Completion completion() {
        var items = store.items().stream().filter(i -> i.getEndedOn() != null).toList();
        return new Completion(
                items.size(),
                items.stream().filter(RoadmapItem::completedAsPlanned).count());
    }

    /** One portfolio review with the decisions on items the reader may read; empty when there is no such review. */
    public Optional<ReviewPage> review(long id, Reader reader) {
        return store.review(id).map(r -> {
            var rows = r.getDecisions().stream()
                    .filter(d -> d.getItem().readableBy(reader))
                    .map(d -> new ReviewPage.Row(
                            d.getItem().getId(),
                            d.getItem().getTitle(),
                            d.getStatus().getCode(),
                            d.getStatus().getName(),
                            d.getProgress(),
                            d.getDecision().name(),
                            d.getReason(),
                            d.asksForLesson()))
                    .toList();
            return new ReviewPage(r.getId(), r.getHeldOn(), r.getTitle(), rows, rows.size());
        });
    }

    /** The reviews, newest first, each with how many decisions the reader may read. */
    public List<ReviewPage.Summary> reviews(Reader reader) {
        return store.reviews().stream()
                .map(r -> new ReviewPage.Summary(r.getId(), r.getHeldOn(), r.getTitle(), (int) r.getDecisions().stream()
                        .filter(d -> d.getItem().readableBy(reader))
                        .count()))
                .toList();
    }

    /** Every item's id, for rebuilding the search index. */
    public List<Long> ids() {
        return store.items().stream().map(RoadmapItem::getId).toList();
    }

    public long count() {
        return store.count();
    }
}
