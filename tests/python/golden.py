"""Compare zhenggai output with hand-made golden labels.

The labels in tests/data/NAME.json use the label format of the shared corpus
(../shared/corpus/*.json, see its README): every labelled value is a fact.
The rules follow ../shared/tools/score.py, but strictly: every fact must be
reproduced, and no sanction, breakdown item or money item may appear that
the label does not list.

- strings compare after NFKC folding, whitespace removal and stripping of a
  a trailing full stop, semicolon, comma or colon of either width (so both
  punctuation widths compare equal);
- numbers compare to the fen (|a - b| < 0.005); a labelled null must be null;
- sections compare in order: same count at the top level and in every
  children list (a missing ``children`` means none), same label, same title;
- next steps compare in order: same count, same marker, same title;
- contact lists compare as sets, with no extra entries.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "tests" / "data"
SCHEMA_PATH = REPO / "docs" / "schema" / "report.schema.json"
SHARED_DIR = REPO.parent / "shared"

_CN_NUM = "一二三四五六七八九十"
# Stripped from the end of compared strings, as in score.py (both widths).
_TRAILING = "\u3002.;\uff1b,\uff0c:\uff1a"
# A marker at the start of a next-step label: 一是, (一) in either width, 一、, 1., ①.
_NEXT_STEP_MARKER = re.compile(
    rf"^(?:[{_CN_NUM}]+是|[(\uff08][{_CN_NUM}\d]+[)\uff09]|[{_CN_NUM}]+[、.\uff0e]|\d+[.、\uff0e]|[①-⑳])"
)


def norm(s: Any) -> str | None:
    """Fold a string the way score.py does (None stays None)."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s))
    s = re.sub(r"\s+", "", s)
    return s.rstrip(_TRAILING)


