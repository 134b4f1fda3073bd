"""Versions of one source (issue 19): a document read again from the same URL or
file path with other text is stored beside the one before, with the diff between
them and the claims whose figures changed (`ingest/versions.py` compares them).
The same text read again is not stored twice."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from workbench.ingest.versions import (
    Figure,
    changed_figures,
    paired_figures,
    same_article,
    text_diff,
)
from workbench.models import SourceDocument
from workbench.store.claims import CLAIM_COLUMNS, FRESH_CLAIM_ID
from workbench.store.connection import Connection
from workbench.store.corrections import append_history, carry_corrections
from workbench.store.values import now
from workbench.store.verdicts import flag_stale, give_verdict
from workbench.vocabulary import Status

_FIGURE_FIELDS = ("category", "value", "low", "high")  # a Figure's fields a correction may set


class Previous(NamedTuple):
    """The latest stored document of a source: its id, text, content's sha256 and the
    path it was read from."""

    id: int
    text: str
    sha256: str
    path: str


class FigureChange(NamedTuple):
    """A claim of a new version whose figure differs from the claim of the version
    before that says the same thing: both ids, words and figures."""

    claim_id: int
    text: str
    value: float | None
    previous_claim_id: int
    previous_text: str
    previous_value: float | None


class Version(NamedTuple):
    """A document that is a new version of `previous_id` (None once that one was
    removed) of the source `source`: the diff between them and its figure changes."""

    document_id: int
    previous_id: int | None
    source: str
    diff: str
    changes: list[FigureChange]


def previous_version(conn: sqlite3.Connection, doc: SourceDocument) -> Previous | None:
    """The latest stored document read from the same address as `doc` (the URL asked
    or the file's path as given), or from the page `doc` names as its own (`url`, a
    NAME.json's: a trial saved a page's update to another file and got a second,
    independent source), the latest whose text this one's can be a version of
    (`ingest.versions.same_article`: a sidecar copied beside another article named
    the page too); None where there is none. A site's front page names no article
    ("https://example.org/"), so it makes no version."""
    page = article_address(doc.url)
    rows = conn.execute(
        "SELECT id, text, sha256, path FROM documents WHERE path = :path"
        " OR (:page IS NOT NULL AND (url = :page OR path = :page)) ORDER BY id DESC",
        {"path": doc.path, "page": page},
    )
    for found, text, sha256, path in rows:
        if path == doc.path or same_article(text, doc.text):
            return Previous(found, text, sha256, path)
    return None


def article_address(url: str | None) -> str | None:
    """`url` where it is an http(s) address with a path (an article's page), else
    None (none given, or a site's front page)."""
    if not url:
        return None
    parts = urlsplit(url)
    has_path = parts.path.strip("/") or parts.query
    return url if parts.scheme in ("http", "https") and parts.netloc and has_path else None


def carry_edits(conn: sqlite3.Connection, previous: Previous, doc: SourceDocument) -> None:
    """Keep the analyst's edits of the version before (its title, outlet, URL, date,
    language: `document edit`) for the new version, in the caller's write
    transaction: copied under the new content's sha256, where that has none of its
    own for the field, as `curation.curated_document` then reads them. Nothing the
    analyst typed is dropped because the page changed."""
    conn.execute(
        "INSERT OR IGNORE INTO document_curation (sha256, field, value, analyst, updated_at)"
        " SELECT ?, field, value, analyst, updated_at FROM document_curation WHERE sha256 = ?",
        [doc.sha256, previous.sha256],
    )


def _file_name(path: str) -> str:
    """A document's file name as a diff heads it, else its path (a URL)."""
    return Path(path).name or path


def record_version(
    conn: sqlite3.Connection, document_id: int, previous: Previous, doc: SourceDocument
) -> None:
    """Record, in the caller's write transaction, that `document_id` (just stored
    with its claims) is a new version of `previous`: the diff and the claims whose
    figures changed. The claims of `previous` are superseded: no longer matched or
    counted in events (`claims.SUPERSEDED`), so the machine's suggested links to them
    go; a link an analyst set, confirmed or rejected stays as they left it."""
    diff = text_diff(
        previous.text,
        doc.text,
        f"{_file_name(previous.path)} (document {previous.id})",  # its own file's name
        f"{_file_name(doc.path)} (document {document_id})",
    )
    conn.execute(
        "INSERT INTO versions (document_id, previous_id, source, diff) VALUES (?, ?, ?, ?)",
        [document_id, previous.id, doc.path, diff],
    )
    _pair_figures(conn, previous.id, document_id)
    _stale_revised(conn, document_id)
    _carry_analyst_work(conn, previous.id, document_id)
    _carry_added_claims(conn, previous, document_id, doc.text)
    conn.execute(
        "DELETE FROM links WHERE origin = 'machine' AND state = 'suggested' AND ("
        " a_id IN (SELECT id FROM claims WHERE document_id = :old)"
        " OR b_id IN (SELECT id FROM claims WHERE document_id = :old))",
        {"old": previous.id},
    )


def pair_figures_again(conn: sqlite3.Connection, document_id: int) -> None:
    """Pair the figures of `document_id` with those of the version before it and of
    the version after it (where there is one) again, in the caller's write
    transaction, by the rule of the ingest (`ingest.versions.changed_figures`): for
    `reextract`, whose new reading of a document may store its claims under new ids
    (the marks of the claims it removed went with them). The marks of the later
    version's claims are replaced by the new pairs."""
    rows = conn.execute(
        "SELECT document_id, previous_id FROM versions"
        " WHERE (document_id = ? OR previous_id = ?) AND previous_id IS NOT NULL",
        [document_id, document_id],
    ).fetchall()
    for later, earlier in rows:
        conn.execute(
            "DELETE FROM figure_changes"
            " WHERE claim_id IN (SELECT id FROM claims WHERE document_id = ?)",
            [later],
        )
        _pair_figures(conn, earlier, later)


def _pair_figures(conn: sqlite3.Connection, earlier: int, later: int) -> None:
    """Mark each claim of `later` whose figure differs from the claim of `earlier`
    saying the same thing (`figure_changes`): both as the machine read them, as
    `_carry_analyst_work` pairs them. An analyst's correction of the earlier claim
    (its category set from other to killed) had paired the new "19 civilians" with
    "three women" (trial 71: reported as "19 (was 3)")."""
    pairs = changed_figures(
        _figures(conn, earlier, as_read=True), _figures(conn, later, as_read=True)
    )
    conn.executemany(
        "INSERT INTO figure_changes (claim_id, previous_claim_id) VALUES (?, ?)", pairs
    )


def _stale_revised(conn: sqlite3.Connection, later: int) -> None:
    """A confirmed claim whose figure the new version `later` of its source revised
    ("5 morts", now "7 morts") is flagged for review (`workbench claims --stale`),
    the new claim and its figure named: its source no longer says what was confirmed,
    and a trial's confirmed first toll of a revised article stood unflagged. Called
    after `_pair_figures`, in the caller's write transaction."""
    rows = conn.execute(
        "SELECT f.previous_claim_id, c.id, c.text FROM figure_changes f"
        " JOIN claims c ON c.id = f.claim_id WHERE c.document_id = ?",
        [later],
    ).fetchall()
    at = now()
    for old, new, said in rows:
        why = f"its source's new version (document {later}) says {said!r} (claim {new})"
        flag_stale(conn, old, why, Status.CONFIRMED.value, at, at)


def _carry_analyst_work(conn: sqlite3.Connection, earlier: int, later: int) -> None:
    """What the analyst did to the claims of `earlier` that the new version `later`
    says again (`paired_figures`, on the machine's readings of both), done again on
    the new version's claims, in the caller's write transaction: the corrections
    and dismissals as no claim (`corrections.carry_corrections`), a placement in an
    event, and a link they set, confirmed or rejected (a rejected link suggested again
    by the new version's same claim was a decision lost), and a verdict where the
    figure is the same (`_carry_verdict`; a revised figure is judged afresh)."""
    pairs = paired_figures(_figures(conn, earlier, as_read=True), _figures(conn, later))
    corrected = {  # read once: most claims of a page are as the machine read them
        row[0]
        for row in conn.execute(
            "SELECT id FROM claims WHERE document_id = ? AND (machine IS NOT NULL OR dismissed)",
            [earlier],
        )
    }
    for new, old in pairs:
        if old.claim_id in corrected:
            carry_corrections(conn, old.claim_id, new.claim_id, _carried(old.claim_id, earlier))
        _carry_placement_and_links(conn, old.claim_id, new.claim_id)
        if new.figure == old.figure:
            _carry_verdict(conn, old.claim_id, new.claim_id, _carried(old.claim_id, earlier))


def _carry_verdict(conn: sqlite3.Connection, old: int, new: int, carried: str) -> None:
    """Claim `old`'s verdict and its note given to claim `new`, which says the same
    thing with the same figure, in the analyst's name, a history row saying where it
    came from (a trial re-judged every unchanged claim of a new version). Not its
    stale mark, and not over a verdict `new` has already."""
    row = conn.execute(
        "SELECT status, note, analyst FROM verdicts WHERE claim_id = ?", [old]
    ).fetchone()
    if row is None or row[0] == Status.UNREVIEWED.value:
        return
    status, note, analyst = row
    give_verdict(conn, new, status, note, analyst, now(), carried)


def _carried(claim_id: int, document_id: int) -> str:
    """The note on what is done again on a new version's claim."""
    return f"carried from claim {claim_id} of document {document_id}, the version before"


def _carry_placement_and_links(conn: sqlite3.Connection, old: int, new: int) -> None:
    """Claim `old`'s placement in an event, and the links the analyst set, confirmed
    or rejected, given to claim `new` (the same claim in the new version). A placement
    by the analyst holds; the machine's is where grouping looks first (a trial's
    running-total event went, and came back under another id, when the one report it
    came from had a new version: an id an analyst noted named nothing)."""
    conn.execute(
        "INSERT OR IGNORE INTO event_claims (claim_id, event_id, placed_by)"
        " SELECT ?, event_id, placed_by FROM event_claims WHERE claim_id = ?",
        [new, old],
    )
    conn.execute(_CARRY_LINKS, {"new": new, "old": old, "at": now()})


def _carry_added_claims(
    conn: sqlite3.Connection, previous: Previous, later: int, text: str
) -> None:
    """The claims an analyst added by hand to the version before (`claim add`), added
    again to the new version `later` (whose text is `text`) where their sentence is
    still in it: at the new offsets, with the fields as they stand, the analyst who
    added it, an "added" history row that says where it came from, and its event
    placement and links. Not where the sentence is gone (the claim stays with the
    version before, superseded), nor where the new version's own reading already
    has a claim of the same category on part of the span. A claim dismissed as none
    is not added again."""
    rows = conn.execute(
        "SELECT id, start, text, sentence, category, added_by FROM claims"
        " WHERE document_id = ? AND added_by IS NOT NULL AND NOT dismissed",
        [previous.id],
    ).fetchall()
    for claim_id, start, span, sentence, category, analyst in rows:
        where = _moved_span(previous.text, text, start, span, sentence)
        if where is None or _read_already(conn, later, category, where, where + len(span)):
            continue
        new_id = conn.execute(_COPY_CLAIM, [later, where, where + len(span), claim_id]).lastrowid
        assert new_id is not None
        span_row = {"start": where, "end": where + len(span), "text": span}
        append_history(
            conn, new_id, "added", None, span_row, _carried(claim_id, previous.id), analyst, now()
        )
        _carry_placement_and_links(conn, claim_id, new_id)


def _moved_span(before: str, after: str, start: int, span: str, sentence: str) -> int | None:
    """Where the span that began at `start` of `before`, in `sentence`, begins in
    `after`: at the same place in the same sentence, else at the span's one
    occurrence in `after`; None when it cannot be told."""
    sentence_at = before.rfind(sentence, 0, start + 1)
    found = after.find(sentence) if sentence and sentence_at >= 0 else -1
    if found >= 0:
        moved = found + start - sentence_at
        if after[moved : moved + len(span)] == span:
            return moved
    return after.find(span) if after.count(span) == 1 else None


def _read_already(
    conn: sqlite3.Connection, document_id: int, category: str, start: int, end: int
) -> bool:
    """Whether a claim of `document_id` of this category reads part of start..end."""
    return bool(
        conn.execute(
            "SELECT 1 FROM claims"
            ' WHERE document_id = ? AND category = ? AND start < ? AND "end" > ?',
            [document_id, category, end, start],
        ).fetchone()
    )


_KEPT = [c for c in CLAIM_COLUMNS if c not in ("document_id", "start", '"end"')]
# A copy of claim ? as a claim of document ? at new offsets, every other field as it
# stands (an analyst's corrections of it included), and who added it.
_COPY_CLAIM = (
    f'INSERT INTO claims (id, document_id, start, "end", added_by, machine, {", ".join(_KEPT)})'
    f" SELECT {FRESH_CLAIM_ID}, ?, ?, ?, added_by, machine, {', '.join(_KEPT)}"
    " FROM claims WHERE id = ?"
)


# An analyst's links of claim :old given to claim :new, its other end kept (a pair
# linked already is left as it is: the new claim's own links were just made).
_CARRY_LINKS = """
    INSERT OR IGNORE INTO links
        (a_id, b_id, relation, score, reason, state, origin, note, analyst, updated_at)
    SELECT MIN(:new, other), MAX(:new, other), relation, score, reason, state, origin,
           note, analyst, :at
    FROM (SELECT CASE WHEN a_id = :old THEN b_id ELSE a_id END AS other, * FROM links
          WHERE (a_id = :old OR b_id = :old) AND (origin != 'machine' OR state != 'suggested'))
    WHERE other != :new
"""


def _figures(conn: sqlite3.Connection, document_id: int, as_read: bool = False) -> list[Figure]:
    """The claims the extractor found in a document (not those an analyst added by
    hand), with their figures as they stand (an analyst's correction included), or
    `as_read` by the machine."""
    rows = conn.execute(
        "SELECT id, category, sentence, text, value, low, high, machine FROM claims"
        " WHERE document_id = ? AND added_by IS NULL ORDER BY start, id",
        [document_id],
    )
    return [_figure(row, as_read) for row in rows]


def _figure(row: tuple[Any, ...], as_read: bool) -> Figure:
    figure = Figure(*row[:7])
    if not as_read or not row[7]:
        return figure
    read = {k: v for k, v in json.loads(row[7]).items() if k in _FIGURE_FIELDS}
    return dataclasses.replace(figure, **read)


class Versions(Connection):
    """Reading the versions of sources."""

    def version(self, document_id: int) -> Version | None:
        """What `document_id` changed from the version before it, or None when it is
        the first (or only) version of its source."""
        row = self.db.execute(
            "SELECT document_id, previous_id, source, diff FROM versions WHERE document_id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            self._require_document(document_id)
            return None
        document, previous, source, diff = row
        return Version(document, previous, source, diff, self.figure_changes(document_id))

    def page_shared(self, document_id: int) -> int | None:
        """The latest document stored before `document_id` from the article's page it
        names as its own (its url); None where there is none. Asked of a document that
        is no version (`version` is None): its text is another article's
        (`previous_version`)."""
        row = self.db.execute("SELECT url FROM documents WHERE id = ?", [document_id]).fetchone()
        page = article_address(row[0]) if row else None
        if page is None:
            return None
        found = self.db.execute(
            "SELECT MAX(id) FROM documents WHERE id < ? AND (url = ? OR path = ?)",
            [document_id, page, page],
        ).fetchone()
        return int(found[0]) if found[0] is not None else None

    def figure_changes(self, document_id: int) -> list[FigureChange]:
        """The claims of `document_id` whose figure changed from the version before."""
        rows = self.db.execute(
            "SELECT c.id, c.text, c.value, p.id, p.text, p.value FROM figure_changes f"
            " JOIN claims c ON c.id = f.claim_id JOIN claims p ON p.id = f.previous_claim_id"
            " WHERE c.document_id = ? ORDER BY c.start, c.id",
            [document_id],
        )
        return [FigureChange(*r) for r in rows]
