"""Where is our data stored and processed, and may it leave the EU/EEA?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/data_location.yaml.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.evidence import (
    ADJACENT,
    Decision,
    Hit,
    Sentences,
    find,
    first,
    has,
    is_heading,
    negated,
    same_sentence,
    shortly_after,
    whole,
)
from ..sentences import Sentence
from ..topics import Topic

ID = "data_location"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("eu_only", "eu_with_transfers", "outside_eu", "unrestricted", "not_addressed")
FACTS: tuple[str, ...] = ("regions", "transfer_mechanisms")
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "eu_only": "low",
    "eu_with_transfers": "medium",
    "outside_eu": {"with_mechanism": "medium", "without_mechanism": "high"},
    "unrestricted": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "regions (ISO country codes or EEA/EU), transfer_mechanisms (e.g. SCC, DPF, BCR)"
CONDITIONS: dict[str, tuple[str, str]] = {"outside_eu": ("with_mechanism", "without_mechanism")}


DEFAULT_CLAUSE_END = re.compile(r"[;,]")
CHOICE_GOES_ON = re.compile(
    r"\s*,?\s*(in\s+which\s+case|in\s+welk\s+geval|waarbij|waarna|waar|where)\b[^,;]*", re.IGNORECASE
)


def _chosen_by_customer(topic: Topic, text: str, outside: list[str]) -> bool:
    """Whether the places the text names are the customer's to choose, not where its data goes when
    it chooses nothing (kept: "Unless you have selected EU data residency ..., Customer Content is
    stored ... in the United States")."""
    return has(topic, "customer_choice", text) and not _default_outside(topic, text, outside)


def _default_outside(topic: Topic, text: str, outside: list[str]) -> bool:
    """Whether the place the data goes to when the customer chooses nothing is outside the EU/EEA:
    "Unless you have selected EU data residency ..., Customer Content is stored ... in the United
    States" (not "stored in the European Union, unless Customer selects the US region, in which case
    it is stored in the United States", where the place outside is the choice, nor "..., and a US
    region is available on request" after the default)."""
    unless = first(topic, "unless_chosen", text)
    if not unless:
        return False
    comma = text.find(",", unless.end())
    end = comma if comma > 0 else len(text)
    # (the choice goes on: "unless you select the US region, in which case it is stored in Virginia")
    if goes_on := CHOICE_GOES_ON.match(text, end):
        end = goes_on.end()
    before = text[: unless.start()]
    if before.strip(" ,;:-\u2013").split()[1:]:
        # The default is said before the exception: from the clause's start to it.
        start = max(before.rfind(";"), 0)
        default = before[start:]
    else:
        # ... or after it: up to where that clause ends.
        rest = text[end:].lstrip(" ,")
        stop = DEFAULT_CLAUSE_END.search(rest)
        default = rest[: stop.start()] if stop else rest
    return bool(set(_regions(topic, default)) & set(outside))


def _regions(topic: Topic, text: str, seats: bool = False) -> list[str]:
    """The regions named in `text` as places, not as a transfer's origin or a law's source (nor as
    where a party is registered, unless `seats` are asked for)."""
    found = []
    # In a clause set in capitals, "US" is a word ("PROVIDED TO US"), not a country code.
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 20 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    for code, names in topic.extra.get("regions", {}).items():
        for name in names:
            if shouting and name.isupper() and len(name) <= 4:
                continue
            # Short upper-case codes ("US", "EU") must match in capitals; names in any case.
            flags = 0 if name.isupper() and len(name) <= 4 else re.IGNORECASE
            # (not a cloud region's first word: "europe-west2" is London, named as such in the table)
            matches = re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w]|-[a-z]+-?\d)", text, flags)
            inside = code in topic.extra.get("in_eea", [])
            if any(_a_place(topic, text, m, seats, inside) for m in matches):
                found.append(code)
                break
    return found


# characters before a place in which what it is (an origin, a seat) is read: room for a list of
# places ("billing address is in the European Economic Area, Switzerland or the United Kingdom")
PLACE_BEFORE = 100


# Where a sentence turns to another part: "; ", ", maar", ", but", ", whereas".
# (or to a second verb of the same subject: "Supplier is incorporated in Delaware, United States, and
# stores all Customer Data in its Frankfurt region")
PART_TURN = re.compile(
    r";|,\s+(maar|but|while|whereas|terwijl|however|echter)\b"
    r"|,\s+(and|en)\s+(?=(stores?|keeps?|hosts?|holds?|processes|slaat|bewaart|host|verwerkt)\b)",
    re.IGNORECASE,
)
# A framework's name, no place: "the EU-U.S. Data Privacy Framework", "het EU-VS Data Privacy Framework".
FRAMEWORK_NAME = re.compile(r"\b(EU|Swiss|UK|Zwitsers)\s?[-–]\s?(U\.S\.|U\.S|US|VS|V\.S\.)(?![\w])")


