"""Reading words, not spellings: phrases matched on word stems in English and Dutch, and the words
that decide how strongly a sentence binds (negation and prohibition, conditions).

A phrase in prompts/ is written as a lawyer would say it ("share with third parties", "delen met
derden", "return … or … destroy"); it matches any inflection of its words ("shared with third
parties", "deelt … met derden"), because both sides are reduced to Snowball stems. "…" lets up to
GAP words stand between the parts. Both stemmers run on every sentence, so an English phrase finds
English text and a Dutch phrase finds Dutch text whatever the document's main language.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import snowballstemmer

SUBJECT_WORDS = 6  # "Upon termination, the Processor shall": the subject stands in the first words
# A bullet that carries the item's letter too ("- (a) use the data"): both are the marker.
BULLET_BEFORE_LETTER = r"(?:[•▪●◦\-–·*]\s+(?=\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s))?"
LEADING_MARKER = re.compile(
    rf"^\s*{BULLET_BEFORE_LETTER}(?:\(?(?:[a-z]|\d{{1,2}}|[ivx]{{1,4}})[.)]|\d+(?:\.\d+)*\.?|[•▪●◦\-–·*])\s+",
    re.IGNORECASE,
)
# A short label and its colon before a sentence that starts anew, as annexes fill in their fields.
FIELD_LABEL = re.compile(r"^\s*[A-Z][\w ,'’&/()-]{0,60}:\s+(?=[A-Z])")
CONDITION_FIRST = re.compile(
    r"(if|unless|upon|subject to|without|where|when|in the event|provided that|after|following|once|"
    r"as long as|so long as|while|zolang|"
    r"indien|als|tenzij|zonder|wanneer|zodra|voor zover|op verzoek|na|nadat)\b",
    re.IGNORECASE,
)
AGREES_THAT = re.compile(
    r"^.{0,60}?\b(agrees?|acknowledges?|accepts?|consents?|erkent|aanvaardt|stemt ermee in)\s+(that|dat)\s+",
    re.IGNORECASE,
)
# "You grant us a licence to use Your Content to improve the Service": the use is the grantee's.
# ... unless the grantee is the customer's own people: "Customer permits its Authorised Users to".
OWN_PEOPLE = r"(its|your|their|his|her|zijn|haar|uw|hun)\b"
GRANTS_TO = re.compile(
    r"^.{0,60}?\b(grants?|gives?|verleent|geeft)\s+(to\s+|aan\s+)?(?!" + OWN_PEOPLE + r")"
    r"(?=\S+\s+(\S+\s+){0,6}(licen[cs]e|right|rights|recht|licentie)\b)",
    re.IGNORECASE,
)
# "Customer appoints GitHub to transfer ...", "Customer authorises Vendor to engage ...": the act
# authorised is the appointee's.
AUTHORISES = re.compile(
    r"^\W*((?!(may|shall|must|will|should|can|not|niet|mag|moet|zal)\b)\w+\W+){0,8}?(hereby\s+)?"
    r"(appoints|authori[sz]es|instructs|permits|allows|mandates|machtigt|gelast)\s+(?!" + OWN_PEOPLE + r")",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(
    r"\b(of|by|for|from|to|with|about|regarding|concerning|van|door|voor|namens|met|aan|over|omtrent|inzake)\s+(the\s+|de\s+|het\s+)?$"
    # a role, not an actor: "Nimbic processes Service Data as an independent controller"
    r"|\b(as|als)\s+(an?\s+|een\s+|the\s+|de\s+)?(\w+\s+)?$",
    re.I,
)
NOUN_BEFORE = re.compile(
    r"\b(data|content|information|inputs?|files|texts?|prompts|messages|conversations|recordings|documents|"
    # (what users make or upload: "Photos of receipts you upload", "the invoices you send")
    r"photos|images|pictures|receipts|invoices|videos|scans|uploads|notes|e-?mails|questions|answers|entries|"
    r"comments|reviews|posts|orders|projects|designs|"
    r"gegevens|informatie|teksten|berichten|gesprekken|bestanden|documenten|foto['’]s|facturen|bonnetjes|"
    r"afbeeldingen|opnames|notities|vragen|antwoorden)\s+$"
    # (or any noun with its relative pronoun: "de bonnetjes en facturen die je uploadt"; "dat" may
    # open a clause of its own, "Het is mogelijk dat je ...", so only "die", "welke", "which")
    r"|\b\w+\s+(die|welke|which)\s+$",
    re.I,
)
# A Dutch sentence with its object first and "wij" after the verb: "Je Suppressielijst bewaren wij ...".
# (a Dutch verb ending in -en or -t: not English "when we", "then we", "than we", "that we", nor a
# Dutch conjunction, "dat wij", "zonder dat wij")
NOT_A_VERB = (
    "when|then|than|even|been|given|often|that|what|but|at|it|not|just|most|first|must|"
    "dat|wat|voordat|nadat|totdat|omdat|zodat|niet|met|dit|het|zonder|want|tot"
)
INVERTED_WE = re.compile(
    rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[\w-]+,?\s+){{1,5}}?(?!(?:{NOT_A_VERB})\s)"
    r"[a-z]\w*(?:en|t)\s+(?:wij|we)\b(?!\s+(?:u|je|jou)\b)"
)
# A name of one to three capitalised words, not a determiner, then a modal: "Tessellate will",
# "Acme Cloud Inc. shall", "Toonlijn zal".
NAMED_SUBJECT = re.compile(
    r"((?!(?:The|This|That|These|Those|Such|Each|Either|Neither|Both|Any|All|No|Nothing|None|Every|Our|"
    r"Your|Its|Their|If|When|Where|A|An|De|Het|Een|Deze|Die|Dit|Dat|Elke|Iedere|Ieder|Geen|Alle|Beide|"
    r"Partijen|Parties|Party|Personal|Data|Dutch|European|Union|Member|Niets|"
    # (the people the data is about, and the customer's side by its kind)
    r"Students|Pupils|Parents|Users|Employees|Individuals|Patients|Members|Visitors|Candidates|"
    r"Applicants|Institution|School|Schools|End|Authorised|Authorized|Onderwijsinstelling|Gemeente|"
    r"Leerlingen|Ouders|Gebruikers|Medewerkers|Werknemers|Betrokkenen|Cliënten|Patiënten|Sollicitanten)\b)"
    r"[A-Z][\w&-]*\.?(?:\s+[A-Z][\w&-]*\.?){0,2})\s+"
    # ("Tessfold does not use customer code to train its models": a statement of what it does, too)
    r"(?:will|shall|may|must|can|agrees|undertakes|does|never|zal|zullen|mag|mogen|kan|kunnen|moet|moeten)\b"
)
NOUN_AFTER = re.compile(
    r"['’]?s?\s+(data|content|personal|information|materials?|account|input|output|gegevens|persoonsgegevens|"
    r"files|documents|messages|conversations|chats|recordings|interactions|inputs|prompts|feedback|"
    r"bestanden|documenten|berichten|gesprekken|opnames|interacties|code|repositories|broncode)\b",
    re.IGNORECASE,
)
# A plan that scopes a rule: "under Consumer Plans", "on the free plan", "voor de gratis versie".
PLAN_SCOPE = re.compile(
    r"\b(under|on|for|of|from|onder|bij|voor|op|van|uit)\s+(the\s+|our\s+|a\s+|de\s+|het\s+|een\s+|onze\s+)?$",
    re.IGNORECASE,
)
# What the document says it applies to: "This Privacy Policy applies to individual plans".
DOCUMENT_SCOPE = re.compile(
    r"\b(this|these|deze)\s+(privacy\s+)?(policy|notice|statement|terms|privacyverklaring|verklaring|voorwaarden)\s+"
    r"(applies|apply|covers?|geldt|gelden)\b[^.;]{0,80}",
    re.IGNORECASE,
)
PLAN_SCOPE_REACH = 12  # characters before the plan's name in which its preposition stands
JUDGE_CHARS = 40_000
CONTRACT_WORDS = 3
GAP = 12  # words that may stand between the parts of a phrase written with "…"
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
LANGUAGES = {"en": "english", "nl": "dutch"}
# A Snowball stemmer keeps its state between calls, so two threads (the web app's workers) must
# never share one: each thread gets its own.
_local = threading.local()


def stemmer(lang: str) -> Any:
    """This thread's Snowball stemmer for `lang` (en or nl)."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {code: snowballstemmer.stemmer(name) for code, name in LANGUAGES.items()}
    return stemmers[lang]


