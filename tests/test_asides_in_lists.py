"""Where a place is set in its sentence (Philippines trial, session 50): a bearing set
off after a place, or an appositive's distance, is where that place lies, not the
figures' place ("in Camarines Sur province, south of Manila, killing at least six",
"Kembé, a small town 400 km east of Bangui"); a bearing after the victims' noun
is no word of it ("six villagers north of Goma"); and a gapped count keeps its fate
past the day or the bearing of the place before it ("six in Kaduna on Monday, and two
in Zaria"). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def read(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    doc = document_from_text("report.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2019, 2, 15)})
    return [(c.category.value, c.value, c.subject, c.location) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A clash took place in Sorsogon province, south of Manila, killing at least six.",
            "Sorsogon",
        ),
        ("Rebels attacked Jolo, 30 km west of Zamboanga, killing six soldiers.", "Jolo"),
        # an appositive says what the place is, then where it lies (CAR trial, session 50)
        (
            "Rebels raided Kembé, a small town 400 km east of Bangui, killing six civilians.",
            "Kembé",
        ),
    ],
)
def test_a_bearing_set_off_after_a_place_places_that_place(text, place):
    ((_, _, _, location),) = [claim for claim in read(text) if claim[0] == "killed"]
    assert location is not None and location.startswith(place)


def test_a_bearing_alone_is_the_figures_place():
    assert read("Gunmen killed six people south of Manila on Monday.") == [
        ("killed", 6, "people", "south of Manila")
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Gunmen killed six villagers north of Goma on Monday.", "villagers"),
        ("Gunmen killed six North Korean workers.", "North Korean workers"),
    ],
)
def test_a_bearing_is_no_word_of_the_victims_noun(text, subject):
    assert read(text)[0][2] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six people in Kaduna on Monday, and two in Zaria.",
        "Gunmen killed six people in Kaduna, north of Abuja, and two in Zaria.",
    ],
)
def test_a_gapped_count_keeps_its_fate_past_a_day_or_a_bearing(text):
    assert [(c, v) for c, v, _, _ in read(text)] == [("killed", 6), ("killed", 2)]


def test_a_count_with_a_predicate_of_its_own_keeps_it():
    found = read("Gunmen killed six people in Kaduna on Monday, and two were arrested.")
    assert [(c, v) for c, v, _, _ in found] == [("killed", 6), ("arrested", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # minutes count time, never people (unseen study misses, session 50)
        ("The gunmen returned 15 minutes later and opened fire.", []),
        ("Police arrived some 20 minutes after the attack.", []),
        ("The attack lasted about 40 minutes, police said.", [("duration", 40)]),
    ],
)
def test_minutes_are_time(text, expected):
    assert [(c, v) for c, v, _, _ in read(text)] == expected
