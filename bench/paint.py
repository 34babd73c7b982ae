#!/usr/bin/env python3
"""First and largest contentful paint (FCP, LCP) of public pages in Chromium's mobile profile.

The profile of issue 28 (Lighthouse's "slow 4G" mobile): 4x CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up,
150 ms round trip, a 412x823 phone screen. Every page is a first visit (cache and cookies cleared), read
ROUNDS times; the median is printed. Chromium's own paint entries (PerformanceObserver) give the figures.

  python3 bench/paint.py BASE PATH...      (ROUNDS [3])

Prints one line per page: "paint PATH: FCP 812 ms, LCP 1034 ms (3 visits)".
"""
import os
import statistics
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BASE, PATHS = sys.argv[1], sys.argv[2:]
ROUNDS = int(os.environ.get("ROUNDS", "3"))
READ = """
const done = arguments[arguments.length - 1];
let lcp = 0;
new PerformanceObserver(l => l.getEntries().forEach(e => { lcp = Math.max(lcp, e.startTime); }))
  .observe({type: 'largest-contentful-paint', buffered: true});
// LCP is final once the page is idle; half a second after load is enough for these pages
setTimeout(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  done([fcp ? fcp.startTime : -1, lcp || -1]);
}, 500);
"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=412,823"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(30)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8})
    driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 412, "height": 823, "deviceScaleFactor": 2.625, "mobile": True})
    return driver


def visit(driver, path):
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.get("about:blank")
    driver.get(BASE + path)
    return driver.execute_async_script(READ)


def main():
    driver = browser()
    try:
        visit(driver, PATHS[0])  # the browser's own first start is not the page's
        for path in PATHS:
            runs = [visit(driver, path) for _ in range(ROUNDS)]
            fcp = statistics.median(r[0] for r in runs)
            lcp = statistics.median(r[1] for r in runs)
            print(f"paint {path}: FCP {fcp:.0f} ms, LCP {lcp:.0f} ms ({ROUNDS} visits)", flush=True)
    finally:
        driver.quit()


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"paint: {len(PATHS)} pages in {time.time() - started:.0f} s", file=sys.stderr)
