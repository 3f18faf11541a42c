"""Diagnostics: one fixture per code, clean fixtures, `zhenggai check`, and
the shared corpus.

tests/data/diagnostics/CODE.txt (written by scripts/make-diagnostic-fixtures)
is a small fictional report that triggers CODE and no other warning or error;
clean.txt is the same report unchanged. Codes no input file can trigger:
input-too-large (over 4 GiB), unknown-encoding (load_as() with an unknown
converter name only), internal-error (an exception inside the parser),
too-many-diagnostics (a report past the total limit; tests/cpp/diagnostics_test.cpp
drives the sink to it).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import golden
import zhenggai

DIAG = golden.DATA_DIR / "diagnostics"

# code -> (severity, words the text at each diagnostic's span contains one of)
CODES: dict[str, tuple[str, list[str]]] = {
    "breakdown-cut-off": ("info", ["（党内警告2人、党内严重警告1人，"]),
    "breakdown-sum-mismatch": ("warning", ["党纪处分3人（党内警告2人、党内严重警告2人）"]),
    "completion-rate-mismatch": ("warning", ["95"]),
    "progress-exceeds-total": ("warning", ["22"]),
    "inspection-end-before-start": ("warning", ["2024年5月11日至2024年3月10日"]),
    "feedback-before-inspection-end": ("warning", ["7月10日，县委第一巡察组对县农业农村局党组开展了常规巡察。2024年6月20日"]),
    "published-before-feedback": ("warning", ["2024年6月1日"]),
    "date-imprecise": ("info", ["3月上旬", "5月中旬"]),
    "date-year-unknown": ("warning", ["3月11日", "5月10日"]),
    "date-year-inferred": ("info", ["6月20日", "5月10日"]),
    "date-damaged": ("warning", ["2024311日", "510日"]),
    "date-invalid": ("warning", ["4月31日"]),
    "header-missing": ("warning", []),  # nothing to point at: an empty span at 0
    "feedback-recipient-unclear": ("warning", ["有关方面进一步"]),
    "hard-wrapped": ("info", []),  # the span is the first joined line break
    "page-furniture": ("info", ["- 1 -"]),
    "html-flattened": ("info", []),  # about the whole page: an empty span at 0
    "not-a-report": ("info", ["巡察"]),
    "heading-sequence": ("warning", ["四"]),
    "money-not-exact": ("warning", []),  # checked below: the span starts the amount
    "money-unit-unknown": ("warning", ["12.6万美元"]),
    "duplicate-section": ("warning", ["惠农资金监管不够严格"]),
    "unclassified-text": ("info", []),  # checked below: the span is the unclassified text
    "invalid-utf8": ("warning", ["\ufffd"]),
    "invalid-bytes": ("warning", ["\ufffd"]),
    "empty-input": ("info", []),
}

UNTRIGGERABLE = {"input-too-large", "unknown-encoding", "internal-error", "too-many-diagnostics"}


def flagged(r: zhenggai.Report) -> list[zhenggai.Diagnostic]:
    return [d for d in r.diagnostics if d.severity in ("warning", "error")]


def test_fixtures_are_up_to_date():
    script = golden.REPO / "scripts" / "make-diagnostic-fixtures"
    r = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_emitted_code_has_a_fixture():
    """Every code of the catalogue (the codes src/ can emit) has a fixture here
    or is listed as untriggerable, with the catalogue's severity."""
    catalogue = (golden.REPO / "include" / "zhenggai" / "diagnostic_codes.hpp").read_text(encoding="utf-8")
    rows = dict(re.findall(r'\{DiagnosticCode::\w+,\s*"([a-z0-9-]+)",\s*Severity::(\w+)', catalogue))
    emitted = set(rows)
    assert emitted, "no codes found in the catalogue"
    for code, (severity, _) in CODES.items():
        assert rows.get(code) == severity, code
    missing = emitted - set(CODES) - UNTRIGGERABLE
    assert not missing, f"codes without a fixture: {sorted(missing)}"
    assert set(CODES) <= emitted | {"invalid-bytes"}, sorted(set(CODES) - emitted)


