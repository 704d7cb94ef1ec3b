"""What the rules engine reads: the sentences of the retrieved clauses, with the signal phrases
each contains, and how a sentence becomes a citation on one page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..chunk import article, same_article
from ..durations import find_durations
from ..models import Chunk, Citation, Document
from ..reading import PhraseMatch
from ..sentences import (
    DOT_LEADER,
    INLINE_ITEM,
    Sentence,
    inline_lead,
    lead_in_before,
    split_sentences,
    with_lead_ins,
)
from ..topics import Topic

NEGATION = re.compile(
    r"\b(not(?!-)|never|no|neither|nor|cannot|can't|won't|niet(?!-)|geen|nooit|noch|verboden|prohibited)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(but|except|unless|however|tenzij|behalve|maar)\b", re.IGNORECASE)
QUOTE_LIMIT = 400
LIST_ITEM_WORDS = 3  # words: a comma this close before a phrase joins it to the list before
_JOINS = {"or", "and", "nor", "of", "en", "noch"}  # not counted among an item's words
# "... or from using it", "..., te koppelen ... of te gebruiken": the items of one ban.
_CONTINUES_BAN = re.compile(r"\s*((or|nor|and|of|en|noch)\s+(from|to|van|om|te)|te)\b", re.IGNORECASE)
# "... and from using", "or from sharing": the second thing a ban keeps someone from
_SECOND_OBJECT = re.compile(r"\b(and|or|nor)\s+from\s+(\w+ing\b[^,;.()]*)?$", re.IGNORECASE)
SECOND_OBJECT_REACH = 80  # characters before the phrase in which "and from using" stands
_INFINITIVE = re.compile(r"\b(te|to)\s+\w+", re.IGNORECASE)
# (the item's infinitive before the phrase, or with its verb: "..., ze te gebruiken voor eigen doeleinden")
_OWN_INFINITIVE = re.compile(r"\b(te|to)(\s+\w+)?\s*$", re.IGNORECASE)
_INCLUDING = re.compile(
    r"\b(including|in\s+particular|such\s+as|met\s+inbegrip\s+van|waaronder|inclusief|in\s+het\s+bijzonder)\b",
    re.IGNORECASE,
)
OBJECT_REACH = 250  # characters: how long the object between a ban and its one infinitive may run
UNBAN_REACH = 60  # characters before a ban in which the word that takes it back stands


def _ban_list(opener: re.Pattern[str], reading: Any, flat: str, start: int, own: str = "") -> list[str]:
    """The items of the list a ban (`opener`) opens before the phrase at `start`, split at commas,
    the phrase's own item last (run on by `own`); none without such a ban, with a single item, or
    with a turn after the ban ("... not permitted to sell Customer Data, but may use it to train")."""
    head = flat[flat.rfind(";", 0, start) + 1 : start]
    openers = list(opener.finditer(head))
    if not openers:
        return []
    items = (head[openers[-1].end() :] + own).split(",")
    if len(items) < 2 or reading.list_turn.search(head, openers[-1].end()):
        return []
    return items


def _banned_infinitive(reading: Any, flat: str, start: int) -> bool:
    """Whether the phrase at `start` is an item of an infinitive list that a ban opens (the
    ban_openers of prompts/reading.yaml), each item after a comma an infinitive of its own
    ("..., de Persoonsgegevens te verstrekken aan derden")."""
    items = _ban_list(reading.ban_opener, reading, flat, start)
    if not items:
        return False
    # (the phrase's own item stands just before its verb: "de Persoonsgegevens te " / "to ")
    if all(_INFINITIVE.search(i) for i in items[1:-1]) and _OWN_INFINITIVE.search(items[-1]):
        return True
    # ... or the commas set off what the object includes, and the ban has one infinitive: "Het is
    # Verwerker verboden de gegevens, met inbegrip van de antwoorden van leerlingen, te gebruiken
    # voor eigen doeleinden", "It is forbidden for Vendor to use the data, including pupils'
    # answers, for its own purposes".
    # (not where the phrase's item opens a predicate of its own: "..., including Usage Data, and
    # uses Customer Data to train")
    joined = ",".join(items)
    # (the phrase may start at that infinitive's own verb, the only one: "Het is Praxilon niet
    # toegestaan Patiëntgegevens, in welke vorm dan ook, ..., te gebruiken voor eigen doeleinden")
    infinitives = sum(1 for i in items if _INFINITIVE.search(i))
    at_own_verb = infinitives == 0 and bool(_OWN_INFINITIVE.search(items[-1]))
    return (
        len(joined) <= OBJECT_REACH
        and (infinitives == 1 or at_own_verb)
        and any(_INCLUDING.search(i) for i in items[:-1])
        and not _JOINED_ITEM.match(items[-1].lstrip())
        and not _NEW_ACTOR.search(joined)
    )


def _banned_verb_list(reading: Any, flat: str, start: int) -> bool:
    """Whether the phrase at `start` is in an item of a bare-verb list that a negated modal opens
    (the verb_ban_openers of prompts/reading.yaml): "shall not sell Customer Data, share it ...,
    or analyze its content for the purpose of improving", each item after a comma opening with
    one of the list_verbs."""
    # (the phrase's own item runs on past it: "..., or use it to train models")
    own = flat[start:].split(",", 1)[0].split(";", 1)[0]
    items = _ban_list(reading.verb_ban_opener, reading, flat, start, own)
    return bool(items) and all(reading.list_verb.match(_JOIN_OPENING.sub("", i.lstrip())) for i in items[1:])


_JOIN_OPENING = re.compile(r"^(and|or|nor)\s+(otherwise\s+)?", re.IGNORECASE)
_JOINED_ITEM = re.compile(r"^(and|or|en|of)\b", re.IGNORECASE)


def _item_words(item: str) -> int:
    """The words of a list item, not counting a joining word between two of them."""
    words = item.split()
    return len(words) - sum(1 for w in words[1:-1] if w.lower() in _JOINS)


def _banned_from(reading: Any, clause: str) -> bool:
    """Whether the clause keeps someone from something ("prohibits it from retaining"), and no word
    takes the ban back ("Nothing in this Agreement shall prevent Vendor from keeping")."""
    ban = _ban_from(reading.ban_from.pattern).search(clause)
    if ban is None:
        return False
    return not _unban(reading.unban.pattern).search(clause[max(0, ban.start() - UNBAN_REACH) : ban.start()])


@lru_cache(maxsize=8)
def _ban_from(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{words})[^.;]*?\bfrom\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _unban(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{words})[^,;]*$", re.IGNORECASE)


# Dutch puts a condition's verb first, with no "als" ("Heeft Opdrachtgever niet tijdig gekozen, dan
# vernietigt ..."): a finite verb that opens the sentence or its clause number reads as "if". (A
# closed list: "Is" or "Heeft" opening a plain statement would also match, and such a statement has
# no comma-clause after it to protect.)
_CONDITION = re.compile(
    r".*(?:^|[.;:]\s*|\s)(if|when|where|unless|als|indien|wanneer|tenzij|zodra)\s+[^,;:]*$"
    r"|.*(?:^|[.;:]\s+|\d\s+)(heeft|hebben|is|zijn|wordt|worden|maakt|kiest|geeft|doet|blijft|verzoekt|vraagt|"
    r"mocht|mochten|wenst|reageert|ontvangt|gaat)\s+[^,;:]*$",
    re.I | re.S,
)
LIST_REACH = 200  # characters before a comma searched for the condition it may end

# A phrase that opens on its own modal is a predicate of its own, not a list's next item.
_MODAL_FIRST = re.compile(
    r"(may|can|will|shall|must|mag|mogen|kan|kunnen|zal|zullen|moet|moeten)\b", re.IGNORECASE
)
# (a party named after the comma starts a clause too: "If Controller does not ask, the Processor deletes")
_CLAUSE_WORD = re.compile(
    r"\b(we|you|it|they|he|she|will|shall|may|can|must|is|are|which|who|wij|u|zij|zal|zullen|mag|kan|zijn|"
    r"the\s+(processor|controller|vendor|supplier|provider|customer|company)|"
    r"(de\s+)?(verwerker|opdrachtnemer|leverancier|verwerkingsverantwoordelijke))\b",
    re.I,
)


@dataclass
class Hit:
    signal: str
    sentence: Sentence
    section: str
    match: re.Match[str] | PhraseMatch


# The signal of a hit on the rows of a list of parties (names, purposes, places): it says who, and
# qualifies nothing, so an "only on request" of one party's row is no caveat of the clause.
LIST_ROWS = "list_rows"


def whole(signal: str, sentence: Sentence, section: str) -> Hit:
    """A hit on a sentence as a whole (a period, a place, a seat), with no one phrase in it: its
    "phrase" is the sentence's first character, so a long sentence is quoted from its start."""
    return Hit(signal, sentence, section, PhraseMatch(sentence.flat, 0, 1))


