package org.tori.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipResponseTest {

    /** A servlet response that keeps headers, content type and body in memory. */
    private static final class Sink {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        String contentType;
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "getHeader" -> headers.get((String) args[0]);
                    case "setContentLengthLong" -> headers.put("Content-Length", String.valueOf(args[0]));
                    case "setContentType" -> contentType = (String) args[0];
                    case "getContentType" -> contentType;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getStatus" -> 200;
                    case "isCommitted" -> false;
                    case "resetBuffer" -> {
                        body.reset();
                        yield null;
                    }
                    case "getOutputStream" ->
                        new ServletOutputStream() {
                            @Override
                            public void write(int b) {
                                body.write(b);
                            }

                            @Override
                            public boolean isReady() {
                                return true;
                            }

                            @Override
                            public void setWriteListener(WriteListener listener) {}
                        };
                    default -> null;
                });

        String unzipped() throws Exception {
            return new String(
                    new GZIPInputStream(new ByteArrayInputStream(body.toByteArray())).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageIsCompressedAndItsDeclaredLengthDropped() throws Exception {
        var sink = new Sink();
        var response = new GzipResponse(sink.response);
        response.setContentType("text/html;charset=UTF-8");
        var page = "<html>" + "Tori – kaupunkien yhteinen tori. ".repeat(100) + "</html>";
        response.setContentLength(page.getBytes(StandardCharsets.UTF_8).length);
        response.getWriter().write(page);
        response.finish();
        assertEquals("gzip", sink.headers.get("Content-Encoding"));
        assertNull(sink.headers.get("Content-Length"));
        assertEquals(page, sink.unzipped());
    }

    @Test
    void anImageKeepsItsBytesAndLength() throws Exception {
        var sink = new Sink();
        var response = new GzipResponse(sink.response);
        response.setContentType("image/png");
        response.setHeader("Content-Length", "1000");
        response.getOutputStream().write(new byte[1000]);
        response.finish();
        assertNull(sink.headers.get("Content-Encoding"));
        assertEquals("1000", sink.headers.get("Content-Length"));
        assertEquals(1000, sink.body.size());
    }

    @Test
    void whatWasWrittenBeforeAResetOfTheBufferIsGone() throws Exception {
        var sink = new Sink();
        var response = new GzipResponse(sink.response);
        response.setContentType("text/css");
        var writer = response.getWriter();
        writer.write("old ".repeat(200));
        response.resetBuffer();
        writer.write("body { color: black; } ".repeat(20));
        response.finish();
        assertEquals("body { color: black; } ".repeat(20), sink.unzipped());
    }
}
