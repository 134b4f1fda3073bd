"""The `document` group: a loaded document's evidence and the analyst's corrections
of it. `document show` gives what was fetched (`--raw`: the bytes as they came),
`document diff` what a new version of a source changed, `document edit` sets its
outlet, title, URL or publication date, `document remove` removes it with its claims
once asked (their verdicts and history archived), `document history` lists those
changes and `document archive` the claims removed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from workbench.cli.common import analyst_option, db_option, group_db_option, json_option, opened
from workbench.cli.terminal import console, echo, json_line, listing, print_json
from workbench.cli.voices import show_changes
from workbench.ingest.language import unread_warning


@click.group()
@group_db_option
def document() -> None:
    """A loaded document: its evidence (show, diff); correct it (edit, remove), the
    history and archive of those corrections.

    A document is given by its id, as `workbench sources` lists them.
    """


@document.command()
@click.argument("document_id", type=int)
@click.option(
    "--raw", is_flag=True, help="Write the bytes as fetched or read to stdout, byte for byte."
)
@db_option
@json_option
def show(document_id: int, raw: bool, db: str, as_json: bool) -> None:
    """Show where a document came from: for a fetched one, the address asked and the
    one reached, the redirects, the HTTP status, the fetch time and the SHA-256 of
    the bytes kept; for a local file or standard input, its path (and file:// URI)
    or "stdin", the time it was read and the SHA-256. `--raw` writes those bytes
    out as they came.

    \b
    Example:
        workbench document show 4
        workbench document show 4 --raw > page.html
    """
    with opened(db) as workbench:
        found = workbench.source(document_id)
        capture = workbench.capture(document_id)
        version = workbench.version(document_id)
    if raw:
        if capture is None:
            raise click.ClickException(
                f"document {document_id} ({found.path}) was loaded before Workbench kept the"
                " bytes it read: no capture is kept (its SHA-256 is in `document show`)"
            )
        sys.stdout.buffer.write(capture.body)
        sys.stdout.buffer.flush()
        return
    fields: dict[str, object] = {"id": found.id, "path": found.path, "sha256": found.sha256}
    if capture is not None:
        fields |= {
            "captured_from": capture.way_in,
            "requested_url": capture.requested_url,
            "final_url": capture.final_url,
            "status": capture.status,
            "content_type": capture.content_type,
            "fetched_at": capture.fetched_at,
            "capture_sha256": capture.sha256,
            "size": len(capture.body),
            "redirects": [list(r) for r in capture.redirects],
            "author": capture.author,
        }
    if version is not None:
        fields["previous_version"] = version.previous_id
    if as_json:
        click.echo(json_line(json.dumps(fields, ensure_ascii=False)))
        return
    for name, value in fields.items():
        if name == "redirects":
            value = (
                "; ".join(f"{status} → {where}" for status, where in capture.redirects)
                if capture
                else ""
            )
        echo(f"{name}: {'' if value is None else value}", one_line=True)


@document.command()
@click.argument("document_id", type=int)
@db_option
@json_option
def diff(document_id: int, db: str, as_json: bool) -> None:
    """Show what a new version of a source changed: the diff of its text from the
    version before, and each claim whose figure changed.

    \b
    Example:
        workbench document diff 7
    """
    with opened(db) as workbench:
        version = workbench.version(document_id)
    if version is None:
        raise click.ClickException(f"document {document_id} is the first version of its source")
    if as_json:
        click.echo(
            json_line(
                json.dumps(
                    version._asdict() | {"changes": [c._asdict() for c in version.changes]},
                    ensure_ascii=False,
                )
            )
        )
        return
    echo(version.diff.rstrip("\n"))
    for change in version.changes:
        echo(
            f"figure changed: claim {change.claim_id} “{change.text}” was claim"
            f" {change.previous_claim_id} “{change.previous_text}”",
            one_line=True,
        )


@document.command()
@click.argument("document_id", type=int)
@click.option("--outlet", help='Who published it ("" clears it).')
@click.option("--title", help="Its title.")
@click.option("--url", help="Where it was published: http:// or https://.")
@click.option("--published", help="When it was published: 2026-03-09, 9 March 2026, 9 mars 2026.")
@click.option("--language", help="Its language, an ISO 639-1 code (en, fr); then `reextract`.")
@db_option
@analyst_option
@json_option
def edit(
    document_id: int,
    outlet: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    language: str | None,
    db: str,
    analyst: str | None,
    as_json: bool,
) -> None:
    """Set a document's outlet, title, URL, publication date or language. A new outlet speaks the
    claims the old one spoke in its own name; a new language or publication date has
    the document's claims read again at once (as `reextract` does, the analyst's work
    kept: "Tuesday" is dated from the new date); the edits stay through re-ingest.

    \b
    Example:
        workbench document edit 3 --outlet "Tchad Online" --published 2013-02-06
    """
    given = {
        "outlet": outlet,
        "title": title,
        "url": url,
        "published": published,
        "language": language,
    }
    edits = {field: value for field, value in given.items() if value is not None}
    if not edits:
        raise click.UsageError(
            "give at least one of --outlet, --title, --url, --published, --language"
        )
    with opened(db, analyst=analyst) as workbench:
        changed, read = workbench.edit_document_and_read(document_id, **edits)
    for line in read.errors if read else []:
        echo(f"workbench: {line}", err=True, one_line=True)
    # a language set that Workbench does not read: say so, as `sources` does (trial 66:
    # "--language ht" left a document with no claims and no word why)
    unread = unread_warning(Path(changed.path).name, changed.language) if language else None
    if unread:
        echo(f"warning: {unread}", err=True, one_line=True)
    if as_json:
        print_json([changed])
        return
    shown = ", ".join(f"{field} {getattr(changed, field) or '(none)'}" for field in edits)
    echo(f"document {changed.id} ({Path(changed.path).name}): {shown}")
    if read:
        echo(read.summary())


@document.command()
@click.argument("document_id", type=int)
@click.option("--yes", is_flag=True, help="Remove without asking.")
@db_option
@analyst_option
@json_option
def remove(document_id: int, yes: bool, db: str, analyst: str | None, as_json: bool) -> None:
    """Remove a document with its claims, after asking. The verdicts, notes, verdict
    history, decided links and credibility grades of its claims are archived, and
    their corrections kept (`document archive`); ingesting the same file again
    gives each claim read again at the same place its corrections, dismissal,
    verdict, note and grade back (the ingest says how many verdicts).

    \b
    Example:
        workbench document remove 3 --yes
    """
    with opened(db, analyst=analyst) as workbench:
        found = workbench.source(document_id)
        decided = workbench.decided_in(document_id)
        kept = f"{decided['verdict']} with a verdict, {decided['corrected']} corrected,"
        kept += f" {decided['graded']} graded: kept in the archive, and given back"
        kept += " if the same file is ingested again"
        question = (
            f"Remove document {found.id} ({Path(found.path).name}) and its {found.claims}"
            f" claims ({kept})?"
        )
        if not yes and not _confirmed(question):
            raise click.ClickException(f"document {document_id}: nothing removed")
        removed = workbench.remove_document(document_id)
    if as_json:
        print_json([found])
    else:
        echo(f"document {found.id} removed with {removed} claim{'' if removed == 1 else 's'}")


@document.command()
@click.argument("document_id", type=int, required=False)
@db_option
@json_option
def history(document_id: int | None, db: str, as_json: bool) -> None:
    """List the changes made to documents (or to DOCUMENT_ID): who, when, old, new.

    \b
    Example:
        workbench document history 3
    """
    with opened(db) as workbench:
        found = workbench.document_history(document_id)
        names = {s.sha256: f"{s.id} {Path(s.path).name}" for s in workbench.sources()}
    show_changes(found, as_json, names)


@document.command()
@db_option
@json_option
def archive(db: str, as_json: bool) -> None:
    """List the claims of removed documents, with the verdicts, corrections and
    credibility grades they had (`--json`: each in full).

    \b
    Example:
        workbench document archive --json
    """
    with opened(db) as workbench:
        found = workbench.archived_claims()
    if as_json:
        print_json(found)
        return
    columns = ("claim", "document", "text", "verdict", "changes", "corrected", "grade", "removed")
    table = listing(columns, 40)
    for c in found:
        table.add_row(
            str(c.claim_id),
            Path(c.document_path).name,
            c.text,
            c.status or "unreviewed",
            str(len(c.history)),
            ", ".join(dict.fromkeys(x.field for x in c.corrections)) or "-",
            str(c.credibility.grade) if c.credibility else "-",
            c.removed_at[:16],
        )
    console().print(table)


def _confirmed(question: str) -> bool:
    """The analyst's yes to `question`, asked on stderr; no answer (no terminal) is no."""
    try:
        return click.confirm(question, default=False, err=True)
    except click.Abort:
        return False


COMMANDS = (document,)
