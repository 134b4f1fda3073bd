"""Exports of a database holding the seeds with verdicts set, checked by parsing
the output in each format, never by comparing text."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import claimreview_authors
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.export import PARTS, Publisher
from workbench.export.claimreview import RATINGS
from workbench.export_middle import MiddleJob, SecondProcess
from workbench.models import ExportDocument, Link, StoredClaim
from workbench.service import Metadata, Workbench
from workbench.store import ClaimFilter

SEEDS = str(Path(__file__).parent.parent / "seeds")
HOSTILE = (
    'Gunmen killed 12 civilians near Gao | <script>alert(1)</script> "quoted" *stars* '
    "[x](javascript:alert(1)) <img src=x onerror=alert(1)> `code` # | done, officials said.\n"
)
VERDICTS = {
    "twenty-four soldiers": ("false", 'The army\'s "3" is <b>better</b> sourced | see | notes'),
    "only 3 Chadian fatalities": ("confirmed", "Matches the ministry's count"),
    "More than 150,000 people": ("confirmed", None),
    "Gunmen killed 12 civilians": ("disputed", "<script>alert(2)</script> *bold* | pipe"),
}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def seeds_judged(path: str, folder: Path) -> None:
    """The seeds plus one hostile source, with verdicts set (one changed twice)."""
    bench = Workbench(path, analyst="ana")
    bench.ingest([SEEDS], jobs=1)
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    given = Metadata(outlet="<i>Evil</i> | Wire", url="javascript:alert(3)", published="2013-02-06")
    bench.ingest([str(hostile)], given, jobs=1)
    for words, (status, note) in VERDICTS.items():
        claim = next(c for c in bench.claims() if words in c.sentence)
        if status == "false":
            bench.set_verdict(claim.id, "disputed", "first look")
        bench.set_verdict(claim.id, status, note)
    bench.close()


@pytest.fixture
def db(templates, tmp_path) -> str:
    """This test's own copy of the seeds judged (`seeds_judged`)."""
    return templates.copy("seeds-judged", seeds_judged, tmp_path / "claims.db")


def reviewed(db: str) -> dict[int, str]:
    bench = Workbench(db, analyst="ana")
    found = {c.id: c.status for c in bench.claims() if c.status != "unreviewed"}
    bench.close()
    assert len(found) == len(VERDICTS)
    return found


def export(db: str, tmp_path: Path, fmt: str, *more: str) -> str:
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--db", db, "--format", fmt, "-o", str(out), "--force", *more)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8-sig")


