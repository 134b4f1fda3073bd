"""Kinds found in the study halves read in session 54 (french-g, pairs-news-d and the
fresh sets built then), each named at its test: the hurt or the dead as a noun said to
stand at a figure ("while the injured stood at 228"), a country's name that is part of
an outlet's ("India Today reported"), and French park guards ("cinq rangers et sept
soldats"). Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.models import Category


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(c.category.value, c.low) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll climbed to 41 while the injured stood at 97, the ministry said.",
            [("killed", 41), ("wounded", 97)],
        ),
        ("By Friday the wounded numbered 60.", [("wounded", 60)]),
        ("In the end the dead stood at 12 and the injured at 30.", [("killed", 12)]),
    ],
)
def test_the_hurt_or_the_dead_said_to_stand_at_a_figure(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _figures(text)[: len(expected)] == expected


def test_the_hurt_taken_somewhere_have_no_figure() -> None:
    assert _figures("Medics said the injured were taken to the district hospital.") == []


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Gunmen killed 6 villagers overnight, India Today reported.", "India Today"),
        ("Militants shot dead 3 guards, the Pakistan Observer reported.", "Pakistan Observer"),
        ("Four soldiers were wounded, Radio France said.", "Radio France"),
    ],
)
def test_a_country_in_an_outlets_name_is_no_place(text: str, voice: str) -> None:
    (claim,) = claims_in(text)
    assert claim.attribution == voice
    assert claim.location is None


def test_the_country_beside_an_outlet_is_still_a_place() -> None:
    (claim,) = claims_in("Gunmen killed 6 villagers in Pakistan on Sunday, Dawn reported.")
    assert claim.location == "Pakistan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cinq rangers et sept soldats ont été tués dimanche.", [5, 7]),
        ("Deux écogardes et un militaire ont été blessés lors de l'embuscade.", [2, 1]),
    ],
)
def test_french_park_guards_are_counted_in_a_list(text: str, expected: list[int]) -> None:
    assert [c.low for c in french_claims(text)] == expected


def test_french_park_guards_are_security_forces() -> None:
    (claim,) = french_claims("Trois écogardes ont été tués dans le parc.")
    assert claim.category is Category.KILLED and claim.unit == "military"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("At least 14 civilians died in the shelling, a UN report finds.", "UN"),
        ("The inquiry concluded that 9 prisoners were killed by guards.", "inquiry"),
        ("Human Rights Watch found that 22 villagers were executed.", "Human Rights Watch"),
    ],
)
def test_an_inquiry_that_finds_is_a_voice(text: str, voice: str) -> None:
    (claim,) = claims_in(text)
    assert claim.attribution == voice


@pytest.mark.parametrize(
    "text",
    ["Soldiers found 7 bodies near the river.", "Farmers found the bodies of 3 herders."],
)
def test_whoever_finds_bodies_is_no_voice(text: str) -> None:
    (claim,) = claims_in(text)
    assert claim.category is Category.KILLED and claim.attribution is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The mortar injured a pupil who later died in hospital.", 1),
        ("A drone strike wounded a shepherd, who died on the way to the clinic.", 1),
    ],
)
def test_the_wounded_who_later_died_are_dead(text: str, count: int) -> None:
    assert _figures(text) == [("killed", count)]


def test_the_wounded_beside_someone_else_who_died_stay_wounded() -> None:
    text = "The blast injured four pupils, cousins of a man who died last year."
    assert _figures(text) == [("wounded", 4)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Twelve militants were killed as jets struck Tirah Valley.", "Tirah Valley"),
        ("Gunmen attacked Kukawa District overnight, killing 5.", "Kukawa District"),
    ],
)
def test_a_place_struck_named_by_its_kind(text: str, place: str) -> None:
    (claim,) = claims_in(text)
    assert claim.location == place


def test_a_person_attacked_is_no_place() -> None:
    (claim,) = claims_in("Gunmen attacked Musa Okafor Monday, killing 2 guards.")
    assert claim.location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 21 people at the Jazeera Hotel in Mogadishu.", "Jazeera Hotel, Mogadishu"),
        ("A blast killed 9 people near the Jameh mosque in Kerman.", "near Jameh, Kerman"),
    ],
)
def test_a_building_named_before_its_town_has_the_town_as_address(text: str, place: str) -> None:
    (claim,) = claims_in(text)
    assert claim.location == place


def test_a_village_before_another_place_is_no_building() -> None:
    (claim,) = claims_in("Gunmen killed 5 people in Kuri in Gwoza on Monday.")
    assert claim.location == "Kuri"


@pytest.mark.parametrize(
    "text",
    [
        "The war killed more than 30,000 people, the UN said.",
        "The genocide claimed 800,000 lives in a hundred days.",
        "The third quarter of 2023 saw 410 fatalities in the region.",
    ],
)
def test_a_wars_or_a_quarters_toll_is_no_incident(text: str) -> None:
    claim = next(c for c in claims_in(text) if c.category is Category.KILLED)
    assert claim.scope.value == "cumulative"


@pytest.mark.parametrize(
    "text",
    ["The fighting killed 12 people on Monday.", "The war killed 12 soldiers in Izium on Monday."],
)
def test_one_days_toll_in_a_war_is_an_incident(text: str) -> None:
    (claim,) = claims_in(text)
    assert claim.scope.value == "incident"


def test_the_wounding_of_a_soldier_is_no_count_of_troops() -> None:
    text = "The raid ended in the death of a fighter and the wounding of one soldier."
    assert _figures(text) == [("killed", 1), ("wounded", 1)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "D'une source militaire, plus de 40 personnes auraient été tuées.",
            "une source militaire",
        ),
        (
            "Les combats ont fait état de neuf morts, a renseigné la même source.",
            "la même source",
        ),
    ],
)
def test_french_voices_of_a_source_and_not_of_an_event(text: str, voice: str) -> None:
    (claim,) = french_claims(text)
    assert claim.attribution == voice


def test_french_an_event_telling_a_toll_is_no_voice() -> None:
    (claim,) = french_claims("Les dernières attaques ont fait état de onze morts.")
    assert claim.attribution is None


def test_french_witnesses_of_an_event_are_a_voice() -> None:
    (claim,) = french_claims("Les victimes des attaques ont raconté que 12 personnes ont péri.")
    assert claim.attribution == "Les victimes des attaques"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tueries de 16 civils à Irumu", ("killed", 16)),
        ("Les 800 personnes sont venues chercher refuge à la paroisse.", ("displaced", 800)),
        ("Un nouveau soldat de la force onusienne a été blessé.", ("wounded", 1)),
        ("Un deuxième gendarme a été tué lundi.", ("killed", 1)),
    ],
)
def test_french_figures_in_other_words(text: str, expected: tuple[str, int]) -> None:
    assert [(c.category.value, c.low) for c in french_claims(text)] == [expected]


def test_french_a_new_toll_counts_no_one() -> None:
    assert [c.low for c in french_claims("Un nouveau bilan fait état de 12 morts.")] == [12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike claimed the lives of 20 people in the city of Sumy.", [("killed", 20)]),
        ("A missile strike on Palm Sunday claimed the lives of 20 people.", [("killed", 20)]),
        (
            "At the school, where at least 17 other people were hurt in the attack, he fired.",
            [("wounded", 17)],
        ),
    ],
)
def test_tolls_told_in_other_shapes(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Workers went on strike over the killing of 3 miners.",
        "He was the first killed since protests began, claiming the lives of hundreds.",
        "Gunmen attacked Agatu, where 17 were killed in a similar attack.",
    ],
)
def test_a_reason_or_an_earlier_attack_is_no_toll(text: str) -> None:
    assert _figures(text) == []


def test_a_performer_before_a_concert_is_no_place() -> None:
    (claim,) = claims_in("A bomb killed 22 people at the end of an Adele Adkins concert.")
    assert claim.location is None


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Gunmen attacked a bus. Unknown fatalities coded at low estimate of 3.", 3),
        ("Dead and injured reported (unknown fatalities coded with a low estimate of 3).", 3),
        ("Clashes were reported, unknown number coded as 10.", 10),
        ("Militants killed some guards. Unknown casualties coded as 10.", 10),
        ("Fighters were killed. Unknown reported fatalities code as 3.", 3),
        ("Reports say 543 died. Coded as 10 until other figures have been confirmed.", 10),
    ],
)
def test_a_coders_figure_in_other_words(text: str, coded: int) -> None:
    claims = [c for c in claims_in(text) if c.category is Category.KILLED]
    assert claims[-1].low == coded and claims[-1].attribution is None


def test_a_code_of_conduct_is_no_coded_figure() -> None:
    assert _figures("The code of conduct runs to 3 pages.") == []


def test_a_day_glued_to_its_month_and_year_is_no_count() -> None:
    text = "On 14 March2019, a government employee was shot dead in Mogadishu."
    assert _figures(text) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shot and killed an Iraqi journalist and activist in Basra.", [1]),
        ("Gunmen killed a local trader and community leader, Ali Hassan.", [1]),
        ("Gunmen killed a journalist and an activist in Basra.", [2]),
        ("Gunmen killed a man and woman near the market.", [1, 1]),
    ],
)
def test_two_roles_of_one_person_count_one(text: str, count: list[int]) -> None:
    assert [c.low for c in claims_in(text)] == count


@pytest.mark.parametrize(
    "text",
    ["Three militants were reported to be killed.", "Four raiders were believed to be dead."],
)
def test_a_death_reported_to_be(text: str) -> None:
    assert [f for f, _ in _figures(text)] == ["killed"]


def test_people_reported_to_be_planning_are_not_dead() -> None:
    assert [f for f, _ in _figures("Three militants were reported to be planning attacks.")] != [
        "killed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A civilian male was shot dead near the market.", [("killed", 1)]),
        ("Gunmen killed the mukhtar of a village near Kirkuk.", [("killed", 1)]),
        ("An explosives expert of the group was killed in the raid.", [("killed", 1)]),
        ("A reporter was stabbed and killed outside his home.", [("killed", 1)]),
        ("Amina Yusuf Ali, who ran a clinic, was shot dead on Monday.", [("killed", 1)]),
    ],
)
def test_one_victim_in_coders_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_one_stabbed_and_robbed_is_wounded() -> None:
    assert _figures("A reporter was stabbed and robbed outside his home.") == [("wounded", 1)]


def test_male_suspects_arrested_are_no_dead() -> None:
    assert [f for f, _ in _figures("The male suspects were arrested.")] != ["killed"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A strike hit a truck with 6 fighters aboard near Hit, killing the fighters inside it.",
            6,
        ),
        ("Jets struck a hideout with 9 militants inside. All militants were reportedly killed.", 9),
        ("A drone targeted four gunmen on two motorcycles, killing all the gunmen.", 4),
    ],
)
def test_people_counted_then_killed_by_their_noun(text: str, count: int) -> None:
    assert [c.low for c in claims_in(text) if c.category is Category.KILLED] == [count]


def test_a_killing_of_other_people_borrows_no_count() -> None:
    text = "A strike hit a truck with 6 fighters aboard, killing the drivers of two cars."
    assert [c.low for c in claims_in(text) if c.category is Category.KILLED] != [6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 40-year-old farmer injured when a mine went off near Kuri died later in hospital.",
            [("killed", 1)],
        ),
        ("Two soldiers wounded in the ambush died of their injuries.", [("killed", 2)]),
    ],
)
def test_the_dead_in_other_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A policeman wounded in the attack was discharged later.",
        "A woman injured in the blast said 3 people died later in hospital.",
    ],
)
def test_the_wounded_who_lived_stay_wounded(text: str) -> None:
    assert _figures(text)[0] == ("wounded", 1)


def test_a_church_named_by_a_people_names_no_country() -> None:
    (claim,) = claims_in("A bomb killed 12 worshippers at the Saint George Greek Orthodox Church.")
    assert claim.country is None


def test_a_suburb_set_off_before_a_towns_outskirts_has_the_town_as_address() -> None:
    (claim,) = claims_in("Gunmen killed 5 people in Kuri, on the outskirts of Maiduguri.")
    assert claim.location == "Kuri, on the outskirts of Maiduguri"


def test_a_place_near_a_town_is_no_address() -> None:
    (claim,) = claims_in("Gunmen killed 5 people in Kuri, near Maiduguri, on Monday.")
    assert claim.location == "Kuri"


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a village killed 52 people, according to officials in Kyiv.",
        "A drone strike killed 9 villagers, according to the authorities in Kabul.",
    ],
)
def test_the_capital_where_officials_sit_is_no_place(text: str) -> None:
    (claim,) = claims_in(text)
    assert claim.location not in ("Kyiv", "Kabul")


def test_a_resident_who_saw_bodies_is_a_place_still() -> None:
    (claim,) = claims_in("A resident who searched for bodies in Ntoyo said 102 were killed.")
    assert claim.location == "Ntoyo"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A resident who searched the area said 102 were killed.", "A resident"),
        ("A nurse who saw the attack told reporters that 12 were killed.", "A nurse"),
    ],
)
def test_a_speaker_with_a_relative_clause_is_no_victim(text: str, voice: str) -> None:
    (claim,) = claims_in(text)
    assert (claim.low, claim.attribution) == (int(text.split(" were")[0].split()[-1]), voice)


def test_victims_with_a_relative_clause_of_telling_are_victims() -> None:
    assert _figures("Two guards who told the police about the gang were shot dead.") == [
        ("killed", 2)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 10 people in attacks on five Plateau communities.", "Plateau"),
        ("Bandits killed 12 people in three Zamfara villages.", "Zamfara"),
        ("Bandits killed 12 people in 3 Fulani settlements.", None),
    ],
)
def test_places_counted_named_by_their_area(text: str, place: str | None) -> None:
    assert claims_in(text)[0].location == place


def test_a_known_name_that_opens_a_longer_one_names_no_country() -> None:
    text = "N'DJAMENA - Twelve Chadian soldiers were killed near Baga Sola, the army said."
    (claim,) = claims_in(text)
    assert claim.location == "near Baga Sola" and claim.country == "Chad"


def test_a_country_in_a_title_case_headline_is_still_a_country() -> None:
    from workbench.extract.places import country_in

    assert country_in("Syria Vows Revenge") is not None and country_in("Bama Kori") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops met the fighters near Gulwa (geo-code 2). Seven fighters were killed.", [7]),
        (
            "A bomb killed thirty people. Three policemen were reported to be among the victims.",
            [30],
        ),
        ("Police found a wounded man and killed approximately eight traffickers.", [7]),
        ("The attack injured one police officer and killed another.", [1]),
        ("Gunmen killed ex-minister Musa Bello and former Senator Ali Kamal.", [1, 1]),
        ("A roadside bomb killed a district chief and intelligence director.", [1, 1]),
    ],
)
def test_the_study_regressions_of_these_kinds_stay_fixed(text: str, expected: list[int]) -> None:
    assert [c.low for c in claims_in(text) if c.category is Category.KILLED] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Several bystanders were wounded and killed.",
        "A vigil was held for two teachers believed to be murdered by soldiers.",
    ],
)
def test_two_fates_or_a_belief_of_murder_count_no_dead(text: str) -> None:
    assert [c for c in claims_in(text) if c.category is Category.KILLED] == []


@pytest.mark.parametrize(
    ("name", "country"), [("in Benin City", "Nigeria"), ("near Baga Sola", "Chad")]
)
def test_towns_whose_names_hold_another_place_name_have_their_own_country(
    name: str, country: str
) -> None:
    from workbench.extract.places import country_in

    found = country_in(name)
    assert found is not None and found.name == country
