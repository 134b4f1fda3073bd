"""A voice that names no one in particular ("the army", "security sources") is the
country's it speaks of: a trial merged "army" into "Chad's army", and a later
Cameroonian report's "the army said" was credited to Chad's army; before the
merge, grading "army" graded both armies."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.extract.voicewords import names_no_one
from workbench.service import Workbench

CHAD = "Gunmen killed four soldiers in Bol, Chad, on Monday, the army said.\n"
CAMEROON = "Gunmen killed six soldiers in Mora, Cameroon, on Monday, the army said.\n"
NOWHERE = "Four soldiers were killed in the ambush, the army said.\n"


def ingest(db: Path, folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output


def voice_of_claims(db: Path) -> dict[float | None, str]:
    with closing(Workbench(str(db))) as workbench:
        return {c.value: c.voice for c in workbench.claims()}


def test_the_same_words_in_two_countries_are_two_voices(tmp_path):
    db = tmp_path / "claims.db"
    ingest(db, tmp_path, "chad.txt", CHAD)
    ingest(db, tmp_path, "cameroon.txt", CAMEROON)
    assert voice_of_claims(db) == {4: "army (Chad)", 6: "army (Cameroon)"}


def test_a_merge_of_one_countrys_army_takes_no_other_countrys(tmp_path):
    db = tmp_path / "claims.db"
    ingest(db, tmp_path, "chad.txt", CHAD)
    ingest(db, tmp_path, "chad2.txt", CHAD.replace("four", "five").replace("the army", "the ANT"))
    with closing(Workbench(str(db))) as workbench:
        workbench.merge_voices("ANT", ["army (Chad)"])
    ingest(db, tmp_path, "cameroon.txt", CAMEROON)
    assert voice_of_claims(db) == {4: "ANT", 5: "ANT", 6: "army (Cameroon)"}


@pytest.mark.parametrize("named", ["Chad's army", "the Chadian army", "the army of Chad"])
def test_a_role_named_with_its_country_is_that_countrys_voice(tmp_path, named):
    """A trial's event counted "government of Benin", "government (Benin)" and the
    like as independent voices, a majority of four: a role named with its country is
    the voice the bare role is in a report about that country."""
    db = tmp_path / "claims.db"
    ingest(db, tmp_path, "chad.txt", CHAD)
    ingest(db, tmp_path, "chad2.txt", CHAD.replace("Bol", "Baga Sola").replace("the army", named))
    ingest(db, tmp_path, "cameroon.txt", CAMEROON)
    with closing(Workbench(str(db))) as workbench:
        voices = [c.voice_id for c in workbench.claims()]
    assert voices[0] == voices[1] != voices[2]


def test_a_grade_given_the_words_everywhere_goes_to_each_countrys_voice(tmp_path):
    db = tmp_path / "claims.db"
    ingest(db, tmp_path, "nowhere.txt", NOWHERE)  # no country: the voice "army"
    with closing(Workbench(str(db))) as workbench:
        assert [c.voice for c in workbench.claims()] == ["army"]
        workbench.grade("army", "B", "usually reliable on its own losses")
    ingest(db, tmp_path, "chad.txt", CHAD)
    with closing(Workbench(str(db))) as workbench:
        chad = next(v for v in workbench.voices() if v.name == "army (Chad)")
    assert (chad.grade, chad.note) == ("B", "usually reliable on its own losses")


@pytest.mark.parametrize(
    "voice",
    ["the army", "Security sources", "local officials", "des sources sécuritaires", "l'armée"],
)
def test_roles_and_bodies_name_no_one(voice):
    assert names_no_one(voice)


@pytest.mark.parametrize(
    "voice",
    ["Chad's army", "the Nigerian army", "Abdelnasser Garboa", "Human Rights Watch", "JNIM"],
)
def test_a_name_or_a_nationality_names_someone(voice):
    assert not names_no_one(voice)


def test_role_of_country_reads_the_forms_and_leaves_other_voices() -> None:
    from workbench.extract.voicewords import role_of_country

    for named in ("the government of Benin", "Benin's government", "government (Benin)"):
        found = role_of_country(named)
        assert found is not None and (found[0], found[1].name) == ("government", "Benin")
    south = role_of_country("the South Sudanese army")
    assert south is not None and south[1].name == "South Sudan"
    for other in ("Amnesty International", "the army", "the government of Benin and Togo"):
        assert role_of_country(other) is None