# A place the words right before it rule out, whatever verb follows (Dutch puts it last): "niet in de
# Verenigde Staten", "not in the United States", "nooit naar" (not "al dan niet in").
_RULED_OUT = r"(?<!\bdan\s)(?<!whether\sor\s)\b(not|never|niet|nooit)\s+"
_THERE = r"(in|to|into|naar|within|binnen)\s+(the\s+|de\s+|het\s+)?$"
NOT_THERE = re.compile(_RULED_OUT + _THERE, re.IGNORECASE)
# ... or with the verb between, said of the EU/EEA: "not hosted in the EU but only on servers in the
# United States" keeps nothing in the EU. (A place outside said not to keep the data may still be
# reached from: "Customer Data is not stored in Canada", where staff there access it remotely.)
NOT_KEPT_THERE = re.compile(
    _RULED_OUT
    + r"(hosted|stored|kept|held|processed|located|opgeslagen|bewaard|gehost|verwerkt)\s+"
    + _THERE,
    re.IGNORECASE,
)


DOCUMENT_SCOPE = re.compile(
    r"\b(addendum|agreement|terms|dpa|policy|notice|overeenkomst|voorwaarden|verklaring)\s*\([^()]{0,60}$",
    re.IGNORECASE,
)
CUSTOMERS_REACH = 200  # characters before a place in which "Customers established in" stands


# A postcode and its town right before a country: "10999 Berlin, ", "1017 AB Amsterdam, ".
POSTAL_ADDRESS = re.compile(r"\b\d{4,5}(\s?[A-Z]{2})?\s+[A-Z][\w-]+(\s+[A-Z][\w-]+)?,\s*$")
POSTAL_REACH = 40  # characters before a place in which its postcode stands


def _a_place(
    topic: Topic, text: str, match: re.Match[str], seats: bool = False, inside: bool = False
) -> bool:
    if any(f.start() <= match.start() < f.end() for f in FRAMEWORK_NAME.finditer(text)):
        return False
    before = text[max(0, match.start() - PLACE_BEFORE) : match.start()]
    after = text[match.end() : match.end() + 40]
    # "engineers may access the data from the United States": access from a country is a transfer.
    origin = has(topic, "origin_before", before) and not has(topic, "remote_access", before)
    outside = has(topic, "outside_before", before) and not has(topic, "negated_outside", before)
    # (the customer's seat in Dutch word order: "Indien Opdrachtgever in het Verenigd Koninkrijk is
    # gevestigd")
    # (or the customers a clause is for, where they are established: "Customers established in the
    # EEA, the United Kingdom or Switzerland are provisioned in the EU Hosting Region")
    customer_seat = (has(topic, "customer_in", before[-60:]) and has(topic, "seated_after", after)) or has(
        topic, "customers_established", text[max(0, match.start() - CUSTOMERS_REACH) : match.start()]
    )
    registered = not seats and (customer_seat or _only_a_seat(topic, text, match, before))
    # (a place the words right before it rule out keeps nothing there: "not hosted in the EU but only
    # in the United States", "niet in de Verenigde Staten maar uitsluitend in Duitsland")
    ruled_out = bool(NOT_THERE.search(before) or (inside and NOT_KEPT_THERE.search(before)))
    # (nor the scope a document's name gives in brackets: "Data Processing Addendum (EEA, UK and
    # Switzerland)")
    ruled_out = ruled_out or bool(DOCUMENT_SCOPE.search(before))
    return (
        not origin and not outside and not registered and not ruled_out and not has(topic, "law_after", after)
    )


def _only_a_seat(topic: Topic, text: str, match: re.Match[str], before: str) -> bool:
    """Whether the place names where a party is registered or established, not where the data is:
    "Vendor, registered office in Dallas" (unless the data is said to be kept there: "stored on
    servers at Vendor's registered office"), or "Verwerker is gevestigd in de Verenigde Staten, maar
    alle persoonsgegevens worden ... opgeslagen ... in Duitsland" (established there, while the
    sentence keeps the data elsewhere). What keeps the data is read in the seat's own part of the
    sentence."""
    # (a country at the end of a postal address names where a party sits, unless the data is said to
    # be kept there: "run by Tessellate Labs GmbH, Oranienstraße 183, 10999 Berlin, Germany", not "stored
    # in the data centre of our hosting partner at Industriestraße 25, 91710 Gunzenhausen, Germany")
    registered = has(topic, "registered_before", before) or bool(
        POSTAL_ADDRESS.search(before[-POSTAL_REACH:])
    )
    if not registered and not has(topic, "seat_verb", before[-40:]):
        return False
    # (the customer's seat says nothing of where the vendor keeps the data: "Where the Client is
    # established in the United Kingdom, the UK Addendum shall apply")
    if has(topic, "customer_seat", before[-60:]):
        return True
    turns = list(PART_TURN.finditer(text))
    start = max((m.end() for m in turns if m.end() <= match.start()), default=0)
    own_part = text[start : min((m.start() for m in turns if m.start() >= match.end()), default=len(text))]
    if _said(topic, "kept_at", own_part):
        return False
    return registered or _said(topic, "kept_at", text[:start] + " " + text[start + len(own_part) :])


ROW_REACH = 3  # sentences back in which a row's party may be named before its place field
HEADING_REACH = 2  # sentences back from a row's start in which its list's heading may stand


