"""Kinds from the study half of acled-nigeria-d (issue 13, session 51): older ACLED
notes on Nigeria and Chad that no rule had been read from. Sentences written for the
tests, with their negatives."""

import pytest

from tests.conftest import claims_in, killed_in, read_figures
from workbench.models import Category

K, W = Category.KILLED, Category.WOUNDED


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed four herders in retaliation for an earlier raid on their post.",
        "Vigilantes kill two suspects after a previous attack on the market.",
    ],
)
def test_an_earlier_attack_named_as_the_reason_does_not_date_the_deaths(text):
    """ "in retaliation for a previous attack": the earlier attack is why, not when, so
    the deaths are the note's own news."""
    assert [category for category, _ in read_figures(text)] == [K]


def test_deaths_in_an_earlier_attack_are_still_background():
    text = "Gunmen raided Dogo on Monday. Five farmers were killed in a previous attack."
    assert not [c for c in claims_in(text) if c.category is K]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The ward chair of the party was shot dead at his home.", "chair"),
        ("Navy personnel shot and killed a suspected pirate near the creek.", "suspected pirate"),
        ("Bandits killed a high-ranking customs officer on the highway.", "customs officer"),
        ("Gunmen kill a long-serving councillor in Owerri.", "councillor"),
    ],
)
def test_one_victim_named_by_a_title_the_lexicon_lacked(text, subject):
    (claim,) = claims_in(text)
    assert (claim.category, claim.value) == (K, 1)
    assert subject in (claim.subject or "")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a special adviser to the governor and four others.",
        "Gunmen shot dead a leading opposition politician and four others.",
    ],
)
def test_a_victim_with_a_phrase_after_the_title_and_others_make_one_list(text):
    """ "an adviser to the governor and four others", "a leading opposition politician
    and four others": 1 and 4 dead, not four of the gunmen."""
    assert read_figures(text) == [(K, 1), (K, 4)]


def test_an_ing_word_before_a_count_is_no_modifier():
    """ "injuring five police officers" after a toll: a second fate, not a noun phrase."""
    assert read_figures("Bandits killed 3 traders injuring five police officers.") == [
        (K, 3),
        (W, 5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The clash cost the lives of three soldiers and eleven insurgents.",
        "The ambush, costing the lives of six policemen, lasted an hour.",
    ],
)
def test_cost_the_lives_of_is_a_death_for_every_item(text):
    assert all(category is K for category, _ in read_figures(text))
    assert sum(value or 0 for _, value in read_figures(text)) in (14, 6)


def test_a_cost_in_money_is_no_death():
    assert [category for category, _ in read_figures("The repairs cost 40 million naira.")] == [
        Category.MONEY
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Gunmen killed the Editor of a weekly newspaper in Enugu.", "Editor"),
        ("Gunmen killed an Islamic Scholar at his home in Kano.", "Scholar"),
        ("Unknown men shot dead the acting Chairman of the council.", "Chairman"),
        ("The body of a herder is discovered in the bush near Jos.", "herder"),
        ("A district head was discovered dead in his farm.", "district head"),
    ],
)
def test_one_victim_named_by_a_capitalised_title_or_found_dead(text, subject):
    (claim,) = claims_in(text)
    assert (claim.category, claim.value) == (K, 1)
    assert subject in (claim.subject or "")


def test_a_capitalised_title_that_speaks_is_no_victim():
    (claim,) = claims_in("The Editor said 12 people were killed in the raid.")
    assert claim.value == 12


def test_bodies_being_carried_out_are_deaths():
    (claim,) = claims_in("Witnesses saw the bodies of three guards being carried out of the bank.")
    assert (claim.category, claim.value) == (K, 3)


def test_a_body_carried_home_by_its_kin_is_no_new_death():
    assert not claims_in("He carried the body of his son home.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bandits burn 12 travellers to death on the Abuja road.", 12),
        ("Rebels hack nine farmers to death near Beni.", 9),
        ("A man machetes three neighbours to death in Yola.", 3),
    ],
)
def test_a_present_tense_killing_to_death(text, value):
    """A headline's or an old coder's present: "rebels burn 40 students to death"."""
    assert read_figures(text) == [(K, value)]


