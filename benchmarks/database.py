"""Fill a claims database to a given size quickly, for the benchmarks."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from corpus import articles

from workbench.ingest.files import Metadata
from workbench.service import Workbench, prepare


def fill(bench: Workbench, claims: int, folder: Path, samples: int = 200) -> int:
    """Copies of extracted sample articles under new hashes until the database holds
    `claims` claims. The samples are read from `folder`, or generated there if empty."""
    paths = sorted(folder.glob("*.txt"))[:samples]
    if not paths:
        for index, text in enumerate(articles(samples)):
            (folder / f"sample{index:04d}.txt").write_text(text, encoding="utf-8")
        paths = sorted(folder.glob("*.txt"))
    prepared = [
        p for p in (prepare(str(path), Metadata()) for path in paths) if p.document and p.claims
    ]
    copies = 0
    while bench.store.count("claims") < claims:
        sample = prepared[copies % len(prepared)]
        assert sample.document is not None
        # each round of copies is dated 40 days after the last, as a corpus gathered
        # over months is: the same event is not reported a hundred times over
        shift = dt.timedelta(days=40 * (copies // len(prepared)))
        published = (sample.document.published or dt.date(2021, 1, 1)) + shift
        document = sample.document.model_copy(
            update={
                "sha256": f"copy{copies:08d}",
                "path": f"copy{copies}.txt",
                "published": published,
            }
        )
        undated = [c.model_copy(update={"date": None}) for c in sample.claims]
        bench.store.add_document(document, undated)
        copies += 1
    return bench.store.count("claims")


def database_of(claims: int, tmp: str | None = None) -> str:
    """A new database of about `claims` claims in a temporary folder; its path."""
    folder = Path(tmp or tempfile.mkdtemp())
    (folder / "samples").mkdir(exist_ok=True)
    path = str(folder / f"claims-{claims}.db")
    bench = Workbench(path)
    fill(bench, claims, folder / "samples")
    bench.match(replace=True)
    bench.close()
    return path
