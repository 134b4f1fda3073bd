"""The analyst's curation of voices and documents (tables voice_curation,
document_curation, curation_log): a voice renamed, merged into another, or marked as
relaying another; a document's title, outlet, URL or publication date edited.

Each is kept by what re-deriving gives again, not by row ids: a voice by its key
(voices.key, which `voice_of` derives again from every claim), a document by the
sha256 of its content. An ingest of a voice merged away stores its claims in the
voice it was merged into (`add_voice`), and a document stored again takes its edits
back (`curated_document`). Every change appends to curation_log: who, when, old, new.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping

from workbench.errors import WorkbenchError
from workbench.models import SourceDocument
from workbench.rows import CurationLogRow
from workbench.store.connection import Connection
from workbench.store.corrections import MACHINE_VOICED
from workbench.store.curation_log import log
from workbench.store.outlets import new_outlet
from workbench.store.values import now
from workbench.store.voice_merges import merged_key, voice_identity
from workbench.store.voices import add_voice, machine_voice, normalise

DOCUMENT_FIELDS = ("title", "outlet", "url", "published", "language")


class Curation(Connection):
    """The store's curation of voices and documents."""

    # -- voices -----------------------------------------------------------

    def rename_voice(self, voice_id: int, name: str, analyst: str) -> None:
        """Give a voice the analyst's name; it stays through every later ingest. A name
        another voice has is refused (two voices of one name cannot be told apart:
        merge them instead)."""
        with self._write() as conn:
            key, old = voice_names(conn, voice_id)
            taken = conn.execute(
                "SELECT id FROM voices WHERE name = ? COLLATE NOCASE AND id != ?", [name, voice_id]
            ).fetchone()
            if taken is not None:
                raise WorkbenchError(
                    f"voice {taken[0]} is called {name!r} already: merge the two"
                    f" (voice merge) rather than give them one name"
                )
            _curate(conn, key, analyst, name=name)
            conn.execute("UPDATE voices SET name = ? WHERE id = ?", [name, voice_id])
            log(conn, "voice", key, "rename", old, name, analyst)

    def create_voice(self, name: str, kind: str, analyst: str) -> int:
        """A voice of the analyst's name that speaks no claim yet (to merge others
        into, `voice merge "New name" A B`); its id. Not merged into a voice of its
        identity: the analyst named it."""
        key = f"{kind}:{normalise(name)}"
        with self._write() as conn:
            found = conn.execute("SELECT id FROM voices WHERE key = ?", [key]).fetchone()
            if found is not None:
                return int(found[0])
            conn.execute(
                "INSERT INTO voices (key, name, kind, identity) VALUES (?, ?, ?, ?)",
                [key, name, kind, voice_identity(key, name)],
            )
            _curate(conn, key, analyst, name=name)
            log(conn, "voice", key, "create", None, name, analyst)
            return int(conn.execute("SELECT id FROM voices WHERE key = ?", [key]).fetchone()[0])

    def merge_voice(self, voice_id: int, into_id: int, analyst: str) -> int:
        """Make a voice one with another: its claims, and those every later ingest
        gives it, speak in `into_id`'s voice. Returns how many claims moved.
        A voice merged into itself, or into one merged into it, is refused."""
        with self._write() as conn:
            key, name = voice_names(conn, voice_id)
            into_key, into_name = voice_names(conn, into_id)
            if merged_key(conn, into_key) == merged_key(conn, key):
                raise WorkbenchError(f"{name!r} and {into_name!r} are one voice already")
            if (final := merged_key(conn, into_key)) != into_key:
                raise WorkbenchError(
                    f"{into_name!r} is merged into {_name(conn, final)!r}; merge into that one"
                )
            _curate(conn, key, analyst, merged_into=into_key)
            _carry_grade(conn, voice_id, into_id, into_key, analyst)
            moved = conn.execute(
                "UPDATE claims SET voice_id = ? WHERE voice_id = ?", [into_id, voice_id]
            ).rowcount
            log(conn, "voice", key, "merge", name, into_name, analyst)
            _regroup_events(conn)
            return moved

    def unmerge_voice(self, voice_id: int, analyst: str) -> int:
        """Take back a merge: the claims the machine gives this voice speak in it
        again. Returns how many claims moved back."""
        with self._write() as conn:
            key, name = voice_names(conn, voice_id)
            row = conn.execute(
                "SELECT merged_into FROM voice_curation WHERE key = ?", [key]
            ).fetchone()
            if row is None or row[0] is None:
                raise WorkbenchError(f"{name!r} is merged into no other voice")
            into_key = merged_key(conn, key)
            _curate(conn, key, analyst, merged_into=None)
            moved = _follow_machine(conn, into_key)
            log(conn, "voice", key, "unmerge", _name(conn, row[0]), name, analyst)
            _regroup_events(conn)
            return moved

    def relay_voice(self, voice_id: int, source_id: int | None, analyst: str) -> None:
        """Mark a voice as relaying another's word (an outlet citing the army), so that
        the two count as one independent voice; None: it relays nobody. A relay that
        comes back to the voice itself is refused."""
        with self._write() as conn:
            key, name = voice_names(conn, voice_id)
            old = conn.execute("SELECT relays FROM voice_curation WHERE key = ?", [key]).fetchone()
            old_name = _name(conn, old[0]) if old and old[0] else None
            source_key = source_name = None
            if source_id is not None:
                source_key, source_name = voice_names(conn, source_id)
                if source_id == voice_id:
                    raise WorkbenchError(f"{name!r} cannot relay itself: give the voice it cites")
                if self._relay_root(conn, source_id) == voice_id:
                    raise WorkbenchError(f"{source_name!r} relays {name!r}: not the other way too")
            if old_name is None and source_key is None:
                raise WorkbenchError(f"{name!r} relays no other voice")
            _curate(conn, key, analyst, relays=source_key)
            log(conn, "voice", key, "relay", old_name, source_name, analyst)
            _regroup_events(conn)

    def voice_relays(self) -> dict[int, int]:
        """For each voice that relays another: the id of the voice whose word it
        passes on at the end of the chain (an outlet citing an agency citing the army:
        the army)."""
        conn = self.db.conn
        ids = {
            voice_id
            for (voice_id,) in conn.execute(
                "SELECT vo.id FROM voices vo JOIN voice_curation vc ON vc.key = vo.key"
                " WHERE vc.relays IS NOT NULL"
            )
        }
        return {voice_id: self._relay_root(conn, voice_id) for voice_id in ids}

    def voice_curation(self) -> dict[int, tuple[str | None, str | None]]:
        """For each voice merged into another or relaying one: (the name of the voice it
        is merged into, the name of the voice it relays), None where neither."""
        found: dict[int, tuple[str | None, str | None]] = {}
        conn = self.db.conn
        for voice_id, merged, relays in conn.execute(
            "SELECT vo.id, vc.merged_into, vc.relays FROM voices vo"
            " JOIN voice_curation vc ON vc.key = vo.key"
            " WHERE vc.merged_into IS NOT NULL OR vc.relays IS NOT NULL"
        ):
            found[voice_id] = (
                _name(conn, merged) if merged else None,
                _name(conn, relays) if relays else None,
            )
        return found

    def _relay_root(self, conn: sqlite3.Connection, voice_id: int) -> int:
        seen = {voice_id}
        while True:
            row = conn.execute(
                "SELECT vc.relays FROM voices vo JOIN voice_curation vc ON vc.key = vo.key"
                " WHERE vo.id = ? AND vc.relays IS NOT NULL",
                [voice_id],
            ).fetchone()
            if row is None:
                return voice_id
            found = conn.execute(
                "SELECT id FROM voices WHERE key = ?", [merged_key(conn, row[0])]
            ).fetchone()
            if found is None or found[0] in seen:
                return voice_id
            voice_id = int(found[0])
            seen.add(voice_id)

    def speaking_as(self, voice_id: int) -> int:
        """The id of the voice `voice_id` speaks as: the one the analyst merged it into
        (down a chain of merges), else its own."""
        conn = self.db.conn
        key = conn.execute("SELECT key FROM voices WHERE id = ?", [voice_id]).fetchone()
        if key is None:
            return voice_id
        found = conn.execute(
            "SELECT id FROM voices WHERE key = ?", [merged_key(conn, key[0])]
        ).fetchone()
        return int(found[0]) if found else voice_id

    # -- documents --------------------------------------------------------

    def edit_document(self, document_id: int, edits: Mapping[str, str | None], analyst: str) -> int:
        """Set a document's title, outlet, url, published (ISO date) or language
        (ISO 639-1; `reextract` reads it again in that language), each kept by
        its content's sha256 for any later ingest of it. A new outlet moves the claims
        the outlet spoke in its name to the new outlet's voice. Returns how many
        fields changed."""
        unknown = set(edits) - set(DOCUMENT_FIELDS)
        if unknown:
            raise WorkbenchError(f"a document has no field {sorted(unknown)[0]!r}")
        with self._write() as conn:
            row = conn.execute(
                "SELECT sha256, path, title, outlet, url, published, language FROM documents"
                " WHERE id = ?",
                [document_id],
            ).fetchone()
            if row is None:
                raise WorkbenchError(f"no document with id {document_id}; `workbench sources`")
            sha256, path, *values = row
            before = dict(zip(DOCUMENT_FIELDS, values, strict=True))
            changed = {f: v for f, v in edits.items() if v != before[f]}
            if "outlet" in changed:
                document = (sha256, path, before["title"])
                outlets = (before["outlet"], changed["outlet"])
                new_outlet(conn, document_id, document, outlets, analyst)
                _regroup_events(conn)
            for field, value in changed.items():
                conn.execute(f"UPDATE documents SET {field} = ? WHERE id = ?", [value, document_id])
                conn.execute(
                    "INSERT INTO document_curation (sha256, field, value, analyst, updated_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256, field) DO UPDATE SET"
                    " value = excluded.value, analyst = excluded.analyst,"
                    " updated_at = excluded.updated_at",
                    [sha256, field, value, analyst, now()],
                )
                log(conn, "document", sha256, f"edit {field}", before[field], value, analyst)
            return len(changed)

    # -- the log ----------------------------------------------------------

    def curation_log(
        self, subject: str | None = None, target: str | None = None
    ) -> list[CurationLogRow]:
        """The curation log, oldest first: every change, or those of one subject
        ("voice", "document"), or of one voice key or document sha256."""
        return self._rows(
            CurationLogRow,
            "SELECT id, subject, target, action, old, new, analyst, at FROM curation_log"
            " WHERE (? IS NULL OR subject = ?) AND (? IS NULL OR target = ?) ORDER BY id",
            [subject, subject, target, target],
        )

    def voice_key(self, voice_id: int) -> str:
        """The key of a voice (what the curation log names it by)."""
        return voice_names(self.db.conn, voice_id)[0]

    def document_sha256(self, document_id: int) -> str:
        """The sha256 of a document's content (what the curation log names it by)."""
        row = self.db.execute("SELECT sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise WorkbenchError(f"no document with id {document_id}; `workbench sources`")
        return str(row[0])


def curated_document(conn: sqlite3.Connection, doc: SourceDocument) -> SourceDocument:
    """`doc` with the analyst's edits of a document of the same content, inside the
    caller's write transaction: an ingest of a file edited before takes them back."""
    edits = dict(
        conn.execute(
            "SELECT field, value FROM document_curation WHERE sha256 = ?", [doc.sha256]
        ).fetchall()
    )
    if not edits:
        return doc
    update: dict[str, object] = dict(edits)
    if edits.get("published"):
        update["published"] = dt.date.fromisoformat(edits["published"])
    return doc.model_copy(update=update)


def voice_names(conn: sqlite3.Connection, voice_id: int) -> tuple[str, str]:
    """A voice's key and name; `WorkbenchError` for no such voice."""
    row = conn.execute("SELECT key, name FROM voices WHERE id = ?", [voice_id]).fetchone()
    if row is None:
        raise WorkbenchError(f"no voice with id {voice_id}; `workbench voices` lists them")
    return str(row[0]), str(row[1])


def _name(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT name FROM voices WHERE key = ?", [key]).fetchone()
    return key if row is None else str(row[0])


def _curate(conn: sqlite3.Connection, key: str, analyst: str, **values: str | None) -> None:
    """Set columns of a voice's curation row (made if it has none)."""
    conn.execute(
        "INSERT INTO voice_curation (key, analyst, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET analyst = excluded.analyst,"
        " updated_at = excluded.updated_at",
        [key, analyst, now()],
    )
    for column, value in values.items():
        conn.execute(f"UPDATE voice_curation SET {column} = ? WHERE key = ?", [value, key])


def _follow_machine(conn: sqlite3.Connection, key: str) -> int:
    """Give each claim now in the voice of `key` the voice the machine's rule and the
    merges standing give it (a merge taken back); returns how many moved."""
    rows = conn.execute(
        "SELECT c.id, c.attribution, c.comment, c.commenter, d.outlet, d.sha256, d.path,"
        " d.title, c.country FROM claims c JOIN documents d ON d.id = c.document_id"
        f" JOIN voices vo ON vo.id = c.voice_id WHERE vo.key = ? AND {MACHINE_VOICED}",
        [key],
    ).fetchall()
    moved = 0
    for claim_id, attribution, comment, commenter, outlet, sha256, path, title, country in rows:
        document = (outlet, sha256, path, title)
        voice = machine_voice(attribution, comment, commenter, document, country)
        voice_id = add_voice(conn, *voice)
        moved += conn.execute(
            "UPDATE claims SET voice_id = ? WHERE id = ? AND voice_id != ?",
            [voice_id, claim_id, voice_id],
        ).rowcount
    return moved


def _regroup_events(conn: sqlite3.Connection) -> None:
    """Have the next regrouping group and sum every event again: who speaks for whom
    changed, which the grouping and the independent voices read."""
    conn.execute("DELETE FROM meta WHERE key = 'events_grouped'")


def _carry_grade(
    conn: sqlite3.Connection, voice_id: int, into_id: int, into_key: str, analyst: str
) -> None:
    """Inside a merge: the merged voice's grade and note given to the voice it goes
    into where that one has no grade (logged as a grade is); the merged voice keeps
    its own, which an unmerge shows again. Different grades are refused before
    (`service.curation`)."""
    grade, note = conn.execute("SELECT grade, note FROM voices WHERE id = ?", [voice_id]).fetchone()
    held = conn.execute("SELECT grade FROM voices WHERE id = ?", [into_id]).fetchone()[0]
    if grade is None or held is not None:
        return
    conn.execute(
        "UPDATE voices SET grade = ?, note = COALESCE(note, ?) WHERE id = ?", [grade, note, into_id]
    )
    log(conn, "voice", into_key, "grade", None, grade, analyst)
