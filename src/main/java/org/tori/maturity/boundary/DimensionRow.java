package org.tori.maturity.boundary;

import java.util.List;

/** A dimension of the model in the reader's language, with its levels and their recommended practices. */
public record DimensionRow(String code, String name, List<LevelRow> levels) {

    public record LevelRow(int level, String description, String evidence, List<LessonLink> practices) {}
}
