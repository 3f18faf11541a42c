"""Parse Chinese rectification progress reports (巡视/巡察整改进展情况通报) into typed data.

    >>> import zhenggai
    >>> report = zhenggai.parse(text)
    >>> unit = report.header.inspected_unit   # a Text: a str with its .span
    >>> report.text[unit.span.start:unit.span.end]   # the words it was read from
    >>> report.to_dict()                      # the JSON form (spans there are byte offsets)

Every result is an immutable, picklable value, and every value has ``.span``:
``start``/``end`` index ``Report.text`` (a str); ``byte_start``/``byte_end`` and
the JSON output index the UTF-8 bytes (``Report.source``). Text is a str, Count
an int, DatedValue a datetime.date and Percentage a decimal.Decimal; the closed
sets (categories, units, severities, codes, kind, encoding) are StrEnums.
"""

from __future__ import annotations

import json as _json
import os as _os
from collections.abc import Iterable as _Iterable
from typing import Any as _Any

from . import _core
from ._core import (
    Contacts,
    Count,
    DatedValue,
    Derived,
    Diagnostic,
    DiagnosticCode,
    Encoding,
    Error,
    FileError,
    Header,
    InputError,
    InspectionKind,
    MoneyAmount,
    MoneyCategory,
    NextStep,
    Percentage,
    Progress,
    Report,
    Sanction,
    SanctionCategory,
    SanctionDetail,
    SanctionUnit,
    Section,
    Severity,
    Span,
    Text,
)
from ._store import IngestSummary, Tables, frames, ingest, read_db

__version__: str = _core.__version__

__all__ = [
    "Contacts",
    "Count",
    "DatedValue",
    "Derived",
    "Diagnostic",
    "DiagnosticCode",
    "Encoding",
    "Error",
    "FileError",
    "Header",
    "IngestSummary",
    "InputError",
    "InspectionKind",
    "MoneyAmount",
    "MoneyCategory",
    "NextStep",
    "Percentage",
    "Progress",
    "Report",
    "Sanction",
    "SanctionCategory",
    "SanctionDetail",
    "SanctionUnit",
    "Section",
    "Severity",
    "Span",
    "Tables",
    "Text",
    "__version__",
    "frames",
    "from_json",
    "ingest",
    "load_bytes",
    "load_file",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_files",
    "parse_many",
    "read_db",
    "to_dict",
    "to_html",
]


# Plain Python functions (not the pybind11 builtins) so that they pickle by
# reference, e.g. when handed to dask, multiprocessing or concurrent.futures.


def parse(text: str) -> Report:
    """Parse one report given as str (the GIL is released while parsing).

    Never raises for odd input: problems become ``Report.diagnostics``. Lone
    surrogates are read as U+FFFD, so str indices of ``text`` stay valid for
    the spans of the result.
    """
    return _core.parse(text)


def parse_bytes(data: bytes | bytearray | memoryview) -> Report:
    """Parse one report given as bytes of any supported encoding.

    The encoding is detected as :func:`load_bytes` does: UTF-8 (a BOM is
    dropped), UTF-16 with a BOM, GB18030/GBK or Big5; ``Report.encoding``
    names it and ``Report.text`` is the decoded text the spans index. Bytes
    that are invalid in that encoding are read as U+FFFD, each with an
    ``invalid-utf8`` or ``invalid-bytes`` diagnostic.
    """
    return _core.parse_bytes(data)


def parse_file(path: str | bytes | _os.PathLike[str] | _os.PathLike[bytes]) -> Report:
    """Read a file of any supported encoding (see :func:`parse_bytes`) and parse it.

    Raises :class:`FileError` (also an :class:`OSError` with ``errno``,
    ``strerror`` and ``filename``) when the file cannot be read.
    """
    return _core.parse_file(path)


def from_json(document: str, source: str | bytes | None = None) -> Report:
    """Read a report back from its JSON form: ``from_json(r.to_json(), r.source) == r``.

    ``source`` is the text the report was parsed from (``Report.source`` or
    ``Report.text``); its spans index it. Without it ``text`` is empty and
    every str span is empty at 0 (byte spans stay as in the document). Raises
    :class:`InputError` when the document is not JSON of schema
    ``zhenggai.report/1`` (with the byte offset or JSON Pointer).
    """
    return _core.from_json(document, source)


