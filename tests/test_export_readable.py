"""Reports an editor can read (issue 17, section 3): sources cited by outlet, title,
date and URL with the file and span as footnotes; headlines in plain words; every
reviewed claim's note, as text; no internal path, the analyst's title and the time
to the minute; event figures that leave out what the analyst judged false, and say
so. Each test reads the report the CLI writes from a real database."""

from __future__ import annotations

import json
import re
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt  # with mdit_py_plugins, both come with textual
from mdit_py_plugins.footnote import footnote_plugin

from tests.test_export import Html, markdown_rows
from workbench.cli import main
from workbench.models import ExportDocument
from workbench.service import Metadata, Workbench

SEEDS = Path(__file__).parent.parent / "seeds"
BLOG = SEEDS / "002_d080ff34c8cf8f03.txt"  # the Chadian ambush: "24" and "only 3"
CITED = Metadata(outlet="Sahel Wire", url="https://example.org/mali/ambush", published="2013-02-08")
NOTE = "**x** <script>alert(1)</script>"


def seeds_cited(path: str, _folder: Path) -> None:
    """The seeds, the blog post with an outlet, a URL and a date given; the "24" judged
    false, the "3" confirmed, the U.N.'s refugee figure (no other voice contradicts
    it) disputed, then confirmed with a note in Markdown and HTML; a note on a
    displaced figure left unreviewed."""
    with closing(Workbench(path, analyst="ana")) as bench:
        bench.ingest([str(BLOG)], CITED, jobs=1)
        bench.ingest([str(SEEDS)], jobs=1)
        twenty_four = _claim(bench, "killed twenty-four soldiers")
        bench.set_verdict(twenty_four, "false", "the army's count is better sourced")
        bench.set_verdict(_claim(bench, "only 3 Chadian fatalities"), "confirmed")
        refugees = _claim(bench, "NEW: More than 150,000 people")
        bench.set_verdict(refugees, "disputed", "first look")
        bench.set_verdict(refugees, "confirmed", NOTE)
        displaced = next(c.id for c in bench.claims() if c.category == "displaced")
        bench.set_verdict(displaced, "unreviewed", "ask OCHA for the camp counts")


def _claim(bench: Workbench, words: str) -> int:
    return next(c.id for c in bench.claims() if words in c.sentence and c.category != "displaced")


@pytest.fixture
def db(templates, tmp_path) -> str:
    return templates.copy("seeds-cited", seeds_cited, tmp_path / "claims.db")


def export(db: str, tmp_path: Path, fmt: str, *more: str) -> str:
    out = tmp_path / f"report.{fmt}"
    args = ["export", "--db", db, "--format", fmt, "-o", str(out), "--force", *more]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8-sig")


def stored(db: str, words: str):
    with closing(Workbench(db)) as bench:
        return next(c for c in bench.claims() if words in c.sentence)


def section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_a_case_cites_its_source_and_keeps_file_and_span_as_a_footnote(db, tmp_path):
    claim = stored(db, "killed twenty-four soldiers")
    text = export(db, tmp_path, "md")
    case = next(c for c in section(text, "## Contested", "## Reviewed").split("### ") if "24" in c)
    source = next(line for line in case.splitlines() if line.startswith("- Source: "))
    cited = re.fullmatch(r"- Source: (.*), <(https://[^>]+)>\[\^([\w-]+)\]", source)
    assert cited is not None, source
    words, url, label = cited.groups()
    assert words.startswith("Sahel Wire, “Mali: Guerrilla Attacks")
    assert words.endswith("”, 8 February 2013")
    assert url == "https://example.org/mali/ambush"
    span = f"[^{label}]: 002\\_d080ff34c8cf8f03.txt, characters {claim.start}–{claim.end}"
    [note] = [line for line in text.splitlines() if line.startswith(f"[^{label}]: ")]
    # then when the file was read and the SHA-256 of its bytes (the evidence kept)
    assert re.fullmatch(
        re.escape(span) + r"; read [-\d: ]+ UTC from a file, SHA-256 [0-9a-f]{64}", note
    )
    # the claims table cites the same way, its spans set down after the table
    claims = section(text, "## Claims", "## Sources")
    [row] = [r for r in markdown_rows(claims) if r[0] == str(claim.id)]
    footnote = re.fullmatch(r"Sahel Wire, “.*”, 8 February 2013\[\^([\w-]+)\]", row[4])
    assert footnote is not None, row[4]
    assert f"[^{footnote.group(1)}]: 002\\_d080ff34c8cf8f03.txt, characters" in claims

    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert ("href", "https://example.org/mali/ambush") in page.attributes
    words = " ".join(" ".join(page.text).split())
    assert "Sahel Wire, “Mali: Guerrilla Attacks" in words and "8 February 2013" in words
    assert f"002_d080ff34c8cf8f03.txt, characters {claim.start}–{claim.end}" in words


def test_headlines_are_plain_words(db, tmp_path):
    claim = stored(db, "killed twenty-four soldiers")
    expected = (
        f"Claim {claim.id}: 24 killed (soldiers) north of Kidal, around 5 February 2013; hedged"
    )
    text = export(db, tmp_path, "md")
    assert f"### {expected} — false" in text.splitlines()
    assert " ? killed" not in text and "at north of" not in text and " on around " not in text
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    headings = [" ".join(t.split()) for t in "".join(page.text).split("\n") if "Claim " in t]
    assert any(h.startswith(expected) for h in headings), headings


