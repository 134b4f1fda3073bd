"""Who the analyst is, when the command line does not say."""

from __future__ import annotations

import getpass
import os
import tomllib
from pathlib import Path


def config_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "workbench" / "config.toml"


def default_analyst() -> str:
    """WORKBENCH_ANALYST, else `analyst = "..."` in the config file, else the login name."""
    named = os.environ.get("WORKBENCH_ANALYST")
    if named:
        return named
    try:
        configured = tomllib.loads(config_file().read_text(encoding="utf-8")).get("analyst")
    except (OSError, tomllib.TOMLDecodeError):
        configured = None
    if isinstance(configured, str) and configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"
