"""Matching: claims related to every stored claim, suggestions stored, verdicts a new
source calls into question flagged; links read and decided by the analyst."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from workbench.errors import WorkbenchError
from workbench.match import LinkSuggestion, MatchInput, Relation, collector_paused, match
from workbench.match.features import Lead
from workbench.match.lead_sites import named_sites
from workbench.match.means import LEAD_LENGTH, lead_means
from workbench.match.place_names import sentence_names
from workbench.models import (
    LinkDecision,
    LinkState,
    LinkView,
    Status,
    StoredClaim,
    counted,
)
from workbench.rows import LinkRow
from workbench.service.events import Events
from workbench.service.places import Placing, regions_named


@dataclass
class MatchReport:
    """What a matching run found."""

    compared: int = 0
    links: int = 0
    by_relation: dict[str, int] = field(default_factory=dict)
    stale: int = 0
    new: int = 0  # the links suggested between claims no link joined before

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {r}" for r, n in sorted(self.by_relation.items())) or "none"
        return (
            f"{counted(self.links, 'link')} suggested ({kinds}), {self.new} of them new;"
            f" {counted(self.stale, 'verdict')} flagged for re-review"
        )


@dataclass(frozen=True)
class MatchResumed:
    """The documents matched by `resume_matching`, and the links written."""

    documents: list[int] = field(default_factory=list)
    links: int = 0

    def __len__(self) -> int:
        return len(self.documents)


class Matching(Events, Placing):
    """Relating claims: matching runs, links read and decided; each write ends
    by regrouping the events (`Events.regroup_events`)."""

    def resume_matching(self, fresh: Sequence[int] = ()) -> MatchResumed:
        """Match the claims of these documents and of every document an interrupted
        ingest stored without matching (stopped by Ctrl-C or killed): the next ingest
        calls it, and a shell may on opening the database."""
        documents = sorted({*fresh, *self.store.unmatched_documents()})
        if not documents:
            return MatchResumed()
        claims = self.store.claims_of_documents(documents)
        found = self.match(claims, documents=documents)
        return MatchResumed(documents, found.links)

    def match(
        self,
        claim_ids: list[int] | None = None,
        replace: bool = False,
        documents: Sequence[int] = (),
    ) -> MatchReport:
        """Relate the given claims (all, when None) to every stored claim, store the
        suggestions (with `replace`, in place of every earlier machine suggestion) and
        flag verdicts that a source loaded after them calls into question. The
        `documents` (every one, when all claims are matched) are marked matched."""
        with collector_paused():  # reading and matching make a million acyclic objects
            found = self._match(claim_ids, replace, None if claim_ids is None else documents)
        self.regroup_events()
        return found

    def _match(
        self, claim_ids: list[int] | None, replace: bool, documents: Sequence[int] | None
    ) -> MatchReport:
        self.place_claims()  # those an older Workbench stored, before they are compared
        stored = self._with_leads([MatchInput.from_row(r) for r in self.store.match_inputs()])
        wanted = None if claim_ids is None else set(claim_ids)
        fresh = stored if wanted is None else [c for c in stored if c.id in wanted]
        suggestions = match(fresh, stored)
        report = MatchReport(compared=len(fresh))
        report.links, report.new = self.store.save_suggestions(
            [(v.a, v.b, v.relation.value, v.score, v.reason) for v in suggestions],
            replace=replace,
            documents=documents,
        )
        for v in suggestions:
            report.by_relation[v.relation.value] = report.by_relation.get(v.relation.value, 0) + 1
        report.stale = self.store.mark_stale(self._stale(suggestions, {c.id: c for c in stored}))
        return report

    def _with_leads(self, claims: list[MatchInput]) -> list[MatchInput]:
        """The claims, each given what its report's lead tells (`_lead`)."""
        leads = self.store.document_leads([c.document_id for c in claims], LEAD_LENGTH)
        countries = {c.document_id: c.country for c in claims if c.country}
        told = {doc: _lead(lead, countries.get(doc)) for doc, lead in leads.items()}
        return [
            replace(c, lead=told[c.document_id]) if c.document_id in told else c for c in claims
        ]

    def _stale(
        self, suggestions: list[LinkSuggestion], claims: dict[int, MatchInput]
    ) -> list[tuple[int, str, str, str]]:
        """Verdicts a source loaded after them calls into question: a confirmed claim now
        contradicted, or a false one now corroborated, by another voice. Each flag
        carries its premise (the status, when the other claim was loaded), which the
        store checks again as it writes: a verdict set meanwhile is not flagged."""
        decided = self.store.verdicts([Status.CONFIRMED, Status.FALSE])
        flags = []
        for v in suggestions:
            for mine, theirs in ((v.a, v.b), (v.b, v.a)):
                if mine not in decided:
                    continue
                status, decided_at = decided[mine]
                contradicted = v.relation is Relation.CONTRADICTS and status == Status.CONFIRMED
                corroborated = v.relation is Relation.CORROBORATES and status == Status.FALSE
                challenged = contradicted or corroborated
                other = claims[theirs]
                loaded_at = other.loaded_at or ""
                if challenged and loaded_at > decided_at:
                    verb = "contradicts" if v.relation is Relation.CONTRADICTS else "corroborates"
                    reason = f"claim {theirs} ({other.voice}) {verb} it: {v.reason}"
                    flags.append((mine, reason, status, loaded_at))
        return flags

    def links(
        self,
        claim_id: int | None = None,
        relation: str | None = None,
        states: Sequence[str] | None = None,
    ) -> list[LinkView]:
        """Links with their claims: of one claim, of one relation, in one of `states`
        (None: every state but rejected; a rejected link keeps its reason and can be
        confirmed again)."""
        rows = self.store.links(claim_id, relation, states)
        ids = sorted({i for r in rows for i in (r["a_id"], r["b_id"])})
        claims = {
            row["id"]: StoredClaim.model_validate(row) for row in self.store.claims_by_id(ids)
        }
        lost = sorted(set(ids) - claims.keys())
        if lost:  # a link whose claim cannot be read: the file is damaged
            raise WorkbenchError(
                f"{self.store.path}: links name claims the database does not hold "
                f"({', '.join(map(str, lost[:5]))}); the file may be damaged"
            )
        return [LinkView(a=claims[r["a_id"]], b=claims[r["b_id"]], **r) for r in rows]

    def set_link(
        self,
        a: int,
        b: int,
        relation: str | None = None,
        state: str = LinkState.CONFIRMED,
        note: str | None = None,
    ) -> LinkView:
        row = self.store.set_link(a, b, relation, state, note, self.analyst)
        self.regroup_events()
        return LinkView(a=self.claim(row["a_id"]), b=self.claim(row["b_id"]), **row)

    def link_decisions(self, claim_id: int) -> list[LinkDecision]:
        """The analyst's decisions on the claim's links (added, changed, confirmed,
        rejected), oldest first: what its history shows beside its verdicts and
        corrections."""
        rows = self.store.links(claim_id, states=list(LinkState))
        found = [link_decision(r, claim_id) for r in rows if r["origin"] == "analyst"]
        return sorted(found, key=lambda d: d.at)

    def link_row(self, a: int, b: int) -> LinkRow | None:
        """The link between two claims as stored, if any: what an undo puts back."""
        return self.store.link_row(a, b)

    def restore_link(self, a: int, b: int, before: LinkRow | None) -> None:
        """Undo a link decision: the link as `before` held it (none: no link)."""
        self.store.restore_link(a, b, before)
        self.regroup_events()

    def remove_link(self, a: int, b: int) -> str:
        removed = self.store.remove_link(a, b, self.analyst)
        self.regroup_events()
        return removed


