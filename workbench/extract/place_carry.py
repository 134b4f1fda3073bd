"""What a sentence hands on to the sentences after it that name no place, and what it
takes of its own (read by `PageContext.carried` and the readers' `_carried_before`):

- A sentence that states its own scope ("270 were arrested across the country",
  "nationwide", "in several towns", "dans tout le pays") tells of the country, not of
  the town told before it (`own_scope`).
- A sentence that turns to another topic ("On the demonstrations, ...", "As for the
  protests, ...", "S'agissant des manifestations, ...") takes no place of the
  paragraphs before it, nor do the sentences after it (`topic_shift`).
- A town told as a part of a wider count ("In Kisumu alone, three were shot dead",
  "rien qu'à Bossangoa", "à Bambari, à elle seule") is no place of what follows: the
  next sentence goes back to the wider scope (`part_only`).
- Where a meeting or talks are to be held ("the committee will meet on Monday in
  Doba", "doit se réunir lundi à Doba") is no place of the figures after it
  (`meeting_place`).

Trial 75 (Kenya) put a minister's national protest figures in the county of an
earlier paragraph's bombing, and a rights group's national tally of the missing in the
one town its previous sentence singled out; trial 75b (Chad) put an update's toll in
the town where a committee was to meet. All rules run over lower-cased text
(`casefold.fold`).
"""

from __future__ import annotations

import re

from workbench.extract.place_mention import PlaceMention

# A sentence's own country-wide scope: "across the country", "throughout the nation",
# "nationwide", "all over the country", "in several towns", "in cities across Kenya";
# in French "dans tout le pays", "à travers le pays", "sur l'ensemble du territoire",
# "dans plusieurs villes", "partout dans le pays".
_OWN_SCOPE = re.compile(
    r"(?<![\w-])(?:(?:across|throughout|all\s+over|around)\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?:country|nation)|nation-?wide|country-?wide"
    r"|in\s+(?:several|many|various|a\s+number\s+of|numerous|multiple|other)\s+"
    r"(?:towns|cities|counties|regions|provinces|states|districts|parts\s+of\s+the\s+country)"
    r"|(?:dans|sur|à\s+travers|partout\s+dans)\s+(?:tout\s+le|l['’]ensemble\s+du)\s+"
    r"(?:pays|territoire)|à\s+travers\s+le\s+pays|partout\s+dans\s+le\s+pays"
    r"|(?:dans|en)\s+(?:plusieurs|de\s+nombreuses|diverses|différentes)\s+"
    r"(?:villes|localités|régions|provinces|préfectures|comtés))(?![\w-])"
)


def own_scope(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` states a country-wide scope of its own
    (`_OWN_SCOPE`): its figures that name no place are the country's, not the town's
    a sentence before named."""
    return _OWN_SCOPE.search(folded, start, end) is not None


# A sentence opening on a new topic, to its comma: "On the demonstrations,", "As for
# the protests,", "Turning to the strike,", "Regarding the unrest,", "Quant aux
# manifestations,", "S'agissant des violences,", "Concernant les grèves,", "En ce qui
# concerne ...". "On the" takes a plural noun only, and not one of a place or a time
# ("On the outskirts,", "On the heels of", "On the streets,").
_TOPIC = re.compile(
    r"[\s\"“‘'(«]*(?:(?:as\s+(?:for|to|regards)|turning\s+to|regarding|concerning|"
    r"with\s+(?:regard|respect)\s+to|on\s+the\s+(?:issue|question|subject|matter)\s+of)\s"
    r"|on\s+the\s+(?!(?:outskirts|heels|streets|roads|grounds|sidelines|banks|shores|"
    r"borders|hills|slopes|premises|frontlines|front\s+lines|lines|days|nights|mornings|"
    r"evenings|weekends|eves)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+s\s*,"
    r"|quant\s+(?:à|au|aux)\s|s['’]agissant\s+(?:de|du|des|d['’])|concernant\s"
    r"|en\s+ce\s+qui\s+concerne\s|pour\s+ce\s+qui\s+(?:est|concerne)\s)"
)


def topic_shift(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` opens on a new topic (`_TOPIC`): it takes
    no place from the sentences before it, and hands on none of theirs."""
    return _TOPIC.match(folded, start, end) is not None


# A place told as a part of a wider count: "in Kisumu alone", "Kisumu alone saw",
# "rien qu'à Bossangoa", "à Bambari, à elle seule", "à Bria seulement".
_ALONE_AFTER = re.compile(r"\s*,?\s*(?:alone|à\s+(?:elle|lui)\s+seule?|seulement)(?![\w-])")
_ALONE_BEFORE = re.compile(r"(?<![\w-])rien\s+qu['’]\s*(?:à|au|aux|en|dans)?\s*$")


def part_only(folded: str, mention: PlaceMention) -> bool:
    """Whether `mention` names a town as a part of a wider count ("In Kisumu alone"): a
    place no later sentence inherits."""
    if _ALONE_AFTER.match(folded, mention.end):
        return True
    return _ALONE_BEFORE.search(folded, max(0, mention.start - 20), mention.start) is not None


# Where a meeting is held, up to the place: "will meet on Monday in Doba", "a meeting in
# Moundou", "talks in Addis Ababa", "doit se réunir lundi à Doba", "une réunion à Sarh".
_MEETING = re.compile(
    r"(?<![\w-])(?:meet|meeting|convene[sd]?|convening|talks|summit|conference|"
    r"se\s+réunir|se\s+réunira|se\s+réunissent|se\s+réunit|réunion|rencontre|sommet|"
    r"conférence|concertation)(?:\s+(?!(?:and|et|but|mais|then|puis|after|après|when|lorsque)"
    r"(?![\w-]))[\w'’-]+){0,4}?(?:\s+(?:in|at|à|au)(?:\s+(?:the|la))?)?\s*$"
)


def meeting_place(folded: str, mention: PlaceMention) -> bool:
    """Whether `mention` is where a meeting or talks are held (`_MEETING`): no place of
    the figures told after it."""
    return _MEETING.search(folded, max(0, mention.start - 60), mention.start) is not None


def not_handed_on(folded: str, mention: PlaceMention) -> bool:
    """Whether a place an earlier sentence names is no place for a later one to
    inherit: a part of a wider count, or where a meeting is held."""
    return part_only(folded, mention) or meeting_place(folded, mention)
