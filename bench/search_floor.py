#!/usr/bin/env python3
"""Search API latency against its physical floor, measured in the same run.

The floor is the cheapest way to ask Elasticsearch about the same words: a plain `match` on `body` of
the knowledge index, sent straight to Elasticsearch (not the API's own query, which would only measure
the portal's overhead over a possibly slow query). Twenty queries in Finnish, English and Swedish,
one to four words, some with typos; each asked ROUNDS times in turn, one client, after WARMUP seconds
(default 60) of the same questions, not measured. Sixty, not twenty: on two cores the JIT compilers of the
portal and of Elasticsearch are still at work after twenty seconds of questions (three passes in a row
after 20 s gave p50 31.4, 21.0 and 16.8 ms; bench/RESULTS.md).

  PORTAL=http://127.0.0.1:8185 ES=http://127.0.0.1:9285 python3 bench/search_floor.py [label]

Each API question is asked twice in a row: first with `Cache-Control: no-cache` (Elasticsearch answers:
the figure compared with the floor), then as readers ask (the portal keeps answers for two seconds).
Prints two lines: label, API p50/p99 (no-cache), floor p50/p99, ratio at p50 and p99, number of
requests, 5xx; then the kept answers' p50/p99.
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

PORTAL = os.environ["PORTAL"]
ES = os.environ["ES"]
INDEX = os.environ.get("INDEX", "tori-knowledge")
ROUNDS = int(os.environ.get("ROUNDS", "15"))
QUERIES = [
    # English
    "parking sensors", "pilot", "talking robots library", "open data portal", "winter bus pilto",
    "noise sensrs", "heat pumps caretakers", "flood warning residents", "city bikes", "digital twin use case",
    # Finnish
    "kokeilu robotti", "kotihoito", "osallistuva budjetointi", "pakettiautomaatti", "aurausautojen seurnta",
    "hankinnan viivästys",
    # Swedish
    "energigemenskap", "gröna tak skolor", "chattbot arbetssökande", "grona tak",
]


def timed(request):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    return (time.perf_counter() - started) * 1000, status


def api(text, fresh=True):
    """fresh: Cache-Control: no-cache, so Elasticsearch answers (the cost of the query itself); otherwise
    as readers ask, answered from the portal's two-second cache when the same question came just before."""
    headers = {"Cache-Control": "no-cache"} if fresh else {}
    return urllib.request.Request(f"{PORTAL}/api/search?q={urllib.parse.quote(text)}", headers=headers)


def floor(text):
    body = json.dumps({"size": 20, "query": {"match": {"body": text}}}).encode()
    return urllib.request.Request(f"{ES}/{INDEX}/_search", data=body, method="POST",
                                  headers={"Content-Type": "application/json"})


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else "search API"
    # warm both paths: a portal serves questions for hours, and its first seconds (the JIT compiling
    # the search path) are not what readers meet; WARMUP seconds of questions, none of them measured
    warm_until = time.time() + float(os.environ.get("WARMUP", "60"))
    while True:
        for text in QUERIES:
            timed(api(text))
            timed(floor(text))
        if time.time() >= warm_until:
            break
    measured, cached, floors, errors = [], [], [], 0
    for _ in range(ROUNDS):
        for text in QUERIES:
            took, status = timed(api(text))
            measured.append(took)
            errors += status >= 500
            took, status = timed(api(text, fresh=False))
            cached.append(took)
            errors += status >= 500
            took, _ = timed(floor(text))
            floors.append(took)
    a50, a99, f50, f99 = (percentile(measured, 50), percentile(measured, 99), percentile(floors, 50),
                          percentile(floors, 99))
    print(f"{label}: API p50 {a50:.1f} ms, p99 {a99:.1f} ms; floor (plain match on body) p50 {f50:.1f} ms, "
          f"p99 {f99:.1f} ms; ratio p50 {a50 / f50:.1f}, p99 {a99 / f99:.1f}; {len(measured)} requests, {errors} 5xx")
    c50, c99 = percentile(cached, 50), percentile(cached, 99)
    print(f"{label}, asked again as readers do (kept answer): cached p50 {c50:.1f} ms, p99 {c99:.1f} ms; "
          f"{len(cached)} requests")


if __name__ == "__main__":
    main()
