"""Kinds found in the study halves' notes that gave no claim at all (session 53): a
body told as "a dead soldier", a nominal's bare count with its own verb ("the bodies
of two were found"); from french-g's study half, a voice after "according to" or
"selon" with no comma before what it says; and the kinds of the fresh sets acled-f,
acled-g and pairs-news-d named at each test. Sentences written for these tests, with
their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.models import Category


def _killed(text: str) -> list[int | None]:
    return [c.low for c in claims_in(text) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "Herders found the body of a dead farmer near the river on Monday.",
        "The corpse of a dead policeman was dumped outside the station.",
    ],
)
def test_a_body_of_a_dead_person_is_one_death(text: str) -> None:
    assert _killed(text) == [1]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("After the clash the bodies of three were recovered by soldiers.", 3),
        ("The deaths of four were confirmed by the hospital.", 4),
        ("Police said the remains of two had been found in a well.", 2),
    ],
)
def test_a_nominals_bare_count_before_its_own_verb(text: str, count: int) -> None:
    assert _killed(text) == [count]


def test_a_bare_count_after_a_verb_is_another_clause() -> None:
    """ "killing six and two were wounded": the two are the wounded, not the dead."""
    claims = claims_in("Bandits raided the market, killing six and two were wounded.")
    assert [(c.category, c.low) for c in claims] == [
        (Category.KILLED, 6),
        (Category.WOUNDED, 2),
    ]


def test_killings_counted_are_deaths_and_a_participle_after_a_count_is_no_noun() -> None:
    """ "Two killings were reported"; but "between two militant groups killing at least
    four" counts the four, not the groups."""
    assert _killed("Two killings were reported after the rally in the capital.") == [2]
    text = "A turf war broke out between two militant groups killing at least four."
    assert _killed(text) == [4]


@pytest.mark.parametrize(
    "text",
    [
        "The dead man's brother was arrested at the checkpoint.",  # no count of a death
        "Youths protested the killing of a trader by soldiers last year.",  # background
    ],
)
def test_no_new_death_is_read(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("According to the interior ministry six policemen died in the ambush.", "ministry"),
        ("According to a statement by the army at least 14 rebels were killed.", "army"),
    ],
)
def test_according_to_with_no_comma_ends_at_the_count(text: str, voice: str) -> None:
    claims = claims_in(text)
    assert len(claims) == 1
    assert voice in (claims[0].attribution or "")
    assert not any(ch.isdigit() for ch in claims[0].attribution or "")


def test_according_to_a_years_report_keeps_the_year() -> None:
    """A year is no count: "according to the 2023 report of the commission, ..."."""
    text = "According to the 2023 report of the commission 40 people were killed."
    claims = claims_in(text, published=dt.date(2023, 6, 1))
    assert [c.attribution for c in claims] == ["2023 report of the commission"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Selon la gendarmerie nationale sept civils ont été tués à Kaya.", "gendarmerie"),
        ("D'après un élu local au moins 20 personnes ont été enlevées.", "élu local"),
    ],
)
def test_selon_with_no_comma_ends_at_the_count(text: str, voice: str) -> None:
    claims = french_claims(text)
    assert claims and all(voice in (c.attribution or "") for c in claims)
    assert not any(ch.isdigit() for c in claims for ch in c.attribution or "")