def num_eq(a: Any, b: Any) -> bool:
    """Equal to the fen; None equals only None."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return abs(float(a) - float(b)) < 0.005
    except (TypeError, ValueError):
        return False


def fixture_names() -> list[str]:
    """Names of the golden fixtures: tests/data/NAME.txt with a NAME.json label."""
    return sorted(p.stem for p in DATA_DIR.glob("*.txt") if p.with_suffix(".json").is_file())


def load_label(name: str) -> dict:
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def schema_errors(out: dict) -> list[str]:
    """Every way `out` breaks docs/schema/report.schema.json."""
    errors = sorted(_validator().iter_errors(out), key=lambda e: list(e.absolute_path))
    return [f"schema: /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def span_errors(out: Any, size: int, path: str = "") -> list[str]:
    """Spans must be [begin, end] with 0 <= begin <= end <= size (bytes of the input)."""
    found: list[str] = []
    if isinstance(out, dict):
        for k, v in out.items():
            here = f"{path}/{k}"
            if k == "span" and v is not None:
                ok = (
                    isinstance(v, list)
                    and len(v) == 2
                    and all(isinstance(x, int) for x in v)
                    and 0 <= v[0] <= v[1] <= size
                )
                if not ok:
                    found.append(f"span {here} = {v!r} is not within [0, {size}]")
            else:
                found += span_errors(v, size, here)
    elif isinstance(out, list):
        for i, v in enumerate(out):
            found += span_errors(v, size, f"{path}/{i}")
    return found


def _split_next_step(s: str) -> tuple[str, str]:
    """'一是坚持…' -> ('一是', '坚持…'); the marker is '' when there is none."""
    m = _NEXT_STEP_MARKER.match(s)
    return (m.group(0), s[m.end() :]) if m else ("", s)


def _marker_key(m: Any) -> str:
    return (norm(m) or "").rstrip("、.\uff0e")


class _Diff:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def check(self, ok: bool, what: str, want: Any, got: Any) -> bool:
        if not ok:
            self.problems.append(f"{what}: want {want!r}, got {got!r}")
        return ok

    def extra(self, what: str, got: Any) -> None:
        self.problems.append(f"{what}: {got}")

    def same_str(self, what: str, want: Any, got: Any) -> bool:
        return self.check(norm(want) == norm(got), what, want, got)

    def same_num(self, what: str, want: Any, got: Any) -> bool:
        return self.check(num_eq(want, got), what, want, got)


def _by_label(items: Iterable[dict], label: str) -> dict | None:
    return next((o for o in items if norm(o.get("label")) == norm(label)), None)


def compare(out: dict, lab: dict) -> list[str]:
    """Every way `out` (a to_dict() result) differs from label `lab`; [] if none."""
    d = _Diff()

    if lab.get("is_report") is False:
        d.check(out.get("is_report") is False, "is_report", False, out.get("is_report"))
        d.check(
            not out.get("sanctions"), "negative page has no sanctions", [], out.get("sanctions")
        )
        d.check(not out.get("money"), "negative page has no money", [], out.get("money"))
        d.check(
            out.get("rules_established") is None,
            "negative page has no rules_established",
            None,
            out.get("rules_established"),
        )
        progress = out.get("progress") or {}
        for k in ("problems_reported", "measures_planned", "problems_completed", "completion_rate"):
            v = progress.get(k)
            d.check(v is None, f"negative page has no progress.{k}", None, v)
        return d.problems

    d.check(out.get("is_report") is True, "is_report", True, out.get("is_report"))
    for key in ("title", "kind", "signatory"):
        if key in lab:
            d.same_str(key, lab[key], out.get(key))
    if "published_date" in lab:
        d.check(
            out.get("published_date") == lab["published_date"],
            "published_date",
            lab["published_date"],
            out.get("published_date"),
        )

    header = out.get("header") or {}
    for k, v in (lab.get("header") or {}).items():
        if k.startswith("inspection_") or k.endswith("_date"):
            d.check(header.get(k) == v, f"header.{k}", v, header.get(k))
        else:
            d.same_str(f"header.{k}", v, header.get(k))

    progress = out.get("progress") or {}
    for k, v in (lab.get("progress") or {}).items():
        d.same_num(f"progress.{k}", v, progress.get(k))
    if "rules_established" in lab:
        d.same_num("rules_established", lab["rules_established"], out.get("rules_established"))

    _compare_sanctions(d, lab.get("sanctions") or [], list(out.get("sanctions") or []))
    _compare_money(d, lab.get("money") or [], list(out.get("money") or []))
    if "sections" in lab:
        _compare_sections(d, "sections", lab["sections"], out.get("sections") or [])
    for t in lab.get("sections_seen") or []:
        d.check(
            any(norm(o.get("title")) == norm(t) for o in _walk_sections(out.get("sections") or [])),
            "section seen",
            t,
            None,
        )
    if "next_steps" in lab:
        _compare_next_steps(d, lab["next_steps"], out.get("next_steps") or [])
    if "contacts" in lab:
        _compare_contacts(d, lab["contacts"], out.get("contacts"))

    expected = lab.get("expected_inconsistencies") or []
    if expected:
        flagged = [
            x for x in out.get("diagnostics") or [] if x.get("severity") in ("warning", "error")
        ]
        d.check(
            len(flagged) >= len(expected),
            "warning/error diagnostics for expected inconsistencies",
            expected,
            [f"{x.get('code')}: {x.get('message')}" for x in flagged],
        )
    return d.problems


def _compare_sanctions(d: _Diff, want: list[dict], got: list[dict]) -> None:
    for s in want:
        m = _by_label(got, s["label"])
        if not d.check(m is not None, f"sanction {s['label']}", s.get("count"), "missing"):
            continue
        got.remove(m)
        d.same_num(f"sanction {s['label']} count", s["count"], m.get("count"))
        if "unit" in s:
            d.check(
                m.get("unit") == s["unit"], f"sanction {s['label']} unit", s["unit"], m.get("unit")
            )
        rest = list(m.get("breakdown") or [])
        for b in s.get("breakdown") or []:
            mb = _by_label(rest, b["label"])
            if d.check(
                mb is not None, f"sanction {s['label']} / {b['label']}", b["count"], "missing"
            ):
                rest.remove(mb)
                d.same_num(
                    f"sanction {s['label']} / {b['label']} count", b["count"], mb.get("count")
                )
        for extra in rest:
            d.extra(
                f"sanction {s['label']}: unexpected breakdown item",
                f"{extra.get('label')}={extra.get('count')}",
            )
    for extra in got:
        d.extra(
            "unexpected sanction",
            f"{extra.get('label')}={extra.get('count')}{extra.get('unit') or ''}",
        )


def _compare_money(d: _Diff, want: list[dict], got: list[dict]) -> None:
    for mo in want:
        what = f"money {mo.get('label')} {mo.get('text') or mo['amount_yuan']}"
        m = next((o for o in got if num_eq(o.get("amount_yuan"), mo["amount_yuan"])), None)
        if not d.check(m is not None, what, mo["amount_yuan"], "missing"):
            continue
        got.remove(m)
        if "label" in mo:
            d.same_str(f"{what}: label", mo["label"], m.get("label"))
        if "text" in mo:
            d.same_str(f"{what}: text", mo["text"], m.get("text"))
        d.check(
            bool(m.get("approximate")) == bool(mo.get("approximate", False)),
            f"{what}: approximate",
            bool(mo.get("approximate", False)),
            m.get("approximate"),
        )
        if m.get("amount_fen") is not None:
            d.check(
                m["amount_fen"] == round(mo["amount_yuan"] * 100),
                f"{what}: amount_fen",
                round(mo["amount_yuan"] * 100),
                m["amount_fen"],
            )
    for extra in got:
        d.extra(
            "unexpected money item",
            f"{extra.get('label')} {extra.get('text')} ({extra.get('amount_yuan')} yuan)",
        )


def _compare_sections(d: _Diff, where: str, want: list[dict], got: list[dict]) -> None:
    d.check(
        len(got) == len(want),
        f"{where}: count",
        len(want),
        f"{len(got)} {[o.get('label') for o in got]}",
    )
    for i, s in enumerate(want):
        o = got[i] if i < len(got) else {}
        here = f"{where}[{i}] ({s.get('label')})"
        if "label" in s:
            d.same_str(f"{here} label", s["label"], o.get("label"))
        d.same_str(f"{here} title", s["title"], o.get("title"))
        if where == "sections":  # labels hold the top level and one level below
            _compare_sections(
                d, f"{here}.children", s.get("children") or [], o.get("children") or []
            )


def _walk_sections(sections: list[dict]):
    for s in sections:
        yield s
        yield from _walk_sections(s.get("children") or [])


def _compare_next_steps(d: _Diff, want: list[str], got: list[Any]) -> None:
    d.check(len(got) == len(want), "next_steps: count", len(want), len(got))
    for i, t in enumerate(want):
        o = got[i] if i < len(got) else {}
        w_marker, w_title = _split_next_step(t)
        if isinstance(o, dict):
            g_marker = o.get("marker") or ""
            g_title = o.get("title") or ""
        else:  # tolerate plain strings, as score.py does
            g_marker, g_title = _split_next_step(str(o))
        if w_marker:
            d.check(
                _marker_key(g_marker) == _marker_key(w_marker),
                f"next_steps[{i}] marker",
                w_marker,
                g_marker,
            )
        d.same_str(f"next_steps[{i}] title", w_title, g_title)


def _compare_contacts(d: _Diff, want: dict | None, got: dict | None) -> None:
    if not want:
        empty = not got or not any(
            got.get(k) for k in ("phones", "emails", "websites", "postal_address", "postcode")
        )
        d.check(empty, "contacts", None, got)
        return
    got = got or {}
    for k in ("phones", "emails", "websites"):
        if k in want:
            w = sorted(norm(x) for x in want[k] or [])
            g = sorted(norm(x) for x in got.get(k) or [])
            d.check(w == g, f"contacts.{k}", want[k], got.get(k))
    for k in ("postal_address", "postcode"):
        if k in want:
            d.same_str(f"contacts.{k}", want[k], got.get(k))


def facts(out: dict) -> dict:
    """The width-independent facts of an output, for comparing twin fixtures."""

    def sec(s: dict) -> dict:
        return {
            "label": norm(s.get("label")),
            "title": norm(s.get("title")),
            "children": [sec(c) for c in s.get("children") or []],
        }

    header = {
        k: (v if k.endswith("_date") or k.startswith("inspection_") else norm(v))
        for k, v in (out.get("header") or {}).items()
        if k not in ("span", "spans", "year_inferred")
    }
    contacts = out.get("contacts") or {}
    return {
        "is_report": out.get("is_report"),
        "title": norm(out.get("title")),
        "kind": out.get("kind"),
        "header": header,
        "progress": {k: v for k, v in (out.get("progress") or {}).items() if k not in ("spans",)},
        "sanctions": [
            (
                norm(s.get("label")),
                s.get("count"),
                s.get("unit"),
                [(norm(b.get("label")), b.get("count")) for b in s.get("breakdown") or []],
            )
            for s in out.get("sanctions") or []
        ],
        "money": [
            (norm(m.get("label")), m.get("amount_fen"), norm(m.get("text")), m.get("approximate"))
            for m in out.get("money") or []
        ],
        "rules_established": out.get("rules_established"),
        "sections": [sec(s) for s in out.get("sections") or []],
        "next_steps": [
            (norm(n.get("marker")), norm(n.get("title"))) for n in out.get("next_steps") or []
        ],
        "contacts": {
            k: ([norm(x) for x in v] if isinstance(v, list) else norm(v))
            for k, v in contacts.items()
            if k not in ("span", "items")
        },
        "signatory": norm(out.get("signatory")),
        "published_date": out.get("published_date"),
    }


def format_failure(name: str, problems: list[str]) -> str:
    lines = [f"{name}: {len(problems)} mismatch(es) against tests/data/{name}.json"]
    lines += [f"  - {p}" for p in problems]
    return "\n".join(lines)
