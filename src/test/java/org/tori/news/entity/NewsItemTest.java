package org.tori.news.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.AttachmentType;
import org.tori.spaces.entity.Theme;

class NewsItemTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-01T10:00:00+02:00");

    private static NewsDetails details(String imageAlt) {
        return new NewsDetails(
                "Harbour pilot starts",
                "Ten partners join.",
                "Body",
                NewsCategory.MEDIA_RELEASE,
                "Acme Oy",
                "Communications, press@tori.example",
                imageAlt,
                Set.of(Theme.PLANET));
    }

    @Test
    void anImageNeedsItsAlternativeText() {
        var e = assertThrows(DomainException.class, () -> new NewsItem(details(" "), AttachmentType.PNG, 1, NOW));
        assertEquals("imageAlt", e.field());
    }

    @Test
    void onlyPngAndJpegImagesAreTaken() {
        var e = assertThrows(DomainException.class, () -> new NewsItem(details("A chart"), AttachmentType.PDF, 1, NOW));
        assertEquals("image", e.field());
        var item = new NewsItem(details("A chart"), AttachmentType.JPEG, 1, NOW);
        assertEquals(AttachmentType.JPEG, item.getImageType());
        var keptImage = assertThrows(DomainException.class, () -> item.write(details(""), null, NOW));
        assertEquals("imageAlt", keptImage.field(), "the kept image still needs its text");
    }

    @Test
    void onlyAReviewedItemIsPublishedAndPublishingTellsItsThemes() {
        var item = new NewsItem(details(null), null, 1, NOW);
        assertThrows(DomainException.class, () -> item.publish(NOW));
        item.submitForReview(NOW);
        var published = item.publish(NOW.plusHours(1));
        assertTrue(item.isPublic());
        assertEquals(Set.of("PLANET"), published.themes());
        assertEquals(NOW.plusHours(1), item.getPublishedAt());
    }

    @Test
    void mediaHitsAreRecordedForPublishedReleasesOnly() {
        var item = new NewsItem(details(null), null, 1, NOW);
        var draft = assertThrows(
                DomainException.class,
                () -> new MediaHit(item, "Aamulehti", LocalDate.of(2026, 11, 2), null, 1000L, 1, NOW));
        assertEquals("hit.notPublished", draft.key());
        item.submitForReview(NOW);
        item.publish(NOW);
        var noOutlet = assertThrows(
                DomainException.class, () -> new MediaHit(item, " ", LocalDate.of(2026, 11, 2), null, null, 1, NOW));
        assertEquals("hitOutlet", noOutlet.field());
        var hit = new MediaHit(item, "Aamulehti", LocalDate.of(2026, 11, 2), "https://al.example/x", 52000L, 1, NOW);
        assertEquals(52000L, hit.getReach());
    }
}
