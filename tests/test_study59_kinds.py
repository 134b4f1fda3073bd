"""Extraction kinds found in the study halves read in session 59, each named at its
test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.extract.home_country import dominant_country


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.location, c.country) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country that strikes from afar is who acted, not where (pairs-news-j study:
        # a strike on Doha put in Israel, shelling over the Line of Control in Pakistan)
        (
            "Turkey launched drone strikes on a convoy near Qamishli. Syria said nine "
            "people were killed in Hasakah.",
            "Syria",
        ),
        (
            "The Ethiopian army resorted to heavy artillery shelling on the hills; a "
            "farmer said shells hit homes in Eritrea.",
            "Eritrea",
        ),
        ("Heavy shelling by Russian forces hit the Ukrainian town overnight.", "Ukraine"),
        # where it is the only country the page names, it still stands
        ("Israel carried out an airstrike on a house; six people were killed.", "Israel"),
        # an army that acts at home without arms from afar is still an actor of it
        ("Nigerian troops killed 12 militants in a raid.", "Nigeria"),
        # a country blamed is no place (pairs-news-j study: "accused India of ...")
        ("Officials in Pakistan accused Afghanistan of harbouring the bombers.", "Pakistan"),
        # a person told by age and nationality is who someone is: another actor's
        # country comes first (pairs-news-j study: a Munich page put in Afghanistan)
        ("Police said a 24-year-old Afghan drove into a crowd of German protesters.", "Germany"),
        ("A 24-year-old Afghan drove into the crowd.", "Afghanistan"),
        # a nationality that opens a landmark's name names no country
        ("A gunman opened fire in the Chinese Quarter, killing three.", None),
        ("A gunman opened fire in a Chinese village, killing three.", "China"),
        # a war by its possessive with a word between: "since Russia's full-scale invasion"
        (
            "The strike on Zaporizhzhia was the deadliest in Ukraine since Russia's "
            "full-scale invasion.",
            "Ukraine",
        ),
    ],
)
def test_a_country_that_strikes_or_is_blamed_is_no_home(text: str, expected: str | None) -> None:
    home = dominant_country(text)
    assert (home.name if home else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country blamed is not the toll's place
        (
            "Kenya has accused Somalia of sheltering the gunmen who killed 14 people.",
            [(None, None)],
        ),
        ("Gunmen killed 14 people in Somalia, officials said.", [("Somalia", "Somalia")]),
        # a trailing apostrophe is the possessive of a name in -s, not part of the name
        (
            "A car rammed a crowd in Paris’ Latin Quarter, killing three.",
            [("Paris", "France")],
        ),
        (
            "Gunmen killed three people in Kaduna's Kauru district.",
            [("Kaduna's Kauru district", "Nigeria")],
        ),
    ],
)
def test_the_place_of_a_toll_is_not_the_country_blamed(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _places(text) == expected


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ACLED coder's figure after a comma or "and" is the deaths coded, not a
        # count of its own (acled-m study: "Scores of militants were killed, coded as 20"
        # gave troops 20 beside the vague scores)
        (
            "Dozens of bandits were killed, coded as 12.",
            [("killed", 24, 99), ("killed", 12, 12)],
        ),
        (
            "A few herders were killed, and coded as 3.",
            [("killed", 2, 5), ("killed", 3, 3)],
        ),
        # a share of a split toll: "coded to 4"; the slip "codes as"
        (
            "Nine vigilantes were killed; fatalities shared over two days, coded to 5.",
            [("killed", 9, 9), ("killed", 5, 5)],
        ),
        (
            "Many rebels were killed in the raid. Unknown fatalities codes as 10.",
            [("killed", None, None), ("killed", 10, 10)],
        ),
        # negatives: "coded" of anything else, a comma before another number
        ("Police arrested 5 men and coded 3 of them as suspects.", [("arrested", 5, 5)]),
        ("Gunmen killed two farmers, 3 cows and a dog.", [("killed", 2, 2), ("other", 3, 3)]),
    ],
)
def test_a_coders_figure_after_a_comma_is_the_deaths_coded(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _figures(text) == expected


def _voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of saying the reader lacked (unseen-i study: "informed reporters that",
        # "a military disclosed Thursday")
        ("The district doctor informed journalists that 40 people had died.", ["district doctor"]),
        ("Three guards were hurt in the raid, the army disclosed.", ["army"]),
        ("The mayor disclosed that nine houses burned and 2 people died.", ["mayor", "mayor"]),
        # negatives: informing someone else, a name not disclosed
        ("The army informed the families that 4 soldiers died.", [None]),
        ("Police did not disclose the names of the 3 victims killed.", [None]),
    ],
)
def test_verbs_of_saying_informed_and_disclosed(text: str, expected: list[str | None]) -> None:
    assert _voices(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # people evacuated to be treated are the hurt, not the displaced (french-m study)
        ("Seven others were evacuated to a clinic in the town.", "en", [("wounded", 7, 7)]),
        (
            "Sept autres ont été évacués vers le centre de santé de la localité.",
            "fr",
            [("wounded", 7, 7)],
        ),
        # negatives: evacuated from a place, or to a shelter
        ("300 families were evacuated from the river bank.", "en", [("displaced", 300, 300)]),
        ("300 familles ont été évacuées vers une école.", "fr", [("displaced", 300, 300)]),
        # a death's manner between its noun and its victims (french-m study)
        ("Le choc a causé la mort sur le coup de 6 voyageurs.", "fr", [("killed", 6, 6)]),
        ("Le choc a causé la mort de 6 voyageurs.", "fr", [("killed", 6, 6)]),
    ],
)
def test_evacuated_for_care_and_a_deaths_manner(
    text: str, language: str, expected: list[tuple[str, int, int]]
) -> None:
    found = claims_in(text) if language == "en" else french_claims(text)
    assert [(c.category.value, c.low, c.high) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coder's "[coded separately]" after the victims' own capture codes the capture
        # elsewhere, not their deaths (acled-m study: the deaths were dropped)
        (
            "Bandits killed a farmer whom they had kidnapped [coded separately] near the dam.",
            [("killed", 1, 1)],
        ),
        (
            "Gunmen killed 4 traders who were seized (coded separately) on the road.",
            [("killed", 4, 4)],
        ),
        # negative: the deaths themselves coded elsewhere
        ("Gunmen killed 2 farmers (coded separately) and abducted 5.", [("kidnapped", 5, 5)]),
    ],
)
def test_a_capture_coded_separately_keeps_the_deaths(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected


def _dates(text: str) -> list[str | None]:
    published = dt.date(2024, 10, 2)
    return [c.date for c in claims_in(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after "since" that a superlative measures the incident against is no
        # date of it (pairs-news-j study: a Jaffa toll dated 7 October 2023)
        (
            "Four people were killed in the bombing, the worst in the city since March 3, 2021.",
            [None],
        ),
        ("Four people were killed on Monday, the worst attack since June 3.", ["2024-09-30"]),
        # negatives: a day of the incident, and a running count since a day
        ("Four people were killed in the bombing on September 28.", ["2024-09-28"]),
    ],
)
def test_a_day_since_which_a_superlative_counts_is_no_date(
    text: str, expected: list[str | None]
) -> None:
    assert _dates(text) == expected


def _scopes(text: str) -> list[tuple[str, str]]:
    return [(c.category.value, c.scope) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total since a war's fighting began, no day named (unseen-i study)
        (
            "Since the violence began, more than 900 people have died in the region.",
            [("killed", "cumulative")],
        ),
        # negatives: a day's clashes, a day named
        ("Since the clashes started, 12 people have died.", [("killed", "incident")]),
        ("Since fighting began on Tuesday, 12 people have been killed.", [("killed", "incident")]),
        # bodies by another word (unseen-i study: "the two cadavers" read as troops)
        ("Rescuers pulled three cadavers from the collapsed mine.", [("killed", "incident")]),
    ],
)
def test_a_running_total_since_the_fighting_and_cadavers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _scopes(text) == expected


def _french_voices(text: str) -> list[str | None]:
    return [c.attribution for c in french_claims(text)]


_BULLETIN = (
    "Selon le ministère de la Santé, 40 personnes ont été blessées dans les inondations.\n\n"
    "Selon la même source, les secours sont intervenus dans plusieurs quartiers.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Selon la même source" goes on with a bulletin's voice into the paragraphs
        # after it that name none (french-m study)
        (
            _BULLETIN + "À Tiko, une crue a causé la mort de deux enfants.",
            ["le ministère de la Santé", "le ministère de la Santé"],
        ),
        # negatives: another voice between ends it, and so do two paragraphs more
        (
            _BULLETIN + "Selon la Croix-Rouge, les pluies vont continuer.\n\n"
            "À Tiko, une crue a causé la mort de deux enfants.",
            ["le ministère de la Santé", None],
        ),
        (
            _BULLETIN + "Les pluies vont continuer.\n\nLe fleuve a débordé.\n\n"
            "À Tiko, une crue a causé la mort de deux enfants.",
            ["le ministère de la Santé", None],
        ),
    ],
)
def test_the_same_source_carries_a_bulletins_voice(text: str, expected: list[str | None]) -> None:
    assert _french_voices(text) == expected


def _french_places(text: str) -> list[str | None]:
    return [c.location for c in french_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Algeria's districts as places (french-m study: the daïra's toll took the place
        # of the paragraph before)
        (
            "À Oran, un incendie a blessé deux pompiers. Un autre feu dans la daïra de "
            "Sidi Lakhdar a causé la mort de 3 personnes.",
            ["Oran", "la daïra de Sidi Lakhdar"],
        ),
        # negative: "daïra" as no place word, a plain noun after it
        ("À Oran, un incendie a blessé deux pompiers.", ["Oran"]),
    ],
)
def test_an_algerian_daira_is_a_place(text: str, expected: list[str | None]) -> None:
    assert _french_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days told as a span in words (trial 59: "Between October 5 and 8" was the 5th)
        ("Between September 20 and 23, shelling killed 9 people.", ["2024-09-20/2024-09-23"]),
        ("From September 3 to 25, floods killed 40 people.", ["2024-09-03/2024-09-25"]),
        # negative: a count after "and" is no day
        ("On September 20 and 3 people were killed.", ["2024-09-20"]),
    ],
)
def test_days_told_as_a_span_in_words(text: str, expected: list[str | None]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French toll over months or years closing its clause is a running total
        # (trial 59: "où 400 mille personnes ont été tuées en 32 mois" was an incident's)
        ("Au Yémen, 150 000 personnes ont été tuées en sept ans, selon l'ONU.", "cumulative"),
        # negative: hours are one incident's
        ("Douze personnes ont été tuées en deux heures à Goma.", "incident"),
    ],
)
def test_a_french_toll_over_months_is_a_running_total(text: str, expected: str) -> None:
    assert [c.scope for c in french_claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # others counted after a victim's name join the list (acled-m study's kind: "and
        # five others" read as troops)
        (
            "Bandits shot dead Audu Ochai and three others near the dam.",
            [("killed", 1, 1), ("killed", 3, 3)],
        ),
        # ... and after a person's description with a name in it ("the LP senatorial
        # candidate for Enugu East senatorial district and five others")
        (
            "Gunmen killed the deputy head of Gombi council and two others.",
            [("killed", 1, 1), ("killed", 2, 2)],
        ),
        # negatives: a verb of its own ends the list
        (
            "Bandits shot dead Audu Ochai and three others were hurt.",
            [("killed", 1, 1), ("wounded", 3, 3)],
        ),
        (
            "Gunmen killed a trader in Gombi and two others were hurt.",
            [("killed", 1, 1), ("wounded", 2, 2)],
        ),
    ],
)
def test_others_after_a_victims_name(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert _figures(text) == expected
