"""The Python bindings: types, spans as str indices, invalid UTF-8, pickling,
errors, threads, the JSON contract, and `python -m zhenggai`.

Everything here is independent of what the parser extracts, except the tests
named `test_extracts_*`, which parse the small fictional report REPORT below.
"""

# Full-width punctuation is the subject matter here.

from __future__ import annotations

import copy
import datetime
import decimal
import json
import os
import pickle
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import zhenggai

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the [test] extra
    given = None

# A fictional report (full-width punctuation, as most published ones are).
REPORT = """中共青溪县委关于十届市委第二轮巡察整改进展情况的通报
根据市委统一部署，2023年3月6日至5月12日，市委第二巡察组对青溪县开展了常规巡察。2023年6月20日，市委第二巡察组向青溪县委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
县委把巡察整改作为重大政治任务。针对反馈的24个问题，制定整改措施96条。截至2023年12月31日，24个问题已完成整改22个，整改完成率91.67%。
在巡察整改工作中，立案8件，给予党纪处分7人（党内警告4人、党内严重警告3人）；建立完善制度21项；清退违规款项12.5万元。
一、关于“落实上级决策部署不够到位”问题的整改情况
（一）健全督办机制。制定重点任务督办办法，对18项重点任务实行月调度。
（二）推进项目建设。对进度滞后的6个项目逐一会商，已有5个项目达到序时进度。
二、关于“基层党组织建设薄弱”问题的整改情况
（一）整顿软弱涣散村党组织。排查确定软弱涣散村党组织9个，已全部完成整顿。
下一步，县委将持续推进整改落实。一是坚持问题导向，抓好剩余问题整改。二是坚持标本兼治，巩固整改成果。
欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0571-55501234；邮政信箱：青溪县城关镇人民路8号；邮编：311899；电子邮箱：qxzg@example.cn。
中共青溪县委
2024年1月15日
"""

# Text exercising the offset map: BOM, CJK, full-width punctuation, emoji
# outside the BMP, combining marks, and ASCII.
MIXED = "\ufeff标题：巡察😀整改（一）ｅ\u0301 ok 𠀋𝒳。\n第二行🇨🇳，结束"


# --------------------------------------------------------------------- helpers


def value_objects(report: zhenggai.Report):
    """Every result object inside a report (not the report itself)."""
    yield report.header
    yield report.progress
    for s in report.sanctions:
        yield s
        yield from s.breakdown
    yield from report.money

    def sections(items):
        for sec in items:
            yield sec
            yield from sections(sec.children)

    yield from sections(report.sections)
    yield from report.next_steps
    if report.contacts is not None:
        yield report.contacts
    yield from report.diagnostics


def all_spans(report: zhenggai.Report):
    """(owner, attribute name, span, value) for every span in a report: each value
    object has ``.span``, and so has every value it holds (Text, Count, ...)."""
    for obj in (report, *value_objects(report)):
        if hasattr(obj, "span"):
            yield obj, "span", obj.span, None
        for name in dir(type(obj)):
            if name.startswith("_") or name in ("text", "source", "derived"):
                continue
            value = getattr(obj, name)
            for v in value if isinstance(value, tuple) else (value,):
                if isinstance(v, (zhenggai.Text, zhenggai.Count, zhenggai.DatedValue, zhenggai.Percentage)):
                    yield obj, name, v.span, v


def check_spans(report: zhenggai.Report) -> None:
    """All spans lie within the text, are ordered, and agree in both units."""
    n = len(report.text)
    for owner, name, span, value in all_spans(report):
        where = f"{type(owner).__name__}.{name}: {span!r}"
        assert isinstance(span, zhenggai.Span), where
        assert 0 <= span.start <= span.end <= n, where
        assert 0 <= span.byte_start <= span.byte_end <= report.source_size, where
        assert span.end - span.start <= span.byte_end - span.byte_start, where
        piece = report.text[span.start : span.end]
        raw = report.source[span.byte_start : span.byte_end]
        assert piece == raw.decode("utf-8", "replace"), where
        if isinstance(value, zhenggai.Text):
            assert piece == value, where