Sentences = list[tuple[Sentence, str]]  # sentences of the retrieved clauses, with their section


ADJACENT = 5  # characters between a sentence and the one right after it


def just_before(hit: Hit, sentences: Sentences) -> list[Sentence]:
    """The sentence that ends right before the hit's own, in its section: the one a pointer such as
    "that information" or "Deze worden bewaard" speaks of."""
    return [s for s, sec in sentences if shortly_after(hit.sentence, hit.section, s, sec, ADJACENT)]


def just_after(hit: Hit, sentences: Sentences) -> list[Sentence]:
    """The sentence that starts right after the hit's own, in its section: the one that goes on about
    what the hit said ("... may use the Feedback. The feedback controls do not transmit the code")."""
    return [s for s, sec in sentences if shortly_after(s, sec, hit.sentence, hit.section, ADJACENT)]


def shortly_after(
    sentence: Sentence,
    section: str,
    anchor: Sentence,
    anchor_section: str,
    reach: int,
    in_article: bool = False,
) -> bool:
    """Whether `sentence` starts within `reach` characters after `anchor` ends, in the same
    section: the words that continue what the anchor says ("... Such notice will be given ...").
    With `in_article`, a later clause of the same article counts too ("12.1 ... Sub-processor
    List. 12.3 Each change is published sixty (60) days ahead")."""
    near = section == anchor_section or (in_article and same_article(section, anchor_section))
    return near and 0 <= sentence.start - anchor.end <= reach


