"""The public face of the package: its namespace, and file names kept apart
from report texts (the README's file example with glob() strings)."""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import zhenggai

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "reports" / "sample-report.txt"


def test_namespace_is_the_documented_api() -> None:
    # zhenggai.dask is a documented submodule: it is an attribute once imported
    # (it needs the dask extra, so ``import zhenggai`` never imports it)
    public = {n for n in dir(zhenggai) if not n.startswith("_")} - {"dask"}
    assert public == {n for n in zhenggai.__all__ if not n.startswith("_")}
    # what a module imports for itself stays private
    for leaked in ("os", "json", "Any", "Iterable", "annotations", "sqlite3"):
        assert leaked not in dir(zhenggai)
    for name in zhenggai.__all__:
        obj = getattr(zhenggai, name)
        if isinstance(obj, type):
            assert obj.__module__ == "zhenggai", name


def test_readme_file_example_with_glob_strings(tmp_path: Path) -> None:
    for i in range(3):
        shutil.copy(SAMPLE, tmp_path / f"r{i}.txt")
    paths = sorted(glob.glob(str(tmp_path / "*.txt")))
    reports = zhenggai.parse_files(paths, workers=2)
    assert len(reports) == 3
    assert all(isinstance(r, zhenggai.Report) and r.is_report and r.sanctions for r in reports)
    assert reports[0] == zhenggai.parse_file(SAMPLE)
    # the same strings as texts are a mistake that says what to call
    with pytest.raises(TypeError, match=r"parse_files"):
        zhenggai.parse_many(paths, workers=2)
    # a text, even a one-line one, is still a text
    (one,) = zhenggai.parse_many(["关于巡察整改进展情况的通报"])
    assert isinstance(one, zhenggai.Report)


def test_parse_files_types_and_errors(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    out = zhenggai.parse_files([SAMPLE, str(SAMPLE).encode(), str(missing)])
    assert isinstance(out[0], zhenggai.Report) and out[0] == out[1]
    assert isinstance(out[2], zhenggai.FileError) and out[2].filename == str(missing)
    with pytest.raises(TypeError, match="parse_files"):
        zhenggai.parse_files([42])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        zhenggai.parse_files([SAMPLE], workers=0)


def test_import_needs_no_optional_extra() -> None:
    """``import zhenggai`` and parsing load none of the frames/dask extras."""
    code = (
        "import sys, zhenggai\n"
        "zhenggai.parse('x')\n"
        "heavy = {'pandas', 'pyarrow', 'dask', 'tqdm', 'numpy', 'zhenggai.dask'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
