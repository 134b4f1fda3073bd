"""`workbench` (the review) with no terminal: `workbench > out.txt`, a pipe, a script
or cron. A trial's run wrote the screen's escape codes into the file, waited for keys
that never came, and made claims.db with the seeds in it. Now one line says the
review needs a terminal, the status is 1, and no database is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main


@pytest.mark.parametrize("args", [[], ["review"]])
def test_the_review_without_a_terminal_is_one_line_and_makes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.chdir(tmp_path)
    seeds = Path(__file__).parent.parent / "seeds"
    (tmp_path / "seeds").symlink_to(seeds)
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith("workbench: the review needs a terminal, and its input and output")
    assert "workbench claims" in line
    assert not db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]
