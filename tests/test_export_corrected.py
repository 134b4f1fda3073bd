"""The reports' claims tables mark a claim an analyst corrected, with what the machine
had read, and give the note of a claim left unreviewed: a trial's corrected claims
stood in its reports as if the machine had read them so, their notes nowhere."""

from __future__ import annotations

import io

from workbench.service import Workbench


def report(bench: Workbench, fmt: str) -> str:
    out = io.StringIO()
    bench.export(fmt, out)
    return out.getvalue()


def test_a_corrected_claim_is_marked_with_the_machines_reading(seeded_db: str) -> None:
    bench = Workbench(seeded_db, analyst="ana")
    corrected, plain = bench.claims()[2], bench.claims()[3]
    machine_read = corrected.category.value
    bench.correct_claim(corrected.id, {"category": "killed"})
    bench.set_note(corrected.id, "a toll, not a distance")
    for fmt in ("md", "html"):
        shown = report(bench, fmt)
        row = next(
            line
            for line in shown.splitlines()
            if f"the machine read category {machine_read}" in line
        )
        assert "killed" in row and "a toll, not a distance" in row
    table = [
        line for line in report(bench, "md").splitlines() if line.startswith(f"| {plain.id} |")
    ]
    assert table and "corrected" not in table[0] and "note:" not in table[0]
