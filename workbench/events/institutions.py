"""The institution a voice speaks for (`match.institutions`, where matching reads it
too): kept here for the event rules and the store that import it from events."""

from workbench.match.institutions import institution

__all__ = ["institution"]
