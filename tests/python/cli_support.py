"""Locating the `zhenggai` command for the CLI tests: the native executable,
and `python -m zhenggai`, which runs the same commands in the extension module."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

MODULE = [sys.executable, "-m", "zhenggai"]


def find_cli() -> str | None:
    """$ZHENGGAI_CLI, else the command next to this Python, else PATH.

    Absolute, so that tests may run it from another working directory."""
    env = os.environ.get("ZHENGGAI_CLI")
    if env and Path(env).is_file():
        return str(Path(env).resolve())
    bindir = Path(sys.executable).parent
    for name in ("zhenggai", "zhenggai.exe"):
        candidate = bindir / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("zhenggai")
