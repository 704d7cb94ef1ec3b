"""Time `clausecheck analyze` against pdfplumber alone, per stage, with peak memory and padding cost.

Run by hand:  python bench/bench_analyze.py [--corpus DIR] [--model-dir DIR] [--out FILE]
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
TARGET = "github-dpa.pdf"
STAGES = ("parse", "chunk", "embed", "index", "retrieve", "extract")
BASELINE = """import sys, time
t0 = time.perf_counter()
import pdfplumber
t1 = time.perf_counter()
with pdfplumber.open(sys.argv[1]) as pdf:
    n = sum(len(page.extract_words()) for page in pdf.pages)
print(t1 - t0, time.perf_counter() - t1, len(pdf.pages), n)
"""


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:  # the process has just exited
        return ""


def _kib(pid: int, field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+) kB", _read(f"/proc/{pid}/status"), re.MULTILINE)
    return int(match.group(1)) if match else 0


def _descendants(pid: int) -> list[int]:
    kids = [int(p) for p in _read(f"/proc/{pid}/task/{pid}/children").split()]
    return kids + [d for k in kids for d in _descendants(k)]


class Sampler(threading.Thread):
    """Polls /proc every 20 ms: peak RSS of a process, of its largest descendant, and of their sum."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.done = pid, threading.Event()
        self.peaks = {"parent": 0, "children": 0, "tree_sum": 0}

    def run(self) -> None:
        while not self.done.wait(0.02):
            kids = _descendants(self.pid)
            self.peaks["parent"] = max(self.peaks["parent"], _kib(self.pid, "VmHWM"))
            self.peaks["children"] = max([self.peaks["children"], *(_kib(k, "VmHWM") for k in kids)])
            total = sum(_kib(p, "VmRSS") for p in [self.pid, *kids])
            self.peaks["tree_sum"] = max(self.peaks["tree_sum"], total)

    def stop(self) -> dict[str, float]:
        self.done.set()
        self.join()
        return {f"sampled_{k}_mib": v / 1024 for k, v in self.peaks.items()}


def run(cmd: list[str], check: str = "") -> dict:
    """Run cmd in a fresh process: wall time, output, peak RSS (MiB) of it and its descendants."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        sampler = Sampler(proc.pid)
        sampler.start()
        # wait4's rusage: max RSS over the process and every descendant it reaped (kernel-exact)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        text = [(f.seek(0), f.read().decode(errors="replace"))[1] for f in (out, err)]
        res = {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "returncode": proc.returncode,
               "max_rss_mib": usage.ru_maxrss / 1024,
               "stdout": text[0], "stderr": text[1], **sampler.stop()}  # fmt: skip
    if check and res["returncode"]:
        sys.exit(f"{check} failed:\n{res['stderr']}")
    return res


def cli_command() -> list[str]:
    if (REPO / "clausecheck" / "__main__.py").is_file():
        return [sys.executable, "-m", "clausecheck"]
    script = Path(sys.executable).parent / "clausecheck"  # the console script of this venv
    if not script.is_file():
        sys.exit(f"no clausecheck/__main__.py and no {script}: install the package in this venv")
    return [str(script)]


def baseline(pdf: Path) -> dict:
    res = run([sys.executable, "-c", BASELINE, str(pdf)], check="baseline")
    imp, extract, pages, words = res["stdout"].split()
    return {"process_wall_s": res["wall_s"], "process_cpu_s": res["cpu_s"], "import_s": float(imp),
            "extract_s": float(extract), "pages": int(pages), "words": int(words),
            "max_rss_mib": res["max_rss_mib"]}  # fmt: skip


def make_int8(model_dir: Path) -> dict:
    """The int8 model analyses embed with, made now if this machine has none yet: a one-time cost
    like getting the model, so it is reported apart and kept out of the first run's figures."""
    from clausecheck.model import find_model_dir
    from clausecheck.quantize import ensure_int8, int8_file
    from clausecheck.settings import load_settings

    if not load_settings().int8:
        return {"path": "", "made_now": False, "make_s": 0.0}
    folder = find_model_dir(model_dir)
    present = int8_file(folder).is_file()
    start = time.perf_counter()
    made = ensure_int8(folder)
    return {"path": str(made), "made_now": not present, "make_s": time.perf_counter() - start}


