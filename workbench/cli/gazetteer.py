"""The `gazetteer` group: `gazetteer add FILE...` loads GeoNames dumps into the user's
gazetteer, `gazetteer find NAME` shows what a name resolves to, and `gazetteer
sources` where its places came from."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import partial
from pathlib import Path

import click

from workbench.cli.common import db_option, group_db_option, json_option, opened
from workbench.cli.terminal import console, echo, error_line, json_line, listing
from workbench.errors import WorkbenchError


@click.group()
@partial(
    group_db_option,
    help_text="The claims database `add` places again (the gazetteer is yours, not a"
    " database's: `find` and `sources` open none).",
)
def gazetteer() -> None:
    """Places: the GeoNames gazetteer claims' places resolve to.

    Workbench ships Mali, Niger, Burkina Faso, Côte d'Ivoire, Guinea, Mauritania
    and Senegal village by village, every country's regions and districts, and
    the world's towns of 15,000 people. Add any other country from GeoNames
    (https://download.geonames.org/export/dump/, e.g. TD.zip for Chad).
    """


@gazetteer.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
def add(files: tuple[Path, ...], db: str) -> None:
    """Add GeoNames country dumps (NG.txt, NG.zip ...) to your gazetteer.

    The claims of the database (--db, when there is one) are then placed again;
    `workbench match --all` links them by their new places.

    \b
    Example:
        workbench gazetteer add ~/Downloads/NG.zip ~/Downloads/TD.zip
    """
    from workbench.service.places import add_to_gazetteer  # each command loads its part

    results = add_to_gazetteer(list(files))
    for added in results:
        if added.problem:
            echo(f"workbench: {added.problem}", err=True, one_line=True)
        elif added.places:
            echo(f"{added.path}: {_places(added.places)} added")
        else:
            echo(f"{added.path}: no places in it (no populated place or division)")
    if any(added.places for added in results) and Path(db).exists():
        with opened(db) as workbench:
            placed = workbench.place_claims(again=True)
        claims = f"{placed:,} claim" + ("" if placed == 1 else "s")
        echo(f"{db}: {claims} placed again; `workbench match --all` links them anew")
    if any(added.problem for added in results):
        raise SystemExit(1)


@gazetteer.command()
@click.argument("name")
@click.option(
    "--country", help="Put the places in this country first (a name or ISO code); not a filter."
)
@json_option
def find(name: str, country: str | None, as_json: bool) -> None:
    """Show what NAME resolves to, most likely first.

    \b
    Example:
        workbench gazetteer find Diabaly --country Mali
    """
    from workbench.service.places import country_known, find_places

    if not name.strip():
        raise click.UsageError("give a place name to look up")
    try:
        if country and not country_known(country):
            raise WorkbenchError(f"{country}: not a country the gazetteer knows")
        places = find_places(name, country)
    except WorkbenchError as error:
        raise error_line(error) from None
    if as_json:
        for place in places:
            click.echo(json_line(json.dumps(asdict(place), ensure_ascii=False)))
        return
    if not places:
        echo(f"{name}: not in the gazetteer")
        return
    columns = ("geonameid", "name", "kind", "district", "region", "country", "lat", "lon")
    table = listing(columns, max_width=30)
    for p in places:
        where = ("", "") if p.latitude is None else (f"{p.latitude:.4f}", f"{p.longitude:.4f}")
        table.add_row(
            str(p.geonameid),
            p.name,
            p.kind.value,
            p.district or "",
            p.region or "",
            p.country,
            *where,
        )
    console().print(table)


@gazetteer.command()
def sources() -> None:
    """Where the gazetteer's places came from: shipped, and each file you added."""
    from workbench.service.places import gazetteer_sources

    try:
        counts = gazetteer_sources()
    except WorkbenchError as error:
        raise error_line(error) from None
    for source, places in counts.items():
        echo(f"{source}: {_places(places)}")


def _places(count: int) -> str:
    return f"{count:,} place" + ("" if count == 1 else "s")


COMMANDS = [gazetteer]
