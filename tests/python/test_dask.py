"""zhenggai.dask on a LocalCluster of two worker processes: the same tables as
the local run, and Parquet datasets written in one pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import zhenggai
from corpus_support import load_corpus_gen

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import zhenggai.dask as zd  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    gen = load_corpus_gen()
    out = tmp_path_factory.mktemp("corpus")
    gen.generate(out / "pages", 400, seed=21, html_share=0.4, mixed=True)
    return out / "pages"


@pytest.fixture(scope="module")
def client() -> Any:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def renumbered(tables: zhenggai.Tables) -> dict[str, Any]:
    """The tables with ids replaced by their rank, so partitioned ids compare."""
    out = {}
    ranks: dict[str, dict[int, int]] = {}
    for name, frame in tables.items():
        if "id" in frame:
            ranks[name] = {int(v): i + 1 for i, v in enumerate(frame["id"])}
    parents = {name: parent or name for name, parent, _doc, _cols in zhenggai._core._table_definitions()}
    for name, frame in tables.items():
        f = frame.reset_index(drop=True).copy()
        if "id" in f:
            f["id"] = f["id"].map(ranks[name]).astype("Int64")
        if "report_id" in f and name != "files":
            f["report_id"] = f["report_id"].map(ranks["reports"]).astype("Int64")
        if "parent_id" in f:
            f["parent_id"] = f["parent_id"].map(ranks[parents[name]]).astype("Int64")
        out[name] = f
    return out


def test_same_tables_as_the_local_run(client: Any, corpus: Path, tmp_path: Path) -> None:
    missing = str(corpus / "missing.txt")
    bag = zd.read_reports([str(corpus / "**" / "*.txt"), str(corpus), missing], files_per_partition=64)
    assert bag.npartitions > 2
    tables = zd.frames(bag)
    got = renumbered(tables.compute())

    files = zd.find_files([str(corpus / "**" / "*.txt"), str(corpus), missing])
    local = renumbered(zhenggai.frames(zhenggai.parse_files(files, workers=2)))
    assert set(got) == set(local)
    for name in local:
        if name == "errors":  # positions are per partition there
            continue
        pd.testing.assert_frame_equal(got[name], local[name], check_exact=True, obj=name)
    assert list(got["errors"]["filename"]) == [missing]
    assert len(got["reports"]) == len(files) - 1

    tables.to_parquet(tmp_path / "pq")
    back = pd.read_parquet(tmp_path / "pq" / "sanctions")
    assert len(back) == len(local["sanctions"])


def test_find_files_refuses_what_names_nothing(corpus: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no files match"):
        zd.find_files(str(corpus / "nope-*.txt"))
    assert zd.find_files(corpus, include=["*.html"]) == sorted(
        str(p) for p in corpus.rglob("*.html")
    )
