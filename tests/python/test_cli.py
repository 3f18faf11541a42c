"""Behaviour of the `zhenggai` command: arguments, output shapes, order,
exit codes and error messages. Parsing results are the C++ tests' business;
the only diagnostic relied on here is `invalid-utf8`, which the input layer
reports for every bad byte sequence.

The command is looked up in $ZHENGGAI_CLI, next to the running Python (a venv
with the wheel installed) and on PATH; the tests are skipped without it. The
`parse` tests also run `python -m zhenggai` (the installed package's, which
runs the same commands in the extension module) and compare its output with
the native tool's for the same arguments, byte for byte.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from cli_support import MODULE, find_cli

CLI = find_cli()
pytestmark = pytest.mark.skipif(CLI is None, reason="zhenggai command not found")

CHECK_LINE = re.compile(r"^(?P<path>.*):(?P<line>\d+):(?P<col>\d+): (?P<severity>info|warning|error): (?P<message>.*) \[(?P<code>[a-z0-9][a-z0-9-]*)\]$")

# Line 1: "ab", CRLF. Line 2: "中" then a bad byte (col 2), " x", lone CR.
# Line 3: a bad byte at col 1, LF. Line 4: "第二行" then a truncated sequence (col 4).
BAD_UTF8 = b"ab\r\n\xe4\xb8\xad\xff x\r\xfe\n\xe7\xac\xac\xe4\xba\x8c\xe8\xa1\x8c\xe4\xb8\n"
BAD_UTF8_EXPECTED = [(2, 2), (3, 1), (4, 4)]


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    assert CLI is not None
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    """Three small inputs of different sizes (source_size tells them apart)."""
    texts = [
        "关于巡视整改进展情况的通报\n根据省委统一部署，省委第三巡视组对某某市进行了巡视。\n",
        "整改\n",
        "一、整改工作\r\n（一）加强领导。\r\n",
    ]
    return [write(tmp_path / f"r{i}.txt", t.encode()) for i, t in enumerate(texts)]


def line_col(data: bytes, offset: int) -> tuple[int, int]:
    """Reference line/column: CR LF, LF and lone CR end lines; columns in code
    points; a leading BOM is not counted."""
    offset = min(offset, len(data))
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    line, line_start, i = 1, start, start
    while i < offset:
        c = data[i]
        if c == 0x0A:
            line, i = line + 1, i + 1
            line_start = i
        elif c == 0x0D:
            crlf = i + 1 < len(data) and data[i + 1] == 0x0A
            if crlf and i + 1 == offset:
                break
            line, i = line + 1, i + (2 if crlf else 1)
            line_start = i
        else:
            i += 1
    return line, len(data[line_start:offset].decode("utf-8", errors="replace")) + 1


# ------------------------------------------------------------- general ---


def test_version() -> None:
    for flag in ("--version", "-V"):
        r = run(flag)
        assert r.returncode == 0
        assert re.fullmatch(rb"zhenggai \d+\.\d+\.\d+\S*\n", r.stdout), r.stdout
        assert r.stderr == b""


def test_help_documents_commands_and_exit_codes() -> None:
    for args in (["--help"], ["-h"], ["help"]):
        r = run(*args)
        assert r.returncode == 0
        out = r.stdout.decode()
        assert "parse" in out and "check" in out
        assert "Exit status" in out and "2" in out


def test_command_help() -> None:
    r = run("parse", "--help")
    assert r.returncode == 0
    assert "--pretty" in r.stdout.decode() and "--output" in r.stdout.decode()
    r = run("help", "check")
    assert r.returncode == 0 and "--strict" in r.stdout.decode()
    for command in ("parse", "check"):
        out = run(command, "--help").stdout.decode()
        assert "--include GLOB" in out and "--exclude GLOB" in out and "directory" in out


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["frobnicate"],
        ["--frobnicate"],
        ["parse"],
        ["parse", "--bogus", "x.txt"],
        ["parse", "--output"],
        ["parse", "-", "-"],
        ["check"],
        ["check", "--pretty", "x.txt"],
        ["help", "frobnicate"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = run(*args)
    assert r.returncode == 2, (args, r.stderr)
    assert r.stdout == b""
    assert r.stderr.startswith(b"zhenggai") or b"Usage" in r.stderr


# --------------------------------------------------------------- parse ---
# The tool has two front ends: the native executable, and `python -m zhenggai`
# (the same commands, linked into the extension module). The `parse` tests run
# on both, and every run of the module is checked against the native tool's
# run of the same arguments.


def documents(stdout: bytes) -> list[Any]:
    """The JSON documents of `parse` output: one (maybe indented) or JSON Lines."""
    text = stdout.decode("utf-8")
    try:
        return [json.loads(text)] if text.strip() else []
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines()]


class FrontEnd:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name

    def run(self, *args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
        native = run(*args, stdin=stdin, cwd=cwd)
        if self.name == "native":
            return native
        return run_module(*args, stdin=stdin, cwd=cwd, like=native)


def run_module(
    *args: str, stdin: bytes = b"", cwd: Path | None = None, like: subprocess.CompletedProcess[bytes] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`python -m zhenggai ARGS`; with `like`, checked to print and exit as that run did."""
    r = subprocess.run([*MODULE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)
    if like is not None:
        assert (r.returncode, r.stdout, r.stderr) == (like.returncode, like.stdout, like.stderr), args
    return r


@pytest.fixture(params=["native", "module"])
def front(request: pytest.FixtureRequest) -> FrontEnd:
    return FrontEnd(request.param)


def test_parse_one_file_prints_one_document(front: FrontEnd, reports: list[Path]) -> None:
    r = front.run("parse", str(reports[0]))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.endswith("\n") and out.count("\n") == 1  # compact
    doc = json.loads(out)
    assert doc["schema"] == "zhenggai.report/1"
    assert doc["source_size"] == reports[0].stat().st_size
    assert "path" not in doc
    assert isinstance(doc["diagnostics"], list)
    assert next(iter(doc)) == "schema"


@pytest.mark.parametrize("flag", ["--pretty", "-p"])
def test_parse_pretty(front: FrontEnd, reports: list[Path], flag: str) -> None:
    compact = front.run("parse", str(reports[0]))
    pretty = front.run("parse", flag, str(reports[0]))
    assert pretty.returncode == 0
    assert pretty.stdout.count(b"\n") > 5
    assert json.loads(pretty.stdout) == json.loads(compact.stdout)


def test_parse_several_files_prints_json_lines_in_order(front: FrontEnd, reports: list[Path]) -> None:
    order = [reports[2], reports[0], reports[1]]
    r = front.run("parse", *map(str, order))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert [d["path"] for d in docs] == [str(p) for p in order]
    assert [next(iter(d)) for d in docs] == ["path"] * 3
    assert [d["source_size"] for d in docs] == [p.stat().st_size for p in order]
    assert all(d["schema"] == "zhenggai.report/1" for d in docs)
    # --pretty does not break JSON Lines.
    r = front.run("parse", "--pretty", *map(str, order))
    assert r.stdout.count(b"\n") == 3
    assert [json.loads(line)["path"] for line in r.stdout.decode().splitlines()] == [str(p) for p in order]


def test_parse_stdin(front: FrontEnd) -> None:
    data = "整改进展情况\r\n第二行\n".encode()
    r = front.run("parse", "-", stdin=data)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source_size"] == len(data)


def test_parse_stdin_among_files(front: FrontEnd, reports: list[Path]) -> None:
    data = b"x" * 7
    r = front.run("parse", str(reports[0]), "-", str(reports[1]), stdin=data)
    assert r.returncode == 0
    docs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [d["path"] for d in docs] == [str(reports[0]), "-", str(reports[1])]
    assert docs[1]["source_size"] == 7


def test_parse_binary_input_is_safe(tmp_path: Path) -> None:
    data = bytes(range(256)) * 4 + b"\x00\x00\xff\xfe"
    r = run("parse", str(write(tmp_path / "bin.dat", data)))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout.decode("utf-8"))  # output is valid UTF-8
    assert doc["source_size"] == len(data)
    assert any(d["code"] == "invalid-utf8" for d in doc["diagnostics"])


