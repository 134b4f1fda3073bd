"""French voices and flight read in trial 63's Congolese inbox, each fixed in general:
a time after the verb of saying is no voice ("a annoncé ce mercredi que"), a dateline is
not the start of a voice, a toll held to ("maintiennent de leur côté un bilan de",
"a maintenu le chiffre de") is its holder's, and people who left a camp are displaced.
Sentences written for these tests (published Wednesday 11 November 2026), with
negatives."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims


def _voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims(text, "fr")]


def test_a_time_after_the_verb_of_saying_is_no_voice() -> None:
    text = (
        "Le maire de Beni, Paul Kasereka, a annoncé ce mardi que sept civils ont été tués"
        " dans le village de Kalemba."
    )
    assert _voices(text) == ["Le maire de Beni, Paul Kasereka"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("« Il y a sept morts », a déclaré mardi Paul Kasereka.", "Paul Kasereka"),
        ("« Il y a sept morts », a indiqué ce matin la police.", "la police"),
    ],
)
def test_a_voice_after_its_time_is_still_read(text: str, voice: str) -> None:
    assert _voices(text) == [voice]


def test_a_dateline_is_not_the_start_of_a_voice() -> None:
    text = (
        "Beni, le 10 novembre 2026 – La coordination de la société civile affirme que"
        " l'attaque de Kalemba a fait sept morts."
    )
    assert _voices(text) == ["La coordination de la société civile"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Joint par téléphone, le maire a maintenu le chiffre de sept morts.", "le maire"),
        (
            "Le calme est revenu. La police maintient pour sa part un bilan de sept morts.",
            "La police",
        ),
    ],
)
def test_a_toll_held_to_is_its_holders(text: str, voice: str) -> None:
    assert _voices(text) == [voice]


def test_a_toll_held_to_by_no_one_named_has_no_voice() -> None:
    assert _voices("Le chiffre de sept morts a été maintenu.") == [None]


def test_people_who_left_a_camp_are_displaced() -> None:
    found = claims("Près de 3 000 personnes ont quitté le camp de Kanyaruchinya.", "fr")
    assert [c.category.value for c in found] == ["displaced"]


def test_soldiers_who_left_their_camp_are_not_displaced() -> None:
    found = claims("Les 300 soldats ont quitté le camp militaire de Rumangabo.", "fr")
    assert "displaced" not in [c.category.value for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Des membres du gang 400 Mawozo ont commencé à fuir la commune.",
        "Des membres de l'organisation criminelle 400 Mawozo ont été arrêtés.",
    ],
)
def test_a_number_in_a_gangs_name_counts_no_one(text: str) -> None:
    # french-q study: "400 Mawozo" read as 400 people fleeing or arrested
    assert [c.value for c in claims(text, "fr")] == []


def test_a_gang_still_counts_its_victims() -> None:
    assert [c.value for c in claims("Le gang a tué 12 personnes à Tabarre.", "fr")] == [12]


def test_a_place_in_what_a_titled_voice_says_is_where_it_happened() -> None:
    text = (
        "Le maire affirme que l'attaque du camp de Kanyaruchinya a fait sept morts.\n\n"
        "« Il y a aussi douze blessés », a-t-il ajouté."
    )
    assert [c.location for c in claims(text, "fr")] == ["Kanyaruchinya", "Kanyaruchinya"]


def test_a_place_in_a_title_gives_way_to_the_scene() -> None:
    text = "Le maire de Kanyaruchinya a annoncé que sept civils ont été tués à Rugari."
    assert [c.location for c in claims(text, "fr")] == ["Rugari"]


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont attaqué le camp de Kanyaruchinya. Il y a 19 blessés soignés à"
        " Rugari.",
        "Des hommes armés ont attaqué le camp de Kanyaruchinya. Les corps ont été déposés à la"
        " morgue de Rugari. Le maire a maintenu le chiffre de neuf morts.",
    ],
)
def test_where_the_hurt_are_treated_or_the_dead_laid_is_no_scene(text: str) -> None:
    assert [c.location for c in claims(text, "fr")] == ["Kanyaruchinya"]


def test_the_voice_of_what_was_relayed_is_its_relayer() -> None:
    # french-q study: the voice was "les informations relayées par ..."
    text = "Selon les informations relayées par la radio communautaire, sept civils ont été tués."
    assert _voices(text) == ["la radio communautaire"]


def test_the_clash_a_toll_is_of_is_no_voice() -> None:
    # french-q study: "c'est le bilan d'un affrontement dans ..." gave the clash as voice
    text = "Sept morts, c'est le bilan d'un affrontement dans le village de Kalemba."
    assert _voices(text) == [None]


def test_a_toll_reported_on_a_day_is_dated_by_the_attack() -> None:
    # trial 63: "Un bilan provisoire faisait état mercredi de sept morts" dated the toll
    # by the day of the report, not the attack's night told after it
    text = (
        "Un bilan provisoire faisait état mercredi de sept morts.\n\n"
        "Des hommes armés ont attaqué le camp dans la nuit du 8 au 9 novembre.\n"
    )
    assert [c.date for c in claims(text, "fr")] == ["2026-11-08/2026-11-09"]
