"""The benchmark's reading of ACLED coders' own words (acled-v study): the figure a coder
says is coded ("Code 9 fatalities", "14 fatalities coded total", "(only 2 fatalities
confirmed and thus coded)") is the toll, whatever the reports' figures before it; and a
note that calls its toll unknown, coded 3 or 10, is the team's convention, counted apart
(benchmarks/unreadable.py). Sentences written for these tests, with negatives."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

real_text = load_benchmark("real_text")


def _toll(text: str) -> int:
    claims = extract_claims(document_from_text("t.txt", text))
    return real_text.toll(claims, Category.KILLED, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rebels said they killed 30 soldiers; the army admitted 6 dead. Code 9 fatalities.", 9),
        (
            "The KIA said it killed 20 soldiers and lost 4 fighters. 14 fatalities coded total.",
            14,
        ),
        (
            "The rebels claimed 25 soldiers were killed, while the army said it lost fewer than"
            " 10 (only 2 fatalities confirmed and thus coded).",
            2,
        ),
        # negatives: a figure merely confirmed, or a "code" that is no coder's word
        ("Two soldiers were killed. Police confirmed 2 fatalities.", 2),
        ("Gunmen using a code 7 radio killed three farmers.", 3),
    ],
)
def test_the_figure_a_coder_says_is_coded_is_the_toll(text, figure):
    assert _toll(text) == figure


def _row(text: str, killed: int, corpus: str = "acled-x") -> object:
    return real_text.Row(f"{corpus}:1", corpus, "Myanmar", text, killed, None)


def test_an_unknown_toll_coded_3_or_10_is_the_convention() -> None:
    unreadable = sys.modules["unreadable"]
    for text in (
        "On 3 May, about 200 troops and the TNLA clashed near Namtu. Unknown fatalities.",
        "Troops shelled 7 houses in a village near Hpakant; fatalities are unknown.",
        "The AA ambushed a convoy of 11 trucks near Ann. Unspecified number of fatalities.",
    ):
        assert unreadable.unreadable(_row(text, 3)) == "convention"
        assert unreadable.unreadable(_row(text, 10)) == "convention"
        assert unreadable.unreadable(_row(text, 4)) is None  # no team's figure
        assert unreadable.unreadable(_row(text, 3, "rand")) is None  # ACLED's teams only
    stated = "Troops and the AA clashed; 3 soldiers died, other fatalities unknown."
    assert unreadable.unreadable(_row(stated, 3)) is None  # the figure is in the text
