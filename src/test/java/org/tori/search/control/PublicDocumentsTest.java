package org.tori.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.events.boundary.EventRow;
import org.tori.news.boundary.NewsRow;
import org.tori.pilots.boundary.PilotPage;
import org.tori.pilots.boundary.PilotRow;
import org.tori.search.entity.KnowledgeDocument;

/** What pilots, news items and events put into the index: what their public pages show, and only that. */
class PublicDocumentsTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC);

    private static NewsRow news(String status) {
        return new NewsRow(
                7,
                "Harbour sensors switched on",
                "Ten sensors measure the air.",
                "The masts stand on the pier.",
                "PRESS_RELEASE",
                "Port of Tampere",
                "press@tori.example",
                false,
                null,
                status,
                List.of("PLANET"),
                "PUBLISHED".equals(status) ? NOON : null,
                NOON);
    }

    @Test
    void aPublishedNewsItemIsAPublicDocumentWithItsLeadTextAndPartnersButNotThePressContact() {
        var doc = (KnowledgeDocument) NewsDocuments.of(news("PUBLISHED")).orElseThrow();
        assertEquals("news", doc.kind());
        assertEquals("7", doc.lessonId());
        assertEquals("Harbour sensors switched on", doc.title());
        assertTrue(doc.body().contains("Ten sensors") && doc.body().contains("on the pier"), doc.body());
        assertEquals("Port of Tampere", doc.organisation());
        assertEquals("PUBLIC", doc.visibility());
        assertEquals("2026-11-20", doc.date());
        assertEquals(2026, doc.year());
        assertEquals(List.of("PLANET"), doc.themes());
        assertFalse(doc.toString().contains("press@tori.example"), "the press contact is not searched");
        assertEquals("news-7", NewsDocuments.documentId(7));
    }

    @Test
    void aDraftOrANewsItemInReviewHasNoDocument() {
        assertTrue(NewsDocuments.of(news("DRAFT")).isEmpty());
        assertTrue(NewsDocuments.of(news("REVIEW")).isEmpty());
    }

    @Test
    void anEventIsAPublicDocumentOnTheDayItStartsWithItsPlaceAndOrganisations() {
        var event = new EventRow(
                3,
                "Harbour data meetup",
                "MEETUP",
                "HOSTED",
                "Open data from the port.",
                NOON,
                NOON.plusHours(2),
                "Tampere Hall",
                null,
                "en",
                null,
                "Port of Tampere",
                List.of("PLANET"),
                List.of("SENIOR_CITIZEN"),
                List.of(),
                NOON);
        var doc = (KnowledgeDocument) EventDocuments.of(event);
        assertEquals("event", doc.kind());
        assertEquals("3", doc.lessonId());
        assertEquals("Harbour data meetup", doc.title());
        assertEquals("Open data from the port.", doc.body());
        assertEquals("Tampere Hall", doc.tags());
        assertEquals("Port of Tampere", doc.organisation());
        assertEquals("en", doc.language());
        assertEquals("2026-11-20", doc.date());
        assertEquals(List.of("SENIOR_CITIZEN"), doc.valueStreams());
        assertEquals("PUBLIC", doc.visibility());
        assertEquals("event-3", EventDocuments.documentId(3));
    }

    private static PilotPage pilot(String stage, String reason) {
        var row = new PilotRow(11, "Parcel terminals", "PROPOSAL", "Quiet Wheels Oy", stage, 1, 40, List.of(), false);
        return new PilotPage(
                row,
                "PILOT",
                "Parcel terminals",
                null,
                new BigDecimal("20000"),
                LocalDate.of(2026, 3, 1),
                "Ten more terminals next spring",
                "Owner's private next step",
                List.of(new PilotPage.Section(
                        1, 50, List.of(new PilotPage.Line(5, "Help desk", "YES", "Kaisa runs it", null)))),
                List.of(),
                reason,
                false,
                null,
                null,
                null,
                false,
                false,
                false);
    }

    @Test
    void aPilotCarriesItsTitlePartnerPlanAndDecisionAndNoPeople() {
        var doc = (KnowledgeDocument) PilotDocuments.of(pilot("SCALED_UP", "Every district wants one"));
        assertEquals("pilot", doc.kind());
        assertEquals("11", doc.lessonId());
        assertEquals("Parcel terminals", doc.title());
        assertEquals("Quiet Wheels Oy", doc.organisation());
        assertTrue(doc.body().contains("Ten more terminals"), doc.body());
        assertTrue(doc.body().contains("Every district wants one"), doc.body());
        assertEquals("2026-03-01", doc.date());
        assertEquals("PUBLIC", doc.visibility());
        assertFalse(doc.toString().contains("Kaisa"), "evidence naming people is not indexed");
        assertFalse(doc.toString().contains("private next step"), "the page does not show the next step");
        assertEquals("pilot-11", PilotDocuments.documentId(11));
    }

    @Test
    void aPilotNotYetDecidedIndexesNoDecisionReason() {
        var doc = (KnowledgeDocument) PilotDocuments.of(pilot("RUNNING", "Left over from an earlier move"));
        assertFalse(doc.body().contains("Left over"), doc.body());
        assertNull(doc.tags());
    }
}
