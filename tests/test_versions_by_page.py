"""A page saved again to another file, its NAME.json naming the same address, is a
new version of the document before, as the same file or URL read again is: a
trial's update of a toll became a second independent source, the first confirmed
claim neither superseded nor stale. A site's front page names no article and makes
no version. Real SQLite files, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main
from workbench.store.versions import article_address

FIRST = "Gunmen killed 12 villagers in Damboa on Monday, the army said.\n"
LATER = "Gunmen killed 15 villagers in Damboa on Monday, the army said.\n"


def _run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args])


def _saved(folder: Path, name: str, text: str, url: str, published: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    sidecar = {"url": url, "published": published}
    (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return folder / f"{name}.txt"


def _claims(db: Path) -> list[dict[str, object]]:
    listed = _run(db, "claims", "--json")
    assert listed.exit_code == 0, listed.output
    return [json.loads(line) for line in listed.stdout.splitlines()]


def test_a_page_saved_again_under_another_name_is_a_new_version(tmp_path: Path) -> None:
    db, url = tmp_path / "claims.db", "https://example.org/news/damboa-attack"
    first = _saved(tmp_path / "monday", "damboa", FIRST, url, "2023-03-07")
    assert _run(db, "ingest", str(first)).exit_code == 0
    assert _run(db, "verdict", "1", "confirmed").exit_code == 0
    later = _saved(tmp_path / "tuesday", "damboa-update", LATER, url, "2023-03-08")
    result = _run(db, "ingest", str(later))
    assert result.exit_code == 0, result.output
    assert "new version of document 1" in result.output
    old, new = _claims(db)
    assert (old["value"], old["status"], old["superseded_by"]) == (12, "confirmed", new["id"])
    assert (new["value"], new["superseded_by"]) == (15, None)
    assert "was claim 1" in result.output


def test_two_articles_naming_only_a_site_are_two_sources(tmp_path: Path) -> None:
    db, site = tmp_path / "claims.db", "https://example.org/"
    first = _saved(tmp_path / "a", "damboa", FIRST, site, "2023-03-07")
    other = _saved(tmp_path / "b", "gwoza", LATER.replace("Damboa", "Gwoza"), site, "2023-03-08")
    assert _run(db, "ingest", str(first)).exit_code == 0
    result = _run(db, "ingest", str(other))
    assert result.exit_code == 0 and "new version" not in result.output
    assert [c["superseded_by"] for c in _claims(db)] == [None, None]


def test_an_article_address_has_a_path() -> None:
    assert article_address("https://example.org/news/x") == "https://example.org/news/x"
    assert article_address("https://example.org/?p=42") == "https://example.org/?p=42"
    for none in (None, "", "https://example.org/", "https://example.org", "ftp://x.org/a"):
        assert article_address(none) is None


def test_another_article_under_a_copied_sidecar_is_no_version_and_is_warned_of(
    tmp_path: Path,
) -> None:
    """A trial copied a NAME.json beside another article: its url named a page
    already loaded, and the other article became that page's new version, its tolls
    in the wrong event. A text that shares few of the page's words is a document of
    its own, with a warning naming the document whose page it names; an update that
    adds a paragraph is still a version."""
    db, url = tmp_path / "claims.db", "https://example.org/news/damboa-attack"
    first = _saved(tmp_path / "monday", "damboa", FIRST, url, "2023-03-07")
    assert _run(db, "ingest", str(first)).exit_code == 0
    other = (
        "Separatist fighters ambushed a convoy near Bamenda on Friday, and four gendarmes"
        " died in the exchange of fire, regional officials told reporters.\n"
    )
    copied = _saved(tmp_path / "friday", "bamenda", other, url, "2023-03-10")
    result = _run(db, "ingest", str(copied))
    assert result.exit_code == 0, result.output
    assert "is a new version" not in result.output
    assert "its url is document 1's page, but its text is another article's" in result.output
    old, new = _claims(db)
    assert old["superseded_by"] is None and new["value"] == 4
    update = _saved(
        tmp_path / "tuesday",
        "damboa-update",
        LATER + "Residents said the gunmen came on motorcycles and burned the market.\n",
        url,
        "2023-03-08",
    )
    assert "new version of document 1" in _run(db, "ingest", str(update)).output


def test_the_versions_of_a_page_saved_under_two_names_are_numbered_along_their_chain(
    tmp_path: Path,
) -> None:
    """Trial 63: a radio's page and its update, saved to two files whose NAME.json named
    the same page, were "v1 of 1, replaced by 2" and "v1 of 1, the latest"."""
    from workbench.service import Workbench

    db, url = tmp_path / "claims.db", "https://example.org/news/damboa-attack"
    for name, text, day in (("damboa", FIRST, "2023-03-07"), ("update", LATER, "2023-03-08")):
        assert _run(db, "ingest", str(_saved(tmp_path / day, name, text, url, day))).exit_code == 0
    said = [d.version_said for d in Workbench(str(db)).sources()]
    assert said == ["v1 of 2, replaced by 2", "v2 of 2, the latest"]


def test_a_versions_diff_heads_each_side_with_its_own_file(tmp_path: Path) -> None:
    """Re-trial 63: both sides of the diff were headed with the new file's name."""
    db, url = tmp_path / "claims.db", "https://example.org/news/damboa-attack"
    assert (
        _run(db, "ingest", str(_saved(tmp_path / "a", "first", FIRST, url, "2023-03-07"))).exit_code
        == 0
    )
    assert (
        _run(
            db, "ingest", str(_saved(tmp_path / "b", "update", LATER, url, "2023-03-08"))
        ).exit_code
        == 0
    )
    diff = _run(db, "document", "diff", "2").output.splitlines()
    assert diff[:2] == ["--- first.txt (document 1)", "+++ update.txt (document 2)"]
