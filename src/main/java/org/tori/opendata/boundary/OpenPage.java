package org.tori.opendata.boundary;

import java.util.List;
import org.tori.opendata.control.Representations;
import org.tori.platform.rest.LicenceHeaders;

/** One page of an open data list, with its licence stated in the body as well as in the headers. */
public record OpenPage<T>(
        String license, String licenseUrl, String attribution, long total, int page, int size, List<T> items) {

    public static final int MAX_SIZE = 100;

    static int size(int requested) {
        return Math.max(1, Math.min(requested, MAX_SIZE));
    }

    static int page(int requested) {
        return Math.max(0, requested);
    }

    static <T> OpenPage<T> of(List<T> all, int page, int size) {
        var items = all.stream().skip((long) page * size).limit(size).toList();
        return of(all.size(), page, size, items);
    }

    static <T> OpenPage<T> of(long total, int page, int size, List<T> items) {
        return new OpenPage<>(
                LicenceHeaders.LICENSE,
                LicenceHeaders.LICENSE_URL,
                Representations.ATTRIBUTION,
                total,
                page,
                size,
                items);
    }
}
