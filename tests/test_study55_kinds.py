"""Kinds found in the study halves read in session 55, each named at its test.
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.extract import extract_claims
from workbench.extract.date_context import states
from workbench.ingest import document_from_text


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(c.category.value, c.low) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "getting killed", a passive of "get", shares its fate over a list as "were" does
        (
            "Nobody can explain 14 pupils and three guards getting killed at a school.",
            [("killed", 14), ("killed", 3)],
        ),
        ("Four boys got killed in the crossfire.", [("killed", 4)]),
        ("Six miners get injured in such blasts.", [("wounded", 6)]),
    ],
)
def test_a_passive_of_get_gives_the_fate(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Two men are getting treatment at the clinic.", "He watched his friends getting killed."],
)
def test_getting_without_a_fate_or_a_figure_gives_none(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("sentence", "day", "said"),
    [
        ("On 4 June, shells by alleged rebel forces killed six civilians.", "4 June", False),
        ("On Monday, an explosion claimed the lives of 12 people.", "Monday", False),
        ("On Monday, an estimated 50 people died in the floods.", "Monday", False),
        ("On Monday, the army alleged that rebels killed 12.", "Monday", True),
        ("On Monday, the group claimed the attack.", "Monday", True),
        ("On Monday, police estimated that 50 died.", "Monday", True),
    ],
)
def test_a_day_before_an_adjective_is_no_statements(sentence: str, day: str, said: bool) -> None:
    """'alleged', 'an estimated' and 'claimed the lives' are no verbs of saying: the day
    before them is the incident's, not a statement's (`date_context.states`)."""
    at = sentence.index(day)
    assert states(sentence, 0, len(sentence), at, at + len(day)) is said


@pytest.mark.parametrize(
    ("text", "category", "low"),
    [
        ("Les tués sont au nombre de 12, selon la police.", "killed", 12),
        ("Les morts se comptent à 7 dans le village.", "killed", 7),
        ("Les disparus seraient au nombre de 30.", "missing", 30),
    ],
)
def test_a_french_toll_told_by_a_copula(text: str, category: str, low: int) -> None:
    """Every noun the copula's pattern reads has a category ("les tués sont au nombre
    de 12" raised a KeyError in french-i's texts)."""
    [claim] = french_claims(text)
    assert (claim.category.value, claim.low) == (category, low)


