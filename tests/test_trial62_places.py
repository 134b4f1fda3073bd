"""Re-trial 62's places, on texts written for the tests, with negatives: a small town
taken by its name alone abroad ("Bambui" is a town of Brazil) is read in its report's
country where the report's cities and regions lie in another (Bamenda, Cameroon); a
hospital named with its town ("Bamenda Regional Hospital") lies in the town; and a
French sentence that ties its report's attack to an earlier one ("Cette attaque survient
quatre jours après le massacre de ...") does not take the report's lead town for the
earlier one's figure, which joined two massacres of one week."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claims_in
from tests.test_match_country import load, relations
from workbench.extract.other_event import tells_another_event
from workbench.geo.resolve import resolve
from workbench.service.places import gazetteer, placed


def _placed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = placed(claims_in(text))
    return [(c.location, c.country, c.place.name if c.place else None) for c in claims]


def test_a_small_namesake_abroad_is_read_in_the_reports_country() -> None:
    text = (
        "Separatists killed four soldiers near Bambui on Friday.\n\n"
        "Two soldiers died at the Bamenda Regional Hospital, a military source said.\n"
    )
    assert _placed(text) == [
        ("near Bambui", "Cameroon", None),
        ("Bamenda Regional Hospital", "Cameroon", "Bamenda"),
    ]


def test_a_small_town_stays_where_the_report_names_no_other_country() -> None:
    # alone, "Bambui" is the one town of that name the gazetteer holds
    assert _placed("Gunmen killed four people near Bambui on Friday.\n") == [
        ("near Bambui", "Brazil", "Bambuí")
    ]


def test_a_city_abroad_is_not_read_again() -> None:
    # a city of 100,000 people is named by its name alone, wherever the report's others lie
    text = (
        "A drone strike killed six people in Bamenda on Monday.\n\n"
        "Three were wounded in Kaduna the same day.\n"
    )
    assert [country for _, country, _ in _placed(text)] == ["Cameroon", "Nigeria"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Bamenda Regional Hospital", "Bamenda"),
        ("the Kaduna General Hospital", "Kaduna"),
        ("Kano Central Mosque", "Kano"),
    ],
)
def test_a_site_named_with_its_town_lies_in_the_town(phrase: str, name: str) -> None:
    found = resolve(phrase, None, gazetteer())
    assert found is not None and found.place.name == name


def test_a_site_word_alone_names_no_place() -> None:
    assert resolve("Regional Hospital", None, gazetteer()) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cette attaque survient quatre jours après le massacre de Bois-Neuf.", True),
        ("L'embuscade intervient deux jours après l'attaque de Kalemba.", True),
        ("Cette tuerie fait suite à l'attaque du camp de Bulengo.", True),
        ("The raid came two days after a bomb killed nine in the market.", True),
        # the report's own event told after a time, and arrivals: no other event
        ("Deux jours après l'attaque, le bilan est passé à douze morts.", False),
        ("Les secours sont intervenus sur les lieux de l'attaque.", False),
        ("Il est arrivé après minuit.", False),
    ],
)
def test_a_sentence_tying_its_event_to_another(sentence: str, expected: bool) -> None:
    assert tells_another_event(sentence) is expected


RADIO = (
    "SAINT-MARC - Au moins 20 personnes ont été tuées samedi à Lapierre, près de Saint-Marc,"
    " selon le maire.\n\n"
    "Cette attaque survient quatre jours après le massacre de Bois-Neuf, à Cité Soleil,"
    " qui a fait au moins 38 morts selon les Nations unies.\n"
)
WIRE = (
    "SAINT-MARC, Haiti, Nov 8 - Gunmen killed at least 38 people in a raid on Lapierre on"
    " Saturday, local officials said.\n"
)


def test_an_earlier_massacre_told_as_background_takes_no_lead_town(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", RADIO, "2026-11-08"), ("", WIRE, "2026-11-08"))
    background = {c.id for c in bench.claims() if c.location == "Cité Soleil"}
    linked = {i for link in bench.links() for i in (link.a_id, link.b_id)}
    assert background and not background & linked
    # the report's own toll still meets the wire's
    assert [r for r, _ in relations(bench)] == ["corroborates"]
