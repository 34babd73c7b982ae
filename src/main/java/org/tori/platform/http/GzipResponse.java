package org.tori.platform.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A response that decides at its first byte whether to compress: by then the content type and any
 * length are set. A declared length is held back until then, since the compressed one differs.
 */
final class GzipResponse extends HttpServletResponseWrapper {

    private Boolean compressing;
    private Long declaredLength;
    private OutputStream target;
    private GZIPOutputStream gzip;
    private Body body;
    private PrintWriter writer;
    private boolean discarding;

    GzipResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (body == null) {
            body = new Body();
        }
        return body;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (body != null) {
                throw new IllegalStateException("getOutputStream() was called already");
            }
            body = new Body();
            writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (compressing == null) {
            declaredLength = length;
        } else if (!compressing) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!lengthHeader(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!lengthHeader(name, value)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!lengthHeader(name, Integer.toString(value))) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!lengthHeader(name, Integer.toString(value))) {
            super.addIntHeader(name, value);
        }
    }

    private boolean lengthHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            return false;
        }
        try {
            setContentLengthLong(Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            return false;
        }
        return true;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        decide();
        if (gzip != null) {
            gzip.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void reset() {
        forget();
        super.reset();
    }

    @Override
    public void resetBuffer() {
        boolean wasCompressing = Boolean.TRUE.equals(compressing);
        forget();
        super.resetBuffer();
        if (wasCompressing && !isCommitted()) {
            // the header Content-Encoding stays: start a fresh gzip stream in the emptied buffer
            try {
                compress();
            } catch (IOException unexpected) {
                throw new UncheckedIOException(unexpected);
            }
        }
    }

    /** What was written so far goes away with the buffer: the next byte decides again. */
    private void forget() {
        if (writer != null) {
            discarding = true;
            writer.flush();
            discarding = false;
        }
        compressing = null;
        gzip = null;
        target = null;
        declaredLength = null;
    }

    private void decide() throws IOException {
        if (compressing != null) {
            return;
        }
        int status = getStatus();
        compressing = status != SC_NO_CONTENT
                && status != SC_NOT_MODIFIED
                && status != SC_PARTIAL_CONTENT
                && getHeader("Content-Encoding") == null
                && Compression.textType(getContentType())
                && (declaredLength == null || declaredLength >= Compression.SMALLEST)
                && !isCommitted();
        if (compressing) {
            super.setHeader("Content-Encoding", "gzip");
            compress();
        } else {
            if (declaredLength != null) {
                super.setContentLengthLong(declaredLength);
            }
            target = super.getOutputStream();
        }
    }

    private void compress() throws IOException {
        compressing = true;
        gzip = new GZIPOutputStream(super.getOutputStream(), 8192);
        target = gzip;
    }

    /** Writes the gzip trailer once the chain is done; a response that never wrote keeps its length. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (compressing == null) {
            if (declaredLength != null && !isCommitted()) {
                super.setContentLengthLong(declaredLength);
            }
            return;
        }
        if (gzip != null) {
            gzip.finish();
        }
    }

    private final class Body extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            if (discarding) {
                return;
            }
            decide();
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (discarding || length == 0) {
                return;
            }
            decide();
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (discarding) {
                return;
            }
            decide();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            if (discarding) {
                return;
            }
            finish();
            GzipResponse.super.getOutputStream().close();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("compressed responses are written blocking");
        }
    }
}
