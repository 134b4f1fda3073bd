"""Corrections: an analyst's changes to what the machine read (a claim's figure,
category, subject, actor, place, date, voice, scope, hedge), a span dismissed as no
claim (and restored), a claim added by hand from a span of the document's text.

Each is checked whole before anything is written (service/fields.py), written into
the claim with an append-only history (store/corrections.py), and followed by what
re-derives from the claim: its place looked up again, the claim matched again, the
events regrouped. `reextract` (service/reextract.py) keeps them over a new reading.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from workbench.errors import WorkbenchError
from workbench.extract.place_country import address_country
from workbench.ingest.furniture import find_blocks, name_commenters
from workbench.ingest.language import detect_language, with_comment_languages
from workbench.ingest.paragraph_languages import with_paragraph_languages
from workbench.models import (
    Claim,
    Correction,
    SourceDocument,
    StoredClaim,
)
from workbench.rows import CorrectionRow, StoredTextRow
from workbench.service.fields import EDITABLE, parse_changes, parse_field
from workbench.service.hand_claims import hand_claim, in_context
from workbench.service.matching import Matching
from workbench.service.places import placed
from workbench.store import ClaimFilter, voice_of


class Correcting(Matching):
    """The analyst's corrections of claims, and their history."""

    def correction_mark(self) -> int:
        """Where the corrections history stands: read it before the claim an analyst is
        shown, and pass it as `since` when they correct it."""
        return self.store.correction_mark()

    def correct_claim(
        self,
        claim_id: int,
        changes: Mapping[str, str],
        note: str | None = None,
        analyst: str | None = None,
        since: int | None = None,
    ) -> list[Correction]:
        """Correct a claim's fields (field -> the words typed: "value": "30", "place":
        "Gao", "hedged": "no", ...; "" clears one that may be empty). Every field is
        checked before anything is written (a `WorkbenchError` naming the first bad
        one); the history rows appended, none when nothing changed. The claim is then
        matched again and its events regrouped. With `since` (a `correction_mark`),
        raises `CorrectionChanged` and writes nothing if another analyst corrected one
        of these fields after that mark."""
        claim = self.claim(claim_id)
        values = parse_changes(claim, changes)
        if "voice" in values:
            values["voice"] = self.store.voice_named(values["voice"])["id"]
        rows = self.store.correct(claim_id, values, note, analyst or self.analyst, since)
        # the country the corrected place names, read as the extractor reads a place
        # phrase ("Kafolo, Savanes, Côte d'Ivoire" typed over a claim put in Mali): its
        # place is looked up, and it is matched, there (trial 56)
        place = values.get("place")
        named = address_country(place, lambda: None) if place else None
        if rows and named is not None and named.name != claim.country:
            self.store.set_country(claim_id, named.name)
        if rows:
            self._rederived(claim_id)
        return [correction(row) for row in rows]

    def restore_corrections(self, document_id: int) -> int:
        """Make again on the claims of `document_id` the corrections and dismissals
        their copies archived with a removed copy of the same content had
        (`Store.archived_twins`; the verdicts came back as the document was stored),
        each field's latest value in the name of the analyst who gave it, noted as
        restored. A trial's confirmed claim came back with its verdict and without its
        corrected voice, so that the verdict stood on the machine's wrong speaker.
        Returns how many claims were corrected again. Each keeps the analyst's why
        after the words saying so (a trial's "monthly total, not the bombing" was lost
        from the claim, kept only in the archive)."""
        restored = 0
        for old, new in self.store.archived_twins(document_id):
            latest = {row["field"]: row for row in self.store.corrections_of([old]).get(old, [])}
            if not latest:
                continue
            dismissed = latest.pop("dismissed", None)
            by_analyst: dict[str, dict[str, str]] = {}
            whys: dict[str, list[str]] = {}
            for field, row in latest.items():
                if field not in EDITABLE:  # "added": a claim the analyst made by hand
                    continue
                value = json.loads(row["new_value"]) if row["new_value"] else None
                by_analyst.setdefault(row["analyst"], {})[field] = _typed(value)
                whys.setdefault(row["analyst"], []).append(row["note"] or "")
            for analyst, changes in by_analyst.items():
                self.correct_claim(new, changes, _restored(old, whys[analyst]), analyst)
            if dismissed is not None and dismissed["new_value"] == "true":
                why = _restored(old, [dismissed["note"] or ""])
                self.dismiss_claim(new, why, dismissed["analyst"])
            restored += 1
        return restored

    def names_new_voice(self, name: str) -> bool:
        """Whether `name`, typed as a claim's voice, names no stored voice (by id, name
        or normalised key), so that `correct_claim` would make a new speaker's voice:
        a slip of the keyboard would count as one more independent voice."""
        return bool(name.strip()) and not self.store.names_a_voice(name.strip())

    def dismiss_claim(
        self, claim_id: int, note: str | None = None, analyst: str | None = None
    ) -> Correction:
        """Dismiss a span that is not a claim: it leaves the queue, matching and the
        events, its history and verdicts kept (`restore_claim` brings it back)."""
        row = self.store.dismiss(claim_id, True, note, analyst or self.analyst)
        self.regroup_events()
        return correction(row)

    def restore_claim(
        self, claim_id: int, note: str | None = None, analyst: str | None = None
    ) -> Correction:
        """Bring back a dismissed claim, matched again."""
        row = self.store.dismiss(claim_id, False, note, analyst or self.analyst)
        self._rederived(claim_id)
        return correction(row)

    def add_claim(
        self,
        document_id: int,
        start: int,
        end: int,
        fields: Mapping[str, str],
        note: str | None = None,
        analyst: str | None = None,
        duplicate: bool = False,
    ) -> StoredClaim:
        """Add a claim by hand: characters `start` to `end` of document `document_id`'s
        text (checked against it), with `fields` as `correct_claim` reads them; a
        category and a figure are needed (the figure read from the span when it is one
        number). Its voice is the one given, else the outlet's; its place, country and
        date those given, else those of the machine's claim nearest it in its paragraph
        (a trial's hand-added "total to at least 38" had no place or date, and joined
        no event). The new claim, matched.

        Raises WorkbenchError naming the claim when one of the same category already
        covers part of the span (it would count the figure twice in the event), unless
        `duplicate`."""
        document = stored_document(self.store.stored_text(document_id))
        claim = hand_claim(document, start, end, fields)
        others = self.store.claims(ClaimFilter(document_id=document_id))
        claim = in_context(claim, [StoredClaim.model_validate(r) for r in others], document)
        if not duplicate:
            self._refuse_a_second(document_id, claim)
        named = fields.get("voice", "").strip()
        voice = (
            self.store.voice_named(parse_field("voice", named))["id"]
            if named
            else voice_of(document, claim)
        )
        claim = next(placed([claim]))
        part = parse_field("part", fields["part"]) if "part" in fields else None
        claim_id, _ = self.store.add_claim(
            document_id, claim, voice, note, analyst or self.analyst, part
        )
        self._rederived(claim_id)
        return self.claim(claim_id)

    def corrections(self, claim_id: int) -> list[Correction]:
        """A claim's corrections, oldest first."""
        return [correction(row) for row in self.store.corrections(claim_id)]

    def corrections_of(self, claim_ids: list[int]) -> dict[int, list[Correction]]:
        """The corrections of each of these claims that has any, oldest first: what a
        report's case history shows beside each claim's verdicts."""
        found = self.store.corrections_of(claim_ids)
        return {claim_id: [correction(r) for r in rows] for claim_id, rows in found.items()}

    def dismissed_claims(self) -> list[StoredClaim]:
        """The claims an analyst dismissed, in reading order."""
        rows = self.store.claims(ClaimFilter(dismissed=True))
        return [StoredClaim.model_validate(row) for row in rows]

    def _refuse_a_second(self, document_id: int, claim: Claim) -> None:
        """Raise WorkbenchError if a live claim of the document reads the same category
        from characters that overlap the new claim's."""
        rows = self.store.claims(ClaimFilter(document_id=document_id, category=claim.category))
        for row in rows:
            if row["start"] < claim.end and claim.start < row["end"]:
                raise WorkbenchError(
                    f"claim {row['id']} already reads {claim.category.value} from "
                    f"characters {row['start']}-{row['end']} of document {document_id}: "
                    "correct it (claim edit), or add this one with --duplicate"
                )

    def _rederived(self, claim_id: int) -> None:
        """After a claim changed: its place looked up, the claim matched again (which
        regroups the events)."""
        self.match([claim_id])