Decision = tuple[str, dict[str, Any], list[Hit]]  # stance, facts, the hits to cite (deciding first)


def topic_sentences(chunks: list[Chunk], text: str = "") -> list[tuple[Sentence, str]]:
    """Sentences of the retrieved chunks in document order, each once, with its section number. A
    chunk that opens inside a list reads its items with the list's lead-in, found in the document's
    `text` ("Kwartelboek verwerkt de Persoonsgegevens voor de volgende doeleinden:" before "(d) het
    trainen van de modellen van Kwartelboek")."""
    seen: set[int] = set()
    covered = 0  # where the sentences read so far end
    out: list[tuple[Sentence, str]] = []
    for chunk in sorted(chunks, key=lambda c: c.start):
        lead = lead_in_before(text, chunk.start) if text else ""
        for sentence in with_lead_ins(split_sentences(chunk.text, chunk.start, in_list=bool(lead)), lead):
            # "Wil je dat we je account verwijderen?" asks; a question is never the evidence.
            # (Nor is the tail of a sentence already read, where a chunk starts inside it: "which
            # Vendor uses certain data to ..." after '"Program" means the program under which ...'.)
            if sentence.start in seen or sentence.flat.rstrip().endswith("?") or sentence.end <= covered:
                continue
            seen.add(sentence.start)
            covered = max(covered, sentence.end)
            out.append((sentence, chunk.section))
    return out


def by_clause(sentences: Sentences) -> Sentences:
    """The sentences with the section of the numbered clause they stand in: a chunk may run over into
    the next article ("13.2 ... ## Artikel 14 ... 14.1 ..."), and from the sentence that opens with
    its number on, the sentences are that clause's."""
    out: Sentences = []
    current, label = "", ""
    for sentence, section in sentences:
        if section != current:
            current, label = section, section
        opening = CLAUSE_OPENING.match(sentence.text)
        if opening and article(opening.group(1)) != article(label):
            label = opening.group(1)
        out.append((sentence, label))
    return out


# A sentence that opens with a clause number of two levels or more: "14.1 Na beëindiging ...".
CLAUSE_OPENING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=[A-Z(])")


_NUMBERED = re.compile(
    # ("7.2", "B.", "B.9": a letter and its number, "B.9 Beëindiging en back-ups.")
    r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.(?:\d+(?:\.\d+)*\.?)?|(?:article|artikel|section|clause)\s+\d+(?:\.\d+)*\.?)\s+",
    re.I,
)
# A numbered line of this many words or fewer is a title: "Artikel 3.5 Geaggregeerde statistieken."
TITLE_WORDS = 2
_MINOR = {"of", "and", "or", "the", "a", "an", "to", "for", "in", "on", "with", "by", "van", "en", "de"}


