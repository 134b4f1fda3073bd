"""The CSV names each claim's document as a citation does (outlet, title, URL,
publication date, language): a trial's spreadsheet had only the file's path to
say where a figure came from. The seeds through the real CLI."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from workbench.cli import main


def test_each_csv_row_names_its_documents_outlet_title_and_date(seeded_db):
    runner = CliRunner()
    sources = runner.invoke(main, ["--db", seeded_db, "sources", "--json"])
    documents = {s["path"]: s for s in map(json.loads, sources.stdout.splitlines())}
    exported = runner.invoke(main, ["--db", seeded_db, "export", "--format", "csv"])
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows and all(row["source"] in documents for row in rows)
    for row in rows:
        document = documents[row["source"]]
        shown = [row[c] for c in ("outlet", "title", "url", "published", "language")]
        fields = ("outlet", "title", "url", "published", "language")
        assert shown == [document[c] or "" for c in fields]
        assert row["part"] == ""  # no analyst said: its words decide
    assert any(row["outlet"] for row in rows) and any(row["published"] for row in rows)


def test_a_country_has_no_point_in_the_csv_as_in_the_geojson(seeded_db):
    """A trial's country-level claims were put at the capital's point in the CSV."""
    exported = CliRunner().invoke(main, ["--db", seeded_db, "export", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    countries = [row for row in rows if row["place_kind"] == "country"]
    towns = [row for row in rows if row["place_kind"] == "town"]
    assert countries and all(row["latitude"] == row["longitude"] == "" for row in countries)
    assert towns and all(row["latitude"] and row["longitude"] for row in towns)
