"""The documents loaded and the voices in them, with reliability grades."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.models import SourceSummary, Voice
from workbench.tui.format import literal, move_bindings
from workbench.tui.messages import SourcesRead
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.document import DocumentScreen


class SourcesScreen(WorkbenchScreen):
    """Documents (outlet, date, claims, verdicts) and voices (grade, claims)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="sources.back"),
        *move_bindings("sources"),
        Binding("g", "grade", "Grade voice", id="sources.grade"),
        Binding("enter", "open", "Open document", id="sources.open"),
        Binding("tab", "focus_next", "Next table", show=False, id="sources.next"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.voices: list[Voice] = []
        self.sources: list[SourceSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Documents (enter opens one, its claims highlighted)", classes="section")
        yield DataTable(id="documents", cursor_type="row")
        yield Static("Voices (g grades the one under the cursor)", classes="section")
        yield DataTable(id="voices", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        documents = self.query_one("#documents", DataTable)
        documents.add_columns(
            "id", "document", "outlet", "published", "claims", "confirmed", "disputed", "false"
        )
        voices = self.query_one("#voices", DataTable)
        voices.add_columns("id", "voice", "kind", "grade", "claims", "note")
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
        documents = self.query_one("#documents", DataTable)
        documents.clear()
        self.sources = message.sources
        for s in self.sources:
            documents.add_row(
                str(s.id),
                literal(s.title or s.path),
                literal(s.outlet or ""),
                literal(s.published or ""),
                str(s.claims),
                str(s.confirmed),
                str(s.disputed),
                str(s.false_claims),
            )
        voices = self.query_one("#voices", DataTable)
        voices.clear()
        self.voices = message.voices
        for v in self.voices:
            voices.add_row(
                str(v.id),
                literal(v.name),
                literal(v.kind),
                literal(v.grade or ""),
                str(v.claims),
                literal(v.note or ""),
            )

    def action_grade(self) -> None:
        table = self.query_one("#voices", DataTable)
        if not self.voices or table.cursor_row >= len(self.voices):
            return
        voice = self.voices[table.cursor_row]
        self.wb_app.grade_voice(str(voice.id), voice.name, then=self.show)

    @on(DataTable.RowSelected, "#documents")
    def action_open(self) -> None:
        """Open the document under the cursor of the documents' table."""
        table = self.query_one("#documents", DataTable)
        if table.cursor_row >= len(self.sources):
            return
        source = self.sources[table.cursor_row]
        self.app.push_screen(DocumentScreen(source.id, source.title or source.path))