@pytest.mark.parametrize(
    "text",
    [
        "Of those shootings, 31 involved six or more fatalities.",
        "There were 25 mass shootings with four or more victims killed last year.",
        "A massacre is defined as an attack in which five or more people are killed.",
        "Nine of them involved four or more fatalities.",
    ],
)
def test_the_threshold_of_a_class_of_incidents_is_no_toll(text: str) -> None:
    # the incidents counted may be a count of attacks ("25 mass shootings"); the
    # threshold is no figure of anyone
    assert [f for f in _figures(text) if f[0] != "attacks"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed five or more people in the raid.", [("killed", 5)]),
        ("The blast left 12 or more people dead.", [("killed", 12)]),
    ],
)
def test_a_floor_of_one_incident_stays_a_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In all, 140 pupils were verified to have been abducted.", [("kidnapped", 140)]),
        ("At least 90 pupils are still with the bandits, the union said.", [("kidnapped", 90)]),
        ("In all, 40 traders remain with their captors.", [("kidnapped", 40)]),
    ],
)
def test_the_kidnapped_verified_or_still_held(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_fighting_with_a_group_is_no_captivity() -> None:
    assert [c.category.value for c in claims_in("Twelve soldiers fought with the bandits.")] != [
        "kidnapped"
    ]


def _place(text: str) -> str | None:
    return claims_in(text)[0].location


def test_a_titled_persons_surname_is_no_country() -> None:
    """'Commissioner Andrew Holland': a surname, not the Netherlands."""
    assert _place("Acting Commissioner Andrew Holland said three people were injured.") is None


def test_a_country_after_a_title_alone_is_still_a_place() -> None:
    assert _place("Three people were injured in Chad, the Interior Minister said.") == "Chad"


def test_a_festival_is_no_place() -> None:
    assert _place("Some 40 people were injured in Halloween celebrations.") is None
    assert _place("At least 82 were injured at Thanksgiving.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lost a guard and three others got injuries.", [("wounded", 3)]),
        ("Medics flew 21 people with gunshot wounds to the capital.", [("wounded", 21)]),
        ("Police found nine bodies with gunshot wounds.", [("killed", 9)]),
    ],
)
def test_the_hurt_told_by_what_they_got_or_carry(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _figures(text) == expected


def _scopes(text: str) -> list[str]:
    return [c.scope.value for c in claims_in(text)]


def test_a_wars_toll_told_by_what_it_resulted_in_is_a_running_total() -> None:
    text = "The ongoing conflict with the militia has resulted in tens of thousands of deaths."
    assert _scopes(text) == ["cumulative"]


def test_an_attacks_toll_told_by_what_it_resulted_in_is_the_incidents() -> None:
    assert _scopes("The attack on the market resulted in nine deaths.") == ["incident"]


@pytest.mark.parametrize(
    "text", ["After the killing spree, the gang fled.", "Survivors fled the killing fields."]
)
def test_a_kind_of_killing_names_no_victim(text: str) -> None:
    assert _figures(text) == []


def test_weapons_after_the_dead_are_no_more_dead() -> None:
    text = "Troops recovered the bodies of four slain gunmen, two firearms and ammunition."
    assert [f for f in _figures(text) if f[0] == "killed"] == [("killed", 4)]


def test_a_site_takes_the_town_its_page_puts_it_in() -> None:
    text = (
        "Mourners gathered outside Lotus Karaoke Hall in Garden Grove on Monday. "
        "A gunman shot dead nine people at Lotus Karaoke Hall on Saturday."
    )
    assert claims_in(text)[0].location == "Lotus Karaoke Hall, Garden Grove"


@pytest.mark.parametrize(
    "text",
    [
        # no town: a month, a country, two towns, a list after a comma
        "A gunman shot dead nine people at Lotus Karaoke Hall. Lotus Karaoke Hall in May was full.",
        "A gunman shot dead nine people at Lotus Karaoke Hall. Lotus Karaoke Hall in Kenya is old.",
        "A gunman shot dead nine people at Lotus Karaoke Hall. Lotus Karaoke Hall in Garden Grove "
        "and Lotus Karaoke Hall in Westminster are shut.",
        "A gunman shot dead nine people at Lotus Karaoke Hall. Lotus Karaoke Hall, Westminster "
        "Hall and Rose Hall are shut.",
    ],
)
def test_a_site_without_one_town_keeps_its_name(text: str) -> None:
    assert claims_in(text)[0].location == "Lotus Karaoke Hall"


def test_a_dateline_gives_way_to_the_place_another_clause_gives_the_event() -> None:
    text = (
        "DENVER (KOA RADIO) – Five people have died, and two are in hospital after a "
        "shooting on Sunday in Aurora."
    )
    assert claims_in(text)[0].location == "Aurora"


def test_a_dateline_stays_where_the_sentence_places_nothing_else() -> None:
    text = "DENVER (KOA RADIO) – Five people have died, and two are in hospital, police said."
    assert claims_in(text)[0].location == "Denver"


def test_a_town_described_as_a_capital_is_the_place() -> None:
    text = "Gunmen killed 12 people in Dutse, the capital of Jigawa, on Monday."
    assert claims_in(text)[0].location == "Dutse"


def test_the_capital_of_a_country_is_its_capital() -> None:
    text = "At least ten people died after gunmen struck a hotel in the capital of Kenya."
    assert claims_in(text)[0].location == "Nairobi"


def test_the_capital_of_a_state_is_no_capital_of_the_country() -> None:
    text = "Twelve people were killed in the capital of Jigawa State."
    assert claims_in(text)[0].location != "Abuja, Jigawa State"


def test_a_tolls_day_is_its_attacks_not_its_last_deaths() -> None:
    text = (
        "The death toll from the March 3 bombing at a bus station in Jos, the capital of "
        "Plateau, has climbed to nine, as a man died of his wounds on March 12."
    )
    doc = document_from_text("t.txt", text).model_copy(update={"published": dt.date(2025, 3, 13)})
    toll, man = extract_claims(doc)
    assert (toll.value, str(toll.date), man.value, str(man.date)) == (
        9,
        "2025-03-03",
        1,
        "2025-03-12",
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Four soldiers killed in fresh Basilan clash", "Basilan"),
        ("Two rangers were killed in renewed Ituri violence on Monday.", "Ituri"),
    ],
)
def test_an_event_named_by_its_place_after_a_word_of_when(text: str, place: str) -> None:
    assert claims_in(text)[0].location == place


