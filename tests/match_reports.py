"""Short reports written for matching tests, each loaded as its own outlet's report
into a real database, and the relations matching found between them."""

from __future__ import annotations

from pathlib import Path

from workbench.service import Metadata, Workbench


def load(tmp_path: Path, *reports: tuple[str, str]) -> Workbench:
    """A database holding each (text, published date) as a report of its own outlet."""
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for index, (text, published) in enumerate(reports):
        path = tmp_path / f"r{index}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        metadata = Metadata(published=published, outlet=f"Outlet {index}")
        assert bench.ingest([str(path)], metadata, jobs=1).added == 1
    return bench


def relations(bench: Workbench, category: str | None = None) -> list[str]:
    """The relations of the links (of one category's counts, where given),
    restatements left out."""
    return [
        link.relation
        for link in bench.links()
        if link.relation != "restates"
        and (category is None or str(link.a.category.value) == category)
    ]
