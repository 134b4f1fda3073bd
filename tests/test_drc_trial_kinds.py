"""Kinds a trial on eastern DR Congo news found (ng46): a total brought up to a figure
("bringing the total to at least 38"), a toll dated by a month or a year after it, a
place the sentences before name for a breakdown of the dead, a place in a speaker's
words or title, a figure "put at" after deaths told, armies' shorthand after an
acronym ("3 CJTF KIA") and "near" before a count. Sentences written for these tests,
with their negatives."""

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def _claims(text: str):
    return extract_claims(document_from_text("t.txt", text))


def _of(text: str, category: Category = Category.KILLED) -> list[tuple[int, str]]:
    return [
        (int(c.value), c.qualifier)
        for c in _claims(text)
        if c.category is category and c.value is not None
    ]


# --- a total brought up to a figure --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Gunmen killed 21 people in Kabasa on 2 May 2025. More bodies were found on "
            "Monday, bringing the total to at least 30.",
            [(21, "exact"), (30, "at_least")],
        ),
        (
            "Rebels killed 14 in Kabasa on 2 May 2025. Four more bodies were recovered, "
            "pushing the tally to about 18, officials said.",
            [(14, "exact"), (4, "exact"), (18, "about")],
        ),
        (
            "Rebels killed 14 in Kabasa on 2 May 2025. Searchers found more bodies, raising "
            "the death toll to 25.",
            [(14, "exact"), (25, "exact")],
        ),
        ("Militiamen raided Kabasa on 2 May 2025. The toll now stands at 40.", [(40, "exact")]),
    ],
)
def test_a_total_brought_up_to_a_figure_is_a_killed_claim(text, found):
    assert _of(text) == found


def test_a_total_takes_the_fate_told_before_it():
    text = (
        "Gunmen abducted 11 pupils in Kabasa on 2 May 2025. Two more were abducted on "
        "Monday, taking the tally to 13."
    )
    assert _of(text, Category.KIDNAPPED) == [(11, "exact"), (2, "exact"), (13, "exact")]
    assert _of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a total of no one's fate, or of arrests: no claim
        "Police arrested four suspects in Kabasa on 2 May 2025, bringing the total to 30.",
        "The army opened two more schools on 2 May 2025, bringing the total to 30.",
    ],
)
def test_a_total_of_no_fate_is_no_claim(text):
    assert _of(text) == []


# --- a toll dated by a month or a year after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gunmen killed 9 civilians in Kabasa in April 2025.", "2025-04"),
        ("Rebels killed 12 people in a series of attacks in Kabasa in April 2025.", "2025-04"),
        ("Rebels killed 12 people in multiple attacks in Kabasa in May 2025.", "2025-05"),
    ],
)
def test_a_month_after_the_only_toll_dates_it(text, date):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.value == (9 if " 9 " in text else 12)
    assert claim.date == date
    assert not [c for c in _claims(text) if c.category is Category.ATTACKS]


@pytest.mark.parametrize(
    "text",
    [
        # the year dates another event the sentence tells: background
        "Gunmen raided Kabasa on 2 May 2025, where 12 people were killed in 2019.",
        "The village was raided again on 2 May 2025; 12 people were killed there in 2019.",
        # a year alone tells of the past
        "Rebels killed 12 people in Kabasa in 2019.",
    ],
)
def test_a_year_of_an_earlier_event_stays_background(text):
    assert _of(text) == []


# --- the place of a breakdown of the dead ---------------------------------------------


def test_a_breakdown_of_the_dead_takes_the_incidents_place():
    text = (
        "Officials in the Democratic Republic of Congo condemned a raid by rebels in "
        "Kabasa, Mambasa Territory, Ituri Province, which left 30 civilians dead.\n\n"
        "The raid began before dawn on Sunday, witnesses said.\n\n"
        "The raiders burned the market. Victims were hacked to death. Among the dead are "
        "12 women, 10 men and 8 children."
    )
    claims = [c for c in _claims(text) if c.category is Category.KILLED]
    assert [c.value for c in claims] == [30, 12, 10, 8]
    assert {c.location for c in claims} == {"Kabasa, Mambasa Territory, Ituri Province"}


