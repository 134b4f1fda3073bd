"""The voices table: who a claim speaks for (a named source, a commenter, the
outlet), how a claim's voice is worked out and keyed, and the reliability grade
an analyst gives a voice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.extract.voicewords import anonymous, names_no_one, role_of_country
from workbench.models import Claim, SourceDocument
from workbench.rows import CountedVoiceRow, VoiceRow
from workbench.store.connection import Connection
from workbench.store.voice_merges import COUNTRY_MARK, merge_same, merged_key, voice_identity
from workbench.store.voice_names import UNNAMED_OUTLET


class Voices(Connection):
    """The store's voices and their grades."""

    def voices(self) -> list[CountedVoiceRow]:
        """Every voice with its grade and how many claims it speaks (a claim dismissed
        as none not counted), by name."""
        return self._rows(
            CountedVoiceRow,
            "SELECT vo.id, vo.name, vo.kind, vo.grade, vo.note, COUNT(c.id) AS claims"
            " FROM voices vo LEFT JOIN claims c ON c.voice_id = vo.id AND c.dismissed = 0"
            " GROUP BY vo.id ORDER BY vo.name COLLATE NOCASE",
        )

    def voice_countries(self) -> dict[int, frozenset[str]]:
        """The countries (lower-case) each voice's claims are in, by voice id; a voice
        whose claims name none is absent."""
        found: dict[int, set[str]] = {}
        for voice_id, country in self.db.execute(
            "SELECT DISTINCT voice_id, lower(country) FROM claims"
            " WHERE dismissed = 0 AND country IS NOT NULL"
        ):
            found.setdefault(int(voice_id), set()).add(str(country))
        return {voice_id: frozenset(countries) for voice_id, countries in found.items()}

    def document_voice_grades(self) -> dict[int, list[tuple[str, str | None]]]:
        """Each document's voices, by name, with their reliability grades."""
        found: dict[int, list[tuple[str, str | None]]] = {}
        for document_id, name, grade in self.db.execute(
            "SELECT DISTINCT c.document_id, vo.name, vo.grade FROM claims c"
            " JOIN voices vo ON vo.id = c.voice_id WHERE c.dismissed = 0"
            " ORDER BY c.document_id, vo.name COLLATE NOCASE"
        ):
            found.setdefault(document_id, []).append((name, grade))
        return found

    def find_voice(self, name_or_id: str) -> VoiceRow:
        """A voice by id, by exact name, or by its normalised key."""
        rows = self._rows(
            VoiceRow,
            f"SELECT id, name, kind, grade, note FROM voices WHERE {_NAMED}",
            _named(name_or_id),
        )
        if not rows:
            asked = name_or_id.strip()  # an id, or a name (trial 57: "no voice named '9999'")
            which = f"with id {asked}" if asked.isdigit() else f"named {name_or_id!r}"
            raise WorkbenchError(f"no voice {which}; `workbench voices` lists them")
        if len(rows) > 1:  # a name the analyst merged away names the voice it went into
            rows = [r for r in rows if r["id"] not in self._merged_away()] or rows
        if len(rows) > 1:
            names = "; ".join(f"{r['id']}: {r['name']}" for r in rows[:5])
            raise WorkbenchError(f"{name_or_id!r} names several voices ({names}); give the id")
        return rows[0]

    def surviving_voice(self, voice: VoiceRow) -> VoiceRow:
        """The voice `voice` speaks as: the one an analyst (or Workbench) merged it
        into, down a chain of merges, else `voice` itself."""
        key = self.db.execute("SELECT key FROM voices WHERE id = ?", [voice["id"]]).fetchone()
        into = merged_key(self.db.conn, key[0]) if key else None
        if into is None or into == key[0]:
            return voice
        rows = self._rows(
            VoiceRow, "SELECT id, name, kind, grade, note FROM voices WHERE key = ?", [into]
        )
        return rows[0] if rows else voice

    def names_a_voice(self, name_or_id: str) -> bool:
        """Whether a voice has this id, name or normalised key (as `find_voice` finds
        one, or several)."""
        query = f"SELECT 1 FROM voices WHERE {_NAMED} LIMIT 1"
        return self.db.execute(query, _named(name_or_id)).fetchone() is not None

    def _merged_away(self) -> set[int]:
        """The ids of the voices an analyst merged into another (`voice merge`)."""
        return {
            row[0]
            for row in self.db.execute(
                "SELECT vo.id FROM voices vo JOIN voice_curation vc ON vc.key = vo.key"
                " WHERE vc.merged_into IS NOT NULL"
            )
        }


def refuse_a_number(name: str) -> None:
    """Raise WorkbenchError where a new voice would be named by a bare number: a
    mistyped id ("voice merge 999 7" made a voice "999" and moved the ministry's
    claims into it, a trial found), never a speaker's name."""
    if name.strip().isdigit():
        raise WorkbenchError(
            f"no voice has the id {name.strip()}; `workbench voices` lists them"
            " (a new voice needs a name, not a number)"
        )


