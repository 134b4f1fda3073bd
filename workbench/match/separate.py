"""One report's second incident: a claim its own report tells as another incident than
the report's story ("Separately, a local official said 4 civilians were killed when an
IED struck a minibus on the road between Mora and Kolofata"). Another report's claim
that agrees with both the story's claims and the second incident's speaks of one of
them at most: a trial's 4 civilians were linked to every toll of the army post attack
the same day near the same town, and the two incidents became one event.

`one_incident_each` keeps, of such a claim's links into that report, those to the
story's claims, unless the second incident's agree clearly better (`_CLEARLY`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from workbench.match.features import Features
from workbench.match.institutions import own_losses
from workbench.match.relate import LinkSuggestion, relate
from workbench.vocabulary import Relation

# A sentence that opens on another incident than its report's story, in either language.
_ANOTHER = re.compile(
    r"^\W*(?:separately|elsewhere|in\s+(?:a|another)\s+(?:separate\s+|unrelated\s+)?"
    r"(?:incident|attack|development|raid|strike|clash|case)|in\s+a\s+separate\s+\w+|"
    r"dans\s+(?:un|une)\s+autre\s+(?:incident|attaque|affaire)|ailleurs)\b",
    re.IGNORECASE,
)
_CLEARLY = 0.05  # how much better the second incident's links must agree to be kept
_INCIDENT = (Relation.CORROBORATES, Relation.CONTRADICTS, Relation.RESTATES)


def another_incident(sentence: str) -> bool:
    """Whether a claim's sentence opens on another incident than its report's story
    ("Separately, ...", "In another attack, ...", "Dans un autre incident, ...")."""
    return _ANOTHER.match(sentence) is not None


def one_incident_each(
    suggestions: list[LinkSuggestion], found: Iterable[Features]
) -> list[LinkSuggestion]:
    """The links less those of a claim to a report's second incident where it links to
    that report's story too, or the reverse where the second incident's links agree
    clearly better; every other link as it was."""
    by_id = {f.claim.id: f for f in found}
    # (claim, the other's report) -> [(link, whether the other tells a second incident)]
    into: dict[tuple[int, int], list[tuple[LinkSuggestion, bool]]] = defaultdict(list)
    for v in suggestions:
        if v.a not in by_id or v.b not in by_id or not _of_one_incident(v, by_id):
            continue
        for mine, theirs in ((v.a, v.b), (v.b, v.a)):
            other = by_id[theirs].claim
            if other.document_id != by_id[mine].claim.document_id:
                into[(mine, other.document_id)].append((v, another_incident(other.sentence)))
    dropped: set[int] = set()
    stories: dict[int, list[Features]] | None = None  # read once, where first needed
    for (mine, document), links in into.items():
        if all(apart for _, apart in links):
            stories = _stories(by_id.values()) if stories is None else stories
            links = links + _story_links(by_id[mine], stories.get(document, []))
        dropped.update(id(v) for v in _losing(links))
    return [v for v in suggestions if id(v) not in dropped]


def _stories(found: Iterable[Features]) -> dict[int, list[Features]]:
    """Each report's claims of its story (no second incident), by document id."""
    stories: dict[int, list[Features]] = defaultdict(list)
    for f in found:
        if not another_incident(f.claim.sentence):
            stories[f.claim.document_id].append(f)
    return stories


def _story_links(mine: Features, story: list[Features]) -> list[tuple[LinkSuggestion, bool]]:
    """How a claim whose links into a report in this run go to its second incident only
    relates to the report's story claims, which an earlier run may have linked it to (a
    claim matched alone, after a correction: re-trial 60b's "Separately" claim was
    linked to the story's tolls again)."""
    found = []
    for other in story:
        if other.category != mine.category:
            continue
        v = relate(mine, other)
        if v is not None and _of_one_incident(v, {mine.claim.id: mine, other.claim.id: other}):
            found.append((v, False))
    return found


def _of_one_incident(v: LinkSuggestion, by_id: dict[int, Features]) -> bool:
    """Whether a link says its claims tell one incident: they restate, corroborate or
    contradict each other, or one is a force's count of its own people within the
    other's toll (`institutions.own_losses`)."""
    if v.relation is Relation.RELATED:
        return own_losses(by_id[v.a], by_id[v.b])
    return v.relation in _INCIDENT


def _losing(links: list[tuple[LinkSuggestion, bool]]) -> list[LinkSuggestion]:
    """Of one claim's links into one report, those to the side that loses: the second
    incident's, unless they agree clearly better than the story's; none where the
    links go to one side only."""
    second = [v for v, apart in links if apart]
    story = [v for v, apart in links if not apart]
    if not second or not story:
        return []
    if max(v.score for v in second) > max(v.score for v in story) + _CLEARLY:
        return story
    return second
