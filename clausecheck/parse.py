"""PDF -> Document: per page, clean text in reading order and every word's position.

The only module that imports pdfplumber. Pages are read in sandboxed child processes
(sandbox.py), in parallel: pdfminer is pure Python and CPU-bound, so processes are what make it
faster, and a hostile file can only ever hurt a child that is killed at its limit.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .errors import InputError
from .lang import detect_language
from .models import BBox, Document, Page, Token
from .sandbox import LimitExceeded, Limits, TaskFailed, report, run_all
from .sniff import sha256_file, sniff

RawWord = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom
RawPage = tuple[int, float, float, list[list[RawWord]]]  # number, width, height, lines

WATERMARK_SCALE = 3.0
MAX_RUNNING_LINE = 90  # characters
LINE_TOLERANCE = 3.0  # points: words whose tops differ by less sit on one line
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|pagina|pag\.|p\.|blz\.|seite)\s*)?\d{1,4}(?:\s*(?:of|van|/|von|-)\s*\d{1,4})?$",
    re.IGNORECASE,
)
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


# --- worker side: runs in a child process -------------------------------------------------


def _quiet() -> None:
    # pdfminer logs every repaired stream; the user gets one clear state instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _open(path: str, password: str | None):
    import pdfplumber

    _quiet()
    return pdfplumber.open(path, password=password or "")


def read_share(path: str, password: str | None, first: int, step: int, max_pages: int) -> list[RawPage]:
    """Words of pages first, first + step, ... (1-based), grouped into lines in reading order.

    Each worker opens the file once and counts its pages itself, so no process is started just
    to count them: the count goes to the parent first (for its progress bar and the page limit),
    and a file over the limit is left unread.
    """
    out: list[RawPage] = []
    with _open(path, password) as pdf:
        total = len(pdf.pages)
        report(total)
        if total > max_pages:
            return out
        for number in range(first, total + 1, step):
            page = pdf.pages[number - 1]
            words = _text_words(page)
            raw = [(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in words]
            out.append((number, float(page.width), float(page.height), _lines(raw)))
            page.close()
            report()
    return out


def _text_words(page):
    """The page's words without watermark glyphs.

    Words as pdfplumber's `extract_words` makes them (its own WordExtractor, same settings), but
    from lean char records: pdfplumber's `page.chars` turns every glyph into a dict of some
    twenty resolved attributes (colours, font, matrix), which took more time than pdfminer's
    reading of the page itself. The words and boxes are the same to the last digit.
    """
    from pdfplumber.utils.text import WordExtractor

    chars = _chars(page)
    body = _median([c["size"] for c in chars]) or 0.0
    # A few rotated glyphs are a watermark or a margin note, never clause text; when most are
    # rotated, the page itself is (/Rotate 90) and they are the text. Glyphs three times the
    # body size are a watermark ("DRAFT", "SAMPLE").
    rotated_page = sum(1 for c in chars if not c["upright"]) >= 0.5 * len(chars)

    def keep(char: dict) -> bool:  # type: ignore[type-arg]
        upright = rotated_page or char["upright"]
        return bool(upright) and (not body or char["size"] < WATERMARK_SCALE * body)

    kept = [c for c in chars if keep(c)]
    return WordExtractor(keep_blank_chars=False, use_text_flow=False).extract_words(kept)


def _chars(page) -> list[dict]:  # type: ignore[type-arg]
    """The page's glyphs in pdfminer's order of drawing, with the keys words need.

    pdfminer's interpreter reads the page as it does for `page.layout`, but into a GlyphDevice
    (_glyph_device), which keeps each glyph as the few numbers words need instead of an LTChar
    object in a layout tree (paths and images are not kept at all): the parse workers' CPU time
    went mostly to those objects. Coordinates as pdfplumber's Page.process_object computes them
    (top-left origin, adjusted by the MediaBox origin); glyphs inside figures (form XObjects)
    count, as in `page.chars`, in the same order.
    """
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.utils.exceptions import PdfminerException

    mb_x0, mb_top = page.mediabox[:2]
    device = _glyph_device()(page.pdf.rsrcmgr, page.height, mb_x0, mb_top, page.initial_doctop)
    try:  # errors wrapped as page.layout wraps them
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    return device.glyphs


_DEVICE: type | None = None


def _glyph_device() -> type:
    """The device class, made on first use: pdfminer is imported in the parser processes only."""
    global _DEVICE
    if _DEVICE is not None:
        return _DEVICE
    from pdfminer.pdfdevice import PDFTextDevice, logger
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class GlyphDevice(PDFTextDevice):  # type: ignore[misc]
        """Each glyph's text, box, uprightness and size, computed as pdfminer's LTChar computes
        them (the same arithmetic in the same order, so the same floats), kept as the dict that
        pdfplumber's WordExtractor reads."""

        def __init__(self, rsrcmgr, height: float, mb_x0: float, mb_top: float, doctop: float) -> None:  # type: ignore[no-untyped-def]
            super().__init__(rsrcmgr)
            self.height, self.mb_x0, self.mb_top, self.doctop = height, mb_x0, mb_top, doctop
            self.glyphs: list[dict] = []  # type: ignore[type-arg]

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:  # type: ignore[no-untyped-def]
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = f"(cid:{cid})"  # as PDFLayoutAnalyzer.handle_undefined_char
            adv = font.char_width(cid) * fontsize * scaling
            vertical = font.is_vertical()
            if vertical:
                (vx, vy) = font.char_disp(cid)
                vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
                vy = (1000 - vy) * fontsize * 0.001
                bx0, by0, bx1, by1 = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
            else:
                descent = font.get_descent() * fontsize
                bx0, by0, bx1, by1 = (0, descent + rise, adv, descent + rise + fontsize)
            (a, b, c, d, e, f) = matrix
            # pdfminer.utils.apply_matrix_rect, inlined
            left1, bottom1 = a * bx0 + c * by0 + e, b * bx0 + d * by0 + f
            right1, bottom2 = a * bx1 + c * by0 + e, b * bx1 + d * by0 + f
            right2, top1 = a * bx1 + c * by1 + e, b * bx1 + d * by1 + f
            left2, top2 = a * bx0 + c * by1 + e, b * bx0 + d * by1 + f
            x0, x1 = min(left1, left2, right1, right2), max(left1, left2, right1, right2)
            y0, y1 = min(bottom1, bottom2, top1, top2), max(bottom1, bottom2, top1, top2)
            top = (self.height - y1) + self.mb_top
            self.glyphs.append({"text": text, "x0": x0 + self.mb_x0, "x1": x1 + self.mb_x0, "top": top,
                                "bottom": (self.height - y0) + self.mb_top, "doctop": self.doctop + top,
                                "upright": a * d * scaling > 0 and b * c <= 0,
                                "size": x1 - x0 if vertical else y1 - y0})  # fmt: skip
            return adv  # type: ignore[no-any-return]

        def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace,  # type: ignore[no-untyped-def]
                                     wordspace, rise, dxscale, ncs, graphicstate):  # fmt: skip
            """PDFTextDevice's loop with render_char and translate_matrix inlined and what is the same
            for every glyph of the string computed once (a horizontal font; the same floats)."""
            (x, y) = pos
            needcharspace = False
            (a, b, c, d, e, f) = matrix
            descent = font.get_descent() * fontsize
            by0, by1 = descent + rise, descent + rise + fontsize
            upright = a * d * scaling > 0 and b * c <= 0
            height, mb_x0, mb_top, doctop = self.height, self.mb_x0, self.mb_top, self.doctop
            append = self.glyphs.append
            for obj in seq:
                if isinstance(obj, (int, float)):
                    x -= obj * dxscale
                    needcharspace = True
                elif isinstance(obj, bytes):
                    for cid in font.decode(obj):
                        if needcharspace:
                            x += charspace
                        te, tf = x * a + y * c + e, x * b + y * d + f  # translate_matrix
                        try:
                            text = font.to_unichr(cid)
                        except PDFUnicodeNotDefined:
                            text = f"(cid:{cid})"
                        adv = font.char_width(cid) * fontsize * scaling
                        left1, bottom1 = a * 0 + c * by0 + te, b * 0 + d * by0 + tf
                        right1, bottom2 = a * adv + c * by0 + te, b * adv + d * by0 + tf
                        right2, top1 = a * adv + c * by1 + te, b * adv + d * by1 + tf
                        left2, top2 = a * 0 + c * by1 + te, b * 0 + d * by1 + tf
                        x0, x1 = min(left1, left2, right1, right2), max(left1, left2, right1, right2)
                        y0, y1 = min(bottom1, bottom2, top1, top2), max(bottom1, bottom2, top1, top2)
                        top = (height - y1) + mb_top
                        append({"text": text, "x0": x0 + mb_x0, "x1": x1 + mb_x0, "top": top,
                                "bottom": (height - y0) + mb_top, "doctop": doctop + top,
                                "upright": upright, "size": y1 - y0})  # fmt: skip
                        x += adv
                        if cid == 32 and wordspace:
                            x += wordspace
                        needcharspace = True
                else:
                    logger.warning(
                        "Cannot render horizontal string because %r is not a valid int, float or bytes.", obj
                    )
            return (x, y)

    _DEVICE = GlyphDevice
    return _DEVICE