# how a voice is named: by its id, its name in any case, or its normalised key
# (a country's voice by its words alone: "army" finds "army (Chad)", if it is the only one)
_NAMED = "CAST(id AS TEXT) = ? OR name = ? COLLATE NOCASE OR key LIKE ? OR key LIKE ?"


def _named(name_or_id: str) -> list[str]:
    """The parameters of `_NAMED` for a name or id."""
    key = normalise(name_or_id)
    return [name_or_id, name_or_id, f"%:{key}", f"%:{key}{COUNTRY_MARK}%"]


def normalise(name: str) -> str:
    """A voice's key: lower case, no leading article, punctuation and spacing folded."""
    words = "".join(ch if ch.isalnum() else " " for ch in name.lower()).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def voice_of(doc: SourceDocument, claim: Claim) -> tuple[str, str, str]:
    """(key, name, kind) of the voice a claim speaks in: the source it names, else the
    commenter, else the outlet (or the document itself when the outlet is unknown)."""
    return machine_voice(
        claim.attribution,
        claim.comment,
        claim.commenter,
        (doc.outlet, doc.sha256, doc.path, doc.title),
        claim.country,
    )


def machine_voice(
    attribution: str | None,
    comment: str | None,
    commenter: str | None,
    document: tuple[str | None, str, str, str | None],
    country: str | None = None,
) -> tuple[str, str, str]:
    """`voice_of` from the stored columns: a claim's attribution, comment and commenter,
    its document's (outlet, sha256, path, title), and its country. A source that names
    no one in particular ("the army", "security sources": `voicewords.names_no_one`)
    is that country's: "army (Chad)" and "army (Cameroon)" are two voices, whatever an
    analyst merged "army" into; and one named with its country ("Chad's army", "the
    Chadian army", "the army of Chad") is that voice too: one voice, not several
    independent ones (`voicewords.role_of_country`). An unnamed person or a few ("a
    security source", "residents": `voicewords.anonymous`) are their country's and
    their outlet's: two outlets' security sources are two voices."""
    outlet, sha256, path, title = document
    if attribution and not attribution.startswith("commenter ("):
        named = role_of_country(attribution)  # "the Chadian army" is the army (Chad)
        if named is not None:
            role, of = normalise(named[0]), normalise(named[1].name)
            return f"speaker:{role}{COUNTRY_MARK}{of}", attribution, "speaker"
        if country and names_no_one(attribution):
            if anonymous(attribution):  # "a security source": the outlet's, unnamed
                where = f", {outlet}" if outlet else ""  # else its own report's
                return (
                    f"speaker:{normalise(attribution)}{COUNTRY_MARK}{normalise(country)}"
                    f"{COUNTRY_MARK}{normalise(outlet) if outlet else sha256[:12]}",
                    f"{attribution} ({country}{where})",
                    "speaker",
                )
            return (
                f"speaker:{normalise(attribution)}{COUNTRY_MARK}{normalise(country)}",
                f"{attribution} ({country})",
                "speaker",
            )
        return f"speaker:{normalise(attribution)}", attribution, "speaker"
    if comment is not None:
        if commenter:
            return f"commenter:{normalise(commenter)}", commenter, "commenter"
        name = f"commenter {comment} on {Path(path).name}"
        return f"commenter:{sha256[:12]}:{comment}", name, "commenter"
    if outlet:
        return f"outlet:{normalise(outlet)}", outlet, "outlet"
    return f"outlet:{sha256[:12]}", f"{UNNAMED_OUTLET}{title or Path(path).name}", "outlet"


def add_voice(conn: sqlite3.Connection, key: str, name: str, kind: str) -> int:
    """The id of the voice of this key, stored first if it is new (under the analyst's
    name for it, if one was given), inside the caller's write transaction; a key the
    analyst merged into another voice gives that voice's id (store/curation.py). A
    country's voice new to the store ("army" in Chad) takes the grade and note the
    analyst gave the voice of the same words everywhere ("army"), if any: a database
    made before voices had countries keeps the analyst's grades. A new speaker of the
    identity of one stored ("UN" where "U.N." is, "Mayor X Y" where "X Y" is:
    `voice_names.identity`) is merged into it, as `voice merge` would, by the analyst
    "workbench" in the voice history (`voice unmerge` takes it back)."""
    everywhere = key.split(COUNTRY_MARK)[0] if COUNTRY_MARK in key else None
    same = voice_identity(key, name)
    added = conn.execute(
        "INSERT INTO voices (key, name, kind, grade, note, identity) VALUES"
        " (?, COALESCE((SELECT name FROM voice_curation WHERE key = ?), ?), ?,"
        " (SELECT grade FROM voices WHERE key = ?), (SELECT note FROM voices WHERE key = ?), ?)"
        " ON CONFLICT (key) DO NOTHING",
        [key, key, name, kind, everywhere, everywhere, same],
    ).rowcount
    if added:
        merge_same(conn, key)
    row = conn.execute("SELECT id FROM voices WHERE key = ?", [merged_key(conn, key)]).fetchone()
    return int(row[0])
