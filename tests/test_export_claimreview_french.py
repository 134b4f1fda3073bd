"""A French report's voices in ClaimReview: "le gouvernement", "L'armée sénégalaise"
and "la Croix-Rouge" were each given '@type': 'Person' (the words that make an
Organization were English only, and "l'armée" was one word with its article); a
minister stays a Person. Real reports loaded into a real
database in tmp_path, judged and exported through the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import claimreview_authors

REPORT = (
    "Dakar, 4 mars 2026 (APS) - Le gouvernement a annoncé mardi que l'attaque de dimanche"
    " contre le village de Bouteme avait fait 12 morts.\n\n"
    "L'armée sénégalaise a fait état de 12 civils tués.\n\n"
    "Selon la Croix-Rouge, près de 2 000 personnes ont fui leurs villages.\n\n"
    "Le ministre de l'Intérieur a précisé que 25 personnes ont été interpellées.\n"
)


def test_french_institutions_are_organizations_in_claimreview(tmp_path: Path) -> None:
    authors = claimreview_authors(tmp_path, REPORT)
    for body in ("gouvernement", "armée sénégalaise", "Croix-Rouge"):
        [kind] = [kind for name, kind in authors.items() if body in name]
        assert kind == "Organization", (body, authors)
    [minister] = [kind for name, kind in authors.items() if "ministre" in name]
    assert minister == "Person", authors
