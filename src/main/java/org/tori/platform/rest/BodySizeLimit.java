package org.tori.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API bodies above the configured size with 413: at once when the length is declared,
 * and while reading when it is not (chunked bodies), so no body is ever buffered whole.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    /** Thrown while reading a body that turned out too large; answered with 413. */
    public static class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("The request body is larger than " + max + " bytes.");
        }
    }

    @Inject
    @ConfigProperty(name = "tori.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tori.api.max-upload-bytes", defaultValue = "6291456")
    long maxUploadBytes;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource == null ? null : resource.getResourceMethod();
        long maxBytes = method != null && method.isAnnotationPresent(FileUpload.class) ? maxUploadBytes : this.maxBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.response(413, "Content Too Large", new TooLarge(maxBytes).getMessage(), null));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
