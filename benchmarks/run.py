"""`make bench`: every benchmark, MessagesChatbot and gr.Chatbot side by side, as one report.

python benchmarks/run.py [--smoke] [--repeats N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import browser
import end_to_end
import media_turn
import media_turn_served
import page_stream
import page_weight
import postprocess_history
import streaming_postprocess
import streaming_server
from common import print_table, save

SUITES = {
    "postprocess": postprocess_history,
    "streaming": streaming_postprocess,
    "streaming_server": streaming_server,
    "media_turn": media_turn,
    "media_turn_served": media_turn_served,
    "end_to_end": end_to_end,
    "browser": browser,
    "page_weight": page_weight,
    "page_stream": page_stream,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repetition, nothing saved")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", nargs="+", choices=sorted(SUITES), default=list(SUITES))
    args = parser.parse_args()
    repeats = 1 if args.smoke else args.repeats
    for name in args.only:
        suite = SUITES[name]
        rows = suite.run(args.smoke, repeats)
        print_table(suite.TITLE, suite.HEADERS, rows)
        if not args.smoke:
            print(f"  -> {save(name, [dict(zip(suite.HEADERS, row)) for row in rows])}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
