#!/usr/bin/env python3
"""Writes lessons one at a time through the import API, as users would, until STOP_FILE appears or
SECONDS pass. Usage: writer.py PORTAL PREFIX STOP_FILE OUT_JSON SECONDS. OUT_JSON gets the external
ids the portal acknowledged (2xx) and the count of writes it refused or could not answer."""
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from knowledge_gen import lesson  # noqa: E402

portal, prefix, stop, out, seconds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
token = os.environ["TORI_OPERATOR_TOKEN"]
rnd = random.Random(prefix)
acked, failed, codes = [], 0, {}
deadline = time.time() + seconds
i = 0
while not os.path.exists(stop) and time.time() < deadline:
    record = lesson(i, rnd)
    record.update(externalId=f"{prefix}-{i}", visibility="PUBLIC", status="PUBLISHED", title=f"{prefix} {i} {record['title']}"[:200])
    request = urllib.request.Request(f"{portal}/api/lessons/import", json.dumps([record]).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            report = json.load(response)
            code = response.status
        if report.get("errors"):
            failed += 1
        else:
            acked.append(record["externalId"])
    except urllib.error.HTTPError as e:
        code = e.code
        failed += 1
    except Exception:
        code = "no answer"
        failed += 1
        time.sleep(0.5)
    codes[str(code)] = codes.get(str(code), 0) + 1
    i += 1
    time.sleep(0.05)
json.dump({"attempted": i, "acked": acked, "failed": failed, "codes": codes}, open(out, "w"))
