"""Analyses as text for people and programs: JSON, a terminal table, Markdown and a comparison.

Rendering is kept pure (analyses in, a string out) so the CLI, the web view and tests share it.
Two rules hold everywhere: a risk is always printed as a word (never colour only, so it survives
copy-paste, screen readers and monochrome terminals), and a stance is shown in plain words from
prompts/vocabulary.yaml, because the reader is often not a lawyer.
"""

from __future__ import annotations

import gettext as gettext_module
import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import click
import yaml

from .errors import ConfigError
from .models import TOPIC_IDS, Analysis, Citation, Finding
from .resources import bundled, default_prompts_dir
from .yamlfile import safe_load

VOCABULARY_FILENAME = "vocabulary.yaml"
QUOTE_CHARS = 160
RISK_ORDER: tuple[str, ...] = ("low", "medium", "high")
_RISK_COLOURS = {"low": "green", "medium": "yellow", "high": "red"}
COMPARE_FORMATS: tuple[str, ...] = ("table", "md", "json")


@dataclass(frozen=True)
class TopicWords:
    label: str
    question: str
    stances: dict[str, str]  # stance id -> plain label, ordered most to least protective


@dataclass(frozen=True)
class FactWords:
    label: str
    unit: str = ""  # "days": the value is a count of days
    values: dict[str, str] = field(default_factory=dict)  # code -> words (SCC -> standard ...)


@lru_cache(maxsize=4)
def catalog(language: str) -> gettext_module.NullTranslations:
    """Our own words (headings, notes, labels) in `language`: the gettext catalog of the web app
    (web/translations), so the pages and the exports word a thing alike. English is the source."""
    if language == "en":
        return gettext_module.NullTranslations()
    folder = bundled("web") / "translations"
    return gettext_module.translation("messages", localedir=folder, languages=[language], fallback=True)


@dataclass(frozen=True)
class Vocabulary:
    """Plain-language labels and the protectiveness order of stances, per topic; fact labels; and
    the language they are in, whose catalog words the rest of an export."""

    topics: dict[str, TopicWords]
    facts: dict[str, FactWords] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # yes, no, none, day, days
    # topic -> stance -> one sentence, in a language other than the engines' English ({} = English)
    summaries: dict[str, dict[str, str]] = field(default_factory=dict)
    language: str = "en"

    def gettext(self, message: str) -> str:
        """One of our own sentences in this vocabulary's language (never contract text)."""
        return catalog(self.language).gettext(message)

    def ngettext(self, singular: str, plural: str, num: int) -> str:
        """The singular or plural form for `num`, with %(num)s filled in."""
        return catalog(self.language).ngettext(singular, plural, num) % {"num": num}

    def summary(self, finding: Finding) -> str:
        """The finding's summary in this vocabulary's language: the engine's own (English) text, or
        this language's sentence for the machine's stance."""
        return self.summaries.get(finding.topic, {}).get(finding.stance) or finding.summary

    def word(self, key: str) -> str:
        return self.words.get(key) or key

    def fact_label(self, key: str) -> str:
        words = self.facts.get(key)
        return words.label if words else key.removesuffix("_days").replace("_", " ").capitalize()

    def fact_value(self, key: str, value: Any) -> str:
        """A fact's value in words: yes/no, "30 days" ("1 day"), codes named, "none named"."""
        words = self.facts.get(key) or FactWords(key)
        if isinstance(value, bool):
            return self.word("yes" if value else "no")
        if isinstance(value, list | tuple):
            return ", ".join(words.values.get(str(v), str(v)) for v in value) or self.word("none")
        if words.unit == "days" and isinstance(value, int | float):
            return f"{value:g} {self.word('day' if value == 1 else 'days')}"
        return words.values.get(str(value), str(value))

    def fact_items(
        self, facts: dict[str, Any] | None, sources: dict[str, int] | None = None
    ) -> list[tuple[str, str]]:
        """Known facts as (label, value) in words; unknown (null) facts left out (unknown is not no).
        With `sources`, a value names the quote that says it ("30 days [quote 1]")."""
        sources = sources or {}
        return [
            (
                self.fact_label(k),
                self.fact_value(k, v) + (f" [{self.word('quote')} {sources[k]}]" if k in sources else ""),
            )
            for k, v in (facts or {}).items()
            if v is not None
        ]

    def facts_text(
        self, facts: dict[str, Any] | None, sep: str = "; ", sources: dict[str, int] | None = None
    ) -> str:
        """Known facts in words; with `sources`, each names the quote that says it."""
        return sep.join(f"{label}: {value}" for label, value in self.fact_items(facts, sources))

    def topic_label(self, topic: str) -> str:
        words = self.topics.get(topic)
        return words.label if words else topic.replace("_", " ").capitalize()

    def stance_label(self, topic: str, stance: str) -> str:
        words = self.topics.get(topic)
        return (words.stances.get(stance) if words else None) or stance.replace("_", " ")

    def stance_rank(self, topic: str, stance: str) -> int:
        """0 = most protective; an unknown stance ranks after every known one."""
        order = list(self.topics[topic].stances) if topic in self.topics else []
        return order.index(stance) if stance in order else len(order)


