"""Which of a sentence's places a claim takes: the nearest, a locative one first, a
border last, a finer place after a scene-setting country, or right after a country
named as what the event is of (`nearest`)."""

from __future__ import annotations

from workbench.extract.dateline_patterns import DATELINE
from workbench.extract.place_mention import PlaceMention
from workbench.extract.places import coarse, country_wide


def nearest(mentions: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The mention closest to `text[start:end]`, a locative one before any other and a
    border only where nothing else is named ("within Mandera County on the border with
    Somalia" is Mandera County)."""

    def distance(p: PlaceMention) -> int:
        return max(p.start - end, start - p.end, 0)

    # a figure in an earlier attack's clause takes that clause's places, and only it does
    own = [p for p in mentions if p.background and p.background[0] <= start < p.background[1]]
    mentions = own or [p for p in mentions if p.background is None]
    # and a place of the circumstance opening its sentence only where no other is named
    main = [p for p in mentions if not p.setting or p.setting[0] <= start < p.setting[1]]
    mentions = main or mentions

    places = [p for p in mentions if not p.border]
    for group in ([p for p in places if p.locative], places, mentions):
        if group:
            return (
                _finer_after(group, start, end)
                or _finer_next(group, end)
                or _finer_set_off(group, start)
                or min(group, key=distance)
            )
    return None


def past_dateline(
    place: PlaceMention | None, sentence: list[list[PlaceMention]], text: str, start: int
) -> PlaceMention | None:
    """`place`, the one a claim's clause names (None where it names none), or where it
    is none or only the dateline opening the sentence at `start` ("SAN FRANCISCO
    (KCBS RADIO) – Seven people have died, and one more is in stable condition after a
    shooting ... in Half Moon Bay"), the first place another clause of the sentence
    ties to what happened (a locative, no border, no earlier event's): where the story
    was filed says less than where the sentence puts the event."""
    if place is not None and place.locative:
        return place
    dateline = DATELINE.match(text, start)
    if dateline is None or (place is not None and dateline.start("city") != place.start):
        return place
    return next(
        (
            p
            for clause in sentence
            for p in clause
            if p.locative and not p.border and not p.background
        ),
        place,
    )


def _finer_after(group: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """Where the place nearest before a claim is a country or a division that sets the
    scene ("In Cameroon, ten people were killed ... in Bamenda") and a finer place
    follows the claim, that finer place (the nearest such); else None."""
    before = [p for p in group if p.end <= start]
    after = [p for p in group if p.start >= end and not coarse(p.name)]
    if not before or not after or not coarse(max(before, key=lambda p: p.end).name):
        return None
    return min(after, key=lambda p: p.start)


_NEXT_REACH = 30  # characters between a country named as an attribute and the finer place


def _finer_next(group: list[PlaceMention], end: int) -> PlaceMention | None:
    """Where the first place after a claim is a country named as what the event is of,
    and a finer place follows it closely ("82 people killed in Iran
    crackdown in Zahedan", "12 killed in Nigeria attack on Kukawa"), that finer place;
    else None. A place before the claim comes first (`nearest`'s distance)."""
    if any(p.end <= end for p in group):
        return None
    after = sorted(group, key=lambda p: p.start)
    if len(after) < 2 or not country_wide(after[0].name) or coarse(after[1].name):
        return None  # "in Quissanga district in ... Cabo Delgado": the district is finer
    return after[1] if after[1].start - after[0].end <= _NEXT_REACH else None


_SET_OFF = 8  # characters of ", in " between a place and the wider one set off after it


def _finer_set_off(group: list[PlaceMention], start: int) -> PlaceMention | None:
    """Where the place nearest before a claim is a country's side or a division set off
    after finer ones, each right after the other ("In Rutshuru territory, in eastern DR
    Congo, 1,000 fled"; "near Wanglei in Kongor payam (Jonglei state), killing 1"), the
    first and finest of them; else None."""
    before = sorted((p for p in group if p.end <= start), key=lambda p: p.end)
    if len(before) < 2 or not coarse(before[-1].name):
        return None
    chain = [before[-1]]
    for mention in reversed(before[:-1]):
        if chain[-1].start - mention.end > _SET_OFF:
            break
        chain.append(mention)
    finest, wider = chain[-1], before[-1]
    if finest is wider:
        return None
    return finest if not coarse(finest.name) or _wider_named(finest.name, wider.name) else None


def _wider_named(finer: str, wider: str) -> bool:
    """Whether a division ("North Kivu province") stands beside a country's side or a
    country ("eastern Congo"), which is wider than it."""
    return country_wide(wider) and not country_wide(finer)
