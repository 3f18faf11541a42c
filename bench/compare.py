#!/usr/bin/env python3
"""Run every zhenggai benchmark in ONE run and print the targets table.

    python bench/compare.py [--bench-dir build/bench] [--quick] [--json OUT] [--markdown OUT]

On the same inputs (tests/data/*.txt, examples/reports/*.txt and
../shared/seeds/jiaxing-2024.txt when present -- the "corpus"), in this order:

1. the plain-Python regex extractor (bench/regex_baseline.py), one core;
2. ``zhenggai.parse`` on a ``str``, one core;
3. the C++ Google Benchmark binary (``taskset -c 0``; JSON output): whole
   parse per fixture and for the corpus, modules, JSON, scaling 1x..64x;
4. ``zhenggai.parse_many`` with workers=1 and workers=2, and the C++
   ``batch/threads:1|2`` benchmarks, on two cores;
5. peak heap memory of one parse for inputs 1x..64x a report's size
   (bench/peak_memory.cpp), with the slope against the input size;
6. a generated corpus of files (bench/corpus_gen.py: text and HTML, GBK,
   broken and duplicate files; 10,000 files, 2,000 with --quick) on two
   cores: ``zhenggai.parse_files`` workers=2, ``zhenggai ingest --jobs 2``
   into a new store and ``zhenggai parse --jobs 2`` to JSON Lines, and the
   peak resident memory of ingest for a fifth of the corpus and all of it.

Single-core numbers pin this process (and so the C++ child) to CPU 0 and
use CPU time, best of several rounds, so that other load on the machine
costs as little as possible; the two-thread numbers use wall time on CPUs 0
and 1. MB is 10^6 bytes of UTF-8 input.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import regex_baseline  # noqa: E402

import zhenggai  # noqa: E402

MB = 1e6


# ------------------------------------------------------------------ inputs ---


def load_fixtures() -> list[tuple[str, str]]:
    """(name, text) in the order the C++ benchmark uses."""
    out = []
    for d, prefix in ((ROOT / "tests" / "data", "tests/"), (ROOT / "examples" / "reports", "examples/")):
        for p in sorted(d.glob("*.txt")):
            out.append((prefix + p.stem, p.read_bytes().decode("utf-8", "replace")))
    seed = ROOT.parent / "shared" / "seeds" / "jiaxing-2024.txt"
    if seed.is_file():
        out.append(("seed/jiaxing-2024", seed.read_bytes().decode("utf-8", "replace")))
    return out


def utf8_size(texts: Sequence[str]) -> int:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)


# ------------------------------------------------------------------ timing ---


def pin(cpus: set[int]) -> bool:
    try:
        os.sched_setaffinity(0, cpus)
        return True
    except (AttributeError, OSError, ValueError):
        return False


def best_time(fn: Callable[[], object], *, clock: Callable[[], float], rounds: int, min_round: float) -> float:
    """Best-of-`rounds` seconds per call; each round repeats fn for >= min_round s."""
    fn()  # warm up
    n = 1
    while True:
        t0 = clock()
        for _ in range(n):
            fn()
        dt = clock() - t0
        if dt >= min_round / 4:
            break
        n *= 2
    n = max(1, int(n * min_round / max(dt, 1e-9)))
    best = float("inf")
    for _ in range(rounds):
        t0 = clock()
        for _ in range(n):
            fn()
        best = min(best, (clock() - t0) / n)
    return best


# ----------------------------------------------------------------- C++ side ---


def run_cpp_bench(binary: Path, pattern: str, cpus: str, *, min_time: float, reps: int) -> dict[str, dict[str, Any]]:
    """name -> best repetition (by bytes_per_second) of each benchmark."""
    cmd = [str(binary), f"--benchmark_filter={pattern}", "--benchmark_format=json",
           f"--benchmark_min_time={min_time}", f"--benchmark_repetitions={reps}",
           "--benchmark_report_aggregates_only=false"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", cpus, *cmd]
    env = dict(os.environ, ZHENGGAI_SOURCE_DIR=str(ROOT))
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    data = json.loads(res.stdout)
    best: dict[str, dict[str, Any]] = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"]
        if name not in best or b.get("bytes_per_second", 0) > best[name].get("bytes_per_second", 0):
            best[name] = b
    return best


def run_peak(binary: Path, repeats: Sequence[int]) -> list[dict[str, Any]]:
    env = dict(os.environ, ZHENGGAI_SOURCE_DIR=str(ROOT))
    rows = []
    for k in repeats:
        res = subprocess.run([str(binary), "--repeat", str(k)], capture_output=True, text=True, env=env, check=True)
        rows.append(json.loads(res.stdout))
    return rows


def fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares slope and intercept."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    return slope, my - slope * mx


# ------------------------------------------------------------ the corpus ---


def run_measured(cmd: list[str]) -> tuple[float, int, int]:
    """(wall seconds, exit status, peak RSS in KiB) of one child process.

    Linux carries a process's peak RSS across exec, and a process started
    from this interpreter (fork or vfork) starts with all of its memory: so a
    fresh small interpreter (``-S``) spawns the command and reports the peak
    of that grandchild, which begins with the launcher's few MiB only.
    """
    import tempfile

    launcher = (
        "import os, sys\n"
        "pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)\n"
        "_, status, usage = os.wait4(pid, 0)\n"
        "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
        "sys.exit(os.waitstatus_to_exitcode(status))\n"
    )
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss, open(os.devnull, "wb") as null:
        t0 = time.perf_counter()
        status = subprocess.call([sys.executable, "-S", "-c", launcher, rss.name, *cmd], stdout=null, stderr=null)
        seconds = time.perf_counter() - t0
        kib = int(rss.read() or 0)
    return seconds, status, kib


def corpus_runs(files: int, rounds: int, log: Callable[[str], None]) -> dict[str, Any] | None:
    """parse_files vs ingest vs parse to JSON Lines on one generated corpus, CPUs 0 and 1."""
    import shutil
    import tempfile

    import corpus_gen

    # The executable (python -m zhenggai would add the interpreter's start to every run).
    cli = shutil.which("zhenggai", path=os.path.dirname(sys.executable)) or shutil.which("zhenggai")
    if cli is None:
        log("corpus: no native zhenggai tool found; skipped")
        return None
    with tempfile.TemporaryDirectory(prefix="zhenggai-bench-") as tmp:
        root = Path(tmp) / "pages"
        log(f"corpus: generating {files} files ...")
        corpus_gen.generate(root, files, seed=7, html_share=0.3, mixed=True)
        paths = sorted(str(p) for p in root.rglob("*") if p.is_file() and p.name != "truth.jsonl")
        size = sum(os.path.getsize(p) for p in paths)
        pin({0, 1})
        best = {"parse_files": float("inf"), "ingest": float("inf"), "parse_jsonl": float("inf")}
        rss: dict[str, int] = {}
        for _ in range(rounds):
            t0 = time.perf_counter()
            zhenggai.parse_files(paths, workers=2)
            best["parse_files"] = min(best["parse_files"], time.perf_counter() - t0)
            db = Path(tmp) / "corpus.sqlite"
            for f in Path(tmp).glob("corpus.sqlite*"):
                f.unlink()
            t, _, kib = run_measured([cli, "ingest", "--quiet", "--jobs", "2", "--db", str(db), *paths])
            best["ingest"] = min(best["ingest"], t)
            rss[f"ingest/{len(paths)}"] = kib
            t, _, _ = run_measured([cli, "parse", "--jobs", "2", *paths])
            best["parse_jsonl"] = min(best["parse_jsonl"], t)
        fifth = paths[: len(paths) // 5]
        db = Path(tmp) / "fifth.sqlite"
        _, _, rss[f"ingest/{len(fifth)}"] = run_measured([cli, "ingest", "--quiet", "--jobs", "2", "--db", str(db), *fifth])
    return {"files": len(paths), "bytes": size, "seconds": best, "peak_rss_kib": rss}


# -------------------------------------------------------------------- main ---


def machine() -> dict[str, Any]:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    return {"cpu": model, "nproc": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "loadavg": [round(x, 2) for x in load],
            "zhenggai": zhenggai.__version__}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-dir", type=Path, default=ROOT / "build" / "bench")
    ap.add_argument("--quick", action="store_true", help="fewer rounds and shorter runs (a smoke test)")
    ap.add_argument("--json", type=Path, help="also write all numbers as JSON here")
    ap.add_argument("--markdown", type=Path, help="also write the tables here")
    args = ap.parse_args(argv)

    bench_bin = args.bench_dir / "bench" / "zhenggai_bench"
    peak_bin = args.bench_dir / "bench" / "zhenggai_peak_memory"
    for b in (bench_bin, peak_bin):
        if not b.is_file():
            print(f"compare.py: {b} not found; build the bench preset first (scripts/bench)", file=sys.stderr)
            return 2
    rounds, min_round = (2, 0.1) if args.quick else (5, 0.4)
    cpp_min_time, cpp_reps = (0.05, 1) if args.quick else (0.3, 3)

    fixtures = load_fixtures()
    texts = [t for _, t in fixtures]
    corpus_bytes = utf8_size(texts)
    seed = dict(fixtures).get("seed/jiaxing-2024")
    results: dict[str, Any] = {"machine": machine(), "corpus": {"documents": len(texts), "bytes": corpus_bytes}}
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731

    # ---- 1-2: one core, CPU time
    pinned = pin({0})
    clock = time.process_time
    log(f"corpus: {len(texts)} documents, {corpus_bytes} bytes; pinned to CPU 0: {pinned}")

    def regex_corpus() -> None:
        for t in texts:
            regex_baseline.extract(t)

    def zg_corpus() -> None:
        for t in texts:
            zhenggai.parse(t)

    log("regex baseline ...")
    t_regex = best_time(regex_corpus, clock=clock, rounds=rounds, min_round=min_round)
    log("zhenggai.parse (str) ...")
    t_py = best_time(zg_corpus, clock=clock, rounds=rounds, min_round=min_round)
    py_rows = {
        "regex/corpus": corpus_bytes / t_regex / MB,
        "python.parse/corpus": corpus_bytes / t_py / MB,
    }
    py_docs = {"regex/corpus": len(texts) / t_regex, "python.parse/corpus": len(texts) / t_py}
    if seed is not None:
        sb = utf8_size([seed])
        t = best_time(lambda: regex_baseline.extract(seed), clock=clock, rounds=rounds, min_round=min_round)
        py_rows["regex/seed"] = sb / t / MB
        py_docs["regex/seed"] = 1 / t
        t = best_time(lambda: zhenggai.parse(seed), clock=clock, rounds=rounds, min_round=min_round)
        py_rows["python.parse/seed"] = sb / t / MB
        py_docs["python.parse/seed"] = 1 / t
        rep = zhenggai.parse(seed)
        t = best_time(lambda: rep.to_json(), clock=clock, rounds=rounds, min_round=min_round)
        py_rows["python.to_json/seed"] = sb / t / MB
        py_docs["python.to_json/seed"] = 1 / t

    # ---- 3: C++ on CPU 0
    log("C++ benchmarks on CPU 0 ...")
    cpp = run_cpp_bench(bench_bin, "^(parse|input|structure|extract|module|json|scaling)/", "0",
                        min_time=cpp_min_time, reps=cpp_reps)

    # ---- 4: two cores
    pin({0, 1})
    corpus128: list[str] = []
    while len(corpus128) < 128:
        corpus128.extend(texts)
    b128 = utf8_size(corpus128)
    log("parse_many workers=1/2 ...")
    wall = time.perf_counter
    t_w1 = best_time(lambda: zhenggai.parse_many(corpus128, workers=1), clock=wall, rounds=rounds, min_round=min_round)
    t_w2 = best_time(lambda: zhenggai.parse_many(corpus128, workers=2), clock=wall, rounds=rounds, min_round=min_round)
    # How much CPU the two workers actually got: on a machine shared with other
    # work, wall-time speed-up is capped by the CPUs the scheduler hands out.
    cpu_used = {}
    for w in (1, 2):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(3):
            zhenggai.parse_many(corpus128, workers=w)
        cpu_used[w] = (time.process_time() - c0) / (time.perf_counter() - w0)
    log("C++ batch on CPUs 0,1 ...")
    cpp_batch = run_cpp_bench(bench_bin, "^batch/", "0,1", min_time=cpp_min_time, reps=cpp_reps)
    cpp.update(cpp_batch)

    # ---- 5: memory
    log("peak memory ...")
    peak = run_peak(peak_bin, (1, 4, 16, 64))
    slope, intercept = fit([r["input_bytes"] for r in peak], [r["heap_peak_bytes"] for r in peak])
    rss_slope, _ = fit([r["input_bytes"] for r in peak],
                       [1024 * (r["maxrss_after_kb"] - r["maxrss_before_kb"]) for r in peak])

    # ---- 6: a corpus of files, two cores
    corpus_result = corpus_runs(2000 if args.quick else 10000, 1 if args.quick else 3, log)

    # ---- derived numbers and the targets table
    def mbps(name: str) -> float:
        return cpp[name]["bytes_per_second"] / MB if name in cpp else float("nan")

    cpp_corpus = mbps("parse/corpus")
    scaling = [(k, cpp.get(f"scaling/{k}x")) for k in (1, 4, 16, 64)]
    ns_per_byte = {k: b["cpu_time"] / b["bytes"] for k, b in scaling if b}  # cpu_time is ns (time_unit ns)
    lin_ratio = ns_per_byte[64] / ns_per_byte[1] if 1 in ns_per_byte and 64 in ns_per_byte else float("nan")
    py_batch_speedup = t_w1 / t_w2
    cpp_batch_speedup = (cpp["batch/threads:2/real_time"]["bytes_per_second"]
                         / cpp["batch/threads:1/real_time"]["bytes_per_second"]) if "batch/threads:2/real_time" in cpp else float("nan")
    max_ratio = max(r["heap_peak_bytes"] / r["input_bytes"] for r in peak)

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "MISS"

    targets = [
        ("Whole parse, C++, corpus, 1 core", "≥ 250 MB/s", f"{cpp_corpus:.1f} MB/s", verdict(cpp_corpus >= 250)),
        ("Whole parse, C++, seed (24 kB), 1 core", "≥ 250 MB/s", f"{mbps('parse/seed/jiaxing-2024'):.1f} MB/s",
         verdict(mbps("parse/seed/jiaxing-2024") >= 250)),
        ("C++ parse vs regex extractor, corpus", "≥ 30×", f"{cpp_corpus / py_rows['regex/corpus']:.2f}×",
         verdict(cpp_corpus / py_rows["regex/corpus"] >= 30)),
        ("Python `zhenggai.parse(str)` vs C++, corpus", "≥ 60 %", f"{100 * py_rows['python.parse/corpus'] / cpp_corpus:.0f} %",
         verdict(py_rows["python.parse/corpus"] / cpp_corpus >= 0.6)),
        ("`parse_many` workers=2 vs 1 (Python, 128 docs)", "≥ 1.7×", f"{py_batch_speedup:.2f}×", verdict(py_batch_speedup >= 1.7)),
        ("C++ `parse_many` 2 vs 1 threads (128 docs)", "≥ 1.7×", f"{cpp_batch_speedup:.2f}×", verdict(cpp_batch_speedup >= 1.7)),
        ("Linear time: ns/byte at 64× ÷ at 1×", "≤ 1.25", f"{lin_ratio:.2f}", verdict(lin_ratio <= 1.25)),
        ("Peak heap: slope vs input size (1×–64×)", "≤ 4 bytes/byte", f"{slope:.2f} (+{intercept / 1024:.0f} KiB)",
         verdict(slope <= 4)),
        ("Peak heap ÷ input, worst of 1×–64×", "≤ 4 + const", f"{max_ratio:.2f}", verdict(max_ratio <= 4.5)),
    ]

    if corpus_result is not None:
        sec = corpus_result["seconds"]
        ingest_share = sec["parse_files"] / sec["ingest"]
        jsonl_share = sec["parse_files"] / sec["parse_jsonl"]
        rss = sorted(corpus_result["peak_rss_kib"].items(), key=lambda kv: int(kv[0].split("/")[1]))
        growth = rss[-1][1] / rss[0][1]
        targets += [
            ("`zhenggai ingest --jobs 2` vs `parse_files` workers=2 (corpus of files)", "≥ 80 %",
             f"{100 * ingest_share:.0f} %", verdict(ingest_share >= 0.8)),
            ("`zhenggai parse --jobs 2` to JSON Lines vs `parse_files` workers=2", "≥ 70 %",
             f"{100 * jsonl_share:.0f} %", verdict(jsonl_share >= 0.7)),
            (f"Peak RSS of ingest, {rss[-1][0].split('/')[1]} files ÷ {rss[0][0].split('/')[1]} files", "≤ 1.5 (bounded)",
             f"{rss[-1][1] / 1024:.0f} MiB ÷ {rss[0][1] / 1024:.0f} MiB = {growth:.2f}", verdict(growth <= 1.5)),
        ]

    md: list[str] = []
    m = results["machine"]
    md.append(f"Machine: {m['cpu']}, nproc={m['nproc']}, load average at start {m['loadavg']}, "
              f"Python {m['python']}, zhenggai {m['zhenggai']}.")
    md.append(f"Corpus: {len(texts)} documents, {corpus_bytes} bytes of UTF-8.\n")
    md.append("| Target | Goal | Measured | |")
    md.append("|---|---|---|---|")
    md.extend(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets)

    md.append("\n**Throughput, one core** (MB/s of UTF-8 input; docs/s)\n")
    md.append("| Benchmark | MB/s | docs/s |")
    md.append("|---|---:|---:|")
    for name in sorted(py_rows):
        md.append(f"| {name} | {py_rows[name]:.2f} | {py_docs[name]:.0f} |")
    for name, b in cpp.items():
        if name.startswith(("batch/", "scaling/")):
            continue
        md.append(f"| C++ {name} | {b['bytes_per_second'] / MB:.2f} | {b.get('docs/s', 0):.0f} |")

    md.append("\n**Scaling** (the seed's sections repeated k times; C++, one core)\n")
    md.append("| k | bytes | ms | MB/s | ns/byte |")
    md.append("|---:|---:|---:|---:|---:|")
    for k, b in scaling:
        if b:
            md.append(f"| {k}× | {int(b['bytes'])} | {b['cpu_time'] / 1e6:.2f} | {b['bytes_per_second'] / MB:.1f} | "
                      f"{b['cpu_time'] / b['bytes']:.1f} |")

    md.append("\n**Batch, two cores** (128 documents, wall time)\n")
    md.append("| Benchmark | MB/s | docs/s | speed-up |")
    md.append("|---|---:|---:|---:|")
    md.append(f"| Python parse_many workers=1 | {b128 / t_w1 / MB:.2f} | {128 / t_w1:.0f} | 1.00× |")
    md.append(f"| Python parse_many workers=2 | {b128 / t_w2 / MB:.2f} | {128 / t_w2:.0f} | {py_batch_speedup:.2f}× |")
    for t in (1, 2):
        b = cpp.get(f"batch/threads:{t}/real_time")
        if b:
            sp = 1.0 if t == 1 else cpp_batch_speedup
            md.append(f"| C++ parse_many threads={t} | {b['bytes_per_second'] / MB:.2f} | {b.get('docs/s', 0):.0f} | {sp:.2f}× |")

    md.append(f"\nCPUs the process obtained while parse_many ran (CPU time ÷ wall time): "
              f"workers=1 {cpu_used[1]:.2f}, workers=2 {cpu_used[2]:.2f} (2.00 = both cores). "
              f"load average now {[round(x, 2) for x in os.getloadavg()]}.")
    md.append("\n**Peak memory of one parse** (heap high-water mark above the input; bench/peak_memory.cpp)\n")
    md.append("| k | input bytes | peak heap bytes | peak ÷ input | Report keeps | maxrss growth KiB |")
    md.append("|---:|---:|---:|---:|---:|---:|")
    for r in peak:
        md.append(f"| {r['repeat']}× | {r['input_bytes']} | {r['heap_peak_bytes']} | "
                  f"{r['heap_peak_bytes'] / r['input_bytes']:.2f} | {r['heap_live_after_bytes']} | "
                  f"{r['maxrss_after_kb'] - r['maxrss_before_kb']} |")
    md.append(f"\nLeast-squares fit: peak heap = {slope:.2f} × input + {intercept / 1024:.0f} KiB "
              f"(maxrss growth slope {rss_slope:.2f}).")

    if corpus_result is not None:
        n, b = corpus_result["files"], corpus_result["bytes"]
        md.append(f"\n**A corpus of files, two cores** ({n} generated files, {b / MB:.1f} MB; wall time, best of rounds)\n")
        md.append("| Run | s | MB/s | files/s |")
        md.append("|---|---:|---:|---:|")
        for name, label in (("parse_files", "Python `parse_files` workers=2"), ("ingest", "`zhenggai ingest --jobs 2` (new store)"),
                            ("parse_jsonl", "`zhenggai parse --jobs 2` > JSON Lines")):
            t = corpus_result["seconds"][name]
            md.append(f"| {label} | {t:.2f} | {b / t / MB:.2f} | {n / t:.0f} |")
        md.append("\nPeak RSS of ingest: " + ", ".join(f"{k.split('/')[1]} files {v / 1024:.0f} MiB"
                                                        for k, v in corpus_result["peak_rss_kib"].items()) + ".")
        results["corpus_files"] = corpus_result

    text = "\n".join(md)
    print(text)
    results.update({"targets": targets, "python": py_rows, "python_docs": py_docs, "cpp": cpp,
                    "batch": {"python_w1_s": t_w1, "python_w2_s": t_w2, "bytes": b128, "cpus_obtained": cpu_used},
                    "peak": peak, "peak_fit": {"slope": slope, "intercept": intercept, "rss_slope": rss_slope}})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    if args.markdown:
        args.markdown.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
