"""Split clause text into sentences that keep their offsets, so a quote maps back to its page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from .durations import number_value
from .reading import BULLET_BEFORE_LETTER, LEADING_MARKER

# A sentence ends at . ! ? ; followed by space and a capital, bracket, quote or list marker;
# a new line that starts a list item or numbered clause also starts a sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?])\s+(?=[“\"'(\[A-Z0-9•\-–])"
    r"|(?<=[;:])\s*\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[•\-–]))"
    # a list run together into one line: "... zeven dagen verwijderd; - Transcripties bewaren wij ..."
    # (read only where no lead-in ends in a colon before it: see split_sentences)
    r"|(?<=;)[ \t]+(?=[•▪●◦\-][ \t]+(?:\w|\(\w{1,4}\)))"
    r"|\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}\)|[•▪●◦\-–]\s|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]))"
)
_ABBREVIATIONS = re.compile(
    r"\b(e\.g|i\.e|etc|no|art|nr|vs|inc|ltd|co|pvt|pty|bhd|b\.v|n\.v|u\.s|resp|incl|bijv|o\.a|d\.w\.z|z\.g\.a)\.$",
    re.IGNORECASE,
)
MAX_SENTENCE = 700
# A number written out and then in figures, "thirty (30) days", may wrap before the figure.
_NUMERAL_ECHO = re.compile(r"\s*\((\d{1,4})\)\s")


def _numeral_echo(before: str, text: str, at: int) -> bool:
    """Whether the "(4)" at `at` repeats in figures the number word that ends `before`."""
    figure = _NUMERAL_ECHO.match(text, at)
    # ("thirty-five\n(35) days": a hyphenated number word is read whole)
    word = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s*$", before)
    if not (figure and word):
        return False
    try:
        return number_value(word.group(1)) == int(figure.group(1))
    except KeyError:  # a word that is no number
        return False


DEFINED_OPEN = " ["  # where the definition read after a sentence's own words opens in its flat text


@dataclass(frozen=True)
class Sentence:
    text: str  # as in the document, line breaks included
    start: int  # offset in Document.text
    end: int
    lead: str = ""  # a list item's lead-in ("The Processor shall not:"), read as part of the item
    defined: str = ""  # the definition of a period the sentence names ("the Notice Period"), read after it

    @cached_property  # read many times by every reader: made once (a pure function of the fields)
    def flat(self) -> str:
        """Single-spaced text with straight apostrophes, for pattern matching. A list item reads
        with its lead-in and without its marker: "shall not: (b) use the data to train" is read
        as "shall not use the data to train". A defined period the sentence names is read after
        it, in brackets: "before the Notice Period has elapsed. [Notice Period means 14 days]"."""
        return f"{self.own}{DEFINED_OPEN}{self.defined}]" if self.defined else self.own

    @cached_property
    def item(self) -> str:
        """What a list item says itself, without its lead-in: a definitions list's entry
        ("Modelverbetering: het gebruik van Gesprekken ...") opens as a definition."""
        return self.own[len(self.lead) + 1 :] if self.lead else self.own

    @cached_property
    def own(self) -> str:
        """The flat text without the definition read after it: what the sentence itself says."""
        own = flatten(self.text).replace("’", "'")
        return (
            f"{self.lead} {LIST_MARKER.sub('', ITEM_JOIN.sub('', own, count=1), count=1)}"
            if self.lead
            else own
        )


# Typographic hyphens read as the plain one ("Sub‐processor" with U+2010, which NFKC makes of a
# non-breaking hyphen), one character for one, so the phrases match and offsets stay put. The
# quote keeps the document's own character.
HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\ufe63\uff0d"), "-")
_LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=[a-z])")


# The dots of a company's legal form inside a sentence ("Vitrineo Polska Sp. z o.o., en ...",
# "Grauwvalk B.V. kan ...", "Services Pvt. Ltd., Pune"): no sentence ends there, so patterns that
# read up to the next full stop read past them. Each is read as a one-dot leader, one character for one.
COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:Sp\.\s?z\s?o\.o|d\.o\.o|s\.r\.o|B\.V|N\.V|S\.A|S\.p\.A|S\.r\.l|S\.L|S\.A\.S|L\.L\.C"
    r"|Inc|Ltd|Corp|Co|Pvt|Pty|Bhd)\.(?=,|\s+[a-z(]|\s+(?:Ltd|Limited|Inc|Co|GmbH|LLC|Pte)\b)"
)
DOT_LEADER = "\u2024"


def definition_start(flat: str) -> int:
    """Where the definition read after a sentence's own words starts in its flat text; -1 if none."""
    return flat.rfind(DEFINED_OPEN) if flat.endswith("]") else -1


