package org.tori.news.boundary;

import java.time.LocalDate;
import org.tori.news.entity.MediaHit;

/** A recorded media hit of a release. */
public record HitRow(long id, Long newsId, String outlet, LocalDate appearedOn, String link, Long reach) {

    static HitRow of(MediaHit h) {
        return new HitRow(h.getId(), h.getNewsId(), h.getOutlet(), h.getAppearedOn(), h.getLink(), h.getReach());
    }
}
