"""What the command line prints, and how: tables, JSON lines, messages and one-line
errors with their exit statuses. Text from sources, file names and notes is shown
literally (issue 14, items 9 and 11): console markup in it (`[/]`, `[white on white]`,
`[link=...]`) is never interpreted, and no control character (ESC, BEL, CR, C1) reaches
the terminal: `display.printable` writes each as an escape like `\\x1b`."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any

import click
from pydantic import BaseModel
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.style import StyleType
from rich.table import Column, Table
from rich.text import Text

from workbench.display import printable
from workbench.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnopened,
    WorkbenchError,
    WrongValue,
)

# Characters JSON leaves as they are that a terminal may still obey (DEL, C1, and the
# bidirectional controls); inside JSON strings only, so their \u escapes are the same JSON.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def literal(text: str, one_line: bool = False) -> Text:
    """`text` as rich shows it letter for letter, its control characters escaped (and
    its newlines too when `one_line`)."""
    return Text(printable(text, newlines=not one_line))


def echo(message: str, err: bool = False, one_line: bool = False) -> None:
    """click.echo of a message holding source text, a file name or a note."""
    click.echo(printable(message, newlines=not one_line), err=err)


# Exit statuses a script can tell apart without reading the line, from BSD's
# sysexits.h: try again later, cannot write, input/output failed, data damaged.
EXIT_STATUS: dict[type[WorkbenchError], int] = {
    WrongValue: 2,  # a value the field cannot take, as click's wrong option (docs/cli.md)
    DatabaseUnopened: 73,  # EX_CANTCREAT: a folder missing is no read-only database
    DatabaseBusy: 75,  # EX_TEMPFAIL
    DatabaseReadOnly: 77,  # EX_NOPERM
    DatabaseFull: 74,  # EX_IOERR
    DatabaseDamaged: 65,  # EX_DATAERR
}


def error_line(message: object) -> click.ClickException:
    """A WorkbenchError's message as click's one-line error, neutralised. The exit
    status is `EXIT_STATUS`'s for a value a field cannot take, or a database that
    is busy, read-only, full or damaged, else 1."""
    error = click.ClickException(printable(str(message), newlines=False))
    error.exit_code = next(
        (status for kind, status in EXIT_STATUS.items() if isinstance(message, kind)), 1
    )
    return error


def json_line(text: str) -> str:
    """A JSON text with the characters a terminal may obey written as \\u escapes."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def console() -> Console:
    """A console as wide as the terminal, or wide enough for a file or a pipe."""
    return Console(width=None if sys.stdout.isatty() else 200)


def print_json(items: Iterable[BaseModel]) -> None:
    """One JSON object a line: the shapes of workbench/models/."""
    out = sys.stdout
    for item in items:
        out.write(json_line(json.dumps(item.model_dump(mode="json"), ensure_ascii=False)))
        out.write("\n")


class LiteralTable(Table):
    """A rich Table whose text cells are literal: no markup, no control characters.
    On a terminal too narrow for it, the columns of ids, figures, verdicts and dates
    keep their width and the text columns share what is left (rich alone would
    squeeze every column, down to none: the ids vanished at 80 columns). A table of
    `one_line` rows writes a newline in a cell as `\\x0a`, as the one-line messages do
    (a file named "new\\nline.txt" split its row in `sources` and `claims`)."""

    def __init__(self, *headers: Column | str, one_line: bool = False, **options: Any) -> None:
        super().__init__(*headers, **options)
        self.one_line = one_line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        _fit(self, options.max_width)
        yield from super().__rich_console__(console, options)

    def add_row(
        self,
        *renderables: RenderableType | None,
        style: StyleType | None = None,
        end_section: bool = False,
    ) -> None:
        cells = [
            literal(cell, self.one_line) if isinstance(cell, str) else cell for cell in renderables
        ]
        super().add_row(*cells, style=style, end_section=end_section)


# Columns a narrow terminal must never cut: the ids every command takes, figures,
# verdicts, dates and languages; the text columns give way instead.
_KEPT = frozenset(
    "id a b event category figure figures status published at lang grade claims state "
    "relation".split()
)


_NARROWEST = 4  # characters a text column keeps, however narrow the terminal


def _fit(table: Table, width: int) -> None:
    """Give each column of `table` a width so that the whole fits in `width`: the
    kept columns (`_KEPT`) their content's, the others an even share of the
    rest, none more than its content needs. Nothing changes when it fits."""
    natural = [_natural(column) for column in table.columns]
    padding = 2 * len(natural) - 2
    if sum(natural) + padding <= width:
        for column in table.columns:
            column.width = None  # a table printed again on a wider terminal: as it is
        return
    kept = [str(c.header) in _KEPT for c in table.columns]
    left = width - padding - sum(n for n, k in zip(natural, kept, strict=True) if k)
    text = sorted((n, i) for i, (n, k) in enumerate(zip(natural, kept, strict=True)) if not k)
    for placed, (need, index) in enumerate(text):
        share = max(_NARROWEST, min(need, left // (len(text) - placed)))
        table.columns[index].width = share
        left -= share
    for index, is_kept in enumerate(kept):
        if is_kept:
            table.columns[index].width = natural[index]


def _natural(column: Column) -> int:
    """The width a column's header and cells need, at most its max_width."""
    cells = [cell_len(str(column.header))]
    cells += [c.cell_len if isinstance(c, Text) else cell_len(str(c)) for c in column.cells]
    return min(max(cells), column.max_width or max(cells))


def listing(columns: Iterable[str], max_width: int) -> LiteralTable:
    """A listing's table: bold headers, no borders, each column kept to one line and
    cut with "…" past `max_width` characters; its cells shown literally. On a narrow
    terminal the ids, figures, verdicts and dates keep their width (`_KEPT`)
    and the text columns are cut."""
    table = LiteralTable(header_style="bold", box=None, pad_edge=False, one_line=True)
    for column in columns:
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=max_width)
    return table


def styled(*parts: str | tuple[str, str], **options: Any) -> Text:
    """A line of literal text, some parts with a style: styled(("Event 2", "bold"), name)."""
    text = Text(**options)
    for part in parts:
        content, style = part if isinstance(part, tuple) else (part, "")
        text.append(printable(content), style=style)
    return text
