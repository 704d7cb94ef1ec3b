"""What the LLM engine sends, and what it costs besides the model's own time.

Run by hand:  python bench/bench_llm_payload.py [PDF ...] [--model-dir DIR]
Default PDFs: the dev corpus in ../shared/corpus/dev, else the sample contracts in fixtures/pdf.

A stub model on 127.0.0.1 (tests/llm_stub.py, answering "not_addressed" at once) stands in for
the endpoint, so the figures are clausecheck's side only: per document, the number of requests,
the characters sent (prompts included), the share of the document's own text that was sent at
least once, the largest prompt, and the wall time of reading the stored document again with
`llm` against `rules`. The first `llm` figure includes importing langchain.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--model-dir", type=Path, default=None)
    args = parser.parse_args()
    dev = REPO.parent / "shared" / "corpus" / "dev"
    pdfs = args.pdfs or sorted(dev.glob("*.pdf")) or sorted((REPO / "fixtures" / "pdf").glob("*.pdf"))
    model_dir = args.model_dir or Path(
        os.environ.get("CLAUSECHECK_MODEL_DIR") or REPO.parent / "shared" / "models" / "all-MiniLM-L6-v2"
    )

    import llm_stub

    from clausecheck.core import Clausecheck
    from clausecheck.extract.llm import CHUNK_CHARS
    from clausecheck.settings import load_settings

    print(f"{'document':44} {'pages':>5} {'req':>4} {'sent chars':>10} {'of text':>7} "
          f"{'max prompt':>10} {'rules s':>7} {'llm s':>6}")  # fmt: skip
    totals = {"sent": 0, "text": 0, "distinct": 0}
    with llm_stub.serve() as (base, script), tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            data_dir=Path(folder),
            model_dir=model_dir,
            llm_provider="openai",
            llm_model="stub",
            llm_base_url=f"{base}/v1",
        )
        app = Clausecheck(settings)
        try:
            for pdf in pdfs:
                [outcome] = app.analyze([pdf], engine="rules")
                if outcome.error or outcome.analysis is None:
                    print(f"{pdf.name:44} not analysed: {outcome.error}")
                    continue
                doc_id = outcome.analysis.document["id"]
                text = len(app.store.load_document(doc_id).text)
                started = time.perf_counter()
                app.reread(doc_id, "rules")
                rules_s = time.perf_counter() - started
                script.requests.clear()
                started = time.perf_counter()
                app.reread(doc_id, "llm")
                llm_s = time.perf_counter() - started
                prompts = [
                    sum(len(str(m.get("content", ""))) for m in r["body"].get("messages", []))
                    for r in script.requests
                ]
                sent = sum(prompts)
                bodies = "\n".join(str(r["body"]) for r in script.requests)
                # A clause is sent as its first CHUNK_CHARS characters: which of them went out at all?
                distinct = sum(
                    min(len(c.text), CHUNK_CHARS)
                    for c in app.store.chunks(doc_id)
                    if repr(c.text[:CHUNK_CHARS])[1:-1] in bodies
                )
                totals["sent"] += sent
                totals["text"] += text
                totals["distinct"] += distinct
                print(f"{pdf.name[:44]:44} {outcome.analysis.document['pages']:>5} {len(prompts):>4} "
                      f"{sent:>10,} {distinct / max(text, 1):>7.0%} {max(prompts, default=0):>10,} "
                      f"{rules_s:>7.2f} {llm_s:>6.2f}")  # fmt: skip
        finally:
            app.close()
    print(
        f"\nall: {totals['sent']:,} characters sent (prompts and repeats included); "
        f"{totals['distinct'] / max(totals['text'], 1):.0%} of the documents' {totals['text']:,} characters "
        "of text went out at least once"
    )


if __name__ == "__main__":
    main()
