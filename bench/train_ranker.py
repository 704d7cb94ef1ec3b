"""Train the related-clause ranker (prompts/ranker.json) from labelled sets.

    python bench/train_ranker.py --set LABELS.json PDF_DIR [--set ...] [--work DIR] [--out FILE]

Each set is analysed with the offline engine (kept in --work, so a second run only reads). For
every labelled topic with evidence quotes, each sentence the engine read for it is a row: its
features (clausecheck/ranker.py) and whether it lands on a labelled quote (the same test as
`clausecheck eval`'s deciding-clause score). One logistic regression per topic is fitted and
written with the threshold. Never train on the check set: it measures whether this generalises.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from clausecheck.core import Clausecheck
from clausecheck.evaluate import load_labels, same_clause
from clausecheck.extract.evidence import cite, whole
from clausecheck.extract.related import candidates
from clausecheck.pipeline import Timings
from clausecheck.ranker import features, fit
from clausecheck.settings import load_settings

THRESHOLD = 0.1  # a pick rated below this is not shown (bench/README.md: how it was chosen)


def rows_of(labels_path: Path, pdf_dir: Path, data_dir: Path, model_dir: str | None) -> dict[str, list]:
    labels = load_labels(labels_path)
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    pdfs = sorted(p for p in pdf_dir.glob("*.pdf") if p.stem in labels)
    app.analyze(pdfs)
    stored = {Path(d["filename"]).stem: d["id"] for d in app.store.documents()}
    rows: dict[str, list] = {}
    for stem in sorted(s for s in stored if s in labels):
        doc, chunks = app.store.load_document(stored[stem]), app.store.chunks(stored[stem])
        for topic, found in app._retrieve(doc, chunks, Timings()):
            label = labels[stem]["topics"].get(topic.id) or {}
            evidence = [e for e in label.get("evidence") or [] if isinstance(e, dict)]
            if not evidence:
                continue
            for sentence, section, candidate in candidates(found):
                citation = cite(doc, whole("row", sentence, section))
                if citation.quote:
                    positive = any(same_clause(citation, e) for e in evidence)
                    row = (features(candidate, doc.language), positive, f"{labels_path}:{stem}")
                    rows.setdefault(topic.id, []).append(row)
    app.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", nargs=2, action="append", required=True, metavar=("LABELS", "PDF_DIR"))
    parser.add_argument("--work", type=Path, default=Path("bench/results/ranker"))
    parser.add_argument("--out", type=Path, default=Path("prompts/ranker.json"))
    parser.add_argument("--model-dir", default=os.environ.get("CLAUSECHECK_MODEL_DIR"))
    args = parser.parse_args()
    rows: dict[str, list] = {}
    trained_on = []
    for number, (labels, pdf_dir) in enumerate(args.set):
        found = rows_of(Path(labels), Path(pdf_dir), args.work / f"set{number}", args.model_dir)
        for topic, topic_rows in found.items():
            rows.setdefault(topic, []).extend(topic_rows)
        # (the set by its folder's name: a path as typed on one machine means nothing in the file)
        trained_on.append({"labels": Path(labels).parent.name, "rows": sum(len(r) for r in found.values())})
        print(f"{labels}: {trained_on[-1]['rows']} sentences read", file=sys.stderr)
    topics = {}
    for topic in sorted(rows):
        topics[topic] = fit(rows[topic])
        positives = sum(p for _, p, _ in rows[topic])
        print(
            f"{topic}: {len(rows[topic])} rows, {positives} on a labelled clause, "
            f"{len(topics[topic]['weights'])} weights",
            file=sys.stderr,
        )
    out = {"threshold": THRESHOLD, "trained_on": trained_on, "topics": topics}
    text = json.dumps(out, indent=0, sort_keys=True, ensure_ascii=False)
    args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