def load_vocabulary(prompts_dir: Path | None = None, language: str = "en") -> Vocabulary:
    """Read `<prompts_dir>/vocabulary.yaml` (or `vocabulary.<language>.yaml` for another language than
    English), falling back to the shipped copy when a custom prompts folder has none (it is
    wording, not policy, so there is no reason to refuse to print)."""
    filename = VOCABULARY_FILENAME if language == "en" else f"vocabulary.{language}.yaml"
    path = (prompts_dir or default_prompts_dir()) / filename
    if not path.is_file() and prompts_dir is not None:
        path = default_prompts_dir() / filename
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"vocabulary {path}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"vocabulary {path}: not valid YAML ({exc})") from exc
    topics = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(topics, dict):
        raise ConfigError(f"vocabulary {path}: topics: expected a mapping of topic -> words")
    result: dict[str, TopicWords] = {}
    for topic in TOPIC_IDS:
        entry = topics.get(topic)
        if not isinstance(entry, dict):
            raise ConfigError(f"vocabulary {path}: topics.{topic}: missing")
        stances = entry.get("stances")
        if not isinstance(stances, dict) or not stances:
            raise ConfigError(f"vocabulary {path}: topics.{topic}.stances: missing or empty")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in stances.items()):
            raise ConfigError(f"vocabulary {path}: topics.{topic}.stances: expected stance: label pairs")
        result[topic] = TopicWords(
            label=str(entry.get("label") or topic), question=str(entry.get("question") or ""), stances=stances
        )
    facts = {
        str(key): FactWords(str(entry.get("label") or key), str(entry.get("unit") or ""),
                            {str(k): str(v) for k, v in (entry.get("values") or {}).items()})
        for key, entry in (data.get("facts") or {}).items()
        if isinstance(entry, dict)
    }  # fmt: skip
    words = {str(k): str(v) for k, v in (data.get("words") or {}).items()}
    summaries = {
        str(topic): {str(k): str(v) for k, v in entry.items()}
        for topic, entry in (data.get("summaries") or {}).items()
        if isinstance(entry, dict)
    }
    return Vocabulary(result, facts, words, summaries, language)


@lru_cache(maxsize=1)
def _default_vocabulary() -> Vocabulary:
    return load_vocabulary(default_prompts_dir())


def _vocab(vocabulary: Vocabulary | None) -> Vocabulary:
    return vocabulary if vocabulary is not None else _default_vocabulary()


# --- JSON ------------------------------------------------------------------------------------


def to_json(analyses: list[Analysis]) -> str:
    """The spec's JSON: one object for one analysis, an array for several (or none).

    Findings are put in the spec's topic order whatever order the analysis holds them in, because
    consumers (and diffs between runs) rely on that order.
    """
    payload: Any = [replace(a, findings=_ordered(a.findings)).to_json() for a in analyses]
    if len(analyses) == 1:
        payload = payload[0]
    return json.dumps(payload, indent=2, ensure_ascii=False)


