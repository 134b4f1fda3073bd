"""Trial 60's events: one report's second incident ("Separately, ... 4 civilians were
killed ... on the road between Mora and Kolofata") was linked to every toll of the army
post attack and made one event with it; a report's "poste militaire de Mora" and "Mora"
tolls were two incidents apart, which split the attack into two events. Reports
written for these tests, ingested by the CLI into real SQLite files; with negatives."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.match.separate import another_incident

ARMY = (
    "MAROUA, Cameroon, 14 March 2026 - Twelve soldiers were killed when gunmen attacked an "
    "army post near Mora on Friday, the army said.\n\n"
    "Separately, a local official said 4 civilians were killed on Friday when a bomb struck "
    "a minibus on the road between Mora and Kolofata.\n"
)
MAYOR = (
    "MORA, Cameroun, 15 mars 2026 - Au moins 25 personnes ont été tuées lors de l'attaque du "
    "poste militaire de Mora vendredi, a déclaré le maire.\n\n"
    "L'armée camerounaise a fait état de 12 militaires tués à Mora.\n"
)
NGO = (
    "YAOUNDE, 17 March 2026 - At least 25 people were killed in Friday's attack on the army "
    "post near Mora, a rights group said.\n"
)


def _ingest(folder: Path, reports: dict[str, tuple[str, str, str]]) -> Path:
    for name, (text, published, language) in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": name, "published": published, "language": language}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    db = folder / "claims.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    return db


def _run(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["--db", str(db), *args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _reports(tmp_path: Path) -> Path:
    return _ingest(
        tmp_path,
        {
            "army": (ARMY, "2026-03-14", "en"),
            "mayor": (MAYOR, "2026-03-15", "fr"),
            "ngo": (NGO, "2026-03-17", "en"),
        },
    )


def test_a_reports_second_incident_links_to_no_toll_of_its_story(tmp_path: Path) -> None:
    db = _reports(tmp_path)
    claims = {c["id"]: c for c in _run(db, "claims")}
    civilians = next(c["id"] for c in claims.values() if c["low"] == 4)
    linked = [link for link in _run(db, "links") if civilians in (link["a_id"], link["b_id"])]
    assert linked == []
    events = _run(db, "events")
    alone = [e for e in events if civilians in e["claim_ids"]]
    assert len(alone) == 1 and alone[0]["claim_ids"] == [civilians]


def test_the_attack_told_at_a_site_of_the_town_and_at_the_town_is_one_event(
    tmp_path: Path,
) -> None:
    db = _reports(tmp_path)
    claims = {c["id"]: c for c in _run(db, "claims")}
    post = {i for i, c in claims.items() if c["low"] in (12, 25)}
    events = [e for e in _run(db, "events") if post & set(e["claim_ids"])]
    assert len(events) == 1 and post <= set(events[0]["claim_ids"])


def test_what_opens_on_another_incident() -> None:
    assert another_incident("Separately, a local official said 4 civilians were killed.")
    assert another_incident("In another attack, gunmen killed two farmers.")
    assert another_incident("Dans un autre incident, deux civils ont été tués.")
    # negatives: the story goes on
    assert not another_incident("The army said 12 soldiers were killed separately from 4.")
    assert not another_incident("In the attack, gunmen killed two farmers.")


def test_a_corrected_second_incident_stays_unlinked(tmp_path: Path) -> None:
    """Re-trial 60b: a correction of the second incident's claim matched it alone, and
    its links to the story's tolls came back."""
    db = _reports(tmp_path)
    civilians = next(c["id"] for c in _run(db, "claims") if c["low"] == 4)
    edit = ["--db", str(db), "claim", "edit", str(civilians), "--subject", "minibus passengers"]
    result = CliRunner().invoke(main, edit)
    assert result.exit_code == 0, result.output
    assert [lk for lk in _run(db, "links") if civilians in (lk["a_id"], lk["b_id"])] == []
