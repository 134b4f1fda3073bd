"""One voice a sentence names (`Speaker`), as every reader of voices hands it on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    """One voice named in a sentence: `name` from `text[start:end]`; `clause` the
    (start, end) offsets of the clause it speaks for; `origin` whom it relays, if the
    text says ("a monitoring group citing JNIM": name "a monitoring group", origin
    "JNIM")."""

    start: int
    end: int
    name: str
    person: bool
    hedging: bool = False  # "claim", "allege": the verb itself doubts what follows
    origin: str | None = None
    clause: tuple[int, int] | None = None
    leads: bool = False  # it opens its clause ("while the rebels said 30"), not trails it
    claimant: bool = False  # it claims an attack ("claimed responsibility for"), says no figure
