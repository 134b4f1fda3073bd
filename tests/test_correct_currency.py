"""A money claim's currency, as the analyst corrects it (trial 77k: "1 million baht"
read as deaths was corrected to money and kept the unit "civilian"; `--unit` did not
exist and a hand-added "800 million riel" had no currency): `claim edit --currency`,
`claim add` reading a money span's currency, and the refusals, each one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench

STORY = (
    "Gunmen killed 14 villagers in Dapaong on 3 May 2024, police said.\n\n"
    "The government pledged 400 million riel and ฿75,000 to the families.\n"
)


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


def _loaded(tmp_path: Path) -> tuple[str, Workbench]:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(story)).exit_code == 0
    return db, Workbench(db, analyst="ana")


def _claim(db: str, claim_id: int) -> dict:
    listed = run(db, "claims", "--json")
    found = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    return next(c for c in found if c["id"] == claim_id)


def test_a_count_corrected_to_money_takes_a_currency_and_loses_its_side(tmp_path):
    db, workbench = _loaded(tmp_path)
    toll = next(c for c in workbench.claims() if c.category.value == "killed")
    assert run(db, "claim", "edit", str(toll.id), "--side", "civilians").exit_code == 0
    edited = run(db, "claim", "edit", str(toll.id), "--category", "money", "--currency", "thb")
    assert edited.exit_code == 0, edited.output
    assert _claim(db, toll.id)["unit"] == "THB"  # three letters, upper-cased
    again = run(db, "claim", "edit", str(toll.id), "--currency", "$")
    assert again.exit_code == 0 and _claim(db, toll.id)["unit"] == "USD"
    history = run(db, "history", str(toll.id)).stdout
    assert "corrected currency THB -> USD" in history


def test_a_count_corrected_to_money_without_a_currency_drops_its_side(tmp_path):
    db, workbench = _loaded(tmp_path)
    toll = next(c for c in workbench.claims() if c.category.value == "killed")
    assert run(db, "claim", "edit", str(toll.id), "--side", "civilians").exit_code == 0
    assert run(db, "claim", "edit", str(toll.id), "--category", "money").exit_code == 0
    assert _claim(db, toll.id)["unit"] is None
    assert "corrected side civilians -> —" in run(db, "history", str(toll.id)).stdout


def test_money_corrected_back_to_a_count_loses_its_currency(tmp_path):
    db, workbench = _loaded(tmp_path)
    riel = next(c for c in workbench.claims() if c.unit == "KHR")
    edited = run(db, "claim", "edit", str(riel.id), "--category", "displaced")
    assert edited.exit_code == 0, edited.output
    assert _claim(db, riel.id)["unit"] is None


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--currency", "THB"), "only a money claim has one"),
        (("--currency", "bahtt"), "is no currency"),
    ],
)
def test_a_currency_on_a_count_or_a_bad_one_is_one_line(tmp_path, options, said):
    db, workbench = _loaded(tmp_path)
    toll = next(c for c in workbench.claims() if c.category.value == "killed")
    result = run(db, "claim", "edit", str(toll.id), *options)
    assert result.exit_code == 2 and said in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _claim(db, toll.id)["unit"] == toll.unit  # nothing stored


def test_a_side_on_money_is_refused(tmp_path):
    db, workbench = _loaded(tmp_path)
    riel = next(c for c in workbench.claims() if c.unit == "KHR")
    result = run(db, "claim", "edit", str(riel.id), "--side", "civilians")
    assert result.exit_code == 2 and "a money claim counts no people" in result.output
    assert _claim(db, riel.id)["unit"] == "KHR"


@pytest.mark.parametrize(("words", "currency"), [("400 million riel", "KHR"), ("฿75,000", "THB")])
def test_a_money_span_added_by_hand_reads_its_currency(tmp_path, words, currency):
    _db, workbench = _loaded(tmp_path)
    document = workbench.claims()[0].document_id
    at = STORY.index(words)
    added = workbench.add_claim(
        document, at, at + len(words), {"category": "money", "value": "1"}, duplicate=True
    )
    assert added.unit == currency
    given = workbench.add_claim(
        document,
        at,
        at + len(words),
        {"category": "money", "value": "1", "currency": "USD"},
        duplicate=True,
    )
    assert given.unit == "USD"  # the analyst's currency wins
