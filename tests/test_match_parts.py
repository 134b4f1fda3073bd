"""Counts that are a part of a toll ("seven of the victims", "three more people", the
tolls of two villages that sum to the report's toll) relate to another report's toll
and never dispute it; a report's bare figure beside its own "at least" of it is read
as that bound. Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.match_helpers import placed_claim
from workbench.match import MatchInput, Relation, match
from workbench.match.features import features
from workbench.match.parts import part_words, with_parts
from workbench.store.gazetteer import GazetteerFile


def toll(
    places: GazetteerFile,
    claim_id: int,
    document: int,
    text: str,
    low: int,
    sentence: str = "",
    qualifier: str = "exact",
    category: str = "killed",
    subject: str | None = "people",
) -> MatchInput:
    """A toll in Bankass on 5 June 2024, of a report and voice numbered `document`."""
    high = None if qualifier in ("at_least", "more_than") else low
    return placed_claim(
        places,
        claim_id,
        "Bankass",
        low,
        high=high,
        qualifier=qualifier,
        document_id=document,
        voice_id=document,
        voice=f"voice {document}",
        sentence=sentence or text,
        text=text,
        subject=subject,
        category=category,
    )


def links_between(claims: list[MatchInput], a: int, b: int) -> list[tuple[Relation, str]]:
    found = match(claims, claims)
    return [(s.relation, s.reason) for s in found if {s.a, s.b} == {a, b}]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Four of the victims were killed", ""),
        ("12 of whom", "The blast wounded 40 people, 12 of whom were children."),
        ("at least three of the people who were killed", ""),
        ("the other six were killed", ""),
        ("killing two more people", ""),
        ("31 more bodies", "The toll rose to 70 with 31 more bodies pulled from the rubble."),
        ("another 15", "Another 15 were killed when the second bus was hit."),
        ("the mayor", "Among the dead was the mayor, who had come to the market."),
    ],
)
def test_words_that_count_a_part_of_a_toll(text: str, sentence: str) -> None:
    assert part_words(text, sentence or text, wounded=False)


@pytest.mark.parametrize(
    "text",
    [
        "more than 20 people were killed",
        "bodies of 11 people",
        "One of the attackers was killed",  # a toll of its own: the attackers killed
        "the death toll of the attack rose to 40",
        "killed 14 people",
    ],
)
def test_tolls_that_are_no_part(text: str) -> None:
    assert not part_words(text, text, wounded=False)


@pytest.mark.parametrize(
    ("text", "sentence", "wounded"),
    [
        ("another 14 wounded", "Six men were killed and another 14 wounded at the ferry.", True),
        ("wounding another 9", "The blast killed 3 soldiers, wounding another 9.", True),
        ("hurt 5 more", "Raiders shot dead two herders and hurt 5 more near the well.", True),
        ("one more was injured", "A guard died while one more was injured at the gate.", True),
        ("another 4 died", "Twenty pupils were hurt and another 4 died in the fire.", False),
    ],
)
def test_an_increment_beside_a_toll_of_the_other_kind_is_a_whole_toll(
    text: str, sentence: str, wounded: bool
) -> None:
    """'Another', 'more' after a toll of the other category adds a kind of harm to it:
    the 14 wounded are all the wounded, not a part of them (coded notes' way)."""
    assert not part_words(text, sentence, wounded=wounded)


@pytest.mark.parametrize(
    ("text", "sentence", "wounded"),
    [
        # the same category before it: the increment adds to that toll
        ("another 3 died", "Five were killed on the bridge and another 3 died later.", False),
        ("two more injured", "Eight were injured in the market and two more injured there.", True),
        # both kinds before it: it still adds to its own
        ("another 6 wounded", "Nine died and 20 were wounded; another 6 wounded walked in.", True),
        # nothing before it to add to: a part, as before
        ("Another 11", "Another 11 were killed when the lorry overturned.", False),
    ],
)
def test_an_increment_of_its_own_kind_stays_a_part(text: str, sentence: str, wounded: bool) -> None:
    assert part_words(text, sentence, wounded=wounded)


def test_a_partitive_inside_a_claims_words_must_count_its_own_figure() -> None:
    """'1 of them' after 'killed 6 farmers' counts one of the six: the six are a whole."""
    said = "Bandits killed 6 farmers (2 of them women) in the fields."
    assert not part_words("killed 6 farmers (2 of them women)", said, wounded=False)
    assert not part_words("killed 6 farmers, and another 2", said, wounded=False)
    assert part_words("2 of them", said, wounded=False)
    assert part_words("three of the victims", "three of the victims were boys", wounded=False)


def test_a_status_of_the_wounded_is_a_part_of_them() -> None:
    said = "Officials said 31 injured people remain in hospital and the rest went home."
    assert part_words("31 injured", said, wounded=True)
    assert part_words("eight", "Of the wounded, eight are in critical condition.", wounded=True)
    # the status is another figure's: the 50 are all the wounded
    said = "Seven people were killed and 50 injured, four critically, in the blast."
    assert not part_words("50 injured", said, wounded=True)
    assert not part_words("Seven people were killed", said, wounded=False)


def test_a_part_relates_to_another_reports_toll_and_never_disputes_it(
    places: GazetteerFile,
) -> None:
    part = toll(places, 1, 1, "Four of the victims were killed", 4)
    whole = toll(places, 2, 2, "Eleven people were killed", 11)
    [(relation, reason)] = links_between([part, whole], 1, 2)
    assert relation is Relation.RELATED and "counts a part of a toll" in reason
    # the same count told as a toll of its own disputes the eleven, as before
    four = toll(places, 3, 3, "Four people were killed", 4)
    [(relation, _)] = links_between([four, whole], 2, 3)
    assert relation is Relation.CONTRADICTS


def test_a_part_larger_than_the_other_toll_links_to_nothing(places: GazetteerFile) -> None:
    part = toll(places, 1, 1, "the other twelve were killed", 12)
    other = toll(places, 2, 2, "Ten people were killed", 10)
    assert links_between([part, other], 1, 2) == []


def test_tolls_that_sum_to_the_reports_toll_are_its_parts(places: GazetteerFile) -> None:
    said = "Gunmen killed 17 people, 12 in the market and five at the mosque."
    report = [
        toll(places, 1, 1, "killed 17 people", 17, said),
        toll(places, 2, 1, "12", 12, said),
        toll(places, 3, 1, "five at the mosque", 5, said),
        toll(places, 4, 1, "two soldiers", 2, "Two soldiers were killed in Gao.", subject="x"),
    ]
    marked = {f.claim.id: f.part for f in with_parts(features(c) for c in report)}
    assert marked == {1: False, 2: True, 3: True, 4: False}
    other = toll(places, 5, 2, "Seventeen people were killed", 17)
    assert [r for r, _ in links_between([*report, other], 2, 5)] == [Relation.RELATED]
    assert [r for r, _ in links_between([*report, other], 1, 5)] == [Relation.CORROBORATES]


def test_a_lower_bound_may_be_a_summed_part(places: GazetteerFile) -> None:
    said = "At least 30 people died: 21 in Kora and at least nine in Dalo."
    report = [
        toll(places, 1, 1, "At least 30 people died", 30, said, "at_least"),
        toll(places, 2, 1, "21 in Kora", 21, said),
        toll(places, 3, 1, "at least nine in Dalo", 9, said, "at_least"),
    ]
    assert [f.part for f in with_parts(features(c) for c in report)] == [False, True, True]


def test_two_voices_tolls_that_happen_to_sum_to_a_third_are_no_parts(
    places: GazetteerFile,
) -> None:
    """A resident's "four from Godel" and the police's "only five were killed" beside
    the resident's nine: no parts of the nine (Zamfara trial, session 50)."""
    report = [
        toll(places, 1, 1, "shot dead nine persons there", 9),
        toll(places, 2, 1, "four persons from Godel were killed", 4),
        replace(toll(places, 3, 1, "only five persons were killed", 5), voice_id=7),
    ]
    assert [f.part for f in with_parts(features(c) for c in report)] == [False, False, False]
    # told by one voice, in one sentence, the two are the nine's parts (two whole tolls
    # of one place in two sentences are two accounts of it: test_cp78_match_links)
    both = "four persons from Godel were killed and five persons in the other village"
    one = [
        report[0],
        toll(places, 2, 1, "four persons from Godel were killed", 4, both),
        toll(places, 3, 1, "five persons in the other village", 5, both),
    ]
    assert [f.part for f in with_parts(features(c) for c in one)] == [False, True, True]


def test_tolls_of_other_places_that_sum_to_a_third_are_no_parts(places: GazetteerFile) -> None:
    """A report's three incidents: five in Mucojo, two in Machava, three in Nangade town
    (a Mozambique trial, session 50); a breakdown names the toll's place or none."""
    report = [
        replace(toll(places, 1, 1, "beheaded five people", 5), location="Mucojo"),
        replace(toll(places, 2, 1, "killed two people", 2), location="Machava village"),
        replace(toll(places, 3, 1, "killed three people", 3), location="Nangade town"),
    ]
    assert [f.part for f in with_parts(features(c) for c in report)] == [False, False, False]
    within = [report[0], *(replace(c, location=f"{c.location}, Mucojo") for c in report[1:])]
    assert [f.part for f in with_parts(features(c) for c in within)] == [False, True, True]


def test_figures_that_sum_to_nothing_the_report_says_stay_tolls(places: GazetteerFile) -> None:
    report = [
        toll(places, 1, 1, "killed 17 people", 17),
        toll(places, 2, 1, "killed 12 people", 12),
        toll(places, 3, 1, "killed four people", 4),
    ]
    assert not any(f.part for f in with_parts(features(c) for c in report))


def test_a_bare_figure_beside_the_reports_own_bound_is_read_as_it(
    places: GazetteerFile,
) -> None:
    report = [
        toll(places, 1, 1, "Blast kills 40", 40, subject=None),
        toll(places, 2, 1, "killing at least 40 people", 40, qualifier="at_least"),
    ]
    later = toll(places, 3, 2, "The toll has risen to 65", 65, subject=None)
    read = with_parts(features(c) for c in report)
    assert (read[0].low, read[0].high, read[0].own_bound) == (40, float("inf"), True)
    [(relation, reason)] = links_between([*report, later], 1, 3)
    assert relation is Relation.CORROBORATES and "its report says at least 40" in reason


def test_a_bare_figure_of_another_family_or_figure_keeps_its_count(
    places: GazetteerFile,
) -> None:
    report = [
        toll(places, 1, 1, "killing 40 soldiers", 40, subject="soldiers"),
        toll(places, 2, 1, "at least 40 civilians", 40, qualifier="at_least", subject="civilians"),
        toll(places, 3, 1, "killed 38 people", 38),
    ]
    read = with_parts(features(c) for c in report)
    assert [(f.low, f.high) for f in (read[0], read[2])] == [(40, 40), (38, 38)]


def test_a_wounded_toll_told_after_the_dead_corroborates_another_reports(
    places: GazetteerFile,
) -> None:
    """'Four were killed and another 30 wounded' gives the wounded whole: 30 agrees with
    another report's 30 wounded, where read as a part it was only related."""
    said = "Four were killed and another 30 wounded when the bus hit a mine."
    first = toll(places, 1, 1, "another 30 wounded", 30, said, category="wounded")
    second = toll(places, 2, 2, "30 people were wounded", 30, category="wounded")
    [(relation, _)] = links_between([first, second], 1, 2)
    assert relation is Relation.CORROBORATES
    # its own kind before it: a part of the wounded, related to the other's 30
    said = "Twelve were wounded at the gate and another 8 wounded inside."
    part = toll(places, 3, 3, "another 8 wounded", 8, said, category="wounded")
    [(relation, _)] = links_between([part, second], 2, 3)
    assert relation is Relation.RELATED