SET_BY_ANALYST = "set by an analyst"  # the reason `Store.set_link` gives a link it makes


def link_decision(row: LinkRow, claim_id: int) -> LinkDecision:
    """The analyst's decision a link holds, seen from `claim_id`: rejected; added (the
    reason the store gives a link an analyst made); changed (the relation the analyst
    gave, the machine's reason kept after it); else confirmed."""
    reason = row["reason"]
    if row["state"] == LinkState.REJECTED:
        decision = "rejected"
    elif reason == SET_BY_ANALYST:
        decision = "added"
    elif reason.startswith(f"{SET_BY_ANALYST} as "):
        decision = "changed"
    else:
        decision = "confirmed"
    return LinkDecision(
        claim_id=claim_id,
        other_id=row["b_id"] if row["a_id"] == claim_id else row["a_id"],
        relation=row["relation"],
        decision=decision,
        note=row["note"],
        analyst=row["analyst"] or "an analyst",
        at=row["updated_at"],
    )


def _lead(text: str, country: str | None) -> Lead:
    """What a report's lead tells its claims (`features.Lead`). A lead that names two
    regions of the report's country or more (a roundup: "a strike in Kaduna state ...,
    as gunmen killed 23 farmers in central Plateau state") tells no one place its
    claims' unknown villages lie near: its names are left out (trial 72: a Kaduna
    village's toll was tied to Plateau's by such a lead)."""
    names = sentence_names(text)
    spread = len(regions_named(names, country)) > 1
    kept = frozenset() if spread else names
    return Lead(lead_means(text), kept, named_sites(text), text, spread)
