"""A learned second look at the clauses read: which one, of those the rules did not quote, a
reviewer most likely needs to see.

The rules quote the clauses their decision rests on. On contracts they were not written for, the
clause a careful reviewer would point to is often read but not quoted: worded in a way no signal
phrase expected. This ranker scores each sentence read for a topic by its words (stems, pairs of
stems, the words of its heading) with one logistic regression per topic, trained by
`bench/train_ranker.py` on labelled clauses (our own contracts and the development sets, never
the check set). Its weights are plain numbers per word in `prompts/ranker.json`, so a card can
say which words put a clause forward, and a user can read or retrain them.

It never changes a stance or a fact: its pick is shown after the quotes that decide, as a
related clause.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from .reading import LANGUAGES, stemmer

RANKER_FILE = "ranker.json"
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
# Words that carry no topic of their own: they may weigh in a score, but never explain one.
# fmt: off
FUNCTION_WORDS = frozenset({
    "the", "and", "for", "are", "but", "not", "was", "were", "will", "shall", "may", "can", "must",
    "with", "from", "into", "onto", "this", "that", "these", "those", "its", "their", "our", "your",
    "his", "her", "has", "have", "had", "been", "being", "which", "who", "whom", "whose", "what",
    "when", "where", "than", "then", "any", "all", "each", "such", "other", "only", "also", "upon",
    "under", "over", "after", "before", "within", "without", "there", "here", "them", "they", "een",
    "het", "van", "voor", "met", "door", "niet", "geen", "wel", "zijn", "worden", "wordt", "werd",
    "dat", "die", "dit", "deze", "ook", "als", "dan", "maar", "bij", "naar", "uit", "aan", "tot",
    "onder", "zal", "zullen", "kan", "kunnen", "mag", "mogen", "moet", "moeten", "heeft",
    "hebben", "haar", "hun"
})
# fmt: on
LAST_RANK = 12  # chunks ranked past this (or read only as a neighbour) count as one rank


@dataclass(frozen=True)
class Candidate:
    """A sentence read for a topic, as the ranker sees it."""

    text: str
    title: str  # the heading of the clause it stands in
    rank: int  # the rank of its chunk in the topic's retrieval (0 = best)


@lru_cache(maxsize=65536)
def _stem(word: str, language: str) -> str:
    """A word's plain Snowball stem (contracts repeat their words: each is stemmed once)."""
    return str(stemmer(language if language in LANGUAGES else "en").stemWord(word))


def _stems(text: str, language: str) -> list[str]:
    return [_stem(w.lower(), language) for w in _WORD.findall(text)]


def features(candidate: Candidate, language: str) -> set[str]:
    """The names the weights are kept under: stems, adjacent pairs of stems ("delet_within"),
    heading stems ("T:subprocessor"), and a few shapes (retrieval rank, length, a figure)."""
    stems = _stems(candidate.text, language)
    out = set(stems)
    out.update(f"{a}_{b}" for a, b in pairwise(stems))
    out.update(f"T:{s}" for s in _stems(candidate.title, language))
    out.add(f"rank{min(candidate.rank, LAST_RANK)}")
    out.add(f"len{min(len(stems) // 10, 6)}")
    if any(c.isdigit() for c in candidate.text):
        out.add("figure")
    return out


@dataclass
class Pick:
    candidate: Candidate
    score: float  # the model's probability that this is a clause a reviewer marked
    words: list[str]  # the stems that weighed most for it, most first


