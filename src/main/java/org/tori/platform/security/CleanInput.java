package org.tori.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses with 400, before any feature reads it, a request whose address or form fields hold a NUL
 * character or bytes that are not UTF-8: such input is never typed by a person and only ever serves
 * to confuse what comes after (truncation in C libraries, mixed decodings, log forging).
 */
public class CleanInput extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        if (!cleanUtf8(request.getRequestURI()) || !cleanUtf8(request.getQueryString()) || !cleanParameters(request)) {
            Refusals.problem(response, 400, "Bad Request", "The request holds characters that are not valid text.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Form fields as the container decoded them: a replacement character means the bytes were not UTF-8. */
    private static boolean cleanParameters(HttpServletRequest request) {
        var type = request.getContentType();
        if (type != null && type.startsWith("multipart/")) {
            return true;
        }
        for (var values : request.getParameterMap().values()) {
            for (var value : values) {
                if (value.indexOf('\0') >= 0 || value.indexOf('\uFFFD') >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Percent-decodes strictly and checks the bytes are UTF-8 without NUL. */
    static boolean cleanUtf8(String raw) {
        if (raw == null) {
            return true;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') {
                return false;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        var decoded = bytes.toByteArray();
        for (byte b : decoded) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
