#!/usr/bin/env python3
"""Generate a corpus of rectification progress reports with known facts.

    bench/corpus_gen.py OUT_DIR [-n 2000] [--seed 1] [--html 0.3] [--mixed]

Every report is made of the parts ../shared/FORMAT.md describes (title,
header, overview with statistics, numbered sections, next steps, contacts,
signature and date), in the shapes it lists: central 巡视 of a state organ,
provincial 巡视 of a city, city and county 巡察 of departments and townships;
periods within a year or across one, feedback dates with or without a year;
sanctions with breakdowns that add up, case counts, money in 万元 and 元,
rules, progress with or without a completion rate; full- or half-width
punctuation, CRLF, text hard-wrapped as PDF copies are; plain text in UTF-8
or GB18030, or an HTML page (portal or article shape, UTF-8 or GBK). All
issuers, places and people are fictional (names made from syllables).

With --mixed the corpus also holds what crawls bring: pages that are not
reports (进驻 announcements), republished copies of a report under another
page chrome (same facts, another file), truncated files, empty files and
binary junk.

OUT_DIR receives NNNNN.txt / NNNNN.html and truth.jsonl: one line per file
with "file", "kind" (report, not_report, duplicate, truncated, empty,
binary), "group" (files with the same report share it) and, for reports and
duplicates, "label": the facts in the label format of
../shared/corpus/README.md. The same seed always gives the same corpus.
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import random
import sys
from pathlib import Path

SYLLABLES = "青澜云岫梧桥松溪栖霞临川白沙望江柳塘石湖桂林苍梧清源河阳东篱北辰南屏西陵鹤鸣兰亭".replace("", " ").split()
NUMERALS = "一二三四五六七八九十"
PROBLEMS = [
    "落实全面从严治党主体责任不够有力", "贯彻新发展理念有差距", "干部队伍建设不够扎实", "作风建设持之以恒不够",
    "选人用人工作不够规范", "基层党组织建设存在薄弱环节", "意识形态工作责任制落实不到位", "财经纪律执行不严格",
    "重点领域廉洁风险防控不够有效", "巡察整改和成果运用不够充分", "服务群众意识不强", "民生实事推进不力",
]
MEASURES = [
    "提高站位抓部署", "压实责任抓落实", "强化监督抓问效", "健全制度抓长效", "聚焦重点抓整治", "建强队伍抓保障",
    "完善机制抓规范", "深化改革抓发展",
]
STEPS = [
    "持续压实整改责任", "巩固深化整改成果", "健全完善长效机制", "强化整改监督检查", "推动整改与发展相结合",
]
PARTY_BREAKDOWN = ["党内警告", "党内严重警告", "撤销党内职务", "留党察看", "开除党籍"]
GOV_BREAKDOWN = ["警告", "记过", "记大过", "降级", "撤职"]
ORG_BREAKDOWN = ["调离岗位", "免职", "降职"]
FULLWIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def place(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def cn(n: int) -> str:
    """1..99 in Chinese numerals (十一, 二十三)."""
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")


def wrapped(line: str, columns: int) -> list[str]:
    """`line` broken every `columns` display columns (a Chinese character is two), as a PDF copy has it."""
    out, start, width = [], 0, 0
    for i, ch in enumerate(line):
        w = 1 if ch.isascii() else 2
        if width + w > columns:
            out.append(line[start:i])
            start, width = i, 0
        width += w
    return [*out, line[start:]]


def breakdown(rng: random.Random, names: list[str], total: int) -> list[tuple[str, int]]:
    """Split `total` over some of `names` (each at least 1)."""
    k = rng.randint(1, min(len(names), total))
    chosen = sorted(rng.sample(range(len(names)), k))
    cuts = sorted(rng.sample(range(1, total), k - 1)) if k > 1 else []
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total])]
    return [(names[i], p) for i, p in zip(chosen, parts)]


class Report:
    """One generated report: its lines and its label."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        level = rng.choice(["central", "province", "city", "county"])
        year = rng.randint(2016, 2025)
        city, county = place(rng) + "市", place(rng) + "县"
        if level == "central":
            unit = "国家" + place(rng) + "局党组"
            authority, body, kind = "党中央", f"中央第{cn(rng.randint(1, 15))}巡视组", "巡视"
            issuer, round_ = "中共" + unit, f"{rng.choice(['十九', '二十'])}届中央第{cn(rng.randint(1, 12))}轮"
        elif level == "province":
            unit = city
            authority, body, kind = "省委", f"省委第{cn(rng.randint(1, 12))}巡视组", "巡视"
            issuer, round_ = f"中共{city}委", None
        elif level == "city":
            unit = f"市{place(rng)}局党组"
            authority, body, kind = "市委", f"市委第{cn(rng.randint(1, 8))}巡察组", "巡察"
            issuer, round_ = f"中共{city}{unit}", None
        else:
            unit = place(rng) + "镇党委"
            authority, body, kind = "县委", f"县委第{cn(rng.randint(1, 6))}巡察组", "巡察"
            issuer, round_ = f"中共{county}{unit}", None
        self.full = rng.random() < 0.5
        # The inspection: one to three months, maybe into the next year; then
        # the feedback, then the report.
        start = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        end = start + datetime.timedelta(days=rng.randint(30, 90))
        fb = end + datetime.timedelta(days=rng.randint(7, 60))
        pub = fb + datetime.timedelta(days=rng.randint(30, 120))
        crosses = end.year != start.year
        period = f"{start.year}年{start.month}月{start.day}日至" + (f"{end.year}年" if crosses else "") + f"{end.month}月{end.day}日"
        # Without a year the feedback date takes the inspection's end year (and the next one after December).
        fb_text = ("" if fb.year == end.year and rng.random() < 0.4 else f"{fb.year}年") + f"{fb.month}月{fb.day}日"
        title = f"中共{issuer.removeprefix('中共')}关于{round_ + kind if round_ else authority + kind}整改进展情况的通报"
        recipient = unit if level == "central" else (f"{city}委" if level == "province" else unit)
        header = (
            f"根据{authority}统一部署，{period}，{body}对{unit}进行了{kind}。"
            f"{fb_text}，{body}向{recipient}反馈了{kind}意见。"
            f"按照{kind}工作有关要求，现将{kind}整改进展情况予以公布。"
        )
        self.label: dict = {
            "is_report": True,
            "title": title,
            "kind": kind,
            "header": {
                "authority": authority, "inspecting_body": body, "inspected_unit": unit,
                "inspection_start": start.isoformat(), "inspection_end": end.isoformat(), "feedback_date": fb.isoformat(),
                "feedback_recipient": recipient, "round": round_,
            },
        }
        self.lines = [title, header, self.statistics(kind)]
        self.sections()
        self.closing(issuer, pub)

    def statistics(self, kind: str) -> str:
        rng = self.rng
        problems = rng.randint(8, 60)
        done = rng.randint(problems // 2, problems)
        progress = {"problems_reported": problems}
        clauses = [f"对{kind}反馈的{problems}个问题，"]
        if rng.random() < 0.5:
            measures = rng.randint(problems, problems * 4)
            progress["measures_planned"] = measures
            clauses.append(f"制定整改措施{measures}条，")
        clauses.append(f"已完成整改{done}个")
        progress["problems_completed"] = done
        if rng.random() < 0.6:
            rate = round(done * 100 / problems, 2)
            progress["completion_rate"] = rate
            clauses.append(f"，整改完成率{rate:g}%")
        self.label["progress"] = progress
        sanctions: list[dict] = []
        parts: list[str] = []
        if rng.random() < 0.5:
            cases = rng.randint(1, 20)
            parts.append(f"立案{cases}件")
            sanctions.append({"label": "立案", "count": cases, "unit": "件"})
        for name, names in (("党纪处分", PARTY_BREAKDOWN), ("政务处分", GOV_BREAKDOWN), ("组织处理", ORG_BREAKDOWN)):
            if rng.random() < 0.3:
                continue
            total = rng.randint(2, 40)
            items = breakdown(rng, names, total)
            parts.append(f"{name}{total}人(" + "、".join(f"{n}{c}人" for n, c in items) + ")")
            sanctions.append({"label": name, "count": total, "unit": "人",
                              "breakdown": [{"label": n, "count": c} for n, c in items]})
        if rng.random() < 0.7:
            c = rng.randint(1, 30)
            parts.append(f"诫勉{c}人")
            sanctions.append({"label": "诫勉", "count": c, "unit": "人"})
        self.label["sanctions"] = sanctions
        money: list[dict] = []
        money_parts: list[str] = []
        for verb in ("清退违规资金", "挽回经济损失"):
            if rng.random() < 0.5:
                fen = rng.randint(1, 9_999_999) * 100  # whole 元 in 万元 with up to four decimals
                wan = f"{fen / 1_000_000:.4f}".rstrip("0").rstrip(".")
                money_parts.append(f"{verb}{wan}万元")
                money.append({"label": verb, "amount_yuan": fen / 100, "text": f"{wan}万元"})
        self.label["money"] = money
        rules = rng.randint(3, 80)
        self.label["rules_established"] = rules
        stats = "".join(clauses) + "。"
        if parts:
            stats += f"{kind}整改期间，" + ";".join(parts) + "。"
        if money_parts:
            stats += "，".join(money_parts) + "。"
        return stats + f"建立完善制度{rules}项。"

    def sections(self) -> None:
        rng = self.rng
        top = ["坚持把抓好整改作为重大政治任务", "聚焦反馈问题逐项推进整改落实"]
        label_sections = []
        for i, t in enumerate(top):
            self.lines.append(f"{NUMERALS[i]}、{t}")
            children = []
            if i == 0:
                titles = rng.sample(MEASURES, rng.randint(2, 3))
            else:
                titles = [f"关于“{p}”问题的整改情况" for p in rng.sample(PROBLEMS, rng.randint(2, 4))]
            for j, ct in enumerate(titles):
                self.lines.append(f"({NUMERALS[j]}){ct}。" + rng.choice(
                    ["制定专项方案，明确责任分工，逐项推动落实。", "召开专题会议研究部署，建立问题清单和整改台账。"]))
                children.append({"label": f"({NUMERALS[j]})", "title": ct})
            label_sections.append({"label": NUMERALS[i], "title": t, "children": children})
        self.label["sections"] = label_sections

    def closing(self, issuer: str, pub: datetime.date) -> None:
        rng = self.rng
        steps = rng.sample(STEPS, 3)
        self.lines.append("下一步，将坚持标准不降、力度不减，" + "".join(
            f"{'一二三'[i]}是{s}，推动整改工作取得实效。" for i, s in enumerate(steps)))
        self.label["next_steps"] = [f"{'一二三'[i]}是{s}，推动整改工作取得实效" for i, s in enumerate(steps)]
        area = rng.randint(300, 999)
        phone = f"0{area}-{rng.randint(2_000_000, 8_999_999)}"
        postcode = f"{rng.randint(100_000, 899_999)}"
        mail = f"xc{rng.randint(100, 999)}@example.cn"
        self.lines.append(f"欢迎广大干部群众对整改落实情况进行监督。联系电话:{phone};邮政编码:{postcode};电子邮箱:{mail}。")
        self.label["contacts"] = {"phones": [phone], "postcode": postcode, "emails": [mail]}
        self.lines.append(issuer)
        self.lines.append(f"{pub.year}年{pub.month}月{pub.day}日")
        self.label["signatory"] = issuer
        self.label["published_date"] = pub.isoformat()

    def text(self, crlf: bool = False, wrap: int = 0) -> str:
        lines = [line.translate(FULLWIDTH) if self.full else line for line in self.lines]
        if wrap:  # the body as a PDF copy has it; the title, signature and date stay lines
            body = [part for line in lines[1:-2] for part in wrapped(line, wrap)]
            lines = [lines[0], *body, *lines[-2:]]
        return ("\r\n" if crlf else "\n").join(lines) + "\n"

    def page(self, shape: str) -> str:
        body = "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in self.text().splitlines()[1:])
        title = html.escape(self.lines[0], quote=False)
        if shape == "portal":
            return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
                    "<script>var s = '<p>x</p>';</script></head><body>"
                    "<div class=\"nav\"><a href=\"/\">首页</a> &gt; 党务公开</div>"
                    f"<div class=\"article\"><h1>{title}</h1>\n{body}\n</div>"
                    "<div class=\"footer\">版权所有 &copy; 示例网站</div></body></html>\n")
        return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>{title}</title>"
                f"</head><body><div class=\"title\">{title}</div><div class=\"content\">\n{body}\n</div></body></html>\n")


