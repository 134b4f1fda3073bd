"""A trial's smaller findings, each on a real database in a tmp folder through the
CLI or the service: a search that found "Fièvre" but not by "Fievre" in a voice's
name; a note that moved its verdict's time; a merge of events that moved the
event's name to the place the merged claims named; a WARC written gzipped to a
name without ".gz"; a bad sidecar's message that named the sidecar, not the
document it kept out."""

from __future__ import annotations

import gzip
import json
import time
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner, Result
from warcio.archiveiterator import ArchiveIterator

from tests import web_server
from tests.test_web_ingest import article
from workbench.cli import main
from workbench.service import Workbench

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db, *args])


def write(folder: Path, name: str, text: str, outlet: str, published: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(f"News\n\n{text}\n", encoding="utf-8")
    sidecar = {"outlet": outlet, "published": published}
    (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")


def ids(result: Result) -> set[int]:
    assert result.exit_code == 0, result.output
    return {json.loads(line)["id"] for line in result.stdout.splitlines()}


def test_a_search_finds_a_voice_and_a_sentence_whatever_their_accents(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(
        folder,
        "a",
        "Myriam Fièvre said 115 people were killed in Pont-Sondé on 3 October 2024.",
        "Port Wire",
        "2024-10-09",
    )
    write(
        folder,
        "b",
        "The toll rose to 115 dead in Pont-Sondé on 3 October 2024, she said.",
        "Haiti Daily",
        "2024-10-09",
    )
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(folder)).exit_code == 0
    with closing(Workbench(db)) as bench:
        claims = bench.claims()
        spoken = next(c for c in claims if "Fièvre" in c.sentence)
        other = next(c for c in claims if c.id != spoken.id)
        bench.correct_claim(other.id, {"voice": "Myriam Fièvre"}, note="she told AP")
    both = {spoken.id, other.id}
    for words in ("Fievre", "fièvre", "FIEVRE", "Fièvre"):  # in the sentence or the voice
        assert ids(run(db, "claims", "--search", words, "--json")) == both, words
    assert ids(run(db, "claims", "--search", "Sonde", "--json")) == both  # the place
    assert not ids(run(db, "claims", "--search", "Fevre", "--json"))  # no fuzzy search


def test_a_note_keeps_its_verdicts_time_and_has_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(
        folder,
        "a",
        "Gunmen killed 12 people in Kalemie on 4 March 2024, police said.",
        "Lake Wire",
        "2024-03-05",
    )
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(folder)).exit_code == 0
    with closing(Workbench(db, analyst="ana")) as ana:
        claim_id = ana.claims()[0].id
        ana.set_verdict(claim_id, "confirmed", note="two sources")
        decided = ana.claim(claim_id)
        time.sleep(0.01)
    with closing(Workbench(db, analyst="bob")) as bob:
        bob.set_note(claim_id, "the police gave 12 in a statement too")
        noted = bob.claim(claim_id)
    assert noted.status == "confirmed" and noted.note == "the police gave 12 in a statement too"
    assert (noted.analyst, noted.decided_at) == ("ana", decided.decided_at)  # still ana's
    assert noted.noted_by == "bob" and noted.noted_at and noted.noted_at > decided.decided_at
    assert (decided.noted_by, decided.noted_at) == ("ana", decided.decided_at)
    shown = json.loads(run(db, "claims", "--json").stdout.splitlines()[0])
    assert shown["decided_at"] == decided.decided_at and shown["noted_by"] == "bob"
    report = run(db, "export").stdout
    assert "by ana, " in report and "(noted bob, " in report
    # a new verdict is a new decision: its time, its analyst
    with closing(Workbench(db, analyst="bob")) as bob:
        bob.set_verdict(claim_id, "disputed")
        again = bob.claim(claim_id)
    assert again.analyst == "bob" and again.decided_at > noted.noted_at
    assert again.note == "the police gave 12 in a statement too"  # the note stays


def kalemie(tmp_path: Path) -> str:
    """Two events: killed in Kalemie (2 claims), killed in an IDP camp (3 claims)."""
    folder = tmp_path / "articles"
    write(
        folder,
        "a",
        "Gunmen killed 12 people in Kalemie on 4 March 2024, police said.",
        "Lake Wire",
        "2024-03-05",
    )
    write(
        folder,
        "b",
        "Twelve people were killed in Kalemie on 4 March 2024, the governor said.",
        "Tanganyika Daily",
        "2024-03-05",
    )
    write(
        folder,
        "c",
        "At least 14 people were killed in an IDP camp on 6 March 2024, a nurse said.",
        "Camp News",
        "2024-03-07",
    )
    write(
        folder,
        "d",
        "Fourteen displaced people were killed in the IDP camp on 6 March 2024, witnesses said.",
        "Relief Post",
        "2024-03-07",
    )
    write(
        folder,
        "e",
        "The attack on the IDP camp on 6 March 2024 killed 15 people, an aid worker said.",
        "Aid Daily",
        "2024-03-07",
    )
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(folder)).exit_code == 0
    return db


