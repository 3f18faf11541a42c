"""zhenggai.parse_many: input order, str/bytes/path items, per-item errors
instead of exceptions, identical results for any number of workers, pickling
of the results, and that the GIL is released while it runs."""

# Full-width punctuation is the subject matter here.

from __future__ import annotations

import errno
import pickle
import threading
import time
from pathlib import Path

import pytest

import zhenggai

REPORT = """中共青溪县委关于十届市委第二轮巡察整改进展情况的通报
根据市委统一部署，2023年3月6日至5月12日，市委第二巡察组对青溪县开展了常规巡察。2023年6月20日，市委第二巡察组向青溪县委反馈了巡察意见。现将巡察整改进展情况予以公布。
在巡察整改工作中，立案8件，给予党纪处分7人（党内警告4人、党内严重警告3人）；清退违规款项12.5万元。
一、关于“落实上级决策部署不够到位”问题的整改情况
（一）健全督办机制。制定重点任务督办办法。
下一步，县委将持续推进整改落实。一是坚持问题导向。二是巩固整改成果。
中共青溪县委
2024年1月15日
"""


def texts() -> list[str]:
    """Varied inputs: whole, cut, empty, with a lone surrogate, non-BMP."""
    out = []
    for i in range(30):
        kind = i % 5
        if kind == 0:
            out.append(REPORT)
        elif kind == 1:
            out.append(REPORT[: i * 7])
        elif kind == 2:
            out.append("")
        elif kind == 3:
            out.append("整改\ud800 😀 " + str(i))
        else:
            out.append(REPORT + REPORT[i:])
    return out


def test_results_in_input_order_equal_to_parse() -> None:
    items = texts()
    got = zhenggai.parse_many(items, workers=2)
    assert len(got) == len(items)
    for text, report in zip(items, got):
        assert isinstance(report, zhenggai.Report)
        assert report == zhenggai.parse(text)
        assert report.to_json() == zhenggai.parse(text).to_json()


def test_workers_1_and_2_and_default_identical() -> None:
    items = texts()
    one = zhenggai.parse_many(items, workers=1)
    two = zhenggai.parse_many(items, workers=2)
    default = zhenggai.parse_many(items)
    assert [r.to_json() for r in one] == [r.to_json() for r in two] == [r.to_json() for r in default]
    assert one == two == default


def test_str_bytes_and_paths(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode())
    got = zhenggai.parse_many([REPORT, REPORT.encode(), bytearray(REPORT.encode()), path], workers=2)
    assert all(isinstance(r, zhenggai.Report) for r in got)
    assert got[0] == got[1] == got[2] == got[3] == zhenggai.parse_file(path)


def test_plain_str_is_text_and_a_file_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode())
    with pytest.raises(TypeError, match="parse_files"):
        zhenggai.parse_many([str(path)])
    # a one-line str that names no file is a (tiny) text, as before
    (report,) = zhenggai.parse_many([str(tmp_path / "missing.txt")])
    assert isinstance(report, zhenggai.Report)
    assert report.text == str(tmp_path / "missing.txt")
    # a text the file system cannot encode is a text too
    (report,) = zhenggai.parse_many(["整改\ud800"])
    assert isinstance(report, zhenggai.Report)


def test_bad_items_do_not_raise(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(REPORT.encode())
    missing = tmp_path / "missing.txt"
    got = zhenggai.parse_many([good, missing, REPORT, tmp_path, b"abc\xff"], workers=2)
    assert isinstance(got[0], zhenggai.Report)
    assert isinstance(got[1], zhenggai.FileError)
    assert isinstance(got[1], OSError)
    assert got[1].errno == errno.ENOENT
    assert got[1].filename == str(missing)
    assert isinstance(got[2], zhenggai.Report)
    assert isinstance(got[3], zhenggai.FileError)  # a directory cannot be read
    assert isinstance(got[4], zhenggai.Report)
    assert any(d.code == "invalid-utf8" for d in got[4].diagnostics)


def test_wrong_item_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="item 1"):
        zhenggai.parse_many([REPORT, 42])


@pytest.mark.parametrize("workers", [0, -1, 1.5, True])
def test_invalid_workers(workers: object) -> None:
    with pytest.raises(ValueError):
        zhenggai.parse_many([REPORT], workers=workers)  # type: ignore[arg-type]


def test_empty_and_generators() -> None:
    assert zhenggai.parse_many([]) == []
    got = zhenggai.parse_many(t for t in [REPORT, ""])
    assert len(got) == 2 and got[0] == zhenggai.parse(REPORT)


def test_results_pickle(tmp_path: Path) -> None:
    got = zhenggai.parse_many([REPORT, tmp_path / "missing.txt"], workers=2)
    report, error = pickle.loads(pickle.dumps(got))
    assert report == got[0]
    assert report.to_json() == got[0].to_json()
    assert isinstance(error, zhenggai.FileError) and error.errno == errno.ENOENT


def test_releases_the_gil() -> None:
    """Another Python thread keeps running while a large batch parses."""
    big = [REPORT * 200] * 8
    ticks = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.0005)

    t = threading.Thread(target=tick)
    t.start()
    try:
        before = ticks
        start = time.perf_counter()
        zhenggai.parse_many(big, workers=2)
        elapsed = time.perf_counter() - start
        during = ticks - before
    finally:
        stop.set()
        t.join()
    if elapsed > 0.05:  # only meaningful when the batch took a while
        assert during >= 5