def test_things_burnt_in_the_present_are_no_deaths():
    assert all(category is not K for category, _ in read_figures("Rebels burn 40 houses in Beni."))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The village head was kill by unknown gunmen.", 1),
        ("At least five are kill in a clash at the market.", 5),
    ],
)
def test_a_coders_slip_of_kill_after_a_copula_is_a_death(text, value):
    """Issue 13's kind 10, typing slips: "was kill" for "was killed"."""
    assert read_figures(text) == [(K, value)]


def test_kill_after_a_copula_in_an_infinitive_sense_is_no_death():
    assert not claims_in("Their plan is kill the chief, the police said.")


@pytest.mark.parametrize(
    "text",
    [
        "A 65+ year old trader was shot dead at the checkpoint.",
        "The 80+ year-old village head was killed in the raid.",
    ],
)
def test_an_age_with_a_plus_sign_is_no_count(text):
    """ "a 70+ year old driver" had been 70 or more killed."""
    assert read_figures(text) == [(K, 1)]


def test_a_count_with_a_plus_sign_is_still_a_floor():
    (claim,) = claims_in("More than 70+ people were killed in the attack.")
    assert (claim.value, claim.high) == (70, None)


def test_an_ing_verb_before_a_victim_is_no_adjective():
    """ "leaving truck driver dead": one death, not a driver described as leaving."""
    assert read_figures("Militants bombed a truck, leaving its driver dead on the spot.") == [
        (K, 1)
    ]
    assert read_figures("Militants bombed a lorry, leaving lorry driver dead.") == [(K, 1)]


def test_people_serving_somewhere_before_their_verb_keep_their_count():
    text = "Four Kenyan soldiers serving under the African Union mission were killed by a mine."
    assert read_figures(text) == [(K, 4)]


def test_deaths_that_spurred_demos_are_their_reason():
    text = "The demos were spurred after three men were found dead in the estate."
    assert not [c for c in claims_in(text) if c.category is K]


def test_a_casualty_noun_with_its_participle_keeps_its_fate_in_a_list():
    """ "One militant death reported, one soldier injured": a death and a wound."""
    assert read_figures("One militant death reported, one soldier injured.") == [(K, 1), (W, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A gun duel between Boko Haram and the JTF lasted two hours. Six soldiers died.",
        "A shootout between ISWAP and the army lasted hours. Six soldiers died.",
    ],
)
def test_a_fight_between_two_sides_is_no_place(text):
    (claim,) = [c for c in claims_in(text) if c.category is K]
    assert claim.location is None


def test_a_road_between_two_towns_is_still_a_place():
    (claim,) = claims_in("Six traders were killed on the road between Gao and Ansongo.")
    assert "Gao" in (claim.location or "")


def test_a_bodys_name_with_and_stays_one_item():
    """ "a staff member of the National Film and Video Censors Board": one victim, not
    a member and a board."""
    text = "A staff member of the National Film and Video Censors Board is shot dead in Jos."
    (claim,) = claims_in(text)
    assert (claim.value, claim.subject) == (1, "staff member")


def test_a_person_named_after_a_bodys_name_is_still_a_victim():
    assert killed_in("Gunmen killed a member of the Muslim Brotherhood and Ali Musa.") == 2


def test_a_would_be_attacker_without_the_hyphen_is_one_victim():
    assert read_figures("Police shot dead a would be suicide bomber at the gate.") == [(K, 1)]


def test_would_be_killed_is_still_no_death():
    assert not claims_in("The soldiers said the attackers would be killed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four gunmen killed Musa Adamu at his shop.", [(K, 1)]),
        ("Ten soldiers killed Boko Haram fighters near Bama.", [(K, None)]),
    ],
)
def test_a_name_after_a_bare_participle_makes_it_active(text, expected):
    """ "Six gunmen killed Jibola Olanipekun": the gunmen killed, they did not die."""
    assert read_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Six soldiers killed Monday in Borno.", "Five killed Saturday Night in Kano."],
)
def test_a_day_after_a_bare_participle_keeps_it_passive(text):
    assert [category for category, _ in read_figures(text)] == [K]


def test_a_killing_that_sparks_a_riot_in_the_present_is_its_reason():
    text = "The killing of a trader by soldiers sparks a riot in Jos, with shops burnt."
    assert not [c for c in claims_in(text) if c.category is K]
