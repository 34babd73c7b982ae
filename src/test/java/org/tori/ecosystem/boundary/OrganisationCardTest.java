package org.tori.ecosystem.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.ecosystem.entity.OrganisationKind;

class OrganisationCardTest {

    private static final OrganisationCard CARD = new OrganisationCard(
            1L,
            "Sensorit Oy",
            OrganisationKind.STARTUP,
            "Ilmanlaatuantureita",
            "fi",
            null,
            null,
            null,
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            Map.of("en", "Air-quality sensors"));

    @Test
    void aReaderGetsTheDescriptionInTheirLanguageWhenItIsWrittenInItAndTheMainTextOtherwise() {
        assertEquals("Air-quality sensors", CARD.descriptionIn("en"));
        assertEquals("en", CARD.descriptionLanguage("en"));
        assertEquals("Ilmanlaatuantureita", CARD.descriptionIn("fi"));
        assertEquals("Ilmanlaatuantureita", CARD.descriptionIn("sv"), "no Swedish text: the main one");
        assertEquals("fi", CARD.descriptionLanguage("sv"));
    }
}
