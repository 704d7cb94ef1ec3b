"""The clause summary a reviewer takes to a meeting: CSV, XLSX, JSON, Markdown or a printable PDF.

Everything here is pure: analyses and the tool's provenance in, the file's bytes out, so the CLI,
the web view and tests share it. Rules that hold in every format:

- every export records each document's sha256, the tool version, the engine, the playbook (name
  and sha256) and when it was exported, so a printed page can be traced back to its inputs;
- every export says where contract text was sent (the model's host), or plainly that it was
  analysed on this computer and nothing was sent;
- a model's answer that could not be checked against the document is marked UNVERIFIED, an answer
  the rules engine gave because the model failed says so, and in hybrid runs the rules engine's
  reading is given beside the model's, with a disagreement flagged;
- a risk is always a WORD (LOW, MEDIUM, HIGH, UNRATED); colour is only ever added to the word;
- a stance is also given in plain words from prompts/vocabulary.yaml;
- an export is in its vocabulary's language (English or Dutch): headings, labels, notes, facts and
  summaries from that vocabulary and the gettext catalog in web/translations; quotes from the
  contract are never translated, and JSON keeps the spec's ids whatever the language;
- contract text is untrusted: in CSV a cell that starts with = + - @ tab or CR gets a leading
  single quote so a spreadsheet never runs it as a formula (the header row's last cell says so);
  in XLSX every text cell is written as text (a string cell, "quote prefix" style where it starts
  like a formula), so quotes and names stay verbatim with no added character. Control characters
  that would corrupt a file are dropped in both;
- a reviewer's decision is shown beside the machine's reading, and the risk follows the reviewer's
  position where there is one; stances are words, never raw ids (JSON keeps the spec's ids).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .models import TOPIC_IDS, Analysis, Citation, Finding
from .render import (
    Vocabulary,
    column_names,
    compare_rows,
    compare_table,
    decision_text,
    is_verified,
    language_name,
    load_vocabulary,
    no_quote_note,
    pages_text,
    reading_line,
    related_note,
    related_tag,
    review_notes,
    review_tags,
    risk_text,
    sent_note,
    to_markdown,
)

FORMATS: tuple[str, ...] = ("csv", "xlsx", "json", "md", "pdf")

# Font for the PDF: DejaVu covers curly quotes, accents and "€". Without it, core Helvetica is used
# and the text is transliterated to latin-1 (tests point this at a missing folder).
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"


def N_(message: str) -> str:
    """Marks a word for the catalog (pybabel extracts it); it is translated where it is shown."""
    return message


# The CSV and XLSX columns: in English the heading is the id itself, in another language the
# catalog's words for it (tests and scripts find a column by its place in COLUMNS).
COLUMNS: tuple[str, ...] = (
    N_("vendor"),
    N_("filename"),
    N_("sha256"),
    N_("topic"),
    N_("position"),
    N_("risk"),
    N_("decision"),
    N_("reviewed_by"),
    N_("reviewed_at"),
    N_("review_note"),
    N_("machine_position"),
    N_("machine_risk"),
    N_("summary"),
    N_("facts"),
    N_("page"),
    N_("section"),
    N_("quote"),
    N_("more_citations"),
    N_("answered_by"),
    N_("verified"),
    N_("rules_stance"),
    N_("disagreement"),
    N_("llm_error"),
    N_("engine"),
    N_("model"),
    N_("sent_to"),
    N_("tool_version"),
    N_("playbook"),
    N_("playbook_sha256"),
    N_("exported_at"),
)


def headings(vocabulary: Vocabulary) -> list[str]:
    """The column headings of the CSV and the XLSX in the vocabulary's language."""
    return [vocabulary.gettext(column) for column in COLUMNS]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 controls other than tab, LF and CR, DEL and C1 controls: XML (XLSX) refuses them, PDFs and
# terminals misdraw them, and they never carry meaning in contract text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_RISK_RGB = {"low": (0, 128, 0), "medium": (176, 112, 0), "high": (192, 0, 0)}
_RISK_FILL = {"low": (226, 244, 226), "medium": (255, 242, 204), "high": (252, 224, 224)}
_RISK_ARGB = {"low": "FFE2F4E2", "medium": "FFFFF2CC", "high": "FFFCE0E0"}