def _row_names_party(topic: Topic, sentences: Sentences, i: int) -> bool:
    """Whether the row that the place field at sentence i belongs to names its party: in the field's
    own sentence, or in one just before it in the same row ("6. Quorvale People Analytics Inc.,
    Denver, United States. Affiliate providing support ... Place of processing: United States."),
    with no other row's place field between. (Not a row only some customers' data goes to, "Engaged
    only for customers who have selected the US region", nor one of a list of former parties.)"""
    sentence, section = sentences[i]
    row = [sentence]
    if not has(topic, "party_row", sentence.flat):
        for before, before_section in reversed(sentences[max(0, i - ROW_REACH) : i]):
            if before_section != section or has(topic, "place_field", before.flat):
                return False
            row.append(before)
            if has(topic, "party_row", before.flat):
                break
        else:
            return False
    if any(has(topic, "customer_choice", s.flat) for s in row):
        return False
    # (the list's heading, a few sentences up, whatever section it opens)
    heading = sentences[max(0, i - len(row) - HEADING_REACH) : i + 1]
    return not any(has(topic, "former_parties", s.flat) for s, _ in heading)


def decide(topic: Topic, sentences: Sentences) -> Decision:
    in_eea = set(topic.extra.get("in_eea", []))
    # The place fields of rows that name their party (in the field's sentence or just before it).
    party_fields = {
        s.start
        for i, (s, _) in enumerate(sentences)
        if has(topic, "place_field", s.flat) and _row_names_party(topic, sentences, i)
    }

    def party_row(sentence: Sentence) -> bool:
        return sentence.start in party_fields or has(topic, "party_row", sentence.flat)

    located = [
        (s, sec)
        for s, sec in sentences
        # (or a sub-processor's row, naming the party, with a field for where it processes: "Quillmark
        # Support Services Pvt. Ltd., Pune, India - ... - place of processing: India")
        if has(topic, "location_context", s.flat)
        and (has(topic, "data_context", s.flat) or s.start in party_fields)
        and not has(topic, "boilerplate", s.flat)
        and not has(topic, "definition", s.flat)
    ]
    # "Wat je bezoekers typen, sturen we door naar die aanbieder. Die aanbieder zit in de Verenigde
    # Staten.": a sentence that points back to the one before it, about the data, places that data.
    located += [
        (s, sec)
        for i, (s, sec) in enumerate(sentences)
        if i
        and (s, sec) not in located
        and POINTS_BACK.match(s.flat)
        # (a bare "They can ..." speaks of the data kept where the sentence before says: not "Customer
        # administrators manage user data. They can access the Service from the United States")
        and (not PRONOUN_BACK.match(s.flat) or _said(topic, "kept_at", sentences[i - 1][0].flat))
        and has(topic, "location_context", s.flat)
        and not has(topic, "boilerplate", s.flat)
        and not has(topic, "definition", s.flat)
        and has(topic, "data_context", sentences[i - 1][0].flat)
        and shortly_after(s, sec, sentences[i - 1][0], sentences[i - 1][1], ADJACENT)
    ]
    # "... are performed by Vendor Services Pvt. Ltd., Pune, India, by way of remote access to the
    # Platform. This transfer is based on the SCCs": a sentence the next one calls a transfer
    # moves the data, whatever words it used for it.
    located += [
        (s, sec)
        for i, (s, sec) in enumerate(sentences[:-1])
        if (s, sec) not in located
        and THIS_TRANSFER.match(sentences[i + 1][0].flat)
        and has(topic, "location_context", s.flat)
        and not has(topic, "boilerplate", s.flat)
        and not has(topic, "definition", s.flat)
        and shortly_after(sentences[i + 1][0], sentences[i + 1][1], s, sec, ADJACENT)
    ]
    worldwide = [h for h in find(topic, "worldwide", located, allow_negated=False)]
    # (a ban whose consent is given in the same breath bans nothing: "... unless Customer consents;
    # Customer hereby consents to transfers to the Sub-processors in the United States")
    bans = [
        h
        for h in find(topic, "no_transfer", located)
        if not party_row(h.sentence) and not has(topic, "consent_given", h.sentence.flat)
    ]
    # (nor one whose own proviso lets the data out, which is a transfer: "..., met dien verstande dat
    # verwerking buiten de EER is toegestaan voor zover dit in Bijlage 2 is aangegeven")
    # (not one the customer's consent or a legal duty opens: "except that processing outside the EEA
    # is permitted with the Customer's prior written consent")
    # (each located sentence's places, read once: for the exceptions here and the places below)
    located_codes = [(s, sec, _regions(topic, s.flat)) for s, sec in located]
    named_abroad = any(r not in in_eea for _, _, codes in located_codes for r in codes)
    carved = [
        h
        for h in bans
        if (
            has(topic, "carve_out", h.sentence.flat[h.match.start() :])
            and not (
                has(topic, "closed_route", h.sentence.flat[h.match.start() :])
                and not has(topic, "open_route", h.sentence.flat[h.match.start() :])
            )
        )
        # (or an exception put first that points to the clause allowing it, whatever else opens a way:
        # "Apart from clause 5.2, Vendor will not transfer Customer Data outside the EU/EEA", where a
        # place outside is named; not one that moves data between EU data centres)
        or (EXCEPTION_FIRST.match(h.sentence.flat[: h.match.start()]) and named_abroad)
    ]
    no_transfer = [h for h in bans if h not in carved]
    # (a negated transfer is one only where an exception opens a way out: "shall not transfer ...
    # outside the EEA unless appropriate safeguards are in place"; not one that only the customer's
    # consent or a legal duty opens: "unless required to do so by Union or Member State law")
    transfers = [
        h
        for h in find(topic, "transfer_with_safeguards", sentences)
        if not has(topic, "instruction_scope", h.sentence.flat)
        # (nor one that may only come, if ever, with the customer's agreement: "In the hypothesis
        # where, in the future, a transfer ... would be envisaged, this transfer could only intervene
        # after the written and prior agreement of the Controller")
        and not (
            (has(topic, "conditional", h.sentence.flat) or has(topic, "hypothetical", h.sentence.flat))
            and has(topic, "closed_route", h.sentence.flat)
            and not has(topic, "open_route", h.sentence.flat)
        )
        and (
            not negated(h.sentence.flat, h.match.start(), topic, end=h.match.end())
            or _opens_a_route(topic, h.sentence.flat[h.match.end() :].split(";")[0])
        )
        # (nor one that a ban's own words take in: "Any transfer ... outside the EEA, including remote
        # access from such a country, is prohibited unless the Customer has given its prior consent";
        # not a transfer allowed before a ban on onward ones)
        and (
            _opens_a_route(topic, h.sentence.flat)
            or not any(
                n.sentence is h.sentence and n.match.start() <= h.match.start() < n.match.end()
                for n in no_transfer
            )
        )
    ]
    transfers += [
        whole("transfer_with_safeguards", h.sentence, h.section)
        for h in carved
        if not same_sentence(h, transfers)
    ]
    # Transfers that happen, not only what applies if they do.
    firm = [h for h in transfers if not has(topic, "conditional", h.sentence.flat)]
    seat = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "seat", s.flat) and [r for r in _regions(topic, s.flat, seats=True) if r not in in_eea]
    ]
    mechanism_hits: list[Hit] = []
    mechanisms: list[str] = []
    for name, pattern in topic.extra.get("mechanisms", {}).items():
        for sentence, section in sentences:
            match = re.search(pattern, sentence.flat, re.IGNORECASE)
            # "countries not recognised as providing an adequate level of protection" names no
            # adequacy decision.
            if match and not negated(sentence.flat, match.start(), topic, reach=120):
                mechanisms.append(name)
                mechanism_hits.append(Hit("mechanism", sentence, section, match))
                break
    place_hits: list[Hit] = []
    regions: list[str] = []
    for sentence, section, codes in located_codes:
        if codes:
            regions += [c for c in codes if c not in regions]
            place_hits.append(whole("place", sentence, section))
    # Cite where the data is kept before sentences that only name a country, and a title
    # ("TRANSFER OF INFORMATION TO THE UNITED STATES") last.
    place_hits.sort(
        key=lambda h: (
            is_heading(h.sentence.flat),
            not _said(topic, "kept_at", h.sentence.flat),
            not has(topic, "storage", h.sentence.flat),
        )
    )
    outside = [r for r in regions if r not in in_eea]
    # (a place in the EU/EEA only where the data is said not to be kept keeps nothing there: "We don't
    # currently offer EU data hosting", "Wij bieden geen hosting in de EU aan")
    # (read part by part: "None of our Sub-processors is located outside the EEA; Customer Data is
    # hosted in Ireland"; and not "never hosted outside Ireland", which keeps it there)
    denied = [
        h
        for h in place_hits
        if not has(topic, "no_transfer", h.sentence.flat)
        and (placed := [part for part in h.sentence.flat.split(";") if _regions(topic, part)])
        and all(
            has(topic, "storage", part)
            and not _said(topic, "storage", part)
            and not has(topic, "only_there", part)
            for part in placed
        )
    ]
    kept_codes = {r for h in place_hits if h not in denied for r in _regions(topic, h.sentence.flat)}
    inside = [r for r in regions if r in in_eea and r in kept_codes]
    abroad = _with_codes(topic, place_hits, outside)  # the sentences that name a place outside
    # Kept in the EU/EEA, reached from elsewhere: "hosted in Ireland; our support engineers may
    # access it from the United States" is EU storage with transfers, not storage outside.
    # (a title keeps nothing: "Data Processing Agreement for European Union" on a line of its own)
    stored_inside = [
        h
        for h in _with_codes(topic, place_hits, inside)
        # (not where the data is said not to be: "We don't currently offer EU data hosting")
        if _said(topic, "storage", h.sentence.flat) and not is_heading(h.sentence.flat)
    ]
    # A region the customer picks, with an EU/EEA one among them: the others are its choice, not
    # where the data must be kept ("the hosting region selected by Customer: EU Region or US Region").
    chosen = [h for h in stored_inside if _chosen_by_customer(topic, h.sentence.flat, outside)]
    # ... or sent there to be worked on: "Inputs may be transmitted for inference to endpoints
    # located in the United States" (not "transferred to and stored in the US").
    # (read part by part: "Je teksten worden opgeslagen in Frankfurt; voor de vertaling wordt je invoer
    # doorgestuurd naar een leverancier in de Verenigde Staten")
    reached = [
        h
        for h in abroad
        if has(topic, "remote_access", h.sentence.flat)
        or any(
            _said(topic, "sent_to", part)
            and not has(topic, "kept_at", part)
            and set(_regions(topic, part)) & set(outside)
            for part in h.sentence.flat.split(";")
        )
    ]
    # ... or handed to a sub-processor there: beside data kept in the EU/EEA, a sub-processor's place
    # ("Where a Sub-processor located in the United States is certified ...", a row of the list
    # "SendFlow Inc. - e-mail delivery - United States") is a transfer to it.
    # (Only where the data is said to be kept in the EU/EEA, and not a sub-processor that keeps it
    # elsewhere: "Corvid and its Sub-processors process and store Customer Content in the US",
    # "Skyward Cloud Inc. (hosting, United States)".)
    # (or processed there, said of the data as a whole: "Corpora verwerkt de Persoonsgegevens in Nederland")
    if any(
        _said(topic, "kept_at", h.sentence.flat) or _said(topic, "processed_at", h.sentence.flat)
        for h in stored_inside
    ):
        rows = [
            whole("place", s, sec)
            for i, (s, sec) in enumerate(sentences)
            # (a row's place field too, its party named just before: "6. Quorvale Inc., Denver. ...
            # Place of processing: United States.")
            if (
                s.start in party_fields
                or (
                    (named := first(topic, "subprocessor_word", s.flat))
                    # (not "will not engage any Sub-processor located in the United States")
                    and not negated(s.flat, named.start(), topic)
                )
                # (or a party's row in a list that a title or lead-in about sub-processors opens:
                # "Annex 3 - Sub-processors ... Deskbridge Pvt Ltd., Pune, India - second-line support")
                or (has(topic, "party_row", s.flat) and _listed_as_subprocessor(topic, sentences, i))
            )
            # (nor one said to get nothing: "Subcontractors, such as our outside counsel in the
            # United States, do not receive Customer Data")
            # (read party by party where a list's rows ran into one sentence: "Cloudhaven GmbH, Frankfurt,
            # Germany - hosting ... Deskbridge Pvt Ltd., Pune, India - second-line support")
            and not NO_RECEIPT.search(s.flat)
            and not has(topic, "no_transfer", s.flat)
            and any(
                [r for r in _regions(topic, part) if r not in in_eea] and not has(topic, "kept_at", part)
                for part in _party_parts(topic, s.flat)
            )
            and not is_heading(s.flat)
        ]
        reached += [h for h in rows if not same_sentence(h, reached)]
        # ... and so is data about the use, not the data itself, worked on abroad: "Operational Data,
        # meaning metadata, diagnostic logs ..., is processed in ... the United States", "Google kan
        # de daarbij verzamelde gegevens, zoals uw IP-adres en surfgedrag, verwerken op servers in ..."
        # ... and so is data said to be processed there too, beside where it is kept: "Daardoor kunnen je
        # gegevens ook in de Verenigde Staten worden verwerkt", "may also be processed in the US"
        reached += [
            h
            for h in abroad
            if (has(topic, "side_data", h.sentence.flat) or has(topic, "also_processed", h.sentence.flat))
            and not same_sentence(h, reached)
        ]
        # ... and so is data sent to a place under a transfer mechanism, or to a party said to be
        # established or located there ("with the exception of the transfers listed in Annex 3, on
        # the basis of the SCCs or, for recipients established in the United States, the DPF";
        # "Some of these providers are located in the United States; there we rely on the SCCs").
        # (not "We will not transfer data to the US, even under the SCCs")
        reached += [
            h
            for h in abroad
            if _names_transfer(topic, h.sentence.flat)
            and not has(topic, "kept_at", h.sentence.flat)
            # (not the customer's own place, sending the data in: "Indien Opdrachtgever in het
            # Verenigd Koninkrijk is gevestigd, is op de doorgifte ... het UK Addendum van toepassing")
            and not has(topic, "customer_abroad", h.sentence.flat)
            and (not has(topic, "no_transfer", h.sentence.flat) or _opens_a_route(topic, h.sentence.flat))
            and not same_sentence(h, reached)
        ]
        # ... and so is a place the next words give the transfer basis of, where a list's rows run
        # together: "...; verwerkt apparaatgegevens ... - Verenigde Staten; doorgifte op grond van het
        # EU-VS Data Privacy Framework - Meldpunt Software B.V. - ..."
        reached += [
            h
            for h in abroad
            if not same_sentence(h, reached)
            and any(
                has(topic, "transfer_basis", s.flat)
                and _names_transfer(topic, s.flat)
                and shortly_after(s, sec, h.sentence, h.section, ADJACENT)
                for s, sec in sentences
            )
        ]
        # ... and so is data that goes abroad only when something happens: "Wanneer een gebruiker in
        # een supportverzoek Klantgegevens opneemt, worden die gegevens in de Verenigde Staten verwerkt"
        # (processed there, in the clause that names the place: not "it is never processed in the
        # United States", nor "if users travel in the United States, the data stays in Germany").
        reached += [
            h
            for h in abroad
            if has(topic, "conditional", h.sentence.flat)
            and any(
                set(_regions(topic, part)) & set(outside) and _said(topic, "storage", part)
                for part in re.split(r"[,;]", h.sentence.flat)
            )
            and not same_sentence(h, reached)
        ]
    # Beside data kept in the EU/EEA, a party's name and address ("Vendor, Inc., San Francisco,
    # USA") says where the party sits, not where the data is.
    kept_outside = (
        [
            h
            for h in place_hits
            if not same_sentence(h, reached)
            and h not in chosen
            and not party_row(h.sentence)
            # (nor a place outside that only customers who pick it use: "operation of the Cloud
            # Server location 'USA (Ashburn)', only for Clients who have selected that location")
            and not _chosen_by_customer(topic, h.sentence.flat, outside)
        ]
        if stored_inside
        else place_hits
    )
    # "In principle stored in the EEA" leaves other places open.
    hedged = [h for h in stored_inside if has(topic, "hedge", h.sentence.flat)]
    if worldwide:
        stance, hits = "unrestricted", worldwide + abroad + mechanism_hits
        regions = [*outside, "WORLDWIDE"] if outside else ["WORLDWIDE"]
    # (a ban with an exception for reaching the data from abroad keeps it in the EEA: "Apart from
    # clause 5.2 we will not transfer Personal Data outside the EEA. 5.2 Our support team in Belgrade
    # may access Personal Data remotely")
    elif (
        outside
        and _stored_outside(topic, kept_outside, outside)
        and not (carved and all(_reached_only(topic, h.sentence.flat) for h in abroad))
    ):
        stance, hits = "outside_eu", abroad + mechanism_hits
        regions = outside
    # (data sent out to be worked on goes there whatever a ban elsewhere says: least protective first)
    # (beside data kept in the EU/EEA, a mechanism for a customer abroad sending data in is no
    # transfer out: "Where the Client is established in the UK, the UK Addendum applies")
    elif inside and (
        reached
        or (
            (
                [h for h in transfers if not has(topic, "customer_abroad", h.sentence.flat)]
                or [h for h in mechanism_hits if not has(topic, "customer_abroad", h.sentence.flat)]
                or hedged
            )
            and not no_transfer
        )
    ):
        # The least protective clause first: the transfer, then where the data is kept.
        stance, hits = (
            "eu_with_transfers",
            reached + transfers + hedged + _with_codes(topic, place_hits, inside) + mechanism_hits,
        )
        regions = inside + list(
            dict.fromkeys(r for h in reached for r in _regions(topic, h.sentence.flat) if r not in in_eea)
        )
    elif inside:
        stance, hits = "eu_only", no_transfer + _with_codes(topic, place_hits, inside)
        regions = inside
    elif carved and not seat:
        # "Apart from clause 5.2 we will not transfer Personal Data outside the EEA. 5.2 Our support
        # team in Belgrade may access Personal Data remotely": kept in the EEA, with the transfers
        # the exception names.
        stance, hits = "eu_with_transfers", carved + abroad + mechanism_hits
        regions = ["EEA" if EEA_NAMED.search(carved[0].sentence.flat) else "EU", *outside]
    elif no_transfer and not transfers and not mechanisms and not seat:
        # "We do not transfer your personal data to a country outside the European Economic Area":
        # no place named, but the data stays in the EU/EEA.
        stance, hits = "eu_only", no_transfer
        regions = ["EEA" if EEA_NAMED.search(no_transfer[0].sentence.flat) else "EU"]
    elif (firm or seat) and (transfers or mechanisms):
        # Transfers that take place (or a vendor established outside the EU/EEA), with no word
        # that the data is kept in the EU/EEA: the importer processes it outside, under safeguards.
        seat_hits = [whole("seat", s, sec) for s, sec in seat]
        stance, hits = "outside_eu", seat_hits + firm + mechanism_hits
        regions = (
            outside
            or [r for s, _ in seat for r in _regions(topic, s.flat, seats=True) if r not in in_eea]
            or outside
        )
    elif transfers or mechanisms:
        stance, hits = "eu_with_transfers", transfers + mechanism_hits
    elif [h for h in reached if _said(topic, "sent_to", h.sentence.flat)]:
        # Sent out to be worked on, with no word of where else the data is kept: "Your input is sent
        # to a model provider in the United States" puts it there.
        stance, hits = "outside_eu", reached + mechanism_hits
        regions = outside
    else:
        return "not_addressed", {"regions": None, "transfer_mechanisms": None}, []
    facts = {"regions": regions or None, "transfer_mechanisms": mechanisms or None}
    return stance, facts, hits


