"""Locating the native `zhenggai` command for the CLI tests."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def find_cli() -> str | None:
    """$ZHENGGAI_CLI, else the command next to this Python, else PATH."""
    env = os.environ.get("ZHENGGAI_CLI")
    if env and Path(env).is_file():
        return env
    bindir = Path(sys.executable).parent
    for name in ("zhenggai", "zhenggai.exe"):
        candidate = bindir / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("zhenggai")