def test_an_event_after_a_word_of_when_without_a_name_is_no_place() -> None:
    assert claims_in("Two died in another attack on the town.")[0].location is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farmer stepped on a landmine and died.", [("killed", 1)]),
        ("Three herders fell into a ravine and died.", [("killed", 3)]),
        ("Gunmen shot a man, and he later died.", [("killed", 1)]),
        ("Gunmen killed two guards and fled.", [("killed", 2)]),
    ],
)
def test_a_subject_whose_death_follows_and(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_a_local_is_a_person() -> None:
    assert _figures("A shell exploded and killed a 52-year-old local.") == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Fatalities coded as 9 with the later report (Radio Free Asia).",
        "Fatalities coded as 9 using the most updated estimate.",
        "Fatalities coded as 9 in total.",
    ],
)
def test_a_coders_figure_with_its_reason_after_it(text: str) -> None:
    assert _figures(text) == [("killed", 9)]


@pytest.mark.parametrize(
    "text",
    ["Two gunmen killed them.", "The chief and his guards jointly assassinated them."],
)
def test_who_kill_a_pronoun_are_no_victims(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers reportedly killed.", [("killed", 2)]),
        ("Five people allegedly killed a thief.", [("killed", 1)]),
    ],
)
def test_adverbs_before_a_participle(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_a_state_police_command_places_what_it_tells() -> None:
    text = "Gunmen have killed six villagers, the Kogi State Police Command said."
    assert claims_in(text)[0].location == "Kogi State"


def test_a_place_the_sentence_names_beats_the_police_commands_state() -> None:
    text = "The Kogi State Police Command said gunmen killed six villagers in Ajaka."
    assert claims_in(text)[0].location == "Ajaka"


def test_a_state_administration_is_no_place() -> None:
    text = "Gunmen killed six villagers, the Kogi State Administration said."
    assert claims_in(text)[0].location != "Kogi State"


def test_a_recent_event_as_the_subject_is_the_news() -> None:
    text = "The recent bombing in Kaduna, which killed eleven traders, drew condemnation."
    assert _figures(text) == [("killed", 11)]


def test_a_recent_event_after_another_is_background() -> None:
    assert _figures("Troops arrived after the recent bombing, which killed eleven traders.") == []


def test_a_sides_loss_is_no_subject_of_the_wounds_after() -> None:
    """Trial 55: 'We lost 31 men, and more than 10 are wounded' had read 31 wounded."""
    text = "We lost 24 men, and more than 10 are wounded."
    assert [(c.category.value, c.low) for c in claims_in(text)] == [("killed", 24), ("wounded", 10)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Medics disputed the 19 dead announced by police.", "police"),
        ("They cited the toll of 40 reported by the army, residents said.", "the army"),
    ],
)
def test_a_figures_giver_named_after_it(text: str, voice: str) -> None:
    """Trial 55: 'a higher toll than the 19 dead announced by police' was the sentence's
    other voice's (two security sources), which then corroborated the police's 19."""
    assert claims_in(text)[-1].attribution == voice


def test_a_claimed_attack_names_no_giver() -> None:
    assert claims_in("The attack claimed by the group killed 12 soldiers.")[0].attribution is None
