"""`reextract`: every stored document read again with the extractor as it is now,
the analyst's work kept.

Each old claim is paired with the new reading of the same span (by document, span
offsets and category, the category the machine read: same span and category, then
same span, then overlapping spans of one category). A paired claim keeps its id,
and so its verdicts, notes, links, event and credibility; it takes the new reading
but for the fields an analyst corrected, whose machine reading is brought up to
date beside the correction. A new reading with no old claim is added (unless an
analyst added that span by hand); an old claim with no new reading is removed if no
analyst worked on it, else kept and reported as vanished. Then every claim is
matched again (`match --all`: decided links stay) and the events regrouped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.models import Claim, ClaimChange, ReextractReport, StoredClaim
from workbench.service.corrections import Correcting, stored_document
from workbench.service.places import placed
from workbench.store import voice_of
from workbench.store.corrections import FIELD_COLUMNS

# The fields compared between the old machine reading and the new one.
_COMPARED = (
    "text",
    "sentence",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "actor",
    "location",
    "date",
    "date_text",
    "attribution",
    "hedged",
    "denies",
    "country",
    "scope",
    "period",
    "origin",
    "section",
    "comment",
    "commenter",
    "earlier_figure",
    "figure_denied",
)
# A corrected field by the name `_COMPARED` gives it ("place" is "location"); the voice
# keeps its own name, compared by the voice's name (`_differences`).
_COLUMN_OF = {f: c for f, c in FIELD_COLUMNS.items() if f != "voice"}


@dataclass
class Pairing:
    """One document's old claims and new reading, paired."""

    pairs: list[tuple[StoredClaim, Claim]] = field(default_factory=list)
    added: list[Claim] = field(default_factory=list)
    vanished: list[StoredClaim] = field(default_factory=list)


class Reextracting(Correcting):
    """Reading stored documents again, corrections and decisions kept."""

    def reextract(
        self,
        progress: Callable[[int, int], None] | None = None,
        documents: Sequence[int] = (),
    ) -> ReextractReport:
        """Read every stored document (or only `documents`, by id: one whose language
        the analyst set) again with the current extractor rules and put the new
        claims in place of the old, keeping every correction, verdict, note and link
        decision; then match everything again (or those documents' claims). What
        changed, claim by claim."""
        report = ReextractReport()
        ids = list(documents) or self.store.document_ids()
        for done, document_id in enumerate(ids, 1):
            self._read_again(document_id, report)
            report.documents += 1
            if progress:
                progress(done, len(ids))
        if documents:
            claim_ids = [row["id"] for i in ids for row in self.store.document_claims(i)]
            report.links = self.match(claim_ids, documents=ids).links
        elif ids:
            report.links = self.match(replace=True).links
        return report

    def _read_again(self, document_id: int, report: ReextractReport) -> None:
        """One document read again and its new reading put in place (one transaction);
        what changed added to `report`."""
        from workbench.extract import extract_claims

        document = stored_document(self.store.stored_text(document_id))
        try:
            fresh = list(placed(extract_claims(document)))
        except Exception as error:  # one document the rules fail on must not stop the rest
            report.errors.append(
                f"{document.path}: not read again ({type(error).__name__}: {error});"
                " its claims are as they were"
            )
            return
        old = [StoredClaim.model_validate(r) for r in self.store.document_claims(document_id)]
        pairing = pair(old, fresh)
        worked = self.store.worked_on([c.id for c in pairing.vanished])
        removed = [c for c in pairing.vanished if c.id not in worked]
        kept = [(o.id, n, sorted(o.machine or {})) for o, n in pairing.pairs]
        added = self.store.rederive(
            document, document_id, kept, pairing.added, [c.id for c in removed]
        )
        report.changes += [
            *(_change("added", i, c) for i, c in zip(added, pairing.added, strict=True)),
            *(_change("removed", c.id, c) for c in removed),
            *(_change("vanished", c.id, c) for c in pairing.vanished if c.id in worked),
        ]
        voices = [voice_of(document, n) for _, n in pairing.pairs]
        names = self.store.voice_names({key for key, _, _ in voices})
        for (o, n), (key, name, _) in zip(pairing.pairs, voices, strict=True):
            differences = _differences(o, n, names.get(key, name))
            if not differences:
                report.unchanged += 1
                continue
            change = _change("changed", o.id, n, differences)
            corrected = (_COLUMN_OF.get(f, f) for f in sorted(o.machine or {}))
            change.corrected = [f for f in corrected if f in differences]
            report.changes.append(change)


def pair(old: Sequence[StoredClaim], fresh: Sequence[Claim]) -> Pairing:
    """The old claims of one document paired with its new reading (see the module)."""
    machine = [c for c in old if c.added_by is None]
    by_hand = {(c.start, c.end, c.category.value) for c in old if c.added_by is not None}
    pairing = Pairing()
    left = list(range(len(fresh)))
    unpaired: list[StoredClaim] = []
    for key in (_span_category, _span):
        wanted: dict[tuple[Any, ...], list[int]] = {}
        for i in left:
            wanted.setdefault(key(fresh[i]), []).append(i)
        unpaired = []
        for claim in machine:
            found = wanted.get(key(claim))
            if found:
                i = found.pop(0)
                pairing.pairs.append((claim, fresh[i]))
                left.remove(i)
            else:
                unpaired.append(claim)
        machine = unpaired
    for claim in machine:
        near = next((i for i in left if _overlap(claim, fresh[i])), None)
        if near is None:
            pairing.vanished.append(claim)
        else:
            pairing.pairs.append((claim, fresh[near]))
            left.remove(near)
    pairing.added = [
        fresh[i]
        for i in left
        if (fresh[i].start, fresh[i].end, fresh[i].category.value) not in by_hand
    ]
    return pairing


def _machine_category(claim: Claim) -> str:
    """The category the machine read: an analyst's correction aside."""
    machine = claim.machine if isinstance(claim, StoredClaim) else None
    return str((machine or {}).get("category", claim.category.value))


def _span_category(claim: Claim) -> tuple[Any, ...]:
    return claim.start, claim.end, _machine_category(claim)


def _span(claim: Claim) -> tuple[Any, ...]:
    return claim.start, claim.end


def _overlap(old: StoredClaim, new: Claim) -> bool:
    same = _machine_category(old) == new.category.value
    return same and old.start < new.end and new.start < old.end


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _differences(old: StoredClaim, new: Claim, voice: str) -> dict[str, list[Any]]:
    """Each field whose machine reading changed: [old reading, new reading]."""
    machine = {_COLUMN_OF.get(f, f): v for f, v in (old.machine or {}).items()}
    found: dict[str, list[Any]] = {}
    for name in _COMPARED:
        before = machine.get(name, _plain(getattr(old, name)))
        after = _plain(getattr(new, name))
        if before != after:
            found[name] = [before, after]
    if "location" in machine:
        # a corrected place gave the claim its country: no machine reading to compare
        # (a trial's "country Afghanistan -> United States" under the analyst's Kunar)
        found.pop("country", None)
    before_voice = machine.get("voice", old.voice)
    if before_voice != voice:
        found["voice"] = [before_voice, voice]
    return found


def _change(
    change: str, claim_id: int, claim: Claim, fields: dict[str, list[Any]] | None = None
) -> ClaimChange:
    return ClaimChange(
        change=change,
        claim_id=claim_id,
        source=claim.source,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        category=claim.category.value,
        fields=fields or {},
    )
