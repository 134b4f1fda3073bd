"""Reading kinds trial 69 (Colombia's Catatumbo) left, each on sentences written for the
test, with negatives: a displaced count told as "the number of people displaced ... now
stands at", one more victim told by rank beside the toll it makes, a single victim's day,
a denial of an owner's claim, a pronoun subject after other words, and the day of the
figure a toll rose from."""

from __future__ import annotations

import pytest

from tests.test_rival_accounts import side_row
from tests.test_trial_kinds43 import claims, only
from workbench.events.sides import CLASH, over_sides
from workbench.models import Category


@pytest.mark.parametrize(
    "text",
    [
        "The number of people displaced by the violence now stands at 5,600, the office said.",
        "The number of people who have fled their homes now stands at 5,600, the office said.",
        "The number of civilians uprooted by the fighting is 5,600, the office said.",
    ],
)
def test_a_number_of_people_displaced_told_by_its_copula_is_displaced(text: str) -> None:
    claim = only(text)
    assert (claim.category, claim.value) == (Category.DISPLACED, 5600)


@pytest.mark.parametrize(
    "text",
    [
        "The number of camps for the displaced now stands at 12, the office said.",
        "The number of displaced families who returned home stands at 300, officials said.",
    ],
)
def test_camps_and_returns_are_no_displaced_count(text: str) -> None:
    assert all(c.category is not Category.DISPLACED for c in claims(text))


@pytest.mark.parametrize(
    "text, toll, language",
    [
        (
            "A fifth soldier died in hospital on Monday, bringing the toll from the ambush "
            "to five, the army said.",
            5,
            None,
        ),
        ("The 12th victim died on Monday, raising the death toll to 12.", 12, None),
        (
            "Un cinquième soldat a succombé à ses blessures lundi, portant le bilan à cinq "
            "morts, selon l'armée.",
            5,
            "fr",
        ),
    ],
)
def test_one_more_victim_told_by_rank_is_one_of_the_toll_it_makes(
    text: str, toll: int, language: str | None
) -> None:
    killed = [c.value for c in claims(text, language) if c.category is Category.KILLED]
    assert killed == [toll]


def test_a_ranked_victim_whose_sentence_gives_no_such_toll_stays() -> None:
    found = claims("Two soldiers were killed and a third was wounded in the ambush.")
    assert sorted((c.category.value, c.value) for c in found) == [("killed", 2), ("wounded", 1)]


def test_a_single_victims_own_day_dates_it() -> None:
    claim = only("A policeman died of his wounds on Tuesday, police said.")
    assert claim.date_text == "Tuesday"


@pytest.mark.parametrize(
    "text",
    [
        "Richard Welch was shot dead in Athens by the group Revolutionary Organization "
        "17 November.",
        "A soldier was killed in Rutshuru by fighters of the 23 March Movement.",
    ],
)
def test_a_date_in_a_groups_name_dates_no_victim(text: str) -> None:
    assert only(text).date_text is None


@pytest.mark.parametrize(
    "text",
    [
        "The ELN denied the army's claim that 15 of its fighters were killed in the strike.",
        'The claim by the army that 15 combatants of the ELN were "neutralised" in the '
        "strike is false, the ELN said in a statement.",
    ],
)
def test_a_denied_claim_of_an_owner_is_the_deniers_denial(text: str) -> None:
    claim = only(text)
    assert (claim.attribution, claim.denies, claim.figure_denied) == ("ELN", True, True)


def test_an_owners_report_is_still_the_subject_of_its_verb() -> None:
    claim = only("The UN's report says 12 civilians were killed in the strike.")
    assert claim.attribution == "UN"


@pytest.mark.parametrize(
    "text, voice",
    [
        (
            "The toll has risen to 27, up from the 19 it reported on Sunday, the "
            "Ombudsman's office said.",
            "Ombudsman's office",
        ),
        ("Villamizar posted a thread. 2/ So far we have counted 13 bodies, he wrote.", None),
    ],
)
def test_a_pronoun_after_other_words_is_the_verbs_subject(text: str, voice: str | None) -> None:
    [claim] = [c for c in claims(text) if c.value in (27, 13)]
    assert claim.attribution != text.split(",")[1].strip()
    assert "from" not in (claim.attribution or "") and "So far" not in (claim.attribution or "")
    if voice:
        assert claim.attribution == voice


def test_the_day_of_the_figure_a_toll_rose_from_is_not_the_tolls() -> None:
    claim = only("The death toll in Tibu rose to 27, up from the 19 reported on Sunday.")
    assert (claim.value, claim.date_text) == (27, None)


def test_a_tolls_own_day_before_the_figure_it_rose_from_stays() -> None:
    claim = only("The death toll rose to 27 on Monday, up from the 19 reported on Sunday.")
    assert claim.date_text == "Monday"


def test_a_headlines_number_takes_the_voice_of_the_storys_bound_of_it() -> None:
    found = claims(
        "Fighting in Tibu kills 11\n\nAt least 11 people were killed in clashes in the "
        "rural area of Tibu on Friday, the Ombudsman's office said."
    )
    assert [(c.value, c.attribution) for c in found] == [
        (11, "Ombudsman's office"),
        (11, "Ombudsman's office"),
    ]


def test_a_headline_of_a_number_its_story_does_not_give_takes_no_voice() -> None:
    found = claims(
        "Gunmen kill 12 in Tibu\n\nGunmen killed 14 people in Tibu on Friday, the mayor said."
    )
    assert [(c.value, c.attribution) for c in found] == [(12, None), (14, "mayor")]


def test_a_toll_of_no_side_that_the_sides_add_up_to_is_the_whole_toll() -> None:
    sides = [side_row("military", 7, 1), side_row("armed_group", 6, 1), side_row("unstated", 13, 1)]
    pooled = side_row("all", 0, 3).model_copy(update={"side": None})
    row = over_sides(pooled, sides, linked=False)
    assert (row.conservative, row.best, row.high, row.majority) == (13, 13, 13, 13)
    assert row.majority_voices == 2


def test_a_toll_of_no_side_beside_the_attackers_dead_is_the_attacked() -> None:
    sides = [side_row("armed_group", 60, 1), side_row("unstated", 41, 1)]
    pooled = side_row("all", 0, 2).model_copy(update={"side": None})
    row = over_sides(pooled, sides, linked=False)
    assert (row.conservative, row.best, row.high) == (60, 101, 101)


def test_a_toll_of_no_side_told_of_a_fight_holds_each_sides_dead() -> None:
    sides = [
        side_row("military", 18, 3),
        side_row("armed_group", 40, 2),
        side_row("unstated", 52, 9),
    ]
    pooled = side_row("all", 0, 11).model_copy(update={"side": None})
    row = over_sides(pooled, sides, linked=True, clash=True)
    assert (row.conservative, row.best, row.high) == (58, 58, 58)
    lower = [
        side_row("military", 18, 3),
        side_row("armed_group", 7, 2),
        side_row("unstated", 32, 9),
    ]
    row = over_sides(pooled, lower, linked=True, clash=True)
    assert (row.conservative, row.best, row.high) == (32, 32, 32)


@pytest.mark.parametrize(
    "sentence, clash",
    [
        ("Nasir County Commissioner said 27 people were killed in the fighting.", True),
        ("Les affrontements ont fait 9 morts.", True),
        ("Gunmen attacked the market and killed 41 people.", False),
    ],
)
def test_a_fight_between_sides_is_told_apart_from_an_attack(sentence: str, clash: bool) -> None:
    assert bool(CLASH.search(sentence)) is clash