def make(cls, state):
    """Build a result object from a pickle state (as pickle itself does)."""
    obj = cls.__new__(cls)
    obj.__setstate__(state)
    return obj


def sp(start, end, byte_start=None, byte_end=None):
    return (
        start,
        end,
        start if byte_start is None else byte_start,
        end if byte_end is None else byte_end,
    )


# ---------------------------------------------------------------- the module


def test_version():
    assert isinstance(zhenggai.__version__, str)
    assert zhenggai.__version__ == zhenggai._core.__version__
    assert zhenggai.__version__.count(".") >= 2


def test_exception_hierarchy():
    assert issubclass(zhenggai.Error, Exception)
    assert issubclass(zhenggai.FileError, zhenggai.Error)
    assert issubclass(zhenggai.FileError, OSError)
    assert issubclass(zhenggai.InputError, zhenggai.Error)
    assert issubclass(zhenggai.InputError, ValueError)
    assert zhenggai.Error.__module__ == "zhenggai"


def test_public_names():
    for name in zhenggai.__all__:
        assert hasattr(zhenggai, name), name
    for cls in (zhenggai.Report, zhenggai.Section, zhenggai.Span, zhenggai.Diagnostic):
        assert getattr(zhenggai, cls.__name__) is cls


def test_entry_points_are_picklable_python_functions():
    for fn in (zhenggai.parse, zhenggai.parse_bytes, zhenggai.parse_file, zhenggai.to_dict):
        assert pickle.loads(pickle.dumps(fn)) is fn


# ------------------------------------------------------------------- types


def test_report_attribute_types():
    r = zhenggai.parse(REPORT)
    assert isinstance(r, zhenggai.Report)
    assert isinstance(r.is_report, bool)
    for name in ("title", "kind", "overview", "signatory"):
        assert getattr(r, name) is None or isinstance(getattr(r, name), str), name
    assert r.rules_established is None or isinstance(r.rules_established, int)
    assert r.published_date is None or isinstance(r.published_date, datetime.date)
    assert isinstance(r.header, zhenggai.Header)
    assert isinstance(r.progress, zhenggai.Progress)
    assert r.contacts is None or isinstance(r.contacts, zhenggai.Contacts)
    for name, cls in (
        ("sanctions", zhenggai.Sanction),
        ("money", zhenggai.MoneyAmount),
        ("sections", zhenggai.Section),
        ("next_steps", zhenggai.NextStep),
        ("diagnostics", zhenggai.Diagnostic),
        ("chrome", zhenggai.Text),
        ("unclassified", zhenggai.Text),
    ):
        value = getattr(r, name)
        assert isinstance(value, tuple), name
        assert all(isinstance(x, cls) for x in value), name
    assert isinstance(r.source_size, int)
    assert r.source_size == len(REPORT.encode("utf-8"))
    assert r.text == REPORT
    assert r.source == REPORT.encode("utf-8")
    assert isinstance(r.approximate, frozenset)
    assert isinstance(r.year_inferred, frozenset)


def test_header_and_progress_types_when_empty():
    r = zhenggai.parse("")
    h, p = r.header, r.progress
    for name in ("authority", "inspecting_body", "inspected_unit", "feedback_recipient", "round"):
        assert getattr(h, name) is None
    for name in ("inspection_start", "inspection_end", "feedback_date"):
        assert getattr(h, name) is None
    assert h.year_inferred == frozenset()
    assert isinstance(h.span, zhenggai.Span)
    for name in ("problems_reported", "measures_planned", "problems_completed", "completion_rate"):
        assert getattr(p, name) is None
    assert p.approximate == frozenset()
    assert r.text == "" and r.source == b"" and r.source_size == 0
    check_spans(r)


