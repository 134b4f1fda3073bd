"""The outlet a line under the title names with a place or a word of publishing before
its date (trial 78: "RFI, publié le 23/11/2026" and "Radio Kassoumay FM, Ziguinchor, 21
novembre 2026" named no outlet, and the claims went to a voice named after the
headline). A letter's place and date stay no outlet."""

from __future__ import annotations

import pytest

from workbench.ingest import document_from_text

BODY = "\n\nCinq personnes ont été tuées mardi à Ndjaména, selon la police.\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("RFI, publié le 23/11/2026", "RFI"),
        ("Radio Ndarason, Ndjaména, 21 novembre 2026", "Radio Ndarason"),
        ("Le Pays, mis à jour le 2 mai 2026", "Le Pays"),
        ("Daily Trust, updated on May 2, 2026", "Daily Trust"),
        ("Foroyaa, Banjul, 23/11/2026", "Foroyaa"),
        # negatives: a place and a date, a weekday, a letter's place with its country
        ("Abéché, le 3 décembre 2026", None),
        ("Mardi, publié le 23/11/2026", None),
        ("Dakar, Sénégal, 21 novembre 2026", None),
    ],
)
def test_an_outlet_line_with_a_place_or_a_word_of_publishing(line, outlet):
    text = f"Tchad : cinq morts dans une attaque\n\n{line}{BODY}"
    assert document_from_text("t.txt", text).outlet == outlet
