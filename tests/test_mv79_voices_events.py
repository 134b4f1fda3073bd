"""Trial 79's kinds of voice, link and event errors, on reports written for the tests
(never the trial's sentences), with negatives: one government named in English and
French, with and without its spokesperson, and its country's "authorities", is one
voice; a body's translated name and its own initials a report gives in brackets are
one voice, never a name the text does not tie; a police's spokesman quoted beside his
country's police is that police's, no other country's; a country is no part of a
group named after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import bench_with_reports
from workbench.match.institutions import institution
from workbench.service import Workbench
from workbench.store.voice_names import Named, suggestions


def _bench(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> Workbench:
    """A database in tmp_path with these reports ingested: name: (day, text)."""
    named = {name: (f"Outlet {name}", day, text) for name, (day, text) in reports.items()}
    return bench_with_reports(tmp_path, named)


def _voices(bench: Workbench) -> list[int]:
    """Each event's independent voices."""
    return [e.voices for e in bench.events()]


# -- one government, named in English and French -----------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("le gouvernement guinéen", ("government", "guinea")),
        ("les autorités guinéennes", ("authorities", "guinea")),
        ("l'armée guinéenne", ("army", "guinea")),
        ("le gouvernement tchadien", ("government", "chad")),
        ("Sierra Leone police", ("police", "sierra leone")),
        ("the South Sudanese army", ("army", "south sudan")),
        ("Central African Republic's army", ("army", "central african republic")),
    ],
)
def test_a_nationality_in_ean_or_of_two_words_names_its_country(
    name: str, expected: tuple[str, str]
) -> None:
    assert institution(name) == expected


@pytest.mark.parametrize(
    "name", ["a Sierra Leone police officer", "local authorities", "l'armée européenne des"]
)
def test_a_member_or_a_level_below_the_country_is_no_institution(name: str) -> None:
    found = institution(name)
    assert found is None or found[1] is None


def test_one_government_in_english_and_french_is_one_voice(tmp_path: Path) -> None:
    reports = {
        "a": ("2026-03-11", "Fourteen people were killed in Kindia, Guinea, on Tuesday, "
              "government spokesman Ibrahima Sow told reporters. Guinean authorities said "
              "14 people died in Kindia on Tuesday."),
        "b": ("2026-03-11", "Quatorze personnes ont été tuées mardi à Kindia, en Guinée, "
              "selon le gouvernement guinéen."),
        "c": ("2026-03-12", "Les autorités guinéennes ont confirmé que quatorze personnes "
              "ont été tuées mardi à Kindia, en Guinée."),
    }  # fmt: skip
    assert _voices(_bench(tmp_path, reports)) == [1]


def test_a_ministry_stays_a_voice_of_its_own(tmp_path: Path) -> None:
    """A ministry counts by its own means: suggested with its government, not folded."""
    reports = {
        "a": ("2026-03-11", "Fourteen people were killed in Kindia, Guinea, on Tuesday, "
              "the Guinean government said."),
        "b": ("2026-03-11", "Quatorze personnes ont été tuées mardi à Kindia, en Guinée, "
              "selon le ministère de la Sécurité."),
    }  # fmt: skip
    assert _voices(_bench(tmp_path, reports)) == [2]


def test_two_countries_governments_stay_two(tmp_path: Path) -> None:
    reports = {
        "a": ("2026-03-11", "Fourteen people were killed in Kindia, Guinea, on Tuesday, "
              "the Guinean government said."),
        "b": ("2026-03-11", "The Sierra Leone government said on Wednesday that gunmen "
              "had killed 14 people in the Guinean town of Kindia on Tuesday."),
    }  # fmt: skip
    assert _voices(_bench(tmp_path, reports)) == [2]


# -- a rights group under its translated name and its own initials ---------------------


def test_a_translated_name_and_its_initials_given_in_brackets_are_one_voice(
    tmp_path: Path,
) -> None:
    reports = {
        "a": ("2026-03-11", "The Senegalese Association for Human Rights (ASDH) said 16 "
              "people were killed in Kolda, Senegal, on Tuesday."),
        "b": ("2026-03-12", "Sixteen people died when troops fired on a crowd in Kolda, "
              "Senegal, on Tuesday, the ASDH said."),
    }  # fmt: skip
    assert _voices(_bench(tmp_path, reports)) == [1]


def test_a_rights_group_the_text_does_not_tie_stays_apart(tmp_path: Path) -> None:
    reports = {
        "a": ("2026-03-11", "The Senegalese Association for Human Rights said 16 people were "
              "killed in Kolda, Senegal, on Tuesday."),
        "b": ("2026-03-12", "Sixteen people died when troops fired on a crowd in Kolda, "
              "Senegal, on Tuesday, the ASDH said."),
    }  # fmt: skip
    assert _voices(_bench(tmp_path, reports)) == [2]


# -- a police's spokesman, a country's parts ----------------------------------------------


def _pairs(*voices: Named) -> set[frozenset[str]]:
    return {frozenset((s.a.name, s.b.name)) for s in suggestions(voices)}


def test_a_spokesman_quoted_beside_his_countrys_police_is_not_anothers() -> None:
    guinea = frozenset({"guinea"})
    found = _pairs(
        Named(1, "Police (Guinea)", "speaker", guinea, frozenset({1})),
        Named(2, "Sierra Leone police", "speaker", guinea, frozenset({2})),
        Named(3, "police spokesman Brima Koroma", "speaker", guinea, frozenset({2})),
        Named(4, "police spokesman Alpha Bah", "speaker", guinea, frozenset({3})),
    )
    assert frozenset(("Police (Guinea)", "police spokesman Brima Koroma")) not in found
    assert frozenset(("Sierra Leone police", "police spokesman Brima Koroma")) in found
    # quoted alone: still suggested with the police of the country his claims are in
    assert frozenset(("Police (Guinea)", "police spokesman Alpha Bah")) in found


