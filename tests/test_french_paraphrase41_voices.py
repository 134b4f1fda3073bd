"""French places and voices said otherwise (issue 18, session fr41): the place an
official's title names, read as the claim's place only where its sentence names no
other. Sentences written for the tests, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def claims(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, place, voice) of each claim of a French document."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2021, 3, 20)}
    )
    return [(doc.text[c.start : c.end], c.location, c.attribution) for c in extract_claims(doc)]


def place_of(text: str, figure: str) -> str | None:
    for words, place, _ in claims(text):
        if figure.lower() in words.lower():
            return place
    raise AssertionError(f"no claim holds {figure!r}")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Selon le maire de Kaga-Bandoro, six civils ont été tués jeudi.",
            "six civils",
            "Kaga-Bandoro",
        ),
        (
            "Le préfet du Mayo-Danay a indiqué que neuf civils avaient été tués dimanche.",
            "neuf civils",
            "Mayo-Danay",
        ),
        (
            "Vingt civils ont été tués mardi, a indiqué le gouverneur du Sud-Kivu.",
            "Vingt civils",
            "Sud-Kivu",
        ),
        (
            "Le bourgmestre de Rumonge a annoncé la mort de trois personnes.",
            "trois personnes",
            "Rumonge",
        ),
    ],
)
def test_an_officials_place_where_no_other_is_named(text: str, figure: str, place: str) -> None:
    assert place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # another place named: it is the claim's
        (
            "Neuf soldats ont été tués à Touboro, selon le maire de Garoua.",
            "Neuf soldats",
            "Touboro",
        ),
        (
            "Vingt civils ont été tués mardi à Minembwe, a indiqué le gouverneur du Sud-Kivu.",
            "Vingt civils",
            "Minembwe",
        ),
    ],
)
def test_an_officials_place_gives_way(text: str, figure: str, place: str) -> None:
    assert place_of(text, figure) == place


def test_a_title_that_is_no_office_of_a_place_names_none() -> None:
    got = place_of(
        "Le président du Front populaire a affirmé que douze rebelles avaient été tués.",
        "douze rebelles",
    )
    assert got is None or "Front" not in got


def test_an_officials_place_is_not_carried() -> None:
    """The title's place says whom the official speaks for: the sentence after it,
    naming no place, does not take it."""
    text = (
        "Des combats ont eu lieu mardi à Minembwe. Le gouverneur du Sud-Kivu a visité "
        "la ville. Vingt civils ont été tués, selon des sources locales."
    )
    assert place_of(text, "Vingt civils") == "Minembwe"


def test_a_voice_told_to_an_agency_in_a_town() -> None:
    text = "Neuf civils ont été tués à Touboro, a indiqué à l'AFP à Garoua un responsable local."
    [(_, place, voice)] = claims(text)
    assert place == "Touboro"
    assert voice is not None and "responsable local" in voice


@pytest.mark.parametrize(
    "text",
    [
        "Un officier a déclaré mardi que neuf soldats avaient été tués à Touboro.",
        "Un officier a confié sous couvert d'anonymat que neuf soldats avaient été tués.",
        "Un gendarme a indiqué à l'AFP que neuf soldats avaient été tués.",
    ],
)
def test_the_one_who_tells_is_no_victim(text: str) -> None:
    """ "Un officier a déclaré mardi que ... tués": one claim, nine soldiers, told by the
    officer; the officer is not one killed, whatever stands between the verb and "que"."""
    found = claims(text)
    assert len(found) == 1, found
    words, _, voice = found[0]
    assert words.startswith("neuf soldats")
    assert voice is not None and voice.lower().startswith("un ")


def test_one_killed_then_a_voice_that_adds() -> None:
    text = (
        "Un soldat a été tué, a indiqué mardi l'armée, qui a précisé que deux autres "
        "étaient blessés."
    )
    assert [w for w, _, _ in claims(text)] == ["Un soldat a été tué", "deux autres étaient blessés"]
