"""A plain-Python regular-expression extractor of the facts zhenggai reads.

This is the comparison baseline of ``bench/compare.py``: what a competent
analyst would write with the standard ``re`` module in an afternoon --
precompiled patterns, one normalisation pass (``str.translate``), scoped
statistics, no per-character Python loops. It extracts the same facts as
``zhenggai.parse`` (with character offsets as spans):

* header: authority, inspecting body, inspected unit, inspection start/end,
  feedback date and recipient, round, kind (巡视/巡察);
* progress: problems reported, measures planned, problems completed,
  completion rate;
* sanctions with their breakdowns, rules established, money recovered;
* numbered headings (marker, level by marker kind, title up to the first 。);
* next steps (一是… points of the 下一步 paragraph);
* contacts (phones, e-mails, websites, postal address, postcode), signatory
  and date.

It is deliberately simpler than the parser where the parser's rules are
hard to express as regular expressions (nested quotes in titles, per-document
heading levels, year inference across sentences is done; source-byte spans,
diagnostics and validation are not).

    python bench/regex_baseline.py FILE...   # prints the extracted facts as JSON
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from typing import Any

# Full-width ASCII (U+FF01-U+FF5E) to ASCII, ideographic space to space.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD[0xA0] = 0x20
_FOLD = str.maketrans(_FOLD)  # type: ignore[assignment]

_CN = "零〇一二三四五六七八九十百千两"
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
NUM = r"\d+(?:\.\d+)?"

RE_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
RE_AUTHORITY = re.compile(r"(?:根据|按照)([^,。;]{1,20}?)(?:的)?(?:统一|总体)?(?:部署|安排)")
RE_PERIOD = re.compile(rf"({DATE})\s*(?:至|到|-|—|–|~)\s*({DATE})")
RE_INSPECTION = re.compile(
    r"([^,。;]{2,30}?(?:巡视|巡察)(?:组|办|工作组))(?:于[^,。;]{0,20}?)?对([^,。;]{2,40}?)"
    r"(?:进行了|开展了|进行|开展)[^,。;]{0,12}?(巡视|巡察)"
)
RE_FEEDBACK = re.compile(
    rf"(?:({DATE})\s*,?\s*)?([^,。;]{{0,30}}?)向([^,。;]{{2,30}}?)(?:集中)?反馈(?:了)?[^,。;]{{0,6}}?(?:巡视|巡察)?意见"
)
RE_ROUND = re.compile(rf"([{_CN}]+届[^,。;\n]{{0,12}}?第[{_CN}\d]+轮)")
RE_KIND = re.compile(r"巡视|巡察")

RE_SCOPE = re.compile(r"(?:在(?:巡视|巡察)?整改(?:工作)?(?:中|过程中)|整改期间|整改以来|(?:巡视|巡察)整改以来|整改过程中)")
RE_PROBLEMS = re.compile(rf"(?:针对|对照)?反馈(?:的)?(?:问题)?([\d{_CN}]+)(?:个|项|条)(?:具体)?问题?")
RE_MEASURES = re.compile(rf"(?:制定|细化|提出)(?:了)?(?:整改(?:措施|举措|任务))?([\d{_CN}]+)(?:条|项|个)(?:整改)?(?:措施|举措|任务)?")
RE_COMPLETED = re.compile(r"已(?:全部)?(?:完成整改|整改完成|完成|基本完成)(?:整改)?(\d+)(?:个|项)")
RE_RATE = re.compile(rf"(?:整改)?完成率(?:为|达)?({NUM})%")
RE_RULES = re.compile(r"(?:建立|完善|制定|修订|新建|出台)[^,;。\d]{0,10}?制度(?:机制)?(\d+)(余)?(?:项|个|件|条)")

SANCTION_LABELS = (
    "党纪政务处分|党纪处分|政务处分|组织处理|诫勉谈话|诫勉|谈话提醒|批评教育|教育提醒|提醒谈话|批评帮助|"
    "责令检查|问责|移送司法机关|交由纪委调查|立案审查调查|立案|结案|第一种形态处理|处理|处分"
)
RE_SANCTION = re.compile(
    rf"((?:{SANCTION_LABELS})(?:、(?:{SANCTION_LABELS}))*)\s*(\d+)(余|多)?(人|件|人次)(?:\(([^()]*)\))?"
)
RE_DETAIL = re.compile(r"([^\d,、;()]{1,12}?)(\d+)(人|件)")
SANCTION_KEYS = {
    "党纪处分": "party_discipline",
    "政务处分": "government_sanction",
    "党纪政务处分": "party_and_government",
    "组织处理": "organisational_handling",
    "诫勉": "admonishment",
    "诫勉谈话": "admonishment",
    "立案": "cases_opened",
    "结案": "cases_closed",
    "问责": "accountability",
    "移送司法机关": "judicial_referral",
}

RE_MONEY = re.compile(
    rf"((?:清退|追回|追缴|收缴|收回|挽回|核减|补发|补缴|退还|返还)[^,;。\d]{{0,14}}?)({NUM})(万|亿)?(余|多)?元"
)
MONEY_KEYS = (
    ("挽回", "losses_recovered"),
    ("清退", "refunded"),
    ("退还", "refunded"),
    ("返还", "refunded"),
    ("追回", "recovered"),
    ("追缴", "recovered"),
    ("收缴", "recovered"),
    ("收回", "recovered"),
    ("核减", "reduced"),
    ("补发", "paid_back"),
    ("补缴", "paid_back"),
)

RE_HEADING = re.compile(
    rf"^[ \t]*([{_CN}]+、|\([{_CN}]+\)|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\)|[①-⑳])[ \t]*([^。\n]*)",
    re.MULTILINE,
)
RE_NEXT = re.compile(r"^[ \t]*(?:下一步|下步|今后)[^\n]*", re.MULTILINE)
RE_POINT = re.compile(rf"([{_CN}]+是)([^。;]*)")

RE_PHONE = re.compile(r"(?<![\d-])(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|12388)(?![\d])")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
RE_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./_%?=&#-]+")
RE_POSTCODE = re.compile(r"邮(?:政)?编(?:码)?\s*:?\s*(\d{6})")
RE_ADDRESS = re.compile(r"(?:邮政信箱|通信地址|通讯地址|来信地址|地址)\s*:?\s*([^;。\n]+)")
RE_CONTACT_LINE = re.compile(r"联系|电话|信箱|邮箱|邮编")
RE_SIGNATURE_DATE = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$")


def cn_int(s: str) -> int | None:
    """An integer written in Arabic or Chinese numerals (up to the thousands)."""
    if s.isdigit():
        return int(s)
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch == "十":
            section += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            section += (digit or 1) * 100
            digit = 0
        elif ch == "千":
            section += (digit or 1) * 1000
            digit = 0
        else:
            return None
    return total + section + digit


def to_date(text: str, year: int | None) -> tuple[datetime.date | None, int | None]:
    m = RE_DATE.fullmatch(text)
    if not m:
        return None, year
    y = int(m.group(1)) if m.group(1) else year
    if y is None:
        return None, year
    try:
        return datetime.date(y, int(m.group(2)), int(m.group(3))), y
    except ValueError:
        return None, y


def span(m: re.Match[str], g: int = 0) -> tuple[int, int]:
    return m.span(g)


def extract(text: str) -> dict[str, Any]:
    """The facts of one report, as plain Python data with (start, end) spans."""
    t = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FOLD)
    lines = t.split("\n")
    out: dict[str, Any] = {}

    # ---- header: the first paragraph that names an inspection group
    header: dict[str, Any] = {}
    m_insp = RE_INSPECTION.search(t, 0, 4000)
    if m_insp:
        hb = t.rfind("\n", 0, m_insp.start()) + 1
        he = t.find("\n", m_insp.end())
        he = len(t) if he < 0 else he
        para = t[hb:he]
        header["inspecting_body"] = (m_insp.group(1).strip(), span(m_insp, 1))
        header["inspected_unit"] = (m_insp.group(2).strip(), span(m_insp, 2))
        out["kind"] = m_insp.group(3)
        if m := RE_AUTHORITY.search(para):
            header["authority"] = (m.group(1), (hb + m.start(1), hb + m.end(1)))
        year = None
        if m := RE_PERIOD.search(para):
            start, year = to_date(m.group(1), year)
            end, year = to_date(m.group(2), year)
            header["inspection_start"] = start
            header["inspection_end"] = end
        if m := RE_FEEDBACK.search(para):
            if m.group(1):
                header["feedback_date"], year = to_date(m.group(1), year)
            header["feedback_recipient"] = (m.group(3), (hb + m.start(3), hb + m.end(3)))
        if m := RE_ROUND.search(t, 0, he):
            header["round"] = (m.group(1), span(m, 1))
        body_start = he
    else:
        m = RE_KIND.search(t, 0, 2000)
        out["kind"] = m.group(0) if m else None
        body_start = 0
    out["header"] = header

    # ---- headings
    headings = []
    kinds: list[str] = []
    for m in RE_HEADING.finditer(t, body_start):
        marker = m.group(1)
        kind = (
            "cn" if marker.endswith("、") and not marker[0].isdigit()
            else "cnp" if marker.startswith("(") and not marker[1].isdigit()
            else "ar" if marker[0].isdigit()
            else "arp" if marker.startswith("(")
            else "circ"
        )
        if kind not in kinds:
            kinds.append(kind)
        headings.append({"marker": marker, "level": kinds.index(kind) + 1,
                         "title": m.group(2), "span": span(m)})
    out["sections"] = headings
    first_heading = headings[0]["span"][0] if headings else len(t)

    # ---- statistics scope: the overview before the first heading, and from a
    # rectification-scope phrase to the end of its paragraph
    scope = [(body_start, first_heading)]
    for m in RE_SCOPE.finditer(t, first_heading):
        e = t.find("\n", m.end())
        scope.append((m.start(), len(t) if e < 0 else e))

    sanctions = []
    rules = None
    for b, e in scope:
        for m in RE_SANCTION.finditer(t, b, e):
            label = m.group(1)
            breakdown = [
                {"label": d.group(1), "count": int(d.group(2)), "span": (m.start(5) + d.start(), m.start(5) + d.end())}
                for d in RE_DETAIL.finditer(m.group(5) or "")
            ]
            sanctions.append({
                "category": SANCTION_KEYS.get(label, "other"), "label": label,
                "count": int(m.group(2)), "approximate": bool(m.group(3)), "unit": m.group(4),
                "breakdown": breakdown, "span": span(m),
            })
        if rules is None and (m := RE_RULES.search(t, b, e)):
            rules = {"count": int(m.group(1)), "approximate": bool(m.group(2)), "span": span(m)}
    out["sanctions"] = sanctions
    out["rules_established"] = rules

    # ---- progress (anywhere in the body: the first match of each)
    progress: dict[str, Any] = {}
    if m := RE_PROBLEMS.search(t, body_start):
        progress["problems_reported"] = cn_int(m.group(1))
    if m := RE_MEASURES.search(t, body_start):
        progress["measures_planned"] = cn_int(m.group(1))
    if m := RE_COMPLETED.search(t, body_start):
        progress["problems_completed"] = int(m.group(1))
    if m := RE_RATE.search(t, body_start):
        progress["completion_rate"] = m.group(1)
    out["progress"] = progress

    # ---- money recovered (anywhere)
    money = []
    for m in RE_MONEY.finditer(t, body_start):
        label = m.group(1)
        scale = {"万": 1_000_000, "亿": 10_000_000_000, None: 100}[m.group(3)]
        whole, _, frac = m.group(2).partition(".")
        fen = int(whole) * scale + (int(frac.ljust(10, "0")[:10]) * scale) // 10**10 if frac else int(whole) * scale
        category = next((v for k, v in MONEY_KEYS if label.startswith(k)), "other")
        money.append({"category": category, "label": label, "amount_fen": fen,
                      "approximate": bool(m.group(4)), "text": m.group(0)[len(label):], "span": span(m)})
    out["money"] = money

    # ---- next steps
    steps = []
    if m := RE_NEXT.search(t, body_start):
        para = m.group(0)
        steps = [{"marker": p.group(1), "title": p.group(2), "span": (m.start() + p.start(), m.start() + p.end())}
                 for p in RE_POINT.finditer(para)]
    out["next_steps"] = steps

    # ---- contacts, signatory and date (the last lines)
    tail_start = max(0, len(t) - 1500)
    tail = t[tail_start:]
    contacts: dict[str, Any] = {
        "phones": [(x.group(0), (tail_start + x.start(), tail_start + x.end())) for x in RE_PHONE.finditer(tail)],
        "emails": [(x.group(0), (tail_start + x.start(), tail_start + x.end())) for x in RE_EMAIL.finditer(tail)],
        "websites": [(x.group(0), (tail_start + x.start(), tail_start + x.end())) for x in RE_URL.finditer(tail)],
    }
    if m := RE_POSTCODE.search(tail):
        contacts["postcode"] = m.group(1)
    if m := RE_ADDRESS.search(tail):
        contacts["postal_address"] = m.group(1)
    out["contacts"] = contacts if RE_CONTACT_LINE.search(tail) else None

    nonempty = [ln for ln in lines[-4:] if ln.strip()]
    out["signatory"] = None
    out["published_date"] = None
    if nonempty and (m := RE_SIGNATURE_DATE.match(nonempty[-1])):
        try:
            out["published_date"] = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
        if len(nonempty) > 1 and len(nonempty[-2]) <= 40 and "。" not in nonempty[-2]:
            out["signatory"] = nonempty[-2].strip()
    return out


def main(argv: list[str]) -> int:
    for path in argv:
        with open(path, encoding="utf-8", errors="replace") as f:
            facts = extract(f.read())
        print(json.dumps({"path": path, **facts}, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
