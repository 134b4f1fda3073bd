"""Who the analyst is and who signs the exports, when the command line does not say."""

from __future__ import annotations

import getpass
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from workbench.errors import WorkbenchError

BUSY_TIMEOUT_S = 30.0


def busy_timeout(environ: Mapping[str, str] | None = None) -> float:
    """How long a write waits for another process's lock, in seconds:
    WORKBENCH_BUSY_TIMEOUT, else 30.

    Raises WorkbenchError (one line) when the variable is set to anything but a
    number of seconds from 0 to a day: a mistyped setting is said, not ignored."""
    given = (os.environ if environ is None else environ).get("WORKBENCH_BUSY_TIMEOUT", "")
    if not given.strip():
        return BUSY_TIMEOUT_S
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 86_400:  # also NaN
        raise WorkbenchError(
            f"WORKBENCH_BUSY_TIMEOUT={given!r}: not a number of seconds from 0 to 86400"
        )
    return seconds


def config_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "workbench" / "config.toml"


def _settings() -> dict[str, object]:
    try:
        return tomllib.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def export_settings() -> dict[str, str]:
    """The `[export]` table of the config file: `organisation` (who signs the
    ClaimReviews, else the analyst) and `url` (where reports are published)."""
    table = _settings().get("export")
    if not isinstance(table, dict):
        return {}
    return {k: v.strip() for k, v in table.items() if isinstance(v, str) and v.strip()}


def default_analyst() -> str:
    """WORKBENCH_ANALYST, else `analyst = "..."` in the config file, else the login name."""
    named = os.environ.get("WORKBENCH_ANALYST")
    if named:
        return named
    configured = _settings().get("analyst")
    if isinstance(configured, str) and configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"
