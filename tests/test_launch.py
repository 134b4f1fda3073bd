"""Ctrl+c while the command line starts (a trial: the commands take about a second
to import, and an interrupt then printed a traceback): a quiet exit, status 130.
A real process, interrupted by a real SIGINT."""

from __future__ import annotations

import signal
import subprocess
import sys

# A real SIGINT to this process while the commands import: sent as the first of
# the command modules starts importing (a timer was too late on a loaded machine).
INTERRUPTED = """
import importlib.abc, os, signal, sys

class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "workbench.cli.corrections":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
import workbench.launch
workbench.launch.main()
"""


def test_ctrl_c_during_start_up_exits_quietly():
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        # as from a terminal: a runner started in the background ignores SIGINT
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "Usage" not in done.stdout  # it stopped before the command ran


def test_a_usage_error_is_one_line_naming_the_command_and_the_problem(tmp_path):
    """A trial gave --published a date that does not exist: click's four lines
    (usage, hint, blank, error) where every other refusal is one line."""
    text = tmp_path / "note.txt"
    text.write_text("Gunmen killed 12 villagers near Maiduguri on Tuesday.\n")
    for args, problem in (
        (["ingest", str(text), "--published", "2013-02-30"], "cannot read the date '2013-02-30'"),
        (["ingets", str(text)], "No such command 'ingets'"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "workbench", "--db", str(tmp_path / "c.db"), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2
        [line] = done.stderr.splitlines()
        assert problem in line and "--help" in line
    assert not (tmp_path / "c.db").exists()  # nothing was made of a refused command