NO_RECEIPT = re.compile(
    r"\b((do|does|will|shall)\s+not|never)\s+(receive|process|access|store|get|have\s+access)\b|"
    r"\b(ontvangen|ontvangt|verwerken|verwerkt|krijgen|krijgt)\s+(\w+\s+){0,2}(geen|niet|nooit)\b",
    re.IGNORECASE,
)


# A sentence about the party or data the one before it named: "Die aanbieder ...", "That provider ...".
PRONOUN_BACK = re.compile(
    r"^\W*(they|zij|ze)\s+(can|may|are|will|could|kunnen|worden|mogen|zijn)\b", re.IGNORECASE
)
POINTS_BACK = re.compile(
    PRONOUN_BACK.pattern + "|"
    r"^\W*(die|deze|dat|that|this|these|those|such)\s+(\w+\s+)?(aanbieders?|leveranciers?|partij(en)?|dienstverleners?|"
    r"providers?|suppliers?|vendors?|part(y|ies)|compan(y|ies)|bedrij(f|ven)|gegevens|data|informatie|information|servers?)\b",
    re.IGNORECASE,
)
EXCEPTION_FIRST = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(apart\s+from|except\s+(for|as\s+(set\s+out|provided|described)\s+in)|other\s+than|"
    r"except\s+in\s+the\s+case\s+of|buiten\s+het\s+geval\s+van|"
    r"behalve|behoudens|met\s+uitzondering\s+van|afgezien\s+van)\s+(the\s+|het\s+bepaalde\s+in\s+|de\s+in\s+)?"
    r"(clause|section|article|annex|schedule|paragraph|artikel|bijlage|paragraaf|lid)\s+[\w.]*\d",
    re.IGNORECASE,
)
THIS_TRANSFER = re.compile(
    r"^\W*(this|such|these|that)\s+(transfers?(?!\s+(impact|risk|mechanism|tool))|remote\s+access)\b|^\W*(deze|die|een\s+dergelijke|dergelijke)\s+"
    r"(doorgifte|doorgiften|toegang\s+op\s+afstand)\b",
    re.IGNORECASE,
)
EEA_NAMED = re.compile(r"\b(EEA|EER|Economic\s+Area|Economische\s+Ruimte)\b", re.IGNORECASE)


