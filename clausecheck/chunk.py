"""Document -> clause-aware chunks that know their pages, section and offsets (pure functions).

A contract's own structure is the best unit: a numbered clause says one thing. Clauses longer
than the size cap are split at paragraph and sentence boundaries (RecursiveSplitter: langchain's
recursive splitter as clausecheck used it), and keep their section number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Chunk, Document

KEYWORD_HEADING = re.compile(
    r"^(?P<num>(?:article|artikel|section|sectie|clause|clausule|hoofdstuk|annex|bijlage|schedule|"
    r"attachment|appendix|exhibit)\s+[0-9IVXLC]+[A-Z]?(?:\.\d+)*)[.:)]?(?:\s*[-–—:]?\s*(?P<title>.*))?$",
    re.IGNORECASE,
)
# "Art. 4. Vertrouwelijkheid" (Belgian and German drafting): the article's number, as "4." would give it.
# (Capitalised, with the dot after the number and a short title: "art. 28 AVG" in running text, and
# "Art. 28(4) GDPR applies" or "Art. 6 lid 1 AVG ..." at a line's start, are references.)
ABBREVIATED_ARTICLE = re.compile(r"^Art\.\s*(?P<num>\d+[a-z]?)\.\s+(?P<title>[^.]{1,60})$")
PARAGRAPH_SIGN = re.compile(r"^(?P<num>§\s*\d+(?:\.\d+)*)\.?\s*(?P<title>.*)$")
NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s+(?P<title>\S.*)$")
MIN_CHUNK = 80  # characters: a heading on its own joins the clause that follows it


@dataclass
class Section:
    start: int
    number: str
    title: str


def heading(line: str, previous: str, previous_was_heading: bool = False) -> tuple[str, str] | None:
    """(number, title) when the line opens a clause, else None.

    Only after a finished sentence (or another heading): a line that starts with "Article 9"
    or "3." because the sentence before it wrapped there is a cross-reference, not a clause.
    """
    text = line.strip()
    if not (_ended(previous) or previous_was_heading):
        return None
    for pattern in (KEYWORD_HEADING, ABBREVIATED_ARTICLE, PARAGRAPH_SIGN, NUMBERED):
        match = pattern.match(text)
        if match:
            number = re.sub(r"\s+", " ", match.group("num")).rstrip(".")
            title = (match.group("title") or "").strip()
            return number, _short_title(title)
    if _looks_like_heading(text):
        return "", text
    return None


def _ended(previous: str) -> bool:
    return not previous.strip() or previous.rstrip()[-1:] in ".:;!?)"


def _short_title(title: str) -> str:
    # "1.2 Processor: The natural person..." -> "Processor"; a long first line is body text.
    head = re.split(r"(?<=[a-z])[.:]\s", title, maxsplit=1)[0]
    return head if len(head) <= 80 else ""


def _looks_like_heading(text: str) -> bool:
    """An unnumbered heading: a short, title-like line."""
    words = text.split()
    if not (1 <= len(words) <= 8) or len(text) > 70:
        return False
    if text[-1] in ".,;:" or not text[0].isupper():
        return False
    capitals = sum(w[0].isupper() for w in words if w[0].isalpha())
    return capitals >= max(1, len(words) // 2)


def sections(text: str) -> list[Section]:
    found = [Section(0, "", "")]
    pos = 0
    previous = ""
    previous_was_heading = False
    for line in text.split("\n"):
        match = heading(line, previous, previous_was_heading) if line.strip() else None
        if match:
            number, title = match
            if not number and found[-1].number and not found[-1].title:
                found[-1].title = title  # "Article 5" then "Sub-processors" on the next line
            else:
                found.append(Section(pos, number, title))
        if line.strip():
            previous = line
            # A heading line of its own ("Article 5", "DEFINITIONS") may be followed by a clause
            # number; a numbered clause whose first line wrapped may not.
            previous_was_heading = match is not None and len(line.strip()) <= 60
        pos += len(line) + 1
    return found


def chunk_document(doc: Document, chunk_size: int = 1200) -> list[Chunk]:
    """Split a parsed document into clause chunks with pages, section and offsets."""
    text = doc.text
    spans = _clause_spans(text)
    splitter = RecursiveSplitter(chunk_size, min(150, chunk_size // 5), SEPARATORS)
    chunks: list[Chunk] = []
    parent_title = ""
    for start, end, number, title in spans:
        if title and (not number or "." not in number):
            parent_title = title
        body = text[start:end]
        pieces = [(start, body)]
        if len(body) > chunk_size:
            pieces = [(start + index, piece) for index, piece in splitter.pieces(body)]
        for piece_start, piece in pieces:
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            s = piece_start + lead
            e = _sentence_end(text, s + len(piece), end)
            chunks.append(
                Chunk(
                    id=f"{doc.id}:{len(chunks)}",
                    doc_id=doc.id,
                    text=text[s:e],
                    start=s,
                    end=e,
                    pages=_pages(doc, s, e),
                    section=number,
                    title=title or parent_title,
                )
            )
    return chunks


SEPARATORS = ("\n\n", "\n", ". ", "; ", " ", "")


class RecursiveSplitter:
    """langchain_text_splitters' RecursiveCharacterTextSplitter (1.x) as chunk_document used it:
    literal separators kept at the end of their piece, whitespace stripped, lengths in characters,
    each piece's start found as its `create_documents(..., add_start_index=True)` finds it. The
    same pieces (a test compares them on every clause of the corpus), without importing langchain:
    its import, langchain_core with it, took about a quarter of a second before the embedding
    could start (0.12-0.14 s of CPU that nothing else shares)."""

    def __init__(self, chunk_size: int, chunk_overlap: int, separators: tuple[str, ...]) -> None:
        self.chunk_size, self.chunk_overlap, self.separators = chunk_size, chunk_overlap, list(separators)

    def pieces(self, text: str) -> list[tuple[int, str]]:
        """The pieces of `text`, each with the offset where it starts."""
        out: list[tuple[int, str]] = []
        index = previous = 0
        for piece in self._split(text, self.separators):
            index = text.find(piece, max(0, index + previous - self.chunk_overlap))
            previous = len(piece)
            out.append((index, piece))
        return out

    def _split(self, text: str, separators: list[str]) -> list[str]:
        separator, rest = separators[-1], []
        for i, candidate in enumerate(separators):
            if not candidate:
                separator = candidate
                break
            if candidate in text:
                separator, rest = candidate, separators[i + 1 :]
                break
        final: list[str] = []
        good: list[str] = []
        for split in _split_keeping_end(text, separator):
            if len(split) < self.chunk_size:
                good.append(split)
                continue
            if good:
                final.extend(self._merge(good))
                good = []
            final.extend(self._split(split, rest) if rest else [split])
        if good:
            final.extend(self._merge(good))
        return final

    def _merge(self, splits: list[str]) -> list[str]:
        """Pieces of whole splits up to the size, each next one starting with up to the overlap of
        the previous one's splits (the separator is kept in the splits, so they join with "")."""
        docs: list[str] = []
        current: list[str] = []
        total = 0
        for split in splits:
            size = len(split)
            if total + size > self.chunk_size and current:
                joined = "".join(current).strip()
                if joined:
                    docs.append(joined)
                while total > self.chunk_overlap or (total + size > self.chunk_size and total > 0):
                    total -= len(current[0])
                    current = current[1:]
            current.append(split)
            total += size
        joined = "".join(current).strip()
        if joined:
            docs.append(joined)
        return docs