def is_heading(flat: str) -> bool:
    """A heading line: short and not ending like a sentence, or a numbered title in title case
    ("5.2 List of Current Subprocessors and Notification of New Subprocessors.")."""
    words = flat.split()
    # (not a row of a table that gives its period after a label: "Uploaded files: 30 days after
    # contract end", "Documenten: 14 dagen na einde contract")
    if len(words) <= 10 and flat.rstrip()[-1:] not in ".;:!?)" and not (":" in flat and find_durations(flat)):
        return True
    if len(words) <= 14 and _NUMBERED.match(flat):
        body = [w for w in _NUMBERED.sub("", flat, count=1).split() if w.lower() not in _MINOR]
        if 0 < len(body) <= TITLE_WORDS and not re.search(r"[,;:]", flat):
            return True
        return bool(body) and all(w[:1].isupper() or not w[:1].isalpha() for w in body)
    return False


def negated(
    flat: str, start: int, topic: Topic | None = None, reach: int = 80, end: int | None = None
) -> bool:
    """Does a negation or a prohibition govern the phrase from `start` (to `end`)? Only within its
    own clause, and only the words of prompts/reading.yaml (or the built-in ones without it); a
    Dutch negation after the verb, inside the phrase, counts too."""
    reading = topic.reading if topic else None
    if _negated(flat, start, topic, reach, end):
        return True
    if not reading:
        return False
    # (read again past the asides between a ban and the phrase)
    collapsed, at, until = _past_asides(reading, flat, start, end)
    return collapsed != flat and _negated(collapsed, at, topic, reach, until)


NEITHER = re.compile(r"^\W*(\d+(\.\d+)*\.?\s+)?(noch|neither)\b[^.;]{1,80}?\b(noch|nor)\b", re.IGNORECASE)


def _negated(flat: str, start: int, topic: Topic | None, reach: int, end: int | None) -> bool:
    """`negated` on the text as it stands (`negated` asks again with the asides read past)."""
    reading = topic.reading if topic else None
    if reading:
        flat = reading.not_negation.sub(lambda m: " " * len(m.group(0)), flat)
    if reading and end is not None and reading.negation_inside.search(flat, start, end):
        return True
    # "Noch Verwerker, noch enige Subverwerker gebruikt ... om het Taalmodel te trainen", "Neither
    # Vendor nor its Sub-processors will use ...": the opening denies the whole first clause.
    if (opening := NEITHER.match(flat)) and start >= opening.end() and ";" not in flat[:start]:
        return True
    # A long phrase whose last clause is negated: "uses a language model ...: prompts are used only
    # to generate a response, and are not used to train the model".
    if reading and end is not None and end - start > LONG_PHRASE:
        span = flat[start:end]
        turns = list(reading.clause_break.finditer(span))
        last = span[turns[-1].end() :] if turns else ""
        if last and reading.negation.search(last):
            return True
    # "prohibits it from retaining prompts for longer than thirty (30) days ... and from using them
    # to train": a ban's second object ("and from using") is governed by the ban however far back.
    if (
        reading
        and _SECOND_OBJECT.search(flat[max(0, start - SECOND_OBJECT_REACH) : start])
        and _banned_from(reading, flat[flat.rfind(";", 0, start) + 1 : start])
    ):
        return True
    # "Het is Verwerker niet toegestaan de Persoonsgegevens te verwerken voor eigen doeleinden, de
    # Persoonsgegevens te verstrekken aan derden of ...": every infinitive of the list is banned.
    if reading and (_banned_infinitive(reading, flat, start) or _banned_verb_list(reading, flat, start)):
        return True
    # "is prohibited from storing it beyond the time needed, or from using it": the ban goes on
    # past its comma, so it is looked for further back.
    if _CONTINUES_BAN.match(flat[flat.rfind(",", 0, start) + 1 : start]):
        reach *= 2
    window = flat[max(0, start - reach) : start]
    breaks = list((reading.clause_break if reading else CLAUSE_BREAK).finditer(window))
    # A clause longer than the reach that opens on its negated subject is read from its start:
    # "Noch Leverancier noch diens subverwerkers zullen de persoonsgegevens gebruiken om algoritmen
    # of AI-modellen te trainen", "Neither Vendor nor ... shall".
    if reading and not breaks and start > reach:
        wide = flat[max(0, start - CLAUSE_REACH) : start]
        wide_breaks = list(reading.clause_break.finditer(wide))
        whole_clause = wide[wide_breaks[-1].end() :] if wide_breaks else wide
        if _NEGATED_SUBJECT.match(LEADING_NUMBER.sub("", whole_clause.lstrip(), count=1)):
            window = whole_clause
    # A list carries its negation across its commas: "shall not be used for research and
    # development, product improvement or training" negates each item.
    # ("If you do not opt out, we will use ..." starts a new clause: a subject or verb follows.)
    while breaks and breaks[-1].group(0) == ",":
        item = window[breaks[-1].end() :]
        if not _CONTINUES_BAN.match(item) and (
            # ("niet bewaren, gebruiken of openbaar maken voor enig ander doel": an "of" between two
            # of the item's words joins them; one that opens the item starts a clause: ", and in all
            # cases uses it")
            _item_words(item) > LIST_ITEM_WORDS
            or _CLAUSE_WORD.search(item)
            # (or the phrase itself opens on a modal: "..., maar is daartoe niet verplicht, en mag de
            # gegevens bewaren" is a predicate of its own)
            or (len(item.split()) <= 1 and _MODAL_FIRST.match(flat, start))
        ):
            break
        # "If Controller does not ask, the Processor deletes", "Als Opdrachtgever niet vraagt,
        # verwijdert Verwerker": a condition's "not" stays in the condition.
        comma = max(0, start - reach) + breaks[-1].start()
        if _CONDITION.match(flat[max(0, comma - LIST_REACH) : comma]):
            break
        breaks.pop()
    if breaks:
        window = window[breaks[-1].end() :]
    if (reading.negation if reading else NEGATION).search(window):
        return True
    if reading and (_negated_after_purpose(flat, start, reading) or _forbidden_after(flat, end, reading)):
        return True
    # An item of a list run into its sentence is banned by its lead-in: "Tallowby shall not (a) sell
    # Customer Personal Data; (b) use it to build profiles" - item (b) reads "shall not use".
    # (read without the item's own letter, which would part it from the lead-in like a clause break)
    clause = flat.rfind(";", 0, start) + 1
    lead = inline_lead(flat, clause) if clause else ""
    marker = INLINE_ITEM.match(flat, clause)
    if not lead or not marker or marker.end() > start:
        return False
    shift = len(lead) - marker.end()
    return negated(
        lead + flat[marker.end() :], start + shift, topic, reach, end + shift if end is not None else None
    )


