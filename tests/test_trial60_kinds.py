"""Extraction kinds a fresh analyst's trial found in session 60, each named at its test.
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims

_PUBLISHED = dt.date(2026, 3, 15)  # a Sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a French dateline's date is the filing day: the weekday the sentence tells is
        # the claim's (trial 60's claims all took the dateline's 15 March over "vendredi")
        (
            "MORA, Cameroun, 15 mars 2026 - Au moins 25 personnes ont été tuées à Mora "
            "vendredi, a déclaré samedi le maire.",
            dt.date(2026, 3, 13),
        ),
        (
            "Maroua, le 15 mars 2026 (AFP) - Douze soldats ont été tués jeudi près de Mora.",
            dt.date(2026, 3, 12),
        ),
        # negative: with no other date, the dateline's day is the best there is
        ("MORA, Cameroun, 15 mars 2026 - Au moins 25 personnes ont été tuées à Mora.", _PUBLISHED),
    ],
)
def test_a_french_datelines_day_gives_way_to_the_day_told(text: str, day: dt.date) -> None:
    claims = french_claims(text, _PUBLISHED)
    assert [c.date for c in claims if c.category == "killed"] == [day.isoformat()]


def test_an_english_datelines_day_still_gives_way() -> None:
    text = "MORA, Cameroon, 15 March 2026 - At least 25 people were killed in Mora on Friday."
    assert [c.date for c in claims_in(text, _PUBLISHED)] == ["2026-03-13"]


def _killed(text: str) -> list[tuple[int | float | None, str | None, bool]]:
    return [(c.low, c.attribution, c.denies) for c in claims_in(text) if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who denies what the sentence tells speaks it, as a denial (trial 60's denial
        # had the outlet's voice)
        (
            "The Ministry of Defence on Monday denied that 25 people were killed at Mora.",
            [(25, "Ministry of Defence", True)],
        ),
        # "denied reports that": "reports" is what is denied, not a verb of the army
        ("The army denied reports that 25 people died.", [(25, "army", True)]),
        # a story called false by its figure denies that figure only; the voice's own
        # count beside it is no denial (trial 60's 12 contradicted the army's own 12)
        (
            '"The figure of 41 is false," army spokesman Colonel Serge Ebale said, '
            "maintaining the army's toll of 12 soldiers killed.",
            [(12, "army", False)],
        ),
        (
            "Reports of 31 dead were exaggerated, the governor said; 12 people were killed.",
            [(31, "governor", True), (12, "governor", False)],
        ),
        # "denied that" stops where another voice's clause begins
        (
            "The governor denied that anyone was killed, but residents said 12 people died.",
            [(12, "residents", False)],
        ),
        # a denial of reports told outright: the denier speaks it, and its own count
        # after ", saying" or ", and said" is no denial (re-trial 60b)
        (
            "The army rejected claims that 41 people died, saying only 12 soldiers were killed.",
            [(41, "army", True), (12, "army", False)],
        ),
        (
            "The governor dismissed as false reports that 30 civilians were killed, "
            "and said 5 died.",
            [(30, "governor", True), (5, "governor", False)],
        ),
        # negatives: a denial naming no figure still denies every figure after it
        ("The army said the reports were false. Residents said 40 people died.", None),
        ("Police put the toll at 5 soldiers and denied that any civilians had died.", None),
    ],
)
def test_denials_their_voice_and_their_figures(
    text: str, expected: list[tuple[int, str, bool]] | None
) -> None:
    found = _killed(text)
    if expected is not None:
        assert found == expected
    elif "reports were false" in text:
        assert [d for _, _, d in found] == [True]
    else:
        assert found == [(5, "Police", False)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # "It said" takes the body whose act opens the sentence before (trial 60: the
        # voice "It" counted as an independent voice in the event)
        ("The ministry issued a statement on Monday. It said 12 soldiers were killed.", "ministry"),
        (
            "YAOUNDE, 16 March 2026 - The Ministry of Defence on Monday issued a statement. "
            "It said 12 soldiers died in Friday's attack.",
            "Ministry of Defence",
        ),
        # a speaker named before still wins
        (
            "The Israeli military said it struck 30 targets. It said 12 militants were killed.",
            "Israeli military",
        ),
        # negative: no body acts before: no voice rather than "They"
        ("Fighting raged all day. They said 12 soldiers were killed.", None),
        ("Heavy rain fell on the town. It said 12 soldiers were killed.", None),
    ],
)
def test_it_said_without_a_speaker_before(text: str, voice: str | None) -> None:
    assert [c.attribution for c in claims_in(text) if c.category == "killed"] == [voice]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a headline's speaker before its colon is no town (trial 60: "NGO:" put the
        # claim in Ngo, a village of the name)
        ("NGO: Mora attack toll revised to 41 dead", None),
        ("Police: 12 killed in Mora", "Mora"),
        # negative: a town's dateline with a colon still places
        ("GAO: 12 killed in attack", "Gao"),
    ],
)
def test_a_headlines_speaker_is_no_place(text: str, place: str | None) -> None:
    assert [c.location for c in claims_in(text)] == [place]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # a count held to is said: "maintient que", "soutient que" (re-trial 60b: the 15
        # took the voice of the sentence before)
        (
            "Selon un porte-parole de l'armée, 17 soldats ont été tués. Le président du "
            "gouvernement local, Mustapha Kaka, maintient que 15 soldats ont été tués.",
            ["un porte-parole de l'armée", "Le président du gouvernement local, Mustapha Kaka"],
        ),
        ("Le maire soutient que 15 soldats ont été tués.", ["Le maire"]),
        # negative: holding or supporting something else says nothing
        ("Les soldats maintiennent la pression sur 15 villages.", []),
    ],
)
def test_french_a_count_held_to_is_said(text: str, voices: list[str]) -> None:
    assert [c.attribution for c in french_claims(text, _PUBLISHED)] == voices
