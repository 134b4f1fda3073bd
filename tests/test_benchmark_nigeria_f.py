"""The sixth Nigerian corpus's reader (benchmarks/corpora.py: Nigeria's ACLED notes of 16 April
to 31 August 2016, its Boko Haram and Islamic State notes of September to December 2016, from
ACLED's Nigeria file of 1997-2016, and Cameroon's Boko Haram and Islamic State notes of 2019-2020
from HDX's Cameroon workbook). The notes here are written for these tests and laid out as the
corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv
from tests.test_benchmark_acled_l import write_xlsx

corpora = load_benchmark("corpora")

NIGERIA = ["EVENT_ID_CNTY", "EVENT_DATE", "YEAR", "ACTOR1", "ACTOR2", "COUNTRY", "NOTES"]
CAMEROON = ["event_id_cnty", "event_date", "year", "actor1", "country", "notes", "fatalities"]
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawatai wal-Jihad"


def _corpus(root: Path, *, cameroon: bool = True) -> Path:
    folder = root / "acled-nigeria-f"
    folder.mkdir()
    rows = [
        # acled-nigeria holds Nigeria's notes to 15 April 2016
        ["1NIG", "15/04/2016", 2016, "Rioters", "", "Nigeria", "Rioters burned a shop.", 0],
        ["2NIG", "16/04/2016", 2016, "Herders", "Farmers", "Nigeria", "Herders killed 4.", 4],
        ["3NIG", "31/08/2016", 2016, "Police", "", "Nigeria", "Police shot one man dead.", 1],
        # from September 2016 acled-n holds the events of no Boko Haram or Islamic State actor
        ["4NIG", "01/09/2016", 2016, "Gunmen", "", "Nigeria", "Gunmen killed a chief.", 1],
        ["5NIG", "02/09/2016", 2016, BOKO_HARAM, "Civilians", "Nigeria", "Militants killed 9.", 9],
        ["6NIG", "24/12/2016", 2016, "Military", BOKO_HARAM, "Nigeria", "Troops killed 12.", 12],
        ["7NIG", "02/01/2015", 2015, BOKO_HARAM, "Civilians", "Nigeria", "Militants killed 3.", 3],
        # a note coded for two events with two figures keeps a row for each
        ["8NIG", "20/05/2016", 2016, "Herders", "", "Nigeria", "Clashes left 20 dead.", 10],
        ["9NIG", "21/05/2016", 2016, "Herders", "", "Nigeria", "Clashes  left 20 dead", 10],
        ["10NIG", "22/05/2016", 2016, "Farmers", "", "Nigeria", "Clashes left 20 dead.", 0],
    ]
    write_csv(
        folder / "ACLED_Nigeria_2016.csv",
        [*NIGERIA, "FATALITIES"],
        rows,
        encoding="cp1252",
    )
    if not cameroon:
        return folder
    tags = ["#event+code", "#date+occurred", "#date+year", "#group+name+first"]
    write_xlsx(
        folder / "conflict_data_cmr.xlsx",
        CAMEROON,
        [
            [*tags, "#country+name", "#description", "#affected+killed"],
            ["CAO1", 43467, 2019, "Boko Haram", "Cameroon", "Raiders killed 2 in Kolofata.", 2],
            ["CAO2", 44166, 2020, "ISWAP", "Middle Africa", "Militants looted Amchide.", 0],
            # Cameroon's other events, and Boko Haram's of 2018 (acled-g's), are left out
            ["CAO3", 43600, 2019, "Separatists", "Cameroon", "A school was burned.", 0],
            ["CAO4", 43400, 2018, "Boko Haram", "Cameroon", "Raiders killed 5.", 5],
        ],
    )
    return folder


def test_the_spans_kept_one_row_a_note_and_figure(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-f"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Cameroon", "Militants looted Amchide.", 0),
        ("Cameroon", "Raiders killed 2 in Kolofata.", 2),
        ("Nigeria", "Clashes left 20 dead.", 0),
        ("Nigeria", "Clashes left 20 dead.", 10),
        ("Nigeria", "Herders killed 4.", 4),
        ("Nigeria", "Militants killed 9.", 9),
        ("Nigeria", "Police shot one man dead.", 1),
        ("Nigeria", "Troops killed 12.", 12),
    ]
    assert len({r.id for r in rows}) == 8
    assert all(r.id.startswith("acled-nigeria-f:") for r in rows)


def test_the_nigerian_file_alone_is_read(tmp_path: Path) -> None:
    _corpus(tmp_path, cameroon=False)
    countries = {r.country for r in corpora.rows(tmp_path, ["acled-nigeria-f"])}
    assert countries == {"Nigeria"}


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Nigeria", "HERDERS killed 4!", 4],
        ["2", "Nigeria", "Police shoot one man dead.", 1],
        ["3", "Chad", "Raiders killed 2 in Kolofataa.", 2],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-nigeria-f", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copy goes, and a near copy of the same country's note; another country's stays
    assert texts == {
        "Clashes left 20 dead.",
        "Militants killed 9.",
        "Troops killed 12.",
        "Militants looted Amchide.",
        "Raiders killed 2 in Kolofata.",
    }


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-nigeria-f"])) == []