# --- shared helpers --------------------------------------------------------------------------


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the spec's topic order; unexpected topics last, so nothing is silently hidden."""
    rank = {topic: i for i, topic in enumerate(TOPIC_IDS)}
    return sorted(findings, key=lambda f: rank.get(f.topic, len(rank)))


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """Collapse white space and cut at a word boundary with an ellipsis, for one-line display."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _section(section: str) -> str:
    """Number-like sections get a "§" (11.2 -> §11.2); "Artikel 5" and "§ 4" stay as written."""
    section = section.strip()
    return f"§{section}" if section[:1].isdigit() else section


def related_tag(vocabulary: Vocabulary | None = None) -> str:
    """What a related clause is called where a quote is numbered ("[related clause]")."""
    return _vocab(vocabulary).gettext("related clause")


def related_note(citation: Citation, vocabulary: Vocabulary | None = None) -> str:
    """Why a related clause is shown, and that it decides nothing."""
    return _vocab(vocabulary).gettext(
        "Not used for the answer: the clause ranker puts it forward for the words %(words)s."
    ) % {"words": citation.why or "-"}


def citation_line(citation: Citation, limit: int = QUOTE_CHARS) -> str:
    parts = [f"p.{citation.page}"]
    if citation.section.strip():
        parts.append(_section(citation.section))
    parts.append(f'"{shorten(citation.quote, limit)}"')
    return " ".join(parts)


# --- how an answer came about ----------------------------------------------------------------


def sent_note(sent_to: str, vocabulary: Vocabulary | None = None) -> str:
    """Where contract text went for an analysis, in words; said plainly when it went nowhere."""
    _ = _vocab(vocabulary).gettext
    if sent_to:
        return _("clauses sent to %(host)s") % {"host": sent_to}
    return _("analysed on this computer; no text was sent out")


def reading_line(engine: str, model: str, sent_to: str, vocabulary: Vocabulary | None = None) -> str:
    """ "engine hybrid · model openai:gpt at host · clauses sent to host": who read the contract."""
    _ = _vocab(vocabulary).gettext
    bits = [_("engine %(engine)s") % {"engine": engine}] if engine else []
    if model:
        bits.append(_("model %(model)s") % {"model": model})
    return " · ".join([*bits, sent_note(sent_to, vocabulary)])


def is_verified(finding: Finding) -> bool:
    """The answer rests on a quote found in the document, or there is nothing to quote (no clause).

    For a model's answer this is `not finding.unverified`; a rules answer whose quotes all failed
    verification is just as unchecked, so the same test covers both engines.
    """
    return not finding.unverified and (bool(finding.evidence) or finding.stance == "not_addressed")


def fallback_note(finding: Finding, vocabulary: Vocabulary | None = None) -> str:
    if not finding.fallback:
        return ""
    return _vocab(vocabulary).gettext("Answered by the rules engine: %(reason)s") % {
        "reason": finding.fallback
    }


def rules_note(finding: Finding, vocabulary: Vocabulary | None = None) -> str:
    """Hybrid only: the rules engine's reading of the same clauses, and whether it differs."""
    if not finding.rules_stance:
        return ""
    vocab = _vocab(vocabulary)
    _ = vocab.gettext
    label = vocab.stance_label(finding.topic, finding.rules_stance)
    verdict = _("DISAGREES") if finding.disagrees else _("agrees")
    return _("Rules engine reads: %(stance)s — %(verdict)s") % {"stance": label, "verdict": verdict}


def review_notes(finding: Finding, vocabulary: Vocabulary | None = None) -> list[str]:
    """What a reviewer must be told about how this answer came about, one sentence each.

    Empty for a plain rules finding, so the everyday output stays as it was.
    """
    _ = _vocab(vocabulary).gettext
    unverified = _("UNVERIFIED: the model's answer could not be checked against the document")
    notes = (unverified if finding.unverified else "", fallback_note(finding, vocabulary),
             rules_note(finding, vocabulary))  # fmt: skip
    return [note for note in notes if note]


def review_tags(finding: Finding, vocabulary: Vocabulary | None = None) -> list[str]:
    """One-word flags for a cell too small for the sentences (compare tables)."""
    _ = _vocab(vocabulary).gettext
    return [
        tag for tag, on in ((_("UNVERIFIED"), finding.unverified), (_("DISAGREES"), finding.disagrees)) if on
    ]


def no_quote_note(finding: Finding, vocabulary: Vocabulary | None = None) -> str:
    """Why a finding has no quote; "" when it has one or the UNVERIFIED note already says why."""
    if finding.evidence or finding.unverified:  # (a related clause is no answer's quote)
        return ""
    _ = _vocab(vocabulary).gettext
    if finding.stance == "not_addressed":
        return _("No clause found on this topic.")
    return _("No verified quote: treat this answer as unchecked.")


def pages_text(pages: int, vocabulary: Vocabulary | None = None) -> str:
    return _vocab(vocabulary).ngettext("%(num)s page", "%(num)s pages", pages)


