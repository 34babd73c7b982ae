package org.tori.roadmap.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/** The portfolio reviews: the list ({@code /roadmap/reviews}) and one review as a whole ({@code ?id=}). */
@Named
@RequestScoped
public class PortfolioReviewView {

    @Inject
    Roadmap roadmap;

    @Inject
    CurrentReader reader;

    private ReviewPage review;

    public void load() throws IOException {
        review = roadmap.review(Page.id("id"), reader.get()).orElse(null);
        if (review == null) {
            Page.notFound();
        }
    }

    public ReviewPage getReview() {
        return review;
    }

    public List<ReviewPage.Summary> getReviews() {
        return roadmap.reviews(reader.get());
    }
}
