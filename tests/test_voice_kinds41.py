"""A speaker's title after a toll is no victim (session 41, paraphrasing real leads):
"Gunmen killed 12 villagers, the chairman of the council, Musa Bello, told AFP" is
12 dead in the chairman's voice, not 13. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def killed(text: str) -> list[tuple[float | None, str | None]]:
    doc = document_from_text("lead.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 9, 14)})
    return [(c.value, c.attribution) for c in extract_claims(doc) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 villagers, the chairman of the local council, Musa Bello, told AFP.",
        "Gunmen killed 12 villagers, a police spokesman, Musa Bello, said on Sunday.",
        "Bandits killed 12 villagers, the district head, Alhaji Musa Bello, has said.",
    ],
)
def test_a_title_apposed_to_the_speaker_is_no_victim(text):
    assert killed(text) == [(12, "Musa Bello" if "Alhaji" not in text else "Alhaji Musa Bello")]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a victim named after a comma, no saying verb: still a victim
        ("Gunmen killed two soldiers and a driver, Musa Bello.", 3),
        # a victim's title and name, the list going on after them
        ("Gunmen killed a police officer, Inspector Musa Bello, and a trader.", 2),
    ],
)
def test_named_victims_stay_victims(text, total):
    assert sum(v or 0 for v, _ in killed(text)) == total


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The toll has risen to 18, up from 12 reported earlier, local officials said.",
            "local officials",
        ),
        ("The toll rose to 18 from the 12 announced on Friday, the governor said.", "governor"),
        # a day's number before the verb is no figure reported
        ("The newspaper on February 14 reported that 12 people were killed.", "newspaper"),
    ],
)
def test_a_figure_reported_earlier_is_no_speaker(text, voice):
    assert [a for _, a in killed(text)][-1] == voice
