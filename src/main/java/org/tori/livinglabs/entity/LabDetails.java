package org.tori.livinglabs.entity;

import java.util.List;

/** What a company tells about its experiment besides the space itself; questions are rated 1 to 5. */
public record LabDetails(
        String prototype,
        String location,
        String learningGoals,
        String testerProfile,
        int capacity,
        List<String> questions) {

    public LabDetails {
        questions = questions == null
                ? List.of()
                : questions.stream()
                        .filter(q -> q != null && !q.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