def test_a_merge_keeps_the_place_the_event_was_named_by(tmp_path: Path) -> None:
    db = kalemie(tmp_path)
    with closing(Workbench(db, analyst="ana")) as ana:
        events = {e.place: e for e in ana.events()}
        town, camp = events["Kalemie"], events["IDP camp"]
        merged = ana.merge_events(town.id, [camp.id])
        assert merged.name.startswith("killed in Kalemie, 2024-03-")  # the days the claims give
        assert merged.named_by == "ana" and merged.claims == 5
        history = ana.store.event_log(town.id)
    assert [row["action"] for row in history][-2:] == ["merge", "rename"]
    shown = run(db, "events")
    assert "killed in Kalemie" in shown.output and "IDP camp" not in shown.output


def test_a_merge_that_keeps_the_place_or_an_analysts_name_renames_nothing(
    tmp_path: Path,
) -> None:
    db = kalemie(tmp_path)
    with closing(Workbench(db, analyst="ana")) as ana:
        events = {e.place: e for e in ana.events()}
        camp, town = events["IDP camp"], events["Kalemie"]
        merged = ana.merge_events(camp.id, [town.id])  # the camp's name stays the camp's
        assert merged.named_by is None and "IDP camp" in merged.name
    db = kalemie(tmp_path / "again")
    with closing(Workbench(db, analyst="ana")) as ana:
        events = {e.place: e for e in ana.events()}
        town, camp = events["Kalemie"], events["IDP camp"]
        ana.rename_event(town.id, "Kalemie market attack")
        merged = ana.merge_events(town.id, [camp.id])
        assert (merged.name, merged.named_by) == ("Kalemie market attack", "ana")


def test_a_warc_is_gzipped_where_its_name_says_so_and_plain_otherwise(
    site: web_server.Site, tmp_path: Path
) -> None:
    db = str(tmp_path / "claims.db")
    url = site.page("/gao.html", article())
    assert run(db, "ingest", url, "--jobs", "1").exit_code == 0
    plain, packed = tmp_path / "r.warc", tmp_path / "r.warc.gz"
    said = run(db, "export", "--format", "warc", "-o", str(plain))
    assert said.exit_code == 0 and "(plain, not gzipped)" in said.stderr
    said = run(db, "export", "--format", "warc", "-o", str(packed))
    assert said.exit_code == 0 and "(gzipped per record)" in said.stderr
    assert plain.read_bytes().startswith(b"WARC/1.1\r\n")  # no gzip header
    assert packed.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(packed.read_bytes()).startswith(b"WARC/1.1\r\n")
    for path in (plain, packed):
        with path.open("rb") as stream:
            records = list(ArchiveIterator(stream))
            names = [r.rec_headers.get_header("WARC-Filename") for r in records[:1]]
        assert names == [path.name]


def test_a_bad_sidecar_names_the_document_it_kept_out(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><body><p>Gunmen killed 12 people in Kalemie on 4 March 2024, police said."
        "</p></body></html>",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    for sidecar, why in (
        ('{"outlet": "X", ', "is not valid JSON"),
        ("[1]", "must hold a JSON object"),
        ('{"outlet": 5}', 'gives "outlet" not as text'),
    ):
        (folder / "page.json").write_text(sidecar, encoding="utf-8")
        result = run(db, "ingest", str(folder))
        assert result.exit_code != 0
        said = result.stderr
        page, sidecar_path = folder / "page.html", folder / "page.json"
        assert f"{page}: not loaded: its sidecar {sidecar_path} {why}" in said, said
        assert "correct the sidecar or move it away" in said