def _normalise(word: str) -> str:
    # "sub-processors" and "subprocessors", "back-ups" and "backups" are one word to a reader.
    return word.lower().replace("-", "").replace("’", "'").removesuffix("'s")


# A definition written as a quoted term and a colon, in a definitions list or not.
QUOTED_TERM = re.compile(r"^\W*(\(?[a-z0-9]{1,3}[.)]\s+)?[\"“‘'][^\"”’']{2,60}[\"”’']\s*:\s")


@dataclass(frozen=True)
class Words:
    """A text's words: their stems in each language and where each word sits in the text."""

    spans: tuple[tuple[int, int], ...]
    stems: dict[str, tuple[str, ...]]

    @cached_property
    def stem_sets(self) -> dict[str, frozenset[str]]:
        """Each language's stems as a set: a phrase lacking one of them cannot stand in the text."""
        return {lang: frozenset(stems) for lang, stems in self.stems.items()}


_DOUBLE_VOWEL = re.compile(r"([aeou])\1")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_BARRIER = "|"  # a clause break between words: a phrase's "…" never reaches across one
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[;:]|\.(?=\s|$)")


def _dutch(stem: str) -> str:
    """Snowball leaves verb forms apart that a Dutch reader takes as one word: "deelt" and "delen",
    "opzegt" and "opzeggen", "gewist" and "wissen". A person ending -t/-d after a consonant is
    dropped, and then a participle's ge-."""
    if len(stem) > 4 and stem[-1] in "td" and stem[-2] not in "aeiou":
        stem = stem[:-1]
        if stem.startswith("ge") and len(stem) >= 5:
            stem = stem[2:]
    # Snowball writes "verbeteren" as "verbeteer" but "verbetert" as "verbeter": a word of more
    # than one syllable is compared without its double vowel ("deel" and "weet" keep theirs).
    return _DOUBLE_VOWEL.sub(r"\1", stem) if len(_VOWEL_GROUP.findall(stem)) >= 2 else stem


