"""Kinds from session 51's study of the unseen sets' study halves (issue 13): a unit
named for its response is no reason for a death; a dash aside between a verb and its
phrase keeps the clause whole; a partitive set off after a toll's verb is a part of the
toll. Sentences written for these tests, with their negatives."""

import datetime as dt

import pytest

from tests.conftest import claims_in, read_figures
from workbench.models import Category, Scope

K, M = Category.KILLED, Category.MISSING


@pytest.mark.parametrize(
    "text",
    [
        "A rapid response team reached the post at dawn and found four guards killed.",
        "A quick reaction force was sent to the road and found six soldiers dead.",
        "The emergency response unit arrived an hour later and found three rangers killed.",
    ],
)
def test_a_unit_named_for_its_response_is_no_reason_for_the_deaths_it_finds(text):
    """ "response" and "reaction" tell why an act was done ("in response to the killing
    of"); in "a response team" they name who found the dead, and the dead are news."""
    assert [category for category, _ in read_figures(text)] == [K]


@pytest.mark.parametrize(
    "text",
    [
        "In response to the killing of two herders, gunmen raided the market.",
        "The reaction to the deaths of nine pupils was swift.",
    ],
)
def test_a_response_to_deaths_still_makes_them_the_reason(text):
    assert not [category for category, _ in read_figures(text) if category is K]


def test_a_response_team_keeps_the_killed_beside_the_missing():
    text = (
        "A response unit found two members of the crew killed and one other listed as "
        "whereabouts unknown."
    )
    assert read_figures(text) == [(K, 2), (M, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Over 9,000 people have died – most of them fighters – in the conflict.",
        "About 3,500 people have been killed — the majority civilians — in the war.",
    ],
)
def test_a_dash_aside_after_the_verb_leaves_the_war_in_the_clause(text):
    """The aside between two dashes closes before "in the conflict": the figure is the
    war's running total, as it is with the aside set off by commas."""
    (claim,) = claims_in(text)
    assert (claim.category, claim.scope) == (K, Scope.CUMULATIVE)


def test_a_dash_that_opens_another_clause_still_cuts_it():
    """No second dash, or a second dash followed by "and": two clauses as before."""
    claims = claims_in("Nine people were killed in Gao on Monday – and the war has killed 400.")
    assert [(c.value, c.scope) for c in claims] == [(9, Scope.INCIDENT), (400, Scope.CUMULATIVE)]


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen villagers were killed, six of them women.",
        "Fourteen villagers were killed, six of whom were women.",
        "Seven soldiers died – three of them officers – in the ambush.",
        "Fourteen villagers were killed (six of them women).",
    ],
)
def test_a_partitive_set_off_after_the_tolls_verb_is_no_claim_of_its_own(text):
    assert read_figures(text) == [(K, 14 if "Fourteen" in text else 7)]


def test_a_partitive_with_its_own_verb_stays_apart():
    """ "and five of them were buried": a clause of its own, not set off by a comma."""
    claims = claims_in("Fourteen villagers were killed and six of them were buried.")
    assert claims[0].value == 14
    assert all(c.category is not K for c in claims[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 41 violent deaths were registered in Honduras in March.",
        "There were 17 homicides recorded and 9 deaths registered in Kenya that week.",
    ],
)
def test_deaths_registered_in_a_country_are_deaths_not_refugees(text):
    """ "registered in <country>" tells refugees who came to rest there; a count of
    deaths registered is no one who fled."""
    assert all(c.category is K for c in claims_in(text))
    assert claims_in(text)


def test_refugees_registered_in_a_country_stay_refugees():
    (claim,) = claims_in("About 4,000 refugees registered in Uganda last week.")
    assert claim.category is Category.REFUGEES


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Her son-in-law was shot dead at the checkpoint.", "son-in-law"),
        ("Gunmen killed his stepfather on Sunday.", "stepfather"),
    ],
)
def test_one_relative_named_by_a_compound_kin_word_is_one_death(text, subject):
    (claim,) = claims_in(text)
    assert (claim.category, claim.value, claim.subject) == (K, 1, subject)


def test_a_relative_who_speaks_is_no_victim():
    (claim,) = claims_in("Her brother-in-law said nine people were killed.")
    assert claim.value == 9


@pytest.mark.parametrize(
    "text",
    [
        "Last year, 14 police officers were killed in Maoist attacks in the district.",
        "In 2021, 26 soldiers died in ambushes on the northern road.",
    ],
)
def test_a_years_toll_over_many_incidents_is_a_running_total(text):
    (claim,) = claims_in(text)
    assert claim.scope is Scope.CUMULATIVE


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, 26 soldiers died in an ambush on the northern road.",
        "In May last year, 14 police officers were killed in attacks in the district.",
        "Gunmen killed 14 people in attacks on two villages on Sunday.",
    ],
)
def test_one_incident_in_a_year_or_a_month_stays_an_incident(text):
    claims = [c for c in claims_in(text) if c.category is K]
    assert [c.scope for c in claims] == [Scope.INCIDENT]


