"""A claim's scope: one incident or a running total, on sentences written for these
tests; and the scope and period kept by the database and carried by the exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from tests.conftest import database_before, killed_claim
from workbench.cli import main
from workbench.export.data import DENIAL_COLUMNS, LAST_COLUMNS, PLACE_COLUMNS, SOURCE_COLUMNS
from workbench.extract.scope import claim_scope
from workbench.ingest import document_from_text
from workbench.models import Claim, ClaimRow, Scope, StoredClaim
from workbench.store import SCHEMA_VERSION, ClaimFilter, Store


def scope_of(sentence: str, figure: str) -> tuple[str, str | None]:
    """The scope of the claim `figure` (its first occurrence) in `sentence`."""
    at = sentence.index(figure)
    return claim_scope(sentence, 0, len(sentence), at, at + len(figure))


CUMULATIVE = [
    # (sentence, the claim's words, the period)
    (
        "The rebellion has killed several thousand people since 2011.",
        "several thousand",
        "since 2011",
    ),
    (
        "Over 30,000 people have died in three years of war, a monitor says.",
        "30,000",
        "in three years of war",
    ),
    ("So far this year 412 aid workers were attacked.", "412 aid workers", "So far this year"),
    (
        "The number killed since the insurgency began stands at 8,700.",
        "8,700",
        "since the insurgency began",
    ),
    ("Across the last decade, 6,100 soldiers lost their lives.", "6,100", "Across the last decade"),
    ("At least 950 civilians have been killed this year in the province.", "950", "this year"),
    ("To date, 71,000 residents have been displaced.", "71,000", None),
    ("The cumulative count of refugees passed 480,000 in the spring.", "480,000", None),
    (
        "The overall death toll of the civil war is thought to exceed 200,000.",
        "200,000",
        "of the civil war",
    ),
    ("Since April 2020, militants have abducted 230 students.", "230", "Since April 2020"),
    (
        "Throughout the year, armed groups carried out 64 attacks on clinics.",
        "64",
        "Throughout the year",
    ),
    ("In 2017 alone, 3,300 people were killed in the region.", "3,300", "In 2017"),
    ("Between 2014 and 2019, some 7,000 fighters died.", "7,000", "Between 2014 and 2019"),
    (
        "A total of 560 people have been kidnapped since the start of the year.",
        "560",
        "since the start of the year",
    ),
    ("The conflict has uprooted 1.4 million people.", "1.4 million", None),
    (
        "Since the 2021 coup, security forces have killed 1,700 protesters.",
        "1,700",
        "Since the 2021 coup",
    ),
    (
        "In the first nine months of 2023, 1,850 civilians were wounded.",
        "1,850",
        "In the first nine months of 2023",
    ),
    ("Since 14 February, 95 people have been reported missing.", "95", "Since 14 February"),
    ("In recent months, air strikes have destroyed 40 schools.", "40", "In recent months"),
    (
        "About 2,600 people have died in the 11-year insurgency.",
        "2,600",
        "in the 11-year insurgency",
    ),
    (
        "Displacement since fighting began in June has reached 380,000.",
        "380,000",
        "since fighting began in June",
    ),
    ("The army lost 130 men in August, its worst month since 2016.", "130", None),
    ("This year, 2,100 migrants have drowned off the coast.", "2,100", "This year"),
    ("Kidnappings rose to 760 so far in 2022, police figures show.", "760", "so far in 2022"),
    # a conflict of many years whose toll a participle gives
    (
        "The region has endured a 12-year insurgency by jihadists, killing over 9,000.",
        "over 9,000",
        "a 12-year insurgency",
    ),
    (
        "The country faces a decade-long civil war, leaving 380,000 dead.",
        "380,000 dead",
        "a decade-long civil war",
    ),
]

INCIDENT = [
    ("Gunmen killed 12 villagers on Tuesday.", "12 villagers"),
    ("In 2019 gunmen killed 5 farmers near the border.", "5 farmers"),  # a year, one attack
    ("On 3 March, a car bomb killed 17 people at a checkpoint.", "17 people"),
    ("Last year's attack killed 40 soldiers, the ministry recalled.", "40 soldiers"),
    ("The driver, aged 52, was among 3 people wounded.", "3 people"),  # an age
    ("A 35-year-old nurse and 2 children were killed.", "2 children"),
    ("In March, militants abducted 20 students from a dormitory.", "20 students"),
    ("In all, 9 people died in the blast.", "9 people"),  # "in all" bounds nothing
    ("The ambush was the deadliest attack since 2015, killing 32 soldiers.", "32 soldiers"),
    ("For the first time in two years, rebels shelled the city, killing 6.", "6"),
    ("Twelve guards have been killed in the worst raid this year.", "Twelve guards"),
    ("Officials brought the list up to date after 4 bodies were found.", "4 bodies"),
    ("The 2018 bombing killed 45 worshippers.", "45 worshippers"),
    ("Children over five years old were among the 30 dead.", "30"),
    ("Earlier this year, the army said it has killed 14 militants in one raid.", "14 militants"),
    ("Between 1900 and 2000 people were killed in the attack.", "1900 and 2000"),  # a range
    ("Militants have killed 23 people in the past 24 hours.", "23 people"),  # hours: one day
    ("Since fighting began on Friday, 26 people have been killed.", "26 people"),
    # "Since" a weekday: one incident still going on (a siege, a hostage-taking).
    ("Since Tuesday, 14 people have been killed in the siege of the hotel.", "14 people"),
    ("Police have arrested 11 suspects since Monday.", "11 suspects"),
    # spans of hours or days are one incident; a war's year names no toll
    ("A two-hour gun battle left 12 soldiers dead on Monday.", "12 soldiers"),
    ("A three-day siege of the hotel ended, leaving 21 people killed.", "21 people"),
    ("In the war's third year, a drone strike on a market killed 8.", "8"),
    ("The army has deployed 3,000 troops to the area.", "3,000 troops"),
]


@pytest.mark.parametrize(("sentence", "figure", "period"), CUMULATIVE)
def test_running_totals_are_cumulative_with_their_period(sentence, figure, period):
    assert scope_of(sentence, figure) == ("cumulative", period)


@pytest.mark.parametrize(("sentence", "figure"), INCIDENT)
def test_incident_counts_are_incidents(sentence, figure):
    assert scope_of(sentence, figure) == ("incident", None)


def test_the_scopes_are_the_values_of_the_model_enum():
    scope, _ = scope_of("Rebels have killed 80 people since 2010.", "80 people")
    assert scope == Scope.CUMULATIVE and type(scope) is str
    assert Claim.model_fields["scope"].default == Scope.INCIDENT == "incident"


TWO_FIGURES = [
    # a cue speaks of the figure of its own clause
    (
        "Gunmen killed 12 villagers on Tuesday; since 2009 the insurgency has killed thousands.",
        {"12 villagers": ("incident", None), "thousands": ("cumulative", "since 2009")},
    ),
    (
        "Gunmen killed 12 villagers on Tuesday in a region where the insurgency has killed "
        "thousands since 2009.",
        {"12 villagers": ("incident", None), "thousands": ("cumulative", "since 2009")},
    ),
    (
        "The militants, who have killed 3,000 people since 2015, stormed the base on Friday, "
        "killing 11 soldiers.",
        {"3,000 people": ("cumulative", "since 2015"), "11 soldiers": ("incident", None)},
    ),
    (
        "A mine killed 7 soldiers, which brings the toll since 2015 to 2,400.",
        {"7 soldiers": ("incident", None), "2,400": ("cumulative", "since 2015")},
    ),
    (
        "Gunmen killed 8 traders on Sunday, and the war has killed 50,000 since 2012.",
        {"8 traders": ("incident", None), "50,000": ("cumulative", "since 2012")},
    ),
    # a cue opening the sentence holds over all of it
    (
        "Since 2016, 4,000 people have been killed and 900 kidnapped.",
        {"4,000 people": ("cumulative", "Since 2016"), "900": ("cumulative", "Since 2016")},
    ),
    # the superlative nearest the figure wins
    (
        "The blast, the deadliest since 2015, killed 40 people, bringing the toll since the "
        "war began to 20,000.",
        {"40 people": ("incident", None), "20,000": ("cumulative", "since the war began")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TWO_FIGURES)
def test_each_figure_takes_the_cue_of_its_own_clause(sentence, expected):
    assert {figure: scope_of(sentence, figure) for figure in expected} == expected


def test_the_clause_given_bounds_the_search():
    text = "Since 2009 the insurgency has killed thousands. On Tuesday gunmen killed 12."
    second = text.index("On Tuesday")
    at = text.index("12")
    assert claim_scope(text, second, len(text), at, at + 2) == ("incident", None)
    assert claim_scope(text, 0, len(text), at, at + 2)[0] == "cumulative"  # the caller's clause


def test_period_white_space_is_folded():
    sentence = "Since the\nstart of\tthe year, 310 people have died."
    assert scope_of(sentence, "310 people") == ("cumulative", "Since the start of the year")


# -- the database and the exports -----------------------------------------

TEXT = (
    "Toll in the north\n\n"
    "The insurgency has killed 20,000 people since 2009, the monitor said.\n\n"
    "Gunmen killed 12 villagers near Tessit on Tuesday.\n"
)


def claim(text: str, words: str, value: int, scope: Scope, period: str | None) -> Claim:
    return killed_claim(text, words, value, scope=scope, period=period)


def stored(path) -> Store:
    store = Store(path)
    claims = [
        claim(TEXT, "20,000 people", 20000, Scope.CUMULATIVE, "since 2009"),
        claim(TEXT, "12 villagers", 12, Scope.INCIDENT, None),
    ]
    assert store.add_document(document_from_text("toll.txt", TEXT), claims) is not None
    return store


def test_scope_and_period_survive_the_database(tmp_path):
    store = stored(tmp_path / "claims.db")
    store.close()
    store = Store(tmp_path / "claims.db")  # read back from the file
    rows = store.claims(ClaimFilter())
    assert [(r["text"], r["scope"], r["period"]) for r in rows] == [
        ("20,000 people", "cumulative", "since 2009"),
        ("12 villagers", "incident", None),
    ]
    whole = StoredClaim.model_validate(store.claim(rows[0]["id"]))
    assert (whole.scope, whole.period) == (Scope.CUMULATIVE, "since 2009")
    plain = list(store.iter_claim_rows(ClaimFilter()))
    assert [(r.scope, r.period) for r in plain] == [
        ("cumulative", "since 2009"),
        ("incident", None),
    ]
    assert all(isinstance(r, ClaimRow) for r in store.claim_rows_by_id([r["id"] for r in rows]))
    store.close()


def test_the_database_refuses_an_unknown_scope(tmp_path):
    store = stored(tmp_path / "claims.db")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.db.execute("UPDATE claims SET scope = 'weekly'")
    store.close()


def test_a_database_from_before_scopes_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = database_before(path, "m006_scope", date_text="on Monday", denies=1, country="Mali")
    old.execute(
        "INSERT INTO verdicts (claim_id, status, analyst, decided_at)"
        " VALUES (1, 'confirmed', 'ana', 'now')"
    )
    old.conn.commit()
    assert "scope" not in old["claims"].columns_dict
    old.close()

    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    [row] = store.claims(ClaimFilter(search="Gao"))  # the full-text index still works
    assert (row["scope"], row["period"]) == ("incident", None)
    assert (row["date_text"], row["denies"], row["country"], row["status"]) == (
        "on Monday",
        1,
        "Mali",
        "confirmed",
    )  # nothing stored is lost
    # and new claims keep their scope
    store.add_document(
        document_from_text("toll.txt", TEXT),
        [claim(TEXT, "20,000 people", 20000, Scope.CUMULATIVE, "since 2009")],
    )
    assert [(r["scope"], r["period"]) for r in store.claims(ClaimFilter(source="toll.txt"))] == [
        ("cumulative", "since 2009")
    ]
    store.close()
    assert Store(path).schema_version() == SCHEMA_VERSION  # opened again: nothing to do


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_exports_carry_scope_and_period(tmp_path):
    path = tmp_path / "claims.db"
    stored(path).close()
    document = json.loads(run("--db", str(path), "export", "--format", "json"))
    assert [(c["scope"], c["period"]) for c in document["claims"]] == [
        ("cumulative", "since 2009"),
        ("incident", None),
    ]
    for item in document["claims"]:
        assert StoredClaim.model_validate(item).model_dump(mode="json") == item
    rows = list(csv.reader(io.StringIO(run("--db", str(path), "export", "--format", "csv"))))
    # added after the first columns, the place's after them: the others keep their places
    at = rows[0].index("scope")
    assert rows[0][at : at + 2] == ["scope", "period"]
    assert rows[0][at + 2 :] == [*PLACE_COLUMNS, *LAST_COLUMNS, *SOURCE_COLUMNS, *DENIAL_COLUMNS]
    assert rows[0][:3] == ["id", "source", "start"]
    scopes = [row[at : at + 2] for row in rows[1:]]
    assert scopes == [["cumulative", "since 2009"], ["incident", ""]]


def test_extract_json_carries_scope_and_period(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Gunmen killed 12 villagers near Tessit on Tuesday.\n", encoding="utf-8")
    lines = run("extract", str(source), "--json").splitlines()
    assert lines
    for line in lines:
        item = json.loads(line)
        assert item["scope"] in ("incident", "cumulative")
        assert "period" in item