def export(
    analyses: list[Analysis],
    fmt: str,
    provenance: dict[str, Any],
    *,
    vocabulary: Vocabulary | None = None,
    now: datetime | None = None,
) -> bytes:
    """The analyses as a file of format `fmt` (one of FORMATS).

    `provenance` is Clausecheck.provenance(): tool, version, engine, model, sent_to, playbook,
    playbook_sha256. `now` is the export time recorded in the file (default: the current time, UTC).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    vocab = vocabulary if vocabulary is not None else load_vocabulary()
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    prov = {
        **provenance,
        "model": _joined(provenance.get("model"), (a.model for a in analyses)),
        "sent_to": _joined(provenance.get("sent_to"), (a.sent_to for a in analyses)),
        "exported_at": stamp.isoformat(),
    }
    writers: dict[str, Callable[[list[Analysis], dict[str, Any], Vocabulary], bytes]] = {
        "csv": to_csv,
        "xlsx": to_xlsx,
        "json": to_json,
        "md": to_md,
        "pdf": to_pdf,
    }
    return writers[fmt](analyses, prov, vocab)


# --- shared helpers --------------------------------------------------------------------------


def _ordered(findings: list[Finding]) -> list[Finding]:
    """Findings in the spec's topic order; unexpected topics last, so nothing is silently hidden."""
    rank = {topic: i for i, topic in enumerate(TOPIC_IDS)}
    return sorted(findings, key=lambda f: rank.get(f.topic, len(rank)))


def _flat(text: Any) -> str:
    """One line: control characters dropped, runs of white space collapsed."""
    return " ".join(_CONTROL.sub("", str(text)).split())


def _section(section: str) -> str:
    """Number-like sections get a "§" (11.2 -> §11.2); "Artikel 5" and "§ 4" stay as written."""
    section = section.strip()
    return f"§{section}" if section[:1].isdigit() else section


CSV_NOTE = N_(
    "note: a cell that starts with = + - or @ has a ' put before it so a spreadsheet does not run "
    "it as a formula; the rest of each quote is verbatim"
)


def decision_cells(finding: Finding, vocabulary: Vocabulary | None = None) -> dict[str, str]:
    """The reviewer's decision on a finding, or empty cells when there is none."""
    decision = finding.decision
    if decision is None:
        return {"decision": "", "reviewed_by": "", "reviewed_at": "", "review_note": ""}
    _ = (vocabulary or load_vocabulary()).gettext
    return {
        "decision": _("accepted") if decision.accepted else _("changed"),
        "reviewed_by": decision.reviewer,
        "reviewed_at": decision.reviewed_at,
        "review_note": _flat(decision.note),
    }


def _where(citation: Citation) -> str:
    # "p." is the page in Dutch too
    section = _section(citation.section or "")
    return f"p. {citation.page}" + (f", {section}" if section else "")


def _joined(given: Any, more: Iterable[str]) -> str:
    """The provenance's comma-joined list together with the analyses' own: an export must never say
    "nothing was sent" while one of its analyses records a host, whoever built the provenance."""
    items = [i for value in (str(given or ""), *more) for i in value.split(", ") if i]
    return ", ".join(sorted(set(items)))


def _yes_no(value: bool, vocabulary: Vocabulary) -> str:
    return vocabulary.word("yes" if value else "no")


def _tool(prov: dict[str, Any]) -> str:
    return f"{prov.get('tool') or 'clausecheck'} {prov.get('version') or '?'}"


def _playbook(prov: dict[str, Any], digits: int | None = None) -> str:
    name = str(prov.get("playbook") or "?")
    sha = str(prov.get("playbook_sha256") or "")
    if digits is not None:
        sha = sha[:digits]
    return f"{name} (sha256 {sha})" if sha else name


def _text_sent(prov: dict[str, Any], vocabulary: Vocabulary | None = None) -> str:
    """Where the exported analyses' contract text went, in words ("nothing was sent" included)."""
    return sent_note(str(prov.get("sent_to") or ""), vocabulary)


