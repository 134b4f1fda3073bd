"""Ingest through the service: folders, metadata from flags, sidecars and text, bad files."""

import datetime as dt
import json

import pytest

from workbench.service import Metadata, Workbench


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(
        "Raid on Gao\n\nupdated 2:10 PM GMT, Tue March 2, 2021\n\n"
        "Gunmen killed 12 soldiers in Gao on Monday, officials said.\n"
    )
    (folder / "sub" / "two.md").write_text("# Camp\n\nMore than 4,000 people have fled to Niger.\n")
    (folder / "sub" / "two.json").write_text(
        json.dumps({"outlet": "Sahel Wire", "published": "2021-03-05"})
    )
    (folder / "page.html").write_text(
        "<html><body><article><p>Police arrested 40 protesters.</p></article></body></html>"
    )
    (folder / "notes.csv").write_text("not,an,article\n")
    return folder


def test_folders_are_walked_and_metadata_read(tmp_path, corpus):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    report = bench.ingest([str(corpus)], jobs=1)
    assert (report.added, report.skipped, report.failed, report.claims) == (3, 0, 0, 3)
    by_name = {s.path.rsplit("/", 1)[-1]: s for s in bench.sources()}
    assert set(by_name) == {"one.txt", "two.md", "page.html"}
    assert by_name["one.txt"].published == "2021-03-02"  # from the text
    assert (by_name["two.md"].outlet, by_name["two.md"].published) == ("Sahel Wire", "2021-03-05")
    killed = bench.claims()[0]
    assert killed.date == "2021-03-01"  # "on Monday", resolved against the text's date


def test_flags_win_over_sidecar_and_text(tmp_path, corpus):
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest(
        [str(corpus / "sub" / "two.md")], Metadata(outlet="Desk", published="7 April 2021"), jobs=1
    )
    source = bench.sources()[0]
    assert (source.outlet, source.published) == ("Desk", "2021-04-07")


def test_ingest_is_idempotent(tmp_path, corpus):
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest([str(corpus)], jobs=2)
    again = bench.ingest([str(corpus)], jobs=2)
    assert (again.added, again.skipped, again.claims) == (0, 3, 0)
    assert len(bench.sources()) == 3


def test_bad_files_fail_alone(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes(
        "Caf\xe9 owner said 3 soldiers were killed.\n".encode("cp1252")
    )
    (tmp_path / "good.txt").write_text("Rebels killed 9 villagers near Mopti.\n")
    bench = Workbench(str(tmp_path / "claims.db"))
    report = bench.ingest(
        [
            str(tmp_path / n)
            for n in ("empty.txt", "binary.txt", "latin.txt", "good.txt", "nope.txt")
        ],
        jobs=1,
    )
    assert (report.added, report.failed) == (2, 3)
    assert any("empty file" in e for e in report.errors)
    assert any("binary" in e for e in report.errors)
    assert any("nope.txt" in e for e in report.errors)
    assert any("not UTF-8" in w for w in report.warnings)
    assert any("Café" in c.sentence for c in bench.claims())


def test_bad_sidecar_and_date(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels killed 9 villagers.\n")
    (tmp_path / "a.json").write_text("{not json")
    (tmp_path / "b.txt").write_text("Rebels killed 10 villagers.\n")
    bench = Workbench(str(tmp_path / "claims.db"))
    report = bench.ingest([str(tmp_path / "a.txt")], jobs=1)
    assert report.failed == 1 and "not valid JSON" in report.errors[0]
    report = bench.ingest([str(tmp_path / "b.txt")], Metadata(published="someday"), jobs=1)
    assert report.failed == 1 and "cannot read the date" in report.errors[0]
    # a field that is no text (the trial's {"outlet": 5} was stored as "5")
    (tmp_path / "c.txt").write_text("Rebels killed 11 villagers.\n")
    (tmp_path / "c.json").write_text('{"outlet": 5, "title": "Raid"}')
    report = bench.ingest([str(tmp_path / "c.txt")], jobs=1)
    assert report.failed == 1 and 'c.json gives "outlet" not as text' in report.errors[0]
    assert str(tmp_path / "c.json") in report.errors[0]


def test_verdicts_and_grades_through_the_service(tmp_path, corpus):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    bench.ingest([str(corpus)], jobs=1)
    claim = bench.claims()[0]
    change = bench.set_verdict(claim.id, "confirmed", "two sources")
    assert (change.old_status, change.new_status, change.analyst) == (
        "unreviewed",
        "confirmed",
        "ana",
    )
    assert bench.claim(claim.id).status == "confirmed"
    graded = bench.grade(claim.voice, "b", "reliable so far")
    assert (graded.grade, graded.note) == ("B", "reliable so far")
    assert bench.claim(claim.id).voice_grade == "B"
    assert isinstance(dt.datetime.fromisoformat(change.at), dt.datetime)
