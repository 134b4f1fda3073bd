"""French voices from session 51's sorting of the French study halves' misses (issue
18): a subject with two asides before its verb of saying ("Un témoin, qui n'a donné
que son prénom, Abayomi, a déclaré"), and a verb of saying before a colon that opens
the quotation. Sentences written for the tests, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    """The claims of a French document published in June 2022."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2022, 6, 6)}
    )
    return list(extract_claims(doc))


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Un infirmier, qui a requis l'anonymat, Moussa, a affirmé à l'AFP qu'au moins "
            "14 blessés avaient été admis.",
            "infirmier",
        ),
        (
            "Un habitant, Jean Kabila, a déclaré : « Nous avons compté neuf corps », "
            "ajoutant que d'autres étaient portés disparus.",
            "Jean Kabila",
        ),
        ("Le préfet, joint au téléphone, a déclaré : « Sept civils ont été tués. »", "préfet"),
    ],
)
def test_a_voice_before_asides_or_a_colon_speaks_for_its_figures(text, voice):
    found = claims(text)
    assert found and all(voice in (c.attribution or "") for c in found)


def test_asides_before_a_verb_that_says_nothing_give_no_voice():
    """ "Un soldat, blessé au bras, Ali, a été évacué": no verb of saying after the
    asides, so the figures keep no voice from them."""
    found = claims("Un soldat, blessé au bras, Ali, a été évacué et 12 civils ont été tués.")
    assert found and all("soldat" not in (c.attribution or "") for c in found)


def test_the_agent_of_a_participle_before_the_asides_is_no_voice():
    """ "Joint par l'AFP, le porte-parole, X, a confirmé": the spokesman speaks, not the
    agency that reached him."""
    (claim,) = claims(
        "Joint par l'AFP, le porte-parole de la police, Ali Diallo, a confirmé onze morts."
    )
    assert "AFP" not in (claim.attribution or "")
    assert "porte-parole" in (claim.attribution or "")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Vingt soldats ont été tués, rapporte la presse publique ce mardi, citant des "
            "chiffres communiqués par le porte-parole de l'armée.",
            "le porte-parole de l'armée",
        ),
        (
            "Vingt soldats ont été tués, rapporte la radio, citant le gouverneur.",
            "le gouverneur",
        ),
    ],
)
def test_a_medium_citing_figures_given_by_someone_records_the_origin(text, origin):
    """The medium is the voice (a relay), whom it cites the origin, as in English."""
    (claim,) = claims(text)
    assert claim.origin == origin


def test_a_compass_word_that_bears_on_a_place_is_no_place():
    """ "au Sud et à l'Ouest du chef-lieu": a bearing of the province's capital, not a
    place called Sud; the province named before stays the place."""
    text = (
        "L'armée a lancé une offensive dans la province de Kirkouk. L'assaut a été lancé "
        "au Sud et à l'Ouest du chef-lieu de la province. Dix soldats ont été tués."
    )
    (claim,) = claims(text)
    assert "Kirkouk" in (claim.location or "")


def test_a_part_of_the_country_named_by_its_compass_word_stays():
    (claim,) = claims("Deux soldats ont été tués dans le Nord du pays.")
    assert "Nord" in (claim.location or "")


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Des hommes armés massacrent 20 civils à Beni.", 20),
        ("Des jihadistes assassinent 3 enseignants à Mora.", 3),
        ("Des bandits abattent 5 bergers près de Bossangoa.", 5),
        ("Haïti : des membres d'un gang massacrent plusieurs dizaines de civils.", 30),
    ],
)
def test_a_killing_in_the_present_of_a_headline(text, low):
    (claim,) = claims(text)
    assert claim.category.value == "killed" and claim.low == low


def test_a_massacre_named_as_a_noun_is_still_read():
    (claim,) = claims("Le massacre de 20 civils à Beni a choqué le pays.")
    assert claim.value == 20


@pytest.mark.parametrize(
    "text",
    [
        "Quatre passagers sont morts dans un accident de la circulation près de Garoua.",
        "Deux enfants sont décédés du choléra dans le camp de Kakuma.",
    ],
)
def test_deaths_of_an_accident_or_an_illness_are_no_claims(text):
    assert not [c for c in claims(text) if c.category.value == "killed"]


def test_an_attacks_dead_beside_an_accidents_stay():
    found = claims(
        "Trois soldats ont été tués dans l'attaque et cinq autres sont morts dans un "
        "accident de la circulation."
    )
    assert [(c.category.value, c.value) for c in found] == [("killed", 3)]


def test_deaths_by_a_weapon_near_an_accident_stay():
    (claim,) = claims("Deux soldats ont été tués dans un accident causé par une mine.")
    assert claim.value == 2


def test_what_a_voice_confirms_is_no_voice():
    """ "X, coordonnateur de la CRDH, confirme l'ampleur du carnage. Selon lui, ...":
    the carnage is what is confirmed, and "lui" is the coordinator."""
    found = claims(
        "Jean Mbala, coordonnateur de l'ONG, confirme l'ampleur du carnage. Selon lui, "
        "15 civils ont été exécutés."
    )
    assert [c.attribution for c in found] == ["Jean Mbala"]


def test_a_teller_named_after_confirme_is_still_the_voice():
    (claim,) = claims("Douze civils ont été tués, confirme le maire de la commune.")
    assert "maire" in (claim.attribution or "")