ASIDE_REACH = 200  # characters: the longest aside read past
CLAUSE_REACH = 200  # characters: how far back the start of a long clause is looked for
_NEGATED_SUBJECT = re.compile(r"(noch|neither|geen\s+enkele|no|none\s+of)\b", re.IGNORECASE)
LEADING_NUMBER = re.compile(r"^\(?\d+(\.\d+)*\.?\)?\s+")
_AFTER_ASIDE = re.compile(r"\s*(and|or|but|en|of|maar)\b", re.IGNORECASE)


def _past_asides(reading: Any, flat: str, start: int, end: int | None) -> tuple[str, int, int | None]:
    """The text with the asides before `start` taken out (and `start`, `end` moved with it): what
    the object includes, set off by commas, stands between a ban and its verb ("Noch de Verwerker,
    noch enige Subverwerker zal de Persoonsgegevens, met inbegrip van het Leerlingenwerk en de
    voorstellen, gebruiken om ... te trainen")."""
    cut = 0
    out = flat
    for m in reversed(list(reading.aside.finditer(flat, 0, start))):
        comma = flat.rfind(",", 0, m.start())
        close = flat.find(",", m.end(), start)
        if (
            comma < 0
            or close < 0
            or flat[comma + 1 : m.start()].strip()
            or close - m.start() > ASIDE_REACH
            or any(c in flat[m.end() : close] for c in ";:()")
            # (an aside that a conjunction follows may end a list: "..., including Usage Data, and
            # uses Customer Data to train" opens a predicate of its own)
            or _AFTER_ASIDE.match(flat, close + 1)
        ):
            continue
        # (both its commas: what follows continues the clause the aside interrupted)
        out = out[:comma] + " " + out[close + 1 :]
        cut += close - comma
    if not cut:
        return flat, start, end
    return out, start - cut, end - cut if end is not None else None


AFTER_REACH = 80  # characters: how far after a phrase "... is not permitted" still forbids it