def _median(values: list[float]) -> float | None:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else None


def _lines(words: list[RawWord]) -> list[list[RawWord]]:
    lines: list[list[RawWord]] = []
    for word in sorted(words, key=lambda w: (w[2], w[1])):
        if lines and abs(lines[-1][0][2] - word[2]) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return _columns_apart([sorted(line, key=lambda w: w[1]) for line in lines])


# --- columns and tables ------------------------------------------------------------------------
# A table ("Clause 9 - Use of sub-processors | Option 2 applies ...") or a page with a side heading
# puts two cells on one line: read line by line, each sentence would have the other cell's words
# run into it ("The data importer shall inform the data Clause 9 - Use of exporter of ..."). Where
# consecutive lines share an empty vertical band, each cell is read whole, cell after cell.
GUTTER = 8.0  # points: the narrowest empty band that parts two columns (a space is some 3)
TABLE_LINES = 3  # lines a table spans at least: two justified lines may share a wide space by chance
GAP_RATIO = 2.0  # a gutter is this many times wider than the usual space of its line
EDGE = 2.0  # points: cells of a column start at one edge, give or take this much
ALIGNED_SHARE = 0.6  # of the lines with words right of a gutter, those starting at its edge
LABEL_SHARE = 0.4  # a first column narrower than this share of the table holds labels or headings
ROW_BREAK = 1.3  # a line this many times the run's usual line pitch below the last starts a row
MARKER_CELL = re.compile(
    r"^(\(?[0-9a-zA-Z]{1,3}[.)]|\d+(\.\d+)*\.?|[•▪●◦\-–·*]|artikel|article|clause|section)$", re.I
)