@pytest.mark.parametrize("code", sorted(CODES))
def test_fixture_triggers_its_code(code):
    severity, words = CODES[code]
    r = zhenggai.parse_file(DIAG / f"{code}.txt")
    mine = [d for d in r.diagnostics if d.code == code]
    assert mine, f"{code} not emitted: {r.diagnostics}"
    for d in mine:
        assert d.severity == severity
        assert d.message
        got = r.text[d.span.slice]
        if words:
            assert any(w in got for w in words), f"{code}: span text {got!r} lacks all of {words}"
        assert r.source[d.span.byte_slice].decode("utf-8", "replace") == got
    # No other warning or error: the fixture isolates the code.
    others = [(d.code, d.message) for d in flagged(r) if d.code != code]
    assert not others


def test_header_missing_points_at_the_start():
    r = zhenggai.parse_file(DIAG / "header-missing.txt")
    (d,) = [d for d in r.diagnostics if d.code == "header-missing"]
    first_line = r.text.splitlines()[0]
    assert d.span.start == 0 and r.text[d.span.slice] == first_line.strip()
    assert r.is_report and r.title  # still a report: the title says 整改


def test_money_not_exact_points_at_the_amount():
    r = zhenggai.parse_file(DIAG / "money-not-exact.txt")
    (d,) = [d for d in r.diagnostics if d.code == "money-not-exact"]
    assert r.text[d.span.start :].startswith("12.345元")
    assert not any(m.text == "12.345元" for m in r.money)  # not taken as an amount


def test_unclassified_text_matches_report_unclassified():
    r = zhenggai.parse_file(DIAG / "unclassified-text.txt")
    diags = [d for d in r.diagnostics if d.code == "unclassified-text"]
    assert r.unclassified and len(diags) == len(r.unclassified)
    for t, d in zip(r.unclassified, diags):
        assert d.span == t.span
        assert r.text[t.span.slice] == t.value and t.value.strip()


def test_not_a_report_has_a_reason_and_no_statistics():
    r = zhenggai.parse_file(DIAG / "not-a-report.txt")
    assert r.is_report is False
    assert r.not_report_reason
    assert not r.sanctions and not r.money


def test_invalid_bytes_names_the_original_offset():
    data = (DIAG / "invalid-bytes.txt").read_bytes()
    r = zhenggai.parse_file(DIAG / "invalid-bytes.txt")
    assert r.encoding == "gb18030"
    (d,) = [d for d in r.diagnostics if d.code == "invalid-bytes"]
    offset = data.index(b"\xff")
    assert f"offset {offset}" in d.message
    assert "0xFF" in d.message


def test_invalid_utf8_in_a_bom_file():
    r = zhenggai.parse_file(DIAG / "invalid-utf8.txt")
    assert r.encoding == "utf-8-bom"
    (d,) = [d for d in r.diagnostics if d.code == "invalid-utf8"]
    assert r.text[d.span.slice] == "\ufffd"


def test_empty_input():
    r = zhenggai.parse_file(DIAG / "empty-input.txt")
    assert [d.code for d in r.diagnostics] == ["empty-input"]
    assert r.source_size == 0
    assert not r.is_report and r.not_report_reason == "the input holds no text"


@pytest.mark.parametrize(
    "path",
    [DIAG / "clean.txt", golden.DATA_DIR / "city-zhejiang-halfwidth.txt", golden.DATA_DIR / "messy" / "qinglan.txt"],
    ids=lambda p: p.name,
)
def test_clean_fixture_has_no_warnings(path):
    r = zhenggai.parse_file(path)
    assert not [(d.code, d.message) for d in flagged(r)]


# ---------------------------------------------------------------- shared ---