def _opens_a_route(topic: Topic, exception: str) -> bool:
    """Whether the exception after a ban on transfers lets data go abroad after all: "unless
    appropriate safeguards are in place", not "unless the Controller has given prior written
    consent" or "unless required to do so by Union or Member State law"."""
    return has(topic, "transfer_route", exception) and (
        not has(topic, "closed_route", exception) or has(topic, "open_route", exception)
    )


def _said(topic: Topic, signal: str, text: str) -> bool:
    """Whether the text says what `signal` finds and no negation takes it back: data kept somewhere
    ("hosted in data centres in Ireland", not "does not offer data residency in the EEA"), or sent
    there to be worked on (not "will not transmit Customer Data to the US"). Every place the signal
    stands is read: "We don't offer EU data hosting: all Customer Data is stored in the United States"
    keeps it there."""
    return any(not negated(text, m.start(), topic) for m in topic.all_matches(signal, text))


def _names_transfer(topic: Topic, text: str) -> bool:
    """Whether the text speaks of a transfer under safeguards or names a transfer mechanism (SCC,
    DPF, an adequacy decision, ...), with no negation taking it back (as the mechanisms are read)."""
    return _said(topic, "transfer_with_safeguards", text) or any(
        (m := re.search(pattern, text, re.IGNORECASE)) and not negated(text, m.start(), topic, reach=120)
        for pattern in topic.extra.get("mechanisms", {}).values()
    )


