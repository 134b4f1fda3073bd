"""The claims database on real temporary files: schema, migrations, writes, reads."""

import sqlite3

import pytest
from sqlite_utils import Database

from tests.conftest import claims_in
from workbench.errors import WorkbenchError
from workbench.ingest import document_from_text
from workbench.models import StoredClaim
from workbench.store import SCHEMA_VERSION, ClaimFilter, Store, migrations, voice_of

TEXT = (
    "Clashes in Menaka\n\n"
    "Gunmen killed 14 soldiers near Menaka on Monday, army spokesman Col. Ali Maiga said.\n\n"
    "According to OCHA, 3,000 people have fled the fighting.\n"
)


def stored_document(store: Store, text: str = TEXT, path: str = "a.txt") -> int:
    doc = document_from_text(path, text)
    document_id = store.add_document(doc, claims_in(text))
    assert document_id is not None
    return document_id


def test_schema_is_created_at_the_current_version(tmp_path):
    store = Store(tmp_path / "claims.db")
    assert store.schema_version() == SCHEMA_VERSION
    tables = set(store.db.table_names())
    assert {
        "documents",
        "voices",
        "claims",
        "verdicts",
        "verdict_history",
        "links",
        "claims_fts",
    } <= tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_first_version_database_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_search")
    old.execute(
        "INSERT INTO documents (path, sha256, format, text, loaded_at)"
        " VALUES ('x.txt', 'abc', 'txt', 't', 'now')"
    )
    old.execute("INSERT INTO voices (key, name, kind) VALUES ('outlet:x', 'X', 'outlet')")
    old.execute(
        'INSERT INTO claims (document_id, voice_id, start, "end", text, sentence, category,'
        " qualifier, section) VALUES"
        " (1, 1, 0, 5, '12 killed near Gao', 's', 'killed', 'exact', 'paragraph')"
    )
    old.conn.commit()
    old.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.count("claims") == 1  # kept, not dropped
    assert [c["text"] for c in store.claims(ClaimFilter(search="Gao"))] == ["12 killed near Gao"]
    assert len(store.claims(ClaimFilter(source="x.txt"))) == 1  # a later migration's column filled


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(WorkbenchError, match="newer Workbench"):
        Store(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(WorkbenchError, match="not a Workbench database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")  # untouched


def test_same_content_is_stored_once(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    assert store.add_document(document_from_text("b.txt", TEXT), claims_in(TEXT)) is None
    assert store.count("documents") == 1


def test_voices_are_shared_across_documents(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    stored_document(store, TEXT.replace("14", "15"), "b.txt")
    names = {v["name"]: v["claims"] for v in store.voices()}
    assert names["OCHA"] == 2


def test_verdicts_and_history(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    first = store.claims(ClaimFilter())[0]["id"]
    store.set_verdict(first, "confirmed", "two sources", "ana")
    store.set_verdict(first, "disputed", "a third source disagrees", "ben")
    assert store.claim(first)["status"] == "disputed"
    assert [(h["old_status"], h["new_status"], h["analyst"]) for h in store.history(first)] == [
        ("unreviewed", "confirmed", "ana"),
        ("confirmed", "disputed", "ben"),
    ]
    assert [c["id"] for c in store.claims(ClaimFilter(status="unreviewed"))] != [first]


def test_history_is_append_only(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    store.set_verdict(1, "confirmed", None, "ana")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE verdict_history SET new_status = 'false'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM verdict_history")


def test_unknown_claim_and_status(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    with pytest.raises(WorkbenchError, match="no claim with id 999"):
        store.set_verdict(999, "confirmed", None, "ana")
    with pytest.raises(WorkbenchError, match="unknown status"):
        store.set_verdict(1, "maybe", None, "ana")
    assert store.count("verdict_history") == 0


@pytest.mark.parametrize("query", ['"Menaka', "soldiers (", "AND OR", "NEAR(", "*", "col:x", "'"])
def test_search_is_literal_and_never_fails(tmp_path, query):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    store.claims(ClaimFilter(search=query))  # no exception


def test_filters(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    assert [c["category"] for c in store.claims(ClaimFilter(category="killed"))] == ["killed"]
    assert len(store.claims(ClaimFilter(source="a.txt"))) == 2
    assert store.claims(ClaimFilter(source="other.txt")) == []
    assert [c["category"] for c in store.claims(ClaimFilter(search="soldiers"))] == ["killed"]
    assert [c["category"] for c in store.claims(ClaimFilter(search="ocha"))] == ["displaced"]


def test_commenters_and_outlets_are_voices():
    doc = document_from_text("post.txt", "Title\n\nBody.\n")
    claims = claims_in("Twelve soldiers were killed.")
    assert voice_of(doc, claims[0])[2] == "outlet"
    cited = claims[0].model_copy(update={"attribution": "The Army"})
    assert voice_of(doc, cited) == ("speaker:army", "The Army", "speaker")


def test_a_verdict_without_a_note_keeps_the_note(tmp_path):
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    store.set_verdict(1, "confirmed", "checked against OCHA", "ana")
    store.set_verdict(1, "disputed", None, "ben")
    assert store.claim(1)["note"] == "checked against OCHA"
    store.set_verdict(1, "disputed", "", "ben")
    assert store.claim(1)["note"] == ""


def test_claim_rows_hold_what_the_claims_hold(tmp_path):
    """The unvalidated rows the reports read are the claims, field for field."""
    store = Store(tmp_path / "claims.db")
    stored_document(store)
    first = store.claims(ClaimFilter())[0]["id"]
    store.set_verdict(first, "disputed", "one source", "ana")
    dicts = store.claims(ClaimFilter())
    rows = list(store.iter_claim_rows(ClaimFilter()))
    assert [r._asdict() for r in rows] == dicts
    assert store.claim_rows_by_id([first]) == rows[:1]
    assert StoredClaim.model_validate(rows[0]._asdict()).status == "disputed"
