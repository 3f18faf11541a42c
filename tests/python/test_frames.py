"""zhenggai.ingest / read_db / frames: the store's tables as pandas DataFrames.

The local tables of parsed reports and the tables read back from a store that
``zhenggai.ingest`` wrote must be the same frames (columns, dtypes, values,
ids), since both come from the one derivation of the model's tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import zhenggai
from corpus_support import load_corpus_gen

pd = pytest.importorskip("pandas")
ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    load_corpus_gen().generate(out, 300, seed=5, html_share=0.3, mixed=True)
    return out


def inputs(corpus: Path) -> list[Path]:
    return [corpus, corpus / "missing.txt"]  # a file named that cannot be read


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, zhenggai.IngestSummary]:
    db = tmp_path_factory.mktemp("db") / "corpus.sqlite"
    return db, zhenggai.ingest(inputs(corpus), db, workers=2, progress=False)


def distinct(results: list[Any]) -> list[zhenggai.Report]:
    """The reports the store keeps: the first of each content hash, in file order."""
    seen: set[str] = set()
    kept = []
    for r in results:
        if isinstance(r, zhenggai.Report) and r.derived.content_hash not in seen:
            seen.add(r.derived.content_hash)
            kept.append(r)
    return kept


def test_ingest_summary(store: tuple[Path, zhenggai.IngestSummary]) -> None:
    _, s = store
    assert s.files_total == s.files_done == 301
    assert s.files_failed == 1 and s.files_parsed == 300
    assert 0 < s.reports_added < 300  # the mixed corpus holds republished copies
    assert s.input_problems == ()


def test_second_run_changes_nothing(corpus: Path, store: tuple[Path, zhenggai.IngestSummary]) -> None:
    db, _ = store
    s = zhenggai.ingest([str(p) for p in inputs(corpus)], db, workers=1, progress=False)
    assert (s.files_unchanged, s.files_parsed, s.reports_added) == (300, 0, 0)
    assert s.files_failed == 1


def test_frames_equal_read_db(corpus: Path, store: tuple[Path, zhenggai.IngestSummary]) -> None:
    db, _ = store
    stored = zhenggai.read_db(db)
    paths = list(stored.files["path"])
    results = zhenggai.parse_files(paths, workers=2)
    local = zhenggai.frames(distinct(results))
    assert set(local) - {"errors"} == set(stored) - {"files"}
    for name in stored:
        if name == "files":
            continue
        pd.testing.assert_frame_equal(local[name], stored[name], check_exact=True, obj=name)
    # the errors of the batch are rows, not dropped
    errors = zhenggai.frames(results).errors
    assert list(errors["type"]) == ["FileError"]
    assert errors["filename"][0].endswith("missing.txt")


def test_dtypes(store: tuple[Path, zhenggai.IngestSummary]) -> None:
    t = zhenggai.read_db(store[0])
    money = t.money
    assert str(money["amount_fen"].dtype) == "Int64"
    assert str(money["amount_yuan"].dtype) == "Float64"
    assert (money["amount_fen"] == (money["amount_yuan"] * 100).round().astype("Int64")).all()
    assert isinstance(money["category"].dtype, pd.CategoricalDtype)
    # a closed set keeps all its values as categories, whatever the corpus holds
    assert set(money["category"].cat.categories) == {c.value for c in zhenggai.MoneyCategory}
    assert set(t.sanctions["category"].cat.categories) == {c.value for c in zhenggai.SanctionCategory}
    assert set(t.files["status"].cat.categories) == {"ok", "error"}
    dates = [c for c in t.reports.columns if str(t.reports[c].dtype).startswith("datetime64")]
    assert "signature_date" in dates or any("date" in c for c in dates)
    assert str(t.reports["is_report"].dtype) == "boolean"
    assert str(t.sections["title"].dtype) == "string"
    # spans index source_text as UTF-8 bytes
    reports = t.reports.set_index("id")
    for _, row in t.sanctions.head(50).iterrows():
        source = reports.loc[row["report_id"], "source_text"].encode("utf-8")
        assert source[row["count_start"] : row["count_end"]].decode("utf-8").strip()


def test_parquet_round_trip(store: tuple[Path, zhenggai.IngestSummary], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    t = zhenggai.read_db(store[0])
    t.to_parquet(tmp_path / "pq")
    for name, frame in t.items():
        back = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        pd.testing.assert_frame_equal(back, frame, obj=name)


def test_read_db_picks_tables_and_refuses_other_files(store: tuple[Path, zhenggai.IngestSummary], tmp_path: Path) -> None:
    t = zhenggai.read_db(store[0], tables=["money", "files"])
    assert list(t) == ["money", "files"]
    with pytest.raises(ValueError, match="no table 'nope'"):
        zhenggai.read_db(store[0], tables=["nope"])
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(zhenggai.Error, match="not a zhenggai store"):
        zhenggai.read_db(other)
    with pytest.raises(zhenggai.Error, match="no such database"):
        zhenggai.read_db(tmp_path / "missing.sqlite")


def test_ingest_errors(tmp_path: Path) -> None:
    with pytest.raises(zhenggai.Error, match="cannot open"):
        zhenggai.ingest([str(tmp_path)], tmp_path, progress=False)  # the database is a directory
    s = zhenggai.ingest([str(tmp_path / "none-*.txt")], tmp_path / "db.sqlite", progress=False)
    assert s.files_total == 0 and len(s.input_problems) == 1
    with pytest.raises(ValueError):
        zhenggai.ingest([], tmp_path / "db.sqlite", workers=0)


def test_interrupted_ingest_keeps_what_was_committed(corpus: Path, tmp_path: Path, monkeypatch: Any) -> None:
    from zhenggai import _store

    class Bar:
        def __init__(self) -> None:
            self.calls = 0

        def update(self, n: int) -> None:
            self.calls += 1
            raise KeyboardInterrupt

        def set_postfix(self, **kw: Any) -> None: ...
        def close(self) -> None: ...

    monkeypatch.setattr(_store, "_tqdm", lambda total: Bar())
    db = tmp_path / "db.sqlite"
    with pytest.raises(KeyboardInterrupt):
        zhenggai.ingest(inputs(corpus), db)
    with sqlite3.connect(db) as con:
        (done,) = con.execute("SELECT count(*) FROM files").fetchone()
    assert 0 < done < 301  # stopped after the first committed batch
    monkeypatch.undo()
    s = zhenggai.ingest(inputs(corpus), db, progress=False)
    assert s.files_unchanged == done and s.files_done == 301


def test_frames_takes_reports_only() -> None:
    with pytest.raises(TypeError, match="item 0"):
        zhenggai.frames(["not a report"])  # type: ignore[list-item]
    t = zhenggai.frames([])
    assert len(t.reports) == 0 and list(t.reports.columns)[:1] == ["id"]
    assert "Tables(" in repr(t) and t["money"] is t.money
