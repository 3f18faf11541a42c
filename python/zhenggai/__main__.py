"""``python -m zhenggai ARGS...``: run the native ``zhenggai`` command-line tool.

The executable is looked for next to the running interpreter (where pip puts
scripts: ``bin/`` or ``Scripts\\``), then on PATH. If there is none, ``parse``
still works through the Python bindings, with the native tool's options and
output (directories walked as it walks them); ``check``, ``annotate``,
``ingest`` and ``help`` explain how to get the native tool.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from . import Report

_GUARD = "ZHENGGAI_PYTHON_MAIN"  # set while we run the tool, so we never call ourselves

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

_NATIVE_ONLY = ("check", "annotate", "ingest", "help")

_USAGE = """\
Usage: python -m zhenggai parse [--pretty] [--output FILE] [--jobs N] [--include GLOB]...
                                [--exclude GLOB]... [--] PATH... | -
       python -m zhenggai --version | --help

The native zhenggai command-line tool was not found, so only `parse` is
available, through the Python bindings: the same options and output as
`zhenggai parse` (see `zhenggai parse --help`). --jobs is accepted and the
files are parsed one at a time; --indent N is an alias of --pretty with N
spaces. `check`, `annotate`, `ingest` and `help` need the native tool.
"""

_GET_NATIVE = (
    "To get it, build the project with CMake (cmake -B build && cmake --build build) "
    "and put build/zhenggai on PATH, or install a wheel that ships it."
)


def _is_native(path: str) -> bool:
    """True for an executable that is not a script (a pip entry point would call us again)."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(2) != b"#!"
    except OSError:
        return False


def find_cli() -> str | None:
    """Path of the native ``zhenggai`` executable, or None."""
    names = ["zhenggai.exe", "zhenggai"] if os.name == "nt" else ["zhenggai"]
    dirs = [os.path.dirname(os.path.abspath(sys.executable))]
    scripts = os.path.join(sys.prefix, "Scripts" if os.name == "nt" else "bin")
    if scripts not in dirs:
        dirs.append(scripts)
    for d in dirs:
        for name in names:
            candidate = os.path.join(d, name)
            if _is_native(candidate):
                return candidate
    found = shutil.which("zhenggai")
    if found and _is_native(found):
        return found
    return None


# ------------------------------------------------------------ messages ---