def _forbidden_after(flat: str, end: int | None, reading: Any) -> bool:
    """ "The use of the data to improve the service is not permitted": the prohibition follows the
    phrase, in the same clause."""
    if end is None:
        return False
    rest = flat[end : end + AFTER_REACH]
    stop = reading.clause_break.search(rest)
    return bool(reading.negation_after.search(rest[: stop.start()] if stop else rest))


LONG_PHRASE = 40  # characters: a phrase this long may hold clauses of its own
MAIN_CLAUSE_WORDS = 6  # words: subject, auxiliary, negation and verb of the clause after a fronted purpose
_NOT_ONLY = re.compile(r"\b(not\s+only|niet\s+alleen)\b", re.IGNORECASE)
# The main clause must deny the use itself: in "To the extent we use data to improve the Services,
# we will not identify you" the "not" is about something else.
_USE_VERB = re.compile(
    r"\b(use|uses|used|using|process\w*|analy[sz]\w*|share|shares|train|access|gebruik\w*|verwerk\w*|"
    r"analyse\w*|delen|deelt|benut\w*|inzetten|zetten)\b",
    re.IGNORECASE,
)


def _negated_after_purpose(flat: str, start: int, reading: Any) -> bool:
    """ "To train our AI models, we do not use Customer Data": a purpose put first (the phrase in
    the sentence's opening clause) is negated by the main clause that follows its comma."""
    lead = reading.purpose_lead.match(flat, len(flat) - len(flat.lstrip()))
    if not lead or reading.clause_break.search(flat, lead.end(), start):
        return False
    comma = flat.find(",", start)
    if comma < 0 or comma - start > 120:
        return False
    main = " ".join(flat[comma + 1 :].split()[:MAIN_CLAUSE_WORDS])
    return bool(reading.negation.search(main) and _USE_VERB.search(main)) and not _NOT_ONLY.search(main)


def find(
    topic: Topic, signal: str, sentences: list[tuple[Sentence, str]], allow_negated: bool = True
) -> list[Hit]:
    hits = []
    for sentence, section in sentences:
        flat = sentence.flat
        if is_heading(flat):
            continue  # "Article 5 - Confidentiality" names a topic; it promises nothing
        for matcher in topic.matchers(signal):
            match = matcher.search(flat)
            if match and (allow_negated or not negated(flat, match.start(), topic, end=match.end())):
                hits.append(Hit(signal, sentence, section, match))
                break
    return hits


def has(topic: Topic, signal: str, text: str) -> bool:
    return any(m.search(text) for m in topic.matchers(signal))


def blank(topic: Topic, signal: str, text: str) -> str:
    """The text with every match of `signal` blanked out, one space for one character, so that what
    is left is read without it ("third country" is no third party; "which does not contain
    Customer Content" names no content)."""
    while found := topic.matches(signal, text):
        for match in found:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def semicolon_part(flat: str, start: int, end: int) -> tuple[int, int]:
    """Where the part of `flat` between the semicolons around [start, end) begins and ends: a
    clause of its own in a sentence that joins several ("...; in all other cases ...")."""
    after = flat.find(";", end)
    return flat.rfind(";", 0, start) + 1, after if after >= 0 else len(flat)


def part_of(hit: Hit) -> str:
    """The part of the hit's sentence between the semicolons around it."""
    start, end = semicolon_part(hit.sentence.flat, hit.match.start(), hit.match.end())
    return hit.sentence.flat[start:end]


def same_sentence(hit: Hit, hits: list[Hit]) -> bool:
    """Whether the hit's sentence is already among `hits` (found by another signal or not)."""
    return any(h.sentence.start == hit.sentence.start for h in hits)


def cite(doc: Document, hit: Hit) -> Citation:
    """The part of the hit's sentence that lies on one page, trimmed around the signal phrase."""
    sentence = hit.sentence
    page_number, text = doc.text_on_first_page(sentence.start, sentence.end)
    following = sentence.start + len(text)
    while following < sentence.end and doc.text[following].isspace():
        following += 1
    if following < sentence.end:
        # The sentence runs over a page break. Where its phrase (or all but its heading) stands on
        # the next page, quote that part, so the citation is never a bare heading and keeps the
        # words the answer rests on.
        next_number, next_text = doc.text_on_first_page(following, sentence.end)
        on_first = _find_phrase(text, hit) is not None
        on_next = _find_phrase(next_text, hit) is not None
        rest_longer = sentence.end - following > len(text)
        if is_heading(" ".join(text.split())) or (not on_first and (on_next or rest_longer)):
            page_number, text = next_number, next_text
    if len(text) > QUOTE_LIMIT:
        text = _window(text, hit)
    return Citation(page=page_number, quote=re.sub(r"\s+", " ", text).strip(), section=hit.section)


