"""The database commands through click's CliRunner: JSON output and bad input."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

SEEDS = str(Path(__file__).parent.parent / "seeds")


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def ingested(path: str, _folder: Path) -> None:
    result = run("ingest", SEEDS, "--db", path, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert (
        "5 documents added, 0 skipped as already loaded, 0 failed; 37 claims added" in result.stdout
    )


@pytest.fixture
def db(templates, tmp_path) -> str:
    """This test's own copy of the seeds ingested by `workbench ingest` (`ingested`)."""
    return templates.copy("seeds-by-cli", ingested, tmp_path / "claims.db")


def test_ingest_twice_skips(db):
    result = run("ingest", SEEDS, "--db", db)
    assert "0 documents added, 5 skipped" in result.stdout
    report = lines(run("ingest", SEEDS, "--db", db, "--json"))[0]
    assert (report["added"], report["skipped"], report["failed"], report["claims"]) == (0, 5, 0, 0)


def test_db_from_the_environment(tmp_path):
    path = str(tmp_path / "env.db")
    result = run("ingest", SEEDS, "--jobs", "1", env={"WORKBENCH_DB": path})
    assert result.exit_code == 0
    assert Path(path).exists()


@pytest.mark.parametrize(
    "args",
    [
        ("--db", "{db}", "claims", "--json"),
        ("claims", "--db", "{db}", "--json"),
        ("--db", "{db}", "event", "1"),
        ("event", "--db", "{db}", "1"),
    ],
)
def test_a_typed_db_wins_over_the_environment(db, tmp_path, args):
    """A trial set WORKBENCH_DB and typed `workbench --db A claims`: the environment's
    database was read, and a verdict could have gone into the wrong one."""
    other = str(tmp_path / "other.db")
    result = run(*(a.format(db=db) for a in args), env={"WORKBENCH_DB": other})
    assert result.exit_code == 0, result.output
    assert not Path(other).exists()


def test_sources_json(db):
    sources = lines(run("sources", "--db", db, "--json"))
    assert len(sources) == 5
    assert {"id", "path", "outlet", "published", "claims", "confirmed", "disputed"} <= sources[
        0
    ].keys()
    assert sources[0]["outlet"] == "CNN" and sources[0]["published"] == "2013-01-25"
    assert sum(s["claims"] for s in sources) == 37


def test_claims_json_and_filters(db):
    everything = lines(run("claims", "--db", db, "--json"))
    assert len(everything) == 37
    assert {
        "id",
        "source",
        "start",
        "end",
        "text",
        "category",
        "low",
        "high",
        "status",
        "voice",
    } <= everything[0].keys()
    killed = lines(run("claims", "--db", db, "--category", "killed", "--json"))
    assert killed and all(c["category"] == "killed" for c in killed)
    seed = lines(run("claims", "--db", db, "--source", "004_413686130f767558.txt", "--json"))
    assert len(seed) == 2
    kidal = lines(run("claims", "--db", db, "--search", "Kidal", "--json"))
    assert {c["location"] for c in kidal} >= {"north of Kidal"}


def test_verdict_history_and_status_filter(db):
    claim = lines(run("claims", "--db", db, "--category", "killed", "--json"))[0]["id"]
    first = run(
        "verdict",
        str(claim),
        "disputed",
        "--note",
        "one source only",
        "--analyst",
        "ana",
        "--db",
        db,
        "--json",
    )
    assert lines(first)[0] == {
        **lines(first)[0],
        "old_status": "unreviewed",
        "new_status": "disputed",
        "analyst": "ana",
    }
    run("verdict", str(claim), "false", "--db", db, env={"WORKBENCH_ANALYST": "ben"})
    history = lines(run("history", str(claim), "--db", db, "--json"))
    assert [(h["new_status"], h["analyst"]) for h in history] == [
        ("disputed", "ana"),
        ("false", "ben"),
    ]
    assert [c["id"] for c in lines(run("claims", "--db", db, "--status", "false", "--json"))] == [
        claim
    ]
    assert len(lines(run("claims", "--db", db, "--status", "unreviewed", "--json"))) == 36
    again = run("verdict", str(claim), "false", "--db", db, env={"WORKBENCH_ANALYST": "ben"})
    assert again.output == f"claim {claim}: false again (ben)\n"  # as history says it
    # several verdicts at once, as export takes them (the trial: "a,b" was refused)
    either = run("claims", "--db", db, "--status", "false,unreviewed", "--json")
    assert len(lines(either)) == 37
    assert (
        len(
            lines(
                run("claims", "--db", db, "--status", "false", "--status", "unreviewed", "--json")
            )
        )
        == 37
    )
    assert "'maybe' is not one of" in run("claims", "--db", db, "--status", "maybe").stderr
    assert "disputed -> false" in run("history", str(claim), "--db", db).stdout


