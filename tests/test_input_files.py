"""Issue 14, item 14: an ingest reads only regular files, each up to a size limit (an
option, WORKBENCH_MAX_FILE_SIZE or the config file), with one line for each refusal; a
folder it cannot read is a failure. A real FIFO, /dev/zero, real permissions and real
processes, each with a timeout and a memory limit so that the old behaviour fails the
test instead of hanging it."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import gazetteer_copy
from workbench.cli import main
from workbench.ingest.limits import parse_size
from workbench.service import IngestReport, Workbench

ROOT = Path(__file__).parent.parent
TEXT = "Officials said 24 people were killed in Kidal on Monday.\n"


def workbench(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m workbench ARGS` in a process of its own, at most 30 s and 1 GB."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(cwd or ROOT)}

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        cwd=cwd,
        preexec_fn=limit_memory,
    )


def refusals(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("workbench: ")]


def test_a_fifo_is_refused_and_never_waited_for(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = workbench("ingest", str(fifo), str(good), "--db", db, "--jobs", "1")
    assert result.returncode == 1, result.stderr
    assert refusals(result.stderr) == [f"workbench: {fifo}: is a named pipe (FIFO), not a file"]
    assert "1 document added, 0 skipped as already loaded, 1 failed" in result.stdout
    result = workbench("extract", str(fifo))
    assert result.returncode == 1 and "named pipe" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_fifo_in_a_folder_is_one_refusal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    result = workbench("ingest", str(folder), "--db", str(tmp_path / "c.db"), "--jobs", "1")
    assert result.returncode == 1
    assert refusals(result.stderr) == [
        f"workbench: {folder / 'a.txt'}: is a named pipe (FIFO), not a file"
    ]
    assert "1 document added, 0 skipped as already loaded, 1 failed" in result.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused(tmp_path, device):
    for command in (["ingest", device, "--db", str(tmp_path / "c.db")], ["extract", device]):
        result = workbench(*command)
        assert result.returncode == 1, result.stderr
        assert f"{device}: is a character device, not a file" in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_file_over_the_size_limit_is_refused_with_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 40, encoding="utf-8")  # 2,280 bytes
    small = tmp_path / "small.txt"
    small.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(
        main, ["ingest", str(big), str(small), "--db", db, "--max-size", "1KB", "--json"]
    )
    assert result.exit_code == 1, result.output
    assert refusals(result.stderr) == [
        f"workbench: {big}: 2,280 bytes, over the size limit of 1,000 bytes"
    ]
    report = json.loads(result.stdout)
    assert (report["added"], report["failed"]) == (1, 1)
    assert "WORKBENCH_MAX_FILE_SIZE" not in os.environ  # the option holds for one command
    result = CliRunner().invoke(main, ["extract", str(big), "--max-size", "2kb"])
    assert result.exit_code == 1 and "over the size limit of 2,000 bytes" in result.stderr


def test_the_size_limit_from_the_config_file_and_the_environment(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 40, encoding="utf-8")
    config = tmp_path / "workbench" / "config.toml"
    config.parent.mkdir()
    config.write_text('[ingest]\nmax_file_size = "1 KiB"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    result = CliRunner().invoke(main, ["extract", str(big)], env=env)
    assert result.exit_code == 1 and "over the size limit of 1,024 bytes" in result.stderr
    env["WORKBENCH_MAX_FILE_SIZE"] = "3000"
    assert CliRunner().invoke(main, ["extract", str(big)], env=env).exit_code == 0
    result = CliRunner().invoke(main, ["extract", str(big), "--max-size", "lots"])
    assert result.exit_code == 2 and "lots" in result.output


def test_a_mistyped_size_limit_is_said_in_one_line_not_ignored(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    env = {"WORKBENCH_MAX_FILE_SIZE": "lots", "XDG_CONFIG_HOME": str(tmp_path)}
    for command in (["extract", str(doc)], ["ingest", str(doc), "--db", str(tmp_path / "c.db")]):
        result = CliRunner().invoke(main, command, env=env)
        assert result.exit_code == 1, result.output
        [line] = result.stderr.strip().splitlines()
        assert "WORKBENCH_MAX_FILE_SIZE" in line and "'lots' is not a size" in line
    config = tmp_path / "workbench" / "config.toml"
    config.parent.mkdir()
    config.write_text('[ingest]\nmax_file_size = "huge"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    result = CliRunner().invoke(main, ["extract", str(doc)], env=env)
    assert result.exit_code == 1, result.output
    assert str(config) in result.stderr and "max_file_size" in result.stderr


def test_a_file_under_the_default_limit_is_read(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT * 10_000, encoding="utf-8")  # 570 KB
    result = CliRunner().invoke(main, ["ingest", str(doc), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    """Named itself, a link to a regular file is read; in a folder given, a link to a
    file outside the folder is not followed (trial 58: `tests/test_ingest_links.py`)."""
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.txt").symlink_to(doc)
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "in" / "b.txt"), "--db", str(tmp_path / "c.db")]
    )
    assert result.exit_code == 0 and "1 document added" in result.stdout, result.output
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "d.db")]
    )
    assert result.exit_code == 0 and "0 documents added" in result.stdout, result.output
    assert "1 link to a file outside the folder not followed (b.txt)" in result.stderr


@pytest.fixture
def shared_tmp():
    """A folder another user can reach (pytest's own is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="wb-input-"))
    path.chmod(0o777)
    yield path
    for folder in path.rglob("*"):
        if folder.is_dir():
            folder.chmod(0o755)
    shutil.rmtree(path)


DROP_AND_RUN = """
import os, sys
import workbench.cli
import workbench.extract.pipeline  # loaded lazily by an ingest, from a root-only install
import workbench.service  # loaded by the command that opens a database (cli.common.opened)
if os.geteuid() == 0:  # root reads everything: run as nobody, as an analyst would
    os.setgid(65534)
    os.setuid(65534)
workbench.cli.main(sys.argv[1:])
"""


def test_an_unreadable_subfolder_is_a_failure(shared_tmp):
    folder = shared_tmp / "in"
    (folder / "secret").mkdir(parents=True)
    (folder / "secret" / "hidden.txt").write_text(TEXT, encoding="utf-8")
    (folder / "open.txt").write_text(TEXT, encoding="utf-8")
    (folder / "secret").chmod(0o000)
    for path in (shared_tmp, folder):
        path.chmod(0o777)
    gazetteer = gazetteer_copy(shared_tmp / "gazetteer.db")  # the run's is private to root
    gazetteer.chmod(0o666)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            DROP_AND_RUN,
            "ingest",
            str(folder),
            "--db",
            str(shared_tmp / "c.db"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "XDG_CONFIG_HOME": str(shared_tmp),
            "WORKBENCH_GAZETTEER": str(gazetteer),
        },
        cwd=shared_tmp,
    )
    assert result.returncode == 1, result.stderr
    assert refusals(result.stderr) == [
        f"workbench: {folder / 'secret'}: cannot be read (Permission denied)"
    ]
    assert "1 document added, 0 skipped as already loaded, 1 failed" in result.stdout


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("4096", 4096),
        ("50MB", 50_000_000),
        ("1.5 GB", 1_500_000_000),
        ("200k", 200_000),
        ("1 KiB", 1024),
        ("128MiB", 128 << 20),
        ("3b", 3),
    ],
)
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "0", "5 i", "-1MB", "1 TB"])
def test_sizes_refused(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_a_fifo_put_in_place_of_a_listed_file_is_refused_not_waited_on(tmp_path):
    """Between listing a folder and hashing its files, a file may be replaced by a FIFO:
    hashing reads as the readers do, refusing it at once."""
    fifo = tmp_path / "swapped.txt"
    os.mkfifo(fifo)
    bench = Workbench(str(tmp_path / "c.db"))
    report = IngestReport()
    done: list[list[str]] = []
    hashing = threading.Thread(target=lambda: done.append(bench._unseen([str(fifo)], report)))
    hashing.start()
    hashing.join(timeout=20)
    if not done:
        with open(fifo, "wb"):  # let the blocked reader go before failing
            pass
    bench.close()
    assert done == [[]], "hashing waited on a FIFO"
    assert report.failed == 1 and "FIFO" in report.errors[0]