def test_parse_empty_input(tmp_path: Path) -> None:
    r = run("parse", str(write(tmp_path / "empty.txt", b"")))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source_size"] == 0


def test_parse_missing_file_exit_1_others_still_processed(front: FrontEnd, reports: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    r = front.run("parse", str(reports[0]), str(missing), str(reports[1]))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"zhenggai: {missing}: error: cannot read: " in err
    assert "No such file" in err
    docs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [d["path"] for d in docs] == [str(reports[0]), str(reports[1])]


def test_parse_single_missing_file(front: FrontEnd, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    r = front.run("parse", str(missing))
    assert r.returncode == 1
    assert r.stdout == b""
    assert r.stderr.decode().startswith(f"zhenggai: {missing}: error: cannot read: ")


def test_parse_output_file(front: FrontEnd, reports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    for option in (["--output", str(out)], ["-o", str(out)], [f"--output={out}"]):
        out.unlink(missing_ok=True)
        r = front.run("parse", *option, str(reports[0]))
        assert r.returncode == 0, r.stderr
        assert r.stdout == b""
        assert json.loads(out.read_bytes())["source_size"] == reports[0].stat().st_size
    out2 = tmp_path / "out.jsonl"
    r = front.run("parse", f"--output={out2}", *map(str, reports))
    assert r.returncode == 0
    assert [d["path"] for d in documents(out2.read_bytes())] == [str(p) for p in reports]
    r = front.run("parse", "-o", "-", str(reports[0]))  # '-' is standard output
    assert json.loads(r.stdout)["source_size"] == reports[0].stat().st_size


def test_parse_output_unwritable(front: FrontEnd, reports: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.json"
    r = front.run("parse", "-o", str(target), str(reports[0]))
    assert r.returncode == 1
    assert f"zhenggai: {target}: error: cannot write: " in r.stderr.decode()


def test_double_dash_ends_options(front: FrontEnd, tmp_path: Path) -> None:
    weird = write(tmp_path / "--pretty", b"abc")
    r = front.run("parse", "--", "--pretty", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source_size"] == weird.stat().st_size
    r = front.run("parse", "-p", "--", "--pretty", "-", cwd=tmp_path, stdin=b"xy")
    assert [d["path"] for d in documents(r.stdout)] == ["--pretty", "-"]


@pytest.mark.parametrize(
    "args",
    [
        ["parse"],
        ["parse", "--bogus", "x.txt"],
        ["parse", "-x", "x.txt"],
        ["parse", "--pretty=yes", "x.txt"],
        ["parse", "--strict", "x.txt"],
        ["parse", "--output"],
        ["parse", "--output=", "x.txt"],
        ["parse", "-o", "a.json", "-o", "b.json", "x.txt"],
        ["parse", "-", "-"],
        ["parse", "--include", "x.txt"],
        ["parse", "--jobs=x", "x.txt"],
    ],
)
def test_parse_usage_errors_exit_2(front: FrontEnd, args: list[str], tmp_path: Path) -> None:
    r = front.run(*args, cwd=tmp_path)
    assert r.returncode == 2, (args, r.stderr)
    assert r.stdout == b""
    assert r.stderr.startswith(b"zhenggai: error: ")
    assert b"Try 'zhenggai parse --help'" in r.stderr


# ----------------------------------------------------------- directories ---


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Nested files of different sizes (source_size tells them apart), some
    that the default selection leaves out."""
    root = tmp_path / "tree"
    for i, name in enumerate(
        ["b.txt", "A.txt", "a.htm", "sub.txt", "sub/c.txt", "sub/deeper/d.html", "z/e.txt", "notes.json", "sub/x.pdf"]
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        write(root / name, b"x" * (i + 1))
    return root


# Byte order of the whole path: upper case first, and "sub.txt" before "sub/".
TREE_DEFAULT = ["A.txt", "a.htm", "b.txt", "sub.txt", "sub/c.txt", "sub/deeper/d.html", "z/e.txt"]


def parsed_paths(r: subprocess.CompletedProcess[bytes]) -> list[str]:
    return [json.loads(line)["path"] for line in r.stdout.decode().splitlines()]


def test_parse_directory_walks_it_in_stable_order(front: FrontEnd, tree: Path) -> None:
    r = front.run("parse", str(tree))
    assert r.returncode == 0, r.stderr
    assert parsed_paths(r) == [str(tree / p) for p in TREE_DEFAULT]
    docs = documents(r.stdout)
    assert [d["source_size"] for d in docs] == [(tree / p).stat().st_size for p in TREE_DEFAULT]
    # Relative, with a trailing slash: the path member is the path found.
    r = front.run("parse", "tree/", cwd=tree.parent)
    assert parsed_paths(r) == [f"tree/{p}" for p in TREE_DEFAULT]


def test_parse_directory_among_files_and_stdin(front: FrontEnd, tree: Path, reports: list[Path]) -> None:
    r = front.run("parse", str(reports[1]), str(tree / "sub"), "-", str(reports[0]), stdin=b"abc")
    assert r.returncode == 0, r.stderr
    assert parsed_paths(r) == [str(reports[1]), str(tree / "sub/c.txt"), str(tree / "sub/deeper/d.html"), "-", str(reports[0])]


def test_parse_directory_of_one_file_prints_json_lines(front: FrontEnd, tree: Path) -> None:
    """The output's shape does not depend on how many files a directory holds."""
    r = front.run("parse", "--pretty", str(tree / "z"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count(b"\n") == 1
    assert parsed_paths(r) == [str(tree / "z/e.txt")]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--include", "*.json"], ["notes.json"]),
        (["--include=*.json", "--include", "*.pdf"], ["notes.json", "sub/x.pdf"]),
        (["--include", "sub/*"], ["sub/c.txt", "sub/deeper/d.html", "sub/x.pdf"]),
        (["--exclude", "*.htm*"], ["A.txt", "b.txt", "sub.txt", "sub/c.txt", "z/e.txt"]),
        (["--exclude=sub/*", "--exclude", "[Ab].txt"], ["a.htm", "sub.txt", "z/e.txt"]),
        (["--include", "*", "--exclude", "*.txt"], ["a.htm", "notes.json", "sub/deeper/d.html", "sub/x.pdf"]),
    ],
)
def test_parse_directory_include_exclude(front: FrontEnd, tree: Path, options: list[str], expected: list[str]) -> None:
    r = front.run("parse", *options, str(tree))
    assert r.returncode == 0, r.stderr
    assert parsed_paths(r) == [str(tree / p) for p in expected]


def test_parse_glob_pattern_is_expanded(front: FrontEnd, tree: Path) -> None:
    r = front.run("parse", "tree/*.txt", "tree/s*", cwd=tree.parent)
    assert r.returncode == 0, r.stderr
    # tree/s* matches the directory sub, which is walked, and then sub.txt (sorted
    # as glob(3) sorts). A file two inputs name is read for each of them.
    assert parsed_paths(r) == ["tree/A.txt", "tree/b.txt", "tree/sub.txt", "tree/sub/c.txt", "tree/sub/deeper/d.html", "tree/sub.txt"]
    r = front.run("parse", "tree/*.nothing", "tree/b.txt", cwd=tree.parent)
    assert r.returncode == 1
    assert r.stderr.decode() == "zhenggai: tree/*.nothing: error: no file matches the pattern\n"
    assert parsed_paths(r) == ["tree/b.txt"]


def test_parse_named_file_is_read_whatever_its_name(front: FrontEnd, tree: Path) -> None:
    """--include is for walked directories; a file named is read."""
    r = front.run("parse", str(tree / "notes.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source_size"] == (tree / "notes.json").stat().st_size


@pytest.mark.parametrize("command", ["parse", "check"])
def test_empty_directory_is_an_error(tmp_path: Path, tree: Path, command: str) -> None:
    empty = tmp_path / "empty"
    (empty / "nested").mkdir(parents=True)
    write(empty / "nested" / "page.pdf", b"%PDF")
    r = run(command, str(empty))
    assert r.returncode == 1
    assert r.stdout == b""
    assert r.stderr.decode() == f"zhenggai: {empty}: error: no files to read: the directory holds no *.txt or *.htm* file\n"
    # Another directory is still read, and the status stays 1.
    r = run(command, "--exclude", "*.htm*", str(empty), str(tree / "z"))
    assert r.returncode == 1
    assert r.stderr.decode() == f"zhenggai: {empty}: error: no files to read: the directory holds no *.txt or *.htm* file that is not excluded\n"
    if command == "parse":
        assert parsed_paths(r) == [str(tree / "z/e.txt")]
    r = run(command, "--include", "*.doc", str(tree))
    assert r.returncode == 1
    assert "the directory holds no *.doc file" in r.stderr.decode()


def test_parse_empty_directory(front: FrontEnd, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = front.run("parse", str(tmp_path / "empty"))
    assert r.returncode == 1
    assert r.stdout == b""
    assert "error: no files to read" in r.stderr.decode()


def test_parse_directory_jobs_same_output(tree: Path) -> None:
    plain = run("parse", str(tree))
    r = run("parse", "--jobs", "3", str(tree))
    assert (r.returncode, r.stdout, r.stderr) == (plain.returncode, plain.stdout, plain.stderr)


def test_check_directory_walks_it_in_stable_order(tree: Path) -> None:
    for name in [*TREE_DEFAULT, "notes.json"]:
        write(tree / name, b"x\xff" + name.encode())
    r = run("check", str(tree))
    assert r.returncode == 0, r.stderr
    paths = [d["path"] for d in parse_check(r.stdout) if d["code"] == "invalid-utf8"]
    assert paths == [str(tree / p) for p in TREE_DEFAULT]
    r = run("check", "--include", "*.json", "--include=*.htm", "--exclude", "sub/*", "--jobs", "2", str(tree))
    paths = [d["path"] for d in parse_check(r.stdout) if d["code"] == "invalid-utf8"]
    assert paths == [str(tree / "a.htm"), str(tree / "notes.json")]
    assert run("check", "--strict", str(tree)).returncode == 1


# ---------------------------------------------------- python -m zhenggai ---


@pytest.mark.parametrize("command", ["check", "help", "frobnicate", "--frobnicate", "--version", "-V", ""])
def test_module_runs_every_command_as_the_native_tool(command: str, tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", b"x\xff")
    args = [command, str(f)] if command else []
    run_module(*args, like=run(*args))


def test_module_annotates_as_the_native_tool(reports: list[Path]) -> None:
    native, module = run("annotate", str(reports[0])), run_module("annotate", str(reports[0]))
    assert (module.returncode, module.stderr) == (native.returncode, native.stderr) == (0, b"")
    # Each page has its own script nonce.
    def page(html: bytes) -> bytes:
        return re.sub(rb"nonce-?=?\"?[0-9a-f]{32}", b"NONCE", html)

    assert page(module.stdout) == page(native.stdout) and b"NONCE" in page(native.stdout)


def test_module_ingests_as_the_native_tool(reports: list[Path], tmp_path: Path) -> None:
    native = run("ingest", "--db", str(tmp_path / "native.db"), *map(str, reports[:3]))
    module = run_module("ingest", "--db", str(tmp_path / "module.db"), *map(str, reports[:3]))
    assert (module.returncode, module.stdout) == (native.returncode, native.stdout)
    assert module.stderr.replace(b"module.db", b"native.db") == native.stderr


def test_module_reads_standard_input(reports: list[Path]) -> None:
    run_module("parse", "-", stdin=reports[0].read_bytes(), like=run("parse", "-", stdin=reports[0].read_bytes()))


def test_indent(front: FrontEnd, reports: list[Path]) -> None:
    r = front.run("parse", "--indent", "4", str(reports[0]))
    assert r.returncode == 0, r.stderr
    assert b'\n    "schema"' in r.stdout
    assert json.loads(r.stdout) == json.loads(run("parse", str(reports[0])).stdout)
    for bad in ("x", "100", ""):
        r = front.run("parse", "--indent", bad, str(reports[0]))
        assert r.returncode == 2 and b"'--indent' needs a number from 0 to 99" in r.stderr


# --------------------------------------------------------------- check ---


def parse_check(stdout: bytes) -> list[dict[str, str]]:
    out = []
    for line in stdout.decode("utf-8").splitlines():
        m = CHECK_LINE.match(line)
        assert m, f"not compiler-style: {line!r}"
        out.append(m.groupdict())
    return out


def test_check_reports_invalid_utf8_positions(tmp_path: Path) -> None:
    f = write(tmp_path / "bad.txt", BAD_UTF8)
    r = run("check", str(f))
    found = parse_check(r.stdout)
    bad = [(int(d["line"]), int(d["col"])) for d in found if d["code"] == "invalid-utf8"]
    assert bad == BAD_UTF8_EXPECTED
    for d in found:
        assert d["path"] == str(f)
    assert all(d["severity"] == "warning" for d in found if d["code"] == "invalid-utf8")
    has_error = any(d["severity"] == "error" for d in found)
    assert r.returncode == (1 if has_error else 0)


def test_check_strict_fails_on_warnings(tmp_path: Path) -> None:
    f = write(tmp_path / "bad.txt", BAD_UTF8)
    r = run("check", "--strict", str(f))
    assert r.returncode == 1
    assert any(d["code"] == "invalid-utf8" for d in parse_check(r.stdout))


def test_check_positions_match_json_spans(tmp_path: Path) -> None:
    """Every diagnostic `check` prints sits at the line/column of its span."""
    data = b"\xef\xbb\xbf\xe6\x95\xb4\xff\r\n\r\n\xe6\x94\xb9 \x80\xc3(\r\xfe"
    f = write(tmp_path / "bom.txt", data)
    doc = json.loads(run("parse", str(f)).stdout)
    expected = sorted(
        ((line_col(data, d["span"][0]), d["severity"], d["code"]) for d in doc["diagnostics"]),
        key=lambda t: t[0],
    )
    got = [((int(d["line"]), int(d["col"])), d["severity"], d["code"]) for d in parse_check(run("check", str(f)).stdout)]
    assert sorted(got, key=lambda t: t[0]) == expected
    bad = [pos for pos, _, code in got if code == "invalid-utf8"]
    assert bad == [(1, 2), (3, 3), (3, 4), (4, 1)]  # BOM not counted; CR LF and lone CR end lines


def test_check_stdin_name(tmp_path: Path) -> None:
    r = run("check", "-", stdin=b"a\xffb")
    lines = [d for d in parse_check(r.stdout) if d["code"] == "invalid-utf8"]
    assert [(d["path"], d["line"], d["col"]) for d in lines] == [("<stdin>", "1", "2")]


def test_check_clean_input_has_no_invalid_utf8(tmp_path: Path) -> None:
    f = write(tmp_path / "ok.txt", "整改情况\r\n".encode())
    r = run("check", str(f))
    assert r.returncode in (0, 1)
    assert not [d for d in parse_check(r.stdout) if d["code"] == "invalid-utf8"]


def test_check_missing_file(tmp_path: Path) -> None:
    f = write(tmp_path / "bad.txt", BAD_UTF8)
    missing = tmp_path / "gone.txt"
    r = run("check", str(missing), str(f))
    assert r.returncode == 1
    assert f"zhenggai: {missing}: error: cannot read: " in r.stderr.decode()
    # The readable file was still checked.
    assert [d for d in parse_check(r.stdout) if d["code"] == "invalid-utf8" and d["path"] == str(f)]


def test_check_several_files_in_order(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", b"\xff")
    b = write(tmp_path / "b.txt", b"xx\xfe")
    r = run("check", str(b), str(a))
    paths = [d["path"] for d in parse_check(r.stdout) if d["code"] == "invalid-utf8"]
    assert paths == [str(b), str(a)]


# ------------------------------------------------------------------ --jobs ---


@pytest.mark.parametrize("jobs", ["1", "2", "0", "7"])
def test_parse_jobs_same_output_in_order(tmp_path: Path, jobs: str) -> None:
    texts = [
        "关于巡视整改进展情况的通报\n根据省委统一部署，省委第三巡视组对某某市进行了巡视。\n" * (i % 4 + 1)
        + "一、整改工作\r\n（一）加强领导。\r\n" * i
        for i in range(23)
    ]
    files = [write(tmp_path / f"r{i:02d}.txt", t.encode()) for i, t in enumerate(texts)]
    files.insert(5, tmp_path / "missing.txt")
    files.append(write(tmp_path / "bad.txt", BAD_UTF8))
    args = [str(p) for p in reversed(files)]
    plain = run("parse", *args)
    for option in (["--jobs", jobs], [f"--jobs={jobs}"], ["-j", jobs]):
        r = run("parse", *option, *args)
        assert r.returncode == plain.returncode == 1
        assert r.stdout == plain.stdout
        assert r.stderr == plain.stderr
    paths = [json.loads(line)["path"] for line in plain.stdout.decode().splitlines()]
    assert paths == [a for a in args if not a.endswith("missing.txt")]


def test_check_jobs_same_output_in_order(tmp_path: Path) -> None:
    files = [write(tmp_path / f"c{i}.txt", b"x" * i + BAD_UTF8) for i in range(9)]
    args = [str(p) for p in files] + [str(tmp_path / "missing.txt"), str(files[0])]
    plain = run("check", *args)
    r = run("check", "--jobs", "2", *args)
    assert (r.returncode, r.stdout, r.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    paths = []
    for d in parse_check(r.stdout):
        if not paths or paths[-1] != d["path"]:
            paths.append(d["path"])
    assert paths == [a for a in args if not a.endswith("missing.txt")]


@pytest.mark.parametrize("value", ["", "x", "-1", "1.5", "99999"])
def test_jobs_needs_a_number(tmp_path: Path, value: str) -> None:
    f = write(tmp_path / "a.txt", b"x")
    r = run("parse", f"--jobs={value}", str(f))
    assert r.returncode == 2
    assert b"--jobs" in r.stderr


def test_jobs_missing_value() -> None:
    r = run("check", "--jobs")
    assert r.returncode == 2


# ------------------------------------------------------------ encodings ---

MESSY = Path(__file__).resolve().parents[1] / "data" / "messy"
DIAGNOSTICS = Path(__file__).resolve().parents[1] / "data" / "diagnostics"


def test_parse_gb18030_file_gives_the_utf8_twins_facts() -> None:
    gb = run("parse", str(MESSY / "qinglan.gb18030.txt"))
    utf8 = run("parse", str(MESSY / "qinglan.txt"))
    assert gb.returncode == 0 and utf8.returncode == 0, gb.stderr
    a, b = json.loads(gb.stdout), json.loads(utf8.stdout)
    assert a["encoding"] == "gb18030" and b["encoding"] == "utf-8"
    # Spans index the decoded text, which is the twin's text: the documents are equal.
    a.pop("encoding"), b.pop("encoding")
    assert a == b


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("qinglan.utf16le-bom.txt", "utf-16le"), ("qinglan.big5.txt", "big5"), ("qinglan.crlf-fullwidth.txt", "utf-8")],
)
def test_parse_detects_the_encoding(name: str, encoding: str) -> None:
    r = run("parse", str(MESSY / name))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["encoding"] == encoding
    assert doc["header"]["inspected_unit"] in ("青澜市", "青瀾市")


def test_check_gb18030_positions_are_in_the_decoded_text() -> None:
    f = DIAGNOSTICS / "invalid-bytes.txt"
    data = f.read_bytes()
    r = run("check", str(f))
    assert r.returncode == 0, r.stderr
    found = parse_check(r.stdout)
    bad = [d for d in found if d["code"] == "invalid-bytes"]
    assert len(bad) == 1 and bad[0]["severity"] == "warning"
    # The bad byte starts line 2 of the text a person sees.
    assert (bad[0]["line"], bad[0]["col"]) == ("2", "1")
    assert f"offset {data.index(bytes([0xFF]))}" in bad[0]["message"]
    # Every position is counted in the decoded text, where the JSON spans point.
    doc = json.loads(run("parse", str(f)).stdout)
    text = data.decode("gb18030", errors="replace").encode("utf-8")
    expected = sorted((line_col(text, d["span"][0]), d["code"]) for d in doc["diagnostics"])
    assert sorted(((int(d["line"]), int(d["col"])), d["code"]) for d in found) == expected
    assert run("check", "--strict", str(f)).returncode == 1


def test_parse_gb18030_stdin() -> None:
    data = (MESSY / "qinglan.gb18030.txt").read_bytes()
    r = run("parse", "-", stdin=data)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["encoding"] == "gb18030"
