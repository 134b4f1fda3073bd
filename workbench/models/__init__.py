"""The shapes that cross layers: pydantic models, also the JSON the CLI prints. The
rows the store gives before they become these models are in workbench/rows.py.

Every layer imports them from here: `claims` (documents, claims, links, voices,
source summaries), `review` (verdicts, corrections, the grades an analyst was shown),
`reports` (reextract's changes, an export's summary), `events` (events, their figures and
credibility, the export document), `curation` (the curation log and the archive of
removed claims); and the typed vocabulary (workbench/vocabulary.py) and the stored
claim's row, re-exported.
"""

from __future__ import annotations

from workbench.models.claims import Block as Block
from workbench.models.claims import BlockKind as BlockKind
from workbench.models.claims import Category as Category
from workbench.models.claims import Claim as Claim
from workbench.models.claims import FigureBefore as FigureBefore
from workbench.models.claims import Link as Link
from workbench.models.claims import LinkView as LinkView
from workbench.models.claims import Scope as Scope
from workbench.models.claims import SourceDocument as SourceDocument
from workbench.models.claims import SourceSummary as SourceSummary
from workbench.models.claims import StoredClaim as StoredClaim
from workbench.models.claims import Voice as Voice
from workbench.models.claims import VoiceSuggestion as VoiceSuggestion
from workbench.models.claims import with_note as with_note
from workbench.models.curation import ArchivedClaim as ArchivedClaim
from workbench.models.curation import ArchivedGrade as ArchivedGrade
from workbench.models.curation import CurationChange as CurationChange
from workbench.models.events import CREDIBILITY_LABELS as CREDIBILITY_LABELS
from workbench.models.events import FIGURE_RULES as FIGURE_RULES
from workbench.models.events import CategoryFigures as CategoryFigures
from workbench.models.events import ClaimCredibility as ClaimCredibility
from workbench.models.events import Credibility as Credibility
from workbench.models.events import EventDetail as EventDetail
from workbench.models.events import EventSummary as EventSummary
from workbench.models.events import ExportDocument as ExportDocument
from workbench.models.events import TimelinePoint as TimelinePoint
from workbench.models.reports import ClaimChange as ClaimChange
from workbench.models.reports import Mapped as Mapped
from workbench.models.reports import ReextractReport as ReextractReport
from workbench.models.reports import Summary as Summary
from workbench.models.reports import counted as counted
from workbench.models.review import Correction as Correction
from workbench.models.review import CurrentVerdict as CurrentVerdict
from workbench.models.review import LinkCounts as LinkCounts
from workbench.models.review import LinkDecision as LinkDecision
from workbench.models.review import Seen as Seen
from workbench.models.review import VerdictChange as VerdictChange
from workbench.rows import ClaimRow as ClaimRow
from workbench.vocabulary import ClaimFilter as ClaimFilter
from workbench.vocabulary import ClaimOrder as ClaimOrder
from workbench.vocabulary import CredibilityGrade as CredibilityGrade
from workbench.vocabulary import LinkState as LinkState
from workbench.vocabulary import Number as Number
from workbench.vocabulary import Relation as Relation
from workbench.vocabulary import Reliability as Reliability
from workbench.vocabulary import Status as Status
