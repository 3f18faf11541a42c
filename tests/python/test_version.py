"""The version is written once, in project(VERSION) of CMakeLists.txt: the
wheel's metadata and zhenggai.__version__ (from the generated C++ header)
both say it."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import zhenggai

REPO = Path(__file__).resolve().parents[2]


def project_version() -> str:
    cmake = (REPO / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(zhenggai\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", cmake)
    assert m, "no project(zhenggai VERSION x.y.z) in CMakeLists.txt"
    return m.group(1)


def test_version_comes_from_cmake_project() -> None:
    assert zhenggai.__version__ == project_version()
    assert importlib.metadata.version("zhenggai") == project_version()
