"""Kinds found by the fresh analyst's trial of session 56: a story's country taken
from a last paragraph that tells another incident ("Separately, in Mali's ..."); a
place the gazetteer lacks in a sentence that names its country's division; and a
place the analyst corrects, naming its country, kept in the country the document was
put in. Texts written for these tests; real databases in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claims_in
from workbench.service import ClaimFilter, Metadata, Workbench

IVORIAN = (
    "The death toll from Sunday's attack in the Savanes region of northern Ivory Coast has "
    "risen to 31, a rights group said.\n\n"
    "The government said 17 people had died in the raid on Kafolo.\n\n"
    "Separately, in Mali's Ménaka region, an attack on a market in Tessit killed more than "
    "40 civilians on Tuesday."
)


def test_a_paragraph_of_another_incident_does_not_set_the_storys_country() -> None:
    countries = {c.value: c.country for c in claims_in(IVORIAN)}
    assert countries == {31: "Ivory Coast", 17: "Ivory Coast", 40: "Mali"}


def test_the_only_country_named_still_sets_it() -> None:
    text = "Separately, gunmen killed 12 people in a village of northern Mali on Monday."
    assert [c.country for c in claims_in(text)] == ["Mali"]


def test_a_town_in_passing_gives_no_country() -> None:
    text = "Gunmen killed 12 people in Kafolo in Ivory Coast. Talks went on in Bamako, Mali."
    assert [c.country for c in claims_in(text)] == ["Ivory Coast"]


def test_a_corrected_place_naming_its_country_moves_the_claim(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "Gunmen killed 12 villagers in Kafolo on Monday, Malian officials said. Mali has "
        "seen many such attacks.\n",
        encoding="utf-8",
    )
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    bench.ingest([str(report)], Metadata(published="2025-03-05"), jobs=1)
    [claim] = bench.claims()
    assert claim.country == "Mali"
    bench.correct_claim(claim.id, {"place": "Kafolo, Savanes, Côte d'Ivoire"})
    again = Workbench(str(tmp_path / "claims.db")).claim(claim.id)
    assert (again.location, again.country) == ("Kafolo, Savanes, Côte d'Ivoire", "Ivory Coast")


def test_a_corrected_place_naming_no_country_keeps_the_claims(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Gunmen killed 12 villagers in Gao, Mali, on Monday.\n", encoding="utf-8")
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    bench.ingest([str(report)], Metadata(published="2025-03-05"), jobs=1)
    [claim] = bench.claims()
    bench.correct_claim(claim.id, {"place": "Ansongo"})
    assert Workbench(str(tmp_path / "claims.db")).claim(claim.id).country == "Mali"


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # a story or a toll called exaggerated is denied
        ('A spokesman said reports of 31 dead were "exaggerated and unverified".', [True]),
        ("Officials said the toll of 31 was exaggerated.", [True]),
        ("The army denied that 30 people were killed in Kwaya.", [True]),
        # "denied that" denies what follows it, in its own sentence only
        (
            "The ministry put the toll at 5 soldiers and denied that any civilians had died. "
            "Scores were wounded, according to a nurse.",
            [False, False],
        ),
        # a story called false still doubts the next sentence's figure
        ("The report is false. It said 30 people were killed.", [True]),
        ("The death toll of 31 was confirmed by the hospital.", [False]),
    ],
)
def test_what_a_denial_reaches(text: str, denied: list[bool]) -> None:
    assert [c.denies for c in claims_in(text)] == denied


def test_a_voices_revision_of_its_own_first_count_contradicts_and_flags_it(
    tmp_path: Path,
) -> None:
    """Trial 56: the mayor's '14 bodies' (in a report that also says 'at least 14
    people') and, days on, the mayor's toll 'revised ... to 27 dead ... Earlier he
    had counted 14 bodies' were linked as one statement restated; the confirmed 14
    was not flagged."""
    first = tmp_path / "a.txt"
    first.write_text(
        "Gunmen attacked the village of Kafolo on Sunday, killing at least 14 people, a "
        'local official said. "We have counted 14 bodies so far," the mayor of the '
        "commune said.\n",
        encoding="utf-8",
    )
    later = tmp_path / "b.txt"
    later.write_text(
        "Authorities on Saturday revised the toll from last Sunday's attack on the village "
        "of Kafolo to 27 dead, the mayor of the commune said. Earlier he had counted 14 "
        "bodies.\n",
        encoding="utf-8",
    )
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    bench.ingest([str(first)], Metadata(published="2025-03-03", outlet="Wire"), jobs=1)
    [counted] = [c for c in bench.claims() if c.subject == "bodies"]
    bench.set_verdict(counted.id, "confirmed")
    bench.ingest([str(later)], Metadata(published="2025-03-08", outlet="Wire"), jobs=1)
    revised = [
        link
        for link in bench.links()
        if counted.id in (link.a.id, link.b.id) and 27 in (link.a.low, link.b.low)
    ]
    assert [link.relation for link in revised] == ["contradicts"]
    assert [c.id for c in bench.claims(ClaimFilter(stale=True))] == [counted.id]
