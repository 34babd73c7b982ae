#!/usr/bin/env python3
"""Where the portal's request threads spend their time in a JFR recording: for CPU samples
(jdk.ExecutionSample) and waits (jdk.ThreadPark, jdk.SocketRead), the first Tori frame of each stack,
summed. Usage: jfr_top.py RECORDING.jfr [N]."""
import collections
import json
import re
import subprocess
import sys

recording, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6
out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample,jdk.ThreadPark,jdk.SocketRead", recording],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]


def seconds(value):
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", value or "")
    return 0.0 if not match else int(match[1] or 0) * 3600 + int(match[2] or 0) * 60 + float(match[3] or 0)


def tori_frame(event):
    for frame in (event["values"].get("stackTrace") or {}).get("frames", []):
        method = frame["method"]
        owner = method["type"]["name"]
        if owner.startswith("org.tori") or owner.startswith("org/tori"):
            return owner.replace("/", ".").split(".")[-1].split("$")[0] + "." + method["name"]
    return None


cpu, wait = collections.Counter(), collections.Counter()
for event in events:
    frame = tori_frame(event)
    if not frame:
        continue
    if event["type"] == "jdk.ExecutionSample":
        cpu[frame] += 1
    else:
        wait[frame] += seconds(event["values"].get("duration"))
print("CPU samples, first Tori frame: " + ", ".join(f"{f} {n}" for f, n in cpu.most_common(top)))
print("waiting (park, socket read), first Tori frame: " + ", ".join(f"{f} {s:.1f} s" for f, s in wait.most_common(top)))
