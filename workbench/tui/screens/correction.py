"""The correction form: a claim's fields as they stand, to change what the machine
read wrong. Every field is checked before the form closes (the service's own
checks, workbench/service/fields.py); a bad value is named on one line under the
fields and the form stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from workbench.display import field_value, side_word
from workbench.errors import WorkbenchError
from workbench.models import Category, StoredClaim
from workbench.service import EDITABLE
from workbench.service.fields import FIGURE, parse_changes
from workbench.tui.fields import TextField, TypeAhead
from workbench.vocabulary import SIDE_WORDS

# Each field's label in the form, in the order the form shows them.
LABELS: dict[str, str] = {
    "value": "value",
    "low": "low",
    "high": "high",
    "qualifier": "qualifier",
    "category": "category",
    "scope": "scope",
    "subject": "subject",
    "side": "side",
    "currency": "currency",
    "actor": "actor",
    "place": "place",
    "date": "date",
    "voice": "voice",
    "hedged": "hedged",
    "part": "part",
    "denied": "denied",
    "earlier": "earlier",
}
assert set(LABELS) == set(EDITABLE)
# What an empty field means, where that is not plain: a part of a toll left to its words
# What an empty field shows, dim. None reads as a value the field holds: trial 79 took
# the side's "security forces, armed…" for a side stored, so a field's example is
# written "e.g." after "unset", and the others say what they take.
PLACEHOLDERS = {
    "part": "yes/no; empty: its words",
    "side": "unset: e.g. civilians",
    "currency": "money only: USD, XOF, $, cedis",
}
__all__ = ["FIGURE", "LABELS", "CorrectionForm", "CorrectionModal", "VoiceChoices", "field_text"]


def _never_new(_name: str) -> bool:
    return False


@dataclass(frozen=True)
class VoiceChoices:
    """The voices a claim may be credited to, for the form's voice field: their names
    (typing offers the one it begins, → takes it) and whether a name typed is
    none of them (`Workbench.names_new_voice`)."""

    names: Sequence[str] = ()
    is_new: Callable[[str], bool] = _never_new


@dataclass(frozen=True)
class CorrectionForm:
    """What the form gives: each changed field's words as typed, and the note."""

    changes: dict[str, str]
    note: str | None


def field_text(claim: StoredClaim, field: str) -> str:
    """A field of the claim as the form shows it, and as the service reads it back:
    a figure plainly (2150, 2.5), an empty field as "", `hedged` yes or no, `part`
    yes or no where the analyst said (else "": its words decide), the voice by name."""
    if field == "place":
        value: object = claim.location
    elif field == "hedged":
        value = "yes" if claim.hedged else "no"
    elif field == "denied":
        value = "yes" if claim.figure_denied else "no"
    elif field == "earlier":
        value = "yes" if claim.earlier_figure else "no"
    elif field == "part":  # empty: its words decide
        value = None if claim.part is None else ("yes" if claim.part else "no")
    elif field == "side":  # empty: no side stored, its subject's words decide
        value = SIDE_WORDS.get(claim.unit or "")
    elif field == "currency":  # a money claim's unit; none on a count of people
        value = claim.unit if claim.category is Category.MONEY else None
    else:
        value = getattr(claim, field)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(getattr(value, "value", value))


