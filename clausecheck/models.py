"""Plain data that flows between the stages: parse -> chunk -> index -> extract -> verify -> store.

Stage modules talk to each other only through these types, so each can be tested alone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the top-left

TOPIC_IDS: tuple[str, ...] = (
    "data_location",
    "ai_training",
    "staff_access",
    "deletion",
    "backups",
    "subprocessors",
)


SPEC_DOCUMENT_KEYS = ("id", "filename", "sha256", "pages", "language")
NOT_A_CONTRACT = (
    "This document does not read as a contract or privacy text: its topics are shown as not "
    "addressed and are not rated."
)
UNRATED = ""  # the risk of a topic in a document that is no contract: shown as unrated


@dataclass(frozen=True)
class Token:
    """One word of a page's cleaned text, with where it sits in that text and on the page."""

    text: str
    start: int  # offset in Page.text
    end: int
    bbox: BBox


@dataclass
class Page:
    number: int  # 1-based, as a PDF viewer prints it
    width: float
    height: float
    text: str  # cleaned text in reading order; lines separated by "\n"
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Document:
    """A parsed PDF. `text` is the pages' texts joined by PAGE_SEPARATOR."""

    filename: str
    sha256: str
    pages: list[Page]
    language: str  # "en" or "nl"
    title: str = ""
    vendor: str = ""
    id: str = ""
    kind: str = ""  # "contract" or "other" (no contract or privacy text); "" = not judged

    PAGE_SEPARATOR = "\n\n"

    @property
    def text(self) -> str:
        return self.PAGE_SEPARATOR.join(p.text for p in self.pages)

    def page_starts(self) -> list[int]:
        """Offset in `text` where each page begins."""
        starts, pos = [], 0
        for page in self.pages:
            starts.append(pos)
            pos += len(page.text) + len(self.PAGE_SEPARATOR)
        return starts

    def locate(self, offset: int) -> tuple[int, int]:
        """Map an offset in `text` to (page number, offset within that page's text)."""
        starts = self.page_starts()
        index = 0
        for i, start in enumerate(starts):
            if start <= offset:
                index = i
        return self.pages[index].number, offset - starts[index]

    def text_on_first_page(self, start: int, end: int) -> tuple[int, str]:
        """(page number, text) of the part of a span of `text` on the page where it starts:
        a quote is cited on one page, so a sentence running over a page break is cut there."""
        number, offset = self.locate(start)
        page = next(p for p in self.pages if p.number == number)
        return number, page.text[offset : min(len(page.text), offset + end - start)]


@dataclass
class Chunk:
    """A clause-sized piece of a document, the unit of retrieval."""

    id: str
    doc_id: str
    text: str
    start: int  # offsets in Document.text
    end: int
    pages: list[int]
    section: str = ""  # "7.2", "Artikel 5", "§ 4" or "" when the clause has no number
    title: str = ""


@dataclass
class Citation:
    page: int
    quote: str
    section: str = ""
    bbox: BBox | None = None
    match: str = "exact"  # how the quote was found on its page: exact | normalized
    # "evidence": a clause the answer rests on. "related": a clause the ranker (ranker.py) puts
    # forward for a reviewer to read; it decides nothing, and comes after the evidence.
    role: str = "evidence"
    why: str = ""  # for a related clause: the words that put it forward

    @property
    def related(self) -> bool:
        return self.role == "related"

    def to_json(self) -> dict[str, Any]:
        out = {
            "page": self.page,
            "section": self.section,
            "quote": self.quote,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
        }
        if self.related:
            out["why"] = self.why
        return out


@dataclass
class Review:
    """A reviewer's decision on one finding, kept beside the machine's reading (never replacing it)."""

    topic: str
    stance: str  # the reviewer's stance; the machine's when they accepted it
    accepted: bool  # True: the machine's reading was accepted as it stood
    machine_stance: str  # what the machine read when the decision was made (a re-read may change it)
    note: str = ""
    reviewer: str = ""
    reviewed_at: str = ""
    risk: str = ""  # from the playbook, for the reviewer's stance (set when findings are read)

    def to_json(self) -> dict[str, Any]:
        return {
            "stance": self.stance,
            "risk": self.risk,
            "accepted": self.accepted,
            "note": self.note,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at,
            "machine_stance": self.machine_stance,
        }


