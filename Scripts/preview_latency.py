#!/usr/bin/env python3
"""Measures the preview's edit-to-reload latency on a copy of content/: from writing the first
chapter with its last cell edited to the reload event reaching an open page.

    preview_latency.py SITEGEN_BINARY [EDITS]

Starts `SITEGEN_BINARY serve --port 0` on the copy, listens to its event stream as an open page
does, and edits the last `{julia}` cell of `01-*.md` EDITS times (default 9), each at a random
moment of the 50 ms polling cycle. Prints the median and every sample, and the server's own
report of each rebuild. Standard library only.
"""

import http.client
import pathlib
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def edited(chapter: str, edit: int) -> str:
    """The chapter with `edited = <edit>` at the top of its last cell's code."""
    lines = chapter.split("\n")
    line = max(i for i, text in enumerate(lines) if text.startswith("```{julia}")) + 1
    while lines[line].startswith("#|"):
        line += 1
    lines.insert(line, f"edited = {edit}")
    return "\n".join(lines)


def main() -> int:
    binary = sys.argv[1]
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    with tempfile.TemporaryDirectory(prefix="sitegen-latency-") as folder:
        content = pathlib.Path(folder) / "content"
        shutil.copytree(ROOT / "content", content)
        chapter_path = sorted(content.glob("01-*.md"))[0]
        original = chapter_path.read_text()
        server = subprocess.Popen(
            [binary, "serve", "--content", str(content), "--port", "0"],
            stdout=subprocess.PIPE, text=True, bufsize=1)
        reports: list[str] = []
        url_found = threading.Event()
        first_build = threading.Event()
        address: list[str] = []

        def read_reports() -> None:
            assert server.stdout is not None
            for report in server.stdout:
                reports.append(report.rstrip())
                match = re.search(r"http://127\.0\.0\.1:(\d+)/", report)
                if match and not address:
                    address.append(match.group(1))
                    url_found.set()
                if report.startswith("built "):
                    first_build.set()

        threading.Thread(target=read_reports, daemon=True).start()
        try:
            if not url_found.wait(60) or not first_build.wait(600):
                print("the preview did not start", file=sys.stderr)
                return 1
            connection = http.client.HTTPConnection("127.0.0.1", int(address[0]), timeout=600)
            connection.request("GET", "/__sitegen/events")
            events = connection.getresponse()

            def next_event(name: str) -> float:
                while True:
                    line = events.fp.readline().decode()
                    if line.strip() == f"event: {name}":
                        return time.monotonic()

            next_event("hello")
            samples = []
            for edit in range(1, edits + 1):
                time.sleep(random.uniform(0, 0.05))
                written = time.monotonic()
                chapter_path.write_text(edited(original, edit))
                samples.append((next_event("reload") - written) * 1000)
            print(
                f"edit-to-reload latency ({chapter_path.name}, last cell, {edits} edits): "
                f"median {statistics.median(samples):.0f} ms, samples "
                f"{sorted(round(s) for s in samples)} ms")
            deadline = time.monotonic() + 5
            while sum(r.startswith("rebuilt") for r in reports) < edits and time.monotonic() < deadline:
                time.sleep(0.01)
            print("the server's reports:")
            for report in reports:
                print("  " + report)
            return 0
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)


if __name__ == "__main__":
    sys.exit(main())
