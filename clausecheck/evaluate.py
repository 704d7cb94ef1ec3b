"""Score analyses against hand labels: stance accuracy, citation validity, duration accuracy and
whether the deciding clause is cited.

The numbers answer the ways the tool can let a reviewer down: a wrong answer (stance outside what
a careful reader accepts), a fake quote (a citation not verbatim on its page), a wrong deadline
(30 days read as 90), and a true quote that is not the clause the answer rests on. Labels list
`acceptable` stances because real clauses are often defensibly read two ways; the strict `stance`
match is reported too. Stance accuracy is split by the document's language, because the same
agreement must read the same in English and in Dutch.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .models import TOPIC_IDS, Analysis, Citation, Finding
from .readers import stances

# fact -> the topic whose finding carries it
DURATION_FACTS: dict[str, str] = {
    "deletion_days": "deletion",
    "backup_retention_days": "backups",
    "notice_days": "subprocessors",
}


@dataclass
class TopicScore:
    decisions: int = 0
    correct: int = 0  # stance within the label's `acceptable`
    exact: int = 0  # stance equal to the label's preferred `stance`

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.decisions if self.decisions else None


@dataclass
class Row:
    stem: str
    topic: str
    expected: str
    acceptable: list[str]
    got: str | None  # None when the analysis (or its finding for this topic) is missing
    ok: bool


@dataclass
class CitationCheck:
    stem: str
    topic: str
    page: int
    quote: str
    valid: bool
    reason: str = ""  # why invalid: not on page, page missing, no page text, empty quote


@dataclass
class DurationScore:
    cases: int = 0  # labelled cases with a non-null value
    exact: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)  # {stem, expected, got}


@dataclass
class CiteScore:
    """Labelled topics with evidence: how often one of our citations is on a labelled clause, and
    how often the first one is (the quote a compare cell shows)."""

    cases: int = 0
    any_hit: int = 0
    first_hit: int = 0  # the first quote the answer rests on (the related clause is never first)
    related_only: int = 0  # cited only by the related clause (ranker.py), not by the evidence
    misses: list[dict[str, Any]] = field(default_factory=list)  # {stem, topic}
    not_first: list[dict[str, Any]] = field(default_factory=list)  # cited, but not as the first quote
    by_topic: dict[str, list[int]] = field(default_factory=dict)  # topic -> [cases, any_hit]
    # Why a deciding clause was not cited: it is not in the text we parsed, it was not among the
    # passages read, or it was read and another clause cited ("unknown" without those records).
    miss_causes: dict[str, int] = field(default_factory=dict)


@dataclass
class Report:
    topics: dict[str, TopicScore]
    overall: TopicScore
    rows: list[Row]
    citations: list[CitationCheck]
    durations: dict[str, DurationScore]
    languages: dict[str, TopicScore] = field(default_factory=dict)
    cite: CiteScore = field(default_factory=CiteScore)
    missing_documents: list[str] = field(default_factory=list)  # labelled, but no analysis
    unlabelled_documents: list[str] = field(default_factory=list)  # analysed, but no labels

    @property
    def citations_total(self) -> int:
        return len(self.citations)

    @property
    def citations_valid(self) -> int:
        return sum(c.valid for c in self.citations)

    @property
    def misses(self) -> list[Row]:
        return [r for r in self.rows if not r.ok]

    def miss_kinds(self) -> dict[str, int]:
        """How the misses err, as issue 9 counts them: a false "not addressed" (a false red flag),
        a falsely reassuring stance (more protective than the label) or a falsely alarming one."""
        kinds = {"false not_addressed": 0, "falsely reassuring": 0, "falsely alarming": 0}
        for row in self.misses:
            order = stances(row.topic)
            if row.got in (None, "not_addressed"):
                kinds["false not_addressed"] += 1
            elif row.expected in order and order.index(row.got) < order.index(row.expected):
                kinds["falsely reassuring"] += 1
            else:
                kinds["falsely alarming"] += 1
        return kinds


def load_labels(path: Path) -> dict[str, Any]:
    """Labels keyed by document stem (PDF filename without .pdf), each with `topics` ->
    {stance, acceptable, facts, evidence}. Checked enough that scoring cannot crash half-way."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"labels {path}: cannot read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"labels {path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"labels {path}: expected an object keyed by document stem")
    for stem, doc in data.items():
        topics = doc.get("topics") if isinstance(doc, dict) else None
        if not isinstance(topics, dict):
            raise ConfigError(f"labels {path}: {stem}.topics: missing")
        for topic, label in topics.items():
            if topic not in TOPIC_IDS:
                raise ConfigError(f"labels {path}: {stem}.topics.{topic}: unknown topic")
            if not isinstance(label, dict) or not isinstance(label.get("stance"), str):
                raise ConfigError(f"labels {path}: {stem}.topics.{topic}.stance: missing")
            acceptable = label.get("acceptable", [label["stance"]])
            if not isinstance(acceptable, list):
                raise ConfigError(f"labels {path}: {stem}.topics.{topic}.acceptable: expected a list")
    return data


