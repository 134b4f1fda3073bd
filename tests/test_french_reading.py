"""French documents read whole (issue 18): language at ingest, voices, places,
dates and doubt, and a French and an English report of one invented ambush
meeting in one event. Every text is written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.dates import find_dates, find_published
from workbench.extract.french.doubt import hedged
from workbench.extract.french.places import find_places
from workbench.extract.french.voices import find_speakers
from workbench.ingest import document_from_text, read_source
from workbench.service.workbench import Workbench

_AMBUSH_FR = """Tchad : vingt-quatre soldats tués dans une embuscade près de Bol

N'DJAMENA, 12 mars 2024 — Vingt-quatre soldats tchadiens ont été tués lundi dans une \
embuscade tendue par des jihadistes près de Bol, selon une source sécuritaire. Une \
dizaine d'assaillants ont été neutralisés, a indiqué le porte-parole de l'armée. \
D'après des habitants, au moins trente civils auraient été blessés.
"""
_AMBUSH_EN = """Chad army says three soldiers died in ambush near Bol

N'DJAMENA, March 12, 2024 - Three Chadian soldiers were killed on Monday when jihadists \
ambushed a patrol near Bol, the army spokesman said.
"""


def _french(text: str, published: dt.date | None = dt.date(2024, 3, 12)):
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": published}
    )
    return extract_claims(doc)


def test_a_french_report_gives_figure_voice_place_date_and_doubt():
    claims = _french(_AMBUSH_FR)
    by_text = {c.text: c for c in claims}
    soldiers = by_text["Vingt-quatre soldats tchadiens ont été tués"]
    assert (soldiers.category.value, soldiers.value, soldiers.unit) == ("killed", 24, "military")
    assert soldiers.attribution == "une source sécuritaire"
    assert soldiers.location == "près de Bol"
    assert soldiers.date == "2024-03-11"  # "lundi", before the dateline's Tuesday
    assert not soldiers.hedged
    attackers = by_text["Une dizaine d'assaillants ont été neutralisés"]
    assert (attackers.low, attackers.high, attackers.unit) == (8, 12, "armed_group")
    assert attackers.attribution == "le porte-parole de l'armée"
    civilians = by_text["au moins trente civils auraient été blessés"]
    assert (civilians.category.value, civilians.low, civilians.hedged) == ("wounded", 30, True)
    assert civilians.attribution == "des habitants"


def test_an_english_document_is_read_as_before_whatever_its_words():
    text = "Gunmen killed 12 villagers near Gao on Monday, officials said."
    english = extract_claims(document_from_text("en.txt", text))
    assert [(c.value, c.attribution) for c in english] == [(12, "officials")]
    assert _french(text) == []  # French words find nothing in English


@pytest.mark.parametrize(
    ("text", "voice", "doubts"),
    [
        ("Selon l'armée, 12 soldats ont été tués.", "l'armée", False),
        ("12 morts, a déclaré le ministre de la Défense.", "le ministre de la Défense", False),
        ("De source sécuritaire, 12 soldats ont été tués.", "source sécuritaire", False),
        ("Les rebelles affirment avoir tué 40 soldats.", "Les rebelles", True),
    ],
)
def test_french_voices(text, voice, doubts):
    speakers = find_speakers(text, 0, len(text))
    assert [s.name for s in speakers] == [voice]
    assert speakers[0].hedging is doubts


def test_the_conditional_marks_an_unconfirmed_toll():
    assert hedged("Douze soldats auraient été tués.", 0, 32)
    assert hedged("L'attaque aurait fait 12 morts.", 0, 31)
    assert not hedged("Douze soldats ont été tués.", 0, 27)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Douze soldats ont été tués au nord de Kidal.", ["au nord de Kidal"]),
        ("Des combats entre Douentza et Gao ont fait 12 morts.", ["entre Douentza et Gao"]),
        ("Au Tchad, 17 soldats ont été blessés.", ["Tchad"]),
        ("Une attaque dans le cercle de Bourem a fait 5 morts.", ["le cercle de Bourem"]),
        (
            "Haïti : 30 morts dans un quartier de Port-au-Prince.",
            ["Haïti", "un quartier de Port-au-Prince"],
        ),
        # negative: a person after "à" or "selon" is no place
        ("Le ministre a rendu hommage à Mme Traoré.", []),
        ("Selon Ali Diallo, rien.", []),
    ],
)
def test_french_places(text, places):
    assert [p.name for p in find_places(text, 0, len(text))] == places


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("mardi", "2024-03-12"),
        ("dans la nuit de samedi à dimanche", "2024-03-09/2024-03-10"),
        ("le 3 mars dernier", "2024-03-03"),
        ("début mars", "2024-03-01/2024-03-10"),
        ("en juin 2021", "2021-06"),
        ("il y a deux jours", "2024-03-10"),
    ],
)
def test_french_dates_resolve_against_the_publication(text, iso):
    found = find_dates(text, dt.date(2024, 3, 12), 0, len(text))
    assert [d.iso for d in found] == [iso]


def test_a_french_dateline_dates_the_article():
    assert find_published("N'DJAMENA, 12 mars 2024 — Des soldats...") == dt.date(2024, 3, 12)
    assert find_published("Publié le 1er avril 2023 à 10h\n\nTexte.") == dt.date(2023, 4, 1)
    assert (
        find_published("Le 12 mars 2024, des soldats ont été tués dans une longue phrase " * 3)
        is None
    )
    assert find_published("Lundi 12 mars 2024 à 10h30\n\nTexte.") == dt.date(2024, 3, 12)
    assert find_published("Bilan\n\nMis à jour le 3 juin 2024 à 18h05 par la rédaction\n") == (
        dt.date(2024, 6, 3)
    )


def test_a_short_sentence_dating_its_incident_does_not_date_the_article():
    """A trial's report opened on "Selon une source locale, 38 civils ont été tués le
    28 mars 2025 près de Diffa ...": its publication date became the incident's."""
    text = (
        "Bilan des violences\n\n"
        "Selon une source locale, 38 civils ont été tués le 28 mars 2025 près de Diffa.\n"
    )
    assert find_published(text) is None


