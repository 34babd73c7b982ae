package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.news.boundary.News;

/** {@code /news/feed.atom}: the Atom feed of published news beside the news pages, for feed readers. */
@WebServlet("/news/feed.atom")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 50;

    @Inject
    transient News news;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    transient String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = baseUrl.replaceAll("/+$", "");
        var items = news.published(null, ENTRIES).stream()
                .map(n -> OpenNewsResource.of(n, base))
                .toList();
        var bytes = OpenNewsResource.atom(items, base).getBytes(StandardCharsets.UTF_8);
        response.setContentType(OpenDataResource.ATOM);
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
