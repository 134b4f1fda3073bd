"""Kinds left open by session 42's second analyst trial (issues 13 and 18): the dead
told by who buried them, a town's landmark that names the town ("the central market of
X"), and a statement's place line ("El Fasher, 10 November 2026" on a line alone).
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim


def claims(text: str, language: str | None = None) -> list[Claim]:
    """The claims of `text`, as a report published on Wednesday 11 November 2026."""
    doc = document_from_text("x.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2026, 11, 11), "language": language})
    return extract_claims(doc)


def only(text: str, language: str | None = None) -> Claim:
    found = claims(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, toll",
    [
        ('"We buried 31 people yesterday," said a gravedigger in Kadugli.', 31),
        ("Villagers in Tawila buried 9 of their neighbours on Monday.", 9),
        ("The rebels said they had buried 6 of their fighters after the clash.", 6),
        ("Relatives laid to rest 4 children killed in the strike.", 4),
        ("Volunteers were burying 22 bodies in a mass grave near the camp.", 22),
    ],
)
def test_the_dead_told_by_who_buried_them_are_killed(text: str, toll: int) -> None:
    claim = only(text)
    assert (claim.category, claim.value) == (Category.KILLED, toll)


@pytest.mark.parametrize(
    "text",
    [
        "The militants buried 14 landmines along the road to Babanusa.",
        "The army said it had buried 3 tonnes of seized explosives.",
        "Rescuers pulled out 12 people buried under the rubble alive.",
    ],
)
def test_buried_things_and_the_living_are_no_dead(text: str) -> None:
    assert all(c.category is not Category.KILLED for c in claims(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Shelling of the central market of Kadugli killed 23 people on Monday.", "Kadugli"),
        ("A drone struck the airport of Kassala, killing 4 workers.", "Kassala"),
        ("Seven traders were killed at the livestock market of Gamboru on Sunday.", "Gamboru"),
        ("Mourners buried 11 victims in the old cemetery of Genina on Tuesday.", "Genina"),
    ],
)
def test_a_towns_landmark_names_the_town(text: str, place: str) -> None:
    assert only(text).location == place


@pytest.mark.parametrize(
    "text",
    [
        "Three worshippers were killed at the mosque of the Prophet during prayers.",
        "Doctors at the hospital of Médecins Sans Frontières treated 30 wounded.",
        "Four people were killed at the market of the town, police said.",
    ],
)
def test_a_landmark_of_an_owner_or_of_no_name_names_no_place(text: str) -> None:
    assert only(text).location is None


_STATEMENT = (
    "Joint Forces Command\n\nStatement No. 77\n\n{line}\n\n"
    "The militia attacked our positions at dawn.\n\n"
    "Our forces repelled the attack; 9 of our soldiers were martyred."
)


@pytest.mark.parametrize(
    "line, place",
    [
        ("Kadugli, 9 November 2026", "Kadugli"),
        ("Kadugli, November 9, 2026", "Kadugli"),
        ("Issued at Kadugli, 9 November 2026", "Kadugli"),
    ],
)
def test_a_statements_place_line_places_its_figures(line: str, place: str) -> None:
    assert only(_STATEMENT.format(line=line)).location == place


@pytest.mark.parametrize(
    "line",
    [
        "Monday, 9 November 2026",
        "Kadugli, 9 soldiers",  # no day with its year: no place line
        "Signed by the commander, 9 November 2026",  # not a town
    ],
)
def test_a_day_or_a_figure_on_a_line_alone_is_no_place_line(line: str) -> None:
    assert only(_STATEMENT.format(line=line)).location is None


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Communiqué\n\nKaga-Bandoro, le 9 novembre 2026\n\n"
            "Des hommes armés ont attaqué une patrouille.\n\nLe bilan est de 6 soldats tués.",
            "Kaga-Bandoro",
        ),
        (
            "Communiqué de presse\n\nDes hommes armés ont attaqué une patrouille.\n\n"
            "Le bilan est de 6 soldats tués.\n\nFait à Bangassou, le 9 novembre 2026",
            "Bangassou",
        ),
    ],
)
def test_a_french_communiques_place_line_places_its_figures(text: str, place: str) -> None:
    assert only(text, "fr").location == place


def test_a_place_the_sentence_names_wins_over_the_place_line() -> None:
    text = _STATEMENT.format(line="Kadugli, 9 November 2026").replace(
        "9 of our soldiers were martyred", "9 of our soldiers were martyred in Dilling"
    )
    assert only(text).location == "Dilling"


@pytest.mark.parametrize(
    "text",
    [
        "Since March 2025, the war in the region has killed at least 9,000 people, "
        "according to estimates, and has displaced more than 2 million people.",
        "The insurgency has killed 3,000 and displaced 400,000 since January.",
        "Since 2019 the fighting has killed 700 civilians and also uprooted 80,000.",
    ],
)
def test_a_second_verb_joined_to_a_running_total_counts_in_it(text: str) -> None:
    found = claims(text)
    assert {c.category for c in found} == {Category.KILLED, Category.DISPLACED}
    assert {c.scope for c in found} == {"cumulative"}
    assert len({c.period for c in found}) == 1


def test_a_clause_with_its_own_subject_and_day_is_its_own_incident() -> None:
    found = claims(
        "Since January the militia has killed 300 people, and on Monday gunmen "
        "abducted 12 villagers in Djugu."
    )
    abducted = next(c for c in found if c.category is Category.KIDNAPPED)
    assert (abducted.scope, abducted.date) == ("incident", "2026-11-09")


@pytest.mark.parametrize(
    "text, place",
    [
        ("At least 14 traders were killed in the shelling of Kadugli's main market.", "Kadugli"),
        ("The bombing of Dilling's outskirts killed 6 herders on Sunday.", "Dilling"),
        ("The attack on Babanusa's airport left 3 guards dead.", "Babanusa"),
    ],
)
def test_a_struck_towns_own_landmark_names_the_town(text: str, place: str) -> None:
    assert only(text).location == place


@pytest.mark.parametrize(
    "text",
    [
        "The attack on Ahmed's house killed 3 relatives.",
        "The raid on Boko Haram's camp killed 30 fighters.",
    ],
)
def test_a_persons_or_a_groups_possession_names_no_place(text: str) -> None:
    assert only(text).location is None


def test_a_month_of_last_year_dates_an_incident_of_thousands() -> None:
    found = claims(
        "The feud began with a raid in August last year on cattle camps, killing at "
        "least 300 people and wounding 1,000 others."
    )
    assert {c.scope for c in found} == {"incident"}


def test_last_year_alone_bounds_a_total_of_thousands() -> None:
    assert only("Bandits killed 3,000 people last year.").scope == "cumulative"


def test_where_people_fled_to_is_no_place_of_the_other_figures() -> None:
    text = (
        "The attack on Dambe, in Wala district, began late on Wednesday. The district "
        "administrator said 14 bodies had been buried by Saturday and that about 2,000 "
        "people had fled to Wala town."
    )
    found = claims(text)
    assert {c.location for c in found} == {"Dambe, Wala district"}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "More than 300 families took refuge in Bouar after the raid on Niem, which killed 6.",
            "Niem",
        ),
        ("At least 8,000 refugees fled to Chad after the fighting, the UN said.", "Chad"),
        ("The gunmen fled to Rutshuru after they killed 4 farmers in Kiwanja.", "Kiwanja"),
    ],
)
def test_a_flights_destination_inside_a_country_yields_to_the_scene(text: str, place: str) -> None:
    assert place in {c.location for c in claims(text)}


_WIRE = (
    "Insurgents kill 9 in village raid, hundreds flee\n\n"
    "LUSAKA, Zambia (AP) — Insurgents killed 9 villagers in a raid on Kaputa in "
    "northern Zambia this week, local officials said on Sunday.\n\n"
    "About 600 people fled the village, the officials said."
)


def test_a_headline_is_placed_where_its_story_is_not_at_its_datelines_capital() -> None:
    headline = [c for c in claims(_WIRE) if c.section == "title"]
    assert {c.category for c in headline} == {Category.KILLED, Category.DISPLACED}
    assert all(c.location and "Lusaka" not in c.location for c in headline)


@pytest.mark.parametrize(
    "text, voice",
    [
        (
            "Gunmen killed at least 9 farmers in Dambe, residents said, contradicting an "
            "army statement that put the toll at three.",
            "army",
        ),
        (
            "Medics said 30 died, far above the ministry's figure, which put the toll at 12.",
            "ministry",
        ),
    ],
)
def test_a_statement_that_puts_a_toll_is_its_owners(text: str, voice: str) -> None:
    lower = min(claims(text), key=lambda c: c.value or 0)
    assert lower.attribution == voice


def test_a_report_of_no_one_named_gives_no_voice() -> None:
    assert only("A new report that put the toll at 50 was published.").attribution is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("The army has 6,000 soldiers for a population of nearly 9 million.", None),
        ("Goma, a city of about 2 million inhabitants, was calm on Monday.", None),
        ("Le pays compte 9 millions d'habitants.", "fr"),
        ("Une population de plus de 3 millions vit dans la province.", "fr"),
    ],
)
def test_a_places_population_is_no_figure(text: str, language: str | None) -> None:
    assert all((c.value or 0) < 1_000_000 for c in claims(text, language))


@pytest.mark.parametrize(
    "text",
    [
        "Bambari massacre toll far higher than officials admit, monitors say",
        "Survivors return to the massacre site near Bambari",
    ],
)
def test_a_massacre_named_as_a_nouns_modifier_kills_no_one(text: str) -> None:
    assert not [c for c in claims(text) if c.category is Category.KILLED]


def test_a_french_period_from_the_start_of_a_year_ends_with_its_noun() -> None:
    found = claims(
        "Selon l'ONU, plus de 2 000 personnes ont été tuées au Soudan depuis le début de "
        "l'année et plus d'un million ont été déplacées.",
        "fr",
    )
    assert {c.period for c in found} == {"depuis le début de l'année"}


@pytest.mark.parametrize(
    "text",
    [
        "DR Congo: Ituri Civilians Massacred as Militias Go Unpunished",
        "Villagers were killed in Tawila.",
    ],
)
def test_a_plural_of_people_with_no_figure_counts_no_one(text: str) -> None:
    assert not claims(text)


def test_one_named_or_described_person_still_counts_one() -> None:
    assert [c.value for c in claims("Musa Ali was killed. A teacher was abducted.")] == [1, 1]
