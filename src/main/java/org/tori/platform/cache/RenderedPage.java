package org.tori.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A response that sends the page as it is written and keeps a copy of it, when it is one that may be
 * kept: text/html written as characters, no cookie, under {@value #LARGEST} characters.
 */
final class RenderedPage extends HttpServletResponseWrapper {

    static final int LARGEST = 1 << 20;
    /** Headers that belong to one response, or that the filters outside set again for each. */
    private static final Set<String> OWN = Set.of(
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "vary",
            "date",
            "connection",
            "server",
            "content-type",
            PageCache.HEADER.toLowerCase(Locale.ROOT));

    private StringBuilder copy;
    private boolean mayKeep = true;
    private PrintWriter writer;

    RenderedPage(HttpServletResponse response) {
        super(response);
        response.setHeader(PageCache.HEADER, "rendered");
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            var target = super.getWriter();
            if (!html(getContentType())) {
                mayKeep = false;
                return target;
            }
            copy = new StringBuilder(16 * 1024);
            writer = new PrintWriter(new Tee(target), false);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        mayKeep = false;
        return super.getOutputStream();
    }

    @Override
    public void addCookie(Cookie cookie) {
        mayKeep = false;
        super.addCookie(cookie);
    }

    @Override
    public void reset() {
        mayKeep = false;
        super.reset();
    }

    @Override
    public void resetBuffer() {
        mayKeep = false;
        super.resetBuffer();
    }

    /** The page to keep, once it was sent whole. */
    Optional<KeptPage> page() {
        if (writer != null) {
            writer.flush();
        }
        if (!mayKeep || copy == null || getStatus() != SC_OK || !html(getContentType())) {
            return Optional.empty();
        }
        var headers = new HashMap<String, List<String>>();
        for (var name : getHeaderNames()) {
            var lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("set-cookie")) {
                return Optional.empty();
            }
            if (lower.equals("cache-control")) {
                var control = String.valueOf(getHeader(name)).toLowerCase(Locale.ROOT);
                if (control.contains("no-store") || control.contains("private")) {
                    return Optional.empty();
                }
            }
            if (!OWN.contains(lower)) {
                headers.put(name, List.copyOf(getHeaders(name)));
            }
        }
        return Optional.of(KeptPage.of(getContentType(), headers, copy.toString()));
    }

    static boolean html(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /** Writes through and keeps a copy, until the page is too large to keep. */
    private final class Tee extends Writer {
        private final PrintWriter target;

        Tee(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            target.write(chars, offset, length);
            keep(CharBuffer.wrap(chars), offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            target.write(text, offset, length);
            keep(text, offset, length);
        }

        private void keep(CharSequence text, int offset, int length) {
            if (copy == null) {
                return;
            }
            if (copy.length() + length > LARGEST) {
                copy = null;
                mayKeep = false;
            } else {
                copy.append(text, offset, offset + length);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.close();
        }
    }
}