@dataclass
class Finding:
    topic: str
    stance: str
    facts: dict[str, Any]
    summary: str
    citations: list[Citation] = field(default_factory=list)
    risk: str = ""
    # What retrieval looked at, so a "not addressed" can be checked by the reviewer.
    searched: dict[str, Any] = field(default_factory=dict)
    # fact key -> number (1-based) of the citation that says it, so a reader can check each fact.
    sources: dict[str, int] = field(default_factory=dict)
    decision: Review | None = None  # a person's decision, stored apart from the machine's reading

    @property
    def evidence(self) -> list[Citation]:
        """The quotes the answer rests on, the deciding one first (the related clause left out)."""
        return [c for c in self.citations if not c.related]

    @property
    def related(self) -> list[Citation]:
        """Clauses put forward for a reviewer to read, which decide nothing (after the evidence)."""
        return [c for c in self.citations if c.related]

    # What counts for the reader: the reviewer's decision where there is one, else the machine's.
    @property
    def decided_stance(self) -> str:
        return self.decision.stance if self.decision else self.stance

    @property
    def decided_risk(self) -> str:
        return self.decision.risk if self.decision else self.risk

    @property
    def overridden(self) -> bool:
        """A reviewer set another stance than the machine's."""
        return self.decision is not None and self.decision.stance != self.stance

    @property
    def review_outdated(self) -> bool:
        """The machine's reading changed (a re-read) since the reviewer decided."""
        return self.decision is not None and self.decision.machine_stance != self.stance

    # What a reviewer must be told about how this answer came about (engines.py writes these).
    @property
    def answered_by(self) -> str:
        """The engine that produced this finding: rules | llm | hybrid."""
        return str(self.searched.get("engine") or "rules")

    @property
    def unverified(self) -> bool:
        """A model's answer none of whose quotes could be found in the document."""
        return self.searched.get("verified") is False

    @property
    def fallback(self) -> str:
        """Why the rules engine answered although a model was asked ("" when it did not)."""
        return str(self.searched.get("llm_error") or "")

    @property
    def rules_stance(self) -> str:
        """In hybrid runs, the rules engine's reading of the same clauses."""
        return str(self.searched.get("rules_stance") or "")

    @property
    def disagrees(self) -> bool:
        """In hybrid runs: the model and the rules engine read the clauses differently."""
        return bool(self.searched.get("disagreement"))

    def review(self) -> dict[str, Any]:
        """The provenance of this answer, for exports: beside the spec's finding, not inside it."""
        out: dict[str, Any] = {"topic": self.topic, "answered_by": self.answered_by}
        if self.searched.get("model"):
            out["model"] = self.searched["model"]
        if self.answered_by != "rules" or self.fallback:
            out["verified"] = not self.unverified
        if self.fallback:
            out["llm_error"] = self.fallback
        if self.rules_stance:
            out["rules_stance"] = self.rules_stance
            out["disagreement"] = self.disagrees
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "stance": self.stance,
            "risk": self.risk,
            "summary": self.summary,
            "facts": self.facts,
            "citations": [c.to_json() for c in self.evidence],
            # Beyond the spec, and only when there is one: a clause put forward to read, which
            # decides nothing (ranker.py), with the words that put it forward.
            **({"related": [c.to_json() for c in self.related]} if self.related else {}),
        }


@dataclass
class Analysis:
    """One analysed document with its six findings, as stored and as printed."""

    document: dict[str, Any]
    engine: str
    findings: list[Finding]
    playbook: str = "default"
    model: str = ""  # "provider:model at host" when a model was asked, else ""
    sent_to: str = ""  # the host contract text was sent to for this analysis; "" = nothing left

    @property
    def not_a_contract(self) -> bool:
        """The document reads as no contract or privacy text (a book page, an invoice)."""
        return self.document.get("kind") == "other"

    @property
    def warnings(self) -> list[str]:
        return [NOT_A_CONTRACT] if self.not_a_contract else []

    def to_json(self) -> dict[str, Any]:
        """The spec's shape (the vendor name is ours, shown elsewhere), with `warnings` added
        only when there is one."""
        out: dict[str, Any] = {
            "document": {k: self.document.get(k) for k in SPEC_DOCUMENT_KEYS},
            "engine": self.engine,
            "findings": [f.to_json() for f in self.findings],
        }
        if self.warnings:
            out["warnings"] = self.warnings
        return out


def finding_from_json(data: dict[str, Any]) -> Finding:
    citations = [
        Citation(
            page=c["page"],
            quote=c["quote"],
            section=c.get("section", ""),
            bbox=tuple(c["bbox"]) if c.get("bbox") else None,  # type: ignore[arg-type]
            match=c.get("match", "exact"),
            role=c.get("role", "evidence"),
            why=c.get("why", ""),
        )
        for c in data.get("citations", [])
    ]
    return Finding(
        topic=data["topic"],
        stance=data["stance"],
        facts=data.get("facts", {}),
        summary=data.get("summary", ""),
        citations=citations,
        risk=data.get("risk", ""),
        searched=data.get("searched", {}),
        sources=data.get("sources", {}),
    )


def citation_dict(citation: Citation) -> dict[str, Any]:
    """Citation with its match status, for storage."""
    return asdict(citation)
