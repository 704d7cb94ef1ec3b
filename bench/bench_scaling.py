"""How `clausecheck analyze` grows with pages: 10, 50, 150, 300 pages, and a batch of 20 documents.

Run by hand:  python bench/bench_scaling.py [--model-dir DIR] [--out FILE]
The long contracts are our own English fixture pages (fixtures/pdf) repeated in turn, so no corpus
text is used; each document starts at another fixture page, so every one has its own sha256.
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_analyze import REPO, cli_command, run

SOURCES = ("cloudpilot-us-saas-dpa", "nordlicht-eu-dpa", "vaguecorp-terms")  # English fixtures
SIZES = (10, 50, 150, 300)
BATCH = (20, 10)  # documents, pages each


def build(pages: int, start: int, out: Path) -> Path:
    """A PDF of `pages` pages: the fixtures' pages in turn, beginning at fixture page `start`."""
    import pypdfium2 as pdfium  # pdfplumber's own dependency: no new package for the benchmark

    sources = [pdfium.PdfDocument(REPO / "fixtures" / "pdf" / f"{s}.pdf") for s in SOURCES]
    pool = [(doc, i) for doc in sources for i in range(len(doc))]
    merged = pdfium.PdfDocument.new()
    for n in range(pages):
        doc, index = pool[(start + n) % len(pool)]
        merged.import_pages(doc, [index])
    merged.save(out)
    return out


def analyze(paths: list[Path], model_dir: Path) -> dict:
    """One `clausecheck analyze` process on a fresh data dir: wall, CPU and peak memory of its tree."""
    with tempfile.TemporaryDirectory(prefix="cc-bench-scale-") as data:
        cmd = [*cli_command(), "--data-dir", data, "--model-dir", str(model_dir), "analyze", "--format",
               "json", *map(str, paths)]  # fmt: skip
        res = run(cmd, check="clausecheck analyze")
    keys = (
        "wall_s",
        "cpu_s",
        "max_rss_mib",
        "sampled_tree_sum_mib",
        "sampled_parent_mib",
        "sampled_children_mib",
    )
    return {k: res[k] for k in keys}


def main() -> None:
    model = os.environ.get("CLAUSECHECK_MODEL_DIR") or REPO.parent / "shared/models/all-MiniLM-L6-v2"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=Path(model))
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "scaling.json")
    args = parser.parse_args()
    rows = []
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="cc-bench-pdfs-") as tmp:
        for pages in args.sizes:
            pdf = build(pages, 0, Path(tmp) / f"long-{pages}.pdf")
            row = {"case": f"{pages} pages", "pages": pages, "docs": 1, **analyze([pdf], args.model_dir)}
            rows.append(row)
            peak = max(row["sampled_tree_sum_mib"], row["max_rss_mib"])
            print(f"{row['case']}: {row['wall_s']:.1f} s wall, {row['cpu_s']:.1f} s CPU, peak {peak:.0f} MiB "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
        docs, each = BATCH
        batch = [build(each, start, Path(tmp) / f"batch-{start:02d}.pdf") for start in range(docs)]
        rows.append({"case": f"batch of {docs} x {each} pages", "pages": docs * each, "docs": docs,
                     **analyze(batch, args.model_dir)})  # fmt: skip
    loads.append(os.getloadavg()[0])
    print(f"\n== analyze, fresh data dir, one process each; load average {loads[0]:.2f} at start, "
          f"{loads[1]:.2f} at end ==")  # fmt: skip
    print(f"{'case':<26}{'pages':>6}{'wall s':>9}{'cpu s':>8}{'ms/page':>9}{'peak MiB':>10}{'KiB/page':>10}")
    for r in rows:
        peak = max(r["sampled_tree_sum_mib"], r["max_rss_mib"])
        r["peak_mib"], r["ms_per_page"] = peak, 1000 * r["wall_s"] / r["pages"]
        print(f"{r['case']:<26}{r['pages']:>6}{r['wall_s']:>9.1f}{r['cpu_s']:>8.1f}{r['ms_per_page']:>9.0f}"
              f"{peak:>10.0f}{1024 * peak / r['pages']:>10.0f}")  # fmt: skip
    single = [r for r in rows if r["docs"] == 1]
    if len(single) > 1:  # the marginal cost of a page, between the smallest and the largest file
        a, b = single[0], single[-1]
        print(f"marginal: {1000 * (b['wall_s'] - a['wall_s']) / (b['pages'] - a['pages']):.0f} ms/page, "
              f"{1024 * (b['peak_mib'] - a['peak_mib']) / (b['pages'] - a['pages']):.0f} KiB/page; "
              f"median ms/page {statistics.median(r['ms_per_page'] for r in single):.0f}")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "load_avg": loads,
                                    "rows": rows}, indent=2) + "\n")  # fmt: skip
    print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
