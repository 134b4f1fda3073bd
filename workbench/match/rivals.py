"""Rival accounts of one strike's dead: a party to the fighting says its strike
killed fighters, another report says it killed civilians.

"The army said it neutralised 12 militants near Ambagiorgis" and "a drone strike on
the market in Ambagiorgis killed 45 civilians" count two different families of
victims, which never corroborate each other (issue 16: "soldiers" and "civilians"
cannot). Kept apart as two incidents, the army's account was an event of its own
and the dispute no one's (trials 67 and 68: the RSF's "plus de 70 combattants" at
"army positions" beside the civilians of the camp it shelled, an army's militants
beside the market's dead). They are one strike told two ways: who the dead were is
what the voices dispute. UCDP treats a warring party's count of its enemy's dead
with the most caution of any source (its GED codebook's source criticism), and
ACLED codes the most conservative account where sources conflict; neither adds two
accounts of one strike's dead together.

`rival_accounts` reads the pair; matching links it as a contradiction ("rival
accounts") and events keep the two accounts' figures from being added up
(`events.sides`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from workbench.extract.not_place_words import names_armed_group
from workbench.match.bodies import body
from workbench.match.institutions import institution, same_institution
from workbench.match.means import STRIKES, attackers

_ARMED = "armed_group"
_MILITARY = "military"
_CIVILIAN = "civilian"
# the institutions that wage the fighting and speak of their enemy's dead
_PARTIES = frozenset({"army", "police", "gendarmerie", "government"})


class _Voiced(Protocol):
    @property
    def voice(self) -> str: ...
    @property
    def voice_id(self) -> int: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def value(self) -> float | None: ...


class Told(Protocol):
    """A claim as matching reads it (`match.features.Features`)."""

    @property
    def claim(self) -> _Voiced: ...
    @property
    def victim(self) -> str | None: ...
    @property
    def report_means(self) -> frozenset[str]: ...


@lru_cache(maxsize=4096)  # asked of both voices of every pair; names repeat
def party_voice(voice: str) -> bool:
    """Whether a voice speaks for a party to the fighting: an army, a police or a
    gendarmerie, a government (`institutions.institution`: "the Ethiopian National
    Defense Force", "l'armée", "SAF"), or an armed group (`group_voice`)."""
    found = institution(voice)
    if found is not None:
        return found[0] in _PARTIES
    spoken = body(voice)  # "IDF Spokesperson's Unit": the army's office (trial 74c)
    if spoken is not None and spoken.key in _PARTIES:
        return True
    return names_armed_group(voice)  # `group_voice`, its institution read above


@lru_cache(maxsize=4096)
def group_voice(voice: str) -> bool:
    """Whether a voice speaks for an armed group it names ("Amhara Fano National
    Movement", "a Fano spokesman", "RSF": `ARMED_GROUPS`) and no state's institution."""
    return institution(voice) is None and names_armed_group(voice)


def _enemy_fighters(claim: Told) -> bool:
    """Whether a claim is a party's count of fighters: its voice a party's
    (`party_voice`) counting the armed group's members, not the attackers ("12 Fano
    militants", "plus de 70 combattants"), or an armed group's counting security
    forces ("70 SAF soldiers": an army's count of its own soldiers is its losses,
    `institutions.own_losses`)."""
    if attackers(claim.claim.subject or ""):
        return False
    if claim.victim == _ARMED:
        return party_voice(claim.claim.voice)
    return claim.victim == _MILITARY and group_voice(claim.claim.voice)


def rival_accounts(a: Told, b: Told) -> bool:
    """Whether two claims are rival accounts of one strike's dead: one a party's
    count of its enemy's fighters (`_enemy_fighters`), told of a strike
    (a bombing, an air strike, shelling: `means.STRIKES`) or of no means at all
    ("neutralised in an operation"); the other another voice's count of civilians
    killed in a strike (its sentence's or its report's means, `Features.report_means`).
    A party's own count of both ("12 militants and 3 civilians") is a toll's two
    sides, no rivalry; so is a count of fighters killed in an ambush or a clash,
    which fighters wage as well as suffer. A toll of none is no account of anyone's
    dead (trial 71b: al-Shabaab's "none of our fighters" and AFRICOM's "no civilians",
    0 against 0, were called rival accounts)."""
    if a.claim.value == 0 or b.claim.value == 0:
        return False
    for claimed, toll in ((a, b), (b, a)):
        if toll.victim != _CIVILIAN or not _enemy_fighters(claimed):
            continue
        if claimed.report_means - STRIKES or not toll.report_means & STRIKES:
            continue
        if claimed.claim.voice_id == toll.claim.voice_id or same_institution(
            claimed.claim.voice, toll.claim.voice
        ):
            continue
        return True
    return False


def struck_enemy(claim: Told) -> bool:
    """Whether a claim is a party's count of its enemy's fighters (`_enemy_fighters`)
    told of a strike or of no means ("12 terrorists were eliminated in a precise
    strike"): an account of a strike's dead, which another voice's toll of people
    killed in that strike may hold (`events.summary`: never added to it)."""
    return _enemy_fighters(claim) and not claim.report_means - STRIKES


def struck(claim: Told) -> bool:
    """Whether a claim's sentence or report tells a strike (`means.STRIKES`)."""
    return bool(claim.report_means & STRIKES)