def test_ingest_detects_french_and_warns_of_a_language_it_cannot_read(tmp_path: Path):
    french = tmp_path / "fr.txt"
    french.write_text(_AMBUSH_FR, encoding="utf-8")
    spanish = tmp_path / "es.txt"
    spanish.write_text(
        "Hombres armados mataron a 24 soldados en una emboscada al norte de Kidal, según el "
        "ejército, que no dio más detalles sobre el ataque.\n",
        encoding="utf-8",
    )
    doc = read_source(french)
    assert (doc.language, doc.published, doc.warnings) == ("fr", dt.date(2024, 3, 12), [])
    other = read_source(spanish)
    assert other.language == "es"
    assert other.warnings == [
        f"{spanish}: written in Spanish (es), which Workbench does not read yet: "
        "no claims are taken from it"
    ]
    assert extract_claims(other) == []
    assert read_source(spanish, language="en").language == "en"  # the analyst's word wins


def test_a_french_and_an_english_report_of_one_ambush_dispute_in_one_event(tmp_path: Path):
    (tmp_path / "fr.txt").write_text(_AMBUSH_FR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(_AMBUSH_EN, encoding="utf-8")
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest([str(tmp_path / "fr.txt"), str(tmp_path / "en.txt")], jobs=1)
    disputes = [link for link in bench.links() if link.relation == "contradicts"]
    assert disputes, "the two tolls of one ambush must dispute"
    assert all("24 vs 3 killed" in link.reason for link in disputes)
    quoted = "the french report says 'vingt-quatre soldats"
    assert all(quoted in link.reason.lower() for link in disputes)
    # the side's English name with the English noun: not "Chadian tchadiens" (a trial)
    assert all("same subject 'Chadian soldiers'" in link.reason for link in disputes)
    bodies = {c.id for c in bench.claims() if c.section.value != "title" and c.value in (3, 24)}
    events = [e for e in bench.events() if bodies & set(e.claim_ids)]
    assert len(bodies) == 2 and len(events) == 1 and bodies <= set(events[0].claim_ids)


@pytest.mark.parametrize(
    ("text", "scope", "period"),
    [
        (
            "Depuis le début de l'année, 1 200 civils ont été tués.",
            "cumulative",
            "Depuis le début de l'année",
        ),
        (
            "Plus de 20 000 personnes ont été tuées depuis avril 2023.",
            "cumulative",
            "depuis avril 2023",
        ),
        ("Jusqu'à 100 soldats sont tués chaque jour.", "cumulative", "chaque jour"),
        # negative: one day's toll
        ("Vingt soldats ont été tués mardi près de Bol.", "incident", None),
    ],
)
def test_a_french_running_total_is_no_incident(text, scope, period):
    claims = _french(text)
    assert [(c.scope.value, c.period) for c in claims] == [(scope, period)]


def _found(text: str) -> list[tuple[str, object]]:
    """(category, low) of each claim of a French document of `text`, undated."""
    return [(c.category.value, c.low) for c in _french(text, None)]


def test_two_figures_joined_by_ou_are_a_range() -> None:
    def ranges(text: str) -> list[tuple[object, object, object]]:
        return [(c.value, c.low, c.high) for c in _french(text, None)]

    assert ranges("Sept ou huit soldats ont été tués mardi.") == [(None, 7, 8)]
    assert ranges("Entre « 10.000 et 11.000 blessés » ont été recensés.") == [(None, 10000, 11000)]
    # two days joined by "ou" are no range of the toll
    assert ranges("Le 3 ou le 4 juin, 12 personnes ont été tuées.") == [(12, 12, 12)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("L'armée a enregistré 3 pertes dans ses rangs.", [("killed", 3)]),
        ("Cinq martyrs ont été enterrés samedi à Goma.", [("killed", 5)]),
        ("Plus de 28 personnes ont été hospitalisées.", [("wounded", 28)]),
        ("Un secouriste a été tué dans la frappe.", [("killed", 1)]),
        # losses of no one counted, and things
        ("Les pertes matérielles sont lourdes.", []),
        ("Le conflit a causé d'énormes pertes humaines.", []),
    ],
)
def test_a_side_s_losses_martyrs_and_the_hospitalised(sentence, found) -> None:
    assert _found(sentence) == found


def test_two_nouns_joined_count_together() -> None:
    assert _found("Quarante miliciens et terroristes ont été capturés.") == [("arrested", 40)]
    assert _found("Vingt-six policiers et militaires ont été blessés.") == [("wounded", 26)]
    # a second figure is a second count
    assert _found("Douze soldats et trois civils ont été tués.") == [("killed", 12), ("killed", 3)]


def test_a_verb_s_infinitive_participle_and_present_tell_its_fate() -> None:
    assert _found("Les soldats ont réussi à capturer 15 miliciens.") == [("arrested", 15)]
    assert _found("L'armée a tué trois assaillants, capturant deux autres.") == [
        ("killed", 3),
        ("arrested", 2),
    ]
    assert _found("Des assaillants égorgent neuf bergers près de Goré.") == [("killed", 9)]
    # the capture of a town counts no one
    assert _found("La capture de Goma a eu lieu en 2012.") == []
