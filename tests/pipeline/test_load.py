"""Concurrent sessions each stream into their own history: nothing lost, duplicated or crossed.

`make test` runs a small version; `make stress` runs LOAD_SESSIONS=50 x LOAD_TOKENS=200 and prints
p50/p99 latency and server memory.
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from gradio_client import Client
from paths import APPS
from servers import serve_script

APP = APPS / "load_app.py"
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "5"))
TOKENS = int(os.environ.get("LOAD_TOKENS", "20"))
DEADLINE_S = 300


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def session(url: str, number: int) -> dict:
    client = Client(url, verbose=False)
    name = f"s{number}"
    start = time.perf_counter()
    first = None
    job = client.submit([{"role": "user", "content": name}], api_name="/stream")
    for _ in job:
        first = first or time.perf_counter() - start
    total = time.perf_counter() - start
    return {"name": name, "final": job.outputs()[-1], "first_s": first or total, "total_s": total}


def test_concurrent_streams_stay_separate_and_whole():
    with serve_script(APP, env={"TOKENS": str(TOKENS)}) as url:
        memory_before = Client(url, verbose=False).predict(api_name="/stats")["rss_mb"]
        with ThreadPoolExecutor(max_workers=SESSIONS) as pool:
            results = list(pool.map(lambda n: session(url, n), range(SESSIONS), timeout=DEADLINE_S))
        memory_after = Client(url, verbose=False).predict(api_name="/stats")["rss_mb"]

    for result in results:
        user, reply = result["final"]
        assert user == {"role": "user", "content": result["name"]}
        assert reply["content"].split() == [f"{result['name']}-t{i}" for i in range(TOKENS)]

    totals = [r["total_s"] for r in results]
    firsts = [r["first_s"] for r in results]
    print(
        f"\n{SESSIONS} sessions x {TOKENS} tokens: first update p50 {statistics.median(firsts):.2f}s "
        f"p99 {percentile(firsts, 0.99):.2f}s; whole stream p50 {statistics.median(totals):.2f}s "
        f"p99 {percentile(totals, 0.99):.2f}s; server RSS {memory_before:.0f} -> {memory_after:.0f} MB"
    )
