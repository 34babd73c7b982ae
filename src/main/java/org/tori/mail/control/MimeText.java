package org.tori.mail.control;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bytes of a notification mail as the SMTP server gets them: headers, and a plain text and an
 * HTML part in UTF-8, quoted-printable, as multipart/alternative. Written here in one pass because
 * Jakarta Mail's own writer looks up its stream and content handlers through the class loader for
 * every part of every mail: on a portal sending thousands of notifications that lookup was over a
 * third of the senders' time (bench/RESULTS.md, mail profile).
 */
final class MimeText {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
    private static final int LINE = 76;
    /** UTF-8 bytes per encoded word: 45 bytes are 60 base64 characters, a word stays under 75. */
    private static final int WORD_BYTES = 45;

    private MimeText() {}

    /** Bytes written one at a time without the locking of a ByteArrayOutputStream. */
    static final class Buffer {
        private byte[] bytes;
        private int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        void writeBytes(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** The headers that differ from mail to mail; the values must already be single lines. */
    record Headers(String from, String to, String messageId, String subject, String unsubscribeUrl) {}

    static byte[] write(Headers headers, String text, String html, ZonedDateTime date) {
        var out = new Buffer(512 + 2 * (text.length() + html.length()));
        var boundary = "=_tori_" + NOT_ALPHANUMERIC.matcher(headers.messageId()).replaceAll("");
        header(out, "Date", DATE.format(date.withZoneSameInstant(ZoneOffset.UTC)));
        header(out, "From", headers.from());
        header(out, "To", headers.to());
        header(out, "Message-ID", headers.messageId());
        ascii(out, "Subject: " + subject(headers.subject()) + "\r\n");
        if (headers.unsubscribeUrl() != null) {
            header(out, "List-Unsubscribe", "<" + headers.unsubscribeUrl() + ">");
            header(out, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
        ascii(out, "\r\n");
        part(out, boundary, "text/plain", text);
        part(out, boundary, "text/html", html);
        ascii(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void part(Buffer out, String boundary, String type, String body) {
        ascii(out, "--" + boundary + "\r\n");
        header(out, "Content-Type", type + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "quoted-printable");
        ascii(out, "\r\n");
        quotedPrintable(out, body);
        ascii(out, "\r\n");
    }

    private static void header(Buffer out, String name, String value) {
        ascii(out, name + ": " + value + "\r\n");
    }

    private static void ascii(Buffer out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The subject as it goes in the header: plain ASCII folded at spaces, anything else as RFC 2047
     * encoded words of whole characters, one per line.
     */
    static String subject(String subject) {
        if (subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return fold(subject, "Subject: ".length());
        }
        var words = new StringBuilder();
        var chunk = new StringBuilder();
        int chunkBytes = 0;
        for (int i = 0; i < subject.length(); ) {
            int codePoint = subject.codePointAt(i);
            var character = new String(Character.toChars(codePoint));
            int bytes = character.getBytes(StandardCharsets.UTF_8).length;
            if (chunkBytes + bytes > WORD_BYTES) {
                word(words, chunk);
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(character);
            chunkBytes += bytes;
            i += Character.charCount(codePoint);
        }
        word(words, chunk);
        return words.toString();
    }

    private static void word(StringBuilder words, CharSequence chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        if (!words.isEmpty()) {
            words.append("\r\n ");
        }
        words.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }

    private static String fold(String value, int used) {
        var folded = new StringBuilder(value.length() + 8);
        int lineLength = used;
        boolean first = true;
        for (var piece : value.split(" ", -1)) {
            if (first) {
                folded.append(piece);
                lineLength += piece.length();
                first = false;
            } else if (lineLength + 1 + piece.length() > 78) {
                folded.append("\r\n ").append(piece);
                lineLength = 1 + piece.length();
            } else {
                folded.append(' ').append(piece);
                lineLength += 1 + piece.length();
            }
        }
        return folded.toString();
    }

    /**
     * Quoted-printable (RFC 2045 6.7) of the text in UTF-8: line breaks of any kind become CRLF,
     * lines stay within 76 characters with soft breaks, spaces at a line's end are encoded.
     */
    static void quotedPrintable(Buffer out, String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                out.write('\r');
                out.write('\n');
                column = 0;
                continue;
            }
            boolean lineEnds = i + 1 == bytes.length || bytes[i + 1] == '\r' || bytes[i + 1] == '\n';
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEnds);
            int width = literal ? 1 : 3;
            // a soft break leaves room for its "=" (and, before the last character of a line, for nothing more)
            if (column + width > (lineEnds ? LINE : LINE - 1)) {
                out.write('=');
                out.write('\r');
                out.write('\n');
                column = 0;
            }
            if (literal) {
                out.write(b);
            } else {
                out.write('=');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 0x0f]);
            }
            column += width;
        }
    }
}
