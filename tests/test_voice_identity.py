"""A trial's voices that were one source counted as several: "U.N.", "United
Nations" (one name: merged by Workbench, in the history, undoable), "Mayor X Y" and
"X Y, the mayor" (one person), "UN human rights office" and "UN" or "Defence
Ministry" and "ministère de la Défense" (the analyst's call: suggested, never
merged unasked); `voice merge` into a new name; `voices` listing a voice merged
away under the one it went into. Real SQLite files, the real CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.conftest import database_before
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.service import Workbench
from workbench.store.voice_identity import identity, person
from workbench.store.voice_names import Named, suggestions

# invented reports of one attack, each in another voice
REPORTS = {
    "a": (
        "Kivu Wire",
        "At least 12 civilians were killed in an attack near Bunia on 4 March 2024, the U.N. said.",
    ),
    "b": (
        "Ituri Daily",
        "The United Nations said 14 civilians were killed in the attack near"
        " Bunia on 4 March 2024.",
    ),
    "c": (
        "Bunia Today",
        "Mayor Jean Kasongo Mbuyi said 15 civilians were killed in the attack"
        " near Bunia on 4 March 2024.",
    ),
    "d": (
        "Lake Albert News",
        "Fifteen civilians were killed in the attack near Bunia on 4 March"
        " 2024, said Jean Kasongo Mbuyi, the mayor of the town.",
    ),
    "e": (
        "Great Lakes Post",
        "The Defence Ministry said 16 civilians were killed in the attack"
        " near Bunia on 4 March 2024.",
    ),
    "f": (
        "Journal de l'Ituri",
        "Le ministère de la Défense a annoncé que 16 civils ont été tués"
        " dans l'attaque près de Bunia le 4 mars 2024.",
    ),
}


def write(folder: Path, *names: str) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        outlet, text = REPORTS[name]
        path = folder / f"{name}.txt"
        path.write_text(f"Attack near Bunia\n\n{text}\n", encoding="utf-8")
        sidecar = {"outlet": outlet, "published": "2024-03-05"}
        (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db, *args])


def json_lines(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("U.N.", "UN"),
        ("UN", "the United Nations"),
        ("U.N. human rights office", "UN human rights office"),
        ("Human Rights Watch", "HRW"),
        ("Mayor Medjeweh Boukar", "Medjeweh Boukar"),
        ("Medjeweh Boukar, the mayor", "district mayor Medjeweh Boukar"),
        ("Myriam Fièvre, mayor of Saint-Marc", "Myriam Fievre"),
        ("le lieutenant-colonel Guillaume Ndjike Kaiko", "Guillaume Ndjike Kaiko"),
        # a trial's prefect, two voices: the title before the comma
        ("le préfet du Mayo-Sava, Jean Abba Kalla", "local official Jean Abba Kalla"),
        ("l'armée", "armée"),
        # a trial's police, three voices: its article capitalised opening a sentence
        ("La Police nationale d'Haïti", "Police Nationale d'Haïti"),
        ("The Associated Press", "Associated Press"),
    ],
)
def test_one_name_spelled_otherwise_is_one_identity(one: str, other: str) -> None:
    assert identity(one) == identity(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Major Boukar", "Medjeweh Boukar"),  # a family name alone: the analyst's call
        ("UN human rights office", "UN"),  # an office and its organisation
        ("Defence Ministry", "ministère de la Défense"),  # two languages
        ("UN experts", "UN"),
        ("John Smith", "Jane Smith"),
        ("un responsable local", "UN"),  # the French article is no acronym
        ("a spokesperson of Cameroon's Defence Ministry", "Cameroon"),
    ],
)
def test_names_that_may_be_two_sources_keep_their_identities(one: str, other: str) -> None:
    assert identity(one) != identity(other)


def test_a_person_is_told_from_a_title_not_from_an_institution() -> None:
    assert person("district mayor Medjeweh Boukar") == "Medjeweh Boukar"
    assert person("Medjeweh Boukar, Mayor of Mozogo") == "Medjeweh Boukar"
    assert person("Major Boukar") is None
    assert person("army spokesman Colonel") is None
    assert person("a spokesperson of Cameroon's Defence Ministry") is None
    assert person("the U.N. human rights office") is None
    assert person("John Smith, Jane Doe") is None
    assert person("le maire de Kolofata, Ali Bouba") == "Ali Bouba"
    assert person("the army, Ali Bouba") is None  # no title before the comma


def test_suggestions_give_the_analysts_calls_with_reasons_and_nothing_else() -> None:
    voices = [
        Named(1, "U.N.", "speaker"),
        Named(2, "UN human rights office", "speaker"),
        Named(3, "Major Boukar", "speaker"),
        Named(4, "Medjeweh Boukar", "speaker"),
        Named(5, "a spokesperson of Cameroon's Defence Ministry", "speaker"),
        Named(6, "un communiqué du ministère de la Défense camerounais", "speaker"),
        Named(7, "Reuters", "outlet"),
        Named(8, "Kasereka Ise Mighambo", "speaker"),
        Named(9, "Kaseraka Isse Miyambo", "speaker"),
        Named(10, "UN", "speaker"),  # one voice with 1 already: no pair
        Named(11, "Jane Doe", "speaker"),
        Named(12, "the police", "speaker"),
        Named(13, "police officials", "speaker"),
        Named(14, "Defence Ministry (Chad)", "speaker"),
        Named(15, "ministère de la Défense (Cameroon)", "speaker"),
    ]
    found = {frozenset((s.a.id, s.b.id)): s.reason for s in suggestions(voices)}
    assert "part" in found[frozenset((1, 2))]
    assert "family name" in found[frozenset((3, 4))]
    assert "English and French" in found[frozenset((5, 6))]
    assert "nearly alike" in found[frozenset((8, 9))]
    assert frozenset((1, 10)) not in found and frozenset((2, 10)) in found
    assert not any(11 in pair or 7 in pair or 12 in pair for pair in found)
    assert frozenset((14, 15)) not in found  # two countries' ministries


def test_a_title_alone_and_the_title_with_its_holder_are_offered_as_one_voice() -> None:
    voices = [
        Named(1, "UN refugee chief", "speaker"),
        Named(2, "UN refugee chief Anna Lindqvist", "speaker"),
        Named(3, "UN refugee chief spokesman", "speaker"),  # no person named: no title pair
        Named(4, "police chief", "speaker"),
        Named(5, "police chief Mamadou Keita", "speaker"),
    ]
    found = {frozenset((s.a.id, s.b.id)): s.reason for s in suggestions(voices)}
    assert "title" in found[frozenset((1, 2))]
    assert "title" in found[frozenset((4, 5))]
    assert "title" not in found.get(frozenset((1, 3)), "")
    assert frozenset((2, 5)) not in found


@pytest.fixture
def bunia(tmp_path: Path) -> str:
    db = str(tmp_path / "claims.db")
    result = run(db, "ingest", *write(tmp_path / "articles", *REPORTS))
    assert result.exit_code == 0, result.output
    return db


def test_one_source_under_two_spellings_is_one_voice_with_a_history(bunia: str) -> None:
    voices = {v["name"]: v for v in json_lines(run(bunia, "voices", "--json"))}
    assert voices["U.N."]["claims"] == 2 and voices["U.N."]["aliases"] == ["United Nations"]
    assert voices["Mayor Jean Kasongo Mbuyi"]["claims"] == 2
    assert voices["Mayor Jean Kasongo Mbuyi"]["aliases"] == ["Jean Kasongo Mbuyi"]
    assert voices["United Nations"]["merged_into"] == "U.N."
    assert voices["United Nations"]["claims"] == 0
    rows = run(bunia, "voices").output.splitlines()
    assert not any("United Nations" in r and "merged into" in r for r in rows)  # not at 0
    every = run(bunia, "voices", "--all").output
    assert "merged into U.N." in every
    history = json_lines(run(bunia, "voice", "history", "--json"))
    merges = [(h["old"], h["new"], h["analyst"]) for h in history if h["action"] == "merge"]
    assert ("United Nations", "U.N.", "workbench") in merges
    table = run(bunia, "voices")
    assert "also United Nations" in table.output
    assert "may be one source: `workbench voice suggest`" in table.output
    # the analyst may take it back, and a later ingest does not merge it again
    assert run(bunia, "voice", "unmerge", "United Nations").exit_code == 0
    again = {v["name"]: v for v in json_lines(run(bunia, "voices", "--json"))}
    assert again["United Nations"]["claims"] == 1 and again["U.N."]["aliases"] == []


def test_the_two_languages_are_suggested_not_merged(bunia: str) -> None:
    found = json_lines(run(bunia, "voice", "suggest", "--json"))
    # a ministry that names no one in particular is its country's: "(Democratic ...)"
    assert [(s["voice"]["id"], s["other"]["id"]) for s in found] == [(5, 6)]
    assert found[0]["voice"]["name"].startswith("Defence Ministry (")
    assert found[0]["other"]["name"].startswith("Le ministère de la Défense (")
    assert "English and French" in str(found[0]["reason"])
    voices = {v["id"] for v in json_lines(run(bunia, "voices", "--json"))}
    assert {5, 6} <= voices
    shown = run(bunia, "voice", "suggest")
    assert "Defence Ministry" in shown.output and "voice merge" in shown.output
    # merged by the analyst: one voice, no suggestion left
    merged = run(bunia, "voice", "merge", "5", "6")
    assert merged.exit_code == 0, merged.output
    assert not json_lines(run(bunia, "voice", "suggest", "--json"))


def test_the_service_makes_no_voice_of_a_name_unless_asked(bunia: str) -> None:
    bench = Workbench(bunia)
    with pytest.raises(WorkbenchError, match="no voice named 'Nobody Here'"):
        bench.merge_voices("Nobody Here", ["5"])  # the TUI's `m`: a slip is refused
    assert not bench.names_a_voice("Nobody Here")


def test_merge_into_a_new_name_makes_the_voice(bunia: str) -> None:
    result = run(bunia, "voice", "merge", "Ministry of Defence (DRC)", "5", "6", "--json")
    assert "named no voice" in result.stderr
    made = json_lines(result)[0]
    assert made["name"] == "Ministry of Defence (DRC)" and made["claims"] == 2
    assert made["kind"] == "speaker"
    aliases = sorted(str(a) for a in made["aliases"])  # type: ignore[union-attr]
    assert [a.split(" (")[0] for a in aliases] == ["Defence Ministry", "Le ministère de la Défense"]
    history = json_lines(run(bunia, "voice", "history", "Ministry of Defence (DRC)", "--json"))
    assert [h["action"] for h in history] == ["create"]
    # a name nothing is merged into is refused before any voice is made
    refused = run(bunia, "voice", "merge", "Nobody Yet", "no such voice")
    assert refused.exit_code != 0 and "no voice named 'no such voice'" in refused.output
    assert "Nobody Yet" not in {v.name for v in Workbench(bunia).voices()}


def test_the_events_count_one_source_once(bunia: str) -> None:
    bench = Workbench(bunia)
    events = bench.events()
    assert events, "the reports make an event"
    voices_of = {v.name: v.id for v in bench.voices()}
    claims = bench.claims()
    un = [c for c in claims if c.voice == "U.N."]
    assert len(un) == 2 and voices_of["U.N."] in {c.voice_id for c in un}


def test_a_database_made_before_identities_merges_its_voices_once(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = database_before(path, "m015_voice_identity")
    old.execute("INSERT INTO voices (key, name, kind) VALUES ('speaker:u n', 'U.N.', 'speaker')")
    old.execute(
        "INSERT INTO voices (key, name, kind) VALUES"
        " ('speaker:united nations', 'United Nations', 'speaker')"
    )
    old.execute(
        "INSERT INTO voices (key, name, kind)"
        " VALUES ('speaker:un experts', 'UN experts', 'speaker')"
    )
    old.execute("UPDATE claims SET voice_id = 3")
    old.conn.commit()
    old.conn.close()
    bench = Workbench(str(path))
    voices = {v.name: v for v in bench.voices()}
    assert voices["United Nations"].merged_into == "U.N."
    assert voices["U.N."].claims == 1 and voices["U.N."].aliases == ["United Nations"]
    assert voices["UN experts"].merged_into is None
    with sqlite3.connect(path) as conn:
        identities = dict(conn.execute("SELECT name, identity FROM voices").fetchall())
    assert identities["U.N."] == identities["United Nations"] == "speaker:un"


def test_an_unknown_voice_id_is_called_an_id(bunia: str) -> None:
    """Trial 57: `voice rename 9999 x` said "no voice named '9999'"."""
    with pytest.raises(WorkbenchError, match="no voice with id 9999;"):
        Workbench(bunia).rename_voice("9999", "x")


def test_an_outlet_and_a_speaker_of_one_name_are_suggested_as_one() -> None:
    """An organisation's own statement (its outlet) and the organisation a wire quotes
    (a speaker) were two voices of one name, never suggested (trial 62)."""
    found = suggestions(
        [
            Named(1, "RNDDH", "outlet"),
            Named(2, "RNDDH", "speaker"),
            Named(3, "Radio Kiskeya", "outlet"),
            Named(4, "police", "speaker"),
        ]
    )
    pairs = {(s.a.id, s.b.id): s.reason for s in found}
    assert pairs == {(1, 2): "one name as an outlet and as a voice"}
