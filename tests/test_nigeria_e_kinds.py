"""Kinds found in acled-nigeria-e's study half (session 52): a coder's figure told
without "as" ("Fatalities coded 10", "coded at 3"), a fatality range told as
"fatality numbers ranging from 7 to 20", and a passive joined to an active verb of the
same subject ("Two men entered the village and were shot dead"). Sentences written for
these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _killed(text: str) -> list[tuple[object, object, object]]:
    return [(c.value, c.low, c.high) for c in claims_in(text) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Heavy losses were reported on both sides. Fatalities coded 12.", 12),
        ("Some militiamen died in the clash. Unknown fatalities coded at 3.", 3),
        ("Scores of fighters were reported killed. Scores coded as 10.", 10),
        ("Many were feared dead. Fatalities coded as 6.", 6),
        # a field's colon, and the coder's reason after the figure (acled-nigeria-f study)
        ("Militants raided Mora on 3 May. [Unspecified number fatalities, coded: 4]", 4),
        ("Militants raided Mora. Unknown number of fatalities coded as 10 given reports.", 10),
    ],
)
def test_a_coders_stated_figure_in_its_later_wordings(text: str, value: int) -> None:
    assert (value, value, value) in _killed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clashes were coded 2 events in the dataset.",  # no fatalities word
        "Fatalities coded to the Kukawa event.",  # the coder names where, not how many
        "The event is coded: Blangoua, Logone-et-Chari.",  # a place coded, no figure
    ],
)
def test_coded_without_a_toll_is_no_death(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Local sources report fatality numbers ranging from 4 to 11.", 4, 11),
        ("Residents gave fatality numbers between 6 and 9.", 6, 9),
        ("The fatality count between 3 and 5 could not be confirmed.", 3, 5),
        ("Estimates of the dead range between 30 and 45.", 30, 45),
    ],
)
def test_a_fatality_range_told_by_its_numbers(text: str, low: int, high: int) -> None:
    assert (None, low, high) in _killed(text)


def test_a_range_of_other_numbers_is_no_toll() -> None:
    assert _killed("House numbers ranging from 4 to 11 were burned.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two herders entered the forest reserve and were shot dead by rangers.", 2),
        ("Three traders tried to cross the bridge but were killed.", 3),
        ("On Monday, four fishermen entered the lake and were later found dead.", 4),
        ("Five gunmen attacked the checkpoint and were killed by soldiers.", 5),
    ],
)
def test_a_passive_joined_to_the_sentences_active_verb(text: str, value: int) -> None:
    assert (value, value, value) in _killed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject is uncounted: the passive's figure is nobody's here
        ("Gunmen killed three men and were later arrested.", [(3, 3, 3)]),
        # the sentence opens with a speaker, not the victims
        ("Police said the gunmen attacked the village and were killed.", []),
        # another figure stands between: whose fate it is is unclear
        ("Two soldiers escorted 12 traders and were killed.", []),
    ],
)
def test_a_joined_passive_needs_the_counted_subject_alone(
    text: str, expected: list[tuple[int, int, int]]
) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part's items count more than the whole: the last is more victims
        ("Six people, including two soldiers, and 9 militants were killed.", [6, 9]),
        # the part fits in the whole: a breakdown, no more victims
        ("Six people, including two soldiers and three traders, were killed.", [6]),
    ],
)
def test_a_part_ends_where_it_would_outgrow_its_whole(text: str, expected: list[int]) -> None:
    assert [v for v, _, _ in _killed(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed in Bama and another in Dikwa.", [3, 1]),
        # "another" before a noun of its own is no gapped count
        ("Three people were killed in Bama and another attack in Dikwa hurt none.", [3]),
    ],
)
def test_another_in_place_of_a_gapped_count(text: str, expected: list[int]) -> None:
    assert [v for v, _, _ in _killed(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops recovered 14 soldiers bodies near the lake.", 14),
        ("Militants mutilated five Iraqi youths bodies in the square.", 5),
    ],
)
def test_bodies_after_a_people_noun_are_the_dead(text: str, value: int) -> None:
    assert (value, value, value) in _killed(text)


def test_a_participle_after_the_noun_stays_in_its_phrase() -> None:
    """ "caught" is a participle as often as a past: the noun phrase goes on."""
    text = "A policeman was killed. Two civilians caught in crossfire also died."
    assert (2, 2, 2) in _killed(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Villagers caught three suspected rustlers and burnt them to death.", 3),
        ("Soldiers intercepted two gunmen and shot them dead near the bridge.", 2),
        ("Raiders abducted four herders and set them ablaze.", 4),
    ],
)
def test_them_after_a_resultative_verb(text: str, value: int) -> None:
    assert (value, value, value) in _killed(text)


def test_them_with_no_counted_people_before_is_nobody() -> None:
    assert _killed("The mob burnt them to death.") == []


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A mob set a suspected car thief ablaze and killed him.", 1),
        ("Gunmen abducted a trader and killed him.", 1),
        ("Gunmen killed a farmer and seized his son, then killed him too.", 2),
    ],
)
def test_him_after_the_same_death_is_no_second_death(text: str, total: int) -> None:
    assert sum(v for v, _, _ in _killed(text) if isinstance(v, int)) == total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" after a fire is what burned: active, no one dead
        ("Angry youths set ablaze the council secretariat in Ikeja.", []),
        # a time after it is no object
        ("Two thieves set ablaze the day before died in hospital.", [(2, 2, 2)]),
        ("Two suspects set ablaze by a mob died.", [(2, 2, 2)]),
    ],
)
def test_a_fire_set_to_a_thing_kills_nobody(
    text: str, expected: list[tuple[int, int, int]]
) -> None:
    assert _killed(text) == expected


def test_one_list_of_victims_holds_no_breakdown() -> None:
    """Items of one list after one verb are all victims, though two of them add up to
    the one before ("three policemen, a driver, and two other chiefs": 1 + 2 = 3)."""
    text = "Gunmen killed two guards, three policemen, a driver, and two other chiefs."
    claims = [c for c in claims_in(text) if c.category is Category.KILLED]
    assert [(c.value, c.part) for c in claims] == [(2, None), (3, None), (1, None), (2, None)]


def test_shares_told_after_a_toll_stay_its_parts() -> None:
    text = (
        "Gunmen attacked Bokkos and Barkin-Ladi, killing 96 persons. More than 79 persons "
        "were killed in Bokkos. 17 persons were killed in Barkin-Ladi."
    )
    claims = [c for c in claims_in(text) if c.category is Category.KILLED]
    assert [c.part for c in claims] == [None, True, True]


def test_they_reported_to_have_been_killed_are_the_captives() -> None:
    text = "Gunmen abducted six traders on Monday. They were later reported to have been killed."
    assert (6, 6, 6) in _killed(text)


def test_a_coded_notes_own_year_dates_no_earlier_event() -> None:
    """A note with no publication date is of the year it opens with: "in March 2022"
    in a note of 3 March 2022 is its own incident, not background."""
    text = "On 3 March 2022, gunmen attacked Kuje. The attack, in March 2022, killed 12 people."
    assert _killed(text) == [(12, 12, 12)]


def test_an_earlier_year_in_a_coded_note_stays_background() -> None:
    text = "On 27 May 2022, residents recalled that gunmen killed 12 people there in 2019."
    assert _killed(text) == []


def test_they_after_a_list_of_captives_are_all_of_them() -> None:
    text = "Gunmen abducted three farmers and two herders. They were later killed."
    assert (5, 5, 5) in _killed(text)


def test_a_coders_lost_closing_its_sentence_is_a_death() -> None:
    # "One soldier lost." in a note's last words (acled-nigeria-f study)
    text = "Troops repelled an attack on Gubio. One soldier lost."
    assert (1, 1, 1) in _killed(text)
    text = "The army said two soldiers were lost."
    assert (2, 2, 2) in _killed(text)


def test_things_lost_are_no_deaths() -> None:
    assert _killed("Two vehicles lost.") == []
    assert _killed("The battle for the town was lost.") == []
    assert _killed("Two rifles were lost in the river.") == []
