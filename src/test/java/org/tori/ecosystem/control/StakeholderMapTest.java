package org.tori.ecosystem.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.ecosystem.control.StakeholderMap.Node;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.spaces.entity.Theme;

class StakeholderMapTest {

    private static final List<Node> NODES = List.of(
            new Node(1, "Sensorit", OrganisationKind.STARTUP, Set.of(Theme.PLANET, Theme.PEOPLE)),
            new Node(2, "Aalto Lab", OrganisationKind.RESEARCH, Set.of(Theme.PLANET)),
            new Node(3, "ajoneuvo", OrganisationKind.STARTUP, Set.of(Theme.PLANET)),
            new Node(4, "Espoo", OrganisationKind.PARTNER_CITY, Set.of()));

    @Test
    void everyKindIsAGroupAndItsOrganisationsAreByName() {
        var byKind = StakeholderMap.byKind(NODES);
        assertEquals(OrganisationKind.values().length, byKind.size(), "empty kinds too");
        assertEquals(
                List.of("ajoneuvo", "Sensorit"),
                byKind.get(OrganisationKind.STARTUP).stream().map(Node::name).toList());
        assertTrue(byKind.get(OrganisationKind.NGO).isEmpty());
    }

    @Test
    void anOrganisationIsUnderEachThemeItWorksOnAndNoneWithoutThemes() {
        var byTheme = StakeholderMap.byTheme(NODES);
        assertEquals(3, byTheme.get(Theme.PLANET).size());
        assertEquals(
                List.of("Sensorit"),
                byTheme.get(Theme.PEOPLE).stream().map(Node::name).toList());
        assertTrue(byTheme.values().stream()
                .flatMap(List::stream)
                .noneMatch(n -> n.name().equals("Espoo")));
    }

    @Test
    void theCountsCrossKindsAndThemes() {
        var counts = StakeholderMap.counts(NODES);
        assertEquals(2, counts.get(OrganisationKind.STARTUP).get(Theme.PLANET));
        assertEquals(1, counts.get(OrganisationKind.RESEARCH).get(Theme.PLANET));
        assertEquals(0, counts.get(OrganisationKind.PARTNER_CITY).get(Theme.PLANET));
    }

    @Test
    void theSvgIsLabelledDrawsACircleForEachNonEmptyCellAndEscapesLabels() {
        var svg = StakeholderMap.svg("Map <of> \"us\"", NODES, k -> k.name() + "&", t -> t.name());
        assertTrue(svg.startsWith("<svg class=\"stakeholder-map\" role=\"img\""), svg);
        assertTrue(svg.contains("aria-label=\"Map &lt;of&gt; &quot;us&quot;\""));
        assertEquals(3, svg.split("<circle").length - 1, "startup×planet, startup×people, research×planet");
        assertTrue(svg.contains("STARTUP&amp;"));
        assertTrue(svg.endsWith("</svg>"));
    }
}
