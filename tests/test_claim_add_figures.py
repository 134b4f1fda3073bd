"""`claim add` reads the figure a span states as the extractor reads figures (trial
77k: "800 million riel" needed `--value`, the span being "not one number"): words and
scales, approximations with their bounds, ranges, French words, a sum's currency; a
qualifier typed sets the bounds; a span of two figures or none is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

ENGLISH = (
    "Officials in Bangui said about 40 people were wounded and between 10 and 20 died, "
    "while dozens fled; the donors pledged 3.5 million rand and two hundred thousand "
    "dollars. Later 24 and 30 were named.\n"
)
FRENCH = (
    "Selon la préfecture de Bouar, une dizaine de personnes ont été blessées et "
    "vingt-quatre tuées ; l'État a promis près de 3 000 000 de francs CFA.\n"
)


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


@pytest.fixture()
def db(tmp_path: Path) -> str:
    english = tmp_path / "report.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    french = tmp_path / "rapport.txt"
    french.write_text(FRENCH, encoding="utf-8")
    path = str(tmp_path / "claims.db")
    assert run(path, "ingest", str(english)).exit_code == 0
    assert run(path, "ingest", str(french), "--language", "fr").exit_code == 0
    return path


def _added(db: str, document: str, span: str, category: str, *more: str) -> dict:
    done = run(
        db,
        "claim",
        "add",
        document,
        "--text",
        span,
        "--category",
        category,
        "--duplicate",
        "--json",
        *more,
    )
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout.splitlines()[0])


@pytest.mark.parametrize(
    ("document", "span", "category", "figure"),
    [
        ("report.txt", "about 40", "wounded", (40, 36, 44, "about")),
        ("report.txt", "between 10 and 20", "killed", (None, 10, 20, "range")),
        ("report.txt", "dozens", "displaced", (None, 24, 99, "vague:dozens")),
        ("rapport.txt", "une dizaine", "wounded", (10, 8, 12, "about")),
        ("rapport.txt", "vingt-quatre", "killed", (24, 24, 24, "exact")),
    ],
)
def test_the_span_s_figure_is_read_with_its_bounds(db, document, span, category, figure):
    added = _added(db, document, span, category)
    assert (added["value"], added["low"], added["high"], added["qualifier"]) == figure


@pytest.mark.parametrize(
    ("document", "span", "value", "unit"),
    [
        ("report.txt", "3.5 million rand", 3_500_000, "ZAR"),
        ("report.txt", "two hundred thousand dollars", 200_000, "USD"),
        ("rapport.txt", "près de 3 000 000 de francs CFA", 3_000_000, "XOF"),
    ],
)
def test_a_sum_s_figure_and_currency_are_read(db, document, span, value, unit):
    added = _added(db, document, span, "money")
    assert (added["value"], added["unit"]) == (value, unit)


def test_a_qualifier_typed_sets_the_bounds_of_the_span_s_value(db):
    added = _added(db, "report.txt", "about 40", "wounded", "--qualifier", "at_least")
    assert (added["value"], added["low"], added["high"]) == (40, 40, None)


def test_a_figure_typed_wins_over_the_span_s(db):
    added = _added(db, "report.txt", "about 40", "wounded", "--value", "41")
    assert added["value"] == 41


@pytest.mark.parametrize("span", ["24 and 30", "Officials in Bangui"])
def test_a_span_of_two_figures_or_none_is_refused_in_one_line(db, span):
    before = run(db, "claims", "--json").stdout
    refused = run(db, "claim", "add", "report.txt", "--text", span, "--category", "killed")
    assert refused.exit_code == 1
    assert "is not one number: give the figure" in refused.output
    assert len(refused.output.strip().splitlines()) == 1
    assert run(db, "claims", "--json").stdout == before