class ClauseRanker:
    def __init__(self, topics: dict[str, dict[str, Any]], threshold: float) -> None:
        self.topics = topics  # topic id -> {"bias": float, "weights": {feature: weight}}
        self.threshold = threshold

    @classmethod
    def load(cls, prompts_dir: Path) -> ClauseRanker | None:
        """The ranker shipped in (or put into) the prompts folder; None where there is none, so a
        user's own prompts folder without one reads as before."""
        path = prompts_dir / RANKER_FILE
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        topics = data["topics"] if isinstance(data, dict) else None
        if not isinstance(topics, dict) or not all(
            isinstance(m, dict) and isinstance(m.get("weights"), dict) for m in topics.values()
        ):
            raise ValueError("'topics' must map each topic to its bias and a table of weights")
        for model in topics.values():
            model["bias"] = float(model["bias"])
            model["weights"] = {str(f): float(w) for f, w in model["weights"].items()}
        return cls(topics, float(data["threshold"]))

    def probability(self, topic: str, candidate: Candidate, language: str) -> float:
        model = self.topics.get(topic)
        if model is None:
            return 0.0
        weights = model["weights"]
        z = model["bias"] + sum(weights.get(f, 0.0) for f in features(candidate, language))
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))  # (no overflow from hand-made weights)

    def pick(self, topic: str, candidates: Iterable[Candidate], language: str) -> Pick | None:
        """The best-scored candidate, if the model gives it at least the threshold."""
        if topic not in self.topics:
            return None
        scored = [(self.probability(topic, c, language), i, c) for i, c in enumerate(candidates)]
        if not scored:
            return None
        score, _, best = max(scored, key=lambda s: (s[0], -s[1]))
        if score < self.threshold:
            return None
        return Pick(best, score, self._words(topic, best, language))

    def _words(self, topic: str, candidate: Candidate, language: str, n: int = 3) -> list[str]:
        """The clause's own words whose stems raised its score most, most first."""
        weights = self.topics[topic]["weights"]
        surface = [w.lower() for w in _WORD.findall(candidate.text)]
        first_word: dict[str, str] = {}
        for stem, word in zip(_stems(candidate.text, language), surface, strict=True):
            if weights.get(stem, 0.0) > 0 and len(word) > 2 and word not in FUNCTION_WORDS:
                first_word.setdefault(stem, word)
        return [first_word[s] for s in sorted(first_word, key=lambda s: -weights[s])[:n]]


def fit(
    rows: list[tuple[set[str], bool, str]], min_documents: int = 5, l2: float = 100.0, steps: int = 400
) -> dict[str, Any]:
    """One logistic regression over the rows' features, each row a sentence (its features,
    whether it is a labelled clause, its document). Only features seen in at least
    `min_documents` documents get a weight: a vendor's name or a heading one contract alone
    uses would fit that contract, not the next. Full-batch gradient descent with per-weight steps
    (AdaGrad) and L2: deterministic, so the same rows give the same weights."""
    import numpy as np

    documents: dict[str, set[str]] = {}
    for names, _, document in rows:
        for name in names:
            documents.setdefault(name, set()).add(document)
    vocabulary = sorted(f for f, seen in documents.items() if len(seen) >= min_documents)
    index = {f: i for i, f in enumerate(vocabulary)}
    row_of, column = [], []
    for r, (names, _, _) in enumerate(rows):
        for f in names:
            if f in index:
                row_of.append(r)
                column.append(index[f])
    rows_ix, cols_ix = np.array(row_of, dtype=np.int64), np.array(column, dtype=np.int64)
    y = np.array([1.0 if positive else 0.0 for _, positive, _ in rows])
    w, b = np.zeros(len(vocabulary)), 0.0
    square_w, square_b = np.full(len(vocabulary), 1e-8), 1e-8
    rate = 0.5
    for _ in range(steps):
        z = np.full(len(rows), b)
        np.add.at(z, rows_ix, w[cols_ix])
        error = 1 / (1 + np.exp(-z)) - y
        grad_w = np.zeros(len(vocabulary))
        np.add.at(grad_w, cols_ix, error[rows_ix])
        grad_w = grad_w / len(rows) + l2 * w / len(rows)
        grad_b = float(error.mean())
        square_w += grad_w**2
        square_b += grad_b**2
        w -= rate * grad_w / np.sqrt(square_w)
        b -= rate * grad_b / math.sqrt(square_b)
    weights = {f: round(float(v), 4) for f, v in zip(vocabulary, w, strict=True) if abs(v) >= 1e-3}
    return {"bias": round(b, 4), "weights": weights}