def language_name(code: str, vocabulary: Vocabulary | None = None) -> str:
    """A document's language in words ("English", "Nederlands"); an unknown code as it is."""
    _ = _vocab(vocabulary).gettext
    return {"en": _("English"), "nl": _("Dutch")}.get(code) or code


def risk_text(risk: str, vocabulary: Vocabulary | None = None) -> str:
    """The risk as a word in capitals (LOW ... UNRATED), in the vocabulary's language."""
    _ = _vocab(vocabulary).gettext
    words = {"low": _("LOW"), "medium": _("MEDIUM"), "high": _("HIGH")}
    return words.get(risk) or _("UNRATED")


def decision_text(finding: Finding, vocabulary: Vocabulary | None = None) -> str:
    """ "Reviewer Anna, 2026-11-30 10:12: set to <words> (the machine read <words>). Note: …" """
    decision = finding.decision
    if decision is None:
        return ""
    vocab = _vocab(vocabulary)
    _ = vocab.gettext
    who = decision.reviewer or _("no name set")
    when = decision.reviewed_at[:16].replace("T", " ")
    if decision.accepted:
        what = _("accepted the machine's reading")
    else:
        what = _("set to %(stance)s (the machine read %(machine)s)") % {
            "stance": vocab.stance_label(finding.topic, decision.stance),
            "machine": vocab.stance_label(finding.topic, finding.stance),
        }
    note = (". " + _("Note: %(note)s") % {"note": " ".join(decision.note.split())}) if decision.note else ""
    return _("Reviewer %(name)s, %(when)s: %(what)s") % {"name": who, "when": when, "what": what} + note


def document_name(document: dict[str, Any]) -> str:
    return str(document.get("vendor") or document.get("filename") or document.get("id") or "document")


def _header(analysis: Analysis, vocabulary: Vocabulary | None = None) -> str:
    _ = _vocab(vocabulary).gettext
    doc = analysis.document
    name = document_name(doc)
    filename = str(doc.get("filename") or "")
    bits = [name if not filename or name == filename else f"{name} — {filename}"]
    if doc.get("pages") is not None:
        bits.append(pages_text(int(doc["pages"]), vocabulary))
    if doc.get("language"):
        bits.append(
            _("language %(language)s") % {"language": language_name(str(doc["language"]), vocabulary)}
        )
    if doc.get("sha256"):
        bits.append(f"sha256 {str(doc['sha256'])[:12]}")
    bits.append(reading_line(analysis.engine, analysis.model, analysis.sent_to, vocabulary))
    bits.append(_("playbook %(name)s") % {"name": analysis.playbook})
    return " · ".join(bits)


# --- terminal table --------------------------------------------------------------------------


