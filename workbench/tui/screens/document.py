"""One document as it was loaded, its claims highlighted in its text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from workbench.models import StoredClaim
from workbench.tui.format import claim_figure, claims, shown
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import DocumentRead
from workbench.tui.screens.base import WorkbenchScreen


class DocumentScreen(WorkbenchScreen):
    """A document's text with each claim highlighted, and the claims it holds."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="document.back"),
        Binding("j", "scroll('down')", "Scroll down", show=False, id="document.down"),
        Binding("k", "scroll('up')", "Scroll up", show=False, id="document.up"),
    ]

    def __init__(self, document_id: int, title: str) -> None:
        super().__init__()
        self.document_id = document_id
        self.title_text = title
        self.claims: list[StoredClaim] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="document"):
            yield Static(id="document-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show()
        self.query_one("#document", VerticalScroll).focus()

    def show(self) -> None:
        """Read the document's text and claims again, in the reading thread."""
        self.sub_title = f"reading {self.title_text}…"
        document_id, workbench = self.document_id, self.workbench
        self.read(
            "document",
            lambda request: DocumentRead(request, *workbench.document(document_id)),
        )

    def on_document_read(self, message: DocumentRead) -> None:
        if self.answered(message) is None:
            return
        self.claims = message.claims
        self.sub_title = f"{self.title_text} · {claims(len(self.claims))} highlighted"
        self.query_one("#document-text", Static).update(highlighted(message.text, self.claims))

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#document", VerticalScroll)
        scroll.scroll_down() if direction == "down" else scroll.scroll_up()


def highlighted(text: str, claims: list[StoredClaim]) -> Text:
    """The text, shown literally, each claim's span in reverse with its id and figure
    after it: "killed twenty-four soldiers [27: killed 24 *]"."""
    shown_text = Text()
    at = 0
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.start < at:
            continue  # a claim inside the one before it: already highlighted
        shown_text.append(shown(text[at : claim.start]))
        shown_text.append(shown(text[claim.start : claim.end]), style="bold reverse")
        label = f" [{claim.id}: {claim.category.value} {claim_figure(claim)}]"
        shown_text.append(label, style="bold yellow")
        at = claim.end
    shown_text.append(shown(text[at:]))
    return shown_text
