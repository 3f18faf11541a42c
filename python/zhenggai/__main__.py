"""``python -m zhenggai ARGS...``: the ``zhenggai`` command-line tool.

The commands are compiled into the extension module, so this runs the very code
of the native executable (``zhenggai parse``, ``check``, ``annotate``,
``ingest``, ``help``), in this process and on its standard streams; see
``zhenggai --help``.
"""

from __future__ import annotations

import os
import signal
import sys


def main(argv: list[str] | None = None) -> int:
    """Runs ``zhenggai ARGS...`` (default: ``sys.argv[1:]``); returns its exit status."""
    from . import _core

    args = sys.argv[1:] if argv is None else argv
    # The tool writes to the file descriptors: what Python buffered goes first.
    sys.stdout.flush()
    sys.stderr.flush()
    return _core._run_cli([os.fsencode(a) for a in args])


if __name__ == "__main__":
    # As the native tool: Ctrl-C stops it at once, and a closed pipe
    # (`python -m zhenggai parse dir | head`) ends it quietly.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
