package org.tori.news.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;

/** {@code /news/image?id=}: the image of a news item the visitor may read, from the portal's own origin. */
@WebServlet("/news/image")
public class NewsImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient News news;

    @Inject
    transient CurrentMember member;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var raw = request.getParameter("id");
        if (raw == null || !raw.matches("\\d{1,18}")) {
            response.sendError(raw == null ? 404 : 400);
            return;
        }
        var viewer = member.id().map(m -> new News.Actor(m, member.isStaff())).orElse(null);
        var image = news.image(Long.parseLong(raw), viewer);
        if (image.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(image.get().mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(image.get().content().length);
        response.getOutputStream().write(image.get().content());
    }
}