def _error(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _file_error(name: str, what: str) -> None:
    _error(f"zhenggai: {name}: error: {what}\n")


def _usage_error(what: str, command: str = "") -> int:
    hint = f"zhenggai {command} --help" if command else "zhenggai --help"
    _error(f"zhenggai: error: {what}\nTry '{hint}' for more information.\n")
    return EXIT_USAGE


# ------------------------------------------------------------- options ---


@dataclass
class _ParseArgs:
    paths: list[str] = field(default_factory=list)
    indent: int | None = None  # --pretty: 2
    output: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


def _is_option(arg: str, short: str, long: str) -> bool:
    """``-o``, ``--output`` or ``--output=X``, as the native tool reads them."""
    return (bool(short) and arg == short) or arg == long or arg.startswith(long + "=")


def _option_value(args: Sequence[str], i: int, long: str) -> tuple[str | None, int]:
    """The value after '=' or the next argument, and the index of the last argument used."""
    if args[i].startswith(long + "="):
        return args[i][len(long) + 1 :], i
    if i + 1 < len(args):
        return args[i + 1], i + 1
    return None, i


def _parse_options(args: Sequence[str]) -> _ParseArgs | int:
    """The options of ``parse``, or the exit status to stop with."""
    out = _ParseArgs()
    only_paths = False
    i = 0
    while i < len(args):
        a = args[i]
        if only_paths or a == "-" or not a.startswith("-"):
            out.paths.append(a)
        elif a == "--":
            only_paths = True
        elif a in ("-h", "--help"):
            sys.stdout.write(_USAGE)
            return EXIT_OK
        elif a in ("-p", "--pretty"):
            out.indent = 2
        elif _is_option(a, "", "--indent"):
            value, i = _option_value(args, i, "--indent")
            if value is None or not value.isdigit() or len(value) > 2:
                return _usage_error("option '--indent' needs a number from 0 to 99", "parse")
            out.indent = int(value)
        elif _is_option(a, "-o", "--output"):
            value, i = _option_value(args, i, "--output")
            if value is None:
                return _usage_error(f"option '{a}' needs a file name", "parse")
            if not value:
                return _usage_error("option '--output' needs a file name", "parse")
            if out.output is not None:
                return _usage_error("option '--output' given more than once", "parse")
            out.output = value
        elif _is_option(a, "-j", "--jobs"):
            value, i = _option_value(args, i, "--jobs")
            if value is None:
                return _usage_error(f"option '{a}' needs a number", "parse")
            if not (value.isdigit() and value.isascii() and len(value) <= 4):
                return _usage_error(
                    f"option '--jobs' needs a number from 0 to 9999, not '{value}'", "parse"
                )
        elif _is_option(a, "", "--include") or _is_option(a, "", "--exclude"):
            name = "--include" if a.startswith("--include") else "--exclude"
            value, i = _option_value(args, i, name)
            if not value:
                return _usage_error(f"option '{name}' needs a pattern", "parse")
            (out.include if name == "--include" else out.exclude).append(value)
        else:
            return _usage_error(f"unknown option '{a}' for 'parse'", "parse")
        i += 1
    if not out.paths:
        return _usage_error("no input files (use '-' for standard input)", "parse")
    if out.paths.count("-") > 1:
        return _usage_error("standard input ('-') given more than once", "parse")
    return out


# -------------------------------------------------------------- inputs ---


@dataclass
class _Inputs:
    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    walked: bool = False  # a directory or a pattern: JSON Lines, however many files


def _find_inputs(opts: _ParseArgs) -> _Inputs:
    """The files the arguments name: the native ``parse``'s own search
    (zhenggai::find_inputs), with names as the file system gives them."""
    from . import _core

    args = [os.fsencode(p) for p in opts.paths]
    files, problems, walked = _core._find_inputs(args, opts.include, opts.exclude)
    found = [os.fsdecode(f) for f in files]
    return _Inputs(found, [(os.fsdecode(i), m) for i, m in problems], walked)


# --------------------------------------------------------------- parse ---


def _read(path: str) -> Report | None:
    """The report of one input, or None after saying on stderr why there is none."""
    import zhenggai

    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            return zhenggai.parse_bytes(sys.stdin.buffer.read())
        return zhenggai.parse_file(path)
    except zhenggai.FileError as e:
        _file_error(name, f"cannot read: {e.strerror}")
    except OSError as e:  # standard input
        _file_error(name, f"cannot read: {e.strerror}")
    except zhenggai.Error as e:
        _file_error(name, f"cannot read: {e}")
    return None


def _run_parse(args: Sequence[str]) -> int:
    opts = _parse_options(args)
    if isinstance(opts, int):
        return opts
    inputs = _find_inputs(opts)  # before the output is opened, so a new output file is not an input
    for name, message in inputs.problems:
        _file_error(name, message)
    if not inputs.files and not inputs.problems:
        _error("zhenggai: error: no files left to read: --exclude leaves out every input\n")
        return EXIT_FAILURE
    sink: IO[bytes] = sys.stdout.buffer
    if opts.output is not None and opts.output != "-":
        try:
            sink = open(opts.output, "wb")  # closed below, after the last input
        except OSError as e:
            _file_error(opts.output, f"cannot write: {e.strerror}")
            return EXIT_FAILURE
    lines = len(inputs.files) > 1 or inputs.walked
    failed = bool(inputs.problems)
    try:
        for path in inputs.files:
            report = _read(path)
            if report is None:
                failed = True
                continue
            if lines:
                # "path" first, then the report's members as the native tool writes them.
                tag = '{"path":' + json.dumps(path, ensure_ascii=False) + ","
                text = tag + report.to_json()[1:]
            else:
                text = report.to_json(indent=opts.indent)
            sink.write(text.encode("utf-8", errors="surrogateescape") + b"\n")
        sink.flush()
    except OSError as e:
        where = opts.output if sink is not sys.stdout.buffer and opts.output else "standard output"
        _file_error(where, f"cannot write: {e.strerror}")
        failed = True
    finally:
        if sink is not sys.stdout.buffer:
            sink.close()
    return EXIT_FAILURE if failed else EXIT_OK


def _fallback(argv: list[str]) -> int:
    """The native tool's ``parse`` through the bindings, when there is no native tool."""
    if not argv:
        _error(_USAGE)
        return EXIT_USAGE
    first = argv[0]
    if first in ("-h", "--help"):
        sys.stdout.write(_USAGE)
        return EXIT_OK
    if first in ("-V", "--version"):
        import zhenggai

        sys.stdout.write(f"zhenggai {zhenggai.__version__}\n")
        return EXIT_OK
    if first == "parse":
        return _run_parse(argv[1:])
    if first in _NATIVE_ONLY:
        _error(
            f"zhenggai: error: '{first}' needs the native zhenggai command-line tool, which was "
            f"not found next to {sys.executable} or on PATH; without it only `python -m zhenggai "
            f"parse` works (through the Python bindings).\n{_GET_NATIVE}\n"
        )
        return EXIT_USAGE
    if first.startswith("-"):
        return _usage_error(f"unknown option '{first}'")
    return _usage_error(f"unknown command '{first}'")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    cli = None if os.environ.get(_GUARD) else find_cli()
    if cli is None:
        return _fallback(args)
    env = dict(os.environ)
    env[_GUARD] = "1"
    try:
        return subprocess.call([cli, *args], env=env)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
