"""Where a streamed update's time goes in the page: Chromium's profiler while 100 tokens stream into a chat.

python benchmarks/profile_stream.py [--kind messages|gradio|textbox] [--size N] [--tokens N]

Not part of `make bench` (it reports a split, not a comparison). The V8 sampling profiler (CDP's Profiler
domain) gives the JavaScript's self time by script: Gradio's own bundle (its client, its core, its Svelte),
the component's bundle, with the functions that take the most and their callers (to read against a build
left unminified: MESSAGESCHATBOT_UNMINIFIED=1 gradio cc build). Chromium's tracing (devtools.timeline)
gives style, layout and paint. Everything is divided by the number of tokens.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from page_stream import APP, CLICK_AND_WATCH, REPLY

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from common import LAST_MARKER
from conftest import CHROMIUM, CHROMIUM_FLAGS
from servers import serve_script

# Trace events that are the renderer's own work (not JavaScript), by what a person would call them.
RENDERING = {
    "UpdateLayoutTree": "style",
    "ParseAuthorStyleSheet": "style",
    "Layout": "layout",
    "PrePaint": "paint",
    "Paint": "paint",
    "Layerize": "paint",
    "Commit": "paint",
    "ParseHTML": "html parsing",
    "HitTest": "layout",
}


def bucket_of_script(url: str) -> str:
    if "custom_component" in url or "/component/" in url:
        return "component"
    return "gradio"


def top_functions(profile: dict, count: int = 15) -> list[tuple[str, float]]:
    """The functions with the most self time (ms), named with their script's file."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    self_ms: collections.Counter = collections.Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[sample]["callFrame"]
        self_ms[f"{frame['functionName'] or '(anonymous)'} {frame['url'].rsplit('/', 1)[-1]}"] += delta / 1000
    return self_ms.most_common(count)


def stacks_of(profile: dict, function: str, count: int = 3) -> list[tuple[str, float]]:
    """The call stacks (innermost first) under which ``function`` spent the most self time (ms)."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    parents = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    by_stack: collections.Counter = collections.Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        if nodes[sample]["callFrame"]["functionName"] != function:
            continue
        names, at = [], parents.get(sample)
        while at is not None and len(names) < 12:
            frame = nodes[at]["callFrame"]
            names.append(f"{frame['functionName'] or '?'}@{frame['url'].rsplit('/', 1)[-1]}")
            at = parents.get(at)
        by_stack[" < ".join(names)] += delta / 1000
    return by_stack.most_common(count)


def js_split(profile: dict) -> collections.Counter:
    """Self time (ms) by script bucket; a native function (JSON.stringify, DOMParser, ...) counts for the
    script that called it."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    parents = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    split: collections.Counter = collections.Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        name = nodes[sample]["callFrame"]["functionName"]
        if name in ("(idle)", "(program)", "(garbage collector)"):
            split[name] += delta / 1000
            continue
        url, at = "", sample
        while not url and at is not None:
            url, at = nodes[at]["callFrame"]["url"], parents.get(at)
        split[bucket_of_script(url)] += delta / 1000
    return split


def rendering_split(events: list[dict]) -> collections.Counter:
    """Duration (ms) of the renderer's style, layout and paint events on the page's main thread."""
    main = next(
        (e["tid"] for e in events if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"),
        None,
    )
    split: collections.Counter = collections.Counter()
    for event in events:
        if event.get("tid") == main and event.get("ph") == "X" and event.get("name") in RENDERING:
            split[RENDERING[event["name"]]] += event.get("dur", 0) / 1000
    return split


def profile(kind: str, size: int, tokens: int) -> None:
    from playwright.sync_api import sync_playwright

    env = {"COMPONENT": kind, "HISTORY_SIZE": str(size), "TOKENS": str(tokens)}
    with serve_script(APP, env=env) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(url)
        ready = "button:has-text('Stream')" if kind == "textbox" else f"text={LAST_MARKER}"
        page.locator(ready).first.wait_for(state="visible", timeout=300_000)
        page.wait_for_timeout(1000)
        cdp = page.context.new_cdp_session(page)
        events: list[dict] = []
        done: list[bool] = []
        cdp.on("Tracing.dataCollected", lambda message: events.extend(message["value"]))
        cdp.on("Tracing.tracingComplete", lambda _: done.append(True))
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 100})
        cdp.send("Tracing.start", {"categories": "devtools.timeline,__metadata", "transferMode": "ReportEvents"})
        cdp.send("Profiler.start")
        elapsed = page.evaluate(CLICK_AND_WATCH.replace("REPLY", REPLY[kind]), [f"tok{tokens - 1} "])
        cpu = cdp.send("Profiler.stop")["profile"]
        js = js_split(cpu)
        cdp.send("Tracing.end")
        while not done:
            page.wait_for_timeout(100)
        rendering = rendering_split(events)
        browser.close()
    print(f"{kind}, {size} messages, {tokens} tokens: {elapsed / tokens:.2f} ms per token, click to last token")
    for name, ms in sorted({**js, **rendering}.items(), key=lambda item: -item[1]):
        print(f"  {name:32} {ms / tokens:7.2f} ms per token")
    print("functions with the most self time:")
    for name, ms in top_functions(cpu):
        print(f"  {name[:60]:60} {ms / tokens:7.2f} ms per token")
        if ms / tokens > 1 and not name.startswith("("):
            for stack, stack_ms in stacks_of(cpu, name.split(" ")[0]):
                print(f"      {stack_ms / tokens:6.2f}  {stack[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(REPLY), default="messages")
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--tokens", type=int, default=100)
    args = parser.parse_args()
    profile(args.kind, args.size, args.tokens)


if __name__ == "__main__":
    main()