def test_selon_a_name_with_a_count_inside_it_and_its_comma() -> None:
    """ "le maire de deux villages": a count in the voice's name, no clause after it."""
    claims = french_claims("Selon le maire de deux villages voisins, 12 civils ont été tués.")
    assert [c.attribution for c in claims] == ["le maire de deux villages voisins"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A suicide bomber set himself off near the checkpoint in Bama.", [1]),
        ("Two kamikazes exploded themselves at the entrance of the market.", [2]),
        ("Two suicide bombers detonated explosives at the gate, killing themselves.", [2]),
        # "others" are besides the bombers: they died too
        ("A bomber blew himself up at the market in Mora, killing five others.", [1, 5]),
    ],
)
def test_a_bombers_own_death_in_more_wordings(text: str, counts: list[int]) -> None:
    """acled-g's study half: the bombers' deaths where the note counts them (kind 1 of
    its misses): "set himself off", "exploded themselves", a verb in "-ed" after the
    bombers ending their phrase, and "killing five others" after the blast."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A bomber blew himself up at the market in Mora, killing five people.", [5]),
        # "others" wounded say nothing of the bombers' death beside the dead counted
        ("Two bombers blew themselves up, 30 were killed and 70 others wounded.", [30]),
        ("The commander set himself a deadline of one week.", []),
    ],
)
def test_a_bombers_death_beside_a_toll_without_others(text: str, counts: list[int]) -> None:
    """A toll given without "others" is the victims' alone, as the coded lists give it."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Unidentified gunmen killed a herder close to Kasando on Friday.", [1]),
        ("Armed men killed two traders next to the market in Beni.", [2]),
        ("Soldiers killed an IDP in the camp at Kitchanga.", [1]),
        ("Police shot and killed 27yo man at the roundabout in Butembo.", [1]),
        ("The raid led to death of 16 yo pupil in Oicha.", [1]),
        ("A dead FARDC soldier has been found near the road to Kamango.", [1]),
        # a francophone coder's conditional reports the deed, hedged
        ("Four people would have been killed in the attack on Mavivi.", [4]),
    ],
)
def test_acled_f_wordings(text: str, counts: list[int]) -> None:
    """acled-f's study half (DR Congo's coders): "close to" after the victim is where,
    a coder's short age ("27yo", "16 yo") is no count, an IDP is a person, a dead
    soldier found is a death, and "would have been killed" reports a death."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "Dozens would have been killed if the device had gone off in the church.",
        "Had the guards not fired, ten would have been killed at the gate.",
        "Gunmen killed 12 pupils aged 14 yo and younger.",  # no count of a 14 there
    ],
)
def test_a_stated_condition_keeps_would_a_counterfactual(text: str) -> None:
    assert 14 not in _killed(text)
    if "would" in text:
        assert _killed(text) == []


def test_a_reported_conditional_is_hedged() -> None:
    claims = claims_in("Four people would have been killed in the attack on Mavivi.")
    assert [c.hedged for c in claims] == [True]


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(c.category.value, c.low) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("About 40 people are being treated at Kisumu hospitals.", [("wounded", 36)]),
        ("Eleven were treated for their injuries at the scene.", [("wounded", 11)]),
        ("The death toll from the bombing in Quetta surged to 61.", [("killed", 61)]),
    ],
)
def test_pairs_news_d_wordings(text: str, figures: list[tuple[str, int | None]]) -> None:
    """pairs-news-d's study half: treatment in hospital is a wound, and a toll that
    "surged to" N is read as one that rose."""
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 ambulances carried casualties to hospitals in Quetta.",  # vehicles
        "Seven soldiers were treated for shock after the blast.",  # no wound said
    ],
)
def test_no_casualty_figure_where_the_count_is_of_things_or_no_wound(text: str) -> None:
    assert [f for f in _figures(text) if f[0] in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A Boko Haram planted IED kills two military officers near Banki.", [2]),
        ("Bandits killed a body-guard of the emir at the palace gate.", [1]),
    ],
)
def test_acled_g_wordings(text: str, counts: list[int]) -> None:
    """acled-g's study half: "planted" is no plan (the irrealis "plan", "planned"), and
    a hyphenated person noun ("body-guard") is a person."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen planned to kill the district head of Gwoza.",
        "The militants were planning to kidnap 20 pupils from the school.",
    ],
)
def test_a_plan_is_still_no_deed(text: str) -> None:
    assert [c for c in claims_in(text) if c.category.value in ("killed", "kidnapped")] == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("On 2 May, a dead body was found near the market in Bama.", [1]),
        ("One dead, 4 houses burned down and 2 oxes killed.", [1]),  # the oxen are no dead
    ],
)
def test_a_dead_body_and_the_oxen(text: str, counts: list[int]) -> None:
    assert _killed(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "At least 19 people were killed, the worst attack in the East African nation's capital.",
        "Gunmen killed 12 villagers in the West African country on Sunday.",
        "Militants killed 9 soldiers in the Horn of Africa nation.",
    ],
)
def test_a_country_described_by_its_region_is_no_place(text: str) -> None:
    """pairs-news-d's study half: "the East African nation's capital" describes the
    country the story names elsewhere; its adjective is no place."""
    assert [c.location for c in claims_in(text)] == [None]


