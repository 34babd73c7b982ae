#!/usr/bin/env python3
"""Where a search's time goes in Elasticsearch: the search API's query before and after the change of
2026-12-04, and variants of it, each sent straight to Elasticsearch with `profile: true` once (query,
collector and fetch sub-phase times of the knowledge shard) and then timed ROUNDS times (median `took`).

  ES=http://127.0.0.1:9285 python3 bench/search_profile.py "parking sensors" "kokeilu robotti" ...
"""
import copy
import json
import os
import statistics
import sys
import urllib.request

ES = os.environ["ES"]
PREFIX = os.environ.get("PREFIX", "tori")
ROUNDS = int(os.environ.get("ROUNDS", "7"))
INDICES = ",".join(f"{PREFIX}-{i}" for i in ["profiles", "spaces", "knowledge"])
ALL_FIELDS = ["title^3", "title.fi^3", "title.en^3", "title.sv^3", "body", "body.fi", "body.en", "body.sv",
              "tags^1.5", "tags.fi^1.5", "tags.en^1.5", "tags.sv^1.5", "city^2", "organisation", "name^3", "skills^2",
              "interests^2", "summary^2", "bio", "description", "organiser"]
FUZZY_FIELDS = ["title^3", "body", "tags^1.5", "name^3", "summary^2"]
SHOWN = ["title", "body", "body.en", "body.fi", "body.sv", "bio", "summary", "description"]
FACETS = {"city": "city.exact", "theme": "themes", "domain": "domain", "valueStream": "valueStreams",
          "cause": "causeCategories", "lang": "language", "year": "year"}


def call(path, body):
    request = urllib.request.Request(f"{ES}/{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def aggs():
    a = {name: {"terms": {"field": field, "size": 30}} for name, field in FACETS.items()}
    a["_index"] = {"terms": {"field": "_index", "size": 10}}
    a["_kind"] = {"terms": {"field": "kind", "size": 10}}
    a["_practice"] = {"filter": {"term": {"practice": True}}}
    return a


def wrap(text_query):
    return {"bool": {"must": text_query,
                     "filter": [{"bool": {"minimum_should_match": 1, "should": [
                         {"terms": {"visibility": ["PUBLIC"]}}, {"bool": {"must_not": {"exists": {"field": "visibility"}}}}]}}],
                     "should": [{"constant_score": {"filter": {"term": {"kind": "lesson"}}, "boost": 1.5}},
                                {"distance_feature": {"field": "date", "origin": "now", "pivot": "730d", "boost": 0.3}}]}}


def before(text, fuzzy=True, highlight=True):
    """The query of Search.find before 2026-12-04 (fuzzy best_fields over every field, all fields highlighted)."""
    best = {"query": text, "fields": ALL_FIELDS, "type": "best_fields", "tie_breaker": 0.3}
    if fuzzy:
        best["fuzziness"] = "AUTO"
    body = {"from": 0, "size": 20, "track_total_hits": True, "aggs": aggs(), "query": wrap({"bool": {
        "minimum_should_match": 1, "should": [
            {"multi_match": best},
            {"multi_match": {"query": text, "fields": ["title^4", "body^2", "summary^2", "name^4"], "type": "phrase", "slop": 1, "boost": 2}},
            {"multi_match": {"query": text, "fields": ["title", "city", "name"], "type": "bool_prefix"}}]}})}
    if highlight:
        whole = {"number_of_fragments": 0}
        part = {"number_of_fragments": 1, "fragment_size": 180}
        body["highlight"] = {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "fields": {
            "title": whole, "body": part, "body.en": part, "body.fi": part, "body.sv": part, "bio": part,
            "skills": whole, "interests": whole, "summary": whole, "description": part}}
    return body


def after(text, fuzzy=True, highlight=True, highlight_query=True):
    """The query of Search.find after 2026-12-04."""
    should = [
        {"multi_match": {"query": text, "fields": ALL_FIELDS, "type": "best_fields", "tie_breaker": 0.3}},
        {"multi_match": {"query": text, "fields": ["title^4", "body^2", "summary^2", "name^4"], "type": "phrase", "slop": 1, "boost": 2}},
        {"multi_match": {"query": text, "fields": ["title", "city", "name"], "type": "bool_prefix"}}]
    if fuzzy:
        should.append({"multi_match": {"query": text, "fields": FUZZY_FIELDS, "type": "best_fields", "fuzziness": "AUTO",
                                       "prefix_length": 1, "max_expansions": 10, "boost": 0.5}})
    body = {"from": 0, "size": 20, "track_total_hits": True, "timeout": "500ms", "aggs": aggs(),
            "_source": {"excludes": ["spell", "suggest"]},
            "query": wrap({"bool": {"minimum_should_match": 1, "should": should}})}
    if highlight:
        whole = {"number_of_fragments": 0}
        part = {"number_of_fragments": 1, "fragment_size": 180}
        body["highlight"] = {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"],
                             "max_analyzed_offset": 20000,
                             "fields": {f: (whole if f in ("title", "summary") else part) for f in SHOWN}}
        if highlight_query:
            body["highlight"]["highlight_query"] = {"multi_match": {"query": text, "fields": SHOWN, "type": "best_fields"}}
    return body


def plain(text):
    return {"size": 20, "query": {"match": {"body": text}}}


VARIANTS = [
    ("before: the API's query", lambda t: before(t), INDICES),
    ("before, without highlight", lambda t: before(t, highlight=False), INDICES),
    ("before, without highlight and fuzziness", lambda t: before(t, fuzzy=False, highlight=False), INDICES),
    ("after: the API's query", lambda t: after(t), INDICES),
    ("after, highlight without highlight_query", lambda t: after(t, highlight_query=False), INDICES),
    ("after, without fuzzy clause", lambda t: after(t, fuzzy=False), INDICES),
    ("after, without highlight", lambda t: after(t, highlight=False), INDICES),
    ("floor: plain match on body", plain, f"{PREFIX}-knowledge"),
]


def profile_summary(result):
    """Milliseconds of the knowledge shard: query (all clauses), collectors, and fetch sub-phases."""
    for shard in result["profile"]["shards"]:
        if "knowledge" not in shard["index"]:
            continue
        search = shard["searches"][0]
        query = sum(q["time_in_nanos"] for q in search["query"]) / 1e6
        collect = sum(c["time_in_nanos"] for c in search["collector"]) / 1e6
        fetch = shard.get("fetch", {})
        phases = {c["type"]: round(c["time_in_nanos"] / 1e6, 1) for c in fetch.get("children", [])}
        return f"query {query:.1f} ms, collect {collect:.1f} ms, fetch {fetch.get('time_in_nanos', 0) / 1e6:.1f} ms {phases}"
    return "no knowledge shard"


def main():
    for text in sys.argv[1:]:
        print(f"## {text}")
        for name, build, index in VARIANTS:
            body = build(text)
            call(f"{index}/_search", body)  # warm
            took = [call(f"{index}/_search", body)["took"] for _ in range(ROUNDS)]
            profiled = call(f"{index}/_search", dict(copy.deepcopy(body), profile=True))
            print(f"- {name}: took median {statistics.median(took)} ms (min {min(took)}, max {max(took)}); "
                  f"profile: {profile_summary(profiled)}")


if __name__ == "__main__":
    main()
