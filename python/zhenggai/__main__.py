"""``python -m zhenggai ARGS...``: run the native ``zhenggai`` command-line tool.

The executable is looked for next to the running interpreter (where pip puts
scripts: ``bin/`` or ``Scripts\\``), then on PATH. If there is none, only
``python -m zhenggai parse FILE`` works, through the Python bindings (JSON on
stdout); anything else explains how to get the native tool.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

_GUARD = "ZHENGGAI_PYTHON_MAIN"  # set while we run the tool, so we never call ourselves


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


def _fallback(argv: list[str]) -> int:
    """``parse FILE [--indent N]`` through the bindings, when there is no native tool."""
    import zhenggai

    args = list(argv)
    indent: int | None = None
    if "--indent" in args:
        i = args.index("--indent")
        try:
            indent = int(args[i + 1])
        except (IndexError, ValueError):
            print("zhenggai: --indent takes a number", file=sys.stderr)
            return 2
        del args[i : i + 2]
    if len(args) != 2 or args[0] != "parse":
        print(
            "zhenggai: the native command-line tool was not found next to "
            f"{sys.executable} or on PATH.\n"
            "Without it only `python -m zhenggai parse FILE [--indent N]` is available "
            "(JSON via the Python bindings).\n"
            "To get the full tool, build the project with CMake "
            "(cmake -B build && cmake --build build) and put build/zhenggai on PATH.",
            file=sys.stderr,
        )
        return 2
    path = args[1]
    try:
        if path == "-":
            report = zhenggai.parse_bytes(sys.stdin.buffer.read())
        else:
            report = zhenggai.parse_file(path)
    except zhenggai.FileError as e:
        print(f"zhenggai: {path}: error: cannot read: {e.strerror}", file=sys.stderr)
        return 1
    sys.stdout.write(report.to_json(indent=indent) + "\n")
    return 0


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