def not_a_report(rng: random.Random) -> str:
    city = place(rng) + "市"
    return (f"省委第{cn(rng.randint(1, 9))}巡视组进驻{city}开展巡视工作\n"
            f"根据省委统一部署，省委第{cn(rng.randint(1, 9))}巡视组近日进驻{city}，开展为期两个月左右的常规巡视。"
            f"巡视期间设立专门值班电话0{rng.randint(300, 999)}-{rng.randint(2_000_000, 8_999_999)}，"
            "受理反映相关问题的来信来电。\n")


def generate(out: Path, n: int, seed: int, html_share: float, mixed: bool) -> list[dict]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []
    made: list[tuple[Report, int]] = []
    for i in range(n):
        roll = rng.random() if mixed else 1.0
        name = f"{i:05d}"
        entry: dict = {"group": i}
        if roll < 0.03:
            data, entry["kind"], suffix = not_a_report(rng).encode("utf-8"), "not_report", ".txt"
        elif roll < 0.05:
            data, entry["kind"], suffix = b"", "empty", ".txt"
        elif roll < 0.07:
            data, entry["kind"], suffix = bytes(rng.randrange(256) for _ in range(rng.randint(10, 4000))), "binary", ".txt"
        elif roll < 0.10 and made:
            rep, group = rng.choice(made)
            data = rep.page("portal").encode("utf-8")
            entry.update(kind="duplicate", group=group, label=rep.label)
            suffix = ".html"
        else:
            rep = Report(rng)
            made.append((rep, i))
            if rng.random() < html_share:
                shape = rng.choice(["portal", "article"])
                data = rep.page(shape).encode("utf-8" if shape == "portal" else "gbk")
                suffix = ".html"
            else:
                crlf, wrap = rng.random() < 0.2, rng.choice([0, 0, 0, 68])
                text = rep.text(crlf=crlf, wrap=wrap)
                data = text.encode("gb18030" if rng.random() < 0.2 else "utf-8")
                suffix = ".txt"
            entry.update(kind="report", label=rep.label)
            if mixed and rng.random() < 0.02:
                data = data[: rng.randint(1, max(1, len(data) // 2))]
                entry = {"group": i, "kind": "truncated"}
        entry["file"] = name + suffix
        (out / entry["file"]).write_bytes(data)
        truth.append(entry)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as f:
        for e in truth:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return truth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=2000, help="number of files (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--html", type=float, default=0.3, help="share of reports written as HTML pages (default 0.3)")
    ap.add_argument("--mixed", action="store_true", help="add non-reports, duplicates, truncated, empty and binary files")
    args = ap.parse_args()
    truth = generate(args.out, args.n, args.seed, args.html, args.mixed)
    kinds: dict[str, int] = {}
    for e in truth:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(truth)} files in {args.out}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