@lru_cache(maxsize=100_000)
def _stem(word: str, lang: str) -> str:
    """One word's stem; cached per word, so no contract text is kept, only its vocabulary."""
    if word == _BARRIER:
        return word
    word = _normalise(word)
    if lang == "nl" and len(word) > 5 and word.endswith(("igt", "igd")):
        # (Snowball takes "-ig" off "vernietigen" but not off "vernietigt" or "vernietigd": those are
        # stemmed as their infinitive, a participle without its "ge-": "gewijzigd" as "wijzigen")
        base = word[:-1]
        word = (base[2:] if base.startswith("ge") and len(base) > 6 else base) + "en"
    stem = stemmer(lang).stemWord(word)
    return _dutch(stem) if lang == "nl" else stem


@lru_cache(maxsize=512)  # the sentences and clauses of the document being read, not more
def words(text: str) -> Words:
    """The text's words (and clause breaks, as barriers) with their stems in both languages."""
    found = list(_TOKEN.finditer(text))
    plain = [m.group(0) if m.group(0)[0].isalnum() else _BARRIER for m in found]
    return Words(
        spans=tuple((m.start(), m.end()) for m in found),
        stems={lang: tuple(_stem(w, lang) for w in plain) for lang in LANGUAGES},
    )


@dataclass(frozen=True)
class PhraseMatch:
    """Where a phrase was found; answers like a regular-expression match where the engine asks."""

    text: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, index: int = 0) -> str:
        return self.text[self.begin : self.finish]


@dataclass(frozen=True)
class Phrase:
    """A phrase of plain words, in parts separated by "…", matched on stems."""

    source: str
    parts: dict[str, tuple[tuple[str, ...], ...]]  # language -> parts -> stems

    @cached_property
    def stem_sets(self) -> dict[str, frozenset[str]]:
        """Per language, every stem the phrase needs: a text lacking one cannot hold the phrase."""
        return {lang: frozenset(s for part in parts for s in part) for lang, parts in self.parts.items()}

    @classmethod
    def parse(cls, source: str) -> Phrase:
        pieces = [p for p in re.split(r"…|\.\.\.", source) if p.strip()]
        if not pieces or not all(_WORD.search(p) for p in pieces):
            raise ValueError(f"phrase {source!r} has no words")
        parts = {
            lang: tuple(words(piece).stems[lang] for piece in pieces) for lang in LANGUAGES
        }  # fmt: skip
        return cls(source, parts)

    def search(self, text: str) -> PhraseMatch | None:
        """The first place the phrase stands in `text`, in either language's stems."""
        w = words(text)
        best: tuple[int, int] | None = None
        for lang, parts in self.parts.items():
            if not self.stem_sets[lang] <= w.stem_sets[lang]:
                continue  # one of its words is missing: no need to look for the phrase in order
            found = _find_parts(w.stems[lang], parts)
            if found and (best is None or found[0] < best[0]):
                best = found
        if best is None:
            return None
        return PhraseMatch(text, w.spans[best[0]][0], w.spans[best[1]][1])


