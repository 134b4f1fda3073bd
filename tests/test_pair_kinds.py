"""Kinds of extraction misses that kept real cross-source pairs apart (issues 13 and
16, benchmarks/pairs.py): each fixed as a kind, on sentences written for these
tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, killed_in
from workbench.models import Category, Claim


def killed(text: str) -> list[Claim]:
    """The `killed` claims of `text`, in text order."""
    return [c for c in claims_in(text) if c.category is Category.KILLED]


# -- a headline's figure before the colon that names its source -----------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Shelling near Homs kills 9: monitor", 9),
        ("Car bomb in Kirkuk kills 12: police", 12),
        # negatives: a time and a score are no figures
        ("Shelling resumed at 15:30 near Homs, monitor says", 0),
        ("The match ended 3:1 after the blast killed no one", 0),
    ],
)
def test_a_figure_before_a_headline_colon_is_read(text, total):
    assert killed_in(text) == total


# -- more ways to beat someone to death -----------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Ravi Kumar, 40, was clobbered to death by a mob near the market.", 1),
        ("A herder was kicked to death by villagers on Sunday.", 1),
        ("An angry crowd pummelled a suspected thief to death.", 1),
        # negatives: the same verbs without a death
        ("Villagers kicked the ball across the field.", 0),
        ("A mob clobbered two suspects and handed them to police.", 0),
    ],
)
def test_beaten_to_death_in_other_words(text, total):
    assert killed_in(text) == total


def test_a_victim_named_between_dashes_before_the_verb():
    text = "A trader - Abdul Karim of Chandpur Bazar, was beaten to death by a mob."
    assert killed_in(text) == 1
    assert killed("The guards - four of them - were not hurt.") == []


# -- a headline's passive of report: "5 said killed", "said to kill 5" -----------


def test_a_figure_said_killed_is_a_death_and_no_voice():
    claims = claims_in("3 Said Killed, 8 Wounded in Raid on Depot")
    assert [(c.category, c.value) for c in claims] == [
        (Category.KILLED, 3),
        (Category.WOUNDED, 8),
    ]
    assert all(c.attribution is None for c in claims)


def test_a_strike_said_to_kill_is_a_death():
    assert killed_in("Drone strike on convoy said to kill at least 6") == 6
    # negatives: a killing tried or threatened is none; a claim to have killed keeps its voice
    assert killed_in("Gunmen tried to kill six guards.") == 0
    claim = killed("Rebels, who claim to have killed 40 soldiers, withdrew.")[0]
    assert claim.attribution == "Rebels"


# -- a rising toll told in words, and the figure after it -------------------------


def test_a_toll_rising_to_a_number_in_words():
    claims = claims_in("Death Toll From Suicide Attack in Iraq's Kirkuk Rises to Six, 30 Injured")
    assert [(c.category, c.value) for c in claims] == [
        (Category.KILLED, 6),
        (Category.WOUNDED, 30),
    ]
    assert killed_in("Death Toll From Attack in Gao Rises to Eight") == 8
    # negatives: a number in words after other verbs stays what it was
    assert killed_in("Attacks on convoys rose to seven last month.") == 0
    assert killed_in("The army killed one of the leaders.") == 1


def test_the_number_of_persons_killed_raised_to():
    assert killed_in("New deaths raise the number of persons killed in al-Suq shelling to 31") == 31
    assert killed_in("The number of people killed in road accidents in 2020 to date") == 0


# -- kin named after "with" or "her" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Airstrikes kill a woman with her 3 daughters in Idlib", 4),
        ("Gunmen killed a widow and her two sons.", 3),
        # negatives: what someone was killed with is no victim; "her 3 times" no count
        ("Gunmen killed a farmer with his own gun.", 1),
        ("Gunmen shot her 3 times but she survived.", 0),
    ],
)
def test_kin_after_with_or_her_are_counted(text, total):
    assert killed_in(text) == total


# -- a "since" in a relative clause after the figure describes a place ------------


def test_a_since_in_a_relative_clause_after_the_claim_is_no_period():
    text = (
        "Gunmen raided a bus on Monday, killing at least six people, in a district "
        "that has been quiet since the rebellion ended a decade ago."
    )
    assert [c.scope.value for c in killed(text)] == ["incident"]
    # negative: a total with its own period stays one
    total = killed("The rebellion has killed at least 6,000 people since 2009.")
    assert [c.scope.value for c in total] == ["cumulative"]


# -- what is no place of the incident -------------------------------------------


def test_a_nationality_before_border_is_no_place():
    claim = killed("Militants attacked a post near the Bangladeshi border, killing two guards.")[0]
    assert claim.location is None and claim.country is None
    # negative: a place named beside the border is kept
    claim = killed("Militants killed two guards in Cox's Bazar near the Myanmar border.")[0]
    assert claim.country != "Myanmar"


def test_a_border_between_two_countries_is_a_border():
    claim = killed("A drone strike near Iraq-Syria border kills 7 fighters")[0]
    assert claim.location == "near Iraq-Syria border"
    assert claim.country is None


def test_a_nationality_before_attackers_is_no_place():
    claim = killed("The governor is killed by Tunisian suicide bombers posing as guests.")[0]
    assert claim.location is None
    # negative: a country named as the place still is
    claim = killed("Suicide bombers killed the governor in Tunisia.")[0]
    assert claim.country == "Tunisia"


def test_a_country_speaking_first_is_no_place():
    claim = killed("France admits drone strike that killed 19 at a wedding")[0]
    assert claim.location is None
    assert claim.attribution == "France"
    claim = killed("Two soldiers killed in ambush by rebels, Chad says")[0]
    assert claim.location is None and claim.attribution == "Chad"
    # negatives: a country named as the place, a town before "said" in mid-sentence
    assert killed("Two soldiers were killed in Chad, officials say")[0].location == "Chad"
    claim = killed("Residents in Maiduguri said gunmen killed 12 villagers.")[0]
    assert claim.country == "Nigeria"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Four Killed in Blast at Market in Kano", "Kano"),
        ("Six Wounded, 2 Killed in Strike on Pro-Government Camp in Idlib", "Idlib"),
    ],
)
def test_headline_words_for_what_happened_are_no_places(text, place):
    assert {c.location for c in killed(text)} == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("12 killed in the bombing which targeted al-Bab yesterday", "al-Bab"),
        ("Militants stormed Baga on Friday, killing 20 fishermen.", "Baga"),
        # negatives: a person's name, a group and a people are struck, not places
        ("Gunmen attacked Musa Bello, killing his driver.", None),
        ("Troops attacked Boko Haram, killing 12.", None),
        ("Militants attacked Christians, killing 5.", None),
    ],
)
def test_the_place_a_verb_of_striking_names(text, place):
    assert killed(text)[0].location == place


# -- who was counted ---------------------------------------------------------


def test_a_modifier_in_scare_quotes_keeps_the_subject():
    claim = killed("Militants killed four 'infidel' bus passengers near the town.")[0]
    assert claim.subject == "'infidel' bus passengers"
    assert killed("They killed 3 'because' they could.")[0].subject is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Police repelled the raid, killing one and injuring an unknown number of bandits.",
            "bandits",
        ),
        ("Troops killed two and wounded five insurgents.", "insurgents"),
        # negatives: the next object counts no people, or the count is no object's
        ("Gunmen killed two and burned three houses.", None),
        ("Gunmen killed two and wounded five in Kaduna.", None),
    ],
)
def test_a_bare_count_takes_the_people_the_next_verb_counts(text, subject):
    assert killed(text)[0].subject == subject


# -- a headline in title case -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Roadside Bomb Kills 8 Soldiers", 8),
        ("Suicide Blast in Kirkuk Kills At Least 14 People", 14),
        ("Death Toll From Raid in Gao Rises To 11", 11),
    ],
)
def test_a_title_case_verb_before_a_figure_is_no_model_name(text, total):
    assert killed_in(text) == total
    # negatives: a model's name before its number is still none
    assert claims_in("The Boeing 737 landed and an Antonov 26 took off at Gao.") == []
    assert claims_in("Rebels Fired From A Hilltop With Type 56 Rifles") == []


def test_a_title_case_verb_after_a_place_name_ends_it():
    assert killed("Suicide Blast in Kirkuk Kills At Least 14 People")[0].location == "Kirkuk"
    assert killed("Death Toll From Raid in Gao Rises To 11")[0].location == "Gao"
    # negative: a place with a capitalised word of its own keeps it
    assert killed("Gunmen killed 12 people in Port Harcourt on Sunday.")[0].location == (
        "Port Harcourt"
    )