def provenance_line(prov: dict[str, Any], vocabulary: Vocabulary | None = None) -> str:
    """ "clausecheck 0.1.0 · engine rules · analysed on this computer; no text was sent out ·
    playbook default (sha256 …) · exported …"; a model and its host are named when one was asked."""
    _ = (vocabulary or load_vocabulary()).gettext
    engine, model, sent_to = (str(prov.get(k) or "") for k in ("engine", "model", "sent_to"))
    reading = reading_line(engine, model, sent_to, vocabulary)
    bits = [_tool(prov), reading]
    bits.append(_("playbook %(name)s") % {"name": _playbook(prov)})
    if prov.get("exported_at"):
        bits.append(_("exported %(when)s") % {"when": prov["exported_at"]})
    return " · ".join(bits)


# --- CSV and XLSX ----------------------------------------------------------------------------


def neutralise(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula gets a leading single quote.

    Numbers pass unchanged; control characters are dropped from text (XLSX cannot hold them).
    """
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def rows(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> list[dict[str, Any]]:
    """One row per document and topic, in COLUMNS order, values not yet neutralised.

    A spreadsheet user filters and counts by topic, so each document has exactly one row per
    topic (six per document): `page`, `section` and `quote` hold the first quote the answer rests
    on, and any further ones are joined in `more_citations`, one per line as
    `p. 7, §12.1: “quote”`, the related clause last and marked as such.
    A topic without a citation leaves page, section and quote empty.
    """
    out = []
    for analysis in analyses:
        doc = analysis.document
        for finding in _ordered(analysis.findings):
            evidence = finding.evidence
            first = evidence[0] if evidence else None
            more = "\n".join(
                [f"{_where(c)}: “{_flat(c.quote)}”" for c in evidence[1:]]
                + [f"{_where(c)} ({related_tag(vocabulary)}): “{_flat(c.quote)}”" for c in finding.related]
            )
            out.append(
                {
                    "vendor": str(doc.get("vendor") or ""),
                    "filename": str(doc.get("filename") or ""),
                    "sha256": str(doc.get("sha256") or ""),
                    "topic": vocabulary.topic_label(finding.topic),
                    "position": vocabulary.stance_label(finding.topic, finding.decided_stance),
                    "risk": risk_text(finding.decided_risk, vocabulary),
                    **decision_cells(finding, vocabulary),
                    "machine_position": vocabulary.stance_label(finding.topic, finding.stance),
                    "machine_risk": risk_text(finding.risk, vocabulary),
                    "summary": _flat(vocabulary.summary(finding)),
                    "facts": vocabulary.facts_text(finding.facts),
                    "page": first.page if first else "",
                    "section": (first.section or "").strip() if first else "",
                    "quote": _flat(first.quote) if first else "",
                    "more_citations": more,
                    **_review_cells(finding, vocabulary),
                    "engine": analysis.engine,
                    "model": analysis.model,
                    "sent_to": analysis.sent_to or sent_note("", vocabulary),
                    "tool_version": _tool(prov),
                    "playbook": str(prov.get("playbook") or ""),
                    "playbook_sha256": str(prov.get("playbook_sha256") or ""),
                    "exported_at": prov["exported_at"],
                    # not columns: what the XLSX tints and sets in bold, whatever the language
                    "_risk_id": finding.decided_risk,
                    "_alerts": {"verified": not is_verified(finding), "disagreement": finding.disagrees},
                }
            )
    return out


def _review_cells(finding: Finding, vocabulary: Vocabulary) -> dict[str, str]:
    """How the answer came about: `verified` yes/no for every answer (no = treat as unchecked);
    `rules_stance` and `disagreement` only in hybrid runs; `llm_error` when the rules engine
    answered because the model failed."""
    return {
        "answered_by": finding.answered_by,
        "verified": _yes_no(is_verified(finding), vocabulary),
        "rules_stance": vocabulary.stance_label(finding.topic, finding.rules_stance)
        if finding.rules_stance
        else "",
        "disagreement": _yes_no(finding.disagrees, vocabulary) if finding.rules_stance else "",
        "llm_error": _flat(finding.fallback),
    }


def to_csv(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> bytes:
    """CSV (RFC 4180, UTF-8 with a byte-order mark so Excel shows ë and € correctly).

    Columns are COLUMNS; see `rows` for the one-row-per-topic layout. The provenance is repeated
    on every row (engine, model, sent_to, tool_version, playbook, playbook_sha256, exported_at), so
    a row that is copied elsewhere still says where it came from and where its text went.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*headings(vocabulary), vocabulary.gettext(CSV_NOTE)])
    for row in rows(analyses, prov, vocabulary):
        writer.writerow([*(neutralise(row[c]) for c in COLUMNS), ""])
    return buffer.getvalue().encode("utf-8-sig")