def test_a_territory_is_a_division_not_a_place_of_its_own():
    [claim] = _claims("Rebels killed 6 in Kabasa, Mambasa Territory, on 2 May 2025.")
    assert claim.location == "Kabasa, Mambasa Territory"
    # a demonym before "territory" is still the country
    [claim] = _claims("Troops killed 5 militants on Malian territory on 2 May 2025.")
    assert claim.location == "Mali"


# --- a place in a speaker's words or title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The administrator of Mambasa territory said 31 people were killed.", "Mambasa territory"),
        ("A nurse who helped bury the dead in Kabasa said 31 people were killed.", "Kabasa"),
        ("A Red Cross worker in Kabasa, speaking to reporters in Bunia, said 31 died.", "Kabasa"),
    ],
)
def test_a_speakers_place_is_the_claims_where_none_other_is_named(text, place):
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.location == place


def test_a_place_named_before_comes_before_a_speakers():
    text = "Rebels raided Kabasa on 2 May 2025. A nurse at a clinic in Bunia said 31 were killed."
    [claim] = [c for c in _claims(text) if c.category is Category.KILLED]
    assert claim.location == "Kabasa"


# --- a figure put at after deaths told -----------------------------------------------


def test_a_figure_put_at_after_deaths_is_a_killed_claim():
    text = (
        "Gunmen raided Gidan on 2 May 2025, killing several herders. "
        "Police put the figure at three."
    )
    found = [(c.category, c.value, c.attribution) for c in _claims(text) if c.value]
    assert found == [(Category.KILLED, 3, "Police")]
    text = "Herders said 8 were killed in Gidan on 2 May 2025, but police put the number at three."
    assert _of(text) == [(8, "exact"), (3, "exact")]


def test_a_figure_put_at_after_arrests_is_no_killed_claim():
    text = "Police arrested several herders in Gidan on 2 May 2025 and put the number at three."
    assert _of(text) == []


# --- armies' shorthand and "near" -----------------------------------------------------


def test_kia_after_an_acronym_is_a_death():
    assert _of("4 CJTF KIA in an ambush near Gidan on 2 May 2025.") == [(4, "exact")]
    text = "Insurgents ambushed a patrol near Gidan on 2 May 2025: 4 CJTF KIA, 3 WIA."
    assert _of(text) == [(4, "exact")]
    assert _of(text, Category.WOUNDED) == [(3, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled 2 KIA positions near Gidan on 2 May 2025.",
        "The KIA clashed with government troops near Gidan on 2 May 2025.",
    ],
)
def test_the_kachin_armys_acronym_is_no_death(text):
    assert _of(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Near 80 people were killed in clashes in Gidan on 2 May 2025.", [(80, "about")]),
        ("Clashes in Gidan on 2 May 2025 left near 80 dead.", [(80, "about")]),
        # a place's or an hour's "near"
        ("The bomb went off near 4 Kano Road on 2 May 2025, killing 3.", [(3, "exact")]),
        ("Gunmen killed 3 people near 2 schools in Gidan on 2 May 2025.", [(3, "exact")]),
    ],
)
def test_near_before_a_count_is_about(text, found):
    assert _of(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Gunmen raided Gidan on 2 May 2025. Officials hold the death toll at seven.",
            [(7, "exact")],
        ),
        (
            "Gunmen raided Gidan on 2 May 2025, killing many. Medics place the total at 12, "
            "while official reports hold it lower.",
            [(12, "exact")],
        ),
    ],
)
def test_a_toll_held_or_placed_at_a_figure(text, found):
    assert _of(text) == found


def test_holding_people_is_no_toll():
    assert _of("Police held the suspects at the station in Gidan on 2 May 2025.") == []
