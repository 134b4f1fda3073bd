"""What the gazetteer costs: start-up, first use, look-ups, and memory.

Usage: python benchmarks/gazetteer_load.py

Each figure comes from a process of its own: the time to import the CLI with and
without opening the gazetteer (start-up), to make the user's gazetteer file on
first use (once per machine, from the shipped places), to open it again, and to
resolve 10,000 place phrases; and the peak memory each adds to a process
(VmHWM from /proc/self/status, Linux). Targets (issue 16): at most 0.3 s added
to start-up and 100 MB to memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, sys, time
from pathlib import Path

def peak_kb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

start = time.perf_counter()
import workbench.cli  # start-up: what every command pays
imported = time.perf_counter() - start
base = peak_kb()
what = sys.argv[1]
start = time.perf_counter()
if what != "none":
    from workbench.geo.resolve import resolve
    from workbench.store.gazetteer import GazetteerFile
    gazetteer = GazetteerFile(Path(sys.argv[2]))
opened = time.perf_counter() - start
resolved = 0.0
if what == "resolve":
    phrases = ["north of Kidal", "near Mopti", "the Mopti region", "Bankass", "Gao",
               "between Douentza and Gao", "Diabaly", "central Mali", "Baghdad", "Kano"]
    start = time.perf_counter()
    for i in range(10_000):
        resolve(phrases[i % len(phrases)] + ("" if i % 3 else f" {i}"), "Mali", gazetteer)
    resolved = time.perf_counter() - start
print(json.dumps({"import": imported, "open": opened, "resolve": resolved,
                  "added_mb": (peak_kb() - base) / 1024}))
"""


def child(what: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, what, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gazetteer.db"
        bare = child("none", path)
        first = child("open", path)
        again = child("open", path)
        resolving = child("resolve", path)
    print(f"start-up (import the CLI): {bare['import']:.3f} s")
    print(
        f"first use (make the gazetteer file): {first['open']:.2f} s, "
        f"+{first['added_mb']:.0f} MB peak"
    )
    print(
        f"open again: {again['open']:.3f} s ({again['open'] / bare['import']:.2f}x start-up), "
        f"+{again['added_mb']:.0f} MB"
    )
    print(
        f"resolve 10,000 phrases (a third new): {resolving['resolve']:.2f} s, "
        f"+{resolving['added_mb']:.0f} MB peak with the open"
    )
    print("targets: at most 0.3 s added to start-up and 100 MB to memory")


if __name__ == "__main__":
    main()