def test_results_are_read_only():
    r = zhenggai.parse(REPORT)
    with pytest.raises(AttributeError):
        r.title = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        r.header.inspected_unit = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        r.foo = 1  # type: ignore[attr-defined]


def test_attributes_are_cached_and_stable():
    r = zhenggai.parse(REPORT)
    assert r.sections is r.sections
    assert r.diagnostics is r.diagnostics
    assert r.text is r.text


def test_reprs_are_short_strings():
    r = zhenggai.parse(REPORT + "\n" * 1000)
    assert repr(r).startswith("Report(")
    assert len(repr(r)) < 200
    for obj in value_objects(r):
        text = repr(obj)
        assert text.startswith(type(obj).__name__ + "("), text
        assert len(text) < 300, text
    assert repr(zhenggai.Span(1, 2, 3, 6)) == "Span(1, 2, 3, 6)"


# ------------------------------------------------------------------- spans


def test_span_value_class():
    s = zhenggai.Span(2, 5, 4, 13)
    assert (s.start, s.end, s.byte_start, s.byte_end) == (2, 5, 4, 13)
    assert s.slice == slice(2, 5) and s.byte_slice == slice(4, 13)
    assert len(s) == 3
    assert s == zhenggai.Span(2, 5, 4, 13)
    assert s != zhenggai.Span(2, 5, 4, 12)
    assert s != (2, 5, 4, 13)
    assert hash(s) == hash(zhenggai.Span(2, 5, 4, 13))
    assert len({s, zhenggai.Span(2, 5, 4, 13)}) == 1
    assert pickle.loads(pickle.dumps(s)) == s