def _find_phrase(text: str, hit: Hit) -> re.Match[str] | None:
    """Where the hit's phrase (its first 40 characters) stands in a page's text, if it does."""
    flat_match = hit.match.group(0)[:40]
    probe = (
        re.sub(r"\s+", r"\\s+", re.escape(flat_match).replace("\\ ", " "))
        .replace("'", "['’]")
        .replace(DOT_LEADER, "[.\u2024]")
    )
    return re.search(probe, text)


def _window(text: str, hit: Hit) -> str:
    """A verbatim excerpt of at most QUOTE_LIMIT characters that contains the signal phrase."""
    found = _find_phrase(text, hit)
    centre = found.start() if found else 0
    # Start where the clause holding the phrase starts (after ";" or ":" or a list marker), so
    # the quote does not open mid-sentence; else at a word about 120 characters before it.
    opening = max((m.end() for m in _CLAUSE_START.finditer(text, 0, centre)), default=0)
    start = opening if centre - opening <= QUOTE_LIMIT - 80 else text.rfind(" ", 0, max(0, centre - 120)) + 1
    end = min(len(text), start + QUOTE_LIMIT)
    # End where a clause ends, if one does within the limit; else at a word.
    closing = [m.end() for m in _CLAUSE_END.finditer(text, centre, end)]
    if closing and end < len(text):
        return text[start : closing[-1]]
    cut = text.rfind(" ", start, end) if end < len(text) else end
    return text[start : cut if cut > start else end]


_CLAUSE_START = re.compile(r"[;:]\s+|\s\(?[a-z0-9ivx]{1,3}\)\s+")
_CLAUSE_END = re.compile(r"[;,](?=\s)|\.(?=\s|$)")


def first(topic: Topic, signal: str, text: str) -> re.Match[str] | PhraseMatch | None:
    """The earliest match of any of the signal's patterns."""
    matches = topic.matches(signal, text)
    return min(matches, key=lambda m: m.start()) if matches else None


FLOOR_REACH = 25  # characters before a period where "at least" / "minimaal" makes it a floor


def is_floor(topic: Topic, text: str, start: int) -> bool:
    """Whether the period starting at `start` is a minimum ("kept for at least 90 days"), by the
    topic's `minimum` words: a floor, not a limit."""
    return bool(topic.matches("minimum", text[max(0, start - FLOOR_REACH) : start]))


def unique(hits: list[Hit]) -> list[Hit]:
    """Each sentence once, in the order given (the deciding one first)."""
    seen: set[int] = set()
    out = []
    for hit in hits:
        if hit.sentence.start not in seen:
            seen.add(hit.sentence.start)
            out.append(hit)
    return out


def binds_other(topic: Topic, hit: Hit) -> bool:
    """The clause holding the hit binds the customer or a data subject, not the vendor ("Customer
    will not permit end users to ...", "Data subjects may request erasure"). A right the customer
    grants the vendor ("You grant Vendor a licence to use ...") is the vendor's."""
    clause = clause_of(hit)
    if not topic.reading:
        return False
    actor = topic.reading.actor(clause)
    # An item of a list run into its sentence ("Customer shall not, and shall not permit any User
    # to: (i) ...; (iii) use the Services to build a competing product") binds whom its lead-in binds.
    lead_end = hit.sentence.flat.rfind(":", 0, hit.match.start())
    if actor is None and lead_end > 0 and ";" not in hit.sentence.flat[:lead_end]:
        actor = topic.reading.actor(hit.sentence.flat[:lead_end])
    # So does an infinitive run on after a semicolon ("You must not use the Service to record anyone
    # unlawfully; to upload malware; or to use Outputs to develop a competing product").
    if actor is None and _RUN_ON.match(clause) and ";" in hit.sentence.flat:
        actor = topic.reading.actor(hit.sentence.flat[: hit.sentence.flat.find(";")])
    return actor in ("customer", "data_subject") and not topic.matches("grant_to_vendor", clause)