def load_bytes(data: bytes | bytearray | memoryview) -> tuple[str, Encoding]:
    """Detect the encoding of ``data`` and decode it: ``(text, encoding)``.

    ``encoding`` is one of 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be',
    'gb18030', 'big5'; ``text`` is what :func:`parse_bytes` parses.
    """
    result: tuple[str, Encoding] = _core.load_bytes(data)
    return result


def load_file(path: str | bytes | _os.PathLike[str] | _os.PathLike[bytes]) -> tuple[str, Encoding]:
    """Read a file, detect its encoding and decode it: ``(text, encoding)``.

    Raises :class:`FileError` when the file cannot be read.
    """
    result: tuple[str, Encoding] = _core.load_file(path)
    return result


def parse_many(
    items: _Iterable[
        str | bytes | bytearray | memoryview | _os.PathLike[str] | _os.PathLike[bytes]
    ],
    workers: int | None = None,
) -> list[Report | Error]:
    """Parse many report texts on ``workers`` C++ threads (default: one per CPU).

    The GIL is released while parsing. Each item is a ``str`` (the text
    itself), UTF-8 ``bytes`` (or another bytes-like object), or an
    :class:`os.PathLike` such as :class:`pathlib.Path` (a file to read). For
    file names given as ``str`` (what :func:`glob.glob` returns) use
    :func:`parse_files`: a ``str`` item without a line break that names an
    existing file raises :class:`TypeError` saying so, since a report text is
    never a bare file name.

    Returns a list in input order. An item that cannot be parsed does not
    raise: its place holds the exception instance instead -- a
    :class:`FileError` for a file that cannot be read, an :class:`InputError`
    for an input over 4 GiB, an :class:`Error` for anything unexpected. An
    item of another type raises :class:`TypeError` before anything is parsed.
    """
    result: list[Report | Error] = _core.parse_many(items, _workers(workers))
    return result


def parse_files(
    paths: _Iterable[str | bytes | _os.PathLike[str] | _os.PathLike[bytes]],
    workers: int | None = None,
) -> list[Report | Error]:
    """Read and parse files on ``workers`` C++ threads (default: one per CPU).

        >>> reports = zhenggai.parse_files(sorted(glob.glob("reports/*.txt")), workers=2)

    Each path is a ``str``, ``bytes`` or :class:`os.PathLike`; every file is
    decoded as :func:`parse_file` does. Returns a list in input order with a
    :class:`FileError` instance (not raised) in the place of a file that
    cannot be read, as :func:`parse_many` does.
    """
    result: list[Report | Error] = _core.parse_files(paths, _workers(workers))
    return result


def _workers(workers: int | None) -> int:
    if workers is None:
        return 0
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    return workers


def to_dict(report: Report) -> dict[str, _Any]:
    """The JSON form of ``report`` as Python data (spans as UTF-8 byte offsets)."""
    result: dict[str, _Any] = _json.loads(report.to_json())
    return result


def to_html(
    report: Report,
    *,
    full_page: bool = True,
    title: str | None = None,
    include_json: bool = True,
) -> str:
    """The annotated view of ``report`` as one self-contained HTML page.

    The source text with every extracted field highlighted by kind (hover or
    click for field and value), the diagnostics linked to their place, and the
    JSON form in a side panel; inline CSS and script only, nothing from the
    network, all input text escaped. ``full_page=False`` gives a ``<div>`` for
    embedding (``Report._repr_html_`` uses it to show reports in Jupyter).
    """
    html: str = _core.to_html(report, full_page=full_page, title=title, include_json=include_json)
    return html


def _report_to_dict(self: Report) -> dict[str, _Any]:
    """The JSON form as Python data (``json.loads(self.to_json())``); spans are byte offsets."""
    return to_dict(self)


Report.to_dict = _report_to_dict  # type: ignore[method-assign]

# Present the public classes and errors as members of this package.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__ in ("zhenggai._core", "zhenggai._store"):
        try:
            _obj.__module__ = __name__
        except (AttributeError, TypeError):  # pragma: no cover - read-only on some builds
            pass
del _name, _obj, annotations  # the __future__ feature is no API