def correction(row: CorrectionRow) -> Correction:
    """A history row as the model the shells show, its values read from JSON."""
    return Correction(
        claim_id=row["claim_id"],
        field=row["field"],
        old_value=json.loads(row["old_value"]) if row["old_value"] else None,
        new_value=json.loads(row["new_value"]) if row["new_value"] else None,
        note=row["note"],
        analyst=row["analyst"],
        at=row["at"],
    )


def stored_document(row: StoredTextRow) -> SourceDocument:
    """A stored document as the extractor reads it: its text and metadata as
    stored, its body blocks found again in that text as ingest finds them, its
    language as stored (found again for a document stored before languages were);
    its paragraphs in the other language read in theirs only where that stored
    language is the one detected (an analyst's --language is kept throughout)."""
    blocks = name_commenters(row["text"], find_blocks(row["text"]))
    detected = detect_language(row["text"])
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    document = SourceDocument(
        path=row["path"],
        text=row["text"],
        sha256=row["sha256"],
        format=row["format"],
        blocks=blocks,
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=published,
        language=row["language"] or detected,
    )
    document = with_comment_languages(document)
    return with_paragraph_languages(document) if document.language == detected else document


def _typed(value: object) -> str:
    """A corrected value as the history holds it, as an analyst would type it again:
    "" for none, yes or no, a number without thousands separators."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _restored(old: int, whys: list[str]) -> str:
    """A restored correction's note: from which claim, then the analyst's whys (each
    once, empty ones left out)."""
    said = f"restored from claim {old}"
    kept = [why for why in dict.fromkeys(whys) if why]
    return f"{said}: {'; '.join(kept)}" if kept else said