_RUN_ON = re.compile(r"\s*((or|and|nor|of|en)\s+)?(to|om)\s+[a-z]+\b")


def deciding_first(topic: Topic, hits: list[Hit]) -> list[Hit]:
    """The decider's order, except that what the vendor itself says comes before what binds others
    and before definitions, so the first quote is the clause the answer rests on; and a title
    ("Account Closure & Deletion") comes only after every clause."""
    reading = topic.reading

    def rank(hit: Hit) -> tuple[bool, bool, bool]:
        if not reading:
            return is_heading(hit.sentence.flat), False, False
        return (
            is_heading(hit.sentence.flat),
            binds_other(topic, hit),
            # (the sentence itself, not the definition of a period read after it)
            reading.is_definition(hit.sentence.own),
        )

    return sorted(hits, key=rank)


_NEW_ACTOR = re.compile(
    r",\s+(and|but|while|whereas|en|maar)\s+(?=\S+(\s+\S+)?\s+(may|shall|will|can|must|mag|zal|kan|moet|mogen|zullen)\b"
    # (or the vendor's own verb: ", and we also use the full text of the conversations to train")
    r"|(we|wij)\s+(also\s+|ook\s+|further\s+|daarnaast\s+|then\s+|dan\s+|vervolgens\s+)?(use|process|gebruiken|verwerken)\b)"
    # (or the data as the new subject after "but": "Met de schakelaar verbergt u de AI-functies, maar uw
    # gegevens blijven deel uitmaken van de set waarmee wij trainen")
    r"|,\s+(but|maar)\s+(?=(your|uw|je|jouw|the|de|het|all|alle)\s+(\w+\s+){1,3}(remain|remains|stay|stays|blijven|blijft)\b)",
    re.IGNORECASE,
)


# "... en delen deze niet zonder toestemming met derden": a second predicate with its own verb.
_AND_THEN = re.compile(
    r"\s(and|en)\s+(will\s+not|shall\s+not|never|do\s+not|does\s+not|delen|deelt|verstrekken|verstrekt|"
    r"verkopen|verkoopt|sell|share|disclose|we|wij)\b|,?(?<!\bonly)\s(while|whereas|terwijl)\b|,?\s(and|en)\s+(if|when|als|indien|wanneer)\b",
    re.IGNORECASE,
)


def clause_of(hit: Hit) -> str:
    """The clause of the hit's sentence that holds the matched phrase (between semicolons), so a
    qualifier of a neighbouring clause ("; the Customer may request a certificate") is not its; an
    item of a list run into its sentence is read after its lead-in ("may use Aggregated Data to"
    before "(c) train models"), so the text returned need not be one slice of the sentence."""
    flat = hit.sentence.flat
    start = flat.rfind(";", 0, hit.match.start()) + 1
    # "..., and Customer may use Outputs to train its own models": a new actor starts a new clause.
    # (A match that runs across such a turn belongs to the clause where it ends.)
    start = max([start, *(m.end() for m in _NEW_ACTOR.finditer(flat, start, hit.match.end()))])
    end = flat.find(";", hit.match.end())
    end = end if end >= 0 else len(flat)
    # ... and ends where the next one starts: "We may use your data to improve our services, and
    # we will not sell it without permission" - the permission is the sale's, not the use's.
    after = _NEW_ACTOR.search(flat, hit.match.end(), end) or _AND_THEN.search(flat, hit.match.end(), end)
    return inline_lead(flat, start) + flat[start : after.start() if after else end]


# "In afwijking van artikel 7.1", "By way of derogation from Clause 7.1", "Notwithstanding clause 7.1"
DEROGATION = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(in\s+afwijking\s+van|by\s+way\s+of\s+derogation\s+from|in\s+derogation\s+(of|from)|"
    r"notwithstanding)\s+(het\s+bepaalde\s+in\s+)?(artikel|article|clause|section|lid|paragraph|paragraaf)\s+"
    r"(?P<number>\d+(\.\d+)*)",
    re.IGNORECASE,
)
CLAUSE_NUMBER = re.compile(r"^\W*(\d+(?:\.\d+)*)\.?\s")


def in_clause(hit: Hit, numbers: set[str]) -> bool:
    """Whether the hit stands in one of the numbered clauses: its sentence opens with the number, or
    its section is that clause."""
    opening = CLAUSE_NUMBER.match(hit.sentence.flat)
    return (opening is not None and opening.group(1) in numbers) or hit.section in numbers
