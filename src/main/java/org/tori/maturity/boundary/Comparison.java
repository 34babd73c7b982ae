package org.tori.maturity.boundary;

import java.util.List;
import org.tori.maturity.entity.GapAction;
import org.tori.maturity.entity.PeerRange;

/**
 * A city's latest assessment beside the peers that shared theirs: per dimension its level and target,
 * the peers' range (null when fewer than three shared), the sharing cities one level ahead with the
 * lessons they cite, the practices recommended at the city's level, and its actions.
 */
public record Comparison(long assessmentId, String city, int peers, boolean similarSize, List<Row> rows) {

    public record Row(
            String code,
            String name,
            int own,
            int target,
            Integer targetYear,
            PeerRange peers,
            List<Ahead> ahead,
            List<LessonLink> practices,
            List<GapAction> actions) {

        public int gap() {
            return target - own;
        }
    }

    public record Ahead(String city, List<LessonLink> lessons) {}
}
