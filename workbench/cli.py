"""The `workbench` command line: a thin shell over the extraction and store APIs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from workbench import __version__
from workbench.errors import WorkbenchError
from workbench.extract import extract_claims
from workbench.ingest import read_source
from workbench.models import Claim


@click.group()
@click.version_option(__version__, prog_name="workbench")
def main() -> None:
    """Workbench: find, check and report the factual claims in conflict reporting."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim per line.")
def extract(paths: tuple[str, ...], as_json: bool) -> None:
    """Print the claims found in text, Markdown or HTML files.

    \b
    Example:
        workbench extract seeds/*.txt
        workbench extract article.html --json > claims.jsonl

    A file that cannot be read gets a one-line error on stderr; the other files
    are still processed, and the exit status is 1.
    """
    failed = False
    rows: list[tuple[Claim, int]] = []
    for path in paths:
        try:
            document = read_source(path)
        except WorkbenchError as error:
            click.echo(f"workbench: {error}", err=True)
            failed = True
            continue
        found = extract_claims(document)
        if as_json:
            _print_json(found)
        else:
            rows.extend((c, document.text.count("\n", 0, c.start) + 1) for c in found)
    if not as_json:
        _print_table(rows)
    sys.exit(1 if failed else 0)


def _print_json(claims: Iterable[Claim]) -> None:
    out = sys.stdout
    for claim in claims:
        out.write(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False))
        out.write("\n")


def _figure(claim: Claim) -> str:
    if claim.qualifier == "range":
        return f"{claim.low:,}–{claim.high:,}"
    if claim.value is None:
        return claim.qualifier.removeprefix("vague:")
    prefix = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<~", "about": "~"}
    return f"{prefix.get(claim.qualifier, '')}{claim.value:,}"


def _print_table(rows: list[tuple[Claim, int]]) -> None:
    cells = [
        (
            f"{Path(claim.source).name}:{line}",
            claim.category.value,
            _figure(claim) + (" ?" if claim.hedged else ""),
            claim.subject or "",
            claim.location or "",
            claim.date or claim.date_text or "",
            claim.attribution or "",
        )
        for claim, line in rows
    ]
    console = Console(width=None if sys.stdout.isatty() else 200)
    table = Table(header_style="bold", box=None, pad_edge=False)
    for index, column in enumerate(("where", "category", "figure")):
        width = max((len(row[index]) for row in cells), default=len(column))
        table.add_column(column, no_wrap=True, min_width=width)
    for column in ("subject", "place", "date", "voice"):
        table.add_column(column, overflow="ellipsis", no_wrap=True, max_width=30)
    for row in cells:
        table.add_row(*row)
    console.print(table)
    console.print(f"{len(rows)} claims ('?' marks a hedged one)")
