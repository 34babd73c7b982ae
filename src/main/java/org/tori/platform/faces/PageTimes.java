package org.tori.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Page render time on /metrics: one timer, {@code tori_page_render_seconds}, tagged with the view
 * (the page's file, e.g. {@code /spaces/space.xhtml}), so the set of tags is the set of pages.
 */
@ApplicationScoped
public class PageTimes {

    static final String RENDER = "tori.page.render";
    private static final Metadata METADATA = Metadata.builder()
            .withName(RENDER)
            .withUnit(MetricUnits.SECONDS)
            .withDescription("Time from the request to the last byte of a page's rendering, per view")
            .build();

    @Inject
    MetricRegistry registry;

    public void rendered(String viewId, Duration took) {
        registry.timer(METADATA, new Tag("view", viewId)).update(took);
    }
}