def flatten(text: str) -> str:
    """Text as patterns read it: single-spaced, typographic hyphens plain, a word broken at a
    line end read whole ("Sub-\nprocessor" as "Sub-processor", as the PDF's reader sees it), and
    the dots of a company form within the sentence read as no full stop."""
    flat = re.sub(r"\s+", " ", _LINE_BREAK_HYPHEN.sub("-", text)).translate(HYPHENS)
    return COMPANY_FORM.sub(lambda m: m.group(0).replace(".", DOT_LEADER), flat)


# The joining word before the last item of a list run into its sentence: "; or (e) attempt to ...".
ITEM_JOIN = re.compile(r"^\s*(and|or|en|of)\s+(?=\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)", re.IGNORECASE)
LIST_MARKER = re.compile(
    rf"^\s*{BULLET_BEFORE_LETTER}(?:\(?(?:[a-z]|\d{{1,2}}|[ivx]{{1,4}})[.)]|[•▪●◦\-–·*])\s+", re.IGNORECASE
)
LEAD_LIMIT = 300  # characters: a longer "lead-in" is a clause of its own


def lead_in_before(text: str, offset: int) -> str:
    """The lead-in of a list that a clause starting at `offset` continues ("The Processor shall
    not:" before "(b) use the data to train ..."), or "" when the clause is no list item."""
    if not LIST_MARKER.match(text[offset : offset + 12]):
        return ""
    before = [s for s in split_sentences(text[max(0, offset - 2000) : offset]) if s.text.strip()]
    item = split_sentences(text[offset : offset + 400], in_list=True)[:1]
    return with_lead_ins(before + item)[-1].lead if item else ""


def _as_lead(own: str) -> str:
    """The sentence as a list's lead-in, or "": only a sentence that ends in a colon introduces
    a list ("The Processor shall not:"); a heading ("Use of Customer Data") does not. Nor does the
    opening of a list of definitions ("the following terms have the meanings set out below:"): each
    entry says what its own word means."""
    if not own.endswith(":") or len(own) > LEAD_LIMIT or _opens_definitions(own):
        return ""
    return own.rstrip(":—–- ").strip()


def _opens_definitions(own: str) -> bool:
    """Whether the lead-in opens a list of definitions, and goes on to no promise of its own ("Capitalised
    terms have the meaning given in the Agreement, and the Processor shall not:" leads a ban)."""
    opening = DEFINITIONS_OPENING.search(own)
    return opening is not None and not PROMISE_AFTER.search(own, opening.end())


PROMISE_AFTER = re.compile(r"\b(shall|will|must|may|zal|zullen|mag|mogen|moet|moeten)\b", re.IGNORECASE)
DEFINITIONS_OPENING = re.compile(
    r"\b(have|has|shall\s+have|bear)\s+the\s+(following\s+)?meanings?\b|\bmeanings?\s+(set\s+out|given|assigned)\s+"
    r"(below|hereunder)\b|\b(hieronder|hierna|navolgende)\s+(omschreven|vermelde|gegeven)\s+betekenis\b|"
    r"\bvolgende\s+betekenis\b|\bwordt\s+(in\s+\w+\s+\w+\s+)?verstaan\s+onder\b",
    re.IGNORECASE,
)


ITEMS_JOINED = re.compile(r";\s*(or|and|en|of)$", re.IGNORECASE)


