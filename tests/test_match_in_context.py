"""A claim matched again on its own (after a correction, or an ingest of its report
into a loaded database) gets the links a match of every claim gives it: which links
stand depends on the partners' other links and on the report's other claims
(`match._in_context`; re-trial 68's edited blog claim lost its links)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from workbench.service import Workbench

# one shooting told by many outlets with figures near each other, a crowd that makes
# each claim keep only its strongest links (LINKS_PER_CLAIM), and a copy in a report
FIGURES = [12, 12, 13, 14, 15, 12, 11, 16, 12, 13, 17, 12, 14, 10]


def _reports(folder: Path) -> list[str]:
    paths = []
    for number, figure in enumerate(FIGURES):
        path = folder / f"report{number:02d}.txt"
        path.write_text(
            f"Gunmen kill {figure} at Garissa market\n\n"
            f"GARISSA, Kenya (Outlet {number}) - Gunmen killed {figure} people at a market "
            f"in Garissa on Monday, a police officer told Outlet {number}.\n",
            encoding="utf-8",
        )
        (folder / f"report{number:02d}.json").write_text(
            f'{{"outlet": "Outlet {number}", "published": "2026-02-{10 + number % 3:02d}"}}',
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def _links(bench: Workbench, claim_id: int) -> set[tuple[int, int, str]]:
    return {(v.a.id, v.b.id, str(v.relation)) for v in bench.links(claim_id)}


@pytest.fixture
def crowded(tmp_path: Path) -> Workbench:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    bench.ingest(_reports(tmp_path), jobs=1)
    bench.match(replace=True)
    return bench


def test_a_claim_corrected_keeps_the_links_a_whole_match_gives_it(crowded):
    with closing(crowded) as bench:
        claims = [c.id for c in bench.claims() if c.category.value == "killed"]
        whole = {c: _links(bench, c) for c in claims}
        assert sum(map(len, whole.values())) > 0
        for claim_id in claims:
            bench.correct_claim(claim_id, {"actor": "gunmen (corrected)"})
            bench.correct_claim(claim_id, {"actor": ""})
            assert _links(bench, claim_id) == whole[claim_id], claim_id


def test_a_report_loaded_later_gets_the_links_of_one_load(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    paths_one = _reports(tmp_path / "one")
    paths_two = _reports(tmp_path / "two")
    with closing(Workbench(str(tmp_path / "one.db"), analyst="ana")) as at_once:
        at_once.ingest(paths_one, jobs=1)
        at_once.match(replace=True)
        expected = {(v.a.id, v.b.id, str(v.relation)) for v in at_once.links()}
    with closing(Workbench(str(tmp_path / "two.db"), analyst="ana")) as by_parts:
        by_parts.ingest(paths_two[:-3], jobs=1)
        for path in paths_two[-3:]:
            by_parts.ingest([path], jobs=1)
        found = {(v.a.id, v.b.id, str(v.relation)) for v in by_parts.links()}
    assert found == expected
