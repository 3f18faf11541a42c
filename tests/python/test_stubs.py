"""The stub python/zhenggai/_core.pyi is generated from the model's description.

The binding writes the stub text while it registers each class from
zhenggai/model/describe.hpp (``zhenggai._core._stub()``), so a field added to
the model appears in Python and in the stub without being written anywhere
else; scripts/stubs writes the file, and this test fails when the committed
one differs. (scripts/test also runs mypy.stubtest against the module.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import zhenggai

REPO = Path(__file__).resolve().parents[2]
STUB = REPO / "python" / "zhenggai" / "_core.pyi"


def test_committed_stub_is_the_generated_one() -> None:
    assert zhenggai._core._stub() == STUB.read_text(encoding="utf-8"), "stale stub: run scripts/stubs"


def stub_classes() -> dict[str, set[str]]:
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    return {
        node.name: {
            n.name if isinstance(n, ast.FunctionDef) else n.targets[0].id  # type: ignore[attr-defined]
            for n in node.body
            if isinstance(n, (ast.FunctionDef, ast.Assign))
        }
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name != "StrEnum"
    }


def test_stub_lists_every_public_name_and_attribute() -> None:
    """An equivalent of stubtest's name check that needs no mypy."""
    classes = stub_classes()
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    runtime = {n for n in dir(zhenggai._core) if not n.startswith("_")}
    assert runtime == set(classes) | {f for f in functions if not f.startswith("_")}
    # the private helpers the package's own modules call are in the stub too
    for f in functions:
        assert hasattr(zhenggai._core, f), f
    for name, members in classes.items():
        cls = getattr(zhenggai._core, name)
        public = {m for m in vars(cls) if not m.startswith("_")}
        assert public - {"to_dict"} <= members, (name, public - members)
        assert {m for m in members if not m.startswith("_")} <= set(dir(cls)), name


def test_every_model_field_is_an_attribute() -> None:
    """Each key of the JSON form is an attribute of its Python class (spans
    and flags aside, which the values themselves carry)."""
    r = zhenggai.parse_file(REPO / "examples" / "reports" / "sample-report.txt")
    doc = r.to_dict()
    skip = {"schema", "spans", "approximate", "year_inferred", "items", "money_yuan_by_category"}
    for key in doc:
        if key not in skip:
            assert hasattr(r, key), key
    for key in doc["header"]:
        if key not in skip:
            assert hasattr(r.header, key), key
    for key in doc["sanctions"][0]:
        if key not in skip and not key.endswith("_span"):
            assert hasattr(r.sanctions[0], key), key
