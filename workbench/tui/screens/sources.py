"""The documents loaded and the voices in them, with reliability grades; and the
analyst's corrections of both: a document's outlet, title, URL and date edited, or the
document removed (after a question); a voice renamed, merged into another (or the
merge taken back), or said to relay another's word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from workbench.models import SourceSummary, Voice
from workbench.service import Workbench
from workbench.tui.fields import ask
from workbench.tui.format import (
    claims,
    clip,
    fitted,
    literal,
    move_bindings,
    one_line,
    roomy,
    widest,
)
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import SourcesRead
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.curation_modals import (
    DocumentModal,
    LineModal,
    QuestionModal,
    optional_text,
    text,
)
from workbench.tui.screens.document import DocumentScreen
from workbench.tui.screens.source_rows import (
    DOCUMENT_COLUMNS,
    OUTLET,
    VOICE_COLUMNS,
    curated,
    fetched,
    language_cell,
    worth_a_row,
)
from workbench.tui.tables import WideTable, kept_cursor

T = TypeVar("T")


@dataclass(frozen=True)
class TakeBack:
    """How `u` takes back a change of a voice: `back` (in the writing thread) puts it
    as it was; `what` names the change for the line that says it was undone."""

    what: str
    back: Callable[[Workbench], object]


class SourcesScreen(WorkbenchScreen):
    """Documents (outlet, date, claims, verdicts) and voices (grade, claims)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="sources.back"),
        *move_bindings("sources"),
        Binding("g", "grade", "Grade voice", id="sources.grade"),
        Binding("u", "undo", "Undo", id="sources.undo"),
        Binding("n", "rename_voice", "Rename voice", id="sources.rename"),
        Binding("m", "merge_voice", "Merge voice", id="sources.merge"),
        Binding("l", "relay_voice", "Relays", id="sources.relay"),
        Binding("enter", "open", "Open document", id="sources.open"),
        Binding("d", "edit_document", "Edit document", id="sources.edit"),
        Binding("x", "remove_document", "Remove document", id="sources.remove"),
        Binding("tab", "focus_next", "Next table", show=False, id="sources.next"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.voices: list[Voice] = []
        self.sources: list[SourceSummary] = []
        self._widths = (0, 0)  # the titles' and names' widths the rows were drawn for

    def compose(self) -> ComposeResult:
        yield Header()
        # the voices first: the table in focus as the screen opens is the one on top
        # (a trial pressed j under the documents and moved the voices); tab goes down
        yield Static("Voices (g grades, n renames, m merges, l: whom it relays)", classes="section")
        yield WideTable(id="voices", cursor_type="row", fixed_columns=1)
        yield Static(
            "Documents (enter opens one, its claims highlighted; d edits, x removes)",
            classes="section",
        )
        yield WideTable(id="documents", cursor_type="row", fixed_columns=1)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#documents", DataTable).add_columns(*DOCUMENT_COLUMNS)
        voices = self.query_one("#voices", DataTable)
        voices.add_columns(*VOICE_COLUMNS)
        self.show()
        voices.focus()

    def show(self) -> None:
        """Read the documents and voices again, in the reading thread."""
        workbench = self.workbench
        self.read(
            "sources",
            lambda request: SourcesRead(request, workbench.sources(), workbench.voices()),
        )

    def on_sources_read(self, message: SourcesRead) -> None:
        """Show the documents and voices read; their text literally."""
        if self.answered(message) is None:
            return
        self.sources = message.sources
        self.voices = worth_a_row(message.voices)
        self._fill()

    def _fill(self) -> None:
        """The documents and voices as rows, the titles and names clipped so that the
        columns after them fit beside them (`fitted`: at 80 columns a long title hid a
        document's outlet and date, a long name a voice's grade and claims)."""
        self._widths = title, name = self._fitted()
        terminal = self.app.size.width
        documents = self.query_one("#documents", DataTable)
        with kept_cursor(documents):
            documents.clear(columns=True)  # a column keeps the width of its widest cell
            documents.add_columns(*DOCUMENT_COLUMNS)
            for s in self.sources:
                documents.add_row(
                    str(s.id),
                    clip(s.title or s.path, title),
                    s.version_said,
                    clip(s.outlet or "", roomy(OUTLET, terminal)),
                    literal(s.published or ""),
                    literal(language_cell(s.language, s.comment_languages)),
                    str(s.claims),
                    str(s.confirmed),
                    str(s.disputed),
                    str(s.false_claims),
                    fetched(s),
                    one_line(s.path),  # the last column: clipping it makes no room
                    key=str(s.id),
                )
        voices = self.query_one("#voices", DataTable)
        with kept_cursor(voices):
            voices.clear(columns=True)
            voices.add_columns(*VOICE_COLUMNS)
            for v in self.voices:
                voices.add_row(
                    str(v.id),
                    clip(v.name, name),
                    literal(v.kind),
                    literal(v.grade or ""),
                    str(v.claims),
                    clip(v.note or "", roomy(24, terminal)),
                    literal(curated(v)),
                    key=str(v.id),
                )

    def _fitted(self) -> tuple[int, int]:
        """The titles' and the voices' names' widths at this terminal's width."""
        terminal, sources = self.app.size.width, self.sources
        documents = [
            widest("id", (str(s.id) for s in sources)),
            widest("version", (s.version_said for s in sources)),
            min(roomy(OUTLET, terminal), widest("outlet", (s.outlet or "" for s in sources))),
            widest("published", (s.published or "" for s in sources)),
            widest("lang", (language_cell(s.language, s.comment_languages) for s in sources)),
            widest("claims", (str(s.claims) for s in sources)),
        ]
        voices = [
            widest("id", (str(v.id) for v in self.voices)),
            widest("kind", (v.kind for v in self.voices)),
            widest("grade", (v.grade or "" for v in self.voices)),
            widest("claims", (str(v.claims) for v in self.voices)),
        ]
        return fitted(40, terminal, documents), fitted(40, terminal, voices)

    def on_resize(self, _event: events.Resize) -> None:
        """The rows drawn again where the new width fits the names otherwise."""
        if (self.sources or self.voices) and self._widths != self._fitted():
            self._fill()

    def current_voice(self) -> Voice | None:
        """The voice under the cursor of the voices' table; None, said, while the
        documents' table has the focus (a voice's key acted on a voice the analyst
        was not looking at)."""
        if self._elsewhere("#documents", "a voice's: tab to the voices"):
            return None
        table = self.query_one("#voices", DataTable)
        if not self.voices or table.cursor_row >= len(self.voices):
            return None
        return self.voices[table.cursor_row]

    def current_source(self) -> SourceSummary | None:
        """The document under the cursor of the documents' table; None, said, while
        the voices' table has the focus."""
        if self._elsewhere("#voices", "a document's: tab to the documents"):
            return None
        table = self.query_one("#documents", DataTable)
        if not self.sources or table.cursor_row >= len(self.sources):
            return None
        return self.sources[table.cursor_row]

    def _elsewhere(self, other: str, whose: str) -> bool:
        """Whether the table `other` has the focus: then the key is not for it, and a
        line says whose key it is."""
        if not self.query_one(other, DataTable).has_focus:
            return False
        self.notify(f"This key is {whose} table first", severity="warning", timeout=3)
        return True

    def action_grade(self) -> None:
        """Grade the voice under the cursor; a voice merged into another grades that
        one, which its claims speak in, and the dialog says so."""
        voice = self.current_voice()
        if voice is None:
            return
        graded = self.workbench.speaking_as(str(voice.id)) if voice.merged_into else voice
        name = graded.name if graded is voice else f"{graded.name} ({voice.name} is merged into it)"
        self.wb_app.grade_voice(str(graded.id), name, self.show, graded.grade)

    def action_rename_voice(self) -> None:
        voice = self.current_voice()
        if voice is None:
            return

        def chosen(name: str | None) -> None:
            if name and name != voice.name:
                said = _said(f"Renamed voice {voice.id} {name}")
                self._curate(
                    lambda w: w.rename_voice(str(voice.id), name),
                    said,
                    TakeBack(
                        f"renaming {voice.name}",
                        lambda w: w.rename_voice(str(voice.id), voice.name),
                    ),
                )

        ask(self.app, LineModal(f"Name of voice {voice.id}", text, voice.name), chosen)

    def action_merge_voice(self) -> None:
        """Merge the voice under the cursor into another (its id or name typed); on a
        voice merged already, ask to take the merge back."""
        voice = self.current_voice()
        if voice is None:
            return
        if voice.merged_into:

            def unmerge(yes: bool | None) -> None:
                if yes:
                    said = _said(f"{voice.name} speaks its own claims again")
                    into = voice.merged_into or ""
                    back = TakeBack(
                        f"taking back the merge of {voice.name}",
                        lambda w: w.merge_voices(into, [str(voice.id)]),
                    )
                    self._curate(lambda w: w.unmerge_voice(str(voice.id)), said, back)

            question = f"{voice.name} is merged into {voice.merged_into}: take the merge back?"
            self.app.push_screen(QuestionModal(question), unmerge)
            return

        def chosen(into: str | None) -> None:
            if into:
                self._curate(
                    lambda w: w.merge_voices(into, [str(voice.id)]),
                    lambda merged: f"Merged {voice.name} into {merged.name}",
                    TakeBack(f"merging {voice.name}", lambda w: w.unmerge_voice(str(voice.id))),
                )

        title = f"Merge {voice.name} into: the other voice's id or name"
        ask(self.app, LineModal(title, text), chosen)

    def action_relay_voice(self) -> None:
        """Say whose word the voice under the cursor passes on (an empty line: nobody's)."""
        voice = self.current_voice()
        if voice is None:
            return

        def chosen(source: str | None) -> None:
            if source is None or (not source and not voice.relays):
                return
            before = voice.relays
            self._curate(
                lambda w: w.relay_voice(str(voice.id), source or None),
                lambda relayed: f"{relayed.name} relays {relayed.relays or 'nobody'}",
                TakeBack(
                    f"whom {voice.name} relays", lambda w: w.relay_voice(str(voice.id), before)
                ),
            )

        title = f"{voice.name} passes on the word of: a voice's id or name (empty: nobody)"
        modal = LineModal(title, optional_text, voice.relays or "", "the army")
        ask(self.app, modal, chosen)

    def action_edit_document(self) -> None:
        """Edit the outlet, title, URL, date and language of the document under the
        cursor; a new language has its claims read again in it (`reextract`)."""
        source = self.current_source()
        if source is None:
            return

        def edit(workbench: Workbench) -> str:
            _, read = workbench.edit_document_and_read(source.id, **edits)
            saved = f"Document {source.id}: {', '.join(edits)} saved"
            return f"{saved}; {read.summary()}" if read else saved

        def chosen(given: dict[str, str] | None) -> None:
            if given:
                edits.update(given)
                self._curate(edit, str)

        edits: dict[str, str] = {}

        self.app.push_screen(DocumentModal(source), chosen)

    def action_remove_document(self) -> None:
        """Remove the document under the cursor with its claims, once the analyst says
        yes; what was decided about its claims is archived."""
        source = self.current_source()
        if source is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._curate(
                    lambda w: w.remove_document(source.id),
                    lambda removed: f"Removed document {source.id} with {claims(removed)}",
                )

        decided = source.confirmed + source.disputed + source.false_claims + source.unverifiable
        have = "none has" if decided == 0 else ("1 has" if decided == 1 else f"{decided} have")
        question = (
            f"Remove document {source.id} ({Path(source.path).name}) and its"
            f" {claims(source.claims)}? {have} a verdict. Verdicts, notes, corrections and"
            " grades are kept in the archive, and given back if the same file is loaded"
            " again."
        )
        self.app.push_screen(QuestionModal(question), answered)

    def _curate(
        self,
        change: Callable[[Workbench], T],
        said: Callable[[T], str],
        undo: TakeBack | None = None,
    ) -> None:
        """Make one correction in the writing thread; then say so (`said` of what it
        returned) and read the screen again. A refusal is one line, "Not saved". With
        `undo`, `u` takes it back (a document's removal or edit it does not)."""
        app = self.wb_app
        workbench = app.workbench

        def done(result: T) -> None:
            app.notify(said(result), markup=False)
            self.show()

        if undo is not None:
            back = undo.back
            app.decide(
                [],
                lambda: lambda: back(workbench),
                lambda: change(workbench),
                done,
                lambda _: self.show(),
                undo.what,
            )
            return

        def job() -> T:
            return app.writer.retrying(lambda: change(workbench))

        app.save(job, done, lambda _: self.show())

    @on(DataTable.RowSelected, "#documents")
    def action_open(self) -> None:
        """Open the document under the cursor of the documents' table."""
        source = self.current_source()
        if source is not None:
            self.app.push_screen(DocumentScreen(source.id, source.title or source.path))


def _said(line: str) -> Callable[[object], str]:
    """A line to say whatever the correction returned."""
    return lambda _result: line