def test_every_reviewed_claim_shows_its_note_and_history_as_text(db, tmp_path):
    """The refugee figure no other voice contradicts: its note and history appear, and
    the note's Markdown and HTML print as written, never as markup."""
    claim = stored(db, "NEW: More than 150,000 people")
    text = export(db, tmp_path, "md")
    reviewed = section(text, "## Reviewed claims", "## Claims")
    [item] = [c for c in reviewed.split("### ") if c.startswith(f"Claim {claim.id}:")]
    assert "“\\*\\*x\\*\\* &lt;script&gt;alert(1)&lt;/script&gt;”" in item
    assert "**x**" not in text and "<script" not in text
    assert "disputed (“first look”)" in item and "disputed → confirmed" in item
    assert "- Source: CNN, “Malian security forces push into rebel territory”" in item
    # a note on a claim left unreviewed is the analyst's too
    assert "“ask OCHA for the camp counts”" in reviewed

    page = Html()
    page.feed(export(db, tmp_path, "html"))
    words = " ".join(page.text)
    assert NOTE in words  # shown as the analyst typed it
    assert "script" not in page.tags and "first look" in words


def test_no_internal_path_in_any_report(db, tmp_path):
    """Neither the database's folder nor the sources' appear: a file by its name."""
    folders = (str(tmp_path), str(SEEDS), str(SEEDS.parent))
    for fmt in ("md", "html", "claimreview"):
        text = export(db, tmp_path, fmt)
        assert not [f for f in folders if f in text], fmt
        assert not re.search(r"(?<![\w<])/(?:tmp|work|home|root)/", text), fmt
    reviews = json.loads(export(db, tmp_path, "claimreview"))
    assert all("/" not in r["itemReviewed"]["appearance"]["name"] for r in reviews)
    document = ExportDocument.model_validate_json(export(db, tmp_path, "json"))
    assert document.summary.database == "claims.db"


def test_the_analysts_title_and_the_time_to_the_minute(db, tmp_path):
    title = "Mali: the Kidal ambush <draft>"
    for fmt in ("md", "html"):
        text = export(db, tmp_path, fmt, "--title", title)
        assert re.search(r"Exported \d{4}-\d\d-\d\d \d\d:\d\d UTC ·", text), fmt
        assert not re.search(r"\d\d:\d\d:\d\d", text), fmt  # no seconds
    titled = export(db, tmp_path, "md", "--title", title)
    assert titled.startswith("# Mali: the Kidal ambush &lt;draft&gt;\n")
    page = Html()
    page.feed(export(db, tmp_path, "html", "--title", title))
    assert "h1" in page.tags and "title" in page.tags and page.text.count(title) == 2
    assert export(db, tmp_path, "md").startswith("# Verification report\n")  # the default


def test_event_figures_leave_out_claims_judged_false_and_say_how_many(db, tmp_path):
    """The "24" is judged false: the ambush's figures are the "3" alone, in every
    rule, and the report says one claim was left out."""
    text = export(db, tmp_path, "md")
    events = section(text, "## Events", "## Contested")
    ambush = next(e for e in events.split("### Event ")[1:] if "north of Kidal" in e)
    [killed] = [r for r in markdown_rows(ambush) if r[0] == "killed"]
    assert killed[3:9] == ["3"] * 6 and "24" not in " ".join(killed)
    assert "1 claim judged false left out of these figures." in ambush
    page = Html()
    page.feed(export(db, tmp_path, "html"))
    assert "1 claim judged false left out of these figures." in page.text


def test_every_footnote_resolves_when_rendered(db, tmp_path):
    """Markdown as a renderer with footnotes reads it (markdown-it, as forges do):
    every reference has its note and no label is left as text; in HTML every
    footnote link has its target, and every note links back."""
    rendered = MarkdownIt("gfm-like").use(footnote_plugin).render(export(db, tmp_path, "md"))
    references = rendered.count('class="footnote-ref"')
    assert references > 37  # every claim in the table, and each claim of each case
    assert references == rendered.count('class="footnote-item"')
    assert "[^" not in rendered

    page = Html()
    page.feed(export(db, tmp_path, "html"))
    ids = {value for name, value in page.attributes if name == "id"}
    targets = [value[1:] for name, value in page.attributes if name == "href" and value[0] == "#"]
    assert len(targets) > 2 * 37 and set(targets) <= ids


def test_a_case_history_shows_the_analysts_corrections_beside_the_verdicts(db, tmp_path):
    """A correction is recorded like a verdict and shows in the case history, with
    the machine's reading as the old value and the analyst's note."""
    claim = stored(db, "NEW: More than 150,000 people")
    with closing(Workbench(db, analyst="bo")) as bench:
        bench.correct_claim(claim.id, {"subject": "refugees in Mauritania"}, note="UNHCR's word")
    text = export(db, tmp_path, "md")
    reviewed = section(text, "## Reviewed claims", "## Claims")
    [item] = [c for c in reviewed.split("### ") if c.startswith(f"Claim {claim.id}:")]
    assert f"bo: corrected subject {claim.subject} → refugees in Mauritania" in item
    assert "(“UNHCR's word”)" in item
    assert item.index("disputed → confirmed") < item.index("corrected subject")


def test_an_export_narrowed_as_the_queue_is(db, tmp_path):
    """--category, --source, --search and --stale narrow an export as the queue's
    filters do, and the report says what it was limited to."""
    data = json.loads(export(db, tmp_path, "json", "--category", "killed", "--source", BLOG.name))
    assert data["claims"] and {c["category"] for c in data["claims"]} == {"killed"}
    assert {c["source"].rsplit("/", 1)[-1] for c in data["claims"]} == {BLOG.name}
    assert data["summary"]["category"] == "killed"
    text = export(db, tmp_path, "md", "--search", "Chadian", "--category", "killed")
    assert "category killed; claims holding “Chadian”" in text
    stale = json.loads(export(db, tmp_path, "json", "--stale"))
    assert all(c["stale_reason"] for c in stale["claims"])