def test_a_country_is_no_part_of_a_group_named_after_it() -> None:
    found = _pairs(
        Named(1, "Guinea", "speaker"),
        Named(2, "Guinea rights group", "speaker"),
        Named(3, "Guinea Red Cross", "speaker"),
        Named(4, "Senegal", "speaker"),
        Named(5, "Senegal Bar Association", "speaker"),
    )
    assert found == set()


def test_a_countrys_army_or_police_may_speak_as_the_country() -> None:
    found = _pairs(
        Named(1, "Guinea", "speaker"),
        Named(2, "Guinea's army", "speaker"),
        Named(3, "Guinea Police", "speaker"),
        Named(4, "UN", "speaker"),
        Named(5, "UN human rights office", "speaker"),
    )
    assert frozenset(("Guinea", "Guinea's army")) in found
    assert frozenset(("Guinea", "Guinea Police")) in found
    assert frozenset(("UN", "UN human rights office")) in found  # no country: as before


# -- a reason names only what the claims' own sentences say ------------------------------


def _reasons(bench: Workbench) -> list[str]:
    return [link.reason for link in bench.links()]


def test_a_town_only_the_opening_names_is_said_to_be_the_openings(tmp_path: Path) -> None:
    reports = {
        "a": ("2026-03-11", "Twelve people were killed in Kankan, Guinea, on Tuesday when "
              "police fired on protesters, a doctor said."),
        "b": ("2026-03-11", "KANKAN, Guinea (Reuters) - Police fired on protesters on "
              "Tuesday.\n\nTwelve people were killed at the Bordo junction, residents "
              "said."),
    }  # fmt: skip
    reasons = _reasons(_bench(tmp_path, reports))
    assert reasons and not any("both name 'Kankan'" in r for r in reasons), reasons
    said = "'Kankan, Guinea' named in the other report's opening"
    assert any(said in r for r in reasons), reasons


def test_a_town_the_sentence_names_is_named_by_both(tmp_path: Path) -> None:
    reports = {
        "a": ("2026-03-11", "Twelve people were killed in Kankan, Guinea, on Tuesday when "
              "police fired on protesters, a doctor said."),
        "b": ("2026-03-11", "Police fired on protesters on Tuesday. Twelve people were "
              "killed at the Bordo junction, on the road into Kankan, residents said."),
    }  # fmt: skip
    reasons = _reasons(_bench(tmp_path, reports))
    assert not any("report's opening" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "told",
    [
        "Gunmen also killed twelve people in the border village of Sokourala on Tuesday, "
        "residents said.",
        "Twelve people were also killed on Tuesday in Sokourala village, residents said.",
        "Twelve people died in an attack on the village of Sokourala, residents said.",
    ],
)
def test_a_village_of_its_own_lies_in_no_town_the_opening_names(tmp_path: Path, told: str) -> None:
    reports = {
        "a": ("2026-03-11", "Twelve people were killed in Kankan, Guinea, on Tuesday when "
              "police fired on protesters, a doctor said."),
        "b": ("2026-03-11", "KANKAN, Guinea (Reuters) - Police fired on protesters on "
              f"Tuesday.\n\n{told}"),
    }  # fmt: skip
    assert _reasons(_bench(tmp_path, reports)) == []


# -- one voice's figure over two sides -----------------------------------------------------


def _killed(bench: Workbench) -> list[tuple[object, object, int]]:
    """Each event's killed row: (best, high, claims counted once)."""
    rows = [bench.event(e.id).figures for e in bench.events()]
    # `once` read as 0 where the model has none (the code before it, for the negatives)
    first = [row[0] for row in rows if row and row[0].category == "killed"]
    return [(f.best, f.high, getattr(f, "once", 0)) for f in first]


def test_a_communiques_figure_read_for_two_sides_counts_once(tmp_path: Path) -> None:
    report = (
        "2026-03-14",
        "Quatre militaires ont été tués vendredi dans l'attaque du poste de douane de "
        "Kouremalé, en Guinée, selon l'armée. « Quatre de nos hommes sont tombés », indique "
        "le communiqué de l'armée.",
    )
    [(best, high, once)] = _killed(_bench(tmp_path, {"a": report}))
    # fr79 reads "nos hommes" as the army's soldiers: one side, nothing to count once
    # (before it, the civilians' row made 4 + 4 = 8, which told_twice brought to 4)
    assert (best, high, once) == (4, 4, 0)


def test_one_reports_figure_as_protesters_and_militants_counts_once(tmp_path: Path) -> None:
    report = (
        "2026-03-11",
        "Security forces shot dead seven protesters in Kankan, Guinea, on Tuesday, the "
        "opposition FDC said. The FDC later published the names of the seven militants "
        "killed in Kankan on Tuesday.",
    )
    [(best, high, once)] = _killed(_bench(tmp_path, {"a": report}))
    assert (best, high) == (7, 7) and once == 1


@pytest.mark.parametrize(
    "told",
    [
        "The army said four soldiers and four civilians were killed in the attack on "
        "Kouremale, Guinea, on Friday.",
        "Four soldiers were killed in the attack on Kouremale, Guinea, on Friday, the army "
        "said. Four civilians were also killed there, the army said.",
    ],
)
def test_two_groups_told_alike_are_summed(tmp_path: Path, told: str) -> None:
    [(best, high, once)] = _killed(_bench(tmp_path, {"a": ("2026-03-14", told)}))
    assert (best, high, once) == (8, 8, 0)
