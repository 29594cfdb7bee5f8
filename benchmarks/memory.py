"""`make memory`: server memory while many sessions stream into long histories, and once they are idle.

    python benchmarks/memory.py [--sessions 100] [--messages 20000] [--tokens 10] [--idle-wait SECONDS]
                                [--state-sessions N]

Each session posts its own long history to a running app over raw HTTP, as any API client
would, and reads every streamed update. The server's resident memory is read from /proc
before the load, at its peak (the kernel's high-water mark, so no sample can miss it) and
after the sessions have been idle longer than the cache's idle timeout: what a server keeps
for people who have left. Python's count of allocated memory blocks tells memory still in use
from memory freed but not yet given back to the system.

Gradio itself keeps the last input and output values of its latest 10,000 sessions (its
`state_session_capacity`), here a 20,000-message history each, whatever the component does;
`--state-sessions 1` takes that out of the figures. Not part of `make bench`: it takes minutes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import print_table, save, text_history

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from paths import APPS
from servers import open_call, serve_script

APP = APPS / "load_app.py"
HEADERS = ["measure", "value"]


def last_event_data(app_url: str, endpoint: str, data: list) -> list:
    """Call ``endpoint`` and return the data of its final event, reading the stream line by line.

    Every update of a long history is megabytes; keeping only the last one keeps the client's
    own memory flat, so the machine has room for the server being measured.
    """
    event, last = "", b""
    with open_call(app_url, endpoint, data, timeout=600) as response:
        for line in response:
            if line.startswith(b"event:"):
                event = line[6:].strip().decode()
            elif line.startswith(b"data:"):
                if event == "error":
                    raise RuntimeError(f"{endpoint} failed: {line[5:].decode(errors='replace')}")
                last = line[5:]
    return json.loads(last)


def session(app_url: str, number: int, messages: int, tokens: int) -> float:
    """Stream one reply into a history of its own; return the seconds it took, after checking the reply."""
    history = text_history(messages)
    history[0]["content"] = tag = f"s{number}"  # the app tags each token of its reply with it
    start = time.perf_counter()
    final = last_event_data(app_url, "stream", [history])[0]
    elapsed = time.perf_counter() - start
    expected = "".join(f"{tag}-t{i} " for i in range(tokens))
    if len(final) != messages + 1 or final[-1]["content"] != expected:
        raise AssertionError(f"session {number} got a wrong history back")
    return elapsed


def memory_mb(pid: int, field: str) -> float:
    """A memory figure of process ``pid`` from /proc: VmRSS (now) or VmHWM (peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def default_idle_wait() -> float:
    """Longer than the cache's idle timeout, plus room for its sweeper to run.

    Imported here rather than at the top so that `--idle-wait` can measure code that
    predates the timeout.
    """
    from gradio_messageschatbot._pipeline.cache import IDLE_SECONDS

    return IDLE_SECONDS + 15


def measure(sessions: int, messages: int, tokens: int, idle_wait: float, state_sessions: int) -> list[list]:
    with serve_script(APP, env={"TOKENS": str(tokens), "STATE_SESSIONS": str(state_sessions)}) as url:
        stats = last_event_data(url, "stats", [])[0]
        pid = stats["pid"]
        session(url, -1, 10, tokens)  # the first call imports and compiles what every later call uses
        rss_before, blocks_before = memory_mb(pid, "VmRSS"), last_event_data(url, "stats", [])[0]["python_blocks"]
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            durations = list(pool.map(lambda n: session(url, n, messages, tokens), range(sessions)))
        wall = time.perf_counter() - start
        rss_peak, rss_end = memory_mb(pid, "VmHWM"), memory_mb(pid, "VmRSS")
        time.sleep(idle_wait)
        rss_idle, blocks_idle = memory_mb(pid, "VmRSS"), last_event_data(url, "stats", [])[0]["python_blocks"]
    return [
        ["server RSS before the load, MB", round(rss_before)],
        ["server RSS at its peak, MB", round(rss_peak)],
        ["server RSS when the last session ended, MB", round(rss_end)],
        [f"server RSS after {idle_wait:.0f} s idle, MB", round(rss_idle)],
        ["Python memory blocks before the load", blocks_before],
        [f"Python memory blocks after {idle_wait:.0f} s idle", blocks_idle],
        ["wall time of the load, s", wall],
        ["one session's stream, median s", statistics.median(durations)],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--messages", type=int, default=20_000, help="messages in each session's history")
    parser.add_argument("--tokens", type=int, default=10, help="tokens streamed into each reply")
    parser.add_argument("--idle-wait", type=float, help="seconds to wait after the load (default: cache timeout + 15)")
    parser.add_argument(
        "--state-sessions", type=int, default=10_000, help="Gradio's state_session_capacity (Gradio's default: 10000)"
    )
    args = parser.parse_args()
    idle_wait = default_idle_wait() if args.idle_wait is None else args.idle_wait
    rows = measure(args.sessions, args.messages, args.tokens, idle_wait, args.state_sessions)
    print_table(
        f"Server memory: {args.sessions} sessions stream {args.tokens} tokens into {args.messages}-message histories"
        f" (Gradio keeps the state of {args.state_sessions} sessions)",
        HEADERS,
        rows,
    )
    print(f"  -> {save('memory', [dict(zip(HEADERS, row)) for row in rows])}")


if __name__ == "__main__":
    main()