@pytest.mark.parametrize(
    "prefix",
    ["", "abc", "巡察整改", "（一）：", "😀", "\ufeff", "\ufeff标题😀", MIXED, "e\u0301𝒳🇨🇳"],
)
@pytest.mark.parametrize(
    "bad", [b"\xff", b"\xc0", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80"[:1]]
)
def test_invalid_utf8_span_indexes_str_and_bytes(prefix, bad):
    """The input layer reports each invalid sequence; its span maps to one U+FFFD."""
    head = prefix.encode("utf-8")
    data = head + bad + "之后😀".encode()
    r = zhenggai.parse_bytes(data)
    assert r.text == data.decode("utf-8", "replace")
    diags = [d for d in r.diagnostics if d.code == "invalid-utf8"]
    assert len(diags) == 1, r.diagnostics
    d = diags[0]
    assert d.severity == "warning"
    assert isinstance(d.message, str) and d.message
    assert (d.span.byte_start, d.span.byte_end) == (len(head), len(head) + len(bad))
    assert (d.span.start, d.span.end) == (len(prefix), len(prefix) + 1)
    assert r.text[d.span.start : d.span.end] == "\ufffd"
    assert r.source[d.span.byte_start : d.span.byte_end] == bad
    check_spans(r)


def test_each_maximal_invalid_sequence_is_one_replacement():
    data = b"a\xed\xa0\x80b\xe0\x80c\xf4\x90\x80\x80d\xe2\x82\xe2\x82\xace\xff"
    r = zhenggai.parse_bytes(data)
    assert r.text == data.decode("utf-8", "replace")
    bad = [d for d in r.diagnostics if d.code == "invalid-utf8"]
    assert len(bad) == r.text.count("\ufffd")
    for d in bad:
        assert r.text[d.span.slice] == "\ufffd"
    check_spans(r)


def test_bom_is_kept_in_text_and_counted_in_spans():
    r = zhenggai.parse_bytes(b"\xef\xbb\xbf" + "巡察".encode() + b"\xff")
    assert r.text == "\ufeff巡察\ufffd"
    (d,) = [x for x in r.diagnostics if x.code == "invalid-utf8"]
    assert (d.span.start, d.span.end, d.span.byte_start, d.span.byte_end) == (3, 4, 9, 10)
    assert zhenggai.parse("\ufeff巡察").text == "\ufeff巡察"


def test_lone_surrogates_in_str_become_replacement_characters():
    text = "a\ud800b巡\udfff😀"
    r = zhenggai.parse(text)
    assert len(r.text) == len(text)
    assert r.text == "a\ufffdb巡\ufffd😀"
    assert r.source == r.text.encode("utf-8")


def test_parse_and_parse_bytes_agree():
    a = zhenggai.parse(MIXED)
    b = zhenggai.parse_bytes(MIXED.encode("utf-8"))
    assert a == b
    assert a.text == MIXED
    assert a.to_json() == b.to_json()


def test_parse_bytes_accepts_bytes_like_objects():
    data = MIXED.encode("utf-8")
    expected = zhenggai.parse_bytes(data)
    assert zhenggai.parse_bytes(bytearray(data)) == expected
    assert zhenggai.parse_bytes(memoryview(data)) == expected


def test_wrong_argument_types():
    with pytest.raises(TypeError, match="parse_bytes"):
        zhenggai.parse(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhenggai.parse(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parse\\(\\)"):
        zhenggai.parse_bytes("abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zhenggai.parse_file(42)  # type: ignore[arg-type]


# ------------------------------------------------------------------- files


def test_parse_file_agrees_with_parse_bytes(tmp_path):
    data = MIXED.encode("utf-8") + b"\xff" + REPORT.encode("utf-8")
    path = tmp_path / "报告.txt"
    path.write_bytes(data)
    expected = zhenggai.parse_bytes(data)
    assert zhenggai.parse_file(path) == expected  # os.PathLike
    assert zhenggai.parse_file(str(path)) == expected
    assert zhenggai.parse_file(os.fsencode(path)) == expected


def test_parse_file_missing_raises_file_error(tmp_path):
    missing = tmp_path / "no-such-report.txt"
    with pytest.raises(zhenggai.FileError) as info:
        zhenggai.parse_file(missing)
    e = info.value
    assert isinstance(e, OSError) and isinstance(e, zhenggai.Error)
    assert e.errno == 2
    assert e.filename == str(missing)
    assert e.strerror
    with pytest.raises(OSError):
        zhenggai.parse_file(str(missing))


def test_parse_file_directory_raises_file_error(tmp_path):
    with pytest.raises(zhenggai.FileError):
        zhenggai.parse_file(tmp_path)


def test_parse_file_rejects_nul_in_path():
    with pytest.raises(ValueError):
        zhenggai.parse_file("a\0b")


def test_file_error_pickles():
    try:
        zhenggai.parse_file("/no/such/dir/report.txt")
    except zhenggai.FileError as e:
        again = pickle.loads(pickle.dumps(e))
        assert type(again) is zhenggai.FileError and again.errno == e.errno
    else:  # pragma: no cover
        pytest.fail("no FileError")


# ---------------------------------------------------------------- pickling


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_report_pickle_round_trip(protocol):
    for r in (
        zhenggai.parse(REPORT),
        zhenggai.parse_bytes(b"\xef\xbb\xbf\xff" + MIXED.encode()),
    ):
        again = pickle.loads(pickle.dumps(r, protocol=protocol))
        assert again == r and hash(again) == hash(r)
        assert type(again) is zhenggai.Report
        assert again.text == r.text and again.source == r.source
        assert again.diagnostics == r.diagnostics
        assert again.to_json() == r.to_json()


def test_report_copy_and_deepcopy():
    r = zhenggai.parse(REPORT)
    assert copy.copy(r) == r
    assert copy.deepcopy(r) == r
    assert copy.deepcopy([r, r]) == [r, r]


def test_report_equality():
    a, b = zhenggai.parse(REPORT), zhenggai.parse(REPORT)
    assert a == b and not (a != b)
    assert a != zhenggai.parse(REPORT + "。")
    assert a != REPORT
    assert (a == 1) is False


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_result_objects_pickle_round_trip(protocol):
    r = zhenggai.parse_bytes(REPORT.encode() + b"\xff\xfe")
    objects = list(value_objects(r))
    assert any(isinstance(o, zhenggai.Diagnostic) for o in objects)
    for obj in objects:
        again = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(again) is type(obj)
        assert again == obj and hash(again) == hash(obj), repr(obj)
        assert repr(again) == repr(obj)
        assert copy.deepcopy(obj) == obj and copy.copy(obj) == obj


# Nested objects are views into the one C++ report (they pickle as the report
# and their place in it); values are builtin subclasses that carry their span.


def test_section_views(report):
    sec = report.sections[0]
    assert (sec.marker, sec.label, sec.ordinal, sec.level) == ("一、", "一", 1, 1)
    assert isinstance(sec.title, zhenggai.Text) and isinstance(sec.problem, zhenggai.Text)
    assert report.text[sec.problem.span.slice] == sec.problem == "落实上级决策部署不够到位"
    first, kid = sec.children
    assert kid.level == 2 and kid.problem is None and kid != first
    again = pickle.loads(pickle.dumps(kid))
    assert again == kid and again.title.span == kid.title.span and hash(again) == hash(kid)
    assert copy.deepcopy(sec) == sec
    assert "children=2" in repr(sec)


def test_sanction_and_money_views(report):
    s = next(s for s in report.sanctions if s.label == "党纪处分")
    assert (s.category, s.count, s.unit, s.approximate) == ("party_discipline", 7, "人", False)
    assert s.category is zhenggai.SanctionCategory.party_discipline
    assert s.unit is zhenggai.SanctionUnit.people
    assert isinstance(s.count, zhenggai.Count) and s.count.approximate is False
    assert report.text[s.count.span.slice] == "7人"
    assert [(d.category, d.label, d.count) for d in s.breakdown] == [
        ("party_warning", "党内警告", 4),
        ("party_serious_warning", "党内严重警告", 3),
    ]
    (m,) = report.money
    assert m.category is zhenggai.MoneyCategory.refunded
    assert type(m.amount_fen) is int and m.approximate is False
    assert isinstance(m.amount_yuan, decimal.Decimal) and str(m.amount_yuan) == "125000.00"
    assert pickle.loads(pickle.dumps(m)) == m


def test_header_progress_contacts_next_step_views(report):
    h = report.header
    assert isinstance(h.inspection_start, zhenggai.DatedValue)
    assert h.inspection_start.year_inferred is False and h.inspection_end.year_inferred is True
    assert h.year_inferred == frozenset({"inspection_end"})
    assert (h.inspection_end - h.inspection_start).days == 67
    p = report.progress
    assert isinstance(p.completion_rate, zhenggai.Percentage)
    assert str(p.completion_rate) == "91.67"
    assert report.text[p.completion_rate.span.slice] == "91.67%"
    assert p.measures_planned + 0 == 96 and p.approximate == frozenset()
    c = report.contacts
    assert c is not None and report.text[c.phones[0].span.slice] == c.phones[0]
    n = report.next_steps[0]
    assert (n.marker, n.ordinal) == ("一是", 1) and n.title.startswith("坚持问题导向")
    d = report.derived
    assert d.content_hash == d["content_hash"] and len(d.content_hash) == 16
    assert d.money_by_category == {"refunded": 12_500_000}
    assert d["money_yuan_by_category"] == {"refunded": decimal.Decimal("125000.00")}
    assert d.sanctions_by_category["party_discipline"] == 7
    with pytest.raises(KeyError):
        d["no_such_key"]


def test_value_classes():
    span = zhenggai.Span(1, 3, 3, 9)
    t = zhenggai.Text("青溪", span=span)
    assert t == "青溪" and isinstance(t, str) and t.span == span
    assert t.value == "青溪" and type(t.value) is str
    c = zhenggai.Count(40, span=span, approximate=True)
    assert c == 40 and c + 1 == 41 and c.approximate is True and c.span == span
    d = zhenggai.DatedValue(datetime.date(2023, 3, 6), span=span)
    assert d == datetime.date(2023, 3, 6) and d.year_inferred is False
    assert (d - datetime.date(2023, 3, 1)).days == 5
    p = zhenggai.Percentage(decimal.Decimal("91.67"), span=span)
    assert p == decimal.Decimal("91.67") and str(p) == "91.67"
    for v in (t, c, d, p):
        again = pickle.loads(pickle.dumps(v))
        assert type(again) is type(v) and again == v and again.span == v.span
        assert copy.deepcopy(v) == v and copy.copy(v).span == span
        with pytest.raises(AttributeError):
            v.span = span  # type: ignore[misc]


def test_enums_are_the_documented_strings():
    import golden

    schema = json.loads(golden.SCHEMA_PATH.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    for enum, values in (
        (zhenggai.SanctionCategory, defs["sanction"]["properties"]["category"]["enum"]),
        (zhenggai.SanctionUnit, defs["sanction"]["properties"]["unit"]["enum"]),
        (zhenggai.MoneyCategory, defs["money"]["properties"]["category"]["enum"]),
        (zhenggai.Severity, defs["diagnostic"]["properties"]["severity"]["enum"]),
        (zhenggai.Encoding, schema["properties"]["encoding"]["enum"]),
        (zhenggai.InspectionKind, [v for v in schema["properties"]["kind"]["enum"] if v]),
    ):
        assert [m.value for m in enum] == values, enum
        assert all(isinstance(m, str) and m == m.value for m in enum)
        assert pickle.loads(pickle.dumps(enum(values[0]))) is enum(values[0])
    assert zhenggai.InspectionKind.xuncha == "巡察" and zhenggai.SanctionUnit.cases == "件"
    assert zhenggai.Encoding.utf_8_bom == "utf-8-bom"
    assert zhenggai.DiagnosticCode("invalid-utf8") is zhenggai.DiagnosticCode.invalid_utf8
    r = zhenggai.parse_bytes(b"\xff")
    assert all(type(d.code) is zhenggai.DiagnosticCode for d in r.diagnostics)
    assert type(r.encoding) is zhenggai.Encoding and type(r.diagnostics[0].severity) is zhenggai.Severity
    assert zhenggai.load_bytes("巡察".encode("gb18030"))[1] is zhenggai.Encoding.gb18030


def test_bad_pickle_state_is_rejected():
    with pytest.raises((ValueError, TypeError, RuntimeError)):
        make(zhenggai.Span, (1, 2))
    with pytest.raises((ValueError, TypeError, RuntimeError)):
        make(zhenggai.Report, (99, b""))


# ------------------------------------------------------------------ threads


def test_parse_in_threads():
    texts = [REPORT * (i % 4 + 1) + MIXED for i in range(32)]
    expected = [zhenggai.parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(zhenggai.parse, texts))
        got_bytes = list(pool.map(zhenggai.parse_bytes, [t.encode() for t in texts]))
    assert got == expected and got_bytes == expected


def test_gil_is_released_while_parsing():
    """Another Python thread runs while a large text is parsed.

    It leaves timestamps in the middle of the parse call, which it could not do
    if the call held the GIL throughout (then it only gets a few milliseconds
    at the call's edges, at the interpreter's switch points)."""
    big = (REPORT + MIXED) * 2000
    stamps: list[float] = []
    stop = threading.Event()

    def spin():
        last = 0.0
        while not stop.is_set():
            now = time.perf_counter()
            if now - last >= 0.0005:
                stamps.append(now)
                last = now

    t = threading.Thread(target=spin)
    t.start()
    released = False
    try:
        for _ in range(8):
            t0 = time.perf_counter()
            zhenggai.parse(big)
            t1 = time.perf_counter()
            d = t1 - t0
            if d < 0.2:
                big += big
                continue
            if any(t0 + 0.3 * d < x < t0 + 0.6 * d for x in stamps):
                released = True
                break
    finally:
        stop.set()
        t.join()
    assert released


# --------------------------------------------------------------------- JSON

CONTRACT = {
    "top": {
        "schema",
        "is_report",
        "title",
        "kind",
        "header",
        "progress",
        "sanctions",
        "money",
        "rules_established",
        "overview",
        "sections",
        "next_steps",
        "contacts",
        "signatory",
        "published_date",
        "chrome",
        "diagnostics",
    },
    "header": {
        "authority",
        "inspecting_body",
        "inspected_unit",
        "inspection_start",
        "inspection_end",
        "feedback_date",
        "feedback_recipient",
        "round",
        "span",
    },
    "progress": {"problems_reported", "measures_planned", "problems_completed", "completion_rate"},
    "diagnostics": {"severity", "code", "message", "span"},
}


def test_to_dict_keys_match_contract():
    r = zhenggai.parse_bytes(REPORT.encode() + b"\xff")
    d = r.to_dict()
    assert d == json.loads(r.to_json()) == zhenggai.to_dict(r)
    assert CONTRACT["top"] <= d.keys()
    assert d["schema"] == "zhenggai.report/1"
    assert CONTRACT["header"] <= d["header"].keys()
    assert CONTRACT["progress"] <= d["progress"].keys()
    assert d["diagnostics"] and all(CONTRACT["diagnostics"] <= x.keys() for x in d["diagnostics"])


def test_json_spans_are_byte_offsets():
    data = MIXED.encode() + b"\xff" + "尾".encode()
    r = zhenggai.parse_bytes(data)
    (diag,) = [x for x in r.to_dict()["diagnostics"] if x["code"] == "invalid-utf8"]
    (d,) = [x for x in r.diagnostics if x.code == "invalid-utf8"]
    assert list(diag["span"]) == [d.span.byte_start, d.span.byte_end]
    assert d.span.start == len(MIXED) != d.span.byte_start


def test_to_json_indent():
    r = zhenggai.parse(REPORT)
    one_line = r.to_json()
    assert "\n" not in one_line.strip()
    assert r.to_json(None) == one_line
    pretty = r.to_json(indent=2)
    assert "\n" in pretty and json.loads(pretty) == json.loads(one_line)
    with pytest.raises(ValueError):
        r.to_json(indent=-1)


# -------------------------------------------------------------- python -m


def test_python_m_zhenggai_parse(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "zhenggai", "parse", str(path)], capture_output=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["schema"] == "zhenggai.report/1"


def test_python_m_zhenggai_missing_file(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "zhenggai", "parse", str(tmp_path / "missing.txt")],
        capture_output=True,
        timeout=120,
    )
    assert out.returncode != 0
    assert b"zhenggai" in out.stderr


def test_main_runs_the_commands_in_process(tmp_path, capfd):
    import zhenggai.__main__ as main

    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    print("before", flush=False)  # what Python buffered is written first
    assert main.main(["parse", str(path), "--indent", "1"]) == 0
    out = capfd.readouterr().out
    assert out.startswith("before\n")
    assert json.loads(out[len("before\n"):])["schema"] == "zhenggai.report/1"
    assert main.main(["check", "--frobnicate", str(path)]) == 2
    assert "unknown option '--frobnicate'" in capfd.readouterr().err


# --------------------------------------------------------------- hypothesis

if given is not None:
    MIXED_BYTES = st.lists(
        st.one_of(
            st.text(max_size=6).map(lambda s: s.encode("utf-8", "surrogatepass")),
            st.binary(max_size=4),
            st.sampled_from(
                [b"\xef\xbb\xbf", b"\r\n", "（一）".encode(), "😀".encode(), b"\xe2\x82", b"\xff"]
            ),
        ),
        max_size=20,
    ).map(b"".join)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text())
    def test_any_text_parses_with_spans_in_bounds(text):
        r = zhenggai.parse(text)
        assert len(r.text) == len(text)
        assert r.source_size == len(r.source)
        check_spans(r)
        assert json.loads(r.to_json())["schema"] == "zhenggai.report/1"

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(st.binary(), MIXED_BYTES))
    def test_any_bytes_parse_with_spans_in_bounds(data):
        r = zhenggai.parse_bytes(data)
        # Arbitrary bytes may read as another encoding (UTF-16 without a BOM,
        # GB18030…): the text is whatever load_bytes decodes, spans index it.
        text, encoding = zhenggai.load_bytes(data)
        assert r.text == text and r.encoding == encoding
        if encoding.startswith("utf-8"):
            assert r.text == data.decode("utf-8", "replace")
            assert r.source == data
        assert r.source == r.text.encode("utf-8", "surrogatepass") or "\ufffd" in r.text
        assert r.source_size == len(r.source)
        check_spans(r)
        for d in r.diagnostics:
            if d.code == "invalid-utf8":
                assert r.text[d.span.slice] == "\ufffd"
                assert d.span.start == len(data[: d.span.byte_start].decode("utf-8", "replace"))
        assert pickle.loads(pickle.dumps(r)) == r

else:  # pragma: no cover

    def test_hypothesis_is_installed():
        pytest.skip("hypothesis is not installed")


# ------------------------------------------------ extraction (needs the parser)


@pytest.fixture(scope="module")
def report() -> zhenggai.Report:
    return zhenggai.parse(REPORT)


def test_extracts_header(report):
    h = report.header
    assert report.is_report is True
    assert report.kind == "巡察"
    assert h.authority == "市委"
    assert h.inspecting_body == "市委第二巡察组"
    assert h.inspected_unit == "青溪县"
    assert h.inspection_start == datetime.date(2023, 3, 6)
    assert h.inspection_end == datetime.date(2023, 5, 12)
    assert h.feedback_date == datetime.date(2023, 6, 20)
    assert h.feedback_recipient == "青溪县委"
    s = h.inspected_unit.span
    assert report.text[s.start : s.end] == "青溪县"
    assert report.source[s.byte_start : s.byte_end] == "青溪县".encode()


def test_extracts_progress_and_sanctions(report):
    p = report.progress
    assert (p.problems_reported, p.measures_planned, p.problems_completed) == (24, 96, 22)
    assert p.completion_rate == decimal.Decimal("91.67")
    assert report.rules_established == 21
    by_label = {s.label: s for s in report.sanctions}
    assert by_label["党纪处分"].count == 7 and by_label["党纪处分"].unit == "人"
    assert [d.count for d in by_label["党纪处分"].breakdown] == [4, 3]
    assert by_label["立案"].count == 8 and by_label["立案"].unit == "件"


def test_extracts_money(report):
    (m,) = report.money
    assert m.amount_fen == 12_500_000
    assert m.amount_yuan == decimal.Decimal("125000.00")
    assert m.text == "12.5万元"
    assert report.text[m.text.span.slice] == "12.5万元"
    assert report.text[m.label.span.slice] == m.label == "清退违规款项"


def test_extracts_sections_and_next_steps(report):
    assert [s.marker for s in report.sections] == ["一、", "二、"]
    first = report.sections[0]
    assert first.problem == "落实上级决策部署不够到位"
    assert [c.marker for c in first.children] == ["（一）", "（二）"]
    assert all(c.level == 2 for c in first.children)
    assert [n.marker for n in report.next_steps] == ["一是", "二是"]


def test_extracts_contacts_and_signature(report):
    c = report.contacts
    assert c is not None
    assert c.phones == ("0571-55501234",)
    assert c.emails == ("qxzg@example.cn",)
    assert c.postcode == "311899"
    assert report.signatory == "中共青溪县委"
    assert report.published_date == datetime.date(2024, 1, 15)


def test_extracts_spans_slice_values_and_pickle(report):
    check_spans(report)
    objects = list(value_objects(report))
    assert any(isinstance(o, zhenggai.Section) for o in objects)
    for obj in objects:
        assert pickle.loads(pickle.dumps(obj)) == obj
