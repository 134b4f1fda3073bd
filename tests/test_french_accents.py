"""A French page typed without accents is read with them (extract/french/accents.py):
its figures are found as on an accented page, and every quote stays as the page has
it. Pages with accents, and short lines, are read as before. Texts written for the
tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbench.extract import extract_claims
from workbench.extract.french.accents import accentless, with_accents
from workbench.ingest import document_from_text
from workbench.models import Claim

UNACCENTED = (
    "Attaque a Mbalmayo\n\n"
    "Neuf villageois ont ete tues samedi soir dans une attaque contre le village de "
    "Ngoulemakong, a indique le prefet du departement. Quatre autres ont ete blesses "
    "et deux femmes ont ete enlevees par les assaillants, selon une source securitaire.\n"
)


def claims_in(text: str) -> list[Claim]:
    """The claims of a French document of `text`."""
    doc = document_from_text("fr.txt", text).model_copy(update={"language": "fr"})
    return extract_claims(doc)


def test_a_page_typed_without_accents_gives_its_figures() -> None:
    claims = claims_in(UNACCENTED)
    found = {(c.category.value, c.value) for c in claims}
    assert {("killed", 9), ("wounded", 4), ("kidnapped", 2)} <= found
    killed = next(c for c in claims if c.category.value == "killed")
    # the quote is the page's own words, not the accented reading
    assert "ete tues" in killed.text and "été" not in killed.sentence


def test_the_same_page_with_accents_gives_the_same_figures() -> None:
    accented = (
        UNACCENTED.replace("ete", "été")
        .replace("tues", "tués")
        .replace("blesses", "blessés")
        .replace("enlevees", "enlevées")
        .replace("securitaire", "sécuritaire")
    )
    plain = {(c.category.value, c.value) for c in claims_in(UNACCENTED)}
    assert plain and {(c.category.value, c.value) for c in claims_in(accented)} == plain


def test_pages_with_accents_and_short_lines_are_left_as_they_are() -> None:
    written = "sept personnes ont été tuées près de la frontière ; le bilan a ete revu. " * 3
    assert not accentless(written)  # a slip among accents is no page typed without
    assert not accentless("ont ete tues")  # too short to tell
    assert accentless(UNACCENTED.lower())


def test_only_known_words_get_accents_and_offsets_stay() -> None:
    folded = "la cote est sure ; ils ont ete tues pres de la cote."
    restored = with_accents(folded)
    assert len(restored) == len(folded)
    assert "ont été tués près de" in restored
    assert restored.count("cote") == 2  # côte or côté: which, the page does not say
    assert "sure" in restored  # no word of the reader's


def test_the_word_list_is_the_reader_s_own() -> None:
    tool = Path(__file__).resolve().parent.parent / "tools" / "french_accent_words.py"
    result = subprocess.run([sys.executable, str(tool), "--check"], check=False)
    assert result.returncode == 0, "run python tools/french_accent_words.py"
