"""The corpus store and its tables: ingest, read_db, frames.

The tables, their columns and the kind of every column come from the native
module (``_core._table_definitions``), which derives them from the model's
description as the SQLite store does: a DataFrame of ``frames(reports)`` and
one of ``read_db(db)`` have the same columns and dtypes. pandas (and pyarrow
for Parquet, tqdm for progress bars) are optional: ``pip install zhenggai[frames]``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from . import _core

if TYPE_CHECKING:
    import pandas as pd

Paths = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


@dataclass(frozen=True)
class IngestSummary:
    """What :func:`ingest` did: counts of files and reports, bytes and seconds."""

    files_total: int
    files_done: int
    files_parsed: int
    files_unchanged: int
    files_failed: int
    reports_added: int
    bytes_read: int
    seconds: float
    input_problems: tuple[tuple[str, str], ...]
    """``(input, message)`` for inputs that named nothing to read."""


def _path_list(paths: Paths) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def _tqdm(total: int) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="file", desc="ingest", dynamic_ncols=True)


def ingest(
    paths: Paths,
    db: str | os.PathLike[str],
    *,
    workers: int | None = None,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    progress: bool = True,
) -> IngestSummary:
    """Parse files and directories into the SQLite store ``db`` (``zhenggai ingest``).

    Directories are walked (``*.txt``, ``*.htm*`` unless ``include`` says
    otherwise; ``exclude`` patterns leave files out), globs are expanded, and
    the files are parsed on ``workers`` C++ threads in all, the one that
    writes the store among them (default: one per CPU), with the GIL
    released. Re-running is incremental. A file that cannot be read is a
    ``files`` row with its error, never an exception; the database
    failing raises :class:`Error`. ``progress`` shows a tqdm bar when tqdm is
    installed. Interrupting (KeyboardInterrupt) stops after the current batch;
    what was committed stays and the next run resumes.
    """
    if workers is None:
        workers = 0
    elif isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    bar: Any = None
    done = 0

    def advance(p: dict[str, Any]) -> None:
        nonlocal bar, done
        if bar is None:
            bar = _tqdm(p["files_total"]) or False
        if bar:
            bar.update(p["files_done"] - done)
            bar.set_postfix(errors=p["files_failed"], MB=round(p["bytes_read"] / 1e6, 1))
        done = p["files_done"]

    try:
        r = _core._ingest(
            _path_list(paths),
            os.fspath(db),
            workers,
            list(include or []),
            list(exclude or []),
            advance if progress else None,
        )
    finally:
        if bar:
            bar.close()
    if r["store_error"] is not None:
        raise _core.Error(f"{os.fspath(db)}: {r['store_error']}")
    problems = tuple(tuple(p) for p in r.pop("input_problems"))
    del r["store_error"]
    return IngestSummary(**r, input_problems=problems)


# ------------------------------------------------------------- the tables ---


_DEFINITIONS: dict[str, list[tuple[str, str, str, list[str]]]] = {}


def _definitions() -> dict[str, list[tuple[str, str, str, list[str]]]]:
    """Columns of every table: (name, kind, doc, categories), from the native module."""
    if not _DEFINITIONS:
        _DEFINITIONS.update((t[0], t[3]) for t in _core._table_definitions())
    return _DEFINITIONS


def _typed(name: str, columns: Mapping[str, Any]) -> pd.DataFrame:
    """A DataFrame of one table with the dtypes of its column kinds."""
    import numpy as np
    import pandas as pd

    data: dict[str, Any] = {}
    for column, kind, _doc, categories in _definitions()[name]:
        values = columns.get(column, [])
        if kind in ("integer", "boolean"):
            data[column] = pd.array(values, dtype="Int64" if kind == "integer" else "boolean")
        elif kind == "real":
            data[column] = pd.array(values, dtype="Float64")
        elif kind == "date":  # milliseconds (as Parquet keeps them): datetime64[ns] ends in 2262
            days = np.array(values, dtype="datetime64[D]")
            data[column] = pd.Series(days.astype("datetime64[ms]"))
        elif kind == "category":  # every value of the closed set, so tables of any corpus agree
            unknown = sorted({v for v in values if v is not None} - set(categories))
            data[column] = pd.Categorical(values, categories=[*categories, *unknown])
        else:
            data[column] = pd.array(values, dtype="string")
    frame = pd.DataFrame(data)
    frame.attrs["table"] = name
    return frame


class Tables(Mapping[str, "pd.DataFrame"]):
    """The store's tables by name (``reports``, ``sanctions``, ``money``, ...).

    A mapping of table name to DataFrame, also readable as attributes
    (``tables.sanctions``). ``to_parquet(dir)`` writes one Parquet file per
    table. Ids link the tables: ``report_id`` is a row of ``reports``,
    ``parent_id`` a row of the table named by the table's parent.
    """

    def __init__(self, frames: Mapping[str, pd.DataFrame]) -> None:
        self._frames = dict(frames)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._frames[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._frames)

    def __len__(self) -> int:
        return len(self._frames)

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.__dict__["_frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        return "Tables(" + ", ".join(f"{k}={len(v)}" for k, v in self._frames.items()) + ")"

    def to_parquet(self, directory: str | os.PathLike[str]) -> None:
        """Write ``<directory>/<table>.parquet`` for every table (needs pyarrow)."""
        os.makedirs(directory, exist_ok=True)
        for name, frame in self._frames.items():
            frame.to_parquet(os.path.join(directory, f"{name}.parquet"), index=False)


def frames(reports: Iterable[_core.Report | _core.Error]) -> Tables:
    """The reports as the store's tables (pandas DataFrames), without a database.

    One ``reports`` row per report given (ids from 1, in order), the lists
    of each in their tables, with the dtypes of :func:`read_db`: nullable
    integers, booleans, ``datetime64`` dates, categoricals for the keys of
    closed sets, exact money in ``amount_fen`` beside ``amount_yuan``. The
    errors :func:`parse_many` and :func:`parse_files` put in their results
    become rows of an ``errors`` table (``item``, ``type``, ``message``,
    ``filename``), so nothing given is lost.
    """
    return _frames(reports, 0)


def _frames(reports: Iterable[_core.Report | _core.Error], id_base: int) -> Tables:
    import pandas as pd

    good: list[_core.Report] = []
    errors: dict[str, list[Any]] = {"item": [], "type": [], "message": [], "filename": []}
    for i, r in enumerate(reports):
        if isinstance(r, BaseException):
            errors["item"].append(i)
            errors["type"].append(type(r).__name__)
            errors["message"].append(str(r))
            errors["filename"].append(getattr(r, "filename", None))
        else:
            good.append(r)
    tables = {name: _typed(name, columns) for name, columns in _core._tables(good, id_base).items()}
    tables["errors"] = pd.DataFrame(
        {
            "item": pd.array(errors["item"], dtype="Int64"),
            "type": pd.array(errors["type"], dtype="string"),
            "message": pd.array(errors["message"], dtype="string"),
            "filename": pd.array(
                [None if f is None else os.fsdecode(f) for f in errors["filename"]], dtype="string"
            ),
        }
    )
    return Tables(tables)


def read_db(db: str | os.PathLike[str], tables: Iterable[str] | None = None) -> Tables:
    """The tables of a store written by :func:`ingest` (or ``zhenggai ingest``).

    ``files`` and every table of the model, as DataFrames with the dtypes of
    :func:`frames`, in id order; ``tables`` picks some. The database is opened
    read-only, so this works while an ingest is writing it (WAL). Raises
    :class:`Error` for a file that is not a zhenggai store of this schema.
    """

    path = os.fspath(db)
    if not os.path.isfile(path):
        raise _core.Error(f"{path}: no such database")
    definitions = _definitions()
    wanted = list(definitions) if tables is None else list(tables)
    for name in wanted:
        if name not in definitions:
            known = sorted(definitions)
            raise ValueError(f"no table {name!r} in the store; its tables are {known}")
    con = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as e:
            raise _core.Error(f"{path}: not a zhenggai store ({e})") from None
        if row is None or row[0] != _core._store_schema:
            found = row and row[0]
            raise _core.Error(f"{path}: a store of schema {found!r}, not {_core._store_schema!r}")
        out: dict[str, pd.DataFrame] = {}
        for name in wanted:
            cursor = con.execute(f'SELECT * FROM "{name}" ORDER BY id')
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            columns = {n: [_text(r[i]) for r in rows] for i, n in enumerate(names)}
            out[name] = _typed(name, columns)
        return Tables(out)
    finally:
        con.close()


def _text(value: Any) -> Any:
    # source_text is a BLOB of the exact bytes when they are not UTF-8
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))
