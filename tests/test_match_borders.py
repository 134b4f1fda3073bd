"""Two reports that put one attack at one border, in any words or language ("near the
Sudan border", "près de la frontière avec le Soudan", both in Chad), meet there as in
one region; another border, or the same border seen from the other side, does not.
A trial's two reports of one drone strike on a camp stayed two events. Reports
written for the tests, through the real service and a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.service import Workbench

# each report names its country in its headline, and the border as its only place
_ENGLISH = (
    "Chad: three soldiers killed {where}\n\nA drone strike killed three Chadian soldiers at "
    "an army post {where} on Thursday, a security source said.\n"
)
_FRENCH = (
    "Tchad : trois soldats tués {where}\n\nTrois soldats tchadiens ont été tués jeudi dans "
    "une frappe de drone contre un poste de l'armée {where}.\n"
)


def links(tmp_path: Path, first: str, second: str, first_text: str = _ENGLISH) -> list[str]:
    """The relations between two reports' killed claims: the first told at `first`
    (by default in English), the second in French at `second`."""
    bench = Workbench(str(tmp_path / "claims.db"))
    for name, text in (("a", first_text.format(where=first)), ("b", _FRENCH.format(where=second))):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {name}", "published": "2025-03-14"}
        (tmp_path / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    bench.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], jobs=1)
    killed = {c.id: c for c in bench.claims() if c.category == "killed"}
    return sorted(
        {
            link.relation
            for c in killed.values()
            for link in bench.links(c.id)
            if link.a.document_id != link.b.document_id
        }
    )


def test_one_border_in_two_languages_is_one_place(tmp_path):
    found = links(tmp_path, "near the Sudan border", "près de la frontière avec le Soudan")
    assert found == ["corroborates"]


def test_two_borders_of_one_country_are_two_places(tmp_path):
    """Two French reports of the same day and toll, one at the border with Libya, one
    at the border with Sudan: once "same place 'près de la frontière avec la Libye'"."""
    found = links(
        tmp_path,
        "près de la frontière avec la Libye",
        "près de la frontière avec le Soudan",
        first_text=_FRENCH,
    )
    assert found == []