_HYPHEN_BREAK = re.compile(r"-[ \t]*\n\s*")


def _collapse(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())  # soft hyphens are invisible in a PDF viewer


def _variants(text: str) -> set[str]:
    """The text as printed, with line-end hyphens dropped ("pro-\\ncessing" -> "processing"), and
    with them kept but joined ("sub-\\nprocessor" -> "sub-processor"), each white-space collapsed."""
    return {
        _collapse(text),
        _collapse(_HYPHEN_BREAK.sub("", text)),
        _collapse(_HYPHEN_BREAK.sub("-", text)),
    }


def quote_on_page(quote: str, page_text: str) -> bool:
    """Whether `quote` is verbatim on the page after white-space normalisation, allowing for words
    that the PDF's line breaks split with a hyphen."""
    wanted = {v for v in _variants(quote) if v}
    if not wanted:
        return False
    pages = _variants(page_text)
    return any(w in p for w in wanted for p in pages)


def _check_citation(stem: str, topic: str, c: Citation, pages: dict[int, str] | None) -> CitationCheck:
    def result(valid: bool, reason: str = "") -> CitationCheck:
        return CitationCheck(stem, topic, c.page, c.quote, valid, reason)

    if not c.quote.strip():
        return result(False, "empty quote")
    if pages is None:
        return result(False, "no page text to check against")
    if c.page not in pages:
        return result(False, f"page {c.page} is not in the document")
    if quote_on_page(c.quote, pages[c.page]):
        return result(True)
    return result(False, f"quote not found on page {c.page}")


_MIN_SHARED = 40  # characters two quotes must share to be the same clause (or all of the shorter)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[’‘`]", "'", text).lower().split())


def same_clause(ours: Citation, evidence: dict[str, Any]) -> bool:
    """Whether our citation lands on a labelled evidence quote: the same or the next page (a
    clause may run over), and a shared run of text as long as the shorter quote or 40 characters."""
    page = evidence.get("page")
    if isinstance(page, int) and abs(ours.page - page) > 1:
        return False
    a, b = _norm(ours.quote), _norm(str(evidence.get("quote") or ""))
    if not a or not b:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    # A bare "Sub-processors" shares all of itself with many clauses: a short quote must be whole.
    shorter = min(len(a), len(b))
    return match.size >= min(_MIN_SHARED, shorter) and (shorter >= 20 or a == b)


def _same_number(a: Any, b: Any) -> bool:
    numeric = (int, float)
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, numeric) or not isinstance(b, numeric):
        return False
    return float(a) == float(b)