class CorrectionModal(TypeAhead, ModalScreen[CorrectionForm | None]):
    """Correct a claim: its fields filled in as they stand; enter (or ctrl+s) saves
    what changed, escape leaves the claim as it is."""

    DEFAULT_CSS = """
    CorrectionModal { align: center middle; }
    CorrectionModal > Vertical { width: 100%; max-width: 96; height: auto; max-height: 100%;
                                 border: thick $accent; background: $surface; padding: 0 1; }
    CorrectionModal Grid { grid-size: 4; grid-columns: 10 1fr 10 1fr; grid-rows: 1;
                           grid-gutter: 0 1; height: auto; }
    CorrectionModal Grid Label { width: 100%; text-align: right; color: $text-muted; }
    CorrectionModal Input { height: 1; border: none; padding: 0 1; background: $boost; }
    CorrectionModal Input:focus { background: $accent 30%; border: none; }
    CorrectionModal #machine, CorrectionModal #title { width: 100%; height: auto; }
    CorrectionModal #machine { color: $text-muted; }
    CorrectionModal #note { margin: 1 0 0 0; }
    CorrectionModal #problem { color: $error; width: 100%; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="correction.cancel"),
        Binding("ctrl+s", "save", "Save", id="correction.save"),
    ]

    def __init__(
        self,
        claim: StoredClaim,
        voices: VoiceChoices | None = None,
        typed: CorrectionForm | None = None,
    ) -> None:
        super().__init__()
        self.claim = claim
        self.shown = {field: field_text(claim, field) for field in LABELS}
        # what was typed here before and not saved, offered over the claim's fields
        self.offered = {**self.shown, **(typed.changes if typed else {})}
        self.offered_note = (typed.note or "") if typed else ""
        self.voices = voices or VoiceChoices()
        self._new_voice = ""  # a new voice's name, once the analyst was told it is new

    def compose(self) -> ComposeResult:
        claim = self.claim
        with Vertical():
            yield Label(f"Correct claim {claim.id}: {claim.text}", markup=False, id="title")
            with Grid():
                for field, label in LABELS.items():
                    yield Label(label)
                    yield TextField(
                        self.offered[field],
                        placeholder=PLACEHOLDERS.get(field, ""),
                        id=f"field-{field}",
                        compact=True,
                        suggester=self._suggester(field),
                    )
            yield Label(_machine_line(claim), markup=False, id="machine")
            yield TextField(
                self.offered_note,
                placeholder="Note: why (kept with the correction)",
                id="note",
                compact=True,
            )
            yield Label("", id="problem", markup=False)
            yield Label("tab: next field · enter or ctrl+s: save · escape: cancel", classes="hint")

    def _suggester(self, field: str) -> SuggestFromList | None:
        if field != "voice" or not self.voices.names:
            return None
        return SuggestFromList(self.voices.names, case_sensitive=False)

    def on_mount(self) -> None:
        self.query_one("#field-value", Input).focus()

    def typed(self) -> dict[str, str]:
        """Each field whose words differ from what the form showed."""
        found = {}
        for field in LABELS:
            text = self.query_one(f"#field-{field}", Input).value.strip()
            if text != self.shown[field]:
                found[field] = text
        return found

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Close with the changed fields, once the service's checks pass; else name the
        bad value and stay open."""
        changes = self.typed()
        try:
            parse_changes(self.claim, changes)  # the voice is found (or made) as it is saved
        except WorkbenchError as error:
            self.query_one("#problem", Label).update(str(error))
            return
        voice = changes.get("voice", "")
        if voice and voice != self._new_voice and self.voices.is_new(voice):
            self._new_voice = voice  # said once: saving again makes the voice
            self.query_one("#problem", Label).update(_new_voice_problem(voice, self.voices.names))
            return
        note = self.query_one("#note", Input).value.strip() or None
        self.dismiss(CorrectionForm(changes, note) if changes else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _new_voice_problem(name: str, names: Sequence[str]) -> str:
    """What the form says of a voice nobody has yet: a new voice counts as one more
    independent source, so a slip ("Chadian amry") is worth a second look."""
    near = process.extractOne(name, names, scorer=fuzz.WRatio, score_cutoff=80)
    meant = f" (did you mean {near[0]!r}?)" if near else ""
    return f"no voice is named {name!r} yet{meant}: save again to credit it to a new voice"


def _machine_line(claim: StoredClaim) -> str:
    """What the machine read, of the fields already corrected (or that nothing is),
    and the date as the text words it (the form's date is ISO 8601)."""
    if claim.added_by:
        line = f"added by hand by {claim.added_by}"
    elif not claim.machine:
        line = "as the machine read it: nothing corrected yet"
    else:
        line = "the machine read: " + ", ".join(
            f"{field} {side_word(value) if field == 'side' else field_value(value)}"
            for field, value in claim.machine.items()
        )
    return line + (f" · the text's date: {claim.date_text}" if claim.date_text else "")
