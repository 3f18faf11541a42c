"""Corpora larger than one machine: reports parsed on Dask workers.

    >>> import zhenggai.dask as zd
    >>> bag = zd.read_reports("crawl/**/*.htm*")           # a dask.bag of Report | Error
    >>> tables = zd.frames(bag)                            # dask DataFrames of the store's tables
    >>> tables.to_parquet("corpus.parquet")                # one dataset per table, in one pass

The files are found on the client (the workers must see the same paths, e.g.
a shared file system) and parsed on the workers, ``files_per_partition`` per
task. The tables are those of :func:`zhenggai.frames`, with ids unique across
partitions (partition number * 2**32 + position), so ``report_id`` and
``parent_id`` link rows as in the local tables. Needs ``pip install zhenggai[dask]``.
"""

from __future__ import annotations

import glob as _glob
import os as _os
from collections.abc import Iterable as _Iterable
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any

from . import _core, _store

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["DaskTables", "find_files", "frames", "read_reports"]

_ID_STRIDE = 2**32  # ids of partition k are k * 2**32 + 1, + 2, ...


def find_files(
    paths_or_glob: str | _os.PathLike[str] | _Iterable[str | _os.PathLike[str]],
    *,
    include: _Iterable[str] | None = None,
    exclude: _Iterable[str] | None = None,
) -> list[str]:
    """The files ``zhenggai ingest`` would read for these inputs, in its order.

    Directories are walked (``*.txt``, ``*.htm*`` unless ``include`` says
    otherwise), globs expanded (``**`` too). An input that names nothing
    raises :class:`FileNotFoundError`, so a mistyped path is not an empty corpus.
    """
    inputs = _store._path_list(paths_or_glob)
    expanded: list[str] = []
    for p in inputs:
        if not _os.path.exists(p) and _glob.has_magic(p):
            matches = sorted(_glob.glob(p, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no files match {p!r}")
            expanded.extend(matches)
        else:
            expanded.append(p)
    files, problems = _core._find_files(expanded, list(include or []), list(exclude or []))
    if problems:
        raise FileNotFoundError("; ".join(f"{i}: {m}" for i, m in problems))
    return files


def _parse_partition(paths: list[str]) -> list[Any]:
    return _core.parse_files(paths, 1)


def read_reports(
    paths_or_glob: str | _os.PathLike[str] | _Iterable[str | _os.PathLike[str]],
    *,
    files_per_partition: int = 256,
    include: _Iterable[str] | None = None,
    exclude: _Iterable[str] | None = None,
) -> dask.bag.Bag:
    """A Dask bag of the files' reports, parsed on the workers, in file order.

    Each item is a :class:`zhenggai.Report`, or the :class:`zhenggai.FileError`
    (with its ``filename``) of a file that could not be read: nothing is
    dropped. Files are found by :func:`find_files`.
    """
    import dask.bag as db

    files = find_files(paths_or_glob, include=include, exclude=exclude)
    if files_per_partition < 1:
        raise ValueError("files_per_partition must be >= 1")
    bag = db.from_sequence(files, partition_size=files_per_partition)
    return bag.map_partitions(_parse_partition)


def _partition_tables(reports: list[Any], partition: int) -> dict[str, Any]:
    return dict(_store._frames(reports, partition * _ID_STRIDE))


def _table(tables: dict[str, Any], name: str) -> Any:
    return tables[name]


class DaskTables(_Mapping[str, "dask.dataframe.DataFrame"]):
    """The store's tables as Dask DataFrames, by name and as attributes."""

    def __init__(self, frames: dict[str, Any]) -> None:
        self._frames = frames

    def __getitem__(self, name: str) -> dask.dataframe.DataFrame:
        return self._frames[name]

    def __iter__(self) -> _Iterator[str]:
        return iter(self._frames)

    def __len__(self) -> int:
        return len(self._frames)

    def __getattr__(self, name: str) -> dask.dataframe.DataFrame:
        try:
            return self.__dict__["_frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    def compute(self) -> _store.Tables:
        """All tables computed together (each partition parsed once): a :class:`zhenggai.Tables`."""
        import dask

        names = list(self._frames)
        computed = dask.compute(*(self._frames[n] for n in names))
        return _store.Tables({n: f.reset_index(drop=True) for n, f in zip(names, computed)})

    def to_parquet(self, directory: str | _os.PathLike[str]) -> None:
        """Write ``<directory>/<table>/`` Parquet datasets, all in one pass over the corpus."""
        import dask

        writes = [
            frame.to_parquet(
                _os.path.join(_os.fspath(directory), name), write_index=False, compute=False
            )
            for name, frame in self._frames.items()
        ]
        dask.compute(*writes)


def frames(bag: dask.bag.Bag) -> DaskTables:
    """The store's tables of a bag of reports (:func:`read_reports`) as Dask DataFrames.

    One partition of each table per partition of the bag, with the columns
    and dtypes of :func:`zhenggai.frames`, and its ``errors`` table for the
    files that could not be read.
    """
    import dask.dataframe as dd
    from dask import delayed

    parts = bag.to_delayed()
    per_partition = [delayed(_partition_tables)(p, i) for i, p in enumerate(parts)]
    meta = _store._frames([], 0)
    return DaskTables(
        {
            name: dd.from_delayed(
                [delayed(_table)(t, name) for t in per_partition], meta=meta[name]
            )
            for name in meta
        }
    )