CORPUS = golden.SHARED_DIR / "corpus"
CORPUS_DOCS = sorted(p.stem for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []

# What each named inconsistency is reported as.
INCONSISTENCY_CODES = {
    "breakdown": "breakdown-sum-mismatch",
    "completion": "completion-rate-mismatch",
    "完成率": "completion-rate-mismatch",
    "sums to": "breakdown-sum-mismatch",
    "rate": "completion-rate-mismatch",
    "feedback": "feedback-before-inspection-end",
    "inspection": "inspection-end-before-start",
    "published": "published-before-feedback",
    "progress": "progress-exceeds-total",
    "exceed": "progress-exceeds-total",
}
KNOWN = {"007": "breakdown-sum-mismatch", "013": "completion-rate-mismatch", "014": "feedback-before-inspection-end"}


@pytest.mark.skipif(not CORPUS_DOCS, reason="no ../shared/corpus")
@pytest.mark.parametrize("doc", CORPUS_DOCS)
def test_shared_corpus_diagnostics(doc):
    lab = json.loads((CORPUS / f"{doc}.json").read_text(encoding="utf-8"))
    r = zhenggai.parse_file(CORPUS / f"{doc}.txt")
    errors = [(d.code, d.message) for d in r.diagnostics if d.severity == "error"]
    assert not errors
    expected = lab.get("expected_inconsistencies") or []
    codes = {d.code for d in flagged(r)}
    if doc in KNOWN:
        assert expected, f"{doc}: label has no expected_inconsistencies"
        assert KNOWN[doc] in codes, (doc, codes)
    for item in expected:
        words = json.dumps(item, ensure_ascii=False).lower()
        wanted = {c for k, c in INCONSISTENCY_CODES.items() if k in words}
        if wanted:
            assert wanted & codes, (doc, item, codes)
        else:
            assert codes, (doc, item)


# ------------------------------------------------------------------- CLI ---

from test_cli import CHECK_LINE, CLI, run  # noqa: E402


def check_lines(stdout: bytes) -> list[dict[str, str]]:
    out = []
    for line in stdout.decode("utf-8").splitlines():
        m = CHECK_LINE.match(line)
        assert m, f"not compiler-style: {line!r}"
        out.append(m.groupdict())
    return out


def line_col(text: str, start: int) -> tuple[int, int]:
    """1-based line and column (code points) of str index `start`; CR LF, LF, CR end lines."""
    lines = re.split(r"\r\n|\r|\n", text[:start])
    return len(lines), len(lines[-1]) + 1


needs_cli = pytest.mark.skipif(CLI is None, reason="zhenggai command not found")


@needs_cli
@pytest.mark.parametrize("code", sorted(CODES))
def test_check_prints_each_code_where_it_is(code):
    path = DIAG / f"{code}.txt"
    r = run("check", str(path))
    severity, _ = CODES[code]
    assert r.returncode == 0, r.stderr  # warnings and infos only
    got = check_lines(r.stdout)
    report = zhenggai.parse_file(path)
    expected = sorted(
        (str(path), *line_col(report.text, d.span.start), d.severity, d.message, d.code) for d in report.diagnostics
    )
    assert sorted(
        (g["path"], int(g["line"]), int(g["col"]), g["severity"], g["message"], g["code"]) for g in got
    ) == expected
    assert any(g["code"] == code and g["severity"] == severity for g in got)
    strict = run("check", "--strict", str(path))
    assert strict.returncode == (1 if severity == "warning" else 0)
    assert strict.stdout == r.stdout


@needs_cli
def test_check_clean_fixture_strict_passes():
    r = run("check", "--strict", str(DIAG / "clean.txt"))
    assert r.returncode == 0, r.stdout
    assert all(g["severity"] == "info" for g in check_lines(r.stdout))


@needs_cli
def test_check_several_fixtures_exit_codes():
    files = [str(DIAG / f"{c}.txt") for c in ("clean", "breakdown-sum-mismatch", "date-imprecise")]
    assert run("check", *files).returncode == 0
    assert run("check", "--strict", *files).returncode == 1