def test_a_country_named_with_a_regions_adjective_stays_a_place() -> None:
    claims = claims_in("Gunmen killed 12 people in the Central African Republic.")
    assert [c.location for c in claims] == ["Central African Republic"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Gunmen killed 12 people in Tawila, Myanmar Now reported.", "Myanmar Now"),
        ("Twenty were wounded in the blast at Bijapur, India Today reported.", "India Today"),
        ("Gunmen killed 12 people in Tawila, police said today.", "police"),
    ],
)
def test_an_outlets_name_keeps_its_capitalised_time_word(text: str, voice: str) -> None:
    """pairs-news-d's study half: "India Today", "Myanmar Now" are outlets' names; a
    lower-case "today" after a voice is only when it spoke."""
    assert [c.attribution for c in claims_in(text)] == [voice]


def test_a_bylines_cities_are_the_writers_not_the_story() -> None:
    """pairs-news-d's study half: a byline run into the first sentence ("By X in
    Mogadishu, Somalia, and Y in Johannesburg Aug. 21, 2022") names where the reporters
    filed from."""
    text = (
        "By Amina Yusuf in Nairobi and Peter Olsen in Johannesburg March 3, 2023 "
        "Gunmen killed 14 villagers in an attack on a market, police said."
    )
    claims = claims_in(text)
    assert claims and all(c.location not in ("Nairobi", "Johannesburg") for c in claims)


def test_by_the_time_is_no_byline() -> None:
    claims = claims_in("By the time police arrived in Kano, 12 people had been killed.")
    assert [c.location for c in claims] == ["Kano"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone strike on Ukraine's northern city of Sumy killed four people.", "Sumy"),
        ("Gunmen killed 20 herders in South Sudan's restive Jonglei state.", "Jonglei"),
        ("Six people were killed in Yemen's southern province of Lahj.", "Lahj"),
    ],
)
def test_a_countrys_place_described_before_its_name(text: str, place: str) -> None:
    """unseen-d's study half: "Ukraine's eastern city of Kharkiv" is in Kharkiv, with
    or without a preposition before the country."""
    [claim] = claims_in(text)
    assert claim.location is not None and place in claim.location


def test_a_country_described_as_a_regions_state_is_no_place() -> None:
    assert [
        c.location for c in claims_in("Gunmen killed 12 people in the East African state.")
    ] == [None]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The insurgency has claimed more than 6,000 victims since 2017.", 6000),
        ("The unrest claimed 14 lives in the capital on Monday.", 14),
        ("The ambush claimed nine soldiers near the border.", 9),
    ],
)
def test_an_event_that_claims_lives_kills_and_speaks_not(text: str, low: int) -> None:
    """unseen-d's study half: "the struggle has claimed more than 6,000 victims" is a
    toll (of more events' words), and an event that claims lives is no voice."""
    [claim] = [c for c in claims_in(text) if c.category is Category.KILLED]
    assert (claim.low, claim.attribution) == (low, None)


def test_a_group_that_claims_a_toll_is_its_voice() -> None:
    [claim] = claims_in("The rebels claimed 40 soldiers were killed in the raid.")
    assert (claim.low, claim.attribution) == (40, "rebels")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "6 killed, dozens injured in strike on Kharkiv: Ukrainian officials",
            "Ukrainian officials",
        ),
        ("20 dead in Zamfara raid: police", "police"),
        ("Nigeria: 20 killed in Zamfara attack", None),  # a place before the colon
        ("Gunmen killed 20 people: the toll of a massacre", None),  # no voice's words
    ],
)
def test_a_headlines_tag_after_a_colon_is_its_voice(text: str, voice: str | None) -> None:
    """unseen-d's study half (and unseen-c's ": Amnesty"): a short noun phrase that can
    speak, after a colon closing a headline that gives a figure, is who says so."""
    assert {c.attribution for c in claims_in(text)} == {voice}


def test_a_dead_body_of_someone_counts_once() -> None:
    """A regression of this session's "a dead body" rule: "a dead body of a civilian"
    is the civilian's one death (the nominal "body of"), not two."""
    assert _killed("Soldiers found a dead body of a civilian near the village of Barzan.") == [1]


def test_a_body_found_that_angered_a_crowd_is_its_reason() -> None:
    text = "The crowd was angered at the discovery of a dead body in a trailer on the bridge."
    assert _killed(text) == []


