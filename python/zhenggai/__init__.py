"""Parse Chinese rectification progress reports (巡视/巡察整改进展情况通报) into typed data.

    >>> import zhenggai
    >>> report = zhenggai.parse(text)
    >>> report.header.inspected_unit, report.sections[0].title
    >>> span = report.header.spans["inspected_unit"]
    >>> report.text[span.start:span.end]      # the words it was read from
    >>> report.to_dict()                      # the JSON form (spans there are byte offsets)

Every result is an immutable, picklable value. Spans on Python objects index
``Report.text`` (a str, by code point); ``Span.byte_start``/``byte_end`` and the
JSON output index the UTF-8 bytes (``Report.source``).
"""

from __future__ import annotations

import json
import os
from typing import Any

from . import _core
from ._core import (
    Contacts,
    Diagnostic,
    Error,
    FileError,
    Header,
    InputError,
    MoneyAmount,
    NextStep,
    Progress,
    Report,
    Sanction,
    SanctionDetail,
    Section,
    Span,
)

__version__: str = _core.__version__

__all__ = [
    "Contacts",
    "Diagnostic",
    "Error",
    "FileError",
    "Header",
    "InputError",
    "MoneyAmount",
    "NextStep",
    "Progress",
    "Report",
    "Sanction",
    "SanctionDetail",
    "Section",
    "Span",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_file",
    "to_dict",
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
    """Parse one report given as UTF-8 bytes (a BOM is allowed).

    Each invalid UTF-8 sequence is read as one U+FFFD and reported as an
    ``invalid-utf8`` diagnostic; ``Report.text`` is then
    ``data.decode("utf-8", "replace")`` and spans index that string.
    """
    return _core.parse_bytes(data)


def parse_file(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> Report:
    """Read a UTF-8 file and parse it.

    Raises :class:`FileError` (also an :class:`OSError` with ``errno``,
    ``strerror`` and ``filename``) when the file cannot be read.
    """
    return _core.parse_file(path)


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON form of ``report`` as Python data (spans as UTF-8 byte offsets)."""
    result: dict[str, Any] = json.loads(report.to_json())
    return result


def _report_to_dict(self: Report) -> dict[str, Any]:
    """The JSON form as Python data (``json.loads(self.to_json())``); spans are byte offsets."""
    return to_dict(self)


Report.to_dict = _report_to_dict  # type: ignore[method-assign]

# Present the public classes and errors as members of this package.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__ == "zhenggai._core":
        try:
            _obj.__module__ = __name__
        except (AttributeError, TypeError):  # pragma: no cover - read-only on some builds
            pass
del _name, _obj