def _listed_as_subprocessor(topic: Topic, sentences: Sentences, i: int) -> bool:
    """Whether the party's row at sentence i stands in a list that a title or lead-in about
    sub-processors opens: the nearest sentence before it that is no party's row names them ("Annex 3
    - Sub-processors", "The Client authorises the following Sub-processors."). A row with a label of its
    own ("Vendor's group companies: Brightlane Inc., ...") is read by that label."""
    own = sentences[i][0].flat
    label = own[: own.index(":")] if ":" in own[:LABEL_REACH] else ""
    if label and not has(topic, "party_row", label):
        return _names_subprocessors(topic, label)
    for before, _ in reversed(sentences[max(0, i - LIST_REACH) : i]):
        if not (has(topic, "party_row", before.flat) or ROW_SHAPE.match(before.flat)):
            return _names_subprocessors(topic, before.flat)
    return False


def _names_subprocessors(topic: Topic, text: str) -> bool:
    """Whether a list's title or lead-in names sub-processors, not former ones ("Annex 3 - Former
    Sub-processors") nor parties said to be none ("The following service providers are not
    Sub-processors")."""
    named = first(topic, "subprocessor_word", text)
    if named is None:
        return False
    return not negated(text, named.start(), topic) and not has(topic, "former_parties", text)