def median_of(runs: list[dict]) -> dict:
    """Each numeric figure's median over runs (other values from the first run)."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = statistics.median(r[key] for r in runs)
    return out


def side_by_side(pdf: Path, model_dir: Path, repeats: int = 3, warm: int = 10) -> tuple[dict, dict]:
    """Baseline and first/second `analyze` in turn, `repeats` times, so load hits both alike.

    Returns (baseline medians, CLI figures with first and second as medians, the spread of each,
    and the median of `warm` more repeats of the second run).
    """
    out: dict = {"command": [*cli_command(), "--data-dir", "TMP", "--model-dir", str(model_dir), "analyze"]}
    bases: list[dict] = []
    runs: dict[str, list[dict]] = {"first": [], "second": []}
    for _ in range(repeats):
        bases.append(baseline(pdf))
        with tempfile.TemporaryDirectory(prefix="cc-bench-cli-") as data:
            cmd = [*cli_command(), "--data-dir", data, "--model-dir", str(model_dir), "analyze", str(pdf)]
            for name in ("first", "second"):  # the second finds the sha256 stored and reuses the analysis
                res = run(cmd, check=f"clausecheck analyze ({name})")
                res.pop("stderr")
                res["stdout_lines"] = len(res.pop("stdout").splitlines())
                runs[name].append(res)
            warm_s = [run(cmd, check="clausecheck analyze (repeat)")["wall_s"] for _ in range(warm)]
    for name, rows in runs.items():
        out[name] = median_of(rows)
        out[f"{name}_walls_s"] = [r["wall_s"] for r in rows]
    out["warm_median_s"], out["warm_runs"] = statistics.median(warm_s), warm
    out["baseline_walls_s"] = [b["process_wall_s"] for b in bases]
    out["repeats"] = repeats
    for key, code in (("python_startup_s", "pass"), ("import_cli_s", "import clausecheck.cli")):
        out[key] = min(run([sys.executable, "-c", code])["wall_s"] for _ in range(3))
    out["top_imports"] = import_profile()
    return median_of(bases), out


def import_profile(top: int = 12) -> list[tuple[str, float]]:
    """`python -X importtime -c 'import clausecheck.cli'`: largest cumulative seconds per clausecheck
    module and per third-party root package (nested ones also count inside whatever imported them)."""
    cumulative: dict[str, float] = {}
    res = run([sys.executable, "-X", "importtime", "-c", "import clausecheck.cli"])
    for line in res["stderr"].splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].strip()
            key = name if name.startswith("clausecheck") else name.split(".")[0]
            cumulative[key] = max(cumulative.get(key, 0.0), int(parts[1]) / 1e6)
    return sorted(cumulative.items(), key=lambda kv: -kv[1])[:top]


def in_process(corpus: Path, model_dir: Path, pattern: str = "*.pdf") -> dict:
    """Every corpus PDF through the core API in this process, on a fresh data dir."""
    from clausecheck.core import Clausecheck
    from clausecheck.settings import load_settings

    rows, texts = [], []
    sampler = Sampler(os.getpid())
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="cc-bench-core-") as data:
        app = Clausecheck(load_settings(data_dir=Path(data), model_dir=model_dir))
        t0 = time.perf_counter()
        app.embedder  # noqa: B018 - load the model (and chromadb) outside the per-file figures
        t1 = time.perf_counter()
        app.index  # noqa: B018
        setup = {"model_load_s": t1 - t0, "chroma_open_s": time.perf_counter() - t1}
        # A path to one file (as the README's own example passes) names that file in the corpus.
        marks, pdfs = [time.perf_counter()], sorted(corpus.glob(Path(pattern).name))
        outcomes = app.analyze(pdfs, on_done=lambda _: marks.append(time.perf_counter()))
        for i, outcome in enumerate(outcomes):
            row = {"file": outcome.path.name, "wall_s": marks[i + 1] - marks[i]}
            if outcome.error or outcome.analysis is None or outcome.timings is None:
                rows.append({**row, "error": str(outcome.error)})
                continue
            doc, stages = outcome.analysis.document, outcome.timings.stages
            chunks = app.store.chunks(doc["id"])
            row.update(pages=doc["pages"], chunks=len(chunks), **{s: stages.get(s, 0.0) for s in STAGES})
            rows.append({**row, "total": sum(stages.values())})
            if outcome.path.name == TARGET:  # the texts index_document embeds
                texts = [f"{c.title}\n{c.text}" if c.title else c.text for c in chunks]
        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the padding test
        memory = {**sampler.stop(), "self_max_rss_mib": self_rss}
        padding = padding_compare(app.embedder, texts) if texts else {}
        app.close()
    return {"setup": setup, "files": rows, "analyze_all_wall_s": marks[-1] - marks[0],
            "memory": memory, "padding": padding}  # fmt: skip


def padding_compare(embedder, texts: list[str], repeats: int = 3) -> dict:
    """Our dynamic padding vs. every text padded to 256 tokens (chromadb's default), same session.
    Both cut each text at the embedder's EMBED_TOKENS, so the vectors compare."""
    import numpy as np
    from tokenizers import Tokenizer

    from clausecheck.embed import EMBED_TOKENS, MAX_TOKENS

    fixed = Tokenizer.from_file(str(embedder.model_dir / "tokenizer.json"))
    fixed.enable_truncation(max_length=EMBED_TOKENS)
    fixed.enable_padding(length=MAX_TOKENS)

    def padded(texts: list[str]) -> np.ndarray:
        out = []
        for b in range(0, len(texts), 32):  # chromadb's batch size, in input order
            enc = fixed.encode_batch(texts[b : b + 32])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            weights = mask[:, :, None].astype(np.float32)
            pooled = (embedder.session.run(None, feed)[0] * weights).sum(axis=1) / weights.sum(axis=1)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.concatenate(out)

    def best(func) -> tuple[float, np.ndarray]:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            value = np.asarray(func(texts))
            times.append(time.perf_counter() - start)
        return min(times), value

    (dyn_s, dyn), (pad_s, pad) = best(embedder), best(padded)
    lengths = [len(e.ids) for e in embedder.tokenizer.encode_batch(texts)]
    return {"texts": len(texts), "mean_tokens": sum(lengths) / len(lengths), "max_tokens": max(lengths),
            "cut_at": EMBED_TOKENS, "cut": sum(n >= EMBED_TOKENS for n in lengths), "repeats": repeats,
            "dynamic_s": dyn_s,
            "padded_256_s": pad_s, "ratio": pad_s / dyn_s,
            "max_abs_diff": float(np.abs(dyn - pad).max())}  # fmt: skip


def report(r: dict) -> None:
    b, c, p = r["baseline"], r["cli"], r["in_process"]
    first, load = c["first"]["wall_s"], r["load_avg"]
    print(f"\n== {TARGET}: {b['pages']} pages, {b['words']} words; {r['cpus']} CPUs, "
          f"1-min load average {load[0][0]:.2f} at start, {load[1][0]:.2f} at end ==")  # fmt: skip
    print(
        f"medians of {c['repeats']} runs of each, taken in turn; "
        f"whole-process walls: baseline {_list(c['baseline_walls_s'])}, first {_list(c['first_walls_s'])}"
    )
    q = r["int8"]
    made = f"made now in {q['make_s']:.2f} s (once per machine)" if q["made_now"] else "already made"
    print(f"int8 model {q['path']}: {made}" if q["path"] else "float model (CLAUSECHECK_INT8 is off)")
    print(f"baseline, pdfplumber extract_words in one process: {b['extract_s']:.2f} s "
          f"(+ {b['import_s']:.2f} s import; whole process {b['process_wall_s']:.2f} s wall, "
          f"{b['process_cpu_s']:.2f} s CPU)")  # fmt: skip
    for name in ("first", "second"):
        x = c[name]
        print(f"clausecheck analyze, {name} run: {x['wall_s']:.2f} s wall, {x['cpu_s']:.2f} s CPU "
              "(CPU counts reaped descendants only)")  # fmt: skip
    print(f"repeat (sha256 stored), median of {c['warm_runs']} more runs: {c['warm_median_s']:.2f} s")
    for label, ref in (("extraction alone", b["extract_s"]), ("whole process", b["process_wall_s"])):
        print(f"  target vs baseline {label}: {first / ref:.2f}x -> {'MET' if first <= ref else 'NOT MET'}")
    cpu = c["first"]["cpu_s"] / b["process_cpu_s"]
    print(f"  CPU, first run vs the baseline whole process: {cpu:.2f}x (load moves it less than wall)")
    print(f"python start-up {c['python_startup_s']:.2f} s; import clausecheck.cli {c['import_cli_s']:.2f} s")
    print("  imports (cumulative s): " + ", ".join(f"{n} {s:.2f}" for n, s in c["top_imports"][:8]))
    print("\n== peak RSS (MiB) ==")
    for name, x in (("first", c["first"]), ("second", c["second"])):
        print(f"CLI {name:<6}: max(parent, workers) {x['max_rss_mib']:.0f} (wait4); sampled: parent "
              f"{x['sampled_parent_mib']:.0f}, largest worker {x['sampled_children_mib']:.0f}, "
              f"all at once {x['sampled_tree_sum_mib']:.0f}")  # fmt: skip
    m, s = p["memory"], p["setup"]
    print(f"in-process corpus run: self {m['self_max_rss_mib']:.0f} (ru_maxrss); sampled: largest worker "
          f"{m['sampled_children_mib']:.0f}, all at once {m['sampled_tree_sum_mib']:.0f}")  # fmt: skip
    print(f"\n== per stage in process, s (model load {s['model_load_s']:.2f}, chroma open "
          f"{s['chroma_open_s']:.2f}, all files {p['analyze_all_wall_s']:.2f}) ==")  # fmt: skip
    print(f"{'file':<40}{'pages':>6}" + "".join(f"{h:>9}" for h in (*STAGES, "total", "chunks")))
    for row in p["files"]:
        if "error" in row:
            print(f"{row['file'][:39]:<40}{row['error']}")
            continue
        cells = "".join(f"{row[h]:>9.3f}" for h in (*STAGES, "total"))
        print(f"{row['file'][:39]:<40}{row['pages']:>6}{cells}{row['chunks']:>9}")
    if pad := p["padding"]:
        print(f"\n== embedding the {pad['texts']} chunks of {TARGET}: mean {pad['mean_tokens']:.0f} tokens, "
              f"{pad['cut']} cut at {pad['cut_at']}; best of {pad['repeats']} ==")  # fmt: skip
        print(f"dynamic padding {pad['dynamic_s']:.3f} s, padded to 256 {pad['padded_256_s']:.3f} s: "
              f"{pad['ratio']:.2f}x; max abs diff of the vectors {pad['max_abs_diff']:.1e}")  # fmt: skip


def _list(values: list[float]) -> str:
    return "/".join(f"{v:.1f}" for v in values)


def main() -> None:
    model = os.environ.get("CLAUSECHECK_MODEL_DIR") or REPO.parent / "shared/models/all-MiniLM-L6-v2"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--model-dir", type=Path, default=Path(model))
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "latest.json")
    parser.add_argument("--stages", default="*.pdf", help="corpus files for the per-stage table (glob)")
    parser.add_argument("--repeats", type=int, default=3, help="baseline/analyze pairs; medians reported")
    args = parser.parse_args()
    pdf = args.corpus / TARGET
    if not pdf.is_file():
        sys.exit(f"{pdf} not found (--corpus)")
    print(f"benchmarking: corpus {args.corpus}, model {args.model_dir} (takes a few minutes)", flush=True)
    result: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(),
                    "python": sys.version.split()[0], "corpus": str(args.corpus),
                    "model_dir": str(args.model_dir), "load_avg": [os.getloadavg()]}  # fmt: skip
    result["int8"] = make_int8(args.model_dir)
    result["baseline"], result["cli"] = side_by_side(pdf, args.model_dir, args.repeats)
    result["in_process"] = in_process(args.corpus, args.model_dir, args.stages)
    result["load_avg"].append(os.getloadavg())
    report(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
