"""Refugees, the displaced, the kidnapped and the missing (fate_words.py, fates.py):
sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _figures(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a border crossed: refugees (UNHCR: outside their country)
        ("Some 7,500 Eritreans have crossed into Ethiopia since Monday.", ("refugees", 7500)),
        ("Nearly 2,300 South Sudanese crossed over into Uganda this week.", ("refugees", 2300)),
        ("About 9,000 people have sought refuge in neighbouring Kenya.", ("refugees", 9000)),
        ("Around 3,200 villagers fled into the Democratic Republic of Congo.", ("refugees", 3200)),
        ("Some 2,000 Burundians arrived in Tanzania last week.", ("refugees", 2000)),
        ("At least 450 Syrians have entered Lebanon since Sunday.", ("refugees", 450)),
        ("By Friday 6,412 people had been registered as new arrivals.", ("refugees", 6412)),
        ("Some 900 Congolese were pre-registered at the border.", ("refugees", 900)),
        ("Between 3,000 and 4,000 Somalis have come to the camp.", ("refugees", None)),
        ("As many as 25,000 Rohingyas have arrived since June.", ("refugees", 25000)),
        ("Officials counted the arrival in Uganda of 2,400 people.", ("refugees", 2400)),
        ("Some 1.2 lakh Tamils who entered India were counted.", ("refugees", 120000)),
        # staying inside: displaced (internally displaced persons)
        ("More than 4,000 villagers sought refuge in the town of Kaga.", ("displaced", 4000)),
        ("Over 12,000 residents moved to Dungu town to escape the fighting.", ("displaced", 12000)),
        ("The clashes prompted some 25,000 people to flee to Bunia.", ("displaced", 25000)),
        ("The raid prompted at least 5,200 residents to flee.", ("displaced", 5200)),
        ("About 3,000 Kurds trying to flee were stopped at the frontier.", ("displaced", 3000)),
        ("Officials say 2.4 lakh people were displaced by the fighting.", ("displaced", 240000)),
        ("Nearly 1.1 crore people were displaced across the state.", ("displaced", 11000000)),
        # taken
        ("The gunmen hauled away 14 farmers from the market.", ("kidnapped", 14)),
        ("Nine traders were hauled away by the militants.", ("kidnapped", 9)),
        ("Gunmen snatched 23 passengers from a bus.", ("kidnapped", 23)),
        ("Thirty-one worshippers were snatched from the church.", ("kidnapped", 31)),
        ("Eleven travellers were taken by armed men on the highway.", ("kidnapped", 11)),
        ("The rest of a group of 11 who were abducted in May were freed.", ("kidnapped", 11)),
        # missing
        ("At least 60 villagers had gone missing after the raid.", ("missing", 60)),
        ("Six soldiers are said to be still missing after the ambush.", ("missing", 6)),
        ("Two gendarmes are believed to be missing.", ("missing", 2)),
    ],
)
def test_fate_wordings(text: str, expected: tuple[str, object]) -> None:
    assert _figures(text) == [expected]


def test_the_count_joined_to_a_fate_keeps_it() -> None:
    text = "Bandits kidnapped 40 schoolgirls from one school, along with another 12 from a farm."
    assert _figures(text) == [("kidnapped", 40), ("kidnapped", 12)]
    text = "He said 60 pupils had gone missing from one school and 35 from the other."
    assert _figures(text) == [("missing", 60), ("missing", 35)]


def test_a_count_with_its_own_verb_keeps_its_own() -> None:
    text = "Some 300 people have died and 12,000 more have been displaced this year."
    assert _figures(text) == [("killed", 300), ("displaced", 12000)]


def test_vague_fates_have_no_value() -> None:
    claims = claims_in("Many people have been displaced by the fighting in Ituri.")
    assert [(c.category, c.value, c.qualifier) for c in claims] == [
        (Category.DISPLACED, None, "vague:many")
    ]
    claims = claims_in("Gunmen kidnapped a number of farmers in Zamfara on Tuesday.")
    assert [(c.category, c.value) for c in claims] == [(Category.KIDNAPPED, None)]
    claims = claims_in("She hopes her son is among those missing who may still be alive.")
    assert [(c.category, c.value) for c in claims] == [(Category.MISSING, None)]


def test_vague_deaths_and_injuries_are_claims_with_no_value() -> None:
    # the trial: "many", "numerous" gave no claim at all
    claims = claims_in("Many civilians were killed in the attack on the market in Gao.")
    assert [(c.category, c.value, c.qualifier) for c in claims] == [
        (Category.KILLED, None, "vague:many")
    ]
    claims = claims_in("Numerous villagers were wounded when the shells hit Kidal.")
    assert [(c.category, c.qualifier) for c in claims] == [(Category.WOUNDED, "vague:numerous")]
    # a count of the same fate in the sentence leaves no vague claim beside it
    counted = claims_in("Many people, at least 30, were killed in Gao.")
    assert [c.qualifier for c in counted if c.category is Category.KILLED] == ["at_least"]
    # people who were there, not killed, are no claim
    assert claims_in("Many people attended the funeral of the soldiers killed in Gao.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 500 soldiers arrived in Chad on Monday.",  # troops, not refugees
        "About 200 people entered the stadium for the rally.",
        "At least 300 voters registered in the district.",
        "Around 40 students moved to the new campus in May.",  # no escape told
        "Officials took 30 minutes to reach the camp.",
        "The pupils, aged 9 to 14, were hauled away by the gunmen.",  # ages, not a count
        "Police took 12 suspects to the station.",
        "Many people attended the funeral in Kaduna.",
        "One Malian commentator wrote that the army had withdrawn.",
    ],
)
def test_no_fate_where_none_is_told(text: str) -> None:
    fates = {"refugees", "displaced", "kidnapped", "missing"}
    assert [f for f in _figures(text) if f[0] in fates] == []


def test_troops_that_arrive_stay_troops() -> None:
    assert _figures("Some 500 soldiers arrived in Chad on Monday.") == [("troops", 500)]


def test_a_peoples_word_before_a_noun_modifies_it() -> None:
    claims = claims_in("Approximately 5,000 Rohingya Muslims fled to Bangladesh.")
    assert [(c.category, c.value, c.subject) for c in claims] == [
        (Category.REFUGEES, 5000, "Rohingya Muslims")
    ]
    text = "Three Kenyan soldiers and one Ugandan peacekeeper were reported missing."
    assert _figures(text) == [("missing", 3), ("missing", 1)]
    assert _figures("One Syrian was killed in the shelling.") == [("killed", 1)]


def test_a_flight_inside_the_country_named_is_displacement() -> None:
    # a place inside (not a country) is displacement, a country by its name refuge
    assert _figures("About 800 families fled to Maiduguri.") == [("displaced", 800)]
    assert _figures("About 800 families fled to Cameroon.") == [("refugees", 800)]
    assert _figures("Some 1.5 million people were displaced in Sudan.") == [("displaced", 1500000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many people have sought refuge in the nearby town of Kasenyi.", "displaced"),
        ("Many families fled to Uganda after the raid.", "refugees"),
        ("Some people are still missing, the mayor said.", "missing"),
        ("Women and children were reportedly abducted.", "kidnapped"),
        ("The raiders also abducted women and children from the camp.", "kidnapped"),
        ("The fighting displaced numerous families in the north.", "displaced"),
        ("Bandits abducted unspecified travellers on the road.", "kidnapped"),
    ],
)
def test_fates_told_with_no_number(text: str, expected: str) -> None:
    assert _figures(text) == [(expected, None)]


@pytest.mark.parametrize(
    "text",
    [
        "An attack on a displaced people's camp killed 7.",  # killed 7, no displaced
        "Residents fled the town.",  # no word of how many, and no taking
        "Many people attended the funeral.",
        "Some people say the army is winning.",
        "Gunmen kidnapped 30 women and children.",  # the count, no vague claim beside it
    ],
)
def test_no_vague_fate_where_none_or_a_count_is_told(text: str) -> None:
    assert [f for f in _figures(text) if f[1] is None] == []


def test_coordinated_people_and_bare_counts_keep_the_fate() -> None:
    assert _figures("Some 73 women and children were reported missing.") == [("missing", 73)]
    assert _figures("About 200 men and boys fled to Chad.") == [("refugees", 200)]
    assert _figures("More than 500,000 have fled to Chad.") == [("refugees", 500000)]
    text = "The clashes led to the displacement of 4,100 and 2,200 people respectively."
    assert _figures(text) == [("displaced", 4100), ("displaced", 2200)]
    assert _figures("Gunmen kidnapped 40 farmers and 12 cattle.") == [
        ("kidnapped", 40),
        ("other", 12),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40,000 people have fled to neighbouring countries.", "refugees"),
        ("Some 2,000 people were crossing into Chad.", "refugees"),
        ("More than 20,000 people have crossed since April.", "refugees"),
        ("About 3,000 people fled to Congo.", "refugees"),
        ("The flight of 3,000 residents to Chad began.", "refugees"),
        ("Around 900 families are sheltering in schools.", "displaced"),
        ("Some 30 passengers remain in captivity.", "kidnapped"),
    ],
)
def test_more_fate_wordings(text: str, expected: str) -> None:
    assert [c for c, _ in _figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Uganda currently hosts over 1.5 million refugees.", "cumulative"),
        ("By 12 June, 8,200 individuals had been pre-registered.", "cumulative"),
        ("As many as 9,000 Syrians have arrived in the past two weeks.", "cumulative"),
        ("Some 4,000 Congolese have entered Uganda in recent weeks.", "cumulative"),
        ("The UN counted at least 150 kidnappings in March.", "cumulative"),
        # one incident
        ("Gunmen kidnapped 30 villagers in March.", "incident"),
        ("About 2,000 people fled to Chad on Monday.", "incident"),
    ],
)
def test_running_totals_of_fates(text: str, scope: str) -> None:
    claims = claims_in(text)
    assert [c.scope.value for c in claims] == [scope]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An estimated 60,000 people have poured into Chad.", "refugees"),
        ("Some 10,000 Sudanese have been registered in Chad.", "refugees"),
        ("About 3,000 Ukrainians have left the country.", "refugees"),
        ("About 7,000 people fleeing the fighting have reached Chad.", "refugees"),
        ("About 300 Rohingya landed in Indonesia.", "refugees"),
        ("Some 500 families left their homes.", "displaced"),
        ("The fighting left 4,000 people homeless.", "displaced"),
        ("Around 5,000 people fleeing the fighting reached Bunia.", "displaced"),
        ("Around 2,000 people are now living in camps.", "displaced"),
        ("Some 900 foreigners were evacuated to Kenya.", "displaced"),  # no refuge
        ("Some 12 passengers are still in the hands of their captors.", "kidnapped"),
        ("The gunmen took away 15 villagers.", "kidnapped"),
    ],
)
def test_movement_and_captivity_wordings(text: str, expected: str) -> None:
    assert [c for c, _ in _figures(text)] == [expected]


def test_movement_that_is_no_flight() -> None:
    assert _figures("About 300 people headed to the market.") == [("other", 300)]
    assert _figures("Over 400 soldiers reached the front.") == [("troops", 400)]


@pytest.mark.parametrize(
    "text",
    [
        "Three vehicles were destroyed and one was seized.",  # a thing seized
        "Residents captured a robber and handed him to the police.",  # they did the taking
        "The other two fled the scene.",  # attackers getting away
        "Protesters demanded the release of the province's kidnapped people.",
        "Women demanded the release of the kidnapped girls.",
        "Civilians threatened him, forcing him to flee the area.",  # one man's flight
        "One victim escaped.",  # from captors
        "Police detained 250 migrants who entered Turkey illegally.",  # migrants, arrested
    ],
)
def test_no_fate_for_things_takers_or_escapes(text: str) -> None:
    fates = {"refugees", "displaced", "kidnapped", "missing"}
    assert [f for f in _figures(text) if f[0] in fates] == []


def test_refugees_told_before_the_count_and_past_an_aside() -> None:
    claims = claims_in("The number of refugees in Chad has risen to 120,000.")
    assert [(c.category, c.value, c.scope.value) for c in claims] == [
        (Category.REFUGEES, 120000, "cumulative")
    ]
    assert _figures("Chad faces an influx of 20,000 people from Darfur.") == [("refugees", 20000)]
    assert _figures("An influx of 3 tanks was seen.") == [("other", 3)]
    text = "Some 20,000 people, mostly women and children, have fled to Chad."
    assert _figures(text) == [("refugees", 20000)]


def test_a_country_named_with_its_quarter() -> None:
    assert _figures("Some 6,000 people fled into eastern Chad.") == [("refugees", 6000)]
    assert _figures("About 2,000 people fled to northern Uganda.") == [("refugees", 2000)]
    assert _figures("About 500 people fled to southern Borno.") == [("displaced", 500)]


def test_a_people_inside_a_count_already_told_is_no_second_count() -> None:
    assert _figures("Five guards, a Kenyan and four Somalis, were killed at the gate.") == [
        ("killed", 5)
    ]
    assert _figures("Gunmen killed two Somalis and three Kenyans.") == [
        ("killed", 2),
        ("killed", 3),
    ]
    assert _figures("Six Bangladeshis and two Iranians were kidnapped by the rebels.") == [
        ("kidnapped", 6),
        ("kidnapped", 2),
    ]


def test_the_takers_are_no_count_of_the_taken() -> None:
    text = "A plane carrying 90 passengers was seized by one Briton and three hijackers."
    assert [f for f in _figures(text) if f[0] == "kidnapped" and f[1] == 3] == []
    for text in (
        "Two tourists, one Canadian and one British, were slightly injured.",
        "Two tourists who were passing the house, one Canadian and one British, were hurt.",
    ):
        assert sum(int(v or 0) for c, v in _figures(text) if c == "wounded") == 2