LABEL_REACH = 60  # characters: how far into a row its own label's colon may stand
# A party's row by its shape, whatever its company form: "Serverpark NV, Gent, België - hosting".
ROW_SHAPE = re.compile(r"^\W*[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,4},\s+[A-Z][\w .-]+,\s+[A-Z][\w .-]+\s+[-–]\s")


LIST_REACH = 15  # sentences back in which a list of parties' title or lead-in stands


def _party_parts(topic: Topic, text: str) -> list[str]:
    """A list of parties run into one sentence, cut at each party's company form ("GmbH", "B.V.",
    "Ltd."), so that each part holds one party's place and work (and the next one's name); other text
    stays whole."""
    forms = sorted(m.start() for m in topic.all_matches("party_row", text))
    if len(forms) < LIST_PARTIES:
        return [text]
    cuts = forms[1:]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


LIST_PARTIES = 3  # company forms in one sentence: a list of parties run together, not a sentence naming two


def _with_codes(topic: Topic, hits: list[Hit], codes: list[str]) -> list[Hit]:
    return [h for h in hits if set(_regions(topic, h.sentence.flat)) & set(codes)]


def _reached_only(topic: Topic, flat: str) -> bool:
    """Whether the sentence has the data reached from a place, not kept there."""
    return has(topic, "remote_access", flat) and not _said(topic, "kept_at", flat)


