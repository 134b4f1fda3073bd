"""The analyst's curation of voices and documents: a voice renamed, merged with others
("the army", "FAMa" and "the Malian armed forces" as one) or marked as relaying another
(an outlet citing the army: the independence counts take them as one voice); a
document's title, outlet, URL or publication date edited, or the document removed
with its claims, what was decided about them archived first.

Every change is logged (who, when, old, new: `curation_log`) and kept by what
re-deriving gives again (a voice's key, a document's content), so it stays through
re-ingest and `match --all`. Each write ends by regrouping the events.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.errors import WorkbenchError, WrongValue
from workbench.ingest.files import DATE_EXAMPLE, published_problem
from workbench.ingest.language import is_language
from workbench.ingest.metadata import read_published
from workbench.models import (
    ArchivedClaim,
    ArchivedGrade,
    CurationChange,
    SourceSummary,
    Voice,
    VoiceSuggestion,
)
from workbench.rows import VoiceRow
from workbench.service.corrections import correction
from workbench.service.fields import parse_field
from workbench.service.reading import Reading
from workbench.store import DOCUMENT_FIELDS
from workbench.store.statement_authors import statement_author
from workbench.store.voice_names import UNNAMED_OUTLET, Named, suggestions
from workbench.store.voices import refuse_a_number


class Curating(Reading):
    """Voices renamed, merged and relaying; documents edited and removed."""

    def voices(self) -> list[Voice]:
        """Every voice, with the voice it was merged into and the one it relays, and the
        names of those merged into it (`aliases`)."""
        curated = self.store.voice_curation()
        found = super().voices()
        by_id = {voice.id: voice for voice in found}
        for voice in found:
            voice.merged_into, voice.relays = curated.get(voice.id, (None, None))
        for voice in found:
            if voice.merged_into is not None:
                into = by_id.get(self.store.speaking_as(voice.id))
                if into is not None and into is not voice:
                    into.aliases.append(voice.name)
        return found

    def voice_suggestions(self) -> list[VoiceSuggestion]:
        """Pairs of voices that may be one source, each with its reason, for the analyst
        to merge (`merge_voices`) or leave: an office and its organisation, one family
        name, a name spelled nearly alike, one institution in English and in French
        (`store.voice_names.suggestions`). Voices merged away, voices that speak no
        claim (an outlet's name left by `document edit --outlet`: a trial was offered
        to merge two such headlines' "author of ..." voices because both named ADF),
        and a voice and the one it relays, are no suggestion."""
        speaking = [v for v in self.voices() if v.merged_into is None and v.claims]
        by_id = {v.id: v for v in speaking}
        countries = self.store.voice_countries()
        documents: dict[str, set[int]] = {}  # by voice name: initials of two letters
        for document_id, said in self.store.document_voice_grades().items():
            for name, _ in said:
                documents.setdefault(name, set()).add(document_id)
        found = suggestions(
            Named(
                v.id,
                v.name,
                v.kind,
                countries.get(v.id, frozenset()),
                frozenset(documents.get(v.name, ())),
                self._statement_author(v.name, documents.get(v.name, set())),
            )
            for v in speaking
        )
        return [
            VoiceSuggestion(voice=by_id[s.a.id], other=by_id[s.b.id], reason=s.reason)
            for s in found
            if by_id[s.a.id].relays != s.b.name and by_id[s.b.id].relays != s.a.name
        ]

    def _statement_author(self, name: str, documents: set[int]) -> str | None:
        """The body an outlet known by its headline (`UNNAMED_OUTLET`) speaks for, where
        its one document is that body's statement (its letterhead or title names it:
        `statement_authors.statement_author`); None for any other voice."""
        if not name.startswith(UNNAMED_OUTLET) or len(documents) != 1:
            return None
        (document_id,) = documents
        lead = self.store.document_leads([document_id], 400).get(document_id, "")
        return statement_author(name.removeprefix(UNNAMED_OUTLET), lead)

    def rename_voice(self, voice: str, name: str) -> Voice:
        """Give a voice (id or name) the analyst's name. An empty name is refused."""
        if not name.strip():
            raise WorkbenchError("a voice's name cannot be empty")
        name = parse_field("name", name)  # one line, at most 200 characters
        found = self.store.find_voice(voice)
        self.store.rename_voice(found["id"], name.strip(), self.analyst)
        return self._voice(found["id"])

    def merge_voices(self, into: str, others: Sequence[str], new: bool = False) -> Voice:
        """Make the other voices (ids or names) one with `into`: their claims speak in
        its voice from now on, and so do those of any later ingest. With `new` (the
        CLI's `voice merge`), an `into` that names no voice is a new voice of that name
        (of the others' kind): "the Malian armed forces" for "FAMa" and "the army";
        without it (the TUI's `m`, where a slip of the keys is likelier) it is
        refused as no voice. `into` named again among the others is passed over; named
        alone there, it is refused."""
        merged = [self.store.find_voice(other) for other in others]
        if new and not self.store.names_a_voice(into):
            kinds = {voice["kind"] for voice in merged}
            kind = kinds.pop() if len(kinds) == 1 else "speaker"
            name = parse_field("name", into).strip()
            if not name:
                raise WorkbenchError("a voice's name cannot be empty")
            refuse_a_number(name)
            self.store.create_voice(name, kind, self.analyst)
        target = self.store.find_voice(into)
        # the target among the others merges nothing ("voice merge al-Shabaab 4 25 34",
        # where "al-Shabaab" is voice 4: trial 75 was refused); only it is refused
        merged = [voice for voice in merged if voice["id"] != target["id"]]
        if not merged:
            raise WorkbenchError(f"{target['name']!r} cannot be merged into itself")
        _one_grade(target, merged)
        for voice in merged:
            self.store.merge_voice(voice["id"], target["id"], self.analyst)
        self.regroup_events()
        return self._voice(target["id"])

    def names_a_voice(self, voice: str) -> bool:
        """Whether a voice has this id or name (as `merge_voices` finds one)."""
        return self.store.names_a_voice(voice)

    def unmerge_voice(self, voice: str) -> Voice:
        """Take back a merge: the voice speaks its own claims again."""
        found = self.store.find_voice(voice)
        self.store.unmerge_voice(found["id"], self.analyst)
        self.regroup_events()
        return self._voice(found["id"])

    def relay_voice(self, voice: str, source: str | None) -> Voice:
        """Mark a voice as passing on another's word (`source`; None: nobody's), so that
        the events count the two as one independent voice. A voice merged into another
        names the one it went into, on either side: the merged-away voice speaks no
        claim, so a relay set on it changed nothing."""
        voice_id = self.store.speaking_as(self.store.find_voice(voice)["id"])
        source_id = (
            None if source is None else self.store.speaking_as(self.store.find_voice(source)["id"])
        )
        self.store.relay_voice(voice_id, source_id, self.analyst)
        self.regroup_events()
        return self._voice(voice_id)

    def voice_history(self, voice: str | None = None) -> list[CurationChange]:
        """The changes made to voices (or to one voice), oldest first."""
        key = None if voice is None else self.store.voice_key(self.store.find_voice(voice)["id"])
        return [CurationChange(**row) for row in self.store.curation_log("voice", key)]

    # -- documents --------------------------------------------------------

    def source(self, document_id: int) -> SourceSummary:
        """One document with its claim counts; an unknown id is an error."""
        for found in self.sources():
            if found.id == document_id:
                return found
        raise WorkbenchError(f"no document with id {document_id}; `workbench sources`")

    def edit_document(self, document_id: int, **edits: str | None) -> SourceSummary:
        """Set a document's title, outlet, url, published date or language (given as
        keywords; "" clears one). A date that is not YYYY-MM-DD, a URL that is not
        http(s), or a language that is no ISO 639-1 code is refused before anything
        changes. A new outlet speaks the claims the old one spoke in its own name; a
        new language is read by `reextract(documents=[document_id])`, which
        `Workbench.edit_document_and_read` runs after it."""
        checked = {field: document_field(field, value) for field, value in edits.items()}
        self.store.edit_document(document_id, checked, self.analyst)
        if "outlet" in checked:
            self.regroup_events()
        return self.source(document_id)

    def remove_document(self, document_id: int) -> int:
        """Remove a document with its claims, archiving first each claim's verdict,
        note, verdict history and decided links; returns how many claims went."""
        removed = self.store.remove_document(document_id, self.analyst)
        self.regroup_events()
        return removed

    def decided_in(self, document_id: int) -> dict[str, int]:
        """How many of a document's claims have a verdict, a correction, a credibility
        grade (keys "verdict", "corrected", "graded"): what its removal archives."""
        return self.store.decided_in(document_id)

    def document_history(self, document_id: int | None = None) -> list[CurationChange]:
        """The changes made to documents (or to one still stored), oldest first."""
        sha256 = None if document_id is None else self.store.document_sha256(document_id)
        return [CurationChange(**row) for row in self.store.curation_log("document", sha256)]

    def archived_claims(self) -> list[ArchivedClaim]:
        """The claims of removed documents, each with its verdict history, its
        corrections and its credibility grade."""
        rows = self.store.archived_claims()
        corrections = self.store.corrections_of([row["claim_id"] for row in rows])
        return [
            ArchivedClaim.model_validate(
                {
                    **row,
                    "credibility": _grade(row["credibility"]),
                    "history": self.store.archived_history(row["claim_id"]),
                    "corrections": [correction(c) for c in corrections.get(row["claim_id"], [])],
                }
            )
            for row in rows
        ]


