"""Shared helpers: extract claims from a text written for a test, make a claim by
hand, build a database as an older version of Workbench left it, and give a test
its own copy of a database built once per test process (the seeds ingested). Every
process a test starts runs this checkout's workbench (`children`).

Workbench is imported where a helper needs it: pytest-xdist's controller loads this
file before it starts the workers, and runs no test (0.75 s earlier start)."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlite_utils import Database

    from workbench.models import Category, Claim
    from workbench.service import Workbench
    from workbench.store.gazetteer import GazetteerFile

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
CHILDREN = Path(__file__).parent / "children"


def load_benchmark(name: str, as_name: str | None = None) -> ModuleType:
    """The script benchmarks/`name`.py as a module (benchmarks/ is no package), loaded
    anew, with benchmarks/ on the path for the scripts it imports and the module in
    `sys.modules` as `as_name` (default `name`), where its dataclasses look it up."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    registered = as_name or name
    spec = importlib.util.spec_from_file_location(registered, Path(folder) / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[registered] = module
    spec.loader.exec_module(module)
    return module


def write_csv(
    path: Path, columns: list[str], rows: list[list[object]], encoding: str = "utf-8"
) -> None:
    """A CSV file of `rows` under a header of `columns`, as a corpus's file is laid out."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def texts_beside_earlier(
    corpora: ModuleType,
    root: Path,
    corpus: str,
    earlier: Path,
    columns: list[str],
    held: list[list[object]],
    encoding: str = "utf-8",
) -> set[str]:
    """The texts `corpus` keeps under `root` beside an earlier ACLED corpus's file
    `earlier` (under `root`, in its corpus's folder) holding `held`: the earlier
    corpus keeps every row of its own, whatever the fresh one drops."""
    earlier.parent.mkdir()
    write_csv(earlier, columns, held, encoding)
    texts = {r.text for r in corpora.rows(root, [corpus])}
    assert len(list(corpora.rows(root, [earlier.parent.name]))) == len(held)
    return texts


def claimreview_authors(folder: Path, story: str) -> dict[str, str]:
    """Each claim author's name and ClaimReview '@type' for `story` ingested into a
    database in `folder`, every claim judged disputed and exported through the CLI."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.service import Workbench

    path = folder / "story.txt"
    path.write_text(story, encoding="utf-8")
    db = str(folder / "claims.db")
    loaded = CliRunner().invoke(main, ["ingest", str(path), "--db", db, "--jobs", "1"])
    assert loaded.exit_code == 0, loaded.output
    with closing(Workbench(db, analyst="ana")) as workbench:
        for claim in workbench.claims():
            workbench.set_verdict(claim.id, "disputed")
    out = folder / "reviews.jsonld"
    args = ["export", "--db", db, "--format", "claimreview", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    return {
        r["itemReviewed"]["author"]["name"]: r["itemReviewed"]["author"]["@type"]
        for r in json.loads(out.read_text(encoding="utf-8"))
    }


def claims_in(text: str, published: dt.date | None = None, fmt: str = "txt") -> list[Claim]:
    """The claims extracted from `text`, as if read from a file `test.txt`."""
    from workbench.extract import extract_claims
    from workbench.ingest import document_from_text

    doc = document_from_text("test.txt", text, fmt)
    if published is not None:
        doc = doc.model_copy(update={"published": published})
    return extract_claims(doc)


def killed_in(text: str) -> int:
    """The `killed` claims of `text` summed, each by its low end (else its value)."""
    claims = claims_in(text, fmt="txt")
    return sum(int(c.low or c.value or 0) for c in claims if c.category.value == "killed")


def read_figures(text: str) -> list[tuple[Category, float | None]]:
    """The (category, value) of each claim of `text`, in order."""
    return [(c.category, c.value) for c in claims_in(text)]


def killed_claim(text: str, words: str, value: int, **fields: object) -> Claim:
    """A claim of `value` killed, made by hand for the first `words` in `text`, whose
    lines are its sentences; `fields` sets the rest (scope, attribution ...)."""
    from workbench.models import Claim

    start = text.index(words)
    line_start = text.rfind("\n", 0, start) + 1
    return Claim.model_validate(
        {
            "source": "toll.txt",
            "start": start,
            "end": start + len(words),
            "text": words,
            "sentence": text[line_start : text.index("\n", start)],
            "category": "killed",
            "value": value,
            "low": value,
            "high": value,
            "qualifier": "exact",
            **fields,
        }
    )


def database_before(path: object, migration: str, **claim: object) -> Database:
    """A database made by the migrations before `migration`, holding one document
    (x.txt), one voice and the claim "12 killed near Gao", with the older
    columns `claim` names set; the caller commits what it adds and closes it."""
    from sqlite_utils import Database

    from workbench.store import migrations

    old = Database(path)
    migrations.apply(old, stop_before=migration)
    old.execute(
        "INSERT INTO documents (path, name, sha256, format, text, loaded_at)"
        " VALUES ('x.txt', 'x.txt', 'abc', 'txt', 't', 'now')"
    )
    old.execute("INSERT INTO voices (key, name, kind) VALUES ('outlet:x', 'X', 'outlet')")
    row = {
        "document_id": 1,
        "voice_id": 1,
        "start": 0,
        "end": 5,
        "text": "12 killed near Gao",
        "sentence": "s",
        "category": "killed",
        "qualifier": "exact",
        "section": "paragraph",
        **claim,
    }
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    old.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})", list(row.values()))
    old.conn.commit()
    return old


def bench_with_reports(folder: Path, reports: dict[str, tuple[str, str, str]]) -> Workbench:
    """A database in `folder` (claims.db) with `reports` ingested, each name: (outlet,
    day, text), its outlet and day given as a sidecar JSON; fails the test unless every
    report is added."""
    from workbench.service import Workbench

    bench = Workbench(str(folder / "claims.db"), analyst="tester")
    texts = folder / "reports"
    texts.mkdir()
    for name, (outlet, day, text) in reports.items():
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": outlet, "published": day}
        (texts / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    assert bench.ingest([str(texts)], jobs=1).added == len(reports)
    return bench


def only_claim(text: str, published: dt.date | None = None) -> Claim:
    """The single claim in `text`; fails the test if there is not exactly one."""
    found = claims_in(text, published)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def pytest_configure(config: pytest.Config) -> None:
    """The garbage collector looks for cycles after 10,000 new objects, not 700: a test
    process keeps 150,000 objects to its end (modules, collected tests), the TUI tests
    make many that live a while, and collecting went through them again and again, a
    fifth of the TUI tests' time. Only when cyclic garbage is freed changes."""
    gc.set_threshold(10_000)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the cores. A fifth of the suite's time is
    waiting, not computing (the pilot sampling whether the app is idle, processes
    started and waited for, held locks timing out); the extra worker runs meanwhile:
    on two cores 63 s with two workers, 55 s with three, 57 s with four."""
    return len(os.sched_getaffinity(0)) + 1


@pytest.fixture(scope="session", autouse=True)
def children() -> Iterator[None]:
    """Every process a test starts, itself or through Workbench (an export's second
    process), imports this checkout's workbench and starts without pandas and numpy
    (tests/children/sitecustomize.py says why): both on its PYTHONPATH."""
    given = [os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), str(CHILDREN), *given]))
        yield


@pytest.fixture(scope="session", autouse=True)
def one_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every test and every process it starts resolves places in one gazetteer file,
    made once per run (from the shipped places, about 3 s) in the run's own folder,
    which the test processes share: never the user's own (docs/gazetteer.md), and
    never one an earlier run added places to. pytest-xdist gives each worker a folder
    in the run's; without it the run's folder is pytest's own."""
    run = tmp_path_factory.getbasetemp()
    shared = (run.parent if os.environ.get("PYTEST_XDIST_WORKER") else run) / "gazetteer.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_GAZETTEER", str(shared))
        yield


def gazetteer_copy(to: Path) -> Path:
    """A copy, at `to`, of the run's gazetteer (`one_gazetteer`), for a test that
    changes one or hands one to another user: copied in 0.1 s where making one anew
    from the shipped places takes 3 s."""
    from workbench.store.gazetteer import GazetteerFile

    with closing(GazetteerFile()) as shared, closing(sqlite3.connect(to)) as target:
        shared.db.backup(target)
    return to


@pytest.fixture
def extract():
    return claims_in


class Templates:
    """Databases built once per test process (each pytest-xdist worker builds its own)
    and copied, file by file, into each test that asks for one: a copy of a few hundred
    kilobytes instead of an ingest, and no test sees another's writes. Nothing ever
    opens a template itself."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._built: dict[str, Path] = {}

    def path(self, name: str, build: Callable[[str, Path], None]) -> Path:
        """The template `name`, which `build(database, folder)` makes on first use."""
        if name not in self._built:
            folder = self._factory.mktemp(f"template-{name}")
            database = folder / "claims.db"
            build(str(database), folder)
            # one file: every connection closed, so SQLite checkpointed the WAL away
            leftovers = [p.name for p in folder.glob("claims.db-*")]
            assert not leftovers, f"template {name} left {leftovers}: a connection is open"
            self._built[name] = database
        return self._built[name]

    def copy(self, name: str, build: Callable[[str, Path], None], to: Path) -> str:
        """A fresh copy of the template `name` at `to`."""
        shutil.copyfile(self.path(name, build), to)
        return str(to)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory)


def ingest_seeds(database: str, _folder: Path) -> None:
    """The seeds as `Workbench(database).ingest([SEEDS], jobs=1)` leaves them: five
    documents, their claims, voices, machine links and events grouped."""
    from workbench.service import Workbench

    with closing(Workbench(database)) as bench:
        report = bench.ingest([str(SEEDS)], jobs=1)
        assert (report.added, report.failed) == (5, 0), report.errors
        assert bench.events_current()


@pytest.fixture
def seeded_db(templates: Templates, tmp_path: Path) -> str:
    """This test's own `tmp_path/claims.db` holding the seeds, as a fresh ingest of
    them leaves it; to write to as the test likes."""
    return templates.copy("seeds", ingest_seeds, tmp_path / "claims.db")


@pytest.fixture
def read_only(templates: Templates, tmp_path: Path) -> Iterator[Path]:
    """A loaded database in a folder mounted read-only (as root, whom file modes do not
    stop), else in a folder and file without write permission."""
    from workbench.service import Workbench

    source = tmp_path / "src"
    source.mkdir()
    templates.copy("seeds", ingest_seeds, source / "claims.db")
    with closing(Workbench(str(source / "claims.db"))) as bench:
        bench.events()  # grouped as a session leaves them: a read-only copy cannot
    assert not (source / "claims.db-wal").exists()
    if os.geteuid() != 0:
        (source / "claims.db").chmod(0o444)
        source.chmod(0o555)
        yield source / "claims.db"
        source.chmod(0o755)
        return
    view = tmp_path / "ro"
    view.mkdir()
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(view)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("no read-only bind mount here")
    try:
        yield view / "claims.db"
    finally:
        subprocess.run(["umount", str(view)], check=True)


@pytest.fixture(scope="session")
def places() -> GazetteerFile:
    """The shipped gazetteer in the file this run's test processes share (set up
    above), opened once for every matching test that places claims."""
    from workbench.store.gazetteer import GazetteerFile

    return GazetteerFile()