_WIDTHS = {
    "vendor": 18,
    "filename": 24,
    "sha256": 18,
    "topic": 22,
    "position": 32,
    "risk": 9,
    "decision": 11,
    "reviewed_by": 16,
    "reviewed_at": 20,
    "review_note": 40,
    "machine_position": 32,
    "machine_risk": 12,
    "summary": 48,
    "facts": 32,
    "page": 6,
    "section": 10,
    "quote": 64,
    "more_citations": 48,
    "answered_by": 12,
    "verified": 9,
    "rules_stance": 20,
    "disagreement": 12,
    "llm_error": 40,
    "engine": 10,
    "model": 30,
    "sent_to": 30,
    "tool_version": 18,
    "playbook": 14,
    "playbook_sha256": 18,
    "exported_at": 22,
}
_WRAP = {
    "position",
    "machine_position",
    "review_note",
    "summary",
    "facts",
    "quote",
    "more_citations",
    "llm_error",
    "model",
    "sent_to",
}


def append_text(sheet: Any, values: list[Any]) -> None:
    """Append a row in which every text is a text cell, verbatim: openpyxl would take "=SUM(..." for
    a formula, so the cell is typed as a string, and one that starts like a formula gets Excel's
    "quote prefix" style (shown and kept as text, with no character added)."""
    sheet.append([_CONTROL.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(_FORMULA_START):
                cell.quotePrefix = True


def to_xlsx(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> bytes:
    """A workbook with a "Clauses" sheet (the CSV's columns and rows: bold header, frozen top row,
    filter, wrapped summary and quote, the risk cell tinted besides its word) and an "About" sheet
    with the provenance and each document's sha256."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _ = vocabulary.gettext
    sheet.title = _("Clauses")
    sheet.append(headings(vocabulary))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
    risk_col = COLUMNS.index("risk")
    for row in rows(analyses, prov, vocabulary):
        append_text(sheet, [row[c] for c in COLUMNS])
        risk = str(row["_risk_id"])
        if risk in _RISK_ARGB:
            cell = sheet.cell(row=sheet.max_row, column=risk_col + 1)
            cell.fill = PatternFill(
                fill_type="solid", start_color=_RISK_ARGB[risk], end_color=_RISK_ARGB[risk]
            )
            cell.font = bold
        # Cells a reviewer must not miss when scanning the sheet: set in bold besides their words.
        for name, alert in row["_alerts"].items():
            if alert:
                sheet.cell(row=sheet.max_row, column=COLUMNS.index(name) + 1).font = bold
    for i, name in enumerate(COLUMNS, start=1):
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = _WIDTHS.get(name, 14)
        alignment = Alignment(wrap_text=name in _WRAP, vertical="top")
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
            cell.alignment = alignment
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions

    about = workbook.create_sheet(_("About"))
    about.append([_("Clause summary exported by clausecheck")])
    about["A1"].font = bold
    about.append([])
    keys = {"tool": N_("tool"), "version": N_("version"), "engine": N_("engine"), "model": N_("model"),
            "playbook": N_("playbook"), "playbook_sha256": N_("playbook_sha256"),
            "exported_at": N_("exported_at")}  # fmt: skip
    for key, label in keys.items():
        append_text(about, [_(label), str(prov.get(key) or "")])
    append_text(about, [_("sent_to"), _text_sent(prov, vocabulary)])
    about.append([])
    about.append([_("vendor"), _("filename"), _("sha256"), _("pages"), _("language"), _("engine"), _("model"),
                  _("sent_to")])  # fmt: skip
    for cell in about[about.max_row]:
        cell.font = bold
    for analysis in analyses:
        doc = analysis.document
        append_text(
            about,
            [
                str(doc.get("vendor") or ""),
                str(doc.get("filename") or ""),
                str(doc.get("sha256") or ""),
                doc.get("pages") if isinstance(doc.get("pages"), int) else "",
                str(doc.get("language") or ""),
                analysis.engine,
                analysis.model,
                sent_note(analysis.sent_to, vocabulary),
            ],
        )
    for letter, width in zip("ABCDEFGH", (18, 28, 68, 8, 10, 10, 30, 30), strict=True):
        about.column_dimensions[letter].width = width
    workbook.properties.creator = _tool(prov)
    workbook.properties.title = _("Clause summary")

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- JSON ------------------------------------------------------------------------------------


def to_json(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> bytes:
    """`{"provenance": {...}, "documents": [spec object, ...], "document_sha256": [...],
    "review": [...]}`.

    Each document is exactly the spec's shape (Analysis.to_json, findings in topic order, sha256
    inside `document`); `document_sha256` lists the same hashes in document order for a quick check.
    How each answer came about is beside the spec, not inside it: `provenance.text_sent` says in
    words where contract text went, and `review` has, per document in the same order, its vendor
    name and file, the engine, model and host (`sent_to`, "" when nothing was sent) and each
    finding's Finding.review() with the reviewer's `decision` (stance, risk, accepted, note,
    reviewer, reviewed_at; null when none) and the `decided_stance` / `decided_risk` that count.
    """
    payload = {
        "provenance": {**prov, "text_sent": _text_sent(prov, vocabulary)},
        "documents": [replace(a, findings=_ordered(a.findings)).to_json() for a in analyses],
        "document_sha256": [a.document.get("sha256") for a in analyses],
        "review": [
            {
                "vendor": a.document.get("vendor") or "",
                "filename": a.document.get("filename") or "",
                "sha256": a.document.get("sha256"),
                "engine": a.engine,
                "model": a.model,
                "sent_to": a.sent_to,
                "findings": [
                    {
                        **f.review(),
                        "decided_stance": f.decided_stance,
                        "decided_risk": f.decided_risk,
                        "decision": f.decision.to_json() if f.decision else None,
                    }
                    for f in _ordered(a.findings)
                ],
            }
            for a in analyses
        ],
    }
    return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: Any) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _flat(text))


def to_md(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> bytes:
    """render.to_markdown's clause summary, preceded by a comparison table when there are two or
    more documents, and followed by a provenance footer with every document's full sha256."""
    _ = vocabulary.gettext
    title = "# " + _("Clause summary") + "\n"
    body = to_markdown(analyses, vocabulary)
    body = body[len(title) :].lstrip("\n") if body.startswith(title) else body
    out = [title]
    if len(analyses) >= 2:
        legend = _("%(differs)s **%(yes)s**: the documents take different positions on this topic. "
                   "%(best)s: the document(s) with the most protective position.")  # fmt: skip
        out += [
            "## " + _("Comparison"),
            "",
            compare_table(analyses, "md", vocabulary).rstrip("\n"),
            "",
            legend % {"differs": _("Differs"), "yes": vocabulary.word("yes"), "best": _("Best")},
            "",
        ]
    out.append(body.rstrip("\n"))
    out += ["", "---", "", f"_{_md(provenance_line(prov, vocabulary))}_", ""]
    for name, analysis in zip(column_names(analyses), analyses, strict=True):
        sha = _flat(analysis.document.get("sha256") or _("unknown"))
        filename = _md(analysis.document.get("filename") or "")
        sent = _md(sent_note(analysis.sent_to, vocabulary))
        out.append(f"- {_md(name)}" + (f" — {filename}" if filename else "") + f" — sha256 `{sha}` — {sent}")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


# --- PDF -------------------------------------------------------------------------------------

_LATIN1 = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "…": "...",
        "€": "EUR",
        "•": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "≥": ">=",
        "≤": "<=",
    }
)