def test_grade_json(db):
    voice = next(
        v for v in lines(run("voices", "--db", db, "--json")) if v["name"] == "A Chadian source"
    )
    graded = lines(
        run("grade", "A Chadian source", "e", "--note", "opposition daily", "--db", db, "--json")
    )[0]
    assert (graded["id"], graded["grade"], graded["note"]) == (voice["id"], "E", "opposition daily")
    assert lines(run("grade", str(voice["id"]), "F", "--db", db, "--json"))[0]["grade"] == "F"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("verdict", "999", "confirmed"), "no claim with id 999"),
        (("history", "999"), "no claim with id 999"),
        (("grade", "Nobody At All", "A"), "no voice named"),
    ],
)
def test_unknown_ids_are_one_line_errors(db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_unknown_status_is_refused(db):
    result = run("verdict", "1", "probably", "--db", db)
    assert result.exit_code == 2
    assert "probably" in result.stderr
    assert lines(run("history", "1", "--db", db, "--json")) == []


@pytest.mark.parametrize("query", ['"Kidal', "Kidal)", "(AND", "NOT", 'a" OR "b'])
def test_search_with_fts_syntax_is_literal(db, query):
    result = run("claims", "--db", db, "--search", query, "--json")
    assert result.exit_code == 0, result.output


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n" * 100)
    for args in (("claims",), ("ingest", SEEDS), ("sources",)):
        result = run(*args, "--db", str(notes))
        assert result.exit_code == 65  # EX_DATAERR: the file is no Workbench database
        assert "not a Workbench database" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert notes.read_text() == "my notes\n" * 100


def test_ingest_bad_paths(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run(
        "ingest",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing"),
        SEEDS,
        "--db",
        str(tmp_path / "c.db"),
        "--jobs",
        "1",
    )
    assert result.exit_code == 1
    assert "5 documents added" in result.stdout and "2 failed" in result.stdout
    assert "empty.txt: empty file" in result.stderr and "missing: no such file" in result.stderr


def test_export_source_reads_as_claims_source_does(db, tmp_path):
    """A trial: `export --source 1` gave an empty report where `claims --source 1`
    listed the document's claims, and `export --source nosuch.txt` wrote an empty
    report with exit 0 where `claims` refused it."""
    listed = lines(run("claims", "--db", db, "--source", "1", "--json"))
    out = tmp_path / "one.json"
    written = run("export", "--db", db, "--source", "1", "--format", "json", "-o", str(out))
    assert written.exit_code == 0, written.output
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["summary"]["exported_claims"] == len(listed) > 0
    refused = run("export", "--db", db, "--source", "nosuch.txt", "-o", str(tmp_path / "x.md"))
    assert refused.exit_code == 2 and "no document 'nosuch.txt'" in refused.output
    assert not (tmp_path / "x.md").exists()


def test_a_database_in_a_folder_that_is_not_there_is_one_line_and_exit_73(tmp_path):
    """A trial: `ingest --db /nonexistent/dir/x.db` exited 77, the read-only status."""
    missing = str(tmp_path / "no-such-folder" / "claims.db")
    result = run("ingest", SEEDS, "--db", missing, "--jobs", "1")
    assert result.exit_code == 73
    assert "its folder is missing or cannot be written" in result.output
    assert result.output.strip().count("\n") == 0


@pytest.mark.parametrize(
    "args",
    [["--db", "", "claims"], ["claims", "--db", ""], ["ingest", SEEDS, "--db", " "]],
)
def test_an_empty_db_path_is_one_clear_line_and_writes_nothing(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code != 0
    assert "--db: an empty path" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "claims.db").exists()


def test_a_pasted_source_is_named_by_its_title(tmp_path):
    """Trial 58: a pasted paragraph titled "Perte en Kapisa" was listed as
    pasted-….txt, and `claims --source "Perte en Kapisa"` said there was no such
    document. A title held by one document names it, in any case."""
    db = str(tmp_path / "c.db")
    pasted = CliRunner().invoke(
        main,
        ["--db", db, "ingest", "-", "--title", "Perte en Kapisa", "--published", "2023-03-04"],
        input="Gunmen killed 4 farmers in Jos on 3 March 2023.\n",
    )
    assert pasted.exit_code == 0, pasted.output
    found = lines(run("claims", "--db", db, "--source", "perte en kapisa", "--json"))
    assert [c["value"] for c in found] == [4]
