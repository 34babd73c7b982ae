#!/usr/bin/env python3
"""Does the knowledge index hold what the database holds? Usage: converged.py ES DB_ROWS WRITES_JSON PREFIX.
DB_ROWS: "id|external_id|title" per line for every lesson. Prints one line of figures; exit 1 if they differ
or an acknowledged write is missing from the database."""
import json
import sys
import urllib.request

es, rows, writes, prefix = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
db = {}
external = set()
for line in open(rows, encoding="utf-8"):
    lid, ext, title = line.rstrip("\n").split("|", 2)
    db[f"lesson-{lid}"] = title
    external.add(ext)


def call(url, body):
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=60))


indexed = {}
page = call(f"{es}/tori-knowledge/_search?scroll=2m", {"size": 5000, "_source": ["title"], "query": {"term": {"kind": "lesson"}}})
while page["hits"]["hits"]:
    indexed.update((h["_id"], h["_source"].get("title")) for h in page["hits"]["hits"])
    page = call(f"{es}/_search/scroll", {"scroll": "2m", "scroll_id": page["_scroll_id"]})
w = json.load(open(writes))
lost = [e for e in w["acked"] if e not in external]
missing = [i for i in db if i not in indexed]
extra = [i for i in indexed if i not in db]
different = [i for i in db if i in indexed and indexed[i] != db[i]]
print(f"writes attempted {w['attempted']}, acknowledged {len(w['acked'])}, kept {len(w['acked']) - len(lost)}, lost {len(lost)}, "
      f"refused or unanswered {w['failed']} {w['codes']}; lessons in database {len(db)}, in index {len(indexed)}, "
      f"missing {len(missing)}, extra {len(extra)}, content differs {len(different)}")
sys.exit(1 if lost or missing or extra or different else 0)
