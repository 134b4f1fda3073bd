"""Who the analyst is and who signs the exports, when the command line does not say."""

from __future__ import annotations

import getpass
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

BUSY_TIMEOUT_S = 30.0


def busy_timeout(environ: Mapping[str, str] | None = None) -> float:
    """How long a write waits for another process's lock, in seconds:
    WORKBENCH_BUSY_TIMEOUT, else 30."""
    given = (os.environ if environ is None else environ).get("WORKBENCH_BUSY_TIMEOUT", "")
    try:
        seconds = float(given)
    except ValueError:
        return BUSY_TIMEOUT_S
    return seconds if 0 <= seconds < 86_400 else BUSY_TIMEOUT_S


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