def test_a_war_that_takes_a_turn_makes_no_running_total_of_the_strike_it_tells():
    """ "has taken" counts a war's dead only with a toll after it ("has taken 20,000
    lives", "has taken a heavy toll"), not in "has taken a dramatic turn"."""
    text = "The war has taken a dramatic turn, as an air strike on a bus killed 19 people."
    (claim,) = claims_in(text)
    assert (claim.value, claim.scope) == (19, Scope.INCIDENT)


@pytest.mark.parametrize(
    "text",
    [
        "The war has taken more than 15,000 lives.",
        "The insurgency has taken a terrible toll, with 8,000 people killed.",
    ],
)
def test_a_war_that_takes_lives_or_a_toll_is_a_running_total(text):
    (claim,) = claims_in(text)
    assert claim.scope is Scope.CUMULATIVE


@pytest.mark.parametrize(
    "text",
    [
        "According to the health ministry, at least 35,000 people have been killed, "
        "though the real figure may be higher.",
        "More than 9 million people have been displaced from their homes.",
        "Some 2,300,000 people have fled their villages.",
    ],
)
def test_a_mass_figure_with_a_perfect_tense_is_a_running_total_without_other_cues(text):
    """The sentence holds no word of a total ("war", "since"): the size and the
    perfect tense alone tell a war's count, as before only where such a word stood."""
    (claim,) = claims_in(text)
    assert claim.scope is Scope.CUMULATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Some 15,000 people have fled the town since Friday's attack.",
        "About 12,000 people fled the fighting on Tuesday.",
    ],
)
def test_one_weeks_flight_of_thousands_stays_an_incident(text):
    (claim,) = claims_in(text)
    assert claim.scope is Scope.INCIDENT


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a minibus killed 11 people near the market.",
        "A drone strike on a truck killed four traders.",
        "Shelling hit a bus and killed six passengers.",
    ],
)
def test_a_vehicle_hit_by_a_strike_is_no_road_accident(text):
    """ "a bus killed" tells a road accident unless a weapon stands near; the air war's
    weapons (strikes, drones, shells) are such weapons."""
    assert [c.category for c in claims_in(text)] == [K]


def test_a_vehicle_that_kills_with_no_weapon_near_is_still_an_accident():
    assert not claims_in("A speeding bus killed two pedestrians in the town.")


def test_a_compass_word_that_bears_on_a_place_is_no_place():
    text = (
        "Troops launched an offensive in Kirkuk province. The assault began in the South "
        "and West of the provincial capital. Ten soldiers were killed."
    )
    (claim,) = claims_in(text)
    assert claim.location == "Kirkuk province"


def test_a_title_naming_its_body_or_place_before_a_name_keeps_the_voice():
    """ "The governor of Borno State, Babagana Zulum, said": the governor speaks; the
    figure after "said" is no inverted speaker."""
    (claim,) = claims_in("The governor of Kano State, Ali Musa, said 31 people died.")
    assert claim.attribution == "Ali Musa"


def test_an_incident_beside_a_wars_that_clause_stays_an_incident():
    """ "killed 12 ..., part of a crisis that has killed 900 this year": the 900 and its
    year are the crisis's; the 12 stays one incident, undated by "this year"."""
    claims = claims_in(
        "Gunmen killed 12 people in Kano, part of a crisis that has killed 900 this year.",
        published=dt.date(2024, 12, 9),
    )
    incident, total = claims
    assert (incident.value, incident.scope, incident.date) == (12, Scope.INCIDENT, None)
    assert (total.value, total.scope) == (900, Scope.CUMULATIVE)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Ten people were killed on Saturday, said the army spokesman, Jules Ngongo.",
            "Jules Ngongo",
        ),
        (
            "“Nine bodies were found,” said the police spokesman in Beni, Ali Musa.",
            "Ali Musa",
        ),
        (
            "Ten people were killed, said the governor of the region, Ali Musa, who visited.",
            "Ali Musa",
        ),
    ],
)
def test_a_name_set_off_after_an_inverted_speakers_title_is_the_voice(text, voice):
    (claim,) = claims_in(text)
    assert claim.attribution == voice


def test_a_singular_report_after_according_to_is_no_verb():
    """ "according to an internal UN report and local leaders": "report" is a noun, and
    "according to an internal UN" no voice."""
    (claim,) = claims_in(
        "Gunmen killed 22 civilians, according to an internal UN report and local leaders."
    )
    assert "according" not in (claim.attribution or "")


def test_a_plural_subject_still_reports():
    (claim,) = claims_in("Local media report that 22 civilians were killed.")
    assert claim.attribution == "Local media"


def test_a_time_a_voice_adds_after_the_toll_does_not_date_it():
    """ "10 were killed, adding there had been no fighting in the past 20 days": the
    period is what the voice adds, not the toll's time."""
    claims = claims_in(
        "A rebel spokesman said 10 people were killed, adding there had been no fighting "
        "in the area in the past 20 days.",
        published=dt.date(2023, 3, 31),
    )
    assert [c.date for c in claims] == [None]


def test_a_figure_inside_the_added_statement_keeps_its_own_date():
    claims = claims_in(
        "The army said 10 people were killed, adding that 3 soldiers died on Thursday.",
        published=dt.date(2023, 3, 31),
    )
    assert claims[-1].value == 3 and str(claims[-1].date) == "2023-03-30"
