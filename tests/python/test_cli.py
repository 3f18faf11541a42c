"""Behaviour of the `zhenggai` command: arguments, output shapes, order,
exit codes and error messages. Parsing results are the C++ tests' business;
the only diagnostic relied on here is `invalid-utf8`, which the input layer
reports for every bad byte sequence.

The command is looked up in $ZHENGGAI_CLI, next to the running Python (a venv
with the wheel installed) and on PATH; the tests are skipped without it.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from cli_support import find_cli

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


def test_parse_one_file_prints_one_document(reports: list[Path]) -> None:
    r = run("parse", str(reports[0]))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.endswith("\n") and out.count("\n") == 1  # compact
    doc = json.loads(out)
    assert doc["schema"] == "zhenggai.report/1"
    assert doc["source_size"] == reports[0].stat().st_size
    assert "path" not in doc
    assert isinstance(doc["diagnostics"], list)
    assert next(iter(doc)) == "schema"


def test_parse_pretty(reports: list[Path]) -> None:
    compact = run("parse", str(reports[0]))
    pretty = run("parse", "--pretty", str(reports[0]))
    assert pretty.returncode == 0
    assert pretty.stdout.count(b"\n") > 5
    assert json.loads(pretty.stdout) == json.loads(compact.stdout)


def test_parse_several_files_prints_json_lines_in_order(reports: list[Path]) -> None:
    order = [reports[2], reports[0], reports[1]]
    r = run("parse", *map(str, order))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert [d["path"] for d in docs] == [str(p) for p in order]
    assert [d["source_size"] for d in docs] == [p.stat().st_size for p in order]
    assert all(d["schema"] == "zhenggai.report/1" for d in docs)
    # --pretty does not break JSON Lines.
    r = run("parse", "--pretty", *map(str, order))
    assert [json.loads(line)["path"] for line in r.stdout.decode().splitlines()] == [str(p) for p in order]


def test_parse_stdin() -> None:
    data = "整改进展情况\r\n第二行\n".encode()
    r = run("parse", "-", stdin=data)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source_size"] == len(data)


def test_parse_stdin_among_files(reports: list[Path]) -> None:
    data = b"x" * 7
    r = run("parse", str(reports[0]), "-", str(reports[1]), stdin=data)
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


def test_parse_missing_file_exit_1_others_still_processed(reports: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    r = run("parse", str(reports[0]), str(missing), str(reports[1]))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"zhenggai: {missing}: error: cannot read: " in err
    assert "No such file" in err
    docs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [d["path"] for d in docs] == [str(reports[0]), str(reports[1])]


def test_parse_single_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    r = run("parse", str(missing))
    assert r.returncode == 1
    assert r.stdout == b""
    assert r.stderr.decode().startswith(f"zhenggai: {missing}: error: cannot read: ")


def test_parse_directory_is_a_read_error(tmp_path: Path) -> None:
    r = run("parse", str(tmp_path))
    assert r.returncode == 1
    assert f"zhenggai: {tmp_path}: error: cannot read: " in r.stderr.decode()


def test_parse_output_file(reports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    r = run("parse", "--output", str(out), str(reports[0]))
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    assert json.loads(out.read_bytes())["source_size"] == reports[0].stat().st_size
    out2 = tmp_path / "out.jsonl"
    r = run("parse", f"--output={out2}", *map(str, reports))
    assert r.returncode == 0
    assert len(out2.read_text(encoding="utf-8").splitlines()) == len(reports)


def test_parse_output_unwritable(reports: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.json"
    r = run("parse", "-o", str(target), str(reports[0]))
    assert r.returncode == 1
    assert f"zhenggai: {target}: error: cannot write: " in r.stderr.decode()


def test_double_dash_ends_options(tmp_path: Path) -> None:
    weird = write(tmp_path / "--pretty", b"abc")
    r = run("parse", "--", "--pretty", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source_size"] == weird.stat().st_size


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
