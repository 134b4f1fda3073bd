"""Kinds a reading of fresh English news (en43) found: a title's abbreviation in a
speaker's name ("said Lt. Col. Ana Ruiz"), an "including" aside before an inverted
speaker, a bracketed acronym in a speaker's name, a sentence-final present "reports",
vague multipliers of two scales ("several hundred thousand") and "half a million",
arrests told as a noun ("the arrest of 23"), the attackers' own next act that is no
unrest ("abducted 15 and torched 80 houses"), a hedge inside a relative aside about a
noun, and a period told as a span of days ("from Jan. 1 till Aug. 15"). Sentences
written for these tests, with their negatives."""

import datetime as dt

import pytest

from tests.news_helpers import news_claims as _claims
from tests.news_helpers import one_claim as _one
from workbench.models import Category

# --- a speaker's title abbreviated before the name -------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Six guards died in the raid, said Lt. Col. Omar Haidari.", "Lt. Col. Omar Haidari"),
        ("Six guards died in the raid, according to Maj. Gen. Rufus Obi.", "Maj. Gen. Rufus Obi"),
        ("Six guards died in the raid, said Capt. Lena Morales.", "Capt. Lena Morales"),
        ("Six guards died, said Dr. Amina Bello, who runs the clinic.", "Dr. Amina Bello"),
        (
            "Six guards died, said district commander Brig. Gen. Tomas Reyes.",
            "district commander Brig. Gen. Tomas Reyes",
        ),
    ],
)
def test_a_titles_abbreviation_does_not_end_the_speakers_name(text, voice):
    assert _one(text).attribution == voice


def test_a_stop_after_a_name_still_ends_it():
    # the sentence ends after the speaker; the next one opens with a title
    claims = _claims("Six guards died, said the governor. Gen. Osei denied it on Monday.")
    assert [c.attribution for c in claims] == ["governor"]


# --- an "including" aside before an inverted speaker -----------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Rebels ambushed a convoy, killing nine guards, including a major, said the army.",
            "army",
        ),
        (
            "The blast killed five porters, among them two boys, said a local official.",
            "a local official",
        ),
        ("Bandits shot dead eight men, mostly farmers, said Gareth Lumu.", "Gareth Lumu"),
    ],
)
def test_who_is_among_the_figure_is_no_speaker(text, voice):
    assert _one(text).attribution == voice


def test_an_appositive_after_a_subject_still_interrupts():
    claim = _one("The governor, a former general, said eleven traders were killed.")
    assert claim.attribution == "governor"


# --- a bracketed acronym inside a speaker's name ---------------------------------


def test_a_bracketed_acronym_leaves_one_space_in_the_name():
    claim = _one("Nine traders were killed, said Deputy Inspector General (DIG) Farid Sumo.")
    assert claim.attribution == "Deputy Inspector General Farid Sumo"


# --- a present "reports" closing the sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Four herders were killed near the river, Radio Kanem reports.", "Radio Kanem"),
        ("Four herders were killed near the river, the ministry reports.", "ministry"),
    ],
)
def test_a_sentence_final_reports_is_a_verb_of_report(text, voice):
    assert _one(text).attribution == voice


def test_reports_as_a_noun_names_no_speaker():
    claim = _one("Four herders were killed near the river in what were described as reports.")
    assert claim.attribution is None


# --- vague words of two scales, and half a million -------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several hundred thousand people have fled the fighting.", 300_000, 900_000),
        ("A few hundred thousand people have fled the fighting.", 200_000, 500_000),
        ("Several hundred people have fled the fighting.", 300, 900),
    ],
)
def test_a_multiplier_of_two_scales_multiplies_both(text, low, high):
    [claim] = _claims(text)
    assert (claim.low, claim.high) == (low, high)


def test_half_a_million_is_five_hundred_thousand():
    [claim] = _claims("More than half a million people were displaced by the floods and raids.")
    assert claim.category is Category.DISPLACED
    assert (claim.value, claim.qualifier) == (500_000, "more_than")
    [claim] = _claims("Half a dozen soldiers were killed.")
    assert claim.value == 6


def test_money_of_two_scales_is_no_count_of_people():
    claims = _claims("Several hundred thousand dollars were stolen and 3 guards were killed.")
    assert [(c.category, c.value) for c in claims] == [(Category.KILLED, 3)]


# --- arrests told as a noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry announced the arrest of 23 suspects in Kessala.", 23),
        ("Police confirmed the arrests of 14 youths after the riot.", 14),
        ("The detention of 40 protesters was announced on Monday.", 40),
    ],
)
def test_the_arrest_of_n_is_arrested(text, value):
    assert _one(text, Category.ARRESTED).value == value


def test_an_arrest_of_things_or_days_is_no_arrest():
    assert not [c for c in _claims("He spoke of the detention of 3 days.") if c.value]
    assert not [c for c in _claims("The arrest of 2 cows.") if c.category is Category.ARRESTED]


# --- the attackers' own next act is no unrest -----------------------------------


def test_a_taking_joined_to_a_burning_is_news():
    text = "Hundreds fled the villages after gunmen abducted 15 people and torched 80 houses."
    assert _one(text, Category.KIDNAPPED).value == 15
    text = "Residents fled after raiders killed 4 people, torched homes and looted shops."
    assert _one(text).value == 4


def test_unrest_of_others_after_deaths_still_makes_them_a_reason():
    text = "Angry youths torched vehicles after five students were killed in a collision."
    assert not [c for c in _claims(text) if c.category is Category.KILLED]


# --- a hedge inside a relative aside about a noun --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The militants, who are believed to be linked to a foreign group, killed two guards.",
        "Gunmen, who reportedly came on motorbikes, killed 12 villagers.",
        "Two porters, who were reportedly farmers, were killed.",
    ],
)
def test_a_hedge_about_a_noun_does_not_hedge_the_figure(text):
    assert _one(text).hedged is False


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen reportedly killed 12 villagers.",
        "The gunmen, who reportedly killed 12 villagers, fled into the forest.",
    ],
)
def test_a_hedge_on_the_figure_still_hedges_it(text):
    assert _one(text).hedged is True


# --- a period told as a span of days ---------------------------------------------


def test_a_span_of_days_is_a_running_totals_period():
    text = (
        "From Jan. 1 till Aug. 15, more than 2,400 people had been reported killed"
        " and another 902 injured."
    )
    claims = _claims(text, dt.date(2021, 8, 30))
    assert {c.scope for c in claims} == {"cumulative"}
    assert {c.date for c in claims} == {"2021-01-01/2021-08-15"}


def test_one_day_is_no_span():
    [claim] = _claims("Gunmen killed 5 people on March 3, officials said.", dt.date(2021, 3, 5))
    assert claim.scope == "incident"