class Html(HTMLParser):
    """What the checks need of an HTML page: elements, attributes, table rows, text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def markdown_rows(text: str) -> list[list[str]]:
    """The cells of every table row, split at the pipes Markdown reads as borders."""
    rows = []
    for line in text.splitlines():
        if line.startswith("| "):
            cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
            rows.append([c.strip() for c in cells])
    return rows


def test_every_reviewed_claim_appears_in_every_format_with_its_verdict(db, tmp_path):
    expected = reviewed(db)
    md_rows = markdown_rows(export(db, tmp_path, "md"))
    assert {
        int(r[0]): r[1] for r in md_rows if r[0].isdigit() and int(r[0]) in expected
    } == expected

    page = Html()
    page.feed(export(db, tmp_path, "html"))
    html_rows = {int(r[0]): r[1] for r in page.rows if r and r[0].isdigit()}
    assert {i: html_rows[i] for i in expected} == expected

    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    assert {c.id: c.status for c in document.claims if c.id in expected} == expected
    assert {v.claim_id: v.status for v in document.verdicts} == expected

    rows = list(csv.DictReader(io.StringIO(export(db, tmp_path, "csv"))))
    assert {int(r["id"]): r["status"] for r in rows if int(r["id"]) in expected} == expected

    reviews = json.loads(export(db, tmp_path, "claimreview"))
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == sorted(
        RATINGS[s][1] for s in expected.values()
    )


def test_the_chadian_ambush_is_a_contested_case_with_both_figures_and_voices(db, tmp_path):
    text = export(db, tmp_path, "md")
    cases = text.split("## Contested claims")[1].split("## Claims")[0]
    [case] = [c for c in cases.split("### ") if "24 killed" in c.split("\n")[0]]
    assert "3 killed" in case and "A Chadian source" in case and "Abdelnasser Garboa" in case
    assert "24 vs 3 killed" in case  # the link's reason
    assert "disputed → false" in case  # the history, as the verdict changed
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    words = " ".join(page.text)
    assert "Abdelnasser Garboa" in words and "24 vs 3 killed" in words


def test_an_analysts_note_on_a_link_shows_in_the_case_and_the_links_table(db, tmp_path):
    """Trial 73c: the note given with `link --relation` showed only in `links --json`;
    the table and the report said "set by an analyst"."""
    bench = Workbench(db, analyst="ana")
    [link] = [k for k in bench.links(relation="contradicts") if "24 vs 3 killed" in k.reason]
    bench.set_link(
        link.a_id, link.b_id, "contradicts", note="the army's count excludes the wounded"
    )
    bench.close()
    note = "analyst's note: the army's count excludes the wounded"
    text = export(db, tmp_path, "md")
    case = text.split("## Contested claims")[1].split("## Claims")[0]
    assert note in case.replace("’", "'")
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert note in " ".join(page.text).replace("’", "'")
    listed = run("links", "--db", db, "--claim", str(link.a_id))
    assert "excludes the wounded" in listed.output


def test_a_relation_the_analyst_changed_says_so_in_its_reason(db, tmp_path):
    """Trial 75: a link the analyst set to contradicts still read "the second counts a
    part of a toll" under "Contradicted by"; the machine's words stay, after whose it
    is now. Confirming a link as it was leaves its reason alone."""
    bench = Workbench(db, analyst="ana")
    [link] = [k for k in bench.links(relation="contradicts") if "24 vs 3 killed" in k.reason]
    assert bench.set_link(link.a_id, link.b_id, "contradicts").reason == link.reason
    changed = bench.set_link(link.a_id, link.b_id, "corroborates").reason
    bench.close()
    assert changed.startswith("set by an analyst as corroborates (suggested as contradicts: 24")
    listed = run("links", "--db", db, "--claim", str(link.a_id), "--json")
    assert "set by an analyst as corroborates" in listed.output


def test_a_link_with_no_note_shows_its_reason_alone(db, tmp_path):
    text = export(db, tmp_path, "md")
    assert "; analyst's note:" not in text


def test_json_round_trips_through_the_models(db, tmp_path):
    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    again = ExportDocument.model_validate_json(document.model_dump_json())
    assert again == document
    assert document.schema_version == 2
    assert len(document.claims) == document.summary.claims == 38
    assert {(link.a_id, link.b_id) for link in document.links} <= {
        (a, b) for a in (c.id for c in document.claims) for b in (c.id for c in document.claims)
    }
    assert len(document.history) == len(VERDICTS) + 1


def test_json_claims_and_links_are_their_models_json(db, tmp_path):
    """Claims and links are written from the stored rows: each must read exactly as
    its model writes itself, no field more, none less, none of another type."""
    Workbench(db, analyst="ana").set_link(1, 2, "corroborates", note="same <b>report</b>")
    raw = json.loads(export(db, tmp_path, "json"))
    assert raw["claims"] and raw["links"]
    for claim in raw["claims"]:
        assert StoredClaim.model_validate(claim).model_dump(mode="json") == claim
    for link in raw["links"]:
        assert Link.model_validate(link).model_dump(mode="json") == link
    assert any(link["note"] == "same <b>report</b>" for link in raw["links"])
    assert {type(claim["hedged"]) for claim in raw["claims"]} == {bool}


def test_csv_has_one_row_per_claim_with_link_counts(db, tmp_path):
    raw = export(db, tmp_path, "csv")
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert len(rows) == 38 and len({r["id"] for r in rows}) == 38
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets
    chadian = next(r for r in rows if "twenty-four" in r["text"])
    assert chadian["contradicts"] == "1"
    only_confirmed = list(
        csv.DictReader(io.StringIO(export(db, tmp_path, "csv", "--status", "confirmed")))
    )
    assert {r["status"] for r in only_confirmed} == {"confirmed"} and len(only_confirmed) == 2


def test_every_claimreview_has_the_schema_org_fields(db, tmp_path):
    reviews = json.loads(
        export(db, tmp_path, "claimreview", "--author", "Sahel Desk", "--url", "https://x.org/r")
    )
    assert len(reviews) == len(VERDICTS)
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert 0 < len(review["claimReviewed"]) <= 201
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"] and rating["ratingExplanation"]
        assert rating["alternateName"] not in review["claimReviewed"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["author"]["name"]
        assert item["appearance"]["name"]
        # the date the claim was published, where its source says (a blog may not)
        assert item.get("datePublished") == item["appearance"].get("datePublished")
        assert review["author"] == {
            "@type": "Organization",
            "name": "Sahel Desk",
            "url": "https://x.org/r",
        }
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", review["datePublished"])
        assert review["url"].startswith("https://x.org/r#claim-")
    assert (
        sum("datePublished" in r["itemReviewed"] for r in reviews) == 2
    )  # CNN and the hostile wire; the blog has none
    notes = {r["reviewRating"]["ratingExplanation"] for r in reviews}
    assert "Matches the ministry's count" in notes


def test_hostile_source_text_comes_out_inert(db, tmp_path):
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    assert not [v for name, v in page.attributes if name == "href" and "javascript" in (v or "")]
    assert "<script>alert(1)</script>" in " ".join(page.text)  # shown, as text
    text = export(db, tmp_path, "md")
    assert "<script" not in text and "<img" not in text
    widths = {len(row) for row in markdown_rows(text.split("## Claims")[1].split("## Sources")[0])}
    assert widths == {6}  # no quote breaks the claims table
    sources = markdown_rows(text.split("## Sources")[1])
    assert {len(row) for row in sources} == {7}


def test_an_empty_database_exports_a_short_valid_report(tmp_path):
    db = str(tmp_path / "empty.db")
    Workbench(db).close()  # a database with nothing in it yet
    assert "Nothing to report yet" in export(db, tmp_path, "md")
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert "Nothing to report yet" in " ".join(page.text)
    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    assert document.claims == [] and document.summary.claims == 0
    assert list(csv.reader(io.StringIO(export(db, tmp_path, "csv"))))[1:] == []
    assert json.loads(export(db, tmp_path, "claimreview")) == []


def test_a_mistyped_database_path_is_refused_and_not_made(tmp_path):
    for command in (
        ["claims"],
        ["sources"],
        ["export", "--format", "md"],
        ["verdict", "1", "false"],
    ):
        result = run("--db", str(tmp_path / "typo.db"), *command)
        assert result.exit_code == 1 and "no database there" in result.output
    assert list(tmp_path.iterdir()) == []


def test_stdout_and_bad_paths(db, tmp_path):
    result = run("--db", db, "export", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["summary"]["claims"] == 38
    result = run("export", "--db", db, "-o", str(tmp_path / "missing" / "r.md"))
    assert result.exit_code == 1 and "does not exist" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = run("export", "--db", db, "--status", "maybe")
    assert result.exit_code == 2 and "maybe" in result.output


def test_an_export_over_a_file_keeps_the_earlier_one_unless_forced(db, tmp_path):
    """`-o` replaces a file as scripts want, and keeps the earlier one as FILE.bak:
    trial 79's `export -o keep.md` replaced the analyst's notes and said so only
    afterwards. `--force` replaces the file without keeping it; a new file is only
    written."""
    target = tmp_path / "report.md"
    first = run("export", "--db", db, "-o", str(target))
    assert first.exit_code == 0 and first.stderr.startswith(f"Wrote {target}: ")
    target.write_text("the analyst's own notes", encoding="utf-8")
    again = run("export", "--db", db, "-o", str(target))
    assert again.exit_code == 0 and len(again.stderr.strip().splitlines()) == 1
    assert "(the earlier one kept as " in again.stderr
    kept = tmp_path / "report.md.bak"
    assert kept.read_text(encoding="utf-8") == "the analyst's own notes"
    forced = run("export", "--db", db, "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert forced.stderr.startswith(f"Wrote {target}, replacing the file there: ")
    assert kept.read_text(encoding="utf-8") == "the analyst's own notes"


def test_a_failed_export_leaves_an_earlier_report_whole(db, tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("yesterday's report", encoding="utf-8")
    bench = Workbench(db, analyst="ana")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(__import__("workbench.export", fromlist=["WRITERS"]).WRITERS, "md", broken)
    with pytest.raises(Exception, match="No space left"):
        bench.export_to("md", str(target))
    assert target.read_text(encoding="utf-8") == "yesterday's report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert bench.count_claims(ClaimFilter(statuses=("confirmed",))) == 2


def test_events_are_exported_with_their_figures_in_every_format(db, tmp_path):
    """JSON lists every event; CSV names each claim's event; the reports set out the
    Chadian ambush with its figures under each rule."""
    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    ambush = next(e for e in document.events if e.place == "north of Kidal")
    (killed,) = ambush.figures
    # the analyst marked the "twenty-four" false: left out of the figures, and said so
    assert (killed.conservative, killed.low, killed.high, killed.contested) == (3, 3, 3, False)
    assert killed.left_out == 1
    claims = {c.id for c in document.claims}
    assert all(set(e.claim_ids) <= claims for e in document.events)
    rows = list(csv.DictReader(io.StringIO(export(db, tmp_path, "csv"))))
    chadian = next(r for r in rows if "twenty-four" in r["text"])
    assert chadian["event_id"] == str(ambush.id) and chadian["event"] == ambush.name
    assert any(r["event_id"] == "" for r in rows)  # troops and money are no incident
    # figures of the claims kept: the false "twenty-four" is left out, and the row says so
    expected = ["killed", "1", "1", "3", "3", "3", "3", "3", "3"]
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert ("id", f"event-{ambush.id}") in page.attributes
    assert expected in [row[:9] for row in page.rows]
    assert any(row[:9] == expected and "1 false left out" in row[-1] for row in page.rows)
    report = export(db, tmp_path, "md")
    assert f"### Event {ambush.id}: " in report and "conservative (ACLED)" in report
    assert expected in [row[:9] for row in markdown_rows(report)]
    single = sum(e.voices == 1 for e in document.events)  # each listed in a line
    assert f"{single} more events rest on a single voice" in report
    confirmed = export(db, tmp_path, "md", "--status", "confirmed")
    assert "1 more event rests on a single voice" in confirmed  # the U.N. figures' event


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_an_export_written_by_two_processes_is_the_one_written_by_one(db, tmp_path, fmt):
    bench = Workbench(db, analyst="ana")
    folder = tmp_path / "reports"
    folder.mkdir()
    one, two = folder / f"one.{fmt}", folder / f"two.{fmt}"
    bench.export_to(fmt, str(one), jobs=1)
    bench.export_to(fmt, str(two), jobs=2)
    assert _undated(one.read_text(encoding="utf-8")) == _undated(two.read_text(encoding="utf-8"))
    assert sorted(p.name for p in folder.iterdir()) == [one.name, two.name]  # no scratch


def _undated(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\d(T[\d:.+]+| \d\d:\d\d UTC)", "TIME", text)


def test_a_second_process_that_fails_gives_one_line(tmp_path):
    job = MiddleJob(str(tmp_path / "notes.txt"), "md", [], False, Publisher("ana"), "x")
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    with pytest.raises(WorkbenchError) as failed, SecondProcess(job) as second:
        second.finish()
    message = str(failed.value)
    assert "second process writing the export failed" in message
    assert "notes.txt: not a Workbench database" in message
    assert "\n" not in message and "Traceback" not in message


def test_a_failed_export_in_two_stops_the_second_and_keeps_the_earlier(db, tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.md"
    target.write_text("yesterday's report", encoding="utf-8")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(PARTS, "md", PARTS["md"]._replace(end=broken))
    with pytest.raises(WorkbenchError, match="No space left"):
        Workbench(db, analyst="ana").export_to("md", str(target), jobs=2)
    assert target.read_text(encoding="utf-8") == "yesterday's report"
    assert [p.name for p in folder.iterdir()] == ["report.md"]


def _reviews(tmp_path, correct: dict[str, str] | None = None) -> tuple[list[str], list]:
    """A sentence of two claims loaded, the killed confirmed and the wounded (corrected
    as `correct` gives) marked false: each review's claimReviewed, and the claims."""
    from contextlib import closing

    from workbench.service import Workbench

    story = tmp_path / "story.txt"
    story.write_text("Gunmen killed 12 soldiers and wounded 30 civilians near Gao, the army said.")
    db = str(tmp_path / "claims.db")
    assert CliRunner().invoke(main, ["ingest", str(story), "--db", db]).exit_code == 0
    with closing(Workbench(db, analyst="ana")) as workbench:
        killed, wounded = workbench.claims()
        if correct:
            workbench.correct_claim(wounded.id, correct)
        workbench.set_verdict(killed.id, "confirmed")
        workbench.set_verdict(wounded.id, "false")
    out = tmp_path / "reviews.jsonld"
    args = ["export", "--db", db, "--format", "claimreview", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    reviewed = [r["claimReviewed"] for r in json.loads(out.read_text(encoding="utf-8"))]
    return reviewed, [killed, wounded]


def test_two_claims_of_one_sentence_are_told_apart_in_claimreview(tmp_path):
    """A trial confirmed one claim of a sentence and marked the other false: the two
    reviews had one `claimReviewed`, the sentence, rated 5 and 2."""
    reviewed, (killed, wounded) = _reviews(tmp_path)
    assert len(set(reviewed)) == 2
    assert reviewed[0].startswith(killed.text) and reviewed[1].startswith(wounded.text)


def test_claimreview_rates_a_corrected_claim_as_corrected(tmp_path):
    """The words quoted are the source's; where the analyst corrected the figure or
    the category, the review says what it rates. A claim as read says nothing more."""
    (as_read, corrected), (_, wounded) = _reviews(tmp_path, {"value": "3", "category": "killed"})
    assert "read as" not in as_read
    assert corrected.startswith(wounded.text)
    assert corrected.endswith("[read as: 3 killed (civilians)]")


def test_an_armed_group_named_by_its_acronym_is_an_organization_in_claimreview(tmp_path):
    """A trial's ClaimReview gave JNIM '@type': 'Person'; a spokesman named by his name
    stays a Person."""
    story = (
        "JNIM said it killed 70 soldiers near the border.\n\n"
        "Ali Musa Kone said 12 civilians were killed in the town.\n"
    )
    authors = claimreview_authors(tmp_path, story)
    assert authors == {"JNIM": "Organization", "Ali Musa Kone": "Person"}


def test_reviews_signed_by_the_analyst_say_so(db, tmp_path):
    """ClaimReview with no organisation is signed by the analyst, often a login name
    ("root" in a trial): the export says so on stderr, and --author does not."""
    out = tmp_path / "cr.json"
    said = run("export", "--db", db, "--format", "claimreview", "-o", str(out))
    assert said.exit_code == 0 and "are signed by the analyst" in said.stderr
    signed = run(
        "export", "--db", db, "--format", "claimreview", "-o", str(out), "--force", "--author", "D"
    )
    assert signed.exit_code == 0 and "signed by the analyst" not in signed.stderr


def test_a_corrections_note_is_in_the_json_and_the_case_history(db, tmp_path):
    """Trial 60: a correction's note ("died in Maroua hospital ...") was in no export;
    the JSON holds every correction, and a case's history shows a correction even as
    its one step."""
    wb = Workbench(db, analyst="ana")
    contested = next(c for c in wb.claims() if c.status == "unreviewed")
    wb.correct_claim(contested.id, {"place": "near Mora"}, note="checked with the mayor")
    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    assert [(c.claim_id, c.field, c.note) for c in document.corrections] == [
        (contested.id, "place", "checked with the mayor")
    ]
    # unreviewed, its note is in the claims tables (re-trial 60b: in the JSON only)
    assert "checked with the mayor" in export(db, tmp_path, "md")
    assert "checked with the mayor" in export(db, tmp_path, "html")
    wb.set_verdict(contested.id, "disputed", "")
    assert "checked with the mayor" in export(db, tmp_path, "md")