def test_among_those_killed_with_a_phrase_between() -> None:
    """unseen-d's study half: "Among those killed in shell blasts were four civilians"
    (a phrase between "killed" and the copula)."""
    text = "Among those killed in shell blasts and shootings were four civilians in Chin."
    assert _killed(text) == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Coalition airstrikes struck a Houthi-held checkpoint, killing 2 fighters.",
        "Gunmen attacked a Saudi-led checkpoint near the market, killing 3.",
    ],
)
def test_a_held_or_led_checkpoint_is_read_not_a_crash(text: str) -> None:
    """acled-h's notes crashed the extractor: a name that is only an attribute
    ("Houthi-held") before a place word left an empty name (IndexError)."""
    assert len(_killed(text)) == 1


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Clashes resulted in 1 civilian killed and 9 injured.", [1]),
        ("Gunmen killed 1 farmer, a trader and 2 herders near the well.", [1, 1, 2]),
    ],
)
def test_a_count_and_its_bare_noun_are_one_death(text: str, counts: list[int]) -> None:
    """acled-h's study half: "1 civilian killed" had given two claims, the count's and
    the bare noun's ("civilian killed")."""
    assert _killed(text) == counts


def test_a_report_that_claims_a_toll_is_its_voice() -> None:
    """A regression of the event rule above on acled-nigeria-c's study half: a report
    claims; only an event's "claimed" takes lives."""
    [claim] = claims_in("A later report from the same source claims six deaths.")
    assert claim.attribution is not None and "report" in claim.attribution


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Clashes killed some fighters. Unknown fatalities coded a 10.", [None, 10]),
        ("Shelling killed and injured 40 fighters. Fatalities coded as half of 40, 20.", [20]),
        ("Gunmen raided the farm and 18 of his sheeps killed.", []),
    ],
)
def test_acled_h_coders_wordings(text: str, counts: list[int | None]) -> None:
    """acled-h's study half (Yemen's coders): "coded a 10" (a slip), "coded as half of
    40, 20" (the half coded), and sheep are no dead."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Commander Saleh bin Ajaj and 4 Elite soldiers were killed in Ataq.", [1, 4]),
        ("A local shaykh was reportedly killed by gunmen in Mudiyah.", [1]),
    ],
)
def test_acled_h_victims_named_or_titled(text: str, counts: list[int]) -> None:
    """acled-h's study half: a titled name beside a count is one more victim ("Commander
    X and 4 soldiers"), a name's particles ("bin") included; a shaykh is a person."""
    assert _killed(text) == counts


def test_a_place_beside_a_count_is_no_victim() -> None:
    assert _killed("Gunmen attacked Kano and 4 soldiers were killed.") == [4]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Gunmen opened fire on a truck driver in Marib, leading to his death.", [1]),
        ("Police shot a protester in Aden, resulting in her death.", [1]),
        ("Soldiers shot dead a man at the gate, leading to his death.", [1]),  # one, not two
    ],
)
def test_a_death_an_act_led_to(text: str, counts: list[int]) -> None:
    """acled-h's study half: "opened fire on a truck driver, leading to his death"."""
    assert _killed(text) == counts


@pytest.mark.parametrize(
    ("text", "voice", "place"),
    [
        ("Three dead in strike on Odesa market: officials", "officials", "Odesa"),
        ("12 killed in raid on Gao market: police", "police", "Gao"),
    ],
)
def test_a_headline_with_a_word_figure_a_landmark_and_a_tag(
    text: str, voice: str, place: str
) -> None:
    """A fresh analyst's trial (session 53): a tag's headline may count in words
    ("Three dead"), and "a raid on Gao market" is in Gao (a town's landmark after its
    name), not only in the country."""
    [claim] = claims_in(text)
    assert (claim.attribution, claim.location) == (voice, place)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The RSF denied targeting civilians and said only 3 people died.", "RSF"),
        ("The army rejected the report and said 5 soldiers died in the raid.", "army"),
        ("Gunmen killed 5 villagers and said they would return.", None),  # no statement
    ],
)
def test_a_statement_verb_joined_to_said_keeps_its_subject(text: str, voice: str | None) -> None:
    """A fresh analyst's trial (session 53): "The RSF denied ... and said" is the RSF's,
    not "RSF denied targeting civilians and"; a killing joined to "said" states nothing."""
    assert [c.attribution for c in claims_in(text)] == [voice]
