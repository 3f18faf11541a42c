"""The corpus generator (bench/corpus_gen.py) against the parser.

The generator writes reports in the shapes of ../shared/FORMAT.md (levels,
periods, statistics, sections, next steps, contacts, widths, CRLF, hard
wrapping, GB18030, HTML pages) with the facts it put in them, plus what a
crawl brings (non-reports, republished copies, truncated, empty and binary
files). Every report and copy must parse to exactly its facts; nothing else
may yield statistics or raise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import golden
import zhenggai
from corpus_support import load_corpus_gen


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, load_corpus_gen().generate(out, 600, seed=11, html_share=0.3, mixed=True)


def test_every_kind_is_there(corpus):
    _, truth = corpus
    kinds = {t["kind"] for t in truth}
    assert kinds == {"report", "duplicate", "not_report", "truncated", "empty", "binary"}
    assert any(t["file"].endswith(".html") for t in truth if t["kind"] == "report")
    assert (corpus[0] / "truth.jsonl").read_text(encoding="utf-8").count("\n") == len(truth)


def test_reports_parse_to_their_facts(corpus):
    out, truth = corpus
    results = zhenggai.parse_many([out / t["file"] for t in truth], workers=2)
    failures = []
    for t, r in zip(truth, results):
        assert isinstance(r, zhenggai.Report), (t["file"], r)
        if t["kind"] in ("report", "duplicate"):
            problems = golden.compare(r.to_dict(), t["label"])
            if problems:
                failures.append(golden.format_failure(t["file"], problems))
        elif t["kind"] in ("not_report", "empty", "binary"):
            assert not (r.is_report and (r.sanctions or r.money)), t["file"]
    assert not failures, "\n".join(failures[:5])


def test_copies_share_the_content_hash(corpus):
    out, truth = corpus
    by_group: dict[int, set[str]] = {}
    for t in truth:
        if t["kind"] in ("report", "duplicate"):
            r = zhenggai.parse_file(out / t["file"])
            by_group.setdefault(t["group"], set()).add(r.derived.content_hash)
    copied = [g for g in by_group if sum(1 for t in truth if t["group"] == g) > 1]
    assert copied
    different = [g for g in copied if len(by_group[g]) != 1]
    # A copy under other page chrome is the same report from the header to the date.
    assert not different, different[:5]


def test_same_seed_same_corpus(tmp_path):
    gen = load_corpus_gen()
    a, b = tmp_path / "a", tmp_path / "b"
    gen.generate(a, 50, seed=3, html_share=0.5, mixed=True)
    gen.generate(b, 50, seed=3, html_share=0.5, mixed=True)
    names = sorted(f.name for f in a.iterdir())
    assert names == sorted(f.name for f in b.iterdir())
    for name in names:  # truth.jsonl included
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    first = json.loads((a / "truth.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["file"].startswith("00000.")