def _find_parts(stems: tuple[str, ...], parts: tuple[tuple[str, ...], ...]) -> tuple[int, int] | None:
    """(first word, last word) of the earliest match of the parts in order, each at most GAP words
    after the one before."""
    head = parts[0]
    for i in range(len(stems) - len(head) + 1):
        if stems[i] != head[0] or stems[i : i + len(head)] != head:
            continue
        end = _rest(stems, parts[1:], i + len(head))
        if end is not None:
            return i, end
    return None


def _rest(stems: tuple[str, ...], parts: tuple[tuple[str, ...], ...], after: int) -> int | None:
    if not parts:
        return after - 1
    part = parts[0]
    for j in range(after, min(len(stems) - len(part), after + GAP) + 1):
        if j > after and stems[j - 1] == _BARRIER:
            return None  # the gap would cross a clause break
        if stems[j : j + len(part)] == part:
            end = _rest(stems, parts[1:], j + len(part))
            if end is not None:
                return end
    return None


@dataclass(frozen=True)
class Reading:
    """The shared reading words of prompts/reading.yaml."""

    negation: re.Pattern[str]  # a word or phrase that negates what follows in its clause
    negation_inside: re.Pattern[str]  # negates a phrase it stands inside (Dutch word order)
    not_negation: re.Pattern[str]  # a "not" that is part of an adjective ("niet herleidbare")
    clause_break: re.Pattern[str]  # where a clause ends, so a negation does not reach past it
    caveats: dict[str, tuple[Phrase, ...]]  # qualifier id -> phrases ("on request", "tenzij ...")
    actors: dict[str, re.Pattern[str]] = field(default_factory=dict)  # actor -> its words
    definition: re.Pattern[str] | None = None
    contract_words: tuple[Phrase, ...] = ()
    # A purpose put before the main clause ("To train our models, we do not use ...").
    purpose_lead: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # A prohibition after what it forbids ("... for improvement is not permitted").
    negation_after: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # A ban read with its "from" ("prohibits it from ...") and the words that take it back.
    ban_from: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    unban: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # A ban that a list of infinitives follows, and the words that end such a list.
    ban_opener: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    list_turn: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # A negated modal that a list of bare verbs follows, and the verbs such a list is made of.
    verb_ban_opener: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    list_verb: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # Another plan than the business one ("Consumer Plans"), and the words of a business plan.
    other_plan: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    business_plan: re.Pattern[str] = field(default_factory=lambda: alternation([]))
    # An aside on what the object includes (", met inbegrip van ..., "), read past by a negation.
    aside: re.Pattern[str] = field(default_factory=lambda: alternation([]))

    def reads_as_contract(self, text: str) -> bool:
        """Whether at least CONTRACT_WORDS of the contract and privacy words stand in the text's
        first JUDGE_CHARS characters (enough to know what kind of document it is)."""
        head = text[:JUDGE_CHARS]
        return sum(1 for p in self.contract_words if p.search(head)) >= CONTRACT_WORDS

    def for_another_plan(self, sentence: str) -> bool:
        """Whether the sentence states the rule of another plan than a business one ("Conversations
        under Consumer Plans may be processed in the United States", "For free accounts, we share
        ...") and names no business plan (not "including the free plan", "reverts to the free plan")."""
        if self.business_plan.search(sentence):
            return False
        return any(
            PLAN_SCOPE.search(sentence, max(0, m.start() - PLAN_SCOPE_REACH), m.start())
            or not sentence[: m.start()].strip(" -–•(0123456789.)")
            for m in self.other_plan.finditer(sentence)
        )

    def about_business_plans(self, document: str) -> bool:
        """Whether the document is about business plans: what it says it applies to, or else it
        names them at least as often as other plans."""
        return _about_business_plans(document, self.business_plan, self.other_plan)

    def is_definition(self, text: str) -> bool:
        # (or a quoted term and a colon, as Dutch lists of definitions write it: '(b) "Beheerplatform":
        # de software waarmee medewerkers ... toegang krijgen')
        return bool(self.definition and self.definition.search(text)) or bool(QUOTED_TERM.match(text))

    def actor(self, text: str) -> str | None:
        """Whom the sentence binds: the actor named first among its first SUBJECT_WORDS words
        (its subject, in the word order of both languages), or None when none is named."""
        body = LEADING_MARKER.sub("", text, count=1)
        # "Purposes of the Processing: Cadencebloom will ...": a label names the field, not its actor.
        body = FIELD_LABEL.sub("", body, count=1)
        # "If you do not opt out, we will use ...", "Without the Controller's consent, the
        # Processor shall not ...": the subject follows the opening condition.
        if CONDITION_FIRST.match(body) and "," in body[:200]:
            body = body[body.index(",") + 1 :]
        # "You agree that we may use ...": the promise is the vendor's.
        body = AGREES_THAT.sub("", body, count=1)
        body = GRANTS_TO.sub("", body, count=1)
        body = AUTHORISES.sub("", body, count=1)
        opening = " ".join(body.split()[: SUBJECT_WORDS + 2])
        # "Tessellate will give Customer six weeks' notice": a party named by its own name before
        # its modal is the subject; the customer is the generic party, so that name is the vendor's.
        # "Je Suppressielijst bewaren wij ook na het einde ...": in Dutch the object may come first and
        # the verb before its subject; "wij" after the verb is the vendor.
        if INVERTED_WE.match(body):
            return "vendor"
        named = NAMED_SUBJECT.match(body.lstrip())
        if named and not any(p.search(named.group(1)) for p in self.actors.values()):
            return "vendor"
        found = [
            (m.start(), name)
            for name, pattern in self.actors.items()
            for m in pattern.finditer(opening)
            if not NOUN_AFTER.match(opening, m.end())  # "Customer Data" names data, not an actor
            and not PREPOSITION_BEFORE.search(opening, 0, m.start())  # "on behalf of the Controller"
            and not NOUN_BEFORE.search(opening, 0, m.start())  # "Data you submit": a relative clause
        ]
        return min(found)[1] if found else None

    def caveats_in(self, text: str) -> list[str]:
        """The qualifiers that change what `text` promises, in the order of prompts/reading.yaml."""
        return [name for name, phrases in self.caveats.items() if any(p.search(text) for p in phrases)]


