"""Kinds a reading of fresh English news (en43) found, second part: places named as a
country's capital or city with no comma, a group's plural possessive, where a
statement was made, speakers named with their role set off by commas, decades as
time, doers in an active relative clause, "one of the highest tolls", "according to a
UN report.", names before appositives, and periods of years of war. Sentences written
for these tests, with their negatives."""

import datetime as dt

import pytest

from tests.news_helpers import news_claims as _claims
from tests.news_helpers import one_claim as _one
from workbench.models import Category

# --- a place named as a country's capital or city with no comma ------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 14 traders in Ruritania's capital Zenda.", "Zenda"),
        ("Gunmen killed 14 traders in Ruritania's largest city Strelsau.", "Strelsau"),
        ("Gunmen killed 14 traders in a town near Ruritania's capital Zenda.", "Zenda"),
    ],
)
def test_a_countrys_capital_named_without_a_comma_is_the_place(text, place):
    location = _one(text).location or ""
    assert location.endswith(place)


def test_a_countrys_city_with_no_name_after_stays_the_country():
    assert _one("Gunmen killed 14 traders in Kenya's largest city on Monday.").location == "Kenya"


# --- a group's plural possessive is no place -------------------------------------


def test_a_groups_possessive_is_no_place():
    claim = _one("The war has killed 14 people in the Houthis' northern heartland.")
    assert claim.location is None


# --- where a statement was made is not where the deaths were ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A military spokesman said in Karachi that five guards were killed.",
        "The agency said in Geneva on Friday that five guards were killed.",
    ],
)
def test_said_in_a_city_that_is_where_the_speaker_spoke(text):
    assert _one(text).location not in ("Karachi", "Geneva")


def test_said_in_a_city_keeps_the_place_the_content_names():
    text = "The spokesman said in Karachi that five guards were killed in Turbat."
    assert _one(text).location == "Turbat"


# --- a named speaker with a role set off by commas, no article -------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Raiders killed 23 herders, Deng Kuol Mabior, commissioner for the county, said.",
            "Deng Kuol Mabior",
        ),
        (
            "Brig. Gen. Ramon Ortiz III, commander of the 4th Division, said nine rebels died.",
            "Brig. Gen. Ramon Ortiz III",
        ),
        ("Jean Mbeki, the mayor, said 12 died.", "Jean Mbeki"),
    ],
)
def test_a_name_before_its_role_is_the_voice(text, voice):
    assert _one(text).attribution == voice


def test_a_body_before_a_role_like_phrase_is_no_persons_name():
    # no person's name before the aside: the role-like phrase is no appositive of one
    claim = _one("Police in Kano, officers of the state command, said 12 died.")
    assert claim.attribution != "Kano"


# --- decades are time, not a count -----------------------------------------------


def test_decades_are_no_count():
    claims = _claims("The conflict has killed more than 120,000 people in nearly four decades.")
    assert [(c.category, c.value) for c in claims] == [(Category.KILLED, 120_000)]
    [duration] = [c for c in _claims("For two decades, 40 people were held.") if c.value == 2]
    assert duration.category is Category.DURATION


# --- the doers in an active relative clause are no victims -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed attacks by dozens of assailants who killed at least 39 people.",
        "Dozens of gunmen who killed 39 villagers fled into the forest.",
    ],
)
def test_attackers_who_killed_are_not_killed(text):
    assert [c.value for c in _claims(text) if c.category is Category.KILLED] == [39]


def test_people_who_were_killed_still_are():
    claim = _one("Dozens of people who had been wounded were taken to hospital.", Category.WOUNDED)
    assert claim.qualifier == "vague:dozens"


# --- "one of the highest tolls" is no victim -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The raid killed 39 people, one of the highest tolls in the region.",
        "The raid killed 39 people, one of the highest death tolls in years.",
    ],
)
def test_one_of_the_tolls_is_no_death(text):
    assert [c.value for c in _claims(text) if c.category is Category.KILLED] == [39]


def test_one_of_them_is_still_read_within_the_figure():
    assert [c.value for c in _claims("The raid killed 39 people, one of them a child.")] == [39]


# --- "according to a UN report." is no verb "report" -----------------------------


def test_a_report_after_according_to_stays_a_noun():
    assert _one("Five porters were killed, according to a UN report.").attribution == "UN"


# --- a name before two appositives, or before a relative on a bare noun ----------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Amos Tilu, head of a rights group known as CRDP, based in Beni, said 25 died.",
            "Amos Tilu",
        ),
        (
            "The Civil Defence, rescuers who work under the local authority, said 3 died.",
            "Civil Defence",
        ),
        (
            "The Civil Defence – rescuers who work under the local authority – said 3 died.",
            "Civil Defence",
        ),
    ],
)
def test_the_named_subject_before_its_appositives_is_the_voice(text, voice):
    assert _one(text).attribution == voice