def _stored_outside(topic: Topic, place_hits: list[Hit], outside: list[str]) -> bool:
    """A non-EU country named as where data is kept, not only as a party's seat or a law: in the
    row or part that names it where the sentence lists parties or parts, and not negated ("We do not use cloud
    providers in the United States for hosting"; "hosting provider in Ireland; chat software
    provider in the United States")."""
    # (a part of its own that speaks of storage is read alone: "...; Customer Data is not copied to
    # storage in the United States")
    return any(
        _said(topic, "storage", clause if PARTY_ROW.search(clause) or has(topic, "storage", clause) else flat)
        and set(_regions(topic, clause)) & set(outside)
        and not _only_negated_there(topic, clause, outside)
        # (nor a reach from there said to be ruled out: "Toegang vanuit de Verenigde Staten is
        # technisch uitgesloten")
        and not RULED_OUT.search(clause)
        for flat in (_item_text(topic, h.sentence) for h in _with_codes(topic, place_hits, outside))
        for clause in flat.split(";")
    )


def _item_text(topic: Topic, sentence: Sentence) -> str:
    """The sentence as read for where its place keeps the data: an item of a list of parties without
    the list's lead-in, whose words of processing are said of every party on it ("We share personal
    data with the following service providers, which process data for us: - Customer support tools:
    Intercom R&D Unlimited Company, Ireland, and its parent company in the United States")."""
    # (not a lead-in that says where the data is kept: "Vendor stores Customer Data in the following
    # data centres:", "Our hosting providers store Customer Data in these locations:")
    if sentence.lead and PARTY_ROW.search(sentence.lead) and not _said(topic, "kept_at", sentence.lead):
        return sentence.flat[len(sentence.lead) :]
    return sentence.flat


RULED_OUT = re.compile(
    r"\b(access|toegang)\w*\b[^.;,]{0,80}\b((is|zijn|wordt|worden)\s+(technisch\s+|contractueel\s+)?"
    r"(uitgesloten|onmogelijk|niet\s+mogelijk)|(is|are)\s+(technically\s+|contractually\s+)?"
    r"(excluded|impossible|not\s+possible|ruled\s+out))\b",
    re.IGNORECASE,
)
STORAGE_WORD = re.compile(
    r"\b(stor(?!ingen\b|ings\w)\w*|host\w*|kept|keep|resid\w*|held|copied|processed|opgeslagen|opslag|opslaan|gehost|bewaard|"
    r"gekopieerd|verwerkt)\b",
    re.IGNORECASE,
)


def _only_negated_there(topic: Topic, clause: str, outside: list[str]) -> bool:
    """Whether every place outside that the clause names follows a storage word that a negation
    governs: "stored in our Frankfurt data centres and is not copied to storage in the United States"."""
    storage = list(STORAGE_WORD.finditer(clause))
    places = [
        m
        for code, names in topic.extra.get("regions", {}).items()
        if code in outside
        for name in names
        for m in re.finditer(
            rf"(?<![\w.]){re.escape(name)}(?![\w])", clause, 0 if name.isupper() and len(name) <= 4 else re.I
        )
    ]
    if not places:
        return False
    for place in places:
        before = [m for m in storage if m.end() <= place.start()]
        if not before or not negated(clause, before[-1].start(), topic):
            return False
        # (a turn between them keeps the data there after all: "not hosted in the EU but only on
        # servers in the United States")
        if TURNED.search(clause, before[-1].end(), place.start()):
            return False
    return True


TURNED = re.compile(r"\b(but|maar|instead|rather|wel)\b", re.IGNORECASE)


# A row of a list of parties ("an object storage provider in Finland (encrypted backups)", "een
# leverancier van chatsoftware (Verenigde Staten)"), read on its own; a row that names only a place
# ("Ashburn, United States") is read with the sentence that says what is kept there.
PARTY_ROW = re.compile(
    r"\b(providers?|vendors?|suppliers?|compan(y|ies)|aanbieders?|leveranciers?|dienstverleners?|partij(en)?|"
    r"sub-?processors?|sub-?verwerkers?)\b",
    re.IGNORECASE,
)


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/data_location.yaml fill in."""
    return {
        "regions": ", ".join(facts.get("regions") or []) or "no region named",
        "mechanisms": ", ".join(facts.get("transfer_mechanisms") or []) or "no named mechanism",
    }