def to_latin1(text: str) -> str:
    """Text for a core PDF font: typographic marks to ASCII, accents kept where latin-1 has them,
    else stripped (ő -> o), anything else "?"."""
    text = text.translate(_LATIN1)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if base and all(ord(c) < 256 for c in base) else "?")
    return "".join(out)


def _pdf_class() -> type:
    from fpdf import FPDF

    class ReportPDF(FPDF):
        """A4 report with a running footer: provenance on one line, documents' sha256 prefixes and
        the page number on the next."""

        footer_lines: tuple[str, str] = ("", "")
        family = "Helvetica"
        page_words = "Page %(page)s of %(pages)s"

        def t(self, text: Any) -> str:
            clean = _CONTROL.sub("", str(text))
            return clean if self.family != "Helvetica" else to_latin1(clean)

        def fit(self, text: str, width: float) -> str:
            """Cut text with an ellipsis so it fits one line of `width`."""
            text = self.t(text)
            if self.get_string_width(text) <= width:
                return text
            dots = self.t("…")
            while text and self.get_string_width(text + dots) > width:
                text = text[:-1]
            return text + dots

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(self.family, "", 7)
            self.set_text_color(90, 90, 90)
            page = self.t(self.page_words % {"page": self.page_no(), "pages": "{nb}"})
            self.cell(0, 4, self.fit(self.footer_lines[0], self.epw), new_x="LMARGIN", new_y="NEXT")
            page_w = self.get_string_width(page) + 4
            self.cell(self.epw - page_w, 4, self.fit(self.footer_lines[1], self.epw - page_w - 2))
            self.cell(page_w, 4, page, align="R")
            self.set_text_color(0, 0, 0)

    return ReportPDF