def with_lead_ins(sentences: list[Sentence], lead: str = "") -> list[Sentence]:
    """Each list item given the sentence that introduces its list: the nearest earlier sentence
    that is no list item itself and ends in a colon (`lead` where the list opened before these
    sentences). An item of several sentences keeps the list open: the items after it are read with
    the lead-in too ("The Supplier shall not: (a) sell the data. This includes brokers. (b) use it
    to train"). The item's later sentences keep their own words: a lead-in read into a sentence
    with a subject of its own would lend it a verb or a negation it does not have."""
    out: list[Sentence] = []
    question = ""
    run = ""  # the sentence an item of a list run into it may have been cut from at a line break
    list_lead, last_item = "", ""  # the open list's lead-in and its latest item
    between: list[int] = []  # the sentences since that item, in `out`
    for sentence in sentences:
        own = re.sub(r"\s+", " ", sentence.text).replace("’", "'").strip()
        if LIST_MARKER.match(own):
            if not lead and list_lead and _continues(last_item, own, [out[i] for i in between]):
                lead = list_lead
            elif lead and not between and _numbers_apart(last_item, own):
                lead = ""  # ("1. ...; 2. ...\n5. Verwerker mag ...": a clause of its own, after the list)
            # ("Het is de Klant niet toegestaan om: (a) ...; (c) ...;\n(d) het Platform ... te
            # gebruiken": an item whose line starts the PDF's new line is still that sentence's)
            inline = (
                ""
                # (or "; or" / "; en" that joins the items: "to: (a) destroy all the Data; or\n(b) restitute")
                if lead or sentence.lead or not (run.endswith(";") or ITEMS_JOINED.search(run))
                else inline_lead(f"{run} {own}", len(run))
            )
            run = f"{run} {own}" if run else ""
            if inline and _opens_definitions(inline):
                inline = ""  # (a list of definitions: each entry says what its own word means)
            if lead or inline:
                sentence = Sentence(sentence.text, sentence.start, sentence.end, lead or inline)
            list_lead, last_item, between = lead, own, []
            out.append(sentence)
            continue
        run = own
        between.append(len(out))
        # Plain-language terms ask, then answer: "Gaan we een nieuwe subverwerker inschakelen? Dan
        # laten we het je vier weken van tevoren weten." The answer is read with its question.
        if question and ANSWER.match(own):
            out.append(Sentence(sentence.text, sentence.start, sentence.end, question))
        else:
            out.append(sentence)
        asked = LEADING_MARKER.sub("", own, count=1)
        question = asked if own.endswith("?") and len(own) <= LEAD_LIMIT and not WISH.match(asked) else ""
        lead = _as_lead(own)
    return out


ITEM_LABEL = re.compile(
    rf"^\s*{BULLET_BEFORE_LETTER}(?:\(?([a-z]|\d{{1,2}}|[ivx]{{1,4}})[.)]|([•▪●◦\-–·*]))\s", re.IGNORECASE
)
ITEM_SENTENCES = 3  # an item's later sentences: more, and the list has ended
# How long a numbered list that a colon opened keeps its numbers: as long as an item's later
# sentences may run (the same count, kept apart because it times the splitting, not the lead-ins).
NUMBERS_KEPT = ITEM_SENTENCES
# A numbered clause or article that starts anew: the list before it has ended.
CLAUSE_START = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s|(?:article|artikel|clause|section)\s+\d)", re.IGNORECASE
)


def _continues(previous: str, item: str, between: list[Sentence]) -> bool:
    """Whether `item` is the next item of the list `previous` was in, with only that item's own
    later sentences between them: "(c)" after "(b)", a bullet after the same bullet."""
    if not previous or len(between) > ITEM_SENTENCES:
        return False
    # (nor past a heading: a line with no closing stop, "How we improve our product")
    if any(s.lead or CLAUSE_START.match(s.text) or s.text.rstrip()[-1:] not in ".;!)\"”'’" for s in between):
        return False
    return _next_label(ITEM_LABEL.match(previous), ITEM_LABEL.match(item))


def _numbers_apart(previous: str, item: str) -> bool:
    """Whether two numbered items are no neighbours in one list ("2." then "5.")."""
    a, b = ITEM_LABEL.match(previous), ITEM_LABEL.match(item)
    if not (a and b and a.group(1) and b.group(1) and a.group(1).isdigit() and b.group(1).isdigit()):
        return False
    return int(b.group(1)) != int(a.group(1)) + 1


