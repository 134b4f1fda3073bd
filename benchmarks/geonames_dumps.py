"""The gazetteers a benchmark resolves places in: the shipped one, then the shipped
one with the analysts' own countries added, as `workbench gazetteer add` adds them.

The countries are the GeoNames dumps (`KE.txt`, `NG.zip` ..., the 19-column format
of https://download.geonames.org/export/dump/) in `$WORKBENCH_CORPORA/geonames/`;
docs/corpora.md ("Cross-source pairs") says where they come from. Each gazetteer is
made for the run in a temporary folder (WORKBENCH_GAZETTEER names it), so the
user's own is never read or changed.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from workbench.service.places import add_to_gazetteer, gazetteer
from workbench.store.gazetteer import ENVIRONMENT

FOLDER = "geonames"  # the folder of $WORKBENCH_CORPORA holding the dumps


def gazetteers(root: Path) -> Iterator[str]:
    """Yield the name of each gazetteer to score in ("shipped", then, where `root`/
    geonames holds dumps, what they added); until the next, places resolve in it."""
    files = dumps(root)
    with tempfile.TemporaryDirectory(prefix="workbench-gazetteers-") as folder:
        for number, added in enumerate([[], files] if files else [[]]):
            with gazetteer_at(Path(folder, f"gazetteer{number}.db")):
                yield f"shipped + {add_dumps(added)}" if added else "shipped"


def dumps(root: Path) -> list[Path]:
    """The GeoNames dumps in `root`/geonames (`*.txt`, `*.zip`; GeoNames' readme.txt
    aside), by name; none where there is no such folder."""
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in (".txt", ".zip") and path.name.lower() != "readme.txt"
    )


@contextmanager
def gazetteer_at(path: Path) -> Iterator[None]:
    """Inside, places resolve in the gazetteer file at `path` (made from the shipped
    places on first use) instead of the user's: WORKBENCH_GAZETTEER names it."""
    before = os.environ.get(ENVIRONMENT)
    os.environ[ENVIRONMENT] = str(path)
    try:
        yield
    finally:
        if before is None:
            del os.environ[ENVIRONMENT]
        else:
            os.environ[ENVIRONMENT] = before


def add_dumps(files: Sequence[Path]) -> str:
    """Add the dumps to the current gazetteer as `workbench gazetteer add` does; one
    line saying what each file added (or why nothing) and how long it took, the
    gazetteer's making from the shipped places (first use, about 3 s) aside."""
    gazetteer()
    started = time.perf_counter()
    added = add_to_gazetteer(list(files))
    seconds = time.perf_counter() - started
    parts = [a.problem or f"{a.path.name} {a.places:,} places" for a in added]
    return f"added {'; '.join(parts)} (in {seconds:.1f} s)"
