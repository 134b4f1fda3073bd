"""Kinds a trial on invented reports of Casamance, Senegal and The Gambia found (session
79, kx79), each tested on sentences written for these tests, English and French, with
negatives:

- the doers of a deed in French: «les assassins des deux hommes», «les ravisseurs des 12
  élèves» (`french/deed_doers.py`, the English rule of `perpetrators_of.py`);
- one figure of the dead and the hurt together gives no claim of either, in French
  (`french/open_fates.py`) as in English, "Some 45" too (`fates._vague`);
- a part told with "of whom" or «dont» after its whole and the rest of the whole's
  clause is a part of it (`fates._share`, `breakdowns._share_of`, `told_parts`,
  `french/victim_lists.shared`), its period its own, not the whole's (`fate_scope`,
  `french/scope.py`);
- a sentence that opens another incident, apart in time or told as separate, with an
  event of its own, takes no place from the paragraphs before it, nor do the sentences
  after it (`new_incident.py`); a follow-up of the same incident still does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim

_PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _claims(text: str, language: str = "en") -> list[Claim]:
    doc = document_from_text("story.txt", text).model_copy(
        update={"language": language, "published": _PUBLISHED}
    )
    return extract_claims(doc)


def _read(text: str, language: str = "en") -> list[tuple[str, float | None]]:
    """The claims of `text` as (category, value) pairs."""
    return [(c.category.value, c.value) for c in _claims(text, language)]


# -- the doers of a deed, in French -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La police recherche les assassins des deux hommes abattus samedi à Bignona.",
        "Les auteurs du meurtre de trois agriculteurs ont été arrêtés jeudi.",
        "Les assassins présumés des deux commerçants ont été interpellés à Bignona.",
        "Les agresseurs de deux gendarmes ont été appréhendés par l'armée.",
    ],
)
def test_a_killing_named_by_its_doers_is_background(text: str) -> None:
    assert _read(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les ravisseurs des 12 élèves ont été arrêtés mardi par la gendarmerie.", 12),
        ("Les ravisseurs présumés d'au moins 12 élèves ont été arrêtés.", 12),
    ],
)
def test_the_kidnappers_victims_are_held(text: str, value: int) -> None:
    (claim,) = _claims(text, "fr")
    assert (claim.category.value, claim.value) == ("kidnapped", value)
    assert "arrêt" not in claim.text  # the arrest is the doers'


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Des hommes armés ont tué deux agriculteurs samedi près de Bignona.", [("killed", 2)]),
        ("Deux ravisseurs ont été arrêtés par la gendarmerie.", [("arrested", 2)]),
        ("Trois des assaillants ont été tués par l'armée.", [("killed", 3)]),
        ("Les assaillants ont enlevé cinq humanitaires à Kolda.", [("kidnapped", 5)]),
        # the taking's own noun read it already
        (
            "La gendarmerie a arrêté les auteurs de l'enlèvement de sept ouvriers.",
            [("kidnapped", 7)],
        ),
    ],
)
def test_doers_counted_or_acting_keep_their_claims(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text, "fr") == read


# -- the dead and the hurt counted together -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 45 people were killed or injured in the clashes near Bignona.", "en"),
        ("Some 70 villagers were either killed or wounded.", "en"),
        ("Some 45 people were killed and injured in the clashes.", "en"),
        ("Les combats ont fait 800 morts ou blessés parmi les civils.", "fr"),
        ("Selon Human Rights Watch, les combats ont tué ou blessé plus de 800 civils.", "fr"),
        ("Au moins 45 personnes ont été tuées ou blessées dans les affrontements.", "fr"),
        ("Plus de 300 civils ont été tués ou blessés depuis janvier.", "fr"),
        ("L'explosion a fait 37 morts et blessés.", "fr"),
        ("L'explosion a tué et blessé 37 personnes.", "fr"),
        ("Des dizaines de personnes ont été tuées ou blessées.", "fr"),
    ],
)
def test_one_figure_of_the_dead_and_the_hurt_gives_neither(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        # the English convention already held for these
        (
            "Human Rights Watch said the fighting killed or injured more than 800 civilians.",
            "en",
            [],
        ),
        ("Officials said 14 people were dead or injured after the blast.", "en", []),
        ("Some 45 people were killed in the clashes.", "en", [("killed", 45)]),
        # each fate with its own figure
        ("Les combats ont fait 12 morts et 40 blessés.", "fr", [("killed", 12), ("wounded", 40)]),
        (
            "Les rebelles ont tué un soldat et blessé deux civils.",
            "fr",
            [("killed", 1), ("wounded", 2)],
        ),
        (
            "Trois personnes ont été tuées et deux autres blessées.",
            "fr",
            [("killed", 3), ("wounded", 2)],
        ),
        # a vague subject before a passive told with "and" stays the vague death
        ("Des dizaines de personnes ont été tuées et blessées.", "fr", [("killed", None)]),
    ],
)
def test_each_fate_with_its_figure_stays(
    text: str, language: str, read: list[tuple[str, int | None]]
) -> None:
    assert _read(text, language) == read


# -- a part told with "of whom" ------------------------------------------------------


def _whole_and_part(text: str, language: str) -> tuple[Claim, Claim]:
    whole, part = _claims(text, language)
    return whole, part


@pytest.mark.parametrize(
    ("text", "language", "value", "period"),
    [
        (
            "Some 4,200 people have fled to The Gambia, 1,350 of whom arrived since January.",
            "en",
            1350,
            "since January",
        ),
        (
            "More than 2,000 refugees have crossed into The Gambia, 800 of whom arrived in the "
            "past week.",
            "en",
            800,
            "in the past week",
        ),
        (
            "Quelque 4 200 personnes ont fui en Gambie, dont 1 350 arrivées depuis janvier.",
            "fr",
            1350,
            "depuis janvier",
        ),
    ],
)
def test_a_part_of_whom_keeps_its_own_period(
    text: str, language: str, value: int, period: str
) -> None:
    whole, part = _whole_and_part(text, language)
    assert (part.category, part.value, part.part) == (whole.category, value, True)
    assert (part.scope.value, part.period) == ("cumulative", period)
    assert (whole.scope.value, whole.period, whole.part) == ("cumulative", None, None)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Some 4,200 people have fled to The Gambia, 1,350 of whom are children.", "en", 1350),
        ("Près de 9 000 personnes ont été déplacées par les combats, dont 300 enfants.", "fr", 300),
        ("Plus de 2 000 réfugiés sont arrivés en Gambie, dont 800 la semaine dernière.", "fr", 800),
        ("Au moins 30 personnes ont été blessées, dont dix grièvement.", "fr", 10),
    ],
)
def test_a_part_of_whom_is_a_part(text: str, language: str, value: int) -> None:
    whole, part = _whole_and_part(text, language)
    assert (part.category, part.value, part.part) == (whole.category, value, True)
    assert whole.part is None


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("Some 4,200 people have fled to The Gambia since 2022.", "en", [("refugees", 4200)]),
        (
            "About 9,000 people have been displaced by the fighting, 300 of them children.",
            "en",
            [("displaced", 9000), ("displaced", 300)],
        ),
        (
            "Les affrontements ont fait 45 morts, dont 12 soldats.",
            "fr",
            [("killed", 45), ("killed", 12)],
        ),
        # another fate, or things, are no part
        (
            "Les ravisseurs ont enlevé 20 villageois, dont trois libérés depuis.",
            "fr",
            [("kidnapped", 20)],
        ),
        (
            "Des hommes armés ont tué 12 civils et incendié 40 maisons, dont 12 cases.",
            "fr",
            [("killed", 12)],
        ),
    ],
)
def test_no_part_where_none_is_told(text: str, language: str, read: list[tuple[str, int]]) -> None:
    assert _read(text, language) == read


# -- a new incident takes no place carried from another ------------------------------

_LEAD = "Gunmen attacked a village near Sindian on Monday, killing two farmers.\n\n"
_LEAD_FR = (
    "Des hommes armés ont attaqué un village près de Sindian lundi, tuant deux agriculteurs.\n\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _LEAD + "Four days later, a landmine exploded under a minibus travelling to "
            "Ziguinchor, killing three passengers.",
            "en",
        ),
        (
            _LEAD + "Four days later, a landmine exploded under a minibus heading for "
            "Ziguinchor. Three passengers were killed.",
            "en",
        ),
        (_LEAD + "In a separate incident, a landmine killed three soldiers on Wednesday.", "en"),
        (_LEAD + "The same week, rebels ambushed an army patrol, killing four soldiers.", "en"),
        (_LEAD + "Later, an explosion killed three people at a market.", "en"),
        (
            _LEAD_FR + "Quatre jours plus tard, une mine a explosé sous un minibus qui se rendait "
            "à Ziguinchor, tuant trois passagers.",
            "fr",
        ),
        (_LEAD_FR + "Dans un autre incident, une mine a tué trois soldats mercredi.", "fr"),
        (
            _LEAD_FR + "La même semaine, des rebelles ont tendu une embuscade à une patrouille, "
            "tuant quatre soldats.",
            "fr",
        ),
    ],
)
def test_a_new_incident_takes_no_carried_place(text: str, language: str) -> None:
    first, *_, last = _claims(text, language)
    assert first.location is not None and "Sindian" in first.location
    assert last.location is None or "Sindian" not in last.location


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_LEAD + "Two of the wounded later died in hospital.", "en"),
        (_LEAD + "Later, the army said the death toll had risen to four.", "en"),
        (_LEAD + "The next day, three more bodies were found in the bush.", "en"),
        (_LEAD + "Rebels also attacked a nearby army post, killing four soldiers.", "en"),
        (
            _LEAD + "The same week, rebels attacked the same village again, killing four people.",
            "en",
        ),
        (_LEAD + "In a separate attack, a member of the village council was shot dead.", "en"),
        # the victim of a separate attack, told in the passive: no event of its own
        (
            _LEAD + "In a separate attack, later that evening a local chief was attacked and "
            "killed outside his home.",
            "en",
        ),
        # the same day or the next goes on at the place told (ACLED's notes of days)
        (
            _LEAD + "A few hours later, two gunmen opened fire on a bus, injuring three people.",
            "en",
        ),
        (
            _LEAD + "The following day, militias attacked the neighbouring hamlet, killing one.",
            "en",
        ),
        (
            _LEAD + "On the same day, the gunmen also attacked a farm nearby. A herder was "
            "injured.",
            "en",
        ),
        (
            _LEAD + "Members of the gang had attacked other areas (coded separately). Scores of "
            "people were killed.",
            "en",
        ),
        (_LEAD_FR + "Le lendemain, trois autres corps ont été retrouvés dans la brousse.", "fr"),
        (
            _LEAD_FR + "Plus tard, l'armée a annoncé que le bilan s'élevait à quatre morts.",
            "fr",
        ),
        (
            _LEAD_FR + "Trois jours plus tard, les assaillants ont de nouveau attaqué le village, "
            "tuant trois personnes.",
            "fr",
        ),
    ],
)
def test_the_same_incident_keeps_the_carried_place(text: str, language: str) -> None:
    last = _claims(text, language)[-1]
    assert last.location is not None and "Sindian" in last.location