Interval = tuple[float, float]


def _columns_apart(lines: list[list[RawWord]]) -> list[list[RawWord]]:
    """The lines, with each run of lines that share a gutter read column by column, row by row."""
    if len(lines) < 2:
        return lines
    left = min(w[1] for line in lines for w in line)
    right = max(w[3] for line in lines for w in line)
    free = [_free(line, left, right) for line in lines]
    out: list[list[RawWord]] = []
    i = 0
    while i < len(lines):
        end, gutters = _table_run(lines, free, i)
        if gutters:
            out += _by_columns(lines[i:end], gutters)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _free(line: list[RawWord], left: float, right: float) -> list[Interval]:
    """The empty bands of a line between the page's text margins, at least GUTTER wide."""
    bands, x = [], left
    for word in line:
        if word[1] - x >= GUTTER:
            bands.append((x, word[1]))
        x = max(x, word[3])
    if right - x >= GUTTER:
        bands.append((x, right))
    return bands


def _overlap(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out = [(max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b]
    return [(x0, x1) for x0, x1 in out if x1 - x0 >= GUTTER]


def _table_run(lines: list[list[RawWord]], free: list[list[Interval]], i: int) -> tuple[int, list[Interval]]:
    """Where the run of lines from `i` that share an empty band ends, and the bands that part its
    columns; none when the lines there are not a table (see _gutters)."""
    shared, end = free[i], i + 1
    while end < len(lines) and shared:
        narrowed = _overlap(shared, free[end])
        if not narrowed:
            break
        shared, end = narrowed, end + 1
    return end, _gutters(lines[i:end], shared) if end - i >= 2 else []


def _gutters(run: list[list[RawWord]], bands: list[Interval]) -> list[Interval]:
    """The bands that part columns (see _parts and _aligned), every column holding words of two
    lines or more. None when a number or a bullet stands alone left of them: a hanging indent
    ("7.1   The Processor shall ...", "◦   Plesk backups ..."), not a table."""
    if len(run) < TABLE_LINES:
        return []
    gutters = [g for g in bands if _parts(run, g) and _aligned(run, g)]
    while gutters:
        counts = [
            sum(1 for line in run if any(_column(w, gutters) == c for w in line))
            for c in range(len(gutters) + 1)
        ]
        thin = next((c for c, n in enumerate(counts) if n < 2), None)
        if thin is None:
            break
        gutters.pop(max(0, thin - 1))
    if gutters and any(_is_marker([w for w in line if _column(w, gutters) == 0]) for line in run):
        return []
    return gutters


def _by_columns(run: list[list[RawWord]], gutters: list[Interval]) -> list[list[RawWord]]:
    """The run's rows, each read column by column. A row ends where the line pitch widens. Beside a
    narrow first column (labels, side headings) a row also ends where that column opens a new cell:
    in upper case ("Naam: | Acme B.V." then "Adres: | ..."), or after a line it left empty
    ("Partners, ... aannemers | We werken samen ..." then "Autoriteiten | Mozilla vereist ...").
    (Beside a wide one, two columns of running text, the first is read whole before the second.)"""
    tops = [line[0][2] for line in run]
    pitches = sorted(b - a for a, b in itertools.pairwise(tops))
    # (the lower quartile: in a table of short rows, half the steps are from row to row)
    usual = pitches[len(pitches) // 4] if pitches else 0.0
    left = min(line[0][1] for line in run)
    right = max(line[-1][3] for line in run)
    labels = gutters[0][0] - left < LABEL_SHARE * (right - left)
    firsts = [line[0] if _column(line[0], gutters) == 0 else None for line in run]
    rows: list[list[int]] = [[0]]
    for k in range(1, len(run)):
        first = firsts[k]
        opens = labels and first is not None and (firsts[k - 1] is None or not first[0][:1].islower())
        if tops[k] - tops[k - 1] > ROW_BREAK * usual or opens:
            rows.append([])
        rows[-1].append(k)
    out: list[list[RawWord]] = []
    for row in rows:
        for column in range(len(gutters) + 1):
            for k in row:
                cell = [w for w in run[k] if _column(w, gutters) == column]
                if cell:
                    out.append(cell)
    return out


def _parts(run: list[list[RawWord]], gutter: Interval) -> bool:
    """Whether the gutter parts words in TABLE_LINES lines or more, and in most of them is far
    wider than the line's own spaces: a justified line's spaces are all wide alike."""
    wide = []
    for line in run:
        across: list[float] = []
        others: list[float] = []
        for a, b in itertools.pairwise(line):
            (across if a[3] <= gutter[0] and b[1] >= gutter[1] else others).append(b[1] - a[3])
        if across:
            others.sort()
            wide.append(not others or across[0] >= GAP_RATIO * others[len(others) // 2])
    return len(wide) >= TABLE_LINES and sum(wide) >= ALIGNED_SHARE * len(wide)


def _aligned(run: list[list[RawWord]], gutter: Interval) -> bool:
    """Whether the column right of the gutter starts at one edge: a table's cells do; words after
    wide spaces of justified lines, which may line up by chance, do not."""
    starts = [min(w[1] for w in line if w[1] >= gutter[1]) for line in run if line[-1][1] >= gutter[1]]
    edge = min(starts, default=0.0)
    return sum(1 for x in starts if x - edge <= EDGE) >= max(2, ALIGNED_SHARE * len(starts))


def _is_marker(cell: list[RawWord]) -> bool:
    return len(cell) == 1 and bool(MARKER_CELL.match(cell[0][0]))


def _column(word: RawWord, gutters: list[Interval]) -> int:
    return sum(1 for g0, _ in gutters if word[1] >= g0)


# --- parent side ----------------------------------------------------------------------------


def parse_pdf(
    path: Path,
    password: str | None = None,
    limits: Limits | None = None,
    on_page: Callable[[int, int], None] | None = None,
    sha256: str | None = None,
) -> Document:
    """Parse a PDF into a Document. Raises InputError with a user-facing reason and state.

    `on_page(done, total)` hears of each page read (first with done=0 once the count is known).
    `sha256` is given by a caller that has already sniffed and hashed the file (the file is then
    read once for both, not twice).
    """
    limits = limits or Limits()
    if sha256 is None:
        sniff(path)
        sha256 = sha256_file(path)
    name = path.name
    try:
        raw_pages = _read_all(str(path), password, limits, on_page)
    except LimitExceeded as exc:
        raise InputError(name, "too_complex", f"too complex to read safely: {exc}") from exc
    except TaskFailed as exc:
        raise _explain(name, exc.detail, password) from exc
    pages = clean_pages(raw_pages)
    if not any(p.text.strip() for p in pages):
        raise InputError(name, "no_text", "no text layer (scanned or image-only); run OCR first")
    text = "\n".join(p.text for p in pages)
    return Document(
        filename=name,
        sha256=sha256,
        pages=pages,
        language=detect_language(text),
        title=_guess_title(raw_pages),
    )


def _read_all(
    path: str, password: str | None, limits: Limits, on_page: Callable[[int, int], None] | None = None
) -> list[RawPage]:
    deadline = time.monotonic() + limits.seconds
    name = Path(path).name
    # Interleaved shares, one per core: page costs vary along a document, so each share gets a
    # fair mix. The page count is not known before the workers open the file; a worker whose
    # share is empty (a one-page file) costs a fork and an open, done beside the other.
    workers = max(1, min(os.cpu_count() or 1, 4))
    total = -1
    done = 0

    def heard(count: int | None) -> None:
        nonlocal total, done
        if count is not None:  # a worker's page count: each sends the same one
            if total < 0:
                total = count
                if total > limits.max_pages:  # raising here stops the workers at once
                    raise InputError(
                        name, "too_complex", f"{total} pages, more than the limit of {limits.max_pages}"
                    )
                if on_page is not None:
                    on_page(0, total)
            return
        done += 1
        if on_page is not None:
            on_page(done, total)

    tasks = [(read_share, (path, password, i + 1, workers, limits.max_pages)) for i in range(workers)]
    results = run_all(tasks, limits, deadline, heard)
    if total == 0:
        raise InputError(name, "no_text", "the PDF has no pages")
    return sorted((page for share in results for page in share), key=lambda p: p[0])


def _explain(name: str, detail: str, password: str | None) -> InputError:
    if "PDFPasswordIncorrect" in detail or "PDFEncryption" in detail:
        if password:
            return InputError(name, "password_required", "the password given does not open this PDF")
        return InputError(
            name,
            "password_required",
            "the PDF is encrypted: give its password (--password, or the password field)",
        )
    if "RecursionError" in detail:
        return InputError(name, "unreadable", "the PDF's structure loops or nests too deeply to read")
    return InputError(name, "unreadable", "the PDF is damaged or malformed and cannot be read")


def clean_pages(raw_pages: list[RawPage]) -> list[Page]:
    """Drop running headers, footers and page numbers; mend ligatures and line-end hyphens."""
    repeated = _repeated_margin_lines(raw_pages)
    pages = []
    for number, width, height, lines in raw_pages:
        kept = []
        for index, line in enumerate(lines):
            text = _line_text(line)
            in_margin = index < 3 or index >= len(lines) - 3
            if in_margin and (_line_key(text) in repeated or PAGE_NUMBER.match(text.strip())):
                continue
            kept.append(line)
        # Join line-end hyphens (hard or soft) first, then normalise the joined words.
        mended = [[(_normalise(w[0]), *w[1:]) for w in line] for line in _dehyphenate(kept)]
        pages.append(_build_page(number, width, height, [line for line in mended if line]))
    return pages


def _normalise(text: str) -> str:
    # NFKC turns ligatures (U+FB01 "fi") into letters; invisible marks and soft hyphens go.
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE)


def _line_text(line: list[RawWord]) -> str:
    return " ".join(w[0] for w in line)


def _line_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _repeated_margin_lines(raw_pages: list[RawPage]) -> set[str]:
    """Lines in the top or bottom three of a page that recur on most pages: headers, footers."""
    if len(raw_pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for _, _, _, lines in raw_pages:
        margin = lines[:3] + lines[-3:]
        counts.update({_line_key(_line_text(line)) for line in margin})
    threshold = max(2, int(len(raw_pages) * 0.5))
    # A running header or footer is a short line; a full line of body text that happens to
    # open two pages alike ("Article #. The processor ...") is text.
    return {key for key, n in counts.items() if n >= threshold and key and len(key) <= MAX_RUNNING_LINE}


def _dehyphenate(lines: list[list[RawWord]]) -> list[list[RawWord]]:
    """Join "process-" + "ing" across a line break into one word covering both boxes."""
    out = [list(line) for line in lines if line]
    for i in range(len(out) - 1):
        if not out[i] or not out[i + 1]:
            continue
        last, first = out[i][-1], out[i + 1][0]
        if re.search(r"[a-zà-ÿ]{2}[-\u00ad\u2010\u2011]$", last[0]) and re.match(r"[a-zà-ÿ]", first[0]):
            # The joined word covers both pieces: its box is their union.
            joined = (
                last[0][:-1] + first[0],
                min(last[1], first[1]),
                min(last[2], first[2]),
                max(last[3], first[3]),
                max(last[4], first[4]),
            )
            out[i][-1] = joined
            out[i + 1] = out[i + 1][1:]
    return [line for line in out if line]


def _build_page(number: int, width: float, height: float, lines: list[list[RawWord]]) -> Page:
    parts: list[str] = []
    tokens: list[Token] = []
    pos = 0
    for li, line in enumerate(lines):
        if li:
            parts.append("\n")
            pos += 1
        for wi, word in enumerate(line):
            if wi:
                parts.append(" ")
                pos += 1
            text = word[0]
            bbox: BBox = (word[1], word[2], word[3], word[4])
            tokens.append(Token(text, pos, pos + len(text), bbox))
            parts.append(text)
            pos += len(text)
    return Page(number=number, width=width, height=height, text="".join(parts), tokens=tokens)


def _guess_title(raw_pages: list[RawPage]) -> str:
    for _, _, _, lines in raw_pages[:1]:
        for line in lines[:5]:
            text = _line_text(line).strip()
            if len(text) > 3 and not PAGE_NUMBER.match(text):
                return _normalise(text)[:120]
    return ""


def page_texts(path: Path, password: str | None = None) -> dict[int, str]:
    """pdfplumber's own text of every page, uncleaned: an independent check for citations. Its
    text in the order the PDF draws it stands after a blank line: a table's cells are drawn one
    after the other, so a quote from a cell (read whole, see _columns_apart) is there verbatim."""
    with _open(str(path), password) as pdf:
        return {
            i + 1: f"{page.extract_text() or ''}\n\n{page.extract_text(use_text_flow=True) or ''}"
            for i, page in enumerate(pdf.pages)
        }
