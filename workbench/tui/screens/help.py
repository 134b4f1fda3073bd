"""Every key of the screen beneath and of the app, with what it does, and what each
mark on the screens means."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from workbench.tui.format import LEGEND


def key_table(screens: list[Screen[object]], app_bindings: list[Binding]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    seen = set()
    for binding in [
        b for s in screens for b in s.BINDINGS if isinstance(b, Binding)
    ] + app_bindings:
        if binding.key in seen or not binding.description:
            continue
        seen.add(binding.key)
        table.add_row(binding.key_display or binding.key, binding.description)
    if any(screen.query(DataTable) for screen in screens):
        table.add_row("↑ ↓  j k", "Next / previous row of the table in focus")
        table.add_row("← →", "Scroll a wide table a quarter of its width (the id column stays)")
        table.add_row("home  end", "First / last row")
        table.add_row("tab", "The next table or box")
    table.add_row("ctrl+p", "Command palette (every action here, and themes)")
    return table


def legend_table() -> Table:
    """What each mark means: one meaning per mark, on every screen."""
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for mark, meaning in LEGEND:
        table.add_row(mark, meaning)
    return table


class HelpScreen(ModalScreen[None]):
    """f1: the keys. Escape, f1 or q closes."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 70; max-height: 90%; border: thick $accent;
                                  background: $surface; padding: 1 2; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="help.close"),
        Binding("f1", "close", "Close", show=False, id="help.f1"),
        Binding("q", "close", "Close", show=False, id="help.q"),
        Binding("j", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Scroll up", show=False, id="help.up"),
    ]

    def __init__(self, beneath: Screen[object], app_bindings: list[Binding]) -> None:
        super().__init__()
        self.beneath = beneath
        self.app_bindings = app_bindings

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(
                f"Keys: {type(self.beneath).__name__.removesuffix('Screen').lower()}",
                classes="section",
            )
            yield Static(key_table([self.beneath], self.app_bindings))
            yield Static("Marks", classes="section")
            yield Static(legend_table())
            yield Static("↓ ↑ j k pageup pagedown scroll · escape closes", classes="hint")

    def text(self) -> str:
        """The keys as plain text."""
        console = Console(record=True, width=100, file=io.StringIO())
        console.print(key_table([self.beneath], self.app_bindings))
        console.print(legend_table())
        return console.export_text()

    def action_scroll(self, way: str) -> None:
        """j / k: the keys a line down / up, as in every table."""
        panel = self.query_one(VerticalScroll)
        if way == "down":
            panel.scroll_down()
        else:
            panel.scroll_up()

    def action_close(self) -> None:
        self.dismiss(None)
