"""What a fresh analyst met on the ways in of issue 19: a bad --published found only
after the fetch, "not a url" taken as an address, metadata dropped in silence on a
source loaded already, mistyped addresses called missing files, gzip bytes written
to a terminal, a prompt-less wait on standard input, "1 documents", a page given as
a --feed. Each against the real CLI, a real database and a real HTTP server on
127.0.0.1 (or a real terminal: a pseudo-terminal for the subprocess)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tests import web_server
from tests.test_web_feeds import ingest
from tests.test_web_ingest import article
from workbench.cli import main

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1
TEXT = "Gunmen killed 12 villagers near Gao on Thursday, a local official said.\n"
REPOSITORY = Path(__file__).resolve().parents[1]


def documents(db) -> list[tuple]:
    if not Path(db).exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, path, outlet FROM documents ORDER BY id").fetchall()


def test_a_bad_published_date_is_refused_before_anything_is_fetched(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article())
    result = ingest(db, "--published", "not-a-date", url)
    assert result.exit_code == 2
    [line] = [x for x in result.stderr.splitlines() if "not-a-date" in x]
    assert "'--published'" in line and "cannot read the date 'not-a-date'" in line
    assert site.requests == []  # refused before the fetch
    assert documents(db) == []


def test_a_bad_date_or_url_for_standard_input_names_the_option(tmp_path):
    db = tmp_path / "claims.db"
    dated = ingest(db, "-", "--published", "soon", stdin=TEXT)
    assert dated.exit_code == 2 and "'--published'" in dated.stderr
    assert "pasted-" not in dated.stderr
    addressed = ingest(db, "-", "--url", "not a url", stdin=TEXT)
    assert addressed.exit_code == 2
    assert "'--url'" in addressed.stderr and "is not an http:// or https:// address" in (
        addressed.stderr
    )
    assert documents(db) == []  # "not a url" did not become a path


def test_a_bad_date_is_refused_even_for_a_source_loaded_already(tmp_path):
    """The date was checked only on what was read: a source skipped as stored said
    nothing at all of it."""
    db = tmp_path / "claims.db"
    assert ingest(db, "-", stdin=TEXT).exit_code == 0
    again = ingest(db, "-", "--published", "31/31/2013", stdin=TEXT)
    assert again.exit_code == 2 and "cannot read the date '31/31/2013'" in again.stderr


def test_metadata_not_applied_to_a_source_loaded_already_is_said(tmp_path):
    db = tmp_path / "claims.db"
    source = tmp_path / "gao.txt"
    source.write_text(TEXT)
    assert ingest(db, str(source)).exit_code == 0
    again = ingest(db, str(source), "--outlet", "Radio Kledu", "--title", "Gao")
    assert again.exit_code == 0
    [summary] = again.stdout.splitlines()
    assert "1 skipped as already loaded" in summary
    assert "the --outlet and --title given were not applied to document 1" in summary
    assert "workbench document edit 1 --outlet 'Radio Kledu' --title Gao" in summary
    assert documents(db) == [(1, str(source), None)]
    pasted = ingest(db, "-", "--outlet", "Kledu", stdin=TEXT)  # the same bytes, pasted
    assert "--outlet given was not applied to document 1" in pasted.stdout
    plain = ingest(db, str(source))  # nothing given: nothing to say
    assert "not applied" not in plain.stdout
    edited = CliRunner().invoke(
        main, ["document", "edit", "1", "--outlet", "Radio Kledu", "--db", str(db)]
    )
    assert edited.exit_code == 0, edited.output
    same = ingest(db, str(source), "--outlet", "Radio Kledu")  # what it holds: nothing to say
    assert "not applied" not in same.stdout


def test_many_sources_loaded_already_are_counted_not_listed(tmp_path):
    """The trial loaded 1,500 files twice with --published: the line listed every id."""
    db = tmp_path / "claims.db"
    files = []
    for n in range(9):
        files.append(tmp_path / f"note{n}.txt")
        files[-1].write_text(f"Gunmen killed {n + 2} herders near Gao on Monday.\n")
    assert ingest(db, *map(str, files)).exit_code == 0
    again = ingest(db, *map(str, files), "--published", "2024-06-05")
    [summary] = again.stdout.splitlines()
    assert "not applied to documents 1, 2, 3, 4, 5 and 4 more, loaded already" in summary
    assert "workbench document edit 1 --published 2024-06-05" in summary
    few = ingest(db, *map(str, files[:3]), "--published", "2024-06-05")
    assert "not applied to documents 1, 2, 3, loaded already" in few.stdout


def test_a_mistyped_address_is_said_to_look_like_one(site, tmp_path):
    db = tmp_path / "claims.db"
    result = ingest(db, "htp://example.org/a", "http//example.org/b", str(tmp_path / "gone.txt"))
    lines = result.stderr.splitlines()
    hint = "(did you mean a URL? it needs http:// or https://)"
    assert f"workbench: htp://example.org/a: no such file or directory {hint}" in lines
    assert f"workbench: http//example.org/b: no such file or directory {hint}" in lines
    assert f"workbench: {tmp_path / 'gone.txt'}: no such file or directory" in lines


def test_a_port_out_of_range_or_a_broken_host_is_one_line(tmp_path):
    db = tmp_path / "claims.db"
    result = ingest(db, "http://127.0.0.1:87199/gao.html", "http://[::1/gao.html")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert (
        "workbench: http://127.0.0.1:87199/gao.html: invalid port 87199"
        " (a port is a number from 1 to 65535)" in lines
    )
    assert "workbench: http://[::1/gao.html: not a valid address (Invalid IPv6 URL)" in lines


def test_an_address_without_a_host_says_so(tmp_path):
    """Trial 56: "http://" was said to lack "an 'http://' or 'https://' protocol"."""
    result = ingest(tmp_path / "claims.db", "http://", "https:///gao.html")
    assert result.exit_code == 1
    hint = "no host named (an address reads like https://example.org/page)"
    assert result.stderr.splitlines() == [
        f"workbench: http://: {hint}",
        f"workbench: https:///gao.html: {hint}",
    ]


def test_counts_of_one_are_singular(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article(14))
    first = ingest(db, url)
    assert "ingest: 1 document added, 0 skipped as already loaded, 0 failed;" in first.stdout
    site.page("/gao.html", article(23))
    second = ingest(db, url)
    assert "; 1 new version of sources already loaded (1 claim with a changed figure)" in (
        second.stdout
    )


def test_a_page_given_as_a_feed_says_to_drop_feed(site, tmp_path):
    result = ingest(tmp_path / "claims.db", "--feed", site.page("/gao.html", article()))
    assert result.exit_code == 1
    assert "it is a page, not a feed: drop --feed" in result.stderr


def _in_terminal(args: list[str], stream: str, given: bytes = b"") -> tuple[int, bytes, bytes]:
    """Run `workbench ARGS` with its `stream` ("stdin" or "stdout") a terminal (a
    pseudo-terminal); `given` typed at it. (exit status, stdout, stderr)."""
    leader, follower = os.openpty()
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    pipes = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, stream: follower}
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", *args],
        stderr=subprocess.PIPE,
        env=environment,
        **pipes,  # type: ignore[arg-type]
    )
    os.close(follower)
    if given:
        os.write(leader, given)
    try:
        out, err = process.communicate(timeout=120)
    finally:
        os.close(leader)
    return process.returncode, out or b"", err


def test_a_warc_is_not_written_to_a_terminal(site, tmp_path):
    db = tmp_path / "claims.db"
    assert ingest(db, site.page("/gao.html", article())).exit_code == 0
    status, _, err = _in_terminal(["--db", str(db), "export", "--format", "warc"], "stdout")
    assert status == 1
    assert err.decode().strip() == "workbench: the WARC is binary: give -o FILE or redirect"
    piped = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), "export", "--format", "warc"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=120,
    )
    assert piped.returncode == 0 and piped.stdout[:2] == b"\x1f\x8b"  # gzip, redirected


def test_standard_input_at_a_terminal_says_it_is_read(tmp_path):
    db = tmp_path / "claims.db"
    typed = TEXT.encode() + b"\x04"  # ctrl-d: the end of the text
    status, out, err = _in_terminal(["--db", str(db), "ingest", "-"], "stdin", typed)
    assert status == 0, err
    assert err.decode().splitlines()[0] == "reading the text from standard input; end with ctrl-d"
    assert b"1 document added" in out
    assert ingest(db, "-", stdin=TEXT).stderr == ""  # piped: nothing said
