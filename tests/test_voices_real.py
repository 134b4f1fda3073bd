"""Whose voice a figure is, on sentences written for these tests in the shapes real
reports take: each clause's own speaker, "X put the toll at N", an aide to someone,
a speaker's own place, datelines, and a voice relaying another ("citing",
"quoting", "relayed by"); and the origin kept by the database."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.ingest import document_from_text
from workbench.models import Category, Claim, ClaimRow, StoredClaim
from workbench.store import SCHEMA_VERSION, ClaimFilter, Store, migrations

# -- the origin in the database ----------------------------------------------

TEXT = (
    "Toll in the north\n\n"
    "At least 40 soldiers were killed, according to a monitoring group citing JNIM.\n\n"
    "Gunmen killed 12 villagers near Tessit on Tuesday.\n"
)


def claim(words: str, value: int, attribution: str | None, origin: str | None) -> Claim:
    start = TEXT.index(words)
    line_start = TEXT.rfind("\n", 0, start) + 1
    return Claim(
        source="toll.txt",
        start=start,
        end=start + len(words),
        text=words,
        sentence=TEXT[line_start : TEXT.index("\n", start)],
        category=Category.KILLED,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        attribution=attribution,
        origin=origin,
    )


def stored(path) -> Store:
    store = Store(path)
    claims = [
        claim("40 soldiers", 40, "a monitoring group", "JNIM"),
        claim("12 villagers", 12, None, None),
    ]
    assert store.add_document(document_from_text("toll.txt", TEXT), claims) is not None
    return store


def test_origin_survives_the_database(tmp_path):
    store = stored(tmp_path / "claims.db")
    store.close()
    store = Store(tmp_path / "claims.db")
    rows = store.claims(ClaimFilter())
    assert [(r["attribution"], r["origin"]) for r in rows] == [
        ("a monitoring group", "JNIM"),
        (None, None),
    ]
    assert StoredClaim.model_validate(store.claim(rows[0]["id"])).origin == "JNIM"
    plain = list(store.iter_claim_rows(ClaimFilter()))
    assert all(isinstance(r, ClaimRow) for r in plain)
    assert [r.origin for r in plain] == ["JNIM", None]
    store.close()


def test_a_database_from_before_origins_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m007_origin")
    old.execute(
        "INSERT INTO documents (path, name, sha256, format, text, loaded_at)"
        " VALUES ('x.txt', 'x.txt', 'abc', 'txt', 't', 'now')"
    )
    old.execute("INSERT INTO voices (key, name, kind) VALUES ('outlet:x', 'X', 'outlet')")
    old.execute(
        'INSERT INTO claims (document_id, voice_id, start, "end", text, sentence, category,'
        " qualifier, section, attribution, scope, period) VALUES (1, 1, 0, 5,"
        " '12 killed near Gao', 's', 'killed', 'exact', 'paragraph', 'the army',"
        " 'cumulative', 'since 2019')"
    )
    old.conn.commit()
    assert "origin" not in old["claims"].columns_dict
    old.close()

    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    [row] = store.claims(ClaimFilter(search="Gao"))
    assert (row["attribution"], row["origin"]) == ("the army", None)
    assert (row["scope"], row["period"]) == ("cumulative", "since 2019")  # nothing lost
    store.add_document(
        document_from_text("toll.txt", TEXT), [claim("40 soldiers", 40, "a group", "JNIM")]
    )
    assert [r["origin"] for r in store.claims(ClaimFilter(source="toll.txt"))] == ["JNIM"]
    store.close()
    assert Store(path).schema_version() == SCHEMA_VERSION
