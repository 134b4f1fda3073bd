"""A file whose paragraphs switch between English and French (a press review, a
pasted digest) is read paragraph by paragraph in each one's language, with one
warning: a trial's digest was read as French throughout and its English reports
gave no claims, unsaid. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.ingest.readers import in_language
from workbench.models import SourceDocument

ENGLISH = (
    "Gunmen killed 14 fishermen in an attack on the village of Kalom on the shores of"
    " the lake on Tuesday, the prefect of the region said in a statement to reporters."
)
FRENCH = (
    "Au moins vingt soldats ont été tués dans une attaque contre une base de l'armée à"
    " Doumbé dans la nuit de lundi à mardi, selon une source sécuritaire qui a requis"
    " l'anonymat. Les assaillants sont arrivés à bord de pirogues."
)


def _read(text: str) -> SourceDocument:
    doc = in_language(document_from_text("digest.txt", text), None)
    return doc.model_copy(update={"published": dt.date(2025, 3, 5)})


def test_each_paragraph_of_a_digest_is_read_in_its_own_language() -> None:
    later = FRENCH.replace("vingt soldats", "sept civils").replace("Doumbé", "Kinasserom")
    doc = _read(f"Revue de presse\n\n{FRENCH}\n\n{ENGLISH}\n\n{later}\n")
    assert doc.language == "fr"
    assert [b.language for b in doc.blocks] == [None, None, "en", None]
    assert any("paragraphs in English" in w for w in doc.warnings)
    killed = sorted(c.low for c in extract_claims(doc) if c.category == "killed")
    assert killed == [7, 14, 20]


def test_a_quote_in_the_other_language_moves_no_paragraph() -> None:
    quoted = (
        "Selon le gouverneur de la province, « the attackers came by boat », et le bilan"
        " provisoire fait état de douze morts parmi les civils dans la localité de Doumbé."
    )
    doc = _read(f"{FRENCH}\n\n{quoted}\n")
    assert all(b.language is None for b in doc.blocks)
    assert not any("paragraphs in" in w for w in doc.warnings)


def test_a_document_in_one_language_is_left_as_it_is() -> None:
    for text in (f"{ENGLISH}\n\n{ENGLISH}\n", f"{FRENCH}\n\n{FRENCH}\n"):
        doc = _read(text)
        assert all(b.language is None for b in doc.blocks)
        assert not any("paragraphs in" in w for w in doc.warnings)


def test_a_language_the_analyst_gave_holds_for_every_paragraph() -> None:
    text = f"Revue de presse\n\n{FRENCH}\n\n{ENGLISH}\n"
    doc = in_language(document_from_text("digest.txt", text), "fr")
    assert all(b.language is None for b in doc.blocks)
    assert not any("paragraphs in" in w for w in doc.warnings)


def test_a_short_news_line_in_the_other_language_is_read_in_it() -> None:
    """Trial 55: a French page's short English lines ("Gunmen killed 19 soldiers in an
    ambush near X, police said Tuesday.") hold few of the commonest words, and their
    claims were dropped with no warning."""
    line = "Gunmen killed 17 herders in an ambush near Kalom, police said Tuesday."
    doc = _read(f"{FRENCH}\n\n{line}\n\n{FRENCH}\n")
    assert [b.language for b in doc.blocks] == [None, "en", None]
    assert 17 in [c.low for c in extract_claims(doc)]


def test_a_short_french_line_with_a_name_stays_french() -> None:
    line = "Le chef du village de Kalom a été tué dans la nuit, selon la police."
    doc = _read(f"{FRENCH}\n\n{line}\n")
    assert all(b.language is None for b in doc.blocks)