def to_pdf(analyses: list[Analysis], prov: dict[str, Any], vocabulary: Vocabulary) -> bytes:
    """A printable A4 report: title and date, a comparison table when there are two or more
    documents, then per document its details (full sha256) and per topic the RISK word, the
    position in plain words, the summary, the facts and every verified quote with page and section.
    """
    from fpdf.fonts import FontFace

    _ = vocabulary.gettext
    pdf = _pdf_class()(orientation="portrait", unit="mm", format="A4")
    pdf.page_words = _("Page %(page)s of %(pages)s")
    regular, bold = FONT_DIR / FONT_REGULAR, FONT_DIR / FONT_BOLD
    if regular.is_file() and bold.is_file():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        pdf.family = "DejaVu"
    names = column_names(analyses)
    prefixes = ", ".join(
        f"{name} {str(a.document.get('sha256') or '?')[:12]}" for name, a in zip(names, analyses, strict=True)
    )
    footer_playbook = _playbook(prov, 12)
    # The model's name is in the header and per document; the footer keeps where the text went.
    pdf.footer_lines = (
        " · ".join([_tool(prov), _("engine %(engine)s") % {"engine": prov.get("engine") or "?"},
                    _text_sent(prov, vocabulary), _("playbook %(name)s") % {"name": footer_playbook}]),
        _("Documents (sha256): %(list)s") % {"list": prefixes} if analyses else _("No documents"),
    )  # fmt: skip
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(pdf.t(_("Clause summary")))
    pdf.set_creator(pdf.t(_tool(prov)))
    pdf.add_page()
    family = pdf.family

    def text(value: str, size: float = 10, style: str = "", height: float = 5, indent: float = 0) -> None:
        pdf.set_font(family, style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, height, pdf.t(value), align="L", new_x="LMARGIN", new_y="NEXT")

    text(_("Clause summary"), 18, "B", 9)
    stamp = str(prov.get("exported_at") or "")
    text(_("Date: %(date)s (exported %(when)s)") % {"date": stamp[:10], "when": stamp.replace("T", " ")},
         9, height=5)  # fmt: skip
    text(provenance_line({k: v for k, v in prov.items() if k != "exported_at"}, vocabulary), 9, height=5)
    pdf.ln(3)

    if len(analyses) >= 2:
        text(_("Comparison"), 14, "B", 8)
        legend = _(
            "Each cell: RISK and position. * marks a topic where the documents differ; "
            "best names the most protective position."
        )
        if any(f.unverified for a in analyses for f in a.findings):
            legend += " " + _("UNVERIFIED: the model's answer could not be checked against the document.")
        if any(f.disagrees for a in analyses for f in a.findings):
            legend += " " + _("DISAGREES: the rules engine reads the same clauses differently.")
        text(legend, 8, height=4)
        pdf.ln(1)
        topic_w = 38.0
        doc_w = (pdf.epw - topic_w) / len(analyses)
        pdf.set_font(family, "", 8)
        with pdf.table(
            col_widths=(topic_w, *([doc_w] * len(analyses))),
            width=pdf.epw,
            text_align="LEFT",
            v_align="TOP",
            line_height=4,
            headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        ) as table:
            head = table.row()
            head.cell(pdf.t(_("Topic")))
            for name in names:
                head.cell(pdf.t(name))
            for row in compare_rows(analyses, vocabulary):
                line = table.row()
                label = vocabulary.topic_label(row.topic)
                if row.differs:
                    label = _("* %(topic)s (differs)\nbest: %(best)s") % {
                        "topic": label,
                        "best": ", ".join(row.best),
                    }
                line.cell(pdf.t(label), style=FontFace(emphasis="BOLD" if row.differs else None))
                for finding in row.cells:
                    if finding is None:
                        line.cell("-")
                        continue
                    stance = vocabulary.stance_label(finding.topic, finding.decided_stance)
                    fill = _RISK_FILL.get(finding.decided_risk)
                    reviewed = [_("reviewed")] if finding.decision else []
                    risk = risk_text(finding.decided_risk, vocabulary)
                    cell = "\n".join([risk, stance, *review_tags(finding, vocabulary), *reviewed])
                    line.cell(pdf.t(cell), style=FontFace(fill_color=fill))
        pdf.ln(4)

    for index, (name, analysis) in enumerate(zip(names, analyses, strict=True)):
        if index or len(analyses) >= 2:
            pdf.add_page()
        doc = analysis.document
        filename = str(doc.get("filename") or "")
        text(name if not filename or filename == name else f"{name} — {filename}", 14, "B", 7)
        details = []
        if doc.get("pages") is not None:
            details.append(pages_text(int(doc["pages"]), vocabulary))
        if doc.get("language"):
            details.append(
                _("language %(language)s") % {"language": language_name(str(doc["language"]), vocabulary)}
            )
        if details:
            text(" · ".join(details), 8, height=4)
        text(reading_line(analysis.engine, analysis.model, analysis.sent_to, vocabulary), 8, height=4)
        text(f"sha256 {doc.get('sha256') or _('unknown')}", 8, height=4)
        pdf.ln(2)
        for finding in _ordered(analysis.findings):
            if pdf.will_page_break(24):
                pdf.add_page()
            pdf.set_draw_color(200, 200, 200)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
            pdf.ln(1.5)
            label = vocabulary.topic_label(finding.topic)
            risk = risk_text(finding.decided_risk, vocabulary)
            pdf.set_font(family, "B", 11)
            risk_words = pdf.t(_("RISK: %(risk)s") % {"risk": risk})
            risk_w = pdf.get_string_width(risk_words) + 4
            y = pdf.get_y()
            pdf.multi_cell(pdf.epw - risk_w - 2, 6, pdf.t(label), align="L", new_x="LMARGIN", new_y="NEXT")
            after = pdf.get_y()
            pdf.set_xy(pdf.l_margin + pdf.epw - risk_w, y)
            rgb = _RISK_RGB.get(finding.decided_risk, (0, 0, 0))
            fill = _RISK_FILL.get(finding.decided_risk)
            if fill:
                pdf.set_fill_color(*fill)
            pdf.set_text_color(*rgb)
            pdf.cell(risk_w, 6, risk_words, align="C", fill=fill is not None)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin, max(after, y + 6))
            stance = vocabulary.stance_label(finding.topic, finding.decided_stance)
            text(_("Position: %(stance)s") % {"stance": stance}, 9, height=4.5)
            if finding.decision:
                text(decision_text(finding, vocabulary), 9, "B", 4.5)
            for note in review_notes(finding, vocabulary):
                text(note, 9, "B", 4.5)
            if finding.summary:
                text(_flat(vocabulary.summary(finding)), 9, height=4.5)
            facts = vocabulary.facts_text(finding.facts)
            if facts:
                text(_("Facts: %(facts)s") % {"facts": facts}, 8, height=4)
            for citation in finding.citations:
                tag = f" ({related_tag(vocabulary)})" if citation.related else ""
                text(f"{_where(citation)}{tag}:", 8, "B", 4, indent=4)
                text(f"“{_flat(citation.quote)}”", 8.5, height=4.2, indent=8)
                if citation.related:
                    text(related_note(citation, vocabulary), 8, height=4, indent=8)
            missing = no_quote_note(finding, vocabulary)
            if missing:
                text(missing, 8, height=4, indent=4)
            pdf.ln(2)

    return bytes(pdf.output())