def _split_keeping_end(text: str, separator: str) -> list[str]:
    """`text` split after each `separator` (kept at the end of its piece); empty pieces dropped."""
    if not separator:
        return list(text)
    parts = re.split(f"({re.escape(separator)})", text)
    splits = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)] + [parts[-1]]
    return [s for s in splits if s]


_ARTICLE = re.compile(r"\d+")


def article(section: str) -> str:
    """The article a clause number belongs to: "7.3" and "Artikel 7" to "7"; "" when unnumbered."""
    number = _ARTICLE.search(section)
    return number.group(0) if number else ""


def same_article(section: str, other: str) -> bool:
    """Whether two clauses belong to one article ("3.1", "3.2" and "Artikel 3"), or are the same
    unnumbered section."""
    return section == other or (article(section) != "" and article(section) == article(other))


_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
FINISH_REACH = 300  # characters: how far a piece may run on to finish its last sentence


def _sentence_end(text: str, end: int, clause_end: int) -> int:
    """Where a split piece should end: the splitter cuts at line breaks, so a piece may stop in
    mid-sentence ("It is deleted automatically with the"); it runs on to that sentence's end,
    within its own clause."""
    if text[max(0, end - 80) : end].rstrip()[-1:] in ".!?;:" or end >= clause_end:
        return end
    found = _SENTENCE_END.search(text, end, min(clause_end, end + FINISH_REACH))
    return found.end() if found else end


def _clause_spans(text: str) -> list[tuple[int, int, str, str]]:
    found = sections(text)
    spans: list[tuple[int, int, str, str]] = []
    for i, section in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        if spans and spans[-1][1] - spans[-1][0] < MIN_CHUNK:
            prev = spans.pop()
            spans.append((prev[0], end, prev[2] or section.number, prev[3] or section.title))
            continue
        if text[section.start : end].strip():
            spans.append((section.start, end, section.number, section.title))
    return spans


def _pages(doc: Document, start: int, end: int) -> list[int]:
    first, _ = doc.locate(start)
    last, _ = doc.locate(max(start, end - 1))
    return list(range(first, last + 1))
