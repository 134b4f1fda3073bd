"""The third Nigerian corpus's reader (benchmarks/corpora.py: Nigeria, Cameroon and
Chad from two extracts of ACLED's Africa file) and the toll's later report
(benchmarks/real_text.py). The notes here are written for these tests and laid out
as the corpora are, in tmp_path."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import killed_claim, load_benchmark, write_csv

corpora = load_benchmark("corpora")
real_text = load_benchmark("real_text")

_OLD_COLUMNS = ["event_id_cnty", "event_date", "country", "location", "notes", "fatalities"]
_NEW_COLUMNS = ["country", "date", "location", "notes", "incident_fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-nigeria-c"
    folder.mkdir()
    write_csv(
        folder / "africa_1.csv",
        _OLD_COLUMNS,
        [
            ["NIG1", "2018-01-03", "Nigeria", "Bama", "Gunmen killed two farmers.", 2],
            ["CMR1", "2018-01-04", "Cameroon", "Kolofata", "A kamikaze killed a guard.", 1],
            ["NIR1", "2018-01-04", "Niger", "Diffa", "Militants killed four herders.", 4],
            ["GHA1", "2018-01-05", "Ghana", "Accra", "A mob killed a thief.", 1],
            ["NIG2", "2018-01-06", "Nigeria", "Jos", "Bandits killed a hunter.", 1],
        ],
    )
    write_csv(  # the later extract: the same event respaced, with a revised figure
        folder / "africa-conflict-2018.csv",
        _NEW_COLUMNS,
        [
            ["Nigeria", "2018-01-03", "Bama", "Gunmen  killed two farmers. ", 3],
            ["Chad", "2018-02-01", "Bol", "Troops killed five militants.", 5],
        ],
    )
    return folder


def test_one_row_an_event_from_both_extracts_less_held_out_countries(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-c"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Cameroon", "A kamikaze killed a guard.", 1),
        ("Chad", "Troops killed five militants.", 5),
        ("Nigeria", "Bandits killed a hunter.", 1),
        ("Nigeria", "Gunmen killed two farmers.", 3),
    ]
    assert len({r.id for r in rows}) == 4 and {r.half for r in rows} <= {"study", "test"}


def test_notes_of_another_acled_corpus_are_dropped(tmp_path: Path) -> None:
    _corpus(tmp_path)
    old = tmp_path / "acled-nigeria"
    old.mkdir()
    feature = {"country": "Nigeria", "notes": "BANDITS killed a hunter", "fatalities": 1}
    features = [{"properties": {"event_id_cnty": "1NIG", **feature}}]
    (old / "Nigeria.geojson").write_text(json.dumps({"features": features}))
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-nigeria-c"])}
    assert "Bandits killed a hunter." not in texts and "Gunmen killed two farmers." in texts


_LATER = (
    "Four people were killed in a clash at Mambila.\n"
    "The Xinhua report, published two days later, claims 15 dead.\n"
)
_OTHER = "Four people were killed in a clash at Mambila.\nXinhua claims 15 dead.\n"


def test_a_report_called_later_replaces_the_toll() -> None:
    killed = real_text.Category.KILLED
    claims = [
        killed_claim(_LATER, "Four people were killed", 4),
        killed_claim(_LATER, "15 dead", 15, attribution="The Xinhua report"),
    ]
    assert real_text.toll(claims, killed) == 15
    claims = [  # another voice not called later: the lower figure
        killed_claim(_OTHER, "Four people were killed", 4),
        killed_claim(_OTHER, "15 dead", 15, attribution="Xinhua"),
    ]
    assert real_text.toll(claims, killed) == 4


def _row(text: str, killed: int) -> object:
    return real_text.Row("acled-x:1", "acled-x", "Nigeria", text, killed, None)


def test_a_number_not_known_is_the_convention_for_ten() -> None:
    unreadable = sys.modules["unreadable"]
    for text in (
        "Two factions clashed near Dikwa on 16/12; causalities reported, number not known.",
        "Jets struck two camps at Gobara, killing militants. Exact numbers are not known.",
        "Militants killed civilians in 3 villages near Katamma. Losses not yet evaluated.",
    ):
        assert unreadable.unreadable(_row(text, 10)) == "convention"
        assert unreadable.unreadable(_row(text, 3)) is None  # coded otherwise: readable
    stated = "Jets struck a camp; 10 militants were killed, though exact numbers are not known."
    assert unreadable.unreadable(_row(stated, 10)) is None  # the figure is in the text


_TOTAL = (
    "Bandits killed about 41 people at the market.\n"
    "They slit the throat of the driver first.\n"
    "41 dead in total.\n"
)
_LIST_TOTAL = "A blast caused the death of an officer and a civilian, four total.\n"


def test_a_figure_called_the_total_replaces_the_toll() -> None:
    killed = real_text.Category.KILLED
    claims = [
        killed_claim(_TOTAL, "killed about 41 people", 41),
        killed_claim(_TOTAL, "slit the throat of the driver", 1),
        killed_claim(_TOTAL, "41 dead", 41),
    ]
    assert real_text.toll(claims, killed) == 41
    claims = [
        killed_claim(_LIST_TOTAL, "death of an officer", 1),
        killed_claim(_LIST_TOTAL, "death of an officer and a civilian", 1),
        killed_claim(_LIST_TOTAL, "death of an officer and a civilian, four total", 4),
    ]
    assert real_text.toll(claims, killed) == 4
    # a figure not called the total adds to the toll
    other = _TOTAL.replace("in total", "in the second attack")
    claims = [
        killed_claim(other, "killed about 41 people", 41),
        killed_claim(other, "41 dead", 41),
        killed_claim(other, "slit the throat of the driver", 1),
    ]
    assert real_text.toll(claims, killed) == 42
