package org.tori.spaces.boundary;

import java.util.List;
import java.util.Map;
import org.tori.spaces.entity.Team;

/** A team as participants see it: who is in, how many seats are left, and the skills it has. */
public record TeamSummary(
        long id,
        String name,
        long captainId,
        int members,
        int maxSize,
        List<Long> memberIds,
        List<Long> invited,
        List<Long> requests,
        List<String> skills) {

    static TeamSummary of(Team t, List<String> skills) {
        var people = t.getPeople();
        return new TeamSummary(
                t.getId(),
                t.getName(),
                t.getCaptainId(),
                t.members(),
                t.getMaxSize(),
                ids(people, Team.Membership.MEMBER),
                ids(people, Team.Membership.INVITED),
                ids(people, Team.Membership.REQUESTED),
                skills);
    }

    private static List<Long> ids(Map<Long, Team.Membership> people, Team.Membership status) {
        return people.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
