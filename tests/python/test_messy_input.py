"""Messy inputs parse to the same facts as their clean twin.

tests/data/messy/ (written by scripts/make-messy-fixtures) holds one clean
report, qinglan.txt, and variants of it: other encodings (GB18030, UTF-16LE
with BOM, Big5), traditional characters, pinyin insertions, three kinds of
web chrome, CRLF with full-width punctuation, and three HTML pages (a portal
page, a GBK e-paper page, an article page with <br> lines and entities). For
each variant:

- zhenggai.parse_file() detects and decodes the encoding (Report.encoding);
- the facts equal the twin's label (qinglan.json, or qinglan.traditional.json
  with the strings as written in traditional characters), by golden.compare;
- every span slices the decoded text exactly: the value of each element is
  ``text[span]`` (with the pinyin readings removed in the pinyin variant), and
  the JSON byte spans slice the decoded UTF-8 (``Report.source``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import golden
import zhenggai

MESSY = golden.DATA_DIR / "messy"
STEM = "qinglan"

# variant -> (expected encoding, label)
VARIANTS = {
    "gb18030": ("gb18030", "qinglan.json"),
    "utf16le-bom": ("utf-16le", "qinglan.json"),
    "big5": ("big5", "qinglan.traditional.json"),
    "traditional-utf8": ("utf-8", "qinglan.traditional.json"),
    "pinyin": ("utf-8", "qinglan.json"),
    "chrome-breadcrumb": ("utf-8", "qinglan.json"),
    "chrome-metadata": ("utf-8", "qinglan.json"),
    "chrome-newspaper": ("utf-8", "qinglan.json"),
    "crlf-fullwidth": ("utf-8", "qinglan.json"),
    "html-portal": ("utf-8", "qinglan.json"),
    "html-epaper": ("gb18030", "qinglan.json"),
    "html-article": ("utf-8", "qinglan.json"),
}

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def path(variant: str | None) -> Path:
    suffix = ".html" if variant and variant.startswith("html-") else ".txt"
    return MESSY / (f"{STEM}.{variant}{suffix}" if variant else f"{STEM}.txt")


def label(name: str) -> dict:
    return json.loads((MESSY / name).read_text(encoding="utf-8"))


def strip_pinyin(s: str) -> str:
    return PINYIN.sub("", s)


def valued_texts(r: zhenggai.Report):
    """(what, value, span) of every element whose value is its source text as written."""
    yield from (("chrome", v, v.span) for v in r.chrome)
    yield from (("unclassified", t, t.span) for t in r.unclassified)
    if r.next_steps_block is not None:
        yield "next_steps_block", r.next_steps_block, r.next_steps_block.span
    for name in ("title", "overview", "signatory"):
        if getattr(r, name) is not None:
            yield name, getattr(r, name), getattr(r, name).span
    h = r.header
    for name in ("authority", "inspecting_body", "inspected_unit", "feedback_recipient", "round"):
        if getattr(h, name) is not None:
            yield f"header.{name}", getattr(h, name), getattr(h, name).span

    def sections(ss, where):
        for s in ss:
            here = f"{where}[{s.label}]"
            yield f"{here}.title", s.title, s.title.span
            if s.problem is not None:
                yield f"{here}.problem", s.problem, s.problem.span
            if s.text:
                yield f"{here}.text", s.text, s.text.span
            yield from sections(s.children, here)

    yield from sections(r.sections, "sections")
    for n in r.next_steps:
        yield f"next_steps[{n.marker}].title", n.title, n.title.span
        yield f"next_steps[{n.marker}].text", n.text, n.text.span
    for s in r.sanctions:
        yield f"sanction {s.label}", s.label, s.label.span
        for b in s.breakdown:
            yield f"sanction {s.label}/{b.label}", b.label, b.label.span
    for m in r.money:
        yield f"money {m.label}", m.label, m.label.span
        yield f"money {m.text}", m.text, m.text.span
    if r.contacts is not None:
        c = r.contacts
        for kind in ("phones", "emails", "websites"):
            yield from ((f"contacts.{kind}", v, v.span) for v in getattr(c, kind))
        for name in ("postal_address", "postcode"):
            if getattr(c, name) is not None:
                yield f"contacts.{name}", getattr(c, name), getattr(c, name).span


def json_texts(node, where=""):
    """(where, text, [begin, end]) of every JSON text object ({"text", "span"} only)."""
    if isinstance(node, dict):
        if set(node) == {"text", "span"} and isinstance(node["text"], str):
            yield where, node["text"], node["span"]
        for k, v in node.items():
            yield from json_texts(v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from json_texts(v, f"{where}/{i}")


def slice_problems(r: zhenggai.Report, pinyin: bool) -> list[str]:
    fold = strip_pinyin if pinyin else (lambda s: s)
    problems = []
    for what, value, span in valued_texts(r):
        got = r.text[span.start : span.end]
        if fold(got) != value:
            problems.append(f"{what}: value {value!r} but text[span] is {got!r}")
        raw = r.source[span.byte_start : span.byte_end].decode("utf-8")
        if raw != got:
            problems.append(f"{what}: byte span {raw!r} differs from str span {got!r}")
    # JSON byte spans slice the decoded UTF-8 bytes.
    for where, value, (b, e) in json_texts(r.to_dict()):
        got = r.source[b:e].decode("utf-8")
        if fold(got) != value:
            problems.append(f"JSON {where}: value {value!r} but source[span] is {got!r}")
    return problems


@pytest.fixture(scope="module")
def twin() -> zhenggai.Report:
    return zhenggai.parse_file(path(None))


def test_every_variant_is_there():
    for v in VARIANTS:
        assert path(v).is_file(), f"missing {path(v)}: run scripts/make-messy-fixtures"


def test_fixtures_are_up_to_date():
    import subprocess
    import sys

    script = golden.REPO / "scripts" / "make-messy-fixtures"
    r = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_clean_twin(twin):
    assert twin.encoding == "utf-8"
    problems = golden.compare(twin.to_dict(), label("qinglan.json"))
    assert not problems, golden.format_failure("messy/qinglan", problems)
    assert not slice_problems(twin, pinyin=False)
    assert not [d for d in twin.diagnostics if d.severity != "info"], twin.diagnostics


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_has_the_twins_facts(variant):
    encoding, label_name = VARIANTS[variant]
    r = zhenggai.parse_file(path(variant))
    assert r.encoding == encoding
    problems = golden.compare(r.to_dict(), label(label_name))
    assert not problems, golden.format_failure(f"messy/{STEM}.{variant}", problems)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_spans_slice_the_decoded_text(variant):
    r = zhenggai.parse_file(path(variant))
    problems = slice_problems(r, pinyin=variant == "pinyin")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_has_no_warnings(variant):
    r = zhenggai.parse_file(path(variant))
    bad = [(d.code, d.message, r.text[d.span.slice]) for d in r.diagnostics if d.severity != "info"]
    assert not bad


@pytest.mark.parametrize(
    "variant", ["gb18030", "utf16le-bom", "crlf-fullwidth", "pinyin", "traditional-utf8", "big5"]
)
def test_republished_copies_hash_like_the_twin(variant, twin):
    """Encoding, line ends, punctuation width, pinyin damage and the script
    (traditional characters are folded for matching) do not change the hash."""
    r = zhenggai.parse_file(path(variant))
    assert r.derived["content_hash"] == twin.derived["content_hash"]


def test_a_different_report_hashes_differently(twin):
    other = zhenggai.parse_file(golden.DATA_DIR / "sample-report.txt")
    assert other.derived["content_hash"] != twin.derived["content_hash"]


def test_encodings_decode_to_the_twins_text(twin):
    trad = path("traditional-utf8").read_bytes().decode("utf-8")
    assert zhenggai.parse_file(path("gb18030")).text == twin.text
    assert zhenggai.parse_file(path("utf16le-bom")).text == twin.text
    assert zhenggai.parse_file(path("big5")).text == trad
    assert zhenggai.load_file(path("gb18030")) == (twin.text, "gb18030")
    assert zhenggai.load_file(str(path("utf16le-bom"))) == (twin.text, "utf-16le")
    assert zhenggai.load_bytes(path("big5").read_bytes()) == (trad, "big5")
    assert zhenggai.load_bytes(twin.text.encode()) == (twin.text, "utf-8")


def test_parse_bytes_and_parse_many_decode_too(twin):
    data = path("gb18030").read_bytes()
    r = zhenggai.parse_bytes(data)
    assert r.encoding == "gb18030" and r.text == twin.text
    assert r.to_dict()["encoding"] == "gb18030"
    many = zhenggai.parse_many([data, path("gb18030"), twin.text], workers=2)
    assert [m.encoding for m in many] == ["gb18030", "gb18030", "utf-8"]
    assert many[0] == r and many[1] == r


def test_decoded_reports_pickle_with_their_encoding():
    import pickle

    for variant in ("gb18030", "big5", "utf16le-bom"):
        r = zhenggai.parse_file(path(variant))
        again = pickle.loads(pickle.dumps(r))
        assert again == r
        assert again.encoding == r.encoding
        assert again.text == r.text
        assert again.to_json() == r.to_json()


def test_chrome_is_reported_and_not_the_report(twin):
    for variant in ("chrome-breadcrumb", "chrome-metadata", "chrome-newspaper"):
        r = zhenggai.parse_file(path(variant))
        assert r.chrome, variant
        chrome = "".join(r.chrome)
        # The page furniture is chrome; the published date is the one under the signature.
        assert "分享到" in chrome or "信息索引号" in chrome, (variant, r.chrome)
        assert r.published_date == twin.published_date


@pytest.mark.parametrize("variant", ["chrome-breadcrumb", "chrome-metadata", "chrome-newspaper"])
def test_chrome_does_not_change_the_content_hash(variant, twin):
    """Derived.content_hash excludes chrome: a republished copy hashes the same."""
    r = zhenggai.parse_file(path(variant))
    assert r.derived["content_hash"] == twin.derived["content_hash"]
