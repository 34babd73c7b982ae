package org.tori.pilots.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A pilot's record read against the item list of its version: a score per section and overall (yes
 * 1, partly ½, no and unanswered 0, not applicable left out), and the gaps (every item not answered
 * yes or not applicable). An answer to an item of another version does not count.
 */
public final class ReadinessRecord {

    /** One section's score: {@code percent} is empty when every item is not applicable (or there are none). */
    public record SectionScore(int section, int counted, int answered, Integer percent) {}

    private final int version;
    private final List<ReadinessItem> items;
    private final Map<Long, Answer> answers;

    public ReadinessRecord(int version, List<ReadinessItem> items, Map<Long, Answer> answers) {
        this.version = version;
        this.items = items.stream().filter(i -> i.getVersion() == version).toList();
        this.answers = Map.copyOf(Objects.requireNonNull(answers));
    }

    public int version() {
        return version;
    }

    public Answer answerTo(ReadinessItem item) {
        return answers.get(item.getId());
    }

    public SectionScore section(int section) {
        return score(
                section, items.stream().filter(i -> i.getSection() == section).toList());
    }

    public List<SectionScore> sections() {
        return IntStream.rangeClosed(1, ReadinessItem.SECTIONS)
                .mapToObj(this::section)
                .toList();
    }

    /** Overall: every counted item weighs the same, whatever its section. */
    public SectionScore overall() {
        return score(0, items);
    }

    private SectionScore score(int section, List<ReadinessItem> of) {
        int counted = 0;
        int halves = 0;
        int answered = 0;
        for (var item : of) {
            var answer = answers.get(item.getId());
            if (answer != null) {
                answered++;
            }
            if (answer == Answer.NOT_APPLICABLE) {
                continue;
            }
            counted++;
            halves += answer == null ? 0 : answer.halves;
        }
        Integer percent = counted == 0 ? null : (int) Math.floor(halves * 50.0 / counted);
        return new SectionScore(section, counted, answered, percent);
    }

    /** Every item answered (not applicable counts as an answer). */
    public boolean complete() {
        return !items.isEmpty() && items.stream().allMatch(i -> answers.containsKey(i.getId()));
    }

    /** What stands between the pilot and scale-up: items unanswered, answered no or partly. */
    public List<ReadinessItem> gaps() {
        return items.stream()
                .filter(i -> {
                    var a = answers.get(i.getId());
                    return a == null || a == Answer.NO || a == Answer.PARTLY;
                })
                .toList();
    }

    public List<ReadinessItem> items() {
        return items;
    }
}
