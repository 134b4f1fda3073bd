"""Reading claims, sources and voices for the shells, and the analyst's verdicts and
voice grades."""

from __future__ import annotations

from dataclasses import replace

from workbench.models import (
    LinkCounts,
    Seen,
    SourceSummary,
    StoredClaim,
    VerdictChange,
    Voice,
)
from workbench.rows import ClaimCounts
from workbench.service.events import Events
from workbench.store import ClaimFilter


def counted(where: ClaimFilter | None = None) -> ClaimFilter:
    """The claims an analyst's counts and exports take, within `where`: those of each
    source's current version. A claim of a version a newer one replaced (a revised
    article read again) is superseded: it stays listed and reviewable (the queue marks
    it, `workbench claims` shows it), but the TUI's header counts, every export and
    its summary leave it out, as matching and the events' figures do. The one rule
    both shells' counts and the reports go through."""
    return replace(where or ClaimFilter(), current=True)


class Reading(Events):
    """Reading claims, sources and voices, and the analyst's verdicts and grades."""

    def sources(self) -> list[SourceSummary]:
        return [SourceSummary(**row) for row in self.store.documents()]

    def voices(self) -> list[Voice]:
        return [Voice(**row) for row in self.store.voices()]

    def claims(self, where: ClaimFilter | None = None) -> list[StoredClaim]:
        return [
            StoredClaim.model_validate(row) for row in self.store.claims(where or ClaimFilter())
        ]

    def count_claims(self, where: ClaimFilter | None = None) -> int:
        return self.store.count_claims(where or ClaimFilter())

    def link_counts(self, claim_ids: list[int]) -> dict[int, LinkCounts]:
        """Each claim's links counted by relation; rejected links do not count."""
        counted = self.store.link_counts(claim_ids)
        return {claim_id: LinkCounts(**counted.get(claim_id, {})) for claim_id in claim_ids}

    def context(self, claim: StoredClaim) -> tuple[str, int, int]:
        """The paragraph a claim stands in, and the claim's offsets within it."""
        text = self.store.document_text(claim.document_id)
        start = text.rfind("\n", 0, claim.start) + 1
        end = text.find("\n", claim.end)
        end = len(text) if end < 0 else end
        return text[start:end], claim.start - start, claim.end - start

    def document(self, document_id: int) -> tuple[str, list[StoredClaim]]:
        """A document's text and its claims, in reading order (their offsets are in
        the text)."""
        text = self.store.document_text(document_id)
        return text, self.claims(ClaimFilter(document_id=document_id))

    @property
    def read_only(self) -> bool:
        """Whether the database can only be read: the file or its folder cannot be
        written, so no verdict, note, correction or link can be saved."""
        return self.store.read_only

    def is_empty(self) -> bool:
        """No document loaded yet."""
        return self.store.count("documents") == 0

    def summary_counts(self) -> ClaimCounts:
        """Claims in all, contested and unreviewed, as `counted` takes them (superseded
        claims left out), and how many superseded claims are not counted."""
        return self.store.summary_counts(counted())

    def document_names(self, limit: int = 300) -> list[str]:
        return self.store.document_names(limit)

    def categories(self) -> list[str]:
        return self.store.distinct("claims", "category")

    def history(self, claim_id: int) -> list[VerdictChange]:
        return [VerdictChange(**row) for row in self.store.history(claim_id)]

    def verdict_mark(self) -> int:
        """Where the verdict history stands: read it before the claims an analyst is
        shown, and pass it as `since` when they decide on one of them."""
        return self.store.verdict_mark()

    def change_mark(self) -> int:
        """A number that changes whenever another connection writes to the database
        (`Store.change_mark`): the CLI judged, corrected, dismissed, removed, loaded or
        merged something. Compare only marks read on one thread (the TUI's reader)."""
        return self.store.change_mark()

    def set_verdict(
        self,
        claim_id: int,
        status: str,
        note: str | None = None,
        analyst: str | None = None,
        since: int | None = None,
        shown: str | None = None,
        left: tuple[str, str | None] | None = None,
    ) -> VerdictChange:
        """Set a claim's verdict (a `Status` value); a note too if given. With `since`
        (a `verdict_mark`), raises `VerdictChanged` and writes nothing if another
        analyst changed the claim's verdict or note after that mark; with `shown`
        (the verdict the analyst saw), where the claim's verdict is another now,
        whoever set it (the same analyst in the CLI while a TUI showed the claim);
        with `left` (an undo: the `verdict_state` the change it takes back left),
        where the claim holds another verdict or note now, whoever wrote it."""
        who = analyst or self.analyst
        change = VerdictChange(
            **self.store.set_verdict(claim_id, status, note, who, since, shown, left)
        )
        self.regroup_events()  # its event's figures leave out what is false
        return change

    def set_note(
        self,
        claim_id: int,
        note: str,
        since: int | None = None,
        left: tuple[str, str | None] | None = None,
    ) -> VerdictChange:
        """Write the analyst's note on a claim ("" clears it): its verdict stays, and
        so does a stale mark (a note is no second look at the verdict). `since` and
        `left` as for `set_verdict`."""
        return VerdictChange(
            **self.store.set_verdict(claim_id, None, note, self.analyst, since, None, left)
        )

    def verdict_state(self, claim_id: int) -> tuple[str, str | None]:
        """The claim's verdict and note as stored (`Store.verdict_state`): read just
        after a change, what an undo of it expects to find."""
        return self.store.verdict_state(claim_id)

    def restore_voice_grade(
        self, voice_id: int, grade: str | None, note: str | None, seen: Seen | None = None
    ) -> None:
        """Undo a grade: the voice's grade and note as they were. `seen`: the grade being
        taken back; raises `GradeChanged` where another analyst has graded it since."""
        self.store.restore_voice_grade(voice_id, grade, note, self.analyst, seen)

    def ungrade(self, voice: str, note: str | None = None, seen: Seen | None = None) -> Voice:
        """Take a voice's grade away (it shows as not graded again), logged as a grade
        is, with `note` as why. `voice` is its id or name; raises as `grade` does."""
        graded = self._speaks_as(voice)
        self.store.restore_voice_grade(graded, None, note, self.analyst, seen)
        return self._voice(graded)

    def grade(
        self, voice: str, grade: str, note: str | None = None, seen: Seen | None = None
    ) -> Voice:
        """Grade a voice's reliability A to F (the Admiralty scale): the voice it speaks
        as, where an analyst merged it into another (a trial's grade of a merged-away
        voice was kept on it, and the voice its claims speak in stayed ungraded).
        `seen`, the grade the analyst was shown (`Seen(None)`: none): raises
        `GradeChanged`, writing nothing, where another analyst graded the voice since."""
        graded = self._speaks_as(voice)
        self.store.grade_voice(graded, grade.upper(), note, self.analyst, seen)
        return self._voice(graded)

    def speaking_as(self, voice: str) -> Voice:
        """The voice `voice` (its id or name) speaks as: the one an analyst merged it
        into, down a chain of merges, else itself. WorkbenchError for no such voice."""
        return self._voice(self._speaks_as(voice))

    def _speaks_as(self, voice: str) -> int:
        return self.store.speaking_as(self.store.find_voice(voice)["id"])

    def _voice(self, voice_id: int) -> Voice:
        return next(v for v in self.voices() if v.id == voice_id)
