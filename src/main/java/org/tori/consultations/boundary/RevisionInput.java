package org.tori.consultations.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A revision staff publish after reviewing comments: every section of the new version, what changed,
 * and either a new comment deadline (another round) or none (the final version: results).
 */
public record RevisionInput(String changeNote, List<SectionInput> sections, OffsetDateTime reopenUntil) {}