# Every topic asks this of the same document: it is scanned once and the answer shared.
@lru_cache(maxsize=2)
def _about_business_plans(document: str, business_plan: re.Pattern[str], other_plan: re.Pattern[str]) -> bool:
    # (what it says it applies to decides: "This Privacy Policy applies to individual plans",
    # "Deze voorwaarden gelden voor zakelijke klanten")
    # (the plan named first: "geldt voor de gratis versie; voor zakelijke klanten geldt ...")
    for scope in DOCUMENT_SCOPE.finditer(document):
        named = business_plan.search(scope.group(0))
        other = other_plan.search(scope.group(0))
        if named is not None:
            return other is None or named.start() < other.start()
        if other is not None:
            return False
    business = len(business_plan.findall(document))
    return business > 0 and business >= len(other_plan.findall(document))


def alternation(items: list[str]) -> re.Pattern[str]:
    """A case-insensitive pattern for any of the words or phrases, at word boundaries; "…" in a
    phrase stands for a few words."""

    def one(item: str) -> str:
        # "niet … herleidbaar": up to eight words may stand in the gap.
        parts = [re.escape(part.strip()).replace(r"\ ", r"\s+") for part in item.split("…")]
        body = r"\s+(?:\S+\s+){0,8}?".join(parts)
        # Words need boundaries ("no" is not "now"); punctuation needs none.
        before = r"(?<![\w-])" if item[:1].isalnum() else ""
        after = r"(?![\w-])" if item[-1:].isalnum() else ""
        return before + body + after

    if not items:
        return re.compile(r"(?!)")  # no words: matches nothing (an empty pattern would match all)
    return re.compile("|".join(one(i) for i in sorted(items, key=len, reverse=True)), re.IGNORECASE)