def to_table(
    analysis: Analysis, width: int = 100, color: bool = False, vocabulary: Vocabulary | None = None
) -> str:
    """One block per topic: label, RISK word, stance in plain words, then summary, facts, quotes.

    Wide terminals get three aligned columns; below 70 columns the detail goes under the topic.
    """
    vocab = _vocab(vocabulary)
    width = max(width, 40)
    label_w = max(len(vocab.topic_label(t)) for t in TOPIC_IDS) + 2
    risk_w = 8
    wide = width >= 70
    indent = " " * (label_w + risk_w) if wide else "    "
    body_w = max(width - len(indent), 20)

    def wrap(text: str, hang: str = "") -> list[str]:
        """Wrap to the body width; continuation lines of a fact or quote line are indented."""
        return textwrap.wrap(text, body_w, subsequent_indent=hang) or [""]

    def paint(word: str, risk: str) -> str:
        return click.style(word, fg=_RISK_COLOURS.get(risk), bold=True) if color else word

    lines = [*textwrap.wrap(_header(analysis, vocab), width)]
    lines += [line for w in analysis.warnings for line in textwrap.wrap(f"WARNING: {w}", width)]
    lines.append("=" * min(width, 100))
    if wide:
        lines.append(f"{'TOPIC':<{label_w}}{'RISK':<{risk_w}}POSITION")
    for finding in _ordered(analysis.findings):
        topic = vocab.topic_label(finding.topic)
        risk = risk_text(finding.decided_risk, vocab)
        stance = vocab.stance_label(finding.topic, finding.decided_stance)
        detail: list[str] = []
        if wide:
            stance_lines = wrap(stance)
            padded = f"{risk:<{risk_w}}"
            lines.append(f"{topic:<{label_w}}{paint(padded, finding.decided_risk)}{stance_lines[0]}")
            detail += stance_lines[1:]
        else:
            lines.append(f"{topic} — {paint(risk, finding.decided_risk)}")
            detail += wrap(stance)
        for note in review_notes(finding, vocab):
            detail += wrap(note, "  ")
        if finding.decision:
            detail += wrap(decision_text(finding, vocab), "  ")
        if finding.summary:
            detail += wrap(finding.summary)
        facts = vocab.facts_text(finding.facts, ", ", finding.sources)
        if facts:
            detail += wrap(f"facts: {facts}", "  ")
        for n, citation in enumerate(finding.evidence, start=1):
            detail += wrap(f"[quote {n}] {citation_line(citation)}", "  ")
        for citation in finding.related:
            detail += wrap(f"[{related_tag(vocab)}] {citation_line(citation)}", "  ")
            detail += wrap(related_note(citation, vocab), "    ")
        missing = no_quote_note(finding, vocab)
        if missing:
            detail.append(f"({missing[:1].lower()}{missing[1:].rstrip('.')})")
        lines += [indent + line if line else "" for line in detail]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    """Escape Markdown syntax and flatten line breaks, so contract text cannot break the layout."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_markdown(analyses: list[Analysis], vocabulary: Vocabulary | None = None) -> str:
    """A clause summary to paste into a ticket or review note: a table per document, then the
    verbatim quotes with page numbers so every answer can be checked against the PDF."""
    vocab = _vocab(vocabulary)
    _ = vocab.gettext
    out = ["# " + _("Clause summary"), ""]
    # (gettext calls stay outside f-strings: pybabel does not look inside them)
    warning, facts_word = _("Warning:"), _("Facts:")
    head = "| " + " | ".join([_("Topic"), _("Position"), _("Risk"), _("Summary")]) + " |"
    for analysis in analyses:
        out += [f"## {_md(document_name(analysis.document))}", "", _md(_header(analysis, vocab)), ""]
        out += [f"> **{warning}** {_md(w)}\n" for w in analysis.warnings]
        out += [head, "|---|---|---|---|"]
        findings = _ordered(analysis.findings)
        for f in findings:
            topic = _md(vocab.topic_label(f.topic))
            stance = _md(vocab.stance_label(f.topic, f.decided_stance))
            stance += "".join(f" **{tag}**" for tag in review_tags(f, vocab))
            risk = risk_text(f.decided_risk, vocab)
            out.append(f"| {topic} | {stance} | **{risk}** | {_md(vocab.summary(f))} |")
        out += ["", "### " + _("Quotes"), ""]
        for f in findings:
            out.append(f"**{_md(vocab.topic_label(f.topic))}**")
            out.append("")
            out += [f"- {_md(note)}" for note in review_notes(f, vocab)]
            facts = vocab.facts_text(f.facts, "; ", f.sources)
            if facts:
                out.append(f"- {facts_word} {_md(facts)}")
            if f.decision:
                out.append(f"- {_md(decision_text(f, vocab))}")
            for n, c in enumerate(f.citations, start=1):
                where = f"p. {c.page}" + (f", {_md(_section(c.section))}" if c.section.strip() else "")
                tag = related_tag(vocab) if c.related else f"{vocab.word('quote')} {n}"
                note = f" ({_md(related_note(c, vocab))})" if c.related else ""
                out.append(f"- [{tag}] {where}: “{_md(c.quote)}”{note}")
            missing = no_quote_note(f, vocab)
            if missing:
                out.append(f"- {missing}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- comparison ------------------------------------------------------------------------------


@dataclass
class CompareRow:
    topic: str
    cells: list[Finding | None]  # one per document, None when the analysis lacks the topic
    differs: bool
    best: list[str]  # column names of the most protective position(s)


def column_names(analyses: list[Analysis]) -> list[str]:
    """vendor or filename; made unique so two documents of one vendor still get two columns."""
    names = [document_name(a.document) for a in analyses]
    result: list[str] = []
    for i, (name, analysis) in enumerate(zip(names, analyses, strict=True)):
        if names.count(name) > 1:
            filename = str(analysis.document.get("filename") or "")
            name = f"{name} ({filename})" if filename and filename != name else f"{name} #{i + 1}"
        result.append(name)
    return result


def compare_rows(analyses: list[Analysis], vocabulary: Vocabulary | None = None) -> list[CompareRow]:
    """Per topic: each document's finding, whether stances differ, and who is most protective
    (lower risk first, as rated by the playbook; ties broken by the stance order). An answer no
    quote could verify is never named best: a reviewer would take "best" as checked."""
    vocab = _vocab(vocabulary)
    names = column_names(analyses)
    rows = []
    for topic in TOPIC_IDS:
        cells = [next((f for f in a.findings if f.topic == topic), None) for a in analyses]
        present = [(name, f) for name, f in zip(names, cells, strict=True) if f is not None]

        def key(f: Finding, topic: str = topic) -> tuple[int, int]:
            risk = RISK_ORDER.index(f.decided_risk) if f.decided_risk in RISK_ORDER else len(RISK_ORDER)
            return risk, vocab.stance_rank(topic, f.decided_stance)

        # A reviewer's decision counts as checked: a person read the clause.
        checked = [(name, f) for name, f in present if not f.unverified or f.decision]
        best_key = min((key(f) for _, f in checked), default=None)
        rows.append(
            CompareRow(
                topic=topic,
                cells=cells,
                differs=len({f.decided_stance for _, f in present}) > 1,
                best=[name for name, f in checked if key(f) == best_key],
            )
        )
    return rows


def _cell(finding: Finding | None, vocab: Vocabulary) -> str:
    """ "stance in words (RISK)", its tags, and "reviewed" when a person settled it."""
    if finding is None:
        return "—"
    label = vocab.stance_label(finding.topic, finding.decided_stance)
    reviewed = [vocab.gettext("reviewed")] if finding.decision else []
    risk = risk_text(finding.decided_risk, vocab)
    return " ".join([f"{label} ({risk})", *review_tags(finding, vocab), *reviewed])


def compare_table(analyses: list[Analysis], fmt: str = "table", vocabulary: Vocabulary | None = None) -> str:
    """Topics as rows, one column per document, each cell "stance (RISK)".

    A row where the documents take different stances is marked ("*" in the table, a Differs column
    in Markdown, "differs": true in JSON), and the document(s) with the best position are named.
    """
    if fmt not in COMPARE_FORMATS:
        raise ValueError(f"unknown compare format {fmt!r}; use one of {', '.join(COMPARE_FORMATS)}")
    vocab = _vocab(vocabulary)
    _ = vocab.gettext
    names = column_names(analyses)
    rows = compare_rows(analyses, vocab)

    def best_text(row: CompareRow) -> str:
        if len(analyses) > 1 and len(row.best) == len(analyses):
            return _("all equal")
        return ", ".join(row.best) or "—"

    if fmt == "json":
        payload = {
            "documents": [
                {"name": n, "id": a.document.get("id"), "filename": a.document.get("filename")}
                for n, a in zip(names, analyses, strict=True)
            ],
            "topics": [
                {
                    "topic": row.topic,
                    "cells": {
                        n: (
                            {
                                "stance": f.decided_stance,
                                "risk": f.decided_risk,
                                "machine_stance": f.stance,
                                "decision": f.decision.to_json() if f.decision else None,
                            }
                            if f
                            else None
                        )
                        for n, f in zip(names, row.cells, strict=True)
                    },
                    "differs": row.differs,
                    "best": row.best,
                }
                for row in rows
            ],
        }
        return json.dumps(payload, indent=2, ensure_ascii=False)

    if fmt == "md":
        out = [
            "| " + " | ".join([_("Topic"), *(_md(n) for n in names), _("Differs"), _("Best")]) + " |",
            "|---|" + "---|" * len(names) + "---|---|",
        ]
        for row in rows:
            cells = " | ".join(_md(_cell(f, vocab)) for f in row.cells)
            differs = f"**{vocab.word('yes')}**" if row.differs else ""
            topic = _md(vocab.topic_label(row.topic))
            out.append(f"| {topic} | {cells} | {differs} | {_md(best_text(row))} |")
        return "\n".join(out) + "\n"

    header = ["  " + _("Topic"), *names, _("Best")]
    body = [
        [
            ("* " if row.differs else "  ") + vocab.topic_label(row.topic),
            *(_cell(f, vocab) for f in row.cells),
            best_text(row),
        ]
        for row in rows
    ]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(values: list[str]) -> str:
        return " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)] + [line(r) for r in body]
    if any(row.differs for row in rows):
        out += ["", "* " + _("the documents take different positions on this topic")]
    return "\n".join(out) + "\n"
