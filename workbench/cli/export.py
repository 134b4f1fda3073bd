"""Reports and exports: `export` writes a verification report (md, html) or the data
for other tools (json, csv, ClaimReview) to stdout or a file."""

from __future__ import annotations

import io
import sys

import click

from workbench.cli.common import db_option, document_filter, opened
from workbench.cli.options import http_url_option, statuses_option
from workbench.cli.terminal import echo, error_line
from workbench.display import empty_review_line, mapped_line
from workbench.export import FORMATS, Publisher
from workbench.export.warc import warc_gzipped
from workbench.models import Category, counted
from workbench.safe_output import check_target, keep_copy
from workbench.vocabulary import ClaimFilter, values

CATEGORIES = values(Category)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, "warc"]),
    default="md",
    show_default=True,
    help="md and html: a report to read; json and csv: data; claimreview: schema.org JSON-LD; "
    "geojson: claims and events with a place, as points for a map (QGIS; known only to a "
    "country: no point, null geometry); warc: the pages "
    "fetched, as they came, for web archives.",
)
@statuses_option
@click.option("--contested", is_flag=True, help="Only claims another voice contradicts.")
@click.option("--category", type=click.Choice(CATEGORIES), help="Only claims of this category.")
@click.option("--source", metavar="FILE", help="Only claims of this document (its file name).")
@click.option("--search", metavar="WORDS", help="Only claims whose words hold these.")
@click.option("--stale", is_flag=True, help="Only claims whose verdict is stale.")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    metavar="FILE",
    help="Write to this file (a regular file or a new path), not stdout; - is stdout.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace the file -o names without keeping the earlier one as FILE.bak.",
)
@click.option(
    "--title",
    metavar="TEXT",
    help='The report\'s title (md and html) [default: "Verification report"].',
)
@click.option("--author", help="Who signs the ClaimReviews (an organisation); default: config.")
@http_url_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1, max=2),
    help="Processes writing an md, html or json file; 2 writes a large one in about two "
    "thirds of the time [2 from 20,000 claims on two cores or more].",
)
def export(
    db: str,
    fmt: str,
    statuses: list[str],
    contested: bool,
    category: str | None,
    source: str | None,
    search: str | None,
    stale: bool,
    output: str | None,
    title: str | None,
    author: str | None,
    url: str | None,
    jobs: int | None,
    force: bool,
) -> None:
    """Export a verification report, or the data for other tools.

    \b
    Example:
        workbench export --format html -o report.html --title "Mali, February 2013"
        workbench export --format claimreview --status confirmed,false --author "Desk"
        workbench export --format csv --contested > contested.csv
        workbench export --category killed --source 002_d080ff34c8cf8f03.txt --stale
        workbench export --format warc -o captures.warc.gz
        workbench export -o report.md --force

    `-o` replaces a file that exists and keeps the earlier one as FILE.bak;
    `--force` replaces it without keeping it.

    `--format warc` writes every page, feed item, PDF fetched (`ingest URL`) as it
    came, with its fetch time, address and redirects; the filters do not apply. It
    is gzipped per record where the file's name ends in .gz (captures.warc.gz) and
    to standard output, plain otherwise (captures.warc).
    """
    narrow = ClaimFilter(category=category, source=source, search=search, stale=stale)
    output = None if output == "-" else output  # the usual name of standard output
    if fmt == "warc":
        _export_warc(db, output, force)
        return
    from workbench.service import Exporter  # the writers' reading of the store

    with opened(db) as workbench:
        if source is not None:
            narrow = document_filter(workbench, narrow, source, by_path=True)
        publisher = Exporter(workbench).publisher()
        if author or url:
            publisher = Publisher(
                author or publisher.name,
                "Organization" if author else publisher.kind,
                url or publisher.url,
            )
        if fmt == "claimreview" and publisher.kind == "Person":  # a login name, often
            echo(
                f"export: the reviews are signed by the analyst {publisher.name!r};"
                " --author names an organisation (or set organisation in the config)",
                err=True,
            )
        if output is not None:
            replaced = _keep_earlier(output, force)
            summary = workbench.export_to(
                fmt, output, statuses, contested, publisher, jobs, title, narrow
            )
            echo(
                f"Wrote {output}{replaced}: {summary.exported_claims} of"
                f" {counted(summary.claims, 'claim')}"
                f" ({summary.contested} contested){mapped_line(summary.mapped)}"
                f"{empty_review_line(fmt, summary.exported_claims, summary.claims)}",
                err=True,
            )
            return
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            workbench.export(fmt, out, statuses, contested, publisher, title, narrow)
            out.flush()
        except BrokenPipeError:  # `workbench export | head`: the reader has had enough
            sys.stderr.close()
        finally:
            out.detach()


def _keep_earlier(output: str, force: bool) -> str:
    """Keep a copy of the file `-o` names, where one exists, as FILE.bak before the
    export replaces it, unless `--force`; the words the summary line adds ("" where
    nothing was there). Trial 79's `export -o keep.md` replaced the analyst's own notes
    and said so only afterwards; refusing would break the scripts that export to one
    file every day, so the file is replaced as before and the earlier one kept. A path
    no export may take (a folder, a link, a database) is refused by `check_target`
    with its own reason first, and so is a `.bak` that is no regular file."""
    if check_target(output) is None:
        return ""
    if force:
        return ", replacing the file there"
    kept = keep_copy(output)
    return f", replacing the file there (the earlier one kept as {kept})"


def _export_warc(db: str, output: str | None, force: bool) -> None:
    """The captures as a WARC file, to `output` or stdout (docs/sources.md)."""
    if output is None and sys.stdout.isatty():
        raise error_line("the WARC is binary: give -o FILE or redirect")
    replaced = ""
    with opened(db) as workbench:
        if output is None:
            count = workbench.export_warc(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            replaced = _keep_earlier(output, force)
            count = workbench.export_warc_to(output)
    how = "gzipped per record" if output is None or warc_gzipped(output) else "plain, not gzipped"
    written = counted(count, "capture")
    echo(f"Wrote {output or 'stdout'}{replaced}: {written} as WARC records ({how})", err=True)


COMMANDS = (export,)
