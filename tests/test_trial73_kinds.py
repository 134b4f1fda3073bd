"""Kinds from the analyst trials of session 73 (Mindanao and Ukraine, texts written by
the helpers): a toll's subject past an abbreviation's stop, a wire's slug, the wounded
told after the dead in one toll statement, a measure told as an adjective, pesos, the
people's place between them and their verb, a group's claim of an attack and who
speaks the toll, a month that is no place, a body that would not comment, and a post
that ends in an emoji. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.match_helpers import match_input
from workbench.extract import not_places
from workbench.extract.sentences import abbreviation_stops_blanked
from workbench.ingest import document_from_text
from workbench.match.features import features
from workbench.match.figure_agreement import ceiling_far_above, far_bound
from workbench.models import Category


def _read(text: str) -> list[tuple[Category, int | float | None]]:
    return [(c.category, c.value) for c in claims_in(text)]


def test_a_toll_subject_runs_past_an_abbreviation():
    text = (
        "The number of people killed in the Oct. 3 drone strike on a market in Sumy "
        "has risen to 11, officials said."
    )
    assert _read(text) == [(Category.KILLED, 11)]
    assert abbreviation_stops_blanked("on Oct. 3 the U.S. said. Then") == (
        "on Oct  3 the U.S  said. Then"
    )


def test_a_sentence_end_still_ends_the_toll_subject():
    # "killed" closes its own sentence: the next one's "rose to" is no toll of people
    assert _read("Two guards were killed. The price of bread rose to 40.") == [(Category.KILLED, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPDATE 2-Three soldiers killed in ambush near Gao", [(Category.KILLED, 3)]),
        ("REFILE-UPDATE 1-Gunmen kill 9 in Katsina", [(Category.KILLED, 9)]),
        # not a slug: a range in the sentence's own words
        ("Between 2-4 soldiers were killed in the ambush.", [(Category.KILLED, None)]),
    ],
)
def test_a_wire_slug_is_no_figure(text, expected):
    assert _read(text) == expected


def test_the_wounded_after_the_dead_in_one_toll_statement():
    text = "The provincial police put the death toll at six and the number of injured at 18."
    assert _read(text) == [(Category.KILLED, 6), (Category.WOUNDED, 18)]


def test_a_long_toll_statement_is_still_read():
    text = "The governor raised the death toll from the attack on the market to 31."
    assert _read(text) == [(Category.KILLED, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a five-storey building in Sumy, killing 4 people.",
        "Gunmen in a four-wheel-drive pickup killed 4 people.",
        "A 14-seater minibus hit a mine, killing 4 people.",
    ],
)
def test_a_measure_told_as_an_adjective_is_no_count(text):
    assert _read(text) == [(Category.KILLED, 4)]


def test_an_age_and_a_count_of_people_stay_as_before():
    assert _read("A 12-year-old boy and 5 soldiers were killed.") == [
        (Category.KILLED, 1),
        (Category.KILLED, 5),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor offered a P2-million bounty for the bombers.", 2_000_000),
        ("The province released PHP 3.5 million in aid.", 3_500_000),
        ("Rebuilding will cost ₱9 billion.", 9_000_000_000),
        ("The cartel paid 40 million pesos in bribes.", 40_000_000),
    ],
)
def test_pesos_are_money(text, value):
    (claim,) = claims_in(text)
    assert claim.category is Category.MONEY
    assert claim.value == value


def test_a_lone_p_before_a_small_figure_is_no_money():
    # "P5" names the five permanent members, no sum
    assert _read("The P5 met as 12 people were killed in Gaza.") == [(Category.KILLED, 12)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("About 900 people from Datu Piang and Shariff Aguak have fled the fighting.", None),
        ("Some 2,300 families in Maguindanao were displaced by the clashes.", "Maguindanao"),
    ],
)
def test_the_peoples_place_between_them_and_their_verb(text, place):
    (claim,) = claims_in(text)
    assert claim.category is Category.DISPLACED
    if place:
        assert claim.location == place


def test_troops_in_a_place_stay_troops():
    assert _read("About 400 troops in Basilan were deployed.") == [(Category.TROOPS, 400)]


def test_a_group_claiming_the_attack_is_not_the_voice_of_its_toll():
    text = (
        "Al-Shabaab has claimed responsibility for a bombing that killed 14 people at a "
        "hotel in Kismayo, police said on Saturday."
    )
    (claim,) = claims_in(text)
    assert claim.attribution == "police"


def test_a_group_claiming_and_saying_is_named_alone():
    text = (
        "The Islamic State group claimed responsibility for the raid and said it killed "
        "30 soldiers."
    )
    (claim,) = claims_in(text)
    assert claim.attribution == "Islamic State group"


def test_a_group_claiming_with_no_other_voice_stays_the_voice():
    (claim,) = claims_in("Al-Shabaab claimed responsibility for the attack, which killed 9 people.")
    assert claim.attribution == "Al-Shabaab"


def test_a_month_after_a_possessive_is_no_place():
    text = (
        "The number of people killed in Russia's Oct. 3 strike on Sumy has risen to 11. "
        "Another 20 people were injured, the governor said."
    )
    assert all("Oct" not in (c.location or "") for c in claims_in(text))


@pytest.mark.parametrize(
    ("name", "dated"),
    [
        ("Russia's Nov", True),
        ("Kyiv's November", True),
        ("Villa May", False),
        ("Port Sudan", False),
    ],
)
def test_a_month_ends_a_name_as_a_day_only_after_a_possessive_or_abbreviated(name, dated):
    assert not_places._dated_by_month(name.split()) is dated


def test_it_stands_for_the_body_that_would_not_comment():
    text = (
        "Residents said 8 civilians were killed. The army did not comment on the raid. "
        "It said on Monday that its troops killed 25 militants."
    )
    *_, militants = claims_in(text)
    assert militants.value == 25
    assert militants.attribution == "army"


def test_a_post_that_ends_in_an_emoji_is_read():
    text = "Governor's channel\n\n⚡️ 13:40\nThe toll has risen. 9 dead, 31 wounded. 🕯\n"
    assert _read(text) == [(Category.KILLED, 9), (Category.WOUNDED, 31)]


def test_a_headline_line_past_the_first_stays_out():
    doc = document_from_text(
        "t.txt", "Main title\n\nGunmen killed 5 people.\n\nRelated: Gunmen kill 40 in Kano\n"
    )
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert "Related: Gunmen kill 40 in Kano" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said its strike killed up to 90 soldiers, a claim Kyiv rejected as a lie.",
        "The army said 12 rebels were killed, a claim residents dismissed as false.",
    ],
)
def test_a_claim_another_voice_calls_false_is_no_denial_of_its_own(text):
    (claim,) = claims_in(text)
    assert not claim.denies and not claim.figure_denied


def test_reports_called_false_are_still_denied():
    (claim,) = claims_in("Reports of 31 dead were exaggerated, the police said.")
    assert claim.denies and claim.figure_denied


def test_a_country_acting_is_no_place():
    text = (
        "Moscow said its strike on Zaporizhzhia killed up to 90 Ukrainian troops, a claim "
        "Ukraine rejected as a lie."
    )
    (claim,) = claims_in(text)
    assert claim.location == "Zaporizhzhia"


def test_a_country_where_it_happened_stays_the_place():
    (claim,) = claims_in("Five soldiers were killed in Kenya on Monday, officials said.")
    assert claim.location == "Kenya"


def test_a_ceiling_far_above_a_toll_is_a_rival_count():
    ceiling = features(match_input(1, low=None, high=140, value=None, qualifier="up_to"))
    toll = features(match_input(2, low=16))
    near = features(match_input(3, low=60))
    assert ceiling_far_above(ceiling, toll) and far_bound(ceiling, toll)
    assert not ceiling_far_above(ceiling, near)
