"""Events and credibility: from claims to what probably happened.

Pure code, like extraction and matching: claims and links in; events, figures and
credibility suggestions out. The store keeps the events and the analyst's edits;
the service regroups when the claims or links have changed.
"""

from workbench.events.credibility import same_statements, suggest_credibility
from workbench.events.figures import category_figures, independent_voices
from workbench.events.grouping import EventLink, Group, belongs_in_events, event_claims, group

__all__ = [
    "EventLink",
    "Group",
    "belongs_in_events",
    "category_figures",
    "event_claims",
    "group",
    "independent_voices",
    "same_statements",
    "suggest_credibility",
]