def _next_label(previous: re.Match[str] | None, item: re.Match[str] | None) -> bool:
    if previous is None or item is None:
        return False
    if previous.group(2) or item.group(2):  # bullets: the same bullet goes on
        return previous.group(2) == item.group(2)
    a, b = previous.group(1).lower(), item.group(1).lower()
    if a.isdigit() or b.isdigit():
        return a.isdigit() and b.isdigit() and int(b) == int(a) + 1
    letters = len(a) == len(b) == 1 and ord(b) == ord(a) + 1
    return letters or (_roman(a) + 1 == _roman(b) > 1)


def _roman(label: str) -> int:
    """The value of a small roman numeral ("iv" is 4), 0 for anything else."""
    values = {"i": 1, "v": 5, "x": 10}
    if not label or any(c not in values for c in label):
        return 0
    total = sum(values[c] for c in label)
    return total - 2 * sum(values[a] for a, b in pairwise(label) if values[a] < values[b])


# The answer to the question before it: "Dan ...", "Then ...", "Laat het ons dan ... weten", or
# what to do: "Ben je het er niet mee eens? Laat het ons weten.", "Not comfortable? Let us know."
ANSWER = re.compile(
    r"^\W*(dan|then|in\s+(dat|dit)\s+geval|in\s+(that|this)\s+case|if\s+so|zo\s+ja)\b|^\W*(\w+\s+){1,3}dan\b"
    r"|^\W*(laat\s+(het\s+)?(ons|mij|me)|let\s+us\s+know|neem\s+contact|contact\s+us|tell\s+us|mail\s+ons|e-?mail\s+us)\b",
    re.IGNORECASE,
)
# ... but not the reader's own wish: "Wil je dat we je account verwijderen? Stuur ons dan een e-mail."
WISH = re.compile(
    r"^\W*(wil|wilt|wenst|wens|do\s+you\s+(want|wish)|would\s+you\s+like|want\s+to|need\s+to|moet\s+je|moet\s+u)\b",
    re.IGNORECASE,
)


# A short line with no closing punctuation, after a finished sentence and before a capital, is
# a heading or a title line: it is never glued to the first sentence of its clause.
# (A line that stops on a conjunction runs on: "9.1 Verwerker zal slechts een subverwerker inschakelen
# nadat" / "Verwerkingsverantwoordelijke daarvoor ...". Not a verb or a preposition a title may end
# on: "Who we are", "Wie wij zijn", "Service providers we rely on".)
_OPEN_WORDS_EN = (
    "the a an of to and or all any in by for with that which if unless until when because before after"
)
_OPEN_WORDS_NL = (
    "de het een van en op voor met dat nadat voordat zodat omdat indien wanneer tenzij totdat zolang waarbij"
)
_OPEN_END = re.compile(
    r"([.,;:(\-–]|\b(" + "|".join(dict.fromkeys((_OPEN_WORDS_EN + " " + _OPEN_WORDS_NL).split())) + r"))$",
    re.IGNORECASE,
)


