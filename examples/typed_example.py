"""A small typed program over zhenggai, checked by ``mypy --strict`` in scripts/test.

    python examples/typed_example.py examples/reports/*.txt

Prints, per report, the inspected unit with where it was read, the completion
rate, the people sanctioned per category and the money recovered in yuan.
"""

from __future__ import annotations

import datetime
import decimal
import sys
from collections import Counter
from pathlib import Path

import zhenggai


def quoted(report: zhenggai.Report, value: zhenggai.Text | None) -> str:
    """The value and the source text under its span (always the same words)."""
    if value is None:
        return "-"
    source = report.text[value.span.start : value.span.end]
    return f"{value} @{value.span.start}:{value.span.end} ({source})"


def people_by_category(report: zhenggai.Report) -> Counter[zhenggai.SanctionCategory]:
    people: Counter[zhenggai.SanctionCategory] = Counter()
    for sanction in report.sanctions:
        if sanction.unit is zhenggai.SanctionUnit.people:
            people[sanction.category] += int(sanction.count)
    return people


def money_yuan(report: zhenggai.Report) -> decimal.Decimal:
    recovered = (zhenggai.MoneyCategory.recovered, zhenggai.MoneyCategory.losses_recovered)
    return sum((m.amount_yuan for m in report.money if m.category in recovered), decimal.Decimal(0))


def inspection_days(header: zhenggai.Header) -> int | None:
    start: datetime.date | None = header.inspection_start
    end: datetime.date | None = header.inspection_end
    return None if start is None or end is None else (end - start).days + 1


def describe(report: zhenggai.Report) -> list[str]:
    lines = [f"unit: {quoted(report, report.header.inspected_unit)}"]
    rate: zhenggai.Percentage | None = report.progress.completion_rate
    if rate is not None:
        lines.append(f"completion: {rate}% ({report.text[rate.span.slice]})")
    lines.append(f"inspection days: {inspection_days(report.header)}")
    for category, people in sorted(people_by_category(report).items()):
        lines.append(f"  {category.value}: {people}")
    lines.append(f"money recovered: {money_yuan(report)} yuan")
    errors = [d for d in report.diagnostics if d.severity is zhenggai.Severity.error]
    lines.extend(f"error [{d.code.value}]: {d.message}" for d in errors)
    return lines


def main(argv: list[str]) -> int:
    results = zhenggai.parse_many([Path(p) for p in argv], workers=2)
    status = 0
    for path, result in zip(argv, results):
        if isinstance(result, zhenggai.Report):
            print(path, *describe(result), sep="\n  ")
        else:
            print(f"{path}: {result}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
