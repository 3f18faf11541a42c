"""The corpus generator (bench/corpus_gen.py) for the tests that need a corpus
of files: loaded from the repository once, as the module ``corpus_gen``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "corpus_gen.py"


def load_corpus_gen() -> ModuleType:
    if "corpus_gen" in sys.modules:
        return sys.modules["corpus_gen"]
    spec = importlib.util.spec_from_file_location("corpus_gen", GEN_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gen"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module