def _heading_breaks(text: str) -> list[int]:
    breaks = []
    pos = 0
    previous = ""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        stripped = line.strip()
        after = lines[i + 1].lstrip()[:1]
        finished = not previous or previous.rstrip()[-1:] in ".:;!?"
        if 0 < len(stripped) <= 60 and finished and not _OPEN_END.search(stripped) and after[:1].isupper():
            breaks.append(pos - 1)
        if stripped:
            previous = stripped
    return breaks


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(start, end) of each separator between sentences."""
    found = {m.start(): (m.start(), m.end()) for m in _BOUNDARY.finditer(text)}
    for newline in _heading_breaks(text):
        found.setdefault(newline, (newline, newline + 1))
    return [found[k] for k in sorted(found)]


def _inline_item(text: str, sep_start: int, sep_end: int) -> bool:
    """Whether the separator is "; " before a list item on the same line."""
    return text[sep_start - 1 : sep_start] == ";" and "\n" not in text[sep_start:sep_end]


# An item of a list run into its sentence: "; (b) ...", "; and (iii) ...", "; en 2) ...".
INLINE_ITEM = re.compile(r"\s*(?:(?:and|or|en|of)\s+)?\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", re.IGNORECASE)
_FIRST_ITEM = re.compile(r"\s\(?(?:a|i|1)\)\s", re.IGNORECASE)


def inline_lead(flat: str, start: int) -> str:
    """The lead-in that an item of a list run into its sentence is read with: "may use Aggregated
    Data to (a) prepare reports; (b) improve the Services; and (c) train models" - item (c) says
    "may use Aggregated Data to train models". "" where the clause is no such item."""
    if start == 0 or not INLINE_ITEM.match(flat, start):
        return ""
    # (the nearest list opener before the item, where a sentence runs two lists)
    first = next(reversed(list(_FIRST_ITEM.finditer(flat, 0, start))), None)
    if not first:
        return ""
    lead_start = flat.rfind(";", 0, first.start()) + 1
    return flat[lead_start : first.start() + 1].lstrip()


# A list item's number alone, before the item's first word: no sentence ends at its dot.
LONE_LABEL = re.compile(r"\s*\(?(\d{1,2})[.)]\s*$")
NUMBERED_ITEM = re.compile(r"\s*\(?(\d{1,2})[.)]\s+\S")


def _after_colon(text: str, at: int) -> bool:
    """Whether the last character before `at` that is no white space is a colon (without copying
    the text before it, once per sentence boundary)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ":"


def split_sentences(text: str, offset: int = 0, in_list: bool = False) -> list[Sentence]:
    """The sentences of `text` (at `offset` in the document). `in_list`: the text opens on an item of a
    numbered list that a colon opened before it, so its number stays with it."""
    pieces: list[tuple[int, int]] = []
    start = 0
    since_item = 1 if in_list else 0  # sentences since a numbered item of a list a colon opened (0: none)
    last_number = 0  # that item's number (0: not known)
    for sep_start, sep_end in _boundaries(text):
        if sep_start < start:
            continue
        if _ABBREVIATIONS.search(text[max(0, sep_start - 6) : sep_start]):
            continue
        # ("niet toegestaan om:\n1. Klantgegevens aan derden te verstrekken": in a numbered list that
        # a colon opens, an item's number opens its sentence; elsewhere "4." may number a clause)
        opened = _after_colon(text, start)
        listing = opened or 0 < since_item <= NUMBERS_KEPT
        # (the next number of that list only: "2. ...\n5. Verwerker mag ..." is a clause of its own)
        label = LONE_LABEL.match(text, start, sep_start)
        if listing and label and (opened or not last_number or int(label.group(1)) == last_number + 1):
            continue
        if _numeral_echo(text[max(0, sep_start - 30) : sep_start], text, sep_end):
            continue  # "no less than four\n(4) weeks": the figure repeats the word, no list item starts
        if _inline_item(text, sep_start, sep_end) and ":" in text[start:sep_start]:
            continue  # "Vendor shall not: - sell it; - use it to train": the items keep their lead-in
        pieces.append((start, sep_start))
        if listing and (item := NUMBERED_ITEM.match(text, start)):
            since_item, last_number = 1, int(item.group(1))
        elif since_item:
            since_item += 1
        start = sep_end
    pieces.append((start, len(text)))
    out: list[Sentence] = []
    for s, e in pieces:
        for ps, pe in _cap(text, s, e):
            chunk = text[ps:pe]
            space = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if len(body) > 2:
                # (an item cut from its over-long sentence keeps that sentence's lead-in: "Vendor
                # shall not (a) sell it; ... (f) use it to train models" - (f) is still banned)
                lead = inline_lead(flatten(text[s:pe]), len(flatten(text[s : ps + space]))) if ps > s else ""
                out.append(Sentence(body, offset + ps + space, offset + ps + space + len(body), lead))
    return out


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Over-long 'sentences' (lists run together) are cut at semicolons."""
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    parts, s = [], start
    for match in re.finditer(r";\s+", text[start:end]):
        cut = start + match.end()
        if cut - s >= 80:
            parts.append((s, start + match.start() + 1))
            s = cut
    parts.append((s, end))
    return parts
