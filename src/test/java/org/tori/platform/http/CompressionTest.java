package org.tori.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        assertTrue(Compression.acceptsGzip("gzip, deflate, br"));
        assertTrue(Compression.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(Compression.acceptsGzip("gzip;q=0"));
        assertFalse(Compression.acceptsGzip("gzip; q=0.0, deflate"));
        assertFalse(Compression.acceptsGzip("deflate, br"));
        assertFalse(Compression.acceptsGzip("x-gzip-like"));
        assertFalse(Compression.acceptsGzip(null));
    }

    @Test
    void textIsCompressedAndAlreadyPackedFormatsAreNot() {
        assertTrue(Compression.textType("text/html;charset=UTF-8"));
        assertTrue(Compression.textType("application/json"));
        assertTrue(Compression.textType("image/svg+xml"));
        assertTrue(Compression.textType("text/css"));
        assertFalse(Compression.textType("image/png"));
        assertFalse(Compression.textType("font/woff2"));
        assertFalse(Compression.textType(null));
    }
}
