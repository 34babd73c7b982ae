package org.tori.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final String NONCE = "YWJiZjc5MDItNmVlYy00Yjg1LWFmY2MtYWRkZGNiMzAxNTE3";
    private static final String POLICY = "script-src 'self' 'nonce-" + NONCE + "';";

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final PublicPages pages = PublicPages.of(2_000, 3, nanos::get);

    private static KeptPage page(String text) {
        return KeptPage.of(
                "text/html;charset=UTF-8",
                Map.of("Content-Security-Policy", List.of(POLICY)),
                "<script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE + "');</script><h1>" + text + "</h1>");
    }

    private static PageKey key(String path) {
        return new PageKey("http", "tori.example", path, "", "en");
    }

    @Test
    void everyReaderGetsTheKeptPageWithANonceOfTheirOwnInBodyAndPolicy() {
        var kept = page("Hackathon");
        var first = kept.body("Zmlyc3Q=");
        var second = kept.body("c2Vjb25k");
        assertFalse(first.contains(NONCE) || second.contains(NONCE), "the rendered page's nonce is never sent again");
        assertEquals(2, first.split("Zmlyc3Q=", -1).length - 1, "both places that named the nonce name the new one");
        assertEquals(first.replace("Zmlyc3Q=", "c2Vjb25k"), second);
        assertTrue(first.endsWith("<h1>Hackathon</h1>"));
        assertNotEquals(KeptPage.freshNonce(), KeptPage.freshNonce());
    }

    @Test
    void aPageIsKeptUntilItsTimeIsUpOrTheDataChanges() {
        pages.keep(key("/"), page("front"), pages.generation());
        nanos.addAndGet(1_999_000_000L);
        assertTrue(pages.get(key("/")).isPresent());
        nanos.addAndGet(2_000_000L);
        assertTrue(pages.get(key("/")).isEmpty(), "older than its time");

        pages.keep(key("/"), page("front"), pages.generation());
        pages.changed();
        assertTrue(pages.get(key("/")).isEmpty(), "a write ends the generation");
    }

    @Test
    void whenAPagesTimeIsUpOneReaderRendersItAnewWhileTheOthersGetTheKeptOneUnlessTheDataChanged() {
        pages.keep(key("/"), page("front"), pages.generation());
        nanos.addAndGet(2_500_000_000L);
        assertTrue(pages.get(key("/")).isEmpty(), "its time is up");
        assertTrue(pages.stale(key("/")).isPresent());
        assertTrue(pages.claimRenewal(key("/")), "the first reader renders it anew");
        assertFalse(pages.claimRenewal(key("/")), "the next readers get the kept page meanwhile");
        assertTrue(pages.claimRenewal(key("/spaces/")), "one renewal per page");
        pages.renewed(key("/"));
        assertTrue(pages.claimRenewal(key("/")), "a render that kept nothing lets the next reader try");
        pages.renewed(key("/"));

        nanos.addAndGet(2_000_000_000L);
        assertTrue(pages.stale(key("/")).isEmpty(), "late by more than its time: rendered anew by all");

        pages.keep(key("/"), page("front"), pages.generation());
        nanos.addAndGet(2_500_000_000L);
        pages.changed();
        assertTrue(pages.stale(key("/")).isEmpty(), "never after a write");
    }

    @Test
    void aPageRenderedWhileAWriteCommitsIsNotKept() {
        long before = pages.generation();
        pages.changed(); // a row is flushed while the page renders
        pages.keep(key("/spaces/"), page("old"), before);
        assertTrue(pages.get(key("/spaces/")).isEmpty(), "rendered across the change");

        // rendered after the flush but perhaps before the commit: not kept during the quiet time
        pages.keep(key("/spaces/"), page("perhaps old"), pages.generation());
        assertTrue(pages.get(key("/spaces/")).isEmpty(), "kept in the moment before a commit");
        nanos.addAndGet(PublicPages.QUIET_MILLIS * 1_000_000);
        pages.keep(key("/spaces/"), page("new"), pages.generation());
        assertTrue(pages.get(key("/spaces/")).isPresent(), "kept once the writes are over");
    }

    @Test
    void onlyAnonymousReadersOfPagesShareAKeptPageAndOnlyWithTheSameLanguage() {
        var plain = PageKey.of(request("GET", "/spaces/", "kind=HACKATHON", Map.of("Accept-Language", "fi")));
        assertEquals(Optional.of(new PageKey("http", "tori.example", "/spaces/", "kind=HACKATHON", "fi")), plain);
        var swedish = PageKey.of(request(
                "GET", "/spaces/", "kind=HACKATHON", Map.of("Accept-Language", "fi"), new Cookie("tori-lang", "sv")));
        assertEquals("sv", swedish.orElseThrow().language(), "the chosen language wins over the browser's");

        assertTrue(PageKey.of(request("POST", "/spaces/", null, Map.of())).isEmpty());
        assertTrue(PageKey.of(request("GET", "/api/spaces", null, Map.of())).isEmpty(), "the API answers for itself");
        assertTrue(PageKey.of(request("GET", "/", "lang=sv", Map.of())).isEmpty(), "a switch of language");
        assertTrue(PageKey.of(request("GET", "/", null, Map.of("Authorization", "Basic eDp5")))
                .isEmpty());
        assertTrue(
                PageKey.of(request("GET", "/", null, Map.of(), new Cookie("JSESSIONID", "abc")))
                        .isEmpty(),
                "a member has pages of their own");
        assertTrue(
                PageKey.of(request("GET", "/", null, Map.of(), new Cookie("csfcf", "1")))
                        .isEmpty(),
                "a flash message is for one reader");
    }

    private static HttpServletRequest request(
            String method, String path, String query, Map<String, String> headers, Cookie... cookies) {
        var all = new HashMap<>(headers);
        all.putIfAbsent("Host", "tori.example");
        return (HttpServletRequest) Proxy.newProxyInstance(
                PageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getQueryString" -> query;
                    case "getScheme" -> "http";
                    case "getHeader" -> all.get((String) args[0]);
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getRequestedSessionId" ->
                        List.of(cookies).stream()
                                .filter(c -> c.getName().equals("JSESSIONID"))
                                .map(Cookie::getValue)
                                .findFirst()
                                .orElse(null);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
