"""`zhenggai ingest` on a generated corpus: the SQLite store against the
generator's truth, incremental re-runs, a run killed midway and resumed, and
inputs that must not break the store (bad files, hostile names, SQL-looking
text, a 50 MB page).

The command is looked up as in test_cli.py; the tests are skipped without it.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from cli_support import find_cli
from corpus_support import load_corpus_gen

CLI = find_cli()
pytestmark = pytest.mark.skipif(CLI is None, reason="zhenggai command not found")
ROOT = Path(__file__).resolve().parents[2]




def ingest(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    assert CLI is not None
    return subprocess.run([CLI, "ingest", *map(str, args)], capture_output=True, text=True, timeout=timeout)


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in id order."""
    with sqlite3.connect(db) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    out = tmp_path_factory.mktemp("corpus")
    load_corpus_gen().generate(out, 2000, seed=11, html_share=0.3, mixed=True)
    truth = [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, truth


@pytest.fixture(scope="module")
def stored(corpus: tuple[Path, list[dict[str, object]]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out, _ = corpus
    db = tmp_path_factory.mktemp("db") / "corpus.sqlite"
    r = ingest(out, "--db", db, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "2000 files: 2000 parsed" in r.stderr
    return db


def test_rows_match_the_generators_truth(corpus: tuple[Path, list[dict[str, object]]], stored: Path) -> None:
    _, truth = corpus
    by_name = {str(t["file"]): t for t in truth}
    con = sqlite3.connect(stored)
    files = {Path(p).name: (status, rid) for p, status, rid in con.execute("SELECT path, status, report_id FROM files")}
    assert set(files) == set(by_name)
    assert all(status == "ok" and rid is not None for status, rid in files.values())

    # Every copy of a report is one reports row, and different reports are different rows.
    group_rows: dict[object, set[int]] = {}
    for name, t in by_name.items():
        if t["kind"] in ("report", "duplicate"):
            group_rows.setdefault(t["group"], set()).add(files[name][1])
    assert all(len(rows) == 1 for rows in group_rows.values())
    assert len({next(iter(rows)) for rows in group_rows.values()}) == len(group_rows)
    kinds = [t["kind"] for t in truth]
    # Empty files are one row; a truncated page may have kept no text and join them.
    least = len(group_rows) + kinds.count("not_report") + kinds.count("binary") + 1
    (reports,) = con.execute("SELECT count(*) FROM reports").fetchone()
    assert least <= reports <= least + kinds.count("truncated")

    # The facts of every report are in its tables.
    for name, t in by_name.items():
        if t["kind"] != "report":
            continue
        label = t["label"]
        assert isinstance(label, dict)
        rid = files[name][1]
        (is_report,) = con.execute("SELECT is_report FROM reports WHERE id = ?", (rid,)).fetchone()
        assert is_report == 1, name
        want_sanctions = sorted((s["label"], s["count"], s["unit"]) for s in label.get("sanctions", []))
        got = sorted(con.execute("SELECT label, count, unit FROM sanctions WHERE report_id = ?", (rid,)).fetchall())
        assert got == want_sanctions, name
        want_money = sorted((m["label"], round(m["amount_yuan"] * 100)) for m in label.get("money", []))
        got = sorted(con.execute("SELECT label, amount_fen FROM money WHERE report_id = ?", (rid,)).fetchall())
        assert got == want_money, name
    # Non-reports carry no statistics.
    for name, t in by_name.items():
        if t["kind"] in ("not_report", "empty", "binary"):
            rid = files[name][1]
            (n,) = con.execute("SELECT count(*) FROM sanctions WHERE report_id = ?", (rid,)).fetchone()
            assert n == 0, name


def test_spans_index_the_stored_text(stored: Path) -> None:
    con = sqlite3.connect(stored)
    rows = con.execute(
        "SELECT source_text, label, start, \"end\" FROM sanctions JOIN reports ON reports.id = sanctions.report_id LIMIT 200"
    ).fetchall()
    assert rows
    for text, label, start, end in rows:
        written = text.encode()[start:end].decode()
        assert label in "".join(written.split()), written  # a hard-wrapped label is joined in the value


def test_a_second_run_changes_nothing(corpus: tuple[Path, list[dict[str, object]]], stored: Path) -> None:
    out, _ = corpus
    before = dump(stored)
    r = ingest(out, "--db", stored, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "0 parsed, 2000 unchanged" in r.stderr
    assert dump(stored) == before


def test_a_killed_run_resumes_to_the_same_database(
    corpus: tuple[Path, list[dict[str, object]]], stored: Path, tmp_path: Path
) -> None:
    out, _ = corpus
    db = tmp_path / "killed.sqlite"
    assert CLI is not None
    proc = subprocess.Popen([CLI, "ingest", str(out), "--db", str(db), "--jobs", "2"], stderr=subprocess.DEVNULL)
    committed = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as con:
                committed = con.execute("SELECT count(*) FROM files").fetchone()[0]
        except sqlite3.Error:
            continue
        if committed > 0:
            break
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if committed >= 2000 or proc.returncode == 0:
        pytest.skip("the run ended before it could be killed")
    r = ingest(out, "--db", db, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "unchanged" in r.stderr
    resumed = dump(db)
    complete = dump(stored)
    # The same rows; only the meta row of who created the file may say the same thing twice.
    assert resumed == complete


def test_bad_inputs_are_rows_and_exit_1(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("关于巡察整改进展情况的通报\n根据区委统一部署，区委第一巡察组对某街道进行了巡察。\n", encoding="utf-8")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 4)
    hostile = "a'; DROP TABLE files; --\n\"报告\".txt"
    (d / hostile).write_text("'); DELETE FROM reports; -- 关于“问题”的整改情况\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    r = ingest(d, tmp_path / "missing.txt", "--db", db)
    assert r.returncode == 1, r.stderr
    assert "1 failed" in r.stderr and "SELECT path, error FROM files" in r.stderr
    con = sqlite3.connect(db)
    rows = dict(con.execute("SELECT path, status FROM files").fetchall())
    assert rows[str(tmp_path / "missing.txt")] == "error"
    assert rows[str(d / hostile)] == "ok"
    assert rows[str(d / "junk.txt")] == "ok"
    (error,) = con.execute("SELECT error FROM files WHERE status = 'error'").fetchone()
    assert error.startswith("cannot read:")
    texts = [t for (t,) in con.execute("SELECT source_text FROM reports")]
    assert any("DELETE FROM reports" in t for t in texts)


def test_usage_and_store_errors_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert ingest(tmp_path / "a.txt").returncode == 2  # no --db
    assert ingest("--db", tmp_path / "s.sqlite").returncode == 2  # nothing to ingest
    r = ingest(tmp_path / "a.txt", "--db", tmp_path / "no" / "dir" / "s.sqlite")
    assert r.returncode == 2 and "cannot open the database" in r.stderr
    assert ingest(tmp_path / "a.txt", "--db", tmp_path / "s.sqlite", "--jobs", "x").returncode == 2


def test_include_exclude_and_quiet(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "2024").mkdir(parents=True)
    for name in ("2024/a.htm", "2024/b.txt", "c.txt", "notes.md"):
        (d / name).write_text("整改\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    r = ingest(d, "--db", db, "--exclude", "b.*", "--quiet")
    assert r.returncode == 0 and r.stderr == ""
    names = sorted(Path(p).name for (p,) in sqlite3.connect(db).execute("SELECT path FROM files"))
    assert names == ["a.htm", "c.txt"]
    db2 = tmp_path / "s2.sqlite"
    assert ingest(d, "--db", db2, "--include", "2024/*", "-q").returncode == 0
    names = sorted(Path(p).name for (p,) in sqlite3.connect(db2).execute("SELECT path FROM files"))
    assert names == ["a.htm", "b.txt"]


def test_a_50_mb_page(tmp_path: Path) -> None:
    paragraph = "根据区委统一部署，区委第一巡察组对某街道进行了巡察，发现问题12个，整改完成率100%。\n"
    page = "<html><body>" + ("<p>" + paragraph + "</p>\n") * (50_000_000 // len(paragraph.encode())) + "</body></html>"
    (tmp_path / "big.html").write_text(page, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    r = ingest(tmp_path / "big.html", "--db", db)
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    ((size, status),) = con.execute("SELECT size, status FROM files").fetchall()
    assert size >= 50_000_000 and status == "ok"
    (n,) = con.execute("SELECT length(source_text) FROM reports").fetchone()
    assert n > 10_000_000
