"""Pictures and recordings counted are no claim (trial 77: a group's statement "was
accompanied by 21 photos showing captured rifles" gave a hedged claim of 21): "21
photos", "three videos", "12 images", "two video clips", French « 21 photos », « trois
vidéos ». What they show may be a claim; how many there are is none."""

from __future__ import annotations

import re

MEDIA_AFTER = re.compile(
    r"\s+(?:(?:new|short|graphic|amateur|separate|other|more|nouvelles?|autres)\s+)?"
    r"(?:photos?|photographs?|pictures?|images?|videos?|video\s+clips?|clips?|"
    r"vidéos?|tweets?|selfies?)(?![\w-])",
    re.IGNORECASE,
)


def media_count(after: str) -> bool:
    """Whether the number whose text after it is `after` counts pictures or recordings."""
    return MEDIA_AFTER.match(after) is not None
