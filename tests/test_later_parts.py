"""One site's share of a toll its report told before (extract/later_parts.py): marked
`part`, left out of the event's figures, related to the toll and never disputing it;
the analyst's word still decides. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.match.parts import counts_part
from workbench.models import Category

PUBLISHED = dt.date(2021, 5, 17)


def parts(text: str, language: str | None = None) -> list[tuple[float | None, bool | None]]:
    """(figure, part) of each killed claim, in order."""
    doc = document_from_text("report.txt", text)
    found = extract_claims(doc.model_copy(update={"published": PUBLISHED, "language": language}))
    return [
        (c.value if c.value is not None else c.low, c.part)
        for c in found
        if c.category is Category.KILLED
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 40 people were killed when armed men raided Kalmbo on Saturday, "
            "the governor said. In one house, the attackers shot dead a family of four. "
            "In another house, seven people were killed.",
            [(40, None), (4, True), (7, True)],
        ),
        (
            "Twenty-two villagers died in the attack on Muvaro. Inside one of the "
            "classrooms, nine pupils were killed.",
            [(22, None), (9, True)],
        ),
        (
            "Au moins 30 civils ont été tués dimanche à Bokamba, selon le préfet. Dans "
            "une maison, cinq membres d'une même famille ont été tués.",
            [(30, None), (5, True)],
        ),
    ],
)
def test_one_sites_share_of_a_toll_told_before_is_a_part(text, expected):
    language = "fr" if "civils" in text else None
    assert parts(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # more dead, not a share: "also"
        "At least 40 people were killed in Kalmbo on Saturday. In another house, six "
        "people were also killed.",
        # another place's toll
        "At least 40 people were killed in Kalmbo on Saturday. In one house in Dirra, "
        "six people were killed.",
        # other people than the toll counted
        "At least 40 civilians were killed in Kalmbo on Saturday. In one house, six "
        "soldiers were killed.",
        # a larger figure is no share
        "Four people were killed in Kalmbo on Saturday. In one house, six people were killed.",
        # no site counted one by one: a place's name is another incident's
        "At least 40 people were killed in Kalmbo on Saturday. In Dirra, six people were killed.",
    ],
)
def test_a_figure_that_is_no_share_of_the_toll_stays_whole(text):
    assert all(part is None for _, part in parts(text))


def _run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def _json_lines(db: Path, *args: str) -> list[dict]:
    result = _run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_share_leaves_the_event_figures_and_disputes_no_toll(tmp_path: Path) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "At least 40 people were killed when armed men raided Kalmbo on Saturday, the "
        "governor said.\n\nIn one house, the attackers shot dead a family of four. In "
        "another house, seven people were killed.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.json").write_text('{"outlet": "Wire", "published": "2021-05-17"}')
    db = tmp_path / "claims.db"
    assert _run(db, "ingest", str(wire)).exit_code == 0
    (event,) = _json_lines(db, "events")
    (killed,) = [f for f in event["figures"] if f["category"] == "killed"]
    assert (killed["low"], killed["high"], killed["contested"]) == (40, 40, False)
    relations = {link["relation"] for link in _json_lines(db, "links")}
    assert relations == {"related"}
    share = next(c for c in _json_lines(db, "claims") if c["value"] == 7)
    assert share["part"] is True
    # the analyst's word replaces the extractor's, and outlives reading it again
    edited = _run(db, "claim", "edit", str(share["id"]), "--part", "no")
    assert edited.exit_code == 0, edited.output
    assert _run(db, "reextract").exit_code == 0
    again = next(c for c in _json_lines(db, "claims") if c["value"] == 7)
    assert again["part"] is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Inside one of the classrooms, nine pupils were killed.", 9),
        ("Near one of the checkpoints, three soldiers were killed.", 3),
        ("Outside a mosque, four worshippers were killed.", 4),
    ],
)
def test_the_site_a_clause_opens_on_is_no_victim(text, figure):
    assert parts(text) == [(figure, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each item of a list put among the dead is one of them (Ethiopia trial, session 50)
        (
            "The driver of the ambulance, a pharmacist and nearby construction workers were "
            "among those killed, witnesses said.",
            [True, True],
        ),
        # another clause's "among the dead" is no predicate of the count before it
        (
            "Five soldiers were killed in Kidal, and a teacher was among the dead in Gao.",
            [False, True],
        ),
    ],
)
def test_a_list_put_among_the_dead_is_of_parts(text, expected):
    doc = document_from_text("report.txt", text)
    found = extract_claims(doc.model_copy(update={"published": PUBLISHED}))
    assert [counts_part(c) for c in found if c.category is Category.KILLED] == expected