def score(
    labels: dict[str, Any],
    analyses: dict[str, Analysis],
    page_texts: dict[str, dict[int, str]],
    doc_texts: dict[str, str] | None = None,
) -> Report:
    """Compare analyses (keyed by stem) with labels.

    A labelled document without an analysis counts as six misses: a document the tool failed on
    is a failure for the user too. Every citation of every analysis is checked against its page.
    """
    topics = {t: TopicScore() for t in TOPIC_IDS}
    overall = TopicScore()
    rows: list[Row] = []
    durations = {fact: DurationScore() for fact in DURATION_FACTS}
    languages: dict[str, TopicScore] = {}
    cite = CiteScore()

    for stem, doc_labels in labels.items():
        language = languages.setdefault(str(doc_labels.get("language") or "?"), TopicScore())
        analysis = analyses.get(stem)
        findings: dict[str, Finding] = {f.topic: f for f in analysis.findings} if analysis else {}
        for topic in TOPIC_IDS:
            label = doc_labels["topics"].get(topic)
            if label is None:
                continue
            acceptable = list(label.get("acceptable") or [label["stance"]])
            finding = findings.get(topic)
            got = finding.stance if finding else None
            ok = got is not None and (got in acceptable or got == label["stance"])
            rows.append(Row(stem, topic, label["stance"], acceptable, got, ok))
            for tally in (topics[topic], overall, language):
                tally.decisions += 1
                tally.correct += ok
                tally.exact += got == label["stance"]
            evidence = [e for e in label.get("evidence") or [] if isinstance(e, dict)]
            if evidence:
                ours = finding.citations if finding else []
                hits = [any(same_clause(c, e) for e in evidence) for c in ours]
                cite.cases += 1
                cite.any_hit += any(hits)
                first = bool(hits) and hits[0] and not ours[0].related  # (the related clause is never first)
                cite.first_hit += first
                by_evidence = any(h and not c.related for h, c in zip(hits, ours, strict=True))
                cite.related_only += any(hits) and not by_evidence
                per_topic = cite.by_topic.setdefault(topic, [0, 0])
                per_topic[0] += 1
                per_topic[1] += any(hits)
                if not any(hits):
                    cite.misses.append({"stem": stem, "topic": topic})
                    cause = _miss_cause(finding, evidence, (doc_texts or {}).get(stem))
                    cite.miss_causes[cause] = cite.miss_causes.get(cause, 0) + 1
                elif not first:
                    cite.not_first.append({"stem": stem, "topic": topic})

        for fact, topic in DURATION_FACTS.items():
            expected = ((doc_labels["topics"].get(topic) or {}).get("facts") or {}).get(fact)
            if expected is None:
                continue
            finding = findings.get(topic)
            got_value = (finding.facts or {}).get(fact) if finding else None
            duration = durations[fact]
            duration.cases += 1
            if _same_number(expected, got_value):
                duration.exact += 1
            else:
                duration.misses.append({"stem": stem, "expected": expected, "got": got_value})

    checks = [
        _check_citation(stem, f.topic, c, page_texts.get(stem))
        for stem, analysis in analyses.items()
        for f in analysis.findings
        for c in f.citations
    ]
    return Report(
        topics=topics,
        overall=overall,
        rows=rows,
        citations=checks,
        durations=durations,
        languages=dict(sorted(languages.items())),
        cite=cite,
        missing_documents=[s for s in labels if s not in analyses],
        unlabelled_documents=[s for s in analyses if s not in labels],
    )


def _miss_cause(finding: Finding | None, evidence: list[dict[str, Any]], text: str | None) -> str:
    """Where a labelled clause that was not cited got lost: in parsing, retrieval or reading."""
    spans = (finding.searched or {}).get("read") if finding else None
    if spans is None or text is None:
        return "unknown"
    heads = [h for e in evidence if (h := _norm(e.get("quote") or "")[:_MIN_SHARED])]
    parsed = _norm(text)  # once, not once a quote
    if not any(h in parsed for h in heads):
        return "not in the parsed text"
    read = _norm(" ".join(text[start:end] for start, end in spans))
    if any(h in read for h in heads):
        return "read, another clause cited"
    return "not among the passages read"


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0 (n/a)"