def _grade(archived: str | None) -> ArchivedGrade | None:
    """An archived claim's credibility grade, from its JSON; None where it had none."""
    return ArchivedGrade.model_validate_json(archived) if archived else None


def document_field(field: str, value: str | None) -> str | None:
    """A document's field as the analyst gave it, stripped ("" is none), or one line
    saying what is wrong with it."""
    if field not in DOCUMENT_FIELDS:
        raise WorkbenchError(f"a document has no field {field!r}")
    text = (value or "").strip() or None
    if text is None:
        return None
    if field == "published":
        if (day := read_published(text)) is None:
            raise WrongValue(f"published: {text!r} is not a date; give it as {DATE_EXAMPLE}")
        if problem := published_problem(day):
            raise WrongValue(f"published: {problem}")
        return day.isoformat()
    if field == "language":
        if not is_language(text):
            raise WrongValue(f"language: {text!r} is not an ISO 639-1 code (en, fr ...)")
        return text.lower()
    if field == "url" and not text.lower().startswith(("http://", "https://")):
        raise WrongValue(f"url: {text!r} is not a web address (http:// or https://)")
    return text


def _one_grade(target: VoiceRow, merged: Sequence[VoiceRow]) -> None:
    """Refuse a merge of voices the analyst graded differently (WorkbenchError, one line
    naming them): the merged voice's grade would be lost unsaid (trial 61 merged an
    army graded D into a new voice and the D was gone). A grade of one of them, where
    the others have none, goes with the merge (`Store.merge_voice`)."""
    graded = {(v["name"], v["grade"]) for v in (target, *merged) if v["grade"]}
    if len({grade for _, grade in graded}) > 1:
        names = ", ".join(f"{name!r} {grade}" for name, grade in sorted(graded))
        raise WorkbenchError(
            f"the voices are graded differently ({names}): give them one grade before "
            "merging (workbench grade), so that no grade is lost"
        )
