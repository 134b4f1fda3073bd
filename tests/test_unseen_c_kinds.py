"""Kinds from unseen-c's study half (session 52, issue 13): attackers of a joined verb
are none of the dead ("200 gunmen massacred and decapitated 27 people"), a rank is no
count ("one of the biggest losses"), "estimated to have been killed", "the evacuation
of", a hometown named, a country named as what the event is of before its town ("in
Iran crackdown in Zahedan"), and a dateline abroad ("BANGKOK: A Myanmar military
airstrike"). Sentences written for these tests, with negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _figures(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


def _places(text: str) -> list[str | None]:
    return [c.location for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 150 militants reportedly looted and burned 40 homes and killed 9 people.",
            [("killed", 9)],
        ),
        (
            "Some 300 gunmen massacred and beheaded at least 21 villagers.",
            [("killed", 21)],
        ),
    ],
)
def test_attackers_of_joined_verbs_are_none_of_the_dead(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [f for f in _figures(text) if f[0] == "killed"] == expected


def test_a_bare_participle_still_tells_deaths() -> None:
    assert ("killed", 3) in _figures("Three soldiers killed and two wounded near the base.")


@pytest.mark.parametrize(
    "text",
    [
        "The raid killed nearly 40 people, one of the deadliest attacks this year.",
        "The blast killed 40 people, one of the worst losses of life in the city.",
    ],
)
def test_a_rank_is_no_count(text: str) -> None:
    assert _figures(text) == [("killed", 40)]


def test_one_of_the_wounded_is_still_one() -> None:
    assert ("killed", 1) in _figures("One of the wounded died later in hospital.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 5,200 people are estimated to have been killed.", ("killed", 5200)),
        ("Some 14 fighters are likely to have died in the clash.", ("killed", 14)),
        ("Officials ordered the evacuation of 42,000 residents.", ("displaced", 42000)),
    ],
)
def test_news_wordings(text: str, expected: tuple[str, int]) -> None:
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A drone strike on the governor's hometown of Kauran Namoda killed 6 people.",
            "Kauran Namoda",
        ),
        ("At least 30 people killed in Sudan shelling in Kadugli.", "Kadugli"),
        ("At least 30 people killed in Nigeria attack on Kukawa.", "Kukawa"),
    ],
)
def test_the_finer_place_named_with_the_event(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_two_countries_stay_the_first() -> None:
    assert _places("At least 30 people were killed in Nigeria and Cameroon.") == ["Nigeria"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BANGKOK: A Myanmar military airstrike on a school killed 9 children.", "Myanmar"),
        ("NAIROBI (Reuters) - Ethiopian troops killed 14 civilians, witnesses said.", "Ethiopia"),
        # the body names a place: that place, the dateline no longer
        ("BANGKOK: Myanmar's junta killed 12 people in Sagaing, residents said.", "Sagaing"),
    ],
)
def test_a_dateline_abroad_is_no_place(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the body names the dateline's own country: the dateline stands
        ("BANGKOK: Thai police said the Myanmar army killed 3 Thai fishermen.", "Bangkok"),
        # the forces are the dateline's own country's
        ("GAO, Mali — Malian troops killed 12 civilians.", "Gao, Mali"),
        # a group, not a state's forces: where they struck is not told
        ("NAIROBI, Kenya — Somali militants killed 12 soldiers, officials said.", "Nairobi, Kenya"),
    ],
)
def test_a_dateline_at_home_stays(text: str, place: str) -> None:
    assert _places(text) == [place]


def _voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        'The district chief said: "They came at dawn. They killed six farmers."',
        "The district chief told reporters: “They came at dawn. They killed six farmers.”",
        '"They came at dawn. They killed six farmers," the district chief said.',
    ],
)
def test_a_quotation_is_its_openers_or_its_closers(text: str) -> None:
    assert _voices(text) == ["district chief"]


def test_a_quotation_no_one_opens_has_no_voice_of_its_own() -> None:
    text = 'The raid was over by noon. "They killed six farmers."'
    assert _voices(text) == [None]


def test_a_district_before_its_province_stays_the_place() -> None:
    """Only a country named as what the event is of gives way to the place after it:
    a district named before its province is the finer of the two."""
    text = (
        "Three people have been beheaded in a village in Macomia district in the "
        "northern Mozambican province of Cabo Delgado."
    )
    assert _places(text) == ["Macomia district"]
