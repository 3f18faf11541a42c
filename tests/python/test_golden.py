"""Golden fixtures: parse tests/data/NAME.txt and compare with NAME.json.

Each label lists the facts a correct parser extracts (label format of the
shared corpus); see golden.py for the comparison rules.
"""

from __future__ import annotations

import json
import pickle
import re

import pytest

import golden
import zhenggai

NAMES = golden.fixture_names()


class _Outputs(dict):
    """to_dict() of each fixture, parsed on first use (a crash fails only that fixture)."""

    def __missing__(self, name: str) -> dict:
        self[name] = zhenggai.parse_file(str(golden.DATA_DIR / f"{name}.txt")).to_dict()
        return self[name]


@pytest.fixture(scope="module")
def outputs() -> dict:
    return _Outputs()


def test_there_are_enough_fixtures():
    assert len(NAMES) >= 10, NAMES
    assert any(golden.load_label(n).get("is_report") is False for n in NAMES), "no negative fixture"


@pytest.mark.parametrize("name", NAMES)
def test_output_matches_schema(name, outputs):
    out = outputs[name]
    size = (golden.DATA_DIR / f"{name}.txt").stat().st_size
    problems = golden.schema_errors(out) + golden.span_errors(out, size)
    assert not problems, golden.format_failure(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_golden(name, outputs):
    problems = golden.compare(outputs[name], golden.load_label(name))
    assert not problems, golden.format_failure(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_to_json_agrees_with_to_dict(name, outputs):
    report = zhenggai.parse_file(str(golden.DATA_DIR / f"{name}.txt"))
    assert json.loads(report.to_json()) == outputs[name]


@pytest.mark.parametrize("name", NAMES)
def test_parse_text_agrees_with_parse_file(name, outputs):
    text = (golden.DATA_DIR / f"{name}.txt").read_bytes().decode("utf-8")
    assert zhenggai.parse(text).to_dict() == outputs[name]


TWINS = sorted(
    n[: -len("-halfwidth")]
    for n in NAMES
    if n.endswith("-halfwidth") and f"{n[: -len('-halfwidth')]}-fullwidth" in NAMES
)


def test_there_is_a_punctuation_width_twin():
    assert TWINS, "expected at least one NAME-halfwidth / NAME-fullwidth pair"


@pytest.mark.parametrize("stem", TWINS)
def test_punctuation_width_does_not_change_facts(stem, outputs):
    half = golden.facts(outputs[f"{stem}-halfwidth"])
    full = golden.facts(outputs[f"{stem}-fullwidth"])
    diffs = [k for k in half if half[k] != full[k]]
    assert not diffs, "\n".join(f"{k}:\n  half {half[k]!r}\n  full {full[k]!r}" for k in diffs)


def test_labels_are_well_formed():
    """The labels themselves follow the corpus conventions (guards against typos)."""
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for name in NAMES:
        lab = golden.load_label(name)
        assert isinstance(lab.get("notes"), str) and lab["notes"], name
        if lab.get("is_report") is False:
            continue
        for k, v in (lab.get("header") or {}).items():
            if k.startswith("inspection_") or k.endswith("_date"):
                assert v is None or date.match(v), (name, k, v)
        for s in lab.get("sanctions") or []:
            assert s.get("unit") in ("人", "件"), (name, s)
        for s in lab.get("sections") or []:
            for sec in [s, *(s.get("children") or [])]:
                assert not re.search("[、.\uff0e]$", sec["label"]), (name, sec)
                assert "。" not in re.sub(
                    "\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019", "", sec["title"]
                ), (name, sec)


@pytest.mark.parametrize("name", golden.fixture_names())
def test_from_json_reads_the_json_form_back(name: str) -> None:
    """zhenggai.from_json(report.to_json(), report.source) == report, with the same spans."""
    report = zhenggai.parse_file(golden.DATA_DIR / f"{name}.txt")
    back = zhenggai.from_json(report.to_json(), report.source)
    assert back == report and back.to_json() == report.to_json()
    assert back.text == report.text
    assert [s.title.span for s in back.sections] == [s.title.span for s in report.sections]
    assert pickle.loads(pickle.dumps(back)) == back
    bare = zhenggai.from_json(report.to_json())
    assert bare.to_json() == report.to_json() and bare.text == ""
    assert bare.header == report.header and bare.sanctions == report.sanctions


def test_from_json_errors() -> None:
    with pytest.raises(zhenggai.InputError, match="at byte"):
        zhenggai.from_json("{")
    report = zhenggai.parse("巡察")
    doc = report.to_dict()
    doc["sections"] = 3
    with pytest.raises(zhenggai.InputError, match="at /sections"):
        zhenggai.from_json(json.dumps(doc))
    with pytest.raises(zhenggai.InputError, match="at the root"):
        zhenggai.from_json("{}")
    with pytest.raises(ValueError, match="source"):
        zhenggai.from_json(report.to_json(), "巡察整改")
