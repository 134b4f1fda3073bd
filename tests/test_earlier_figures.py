"""A report's first count that the same report replaces (extract/earlier_figures.py):
marked `earlier_figure`, kept as a claim, left out of event figures, said in links,
credibility, the claims list and the exports. Sentences written for these tests."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.events.summary import figures_by_category
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.match.features import MatchInput
from workbench.models import Category, Claim
from workbench.tui.format import EARLIER_MARK, claim_figure

PUBLISHED = dt.date(2023, 3, 8)


def read(text: str, language: str | None = None) -> list[Claim]:
    doc = document_from_text("report.txt", text)
    return extract_claims(doc.model_copy(update={"published": PUBLISHED, "language": language}))


def earlier(text: str, language: str | None = None) -> list[tuple[float | None, bool]]:
    """(figure, earlier_figure) of each killed or wounded claim, in order."""
    return [
        (c.value if c.value is not None else c.low, c.earlier_figure)
        for c in read(text, language)
        if c.category in (Category.KILLED, Category.WOUNDED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # told as earlier, the standing figure after it
            "Officials had previously said 40 people were killed in the raid on Ganye; "
            "the toll now stands at 61.",
            [(40, True), (61, False)],
        ),
        (
            "Initial reports put the toll at 15, but doctors at the district hospital "
            "later said 22 people died in the blast in Sabon Gida.",
            [(15, True), (22, False)],
        ),
        (
            "An earlier toll given by the police listed 9 dead in Kuje. Residents said "
            "14 people were killed.",
            [(9, True), (14, False)],
        ),
        (  # a revision replaces the count before it
            "Bandits killed 31 farmers in Tsafe on Friday. The figure was later raised "
            "to 44, the state police said.",
            [(31, True), (44, False)],
        ),
        (  # the standing figure first, the earlier one told after it
            "The death toll in Ganye rose to 61 on Tuesday. Officials had earlier said "
            "40 people died in the raid.",
            [(61, False), (40, True)],
        ),
        (  # wounded too
            "Police initially reported 12 people injured in the market blast in Bida; "
            "hospital staff later said 30 were wounded.",
            [(12, True), (30, False)],
        ),
    ],
)
def test_a_first_count_the_report_replaces_is_an_earlier_figure(text, expected):
    assert earlier(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an earlier incident, not an earlier count of this one
        "Earlier this month, gunmen killed 12 people in Gwoza. On Monday, 30 people died "
        "in another attack in Gwoza.",
        "The first attack killed 8 villagers in Kuje; the second killed 19 in Kuje.",
        # a part of the toll told first is no revision of it
        "Initial reports said 20 people died in Bida, including 5 children.",
        # the same figure told again is no revision
        "Initial reports said 12 people died in Bida; police later confirmed 12 deaths.",
        # a count of another place: the text moved on to another incident
        "Police had earlier said 12 people died in Ganye. In Toungo, 30 were killed.",
        # another fate: no later death toll
        "Initial reports said 20 people were wounded in Bida; 5 were killed.",
        # a time word for the event, not for the count
        "A youth was initially killed in a quarrel over land; later 3 more died.",
    ],
)
def test_no_earlier_figure_without_a_replacing_count_of_the_same_incident(text):
    assert not any(flag for _, flag in earlier(text))


def test_a_french_first_count_and_its_revision():
    text = (
        "Un premier bilan faisait état de 12 morts à Kidira. Le bilan s'est alourdi à "
        "20 morts, selon la gendarmerie."
    )
    assert earlier(text, "fr") == [(12, True), (20, False)]


@pytest.mark.parametrize(
    "text",
    [
        # a trial's "Une source médicale avait auparavant fait état de 67 morts"
        "Au moins 40 civils ont été tués à Koura, selon l'ONU. Une source hospitalière "
        "avait auparavant fait état de 31 morts.",
        "Au moins 40 civils ont été tués à Koura. Le préfet avait plus tôt annoncé 31 morts.",
        "Au moins 40 civils ont été tués à Koura. Les secouristes avaient d'abord "
        "rapporté 31 morts.",
    ],
)
def test_a_french_first_count_told_with_an_adverb(text):
    assert earlier(text, "fr") == [(40, False), (31, True)]


def test_the_voice_of_a_first_count_is_its_teller_not_the_adverb():
    [_, first] = read(
        "Au moins 40 civils ont été tués à Koura. Une source hospitalière avait auparavant "
        "fait état de 31 morts.",
        "fr",
    )
    assert first.attribution == "Une source hospitalière"


def test_a_french_pluperfect_of_something_else_is_no_first_count():
    text = "Au moins 40 civils ont été tués à Koura, selon la police, qui avait annoncé la "
    text += "veille l'arrestation de 3 suspects."
    assert earlier(text, "fr") == [(40, False)]


def test_the_claims_list_and_the_review_screen_mark_an_earlier_figure():
    first = next(
        c
        for c in read(
            "Officials had previously said 40 people died in Ganye; the toll now stands at 61."
        )
        if c.earlier_figure
    )
    assert claim_figure(first) == f"40 {EARLIER_MARK}"


FIRST = (
    "Gunmen attacked the village of Dangora in Kano State on Monday, residents said.\n\n"
    "Officials had previously said 70 people were killed in the attack on Dangora. The "
    "death toll now stands at 93, a local government official said on Wednesday.\n"
)
SECOND = (
    "At least 93 people were killed when gunmen stormed Dangora village in Kano State "
    "on Monday, the state governor said on Wednesday.\n"
)


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def reports(tmp_path):
    for name, text, outlet in (("a.txt", FIRST, "Daily A"), ("b.txt", SECOND, "Wire B")):
        (tmp_path / name).write_text(text)
        meta = {"published": "2023-03-08", "outlet": outlet}
        (tmp_path / name).with_suffix(".json").write_text(json.dumps(meta))
    db = str(tmp_path / "claims.db")
    cli("--db", db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    return db


def test_an_event_leaves_the_first_count_out_of_its_figures(reports):
    events = [json.loads(line) for line in cli("--db", reports, "events", "--json").splitlines()]
    assert len(events) == 1
    event = json.loads(cli("--db", reports, "event", str(events[0]["id"]), "--json"))
    killed = next(f for f in event["figures"] if f["category"] == "killed" and not f["side"])
    assert (killed["low"], killed["high"], killed["conservative"]) == (93, 93, 93)
    assert killed["earlier"] == 1 and not killed["contested"]


def test_links_credibility_and_exports_say_it(reports):
    claims = json.loads(cli("--db", reports, "export", "--format", "json"))["claims"]
    first = next(c for c in claims if c["earlier_figure"])
    assert first["value"] == 70 and sum(c["earlier_figure"] for c in claims) == 1
    links = cli("--db", reports, "links")
    assert "the first is a first count its own report replaced" in links
    shown = cli("--db", reports, "claims")
    assert "70 (earlier)" in shown
    rows = list(csv.reader(io.StringIO(cli("--db", reports, "export", "--format", "csv"))))
    flag = rows[0].index("earlier_figure")
    assert sorted(row[flag] for row in rows[1:]) == ["no", "no", "yes"]
    report = cli("--db", reports, "export", "--format", "md")
    assert "1 first count their own reports replaced left out of these figures." in report


def counted(claim_id: int, value: int, earlier: bool, document_id: int = 1) -> MatchInput:
    return MatchInput(
        id=claim_id,
        document_id=document_id,
        voice_id=claim_id,
        voice=f"voice {claim_id}",
        category="killed",
        low=value,
        high=value,
        value=value,
        qualifier="exact",
        subject="people",
        unit=None,
        location="Bida",
        country="Nigeria",
        date="2023-03-06",
        published="2023-03-08",
        sentence=f"{value} people died in Bida.",
        text=f"{value} people died",
        denies=False,
        section="paragraph",
        earlier_figure=earlier,
    )


def test_the_first_count_stays_where_its_report_has_no_counted_figure_here():
    # the event holds another report's 20 and this report's first count only
    alone = [counted(1, 14, earlier=True), counted(2, 20, earlier=False, document_id=2)]
    (figures,) = figures_by_category(alone, {}, {1: 1, 2: 2})
    assert (figures.low, figures.high, figures.earlier) == (14, 20, 0)
    # with its own report's standing figure, it is left out
    both = [*alone, counted(3, 20, earlier=False)]
    (figures,) = figures_by_category(both, {}, {1: 1, 2: 2, 3: 3})
    assert (figures.low, figures.high, figures.earlier) == (20, 20, 1)