def format_report(report: Report, summary_only: bool = False) -> str:
    """Per-topic table, overall figures, then every miss so a regression can be traced to a file.

    `summary_only` leaves the misses out: a held-out set is scored as a whole, never read one
    document at a time."""
    width = max(len(t) for t in TOPIC_IDS) + 2
    out = [f"{'topic':<{width}}{'decisions':>10}  {'acceptable':>16}  {'exact':>16}"]
    for topic, s in [*report.topics.items(), ("overall", report.overall)]:
        if topic == "overall":
            out.append("-" * (width + 46))
        out.append(
            f"{topic:<{width}}{s.decisions:>10}  {_pct(s.correct, s.decisions):>16}  "
            f"{_pct(s.exact, s.decisions):>16}"
        )
    out += ["", f"citations verbatim on their page: {_pct(report.citations_valid, report.citations_total)}"]
    cases = sum(d.cases for d in report.durations.values())
    exact = sum(d.exact for d in report.durations.values())
    out.append(f"durations exactly right: {_pct(exact, cases)}")
    out += [f"  {fact}: {_pct(d.exact, d.cases)}" for fact, d in report.durations.items()]
    out.append(
        "stance within acceptable, by language: "
        + ", ".join(f"{lang} {_pct(s.correct, s.decisions)}" for lang, s in report.languages.items())
    )
    if report.misses:
        out.append("how the misses err: " + ", ".join(f"{k} {n}" for k, n in report.miss_kinds().items()))
    c = report.cite
    first = _pct(c.first_hit, c.cases)
    related = f"; by the related clause alone: {c.related_only}" if c.related_only else ""
    out.append(f"deciding clause cited: {_pct(c.any_hit, c.cases)} (as the first quote: {first}{related})")
    out += [f"  {t}: {_pct(c.by_topic[t][1], c.by_topic[t][0])}" for t in TOPIC_IDS if t in c.by_topic]
    if c.miss_causes:
        out.append("  not cited, why: " + ", ".join(f"{k} {n}" for k, n in sorted(c.miss_causes.items())))
    if summary_only:
        return "\n".join(out) + "\n"

    if report.missing_documents:
        out += ["", "not analysed (counted as misses): " + ", ".join(report.missing_documents)]
    if report.unlabelled_documents:
        out += [
            "",
            "analysed but not labelled (ignored for accuracy): " + ", ".join(report.unlabelled_documents),
        ]
    if report.misses:
        out += ["", "stance misses:"]
        for r in report.misses:
            also = f" (acceptable: {', '.join(r.acceptable)})" if r.acceptable != [r.expected] else ""
            out.append(f"  {r.stem}  {r.topic}: expected {r.expected}{also}, got {r.got or 'nothing'}")
    duration_misses = [(fact, m) for fact, d in report.durations.items() for m in d.misses]
    if duration_misses:
        out += ["", "duration misses:"]
        out += [
            f"  {m['stem']}  {fact}: expected {m['expected']}, got {m['got']}" for fact, m in duration_misses
        ]
    bad = [c for c in report.citations if not c.valid]
    if bad:
        out += ["", "invalid citations:"]
        out += [f'  {c.stem}  {c.topic} p.{c.page}: {c.reason}: "{c.quote[:100]}"' for c in bad]
    if report.cite.misses:
        out += ["", "deciding clause not cited:"]
        out += [f"  {m['stem']}  {m['topic']}" for m in report.cite.misses]
    if report.cite.not_first:
        out += ["", "deciding clause cited, but not first:"]
        out += [f"  {m['stem']}  {m['topic']}" for m in report.cite.not_first]
    return "\n".join(out) + "\n"


def report_json(report: Report) -> dict[str, Any]:
    """The report as plain data (for --format json and for tracking scores over time)."""

    def tally(s: TopicScore) -> dict[str, Any]:
        return {"decisions": s.decisions, "correct": s.correct, "exact": s.exact, "accuracy": s.accuracy}

    cases = sum(d.cases for d in report.durations.values())
    exact = sum(d.exact for d in report.durations.values())
    return {
        "topics": {topic: tally(s) for topic, s in report.topics.items()},
        "overall": tally(report.overall),
        "citations": {
            "valid": report.citations_valid,
            "total": report.citations_total,
            "invalid": [asdict(c) for c in report.citations if not c.valid],
        },
        "durations": {
            "cases": cases,
            "exact": exact,
            "facts": {fact: asdict(d) for fact, d in report.durations.items()},
        },
        "languages": {lang: tally(s) for lang, s in report.languages.items()},
        "deciding_clause_cited": {
            "cases": report.cite.cases,
            "any": report.cite.any_hit,
            "first": report.cite.first_hit,
            "related_only": report.cite.related_only,
            "by_topic": {t: {"cases": n, "any": hit} for t, (n, hit) in report.cite.by_topic.items()},
            "miss_causes": report.cite.miss_causes,
        },
        "rows": [asdict(r) for r in report.rows],
        "missing_documents": report.missing_documents,
        "unlabelled_documents": report.unlabelled_documents,
    }