def test_a_relative_on_the_speaker_after_the_verb_stays():
    assert _one("Five were killed, said police, who gave no details.").attribution == "police"


# --- years of an onslaught are a running total's period --------------------------


def test_years_of_an_onslaught_make_a_running_total():
    text = "The city has been devastated by two years of an onslaught that killed 5,000 people."
    claim = _one(text)
    assert claim.scope == "cumulative"
    assert _one("Twelve were killed by two bombs in the market.").scope == "incident"


# --- scope: years of clashes as a subject, "in a conflict", a campaign's start ----


@pytest.mark.parametrize(
    "text",
    [
        "The ensuing two decades of clashes left a toll of 41,000 dead.",
        "Three years of war have killed 8,000 people.",
        "More than 3,100 people have died in a conflict marked by weekly bombings.",
        "Since the army started deploying troops in the valley, 38 guards have been killed.",
        "Since the army launched an offensive in the hills, 300 fighters have been killed.",
    ],
)
def test_a_running_total_named_by_its_war_or_campaign(text):
    assert _one(text).scope == "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "After two years of war, gunmen killed 12 people in a raid on the market.",
        "Two days of clashes left 40 dead in the town.",
        "Twelve people have been killed in a clash near the border.",
        "Since the raid started at dawn, twelve guards were killed.",
    ],
)
def test_an_incident_beside_a_war_stays_an_incident(text):
    assert _one(text).scope == "incident"


# --- a named speaker: title abbreviation with no second comma, a place before a role


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Maj Gen Tom Okello, the division commander in the east said 9 died.",
            "Maj Gen Tom Okello",
        ),
        ("Jean Mbeki, the mayor said 12 died.", "Jean Mbeki"),
        ("Two guards died, said Amir Kasim, Kessala police commissioner.", "Amir Kasim"),
        ("Two guards died, said Amir Kasim, Kessala inspector general of police.", "Amir Kasim"),
    ],
)
def test_a_named_speaker_beside_a_role(text, voice):
    assert _one(text).attribution == voice


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("In Kessala, the police said 12 died.", "police"),
        ("Last Friday, the police said 12 died.", "police"),
        ("Meanwhile, the army spokesman said 12 died.", "army spokesman"),
    ],
)
def test_an_opening_phrase_is_no_name_before_a_role(text, voice):
    assert _one(text).attribution == voice


def test_until_now_makes_a_running_total():
    assert _one("The ethnic clashes have claimed over 100 lives until now.").scope == "cumulative"
    text = "Five people were killed in the raid, adding that no arrests had been made until now."
    assert _one(text).scope == "incident"


# --- a compass point with no "-ern" before a place -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five guards were killed in northwest Ruritania's Zenda on Monday.", "Zenda"),
        ("Five guards were killed in south-west Cameroon.", "south-west Cameroon"),
        ("Five guards were killed in northeast Borno State.", "northeast Borno State"),
    ],
)
def test_a_compass_point_opens_the_place(text, place):
    assert (_one(text).location or "").endswith(place)


def test_a_compass_point_alone_is_no_place():
    assert _one("Five guards were killed in the northwest region.").location is None


def test_a_doubted_part_without_a_figure_does_not_hedge_the_total():
    text = "The army has killed 18 fighters, reportedly including their leader, in a sweep."
    assert _one(text).hedged is False
    text = "Gunmen killed 12 people, reportedly including two children, in the raid."
    assert {c.hedged for c in _claims(text)} == {True}


# --- a part of the story's place keeps the story's day ---------------------------

_STORY = (
    "At least six people, including a guard, were killed and 20 others were injured in a"
    " spate of attacks across Mosul on Sunday. Capt. Ali Hamid told reporters a bomb attack"
    " in southeast {place} targeted a patrol vehicle, killing a guard and injuring four others."
)


def test_a_compass_part_of_the_storys_place_keeps_its_day():
    claims = _claims(_STORY.format(place="Mosul"), dt.date(2021, 5, 4))
    later = [c for c in claims if c.location == "southeast Mosul"]
    assert later and {c.date for c in later} == {"2021-05-02"}


def test_another_place_does_not_take_the_storys_day():
    claims = _claims(_STORY.format(place="Kirkuk"), dt.date(2021, 5, 4))
    later = [c for c in claims if c.location == "southeast Kirkuk"]
    assert later and {c.date for c in later} == {None}
