"""May the vendor use our data for its own purposes, such as training AI models?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/ai_training.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..chunk import same_article
from ..extract.evidence import (
    ADJACENT,
    DEROGATION,
    Decision,
    Hit,
    Sentences,
    binds_other,
    blank,
    clause_of,
    find,
    first,
    has,
    in_clause,
    just_after,
    just_before,
    negated,
    same_sentence,
    shortly_after,
)
from ..sentences import Sentence
from ..topics import Topic

ID = "ai_training"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("prohibited", "opt_in", "aggregated_only", "opt_out", "allowed", "not_addressed")
FACTS: tuple[str, ...] = ("mentions_ai", "instructions_only")
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "prohibited": "low",
    "opt_in": "low",
    "aggregated_only": "medium",
    "opt_out": "medium",
    "allowed": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "mentions_ai (bool), instructions_only (bool)"
CONDITIONS: dict[str, tuple[str, str]] = {}
# A way out of a use may stand in a clause of its own that shares few words with the queries ("6.
# Opting out. You may opt out of Cross-Matter Learning ..."): a use read as allowed in the
# best-ranked clauses is an opt-out where the whole document's clauses read it so.
COMPLETED_BY: dict[str, str] = {"allowed": "opt_out"}

OPT_OUT_REACH = 2500  # characters: about one section of a privacy notice
BACK_REFERENCE = 300  # characters: "hiervoor" points to the sentence just before
AGGREGATE_WORD = re.compile(
    r"\b(aggregat\w*|anonymi[sz]\w*|geaggregeerd\w*|geanonimiseerd\w*|samengevoegde)\b", re.I
)
SUBJECT_REACH = 160  # characters before a use in which "met betrekking tot ... het gebruik van" stands
NAMED_BEFORE = 40  # characters: "deze kengetallen te gebruiken" names the aggregates just before its verb
OPT_OUT_BEFORE = 400  # characters: an opt-out just before a use, in the same passage, governs it too
AI_ORDER = ["prohibited", "opt_in", "aggregated_only", "opt_out", "allowed"]
# Dutch glues its nouns: "interactiegegevens", "klantgegevens" and "gebruiksinformatie" are data too.
# What people type into an AI service is data too: conversations, chats, prompts, files, code.
DATA_WORD = re.compile(
    r"\b(data|content|information|inputs?|outputs?|prompts|(your|those|these|such|uploaded|submitted)\s+texts?|texts?\s+(?=(you|that\s+you|which\s+you)\b)|(ingevoerde|geüploade|uw|je|jouw|deze|die)\s+teksten|notes|notities|aantekeningen|statistics|usage|it|conversations|chats?|"
    r"messages?|files?|documents?|code|recordings?|transcripts?|tickets?|signals(?=\s+from\s+(all\s+)?(\w+\s+)?(customers|clients|tenants|users))|materials|submissions|uploads|conversation|chat|interactions|activity|"
    # (mail and what is taken from it: "e-mails and attachments ... used to train", "samples")
    r"e-?mails?|attachments?|samples|bijlagen|e-?mailberichten|"
    # what users add to the output: corrections, edits, labels (feedback is read on its own)
    r"corrections?|edits|annotations|labels|correcties|annotaties|"
    # (pieces of those texts: "the corrected text passages", "tekstfragmenten", "snippets")
    r"(text\s+)?passages|excerpts|snippets|\w*fragmenten|"
    # (what users photograph, film or record: "the photos you upload"; invoices, images and scans only as
    # what users upload, not "invoices for development work", "server images", "security scans")
    r"photos?|pictures?|videos?|audio|\w*foto['’]?s|\w*(?<!voor)beelden|video['’]?s|"
    # (what people say about themselves: "your profile", "je profiel en cv")
    r"(your|user|users['’]|candidate|customer|member)\s+profiles?|(je|jouw|uw)\s+profiel(en)?|cv['’]?s?|"
    r"receipts|receipt\s+images|(your|uploaded|scanned)\s+(invoices|images|scans)|(invoices|images|scans)\s+(?=(you|that\s+you)\b)|"
    r"(je|jouw|uw|geüploade|gescande)\s+(facturen|bonnetjes|bonnen|afbeeldingen|scans)|"
    r"(facturen|bonnetjes|afbeeldingen|scans)\s+(?=die\s+(je|u)\b)|"
    # (what pupils and users hand in: answers, assignments)
    r"answers|responses|assignments|essays|antwoorden|\w*opdrachten|"
    r"inhoud|\w*gegevens|\w*informatie|\w*statistieken|\w*data|teksten|tekst|gesprek|bericht|"
    # (compounds too: "chatgesprekken", "klantberichten", "gespreksopnames")
    r"\w*gesprekken|invoer|\w*berichten|\w*bestanden|\w*documenten|\w*opname[ns]?|transcripties|"
    # (records of calls or interactions, not the vendor's "billing records")
    r"(?<!billing\s)(?<!financial\s)(?<!accounting\s)records|dossiers?)\b",
    re.IGNORECASE,
)


STOP_REACH = 40  # characters before a use in which the word that stops it stands
PEOPLE_REACH = 40  # characters after a use in which the people it trains are named


def decide(topic: Topic, sentences: Sentences) -> Decision:
    # (rules for plans that another document governs are not this document's)
    other_terms = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "other_terms", s.flat)
        and (has(topic, "plan_scope", s.flat) or THOSE_PLANS.match(s.flat))
    ]
    sentences = [(s, sec) for s, sec in sentences if not _under_other_terms(topic, s, sec, other_terms)]
    by_stance: dict[str, list[Hit]] = {s: [] for s in AI_ORDER}
    by_stance["prohibited"] = find(topic, "prohibited", sentences)
    instructions = find(topic, "instructions_only", sentences)
    # Every use, negated or not (read once, for the names below and the checks after the main loop).
    uses = find(topic, "allowed", sentences)
    # (names the document gives its uses: "... to train our fraud model ("Network Intelligence")")
    named_uses = {name for h in uses for name in _bracketed_names(h.sentence.flat)}
    # A consent asked for something else ("access without prior consent only in an emergency")
    # is no opt-in to own use: the sentence must speak of a use or of AI.
    # ("hiervoor uitsluitend ... indien ... toestemming" speaks of the AI use in the sentence before.)
    by_stance["opt_in"] = [
        h
        for h in find(topic, "opt_in", sentences, allow_negated=True)
        if (
            any(has(topic, s, h.sentence.flat) for s in ("allowed", "mentions_ai", "improvement_context"))
            # (or of a use by its name, switched on or off: "Network Intelligence stays off until you
            # switch it on"; not "With your permission, we share Network Intelligence scores")
            or (
                SWITCH_WORD.search(h.sentence.flat)
                and any(_names_term(h.sentence.flat, name) for name in named_uses)
            )
            # (not an opt-in to something else that points back: "Nieuwsbrieven ... sturen we alleen als
            # je je daarvoor hebt aangemeld")
            or (
                _points_back_to_training(topic, sentences, h)
                and not has(topic, "other_opt_out", h.sentence.flat)
            )
            # (or to the clause it names as what it consents to: "daarmee geeft zij de toestemming
            # bedoeld in artikel 3.2")
            or _any(topic, "allowed", _named_clauses(h.sentence.flat, sentences, CONSENT_REFERENCE))
        )
        # (nor a consent to a new sub-processor that happens to be a model provider)
        and not has(topic, "subprocessor_consent", h.sentence.flat)
        # (nor the customers in a programme one is in by default: "from all participating customers")
        and not _participants_by_default(topic, sentences, h.sentence.flat)
        # (nor feedback said to carry none of the content: "If a User rates an answer ..., we may use
        # the Feedback for any purpose. The rating controls do not send the underlying conversation")
        and not (
            has(topic, "feedback_use", h.sentence.flat) and _feedback_without_content(topic, sentences, h)
        )
    ]
    # Whether a training or improvement setting is on by default (for uses that hold while it is on).
    default_on = any(
        has(topic, "on_by_default", s.flat) and _about_training(topic, s.flat) for s, _ in sentences
    )
    chosen_by_setting = False  # a use that holds while a setting is on
    deferred: list[Hit] = []  # uses whose terms another part of the document sets
    used_before: list[Hit] = []  # uses told only as data since deleted
    # Uses the document defines over the customer's data ("'Dienstverbetering': het gebruik van
    # Klantgegevens voor het trainen ..."): named later, the name carries the data.
    definitions = [
        ((m["quoted"] or m["listed"]).lower(), s.item[m.end() :])
        for s, _ in sentences
        if (m := DEFINITION.match(s.item))
        # (an unquoted entry names a use only where it speaks of training: not a purposes annex's
        # "A1.2 Support: the handling of incidents ... to restore and improve the availability")
        and (m["quoted"] or has(topic, "training_word", s.item[m.end() :]))
    ]
    defined_uses = {
        term
        for term, body in definitions
        if DATA_WORD.search(body) and (has(topic, "training_word", body) or USE_WORD.search(body))
    }
    # ... and aggregates it defines ("'Clause Benchmarks' means anonymised and aggregated statistics
    # derived from ..."): a use of them is a use of aggregates.
    # (or that says so further on: '"Service Telemetry" means information about the operation of the
    # Services, such as run counts ..., that has been aggregated or de-identified so that ...')
    defined_aggregates = {
        term
        for term, body in definitions
        if AGGREGATES_DEFINED.match(body)
        # (not "in aggregated or individual form", nor aggregates beside the content itself: "die is
        # geaggregeerd, en de onderliggende gebruikersvragen")
        or (
            has(topic, "made_aggregate", body)
            and not has(topic, "mixed_form", body)
            and not _names_content(topic, body)
        )
    }
    found = [
        h
        for h in _past_labels(topic, find(topic, "allowed", sentences, allow_negated=False))
        # (not a use said to stop: "we will then stop using new Conversations for training")
        if not has(
            topic, "stopped_use", h.sentence.flat[max(0, h.match.start() - STOP_REACH) : h.match.start()]
        )
    ]
    # (a use "for that", of the training said just before it: "Wij verfijnen een eigen model ...
    # Standaard gebruiken wij daarvoor de productinformatie die je aan de Tekstassistent geeft")
    found += [
        h
        for h in find(topic, "use_for_that", sentences, allow_negated=False)
        if not same_sentence(h, found) and _follows_a_trained_model(topic, sentences, h)
    ]
    # (a "not" that says the way out leaves the use alone negates the way out, not the use: "Turning
    # them off ... does not remove your data from the pool we use to train our models")
    # (the allowed phrases are read again only in the few sentences that say so)
    left_in = [(s, sec) for s, sec in sentences if has(topic, "left_in_training", s.flat)]
    found += [h for h in find(topic, "allowed", left_in) if not same_sentence(h, found)]
    for hit in _term_uses(topic, sentences, definitions, found):
        flat = hit.sentence.flat
        # A qualifier counts where it governs the use: in the use's own clause, not in one about
        # disclosure ("..., and we will not sell it without permission").
        scope = clause_of(hit)
        if (
            has(topic, "deferred", scope)
            or has(topic, "deferred", flat[: hit.match.end()])
            or has(topic, "explained_elsewhere", flat)
            or _explained_next(topic, sentences, hit)
        ):
            deferred.append(hit)
            continue
        if has(topic, "deleted_after_use", flat):
            # (a use told only as data now deleted, "Teksten die ... zijn gebruikt om ons model te
            # verfijnen, verwijderen we ...", decides only where nothing else says how data is used)
            used_before.append(hit)
            continue
        if (
            (
                not DATA_WORD.search(flat)
                # (a purpose the description of the processing lists is one for the data processed:
                # "Doeleinden van de verwerking: ... het verbeteren van het Taalmodel van Verwerker")
                and not PROCESSING_PURPOSES.search(flat)
                and not any(_names_term(flat, term) for term in defined_uses | defined_aggregates)
                and not _those_figures(topic, sentences, hit)
                and not _data_named_next(sentences, hit)
            )
            # (an article's title names its subject, it grants nothing: "Artikel 9 - Gebruik van
            # gesprekken voor de verbetering van de Loketbot")
            or _article_title(flat)
            or has(topic, "for_customer", scope)
            or has(topic, "controller_data", flat)
            # (training on other sources only: "trains its models exclusively on licensed datasets")
            or has(topic, "other_sources", flat)
            # denied by "without" ("zonder gebruik voor training"), or what a ban on own purposes
            # says they include ("Onder eigen doeleinden wordt verstaan ... het trainen van ...")
            or has(topic, "without_use", flat[: hit.match.start()])
            or has(topic, "purpose_definition", flat)
            # a ban carried over by reference: "Het bepaalde in artikel 3.1 geldt eveneens voor ..."
            or has(topic, "ban_extended", flat)
            # a pointer to the answer, not the answer: "...; see 'Do you train on my data?' below"
            or (has(topic, "pointer", scope) and not has(topic, "modal_use", scope))
            # correcting a data subject's data, not improving a model: "bijstand bij ... verzoeken van
            # betrokkenen ..., onder meer om Transcripties te verbeteren"
            or (has(topic, "subject_rights", flat) and not has(topic, "model_word", flat))
            # feedback said to carry none of the content ("..., Corvelyn may use the Feedback for any
            # purpose ... The feedback controls do not transmit the underlying code")
            or (has(topic, "feedback_use", scope) and _feedback_without_content(topic, sentences, hit))
            # training people, not models: "a platform used by organisations to train their staff"
            # (in the use's own words: not "voor het trainen van medewerkers en voor het verbeteren van
            # onze dienstverlening", where the improvement is a use of its own)
            or (
                has(topic, "people_training", flat[hit.match.start() : hit.match.end() + PEOPLE_REACH])
                and not has(topic, "model_word", flat)
            )
            # kept for its own purposes, not used: a retention clause; what a notice covers
            or has(topic, "kept_only", flat)
            or has(topic, "deleted_only", flat)
            or has(topic, "notice_scope", flat)
            or has(topic, "residue", flat)
            # staff who reach the data while running the service ("... teams may access Customer
            # Data in the course of providing, maintaining and developing the Services"): the
            # staff topic's, unless the reach is for training
            or (has(topic, "staff_reach", flat) and not has(topic, "training_word", flat))
            # what holds none of the customer's data is no use of it: "Deze statistieken bevatten
            # geen Klantdata en worden uitsluitend gebruikt voor ... het verbeteren van de interface"
            or _no_customer_data(topic, sentences, hit)
            # (a use named as what other obligations are about: "..., in het bijzonder met betrekking
            # tot geheimhouding, beveiliging, het gebruik van Persoonsgegevens voor eigen doeleinden")
            or has(
                topic, "subject_matter", flat[max(0, hit.match.start() - SUBJECT_REACH) : hit.match.start()]
            )
        ):
            continue
        # A clause that uses "in that case" is governed by the condition before it: "..., unless you
        # give feedback; in that case the conversation concerned may be used to improve the models".
        # (a condition of the customer's choice for training, and not "in that case, Vendor may still
        # use ...": the use goes on whatever the choice)
        if (
            IN_THAT_CASE.match(scope)
            and any(
                has(topic, name, flat[: hit.match.start()])
                for name in ("opt_in", "feedback_use", "setting_on")
            )
            and not STILL.search(scope)
        ):
            scope = flat[: hit.match.end()]
        # Nothing happens without an opt-in, even to de-identified data: the opt-in decides.
        # ("(d) subject to § 4.3, to use Customer Data to train": the clause named says how.)
        named = _named_clauses(scope, sentences)
        # A use that holds while a setting is on is the customer's choice: an opt-in when that
        # setting is off until the customer turns it on (even for pseudonymised data: "Where
        # Customer has activated that option, Vendor may use ..."), an opt-out when it is on by
        # default. (A way to switch that setting off nearby is the same choice, not another.)
        # (or said in the sentence just before, of the data this one uses: "Where the Customer
        # enables the Improvement Programme, ... Orsenne shall ... before such content is used for
        # training")
        # (not a use said to happen in all cases: "When the Customer enables the Reporting module, ...,
        # and Supplier in all cases uses anonymised ... statistics")
        setting = (
            (has(topic, "setting_on", scope) or _set_just_before(topic, sentences, hit, scope))
            and not has(topic, "opt_out", scope)
            and not has(topic, "always", scope)
        )
        on_by_default = setting and _on_by_default(topic, sentences, hit, default_on)
        # A use that holds while the customer is enrolled is as optional as the enrolment: an
        # opt-out where the document enrols customers by default ("Team workspaces are enrolled in
        # the Programme by default. While a workspace is enrolled, Vendor may use ...").
        enrolled_by_default = (
            has(topic, "while_enrolled", scope)
            and not has(topic, "opt_in", blank(topic, "while_enrolled", scope))
            and _programme_joined(topic, sentences, scope) == "opt_out"
        )
        # ("Ofrina uses Threat Signals from all participating customers to train ...", where "Customer
        # participates in the Program by default": in until it leaves)
        if (
            enrolled_by_default
            or _participants_by_default(topic, sentences, scope)
            # (the feedback may be given in the sentence's first clause: "When an Authorised User
            # submits Feedback, we store ..., and we may use this material to ... improve")
            or _feedback_on_by_default(
                topic, sentences, flat[: hit.match.end()] if BACK_TO_FEEDBACK.search(scope) else scope
            )
        ):
            by_stance["opt_out"].append(hit)
        elif (
            has(topic, "opt_in", scope)
            or has(topic, "feedback_use", scope)
            or _any(topic, "opt_in", named)
            or _opted_in_first(topic, flat)
        ):
            by_stance["opt_in"].append(hit)
        elif setting and not on_by_default:
            by_stance["opt_in"].append(hit)
            chosen_by_setting = True
        elif (
            (joined := _programme_joined(topic, sentences, scope))
            and not has(topic, "opt_out", scope)
            and not _no_way_out(topic, flat)
            and not has(topic, "always", flat)
        ):
            # A use under a programme ("The Model Improvement Programme allows Vendor to use ...")
            # is as optional as joining that programme is, said anywhere in the document. (Leaving
            # a programme one had to join is the same choice, not an opt-out of its own.)
            by_stance[joined].append(hit)
            chosen_by_setting = chosen_by_setting or joined == "opt_in"
        elif (
            _aggregates_used(topic, scope)
            or _those_aggregates(topic, sentences, hit)
            or _aggregates_said_next(topic, sentences, hit)
            or _those_figures(topic, sentences, hit)
            or any(_uses_only_term(topic, _use_and_object(hit), term) for term in defined_aggregates)
        ) and not (
            # (de-identified samples with a switch to stop it, or a setting they depend on: the
            # switch decides)
            _only_pseudonymised(topic, scope)
            and (setting or _opt_out_after(topic, hit) or _opt_out_nearby(topic, sentences, hit))
        ):
            by_stance["aggregated_only"].append(hit)
        elif setting:
            by_stance["opt_out"].append(hit)
            chosen_by_setting = True
        elif (
            has(topic, "opt_out", scope)
            or _opt_out_after(topic, hit)
            or _opt_out_before(topic, hit)
            or (_opt_out_nearby(topic, sentences, hit) and not has(topic, "always", scope))
            or _any(topic, "opt_out", named)
        ) and not _hollow(topic, sentences, hit.sentence, hit.section):
            by_stance["opt_out"].append(hit)
        else:
            by_stance["allowed"].append(hit)
    # A box or switch named for training, and how it stands before anyone touches it: "the checkbox
    # 'Allow us to use my content to train AI features' is unchecked" is an opt-in, "De optie
    # 'Verbeter het model voor iedereen' staat standaard aan" an opt-out.
    for stance, hit in _label_defaults(topic, sentences):
        if not any(same_sentence(hit, by_stance[s]) for s in ("opt_in", "opt_out", "prohibited")):
            by_stance["allowed"] = [h for h in by_stance["allowed"] if h.sentence is not hit.sentence]
            by_stance[stance].append(hit)
    # "If you do not want your Content used to improve our Services, you can opt out": the "not"
    # is the reader's wish, and the sentence offers a way out of a use that otherwise happens.
    wished = [
        h
        for h in uses
        if has(topic, "unwanted_use", h.sentence.flat) and has(topic, "opt_out", h.sentence.flat)
    ]
    by_stance["opt_out"] += [h for h in wished if not same_sentence(h, by_stance["opt_out"])]
    # "You can turn off model training in Settings": a way out of training says that training
    # happens unless the customer takes it.
    # (Switching off a setting that is off by default, for a use that holds while it is on, is
    # the same choice as the opt-in: "Disabling the setting stops further collection".)
    # (Leaving the programme or option one had to opt in to is that opt-in's other half: "Customer
    # may withdraw from the Model Improvement Program at any time by disabling the setting", where
    # training is off "unless Customer has expressly opted in"; not a switch of its own: "You can
    # turn off model training on your conversations at any time".)
    opted_in = bool(by_stance["opt_in"]) and not default_on
    # (or a way out of a use by the name the document gave it: "You may opt out of Cross-Matter
    # Learning at any time", where "... to train and improve the Classifier ("Cross-Matter Learning")")
    use_names = {term for h in by_stance["allowed"] for term in _names_of_the_use(h, defined_uses)}
    way_out = [
        h
        for h in find(topic, "opt_out", sentences, allow_negated=False)
        if (
            has(topic, "training_word", h.sentence.flat)
            # (the name as what one leaves, not a feature built on it: "You may opt out of Smart
            # Summaries, a feature that uses the output of Voice Learning")
            or any(_names_term(_around(h), term) for term in use_names)
        )
        # (not a way out of a future change: "Any change that introduces model training will only
        # apply after 30 days' notice, and Customer may then opt out")
        and not has(topic, "notice_scope", h.sentence.flat)
        and (default_on or not chosen_by_setting)
        and not (
            opted_in
            and (
                has(topic, "leaving_the_choice", h.sentence.flat)
                or _leaves_the_opt_in(h, by_stance["opt_in"])
            )
        )
    ]
    by_stance["opt_out"] += [h for h in way_out if not same_sentence(h, by_stance["opt_out"])]
    # A use named by its defined term ("Data derived from Service Improvement ...") is the use that
    # term defines, chosen as the clause that sets the choice for it says ("Customer instructs
    # Vendor to carry out Service Improvement ... unless and until Customer switches off ...").
    # (Where the document says the choices about that use are set out elsewhere ("Customer's
    # choices regarding Service Improvement are described in Schedule 4"), the one choice it offers
    # governs every use under the name, grants and exceptions too.)
    pointed = [s.flat for s, _ in sentences if has(topic, "choices_described", s.flat)]
    for name, other in (("opt_in", "opt_out"), ("opt_out", "opt_in")):
        named_choice = [
            h
            for h in by_stance["allowed"]
            if (
                # (not a grant of its own for a plan: "Free Plan: Customer authorizes Vendor to use ...
                # for Model Improvement")
                not (
                    has(topic, "plan_scope", h.sentence.flat)
                    and (has(topic, "modal_use", h.sentence.flat) or GRANTS.search(h.sentence.flat))
                )
                and any(
                    _names_term(o.sentence.flat, term)
                    for term in _names_of_the_use(h, defined_uses)
                    for o in by_stance[name]
                    if o.sentence is not h.sentence
                )
            )
            or (
                by_stance[name]
                and not by_stance[other]
                and any(_names_term(p, term) for term in _names_of_the_use(h, defined_uses) for p in pointed)
            )
        ]
        by_stance["allowed"] = [h for h in by_stance["allowed"] if h not in named_choice]
        by_stance[name] += named_choice
    # A use for its own purposes that a negation or prohibition governs ("shall under no
    # circumstances use the data for its own purposes") is a ban, whatever words the ban uses.
    banned = [
        h
        for h in uses
        if negated(h.sentence.flat, h.match.start(), topic, end=h.match.end())
        and not same_sentence(h, by_stance["prohibited"])
        and not same_sentence(h, wished)
    ]
    by_stance["prohibited"] += banned
    # "shall not use the data to train models, and not sell, rent or otherwise make it available to
    # any third party for its own purposes": a prohibition governs the rest of its sentence until
    # a word turns it ("but", "except", "may").
    for name in ("aggregated_only", "opt_out", "allowed"):
        by_stance[name] = [
            h for h in by_stance[name] if not _under_prohibition(topic, h, by_stance["prohibited"])
        ]
    # A promise the customer makes ("Customer shall not use the Service to train competing
    # models", "You may use outputs to train your models") says nothing of the vendor's own use.
    # (An opt-in or opt-out is the customer's to make: "You may opt in" stays.)
    for name in ("prohibited", "aggregated_only", "allowed"):
        by_stance[name] = [h for h in by_stance[name] if not binds_other(topic, h)]
    instructions = [h for h in instructions if not binds_other(topic, h)]
    aggregates = find(topic, "aggregated_only", sentences, allow_negated=False)
    for hit in aggregates + find(topic, "aggregate_output", sentences, allow_negated=False):
        # ("Wij gebruiken geanonimiseerde gegevens niet om ... te trainen" bans even that.)
        if (
            not same_sentence(hit, by_stance["aggregated_only"])
            and not same_sentence(hit, by_stance["prohibited"])
            and not same_sentence(hit, by_stance["opt_in"])
            and not has(topic, "notice_scope", hit.sentence.flat)
            # (nor a ban that reaches aggregates too: "..., ook indien de gegevens daartoe worden
            # geaggregeerd")
            and not has(topic, "even_aggregated", hit.sentence.flat)
            # (a security measure: "in de ontwikkel- en testomgevingen worden uitsluitend fictieve of
            # geanonimiseerde gegevens gebruikt" keeps the customer's data out of testing)
            and not has(topic, "test_data_only", hit.sentence.flat)
            and (DATA_WORD.search(hit.sentence.flat) or _those_figures(topic, sentences, hit))
            and not _no_customer_data(topic, sentences, hit)
            # (what the customer itself may switch on: "The Client may activate extended access
            # statistics ...; the statistics are based on anonymised data only")
            and not has(topic, "for_customer", hit.sentence.flat)
        ):
            # (even de-identified data goes only to a programme the customer must join: "The Model
            # Improvement Program lets customers contribute de-identified data ...", joined by opt-in)
            # (... and de-identified samples from a programme one is in until one leaves it are that
            # programme's opt-out, as with a switch)
            scope = clause_of(hit)
            joined = _programme_joined(topic, sentences, scope)
            # (... or only once the customer joins: "Enkel wanneer de Werkgever zich inschrijft, ...")
            joins_first = has(topic, "only_if_joined", hit.sentence.flat) and has(topic, "opt_in", scope)
            # (... or once the customer switches on a setting that is off until then: "De module staat
            # standaard uit. Wanneer Opdrachtgever de module inschakelt, worden uitsluitend
            # gepseudonimiseerde planningskenmerken gebruikt voor het trainen")
            switched_on = (
                has(topic, "setting_on", scope)
                and not has(topic, "always", scope)
                and not _on_by_default(topic, sentences, hit, default_on)
            )
            if joined == "opt_in" or joins_first or switched_on:
                by_stance["opt_in"].append(hit)
            elif _only_pseudonymised(topic, scope) and (
                joined == "opt_out"
                # (not inside a programme one joins: "Bij deelname worden de gegevens gepseudonimiseerd
                # ... en kan de klant zich weer afmelden" is the opt-in's other half)
                or (
                    not has(topic, "programme", hit.sentence.flat)
                    and (_opt_out_after(topic, hit) or _opt_out_nearby(topic, sentences, hit))
                )
            ):
                # (pseudonymised is still personal data: a switch nearby to stop its use decides,
                # "Product Telemetry ... only in pseudonymised form ... may disable Product Telemetry")
                by_stance["opt_out"].append(hit)
            else:
                by_stance["aggregated_only"].append(hit)
    # "shall not use ... for training, unless Customer has not refused within fourteen days": a use
    # that happens unless the customer says no.
    by_stance["opt_out"] += [
        h
        for h in find(topic, "lifted_unless_refused", sentences, allow_negated=True)
        if same_sentence(h, by_stance["prohibited"]) and not same_sentence(h, by_stance["opt_out"])
    ]
    # "Apart from the aggregated statistics described in C1, we use Customer Data only to provide
    # Ledgerly": the ban or limit keeps the aggregates it puts first.
    by_stance["aggregated_only"] += [
        h
        for h in find(topic, "aggregates_excepted", sentences, allow_negated=True)
        # (or the exception is to a ban on the use itself: "will not use Customer Data for internal
        # reporting and business modelling except in aggregated form")
        if (
            same_sentence(h, by_stance["prohibited"] + instructions)
            or (
                (
                    NOT_USED.match(h.sentence.flat, h.match.start())
                    or USED_NOT.search(h.sentence.flat[: h.match.start()])
                )
                and OWN_PURPOSE.search(h.sentence.flat[h.match.start() : h.match.end()])
            )
        )
        and not same_sentence(h, by_stance["aggregated_only"])
    ]
    if instructions and not by_stance["prohibited"]:
        by_stance["prohibited"] = instructions
    # The part pointed to decides where it says how; where nothing else does, the pointing use
    # stands (under any ban it is read with).
    # (a ban on training said anywhere answers it: "... is geregeld in Bijlage AI. Bijlage AI:
    # Verwerker gebruikt Persoonsgegevens niet om AI-modellen te trainen")
    if not any(by_stance[name] for name in ("opt_in", "opt_out", "aggregated_only", "allowed")) and not any(
        _about_training(topic, h.sentence.flat) for h in by_stance["prohibited"]
    ):
        by_stance["allowed"] += [
            h for h in deferred if not _under_prohibition(topic, h, by_stance["prohibited"])
        ]
    # (Aggregated statistics from usage data do not outweigh a choice the customer has over its
    # content, an opt-in or opt-out programme: the writers of fixtures/eval and of the blind rounds
    # label that choice. Beside a flat ban on using the content they do decide: those writers label
    # `aggregated_only`. Measured on fixtures/eval, see docs/measurements.md.)
    # A restriction that sets a clause aside by its number ("4.2 In afwijking van artikel 8.3 van de
    # Algemene Voorwaarden gebruikt Journaalvos persoonsgegevens niet om ... te trainen") leaves the
    # uses of that clause no longer binding.
    # (only a use of models, and not by a ban on some models only: "Notwithstanding clause 8.3, Vendor
    # shall not use Customer Data to train generative AI models" leaves 8.3's "improve its products")
    set_aside = {
        m.group("number")
        for name in ("prohibited", "opt_in", "aggregated_only")
        for h in by_stance[name]
        if (m := DEROGATION.match(h.sentence.flat)) and not has(topic, "some_models", h.sentence.flat)
    }
    for name in ("opt_out", "allowed"):
        by_stance[name] = [
            h for h in by_stance[name] if not (in_clause(h, set_aside) and ANY_MODEL.search(h.sentence.flat))
        ]
    by_stance["allowed"] = _without_metadata_only(topic, sentences, by_stance)
    by_stance["aggregated_only"] = _without_metadata_only(
        topic, sentences, by_stance, "aggregated_only", rules=("opt_in", "opt_out")
    )
    # (nor does a switch over the usage data beside a rule for the content: "Pebblewick may collect and
    # use Service Telemetry to ... improve the Services" beside an opt-in programme for the content)
    by_stance["opt_out"] = _without_metadata_only(
        topic, sentences, by_stance, "opt_out", rules=("prohibited", "opt_in")
    )
    if not any(by_stance.values()):
        by_stance["allowed"] = used_before
    stance = next((s for s in reversed(AI_ORDER) if by_stance[s]), "not_addressed")
    if stance == "not_addressed":
        return stance, {"mentions_ai": None, "instructions_only": None}, []
    hits = by_stance[stance] + [h for h in by_stance["prohibited"] if stance != "prohibited"][:1]
    cited_text = " ".join(h.sentence.flat for h in hits)
    facts = {
        "mentions_ai": has(topic, "mentions_ai", cited_text),
        "instructions_only": bool(instructions) and stance == "prohibited",
    }
    if stance == "prohibited" and instructions:
        hits = by_stance["prohibited"] + [
            h for h in instructions if not same_sentence(h, by_stance["prohibited"])
        ]
    return stance, facts, hits


# A definition that opens its sentence: "'Service Improvement' means ...", "“Dienstverbetering”: ...",
# or an entry of a definitions list, unquoted: "A1.4 Modelverbetering: het gebruik van Gespreksdata ..."
# (opening like a definition: not a label, "Free Plan: Customer authorizes ...").
DEFINITION = re.compile(
    r"^\W*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?(?:[\"'“‘](?P<quoted>[^\"'”’]{3,40})[\"'”’]\s*"
    r"(?::|means\b|shall\s+mean\b|betekent\b|is\b)|(?P<listed>[A-Z][\w-]{2,}(?:\s+[A-Z][\w-]*){0,3}):\s(?=(?i:het|de|een|the|a|an)\s))"
)
ARTICLE_TITLE = re.compile(
    r"^\W*(?i:artikel|article|section|sectie|hoofdstuk|chapter|clause|bijlage|annex|schedule|part|deel)\s+"
    r"(\d|[IVX]+\b|[A-Z]\b)"
)
# What a definition of a use speaks of, and a definition of aggregates ("means anonymised and aggregated
# statistics ...").
USE_WORD = re.compile(r"\b(use|using|processing|gebruik|gebruiken|verwerking)\b", re.IGNORECASE)
AGGREGATES_DEFINED = re.compile(
    # (statistics, not "statistical features derived from documents": vectors of each document)
    r"^\W*(\w+\s+){0,4}(aggregat\w*|anonymi[sz]\w*|geaggregeerd\w*|geanonimiseerd\w*|statistics|statistieken|"
    r"statisti(cal|sche)\s+(data|information|reports?|summar\w*|gegevens|informatie|overzichten|rapportages?))",
    re.IGNORECASE,
)


PROCESSING_PURPOSES = re.compile(
    r"\b(doel(einden)?\s+van\s+de\s+verwerking|verwerkingsdoel(einden)?|purposes?\s+of\s+(the\s+)?processing|"
    r"processing\s+purposes?)\b",
    re.IGNORECASE,
)
# A defined use named as a purpose: "(b) for Model Tuning as described in Section 6", "except for
# Model Tuning", "ten behoeve van Modelverfijning".
TERM_USE = (
    r"\b(?:for|voor|ten\s+behoeve\s+van|carry\s+out|perform|uitvoeren\s+van)\s+(?:the\s+|de\s+|het\s+)?"
    r"({term})(?![\w-])"
)


def _term_uses(
    topic: Topic, sentences: Sentences, definitions: list[tuple[str, str]], uses: list[Hit]
) -> list[Hit]:
    """The uses found, and each sentence that names a defined training use as its purpose, where
    the definition says what is trained on the customer's data ('"Model Tuning" means the use of
    pseudonymised Customer Content to train the models'): the name carries the use."""
    # (a set of purposes defined to take in training names no data, the use does: '"Permitted
    # Purposes" means ... (c) improving ... including training ... the machine learning models', used
    # as "Customer instructs Tallowmere to Process Customer Personal Data for the Permitted Purposes")
    # (a term that names data is no use, whatever its definition takes in: '"Stored Content" means
    # ... the training data and model weights of any Custom Model', in "encryption at rest for Stored
    # Content")
    terms = [
        term
        for term, body in definitions
        if (DATA_WORD.search(body) or has(topic, "purposes_term", term))
        and (has(topic, "training_word", body) or has(topic, "improvement_context", body))
        and not has(topic, "data_term", term)
    ]
    named = []
    for sentence, section in sentences:
        if (
            DEFINITION.match(sentence.item)
            or has(topic, "choices_described", sentence.flat)
            or any(h.sentence is sentence for h in uses)
        ):
            continue
        for term in terms:
            m = re.search(TERM_USE.format(term=re.escape(term)), sentence.flat, re.IGNORECASE)
            if m and not negated(sentence.flat, m.start(1), topic):
                named.append(Hit("allowed", sentence, section, m))
                break
    return uses + named


def _feedback_on_by_default(topic: Topic, sentences: Sentences, scope: str) -> bool:
    """Whether the use's only opt-in is feedback given, where the document switches the learning from
    feedback on by default ("Where Users submit Feedback Data, Vendor uses it to retrain ...", beside
    "Feedback learning is switched on by default for every account"): in until switched off."""
    return (
        bool(FEEDBACK_GIVEN.search(scope))
        and not has(topic, "opt_in", FEEDBACK_GIVEN.sub(" ", scope))
        and any(has(topic, "on_by_default", s.flat) and FEEDBACK.search(s.flat) for s, _ in sentences)
    )


FEEDBACK = re.compile(r"\bfeedback\b", re.IGNORECASE)
# A use that speaks of the feedback named before it: "..., and we may use this material to improve".
BACK_TO_FEEDBACK = re.compile(
    r"\b(this|that|such|these|those)\s+(material|materials|feedback|data|information|examples|samples)\b|"
    r"\b(dit|dat|deze|die)\s+(materiaal|feedback|gegevens|voorbeelden)\b|\buse\s+(it|them)\b|\bgebruiken\s+(het|ze)\b",
    re.IGNORECASE,
)
FEEDBACK_GIVEN = re.compile(
    r"\b(if|when|where|once|indien|als|wanneer|zodra)\b[^.,;]{0,60}\bfeedback\b", re.IGNORECASE
)


def _participants_by_default(topic: Topic, sentences: Sentences, text: str) -> bool:
    """Whether the text's only opt-in is the customers in a programme that customers are in by
    default ("Ofrina uses Threat Signals from all participating customers to train ...", where
    "Customer participates in the Program by default")."""
    return (
        bool(PARTICIPANTS.search(text))
        and not has(topic, "opt_in", PARTICIPANTS.sub(" ", text))
        and _programme_joined(topic, sentences, text) == "opt_out"
    )


NAME_BEFORE = 60  # characters: "De klant kan de Leerfunctie te allen tijde uitschakelen"
NAME_AFTER = 30  # characters: "You may opt out of Cross-Matter Learning"


def _around(hit: Hit) -> str:
    """The words just around a way out, where what it leaves is named."""
    flat = hit.sentence.flat
    return flat[max(0, hit.match.start() - NAME_BEFORE) : hit.match.end() + NAME_AFTER]


def _under_other_terms(topic: Topic, sentence: Any, section: str, other_terms: Sentences) -> bool:
    """Whether the sentence speaks of plans that another document governs, said in it or in the
    next sentence ("On Individual and Pro plans, code snippets are used to improve our models unless
    ... Those plans are governed by the Individual Terms, not by these Terms"). `other_terms` are the
    sentences that say so of plans (not of something else: "Third-party integrations are governed by
    their providers' terms")."""
    return has(topic, "plan_scope", sentence.flat) and any(
        s is sentence or shortly_after(s, sec, sentence, section, ADJACENT) for s, sec in other_terms
    )


# A use that names its data by a pronoun: "create Derived Data and use it to improve".
USE_OF_IT = re.compile(r"^\w+\s+(it|them|these|those|deze|die|ze)\b", re.IGNORECASE)
PRONOUN_BEFORE = re.compile(r"\b(en|and)\s+(deze|die|ze)\s+(\w+\s+)?$", re.IGNORECASE)
# The last Dutch modal before a use, with the object after it ("mag Gebruiksstatistieken ... gebruiken").
DUTCH_MODAL_LAST = re.compile(
    r"\b(mag|mogen|kan|kunnen|zal|zullen)\b(?!.*\b(mag|mogen|kan|kunnen|zal|zullen)\b)", re.IGNORECASE
)


def _uses_only_term(topic: Topic, used: str, term: str) -> bool:
    """Whether the use names the defined aggregates and no content beside them ("use Customer Data and
    Derived Data to improve our models" uses the content too)."""
    if not _names_term(used, term):
        return False
    rest = re.sub(rf"(?<![\w-]){re.escape(term)}(?![\w-])", " ", used, flags=re.IGNORECASE)
    return not _names_content(topic, rest)


def _use_and_object(hit: Hit) -> str:
    """The use's own words, and where it names its data by a pronoun, the clause before it that names
    the data ("We may create Derived Data and use it to calibrate ... our models")."""
    used = hit.match.group(0)
    flat = hit.sentence.flat
    start = max(flat.rfind(mark, 0, hit.match.start()) for mark in (";", ",", ":")) + 1
    # (Dutch puts the object between the modal and the verb: "Leverancier mag Gebruiksstatistieken
    # verzamelen en gebruiken om de Dienst te verbeteren")
    if modal := DUTCH_MODAL_LAST.search(flat, start, hit.match.start()):
        return flat[modal.start() : hit.match.end()]
    # (Dutch puts the pronoun first: "Afgeleide Gegevens maken en deze gebruiken om ... te verbeteren")
    if not (USE_OF_IT.match(used) or PRONOUN_BEFORE.search(flat, 0, hit.match.start())):
        return used
    return flat[start : hit.match.end()]


def _names_term(text: str, term: str) -> bool:
    """Whether the text names the defined term as a whole word."""
    return bool(re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE))


def _article_title(flat: str) -> bool:
    """Whether the text is an article's or annex's title ("Artikel 9 - Gebruik van gesprekken voor
    de verbetering van de Loketbot"): short, numbered, and not ending like a sentence."""
    return (
        bool(ARTICLE_TITLE.match(flat))
        and len(flat.split()) <= TITLE_LENGTH
        and flat.rstrip()[-1:] not in ".;:!?)"
    )


TITLE_LENGTH = 16  # words: a longer line is a clause, whatever it opens with


def _names_of_the_use(hit: Hit, defined_uses: set[str]) -> list[str]:
    """The names a use goes by: a defined name the match ends on ("used for Model Improvement"), a
    use the definitions name in one word ("voor Modelverbetering"), or one its sentence gives it in
    brackets ("... to train ... the models ("Model Improvement")")."""
    text = hit.match.group(0)
    names = [m.group(0) for m in DEFINED_NAME.finditer(text) if m.end() == len(text)]
    names += [term for term in defined_uses if _names_term(text, term)]
    return names + _bracketed_names(hit.sentence.flat)


def _bracketed_names(flat: str) -> list[str]:
    """The names a sentence gives in brackets: '("Cross-Matter Learning")', '(hierna: "Kruislings Leren")'."""
    return [m.group(1) for m in NAMED_IN_BRACKETS.finditer(flat)]


GRANTS = re.compile(
    r"\b(authori[sz]es?|instructs?|permits?|allows?)\b[^.;]{0,60}\bto\s+(use|process)\b|"
    r"\b(machtigt|geeft\s+\w+\s+(toestemming|opdracht))\b[^.;]{0,80}\bte\s+(gebruiken|verwerken)\b",
    re.IGNORECASE,
)
# Those in a programme: "from all participating customers", "van deelnemende klanten".
PARTICIPANTS = re.compile(
    r"\b(participating|deelnemende)\s+(customers|clients|users|organi[sz]ations|klanten|organisaties|gebruikers)\b",
    re.IGNORECASE,
)
# A sentence that speaks of the plans just named: "Those plans are governed by ...", "Deze abonnementen".
THOSE_PLANS = re.compile(
    r"^\W*(those|these|such|die|deze|dergelijke)\s+(\w+\s+)?(plans?|accounts?|tiers?|editions?|environments?|"
    r"abonnementen|abonnement|omgevingen|omgeving|versies?)\b",
    re.IGNORECASE,
)


def _data_named_next(sentences: Sentences, hit: Hit) -> bool:
    """Whether the sentence right after the use names the data it is made of, as a table of purposes
    does: "- Onze producten verbeteren en onze algoritmes trainen, ... Gegevens: gepseudonimiseerde
    hartslaggegevens. Grondslag: ..." """
    return _said_next(sentences, hit, lambda text: bool(DATA_ROW.match(text)))


DATA_ROW = re.compile(
    r"^\W*(gegevens|persoonsgegevens|data|personal\s+data|categories\s+of\s+data)\s*:", re.IGNORECASE
)


def _past_labels(topic: Topic, hits: list[Hit]) -> list[Hit]:
    """The uses, each read past the name of a box or switch it stands in: 'The box "Use my chats to
    improve the model" is unchecked by default; only if you tick it do we use your chats to train'
    uses the chats where the box is ticked, not by its label; a use named only by the label is the
    box's ("Het vakje 'Deel gesprekken om Kraai te verbeteren' is standaard aangevinkt")."""
    kept = []
    for hit in hits:
        flat = hit.sentence.flat
        labels = [(a, b) for _, a, b in _ui_labels(flat)]
        # (and past an item's own short title: "Kwaliteitsverbetering en statistiek: Cijferhaven gebruikt
        # de persoonsgegevens niet voor de verbetering van het product" says what the item does)
        if title := ITEM_TITLE.match(flat):
            labels.append((0, title.end()))
        if not any(a <= hit.match.start() < b for a, b in labels):
            kept.append(hit)
            continue
        unlabelled = "".join(" " if any(a <= i < b for a, b in labels) else c for i, c in enumerate(flat))
        found = topic.all_matches("allowed", unlabelled)
        if not found:
            kept.append(hit)
            continue
        # (the first use the body does not deny: "Kwaliteitsverbetering: ... niet voor marketing, maar
        # wel om zijn diensten te verbeteren")
        use = next((m for m in found if not negated(unlabelled, m.start(), topic, end=m.end())), None)
        if use is not None:
            kept.append(Hit(hit.signal, hit.sentence, hit.section, use))
        # (a body that denies one use and grants the title's stays: "niet voor marketing, maar wel om zijn
        # diensten te verbeteren"; so does a title's purpose served by aggregates the item names: "Part C -
        # Service improvement: we only use aggregated and anonymised usage statistics ...; we never use
        # Your Content itself")
        elif BUT_DOES.search(unlabelled) or (
            has(topic, "aggregated_only", unlabelled) and not has(topic, "even_aggregated", unlabelled)
        ):
            kept.append(hit)
    return kept


BUT_DOES = re.compile(
    r"\b(maar\s+wel|but\s+(we\s+|it\s+)?(do|does|may|will)|however,?\s+(we|it)\s+(do|does|may|will))\b",
    re.IGNORECASE,
)
# An item's short title before a colon: "Kwaliteitsverbetering en statistiek: ...", "(c) Product
# improvement: ..." (up to five words, no verb's comma or clause in it).
ITEM_TITLE = re.compile(r"\s*(\(?[a-z0-9]{1,3}(\.\d{1,3})*[.)]?\s+)?[A-ZÀ-Ý][\w'-]*(\s+[\w'-]+){0,4}:\s")


def _label_defaults(topic: Topic, sentences: Sentences) -> list[tuple[str, Hit]]:
    """The boxes and switches named for training or improving a model, with the stance their default
    gives: off until the customer turns it on is an opt-in, on until it is turned off an opt-out."""
    found = []
    for sentence, section in sentences:
        flat = sentence.flat
        labels = [m for m, a, b in _ui_labels(flat) if _names_training(topic, flat[a:b])]
        if not labels:
            continue
        # (the "not" forms first: "niet aangevinkt" holds "aangevinkt")
        off, on = has(topic, "box_default_off", flat), has(topic, "box_default_on", flat)
        # (a setting switched on as a condition is no default: 'Heeft Klant de optie "Bijdragen aan
        # modelverbetering" ingeschakeld, dan gebruikt Leverancier ...')
        if on and not off and has(topic, "setting_on", flat) and not BY_DEFAULT.search(flat):
            continue
        if stance := "opt_in" if off else "opt_out" if on else None:
            found.append((stance, Hit("allowed", sentence, section, labels[0])))
    return found


# A model named anywhere in a word: "model", "AI-modellen", "de categorisatiemodellen".
ANY_MODEL = re.compile(r"\w*(models?|modellen)\b|\bAI\b", re.IGNORECASE)
BY_DEFAULT = re.compile(r"\b(by\s+default|default|standaard|vooraf)\b", re.IGNORECASE)


def _names_training(topic: Topic, label: str) -> bool:
    return has(topic, "training_word", label) or (
        has(topic, "improvement_context", label) and bool(MODEL_OR_AI.search(label))
    )


MODEL_OR_AI = re.compile(r"\b(models?|modellen|model|AI|KI|algorit\w+)\b", re.IGNORECASE)


# A control's name in quotes, beside the word for the control: 'the box "Use my chats to improve the
# model"', 'de schakelaar "AI uit"', '"Improve the model for everyone" setting'.
_CONTROL = (
    r"(?:box|check-?box|toggle|switch|setting|option|button|vakje|vinkje|selectievakje|schakelaar|instelling|"
    r"optie|knop|(?<!to\s)(?:un)?tick|(?:un)?check|switch\s+off|turn\s+off|aanvinken|uitvinken|uitschakelen)"
)
# (a quote mark that opens after a space and closes before one, not the apostrophes of "Customer's ...
# Vendor's")
_QUOTED = r"((?<!\w)[\"“'][^\"”']{3,80}[\"”'](?!\w))"
UI_LABEL = re.compile(
    rf"\b{_CONTROL}\s+(?:called\s+|named\s+|genaamd\s+)?{_QUOTED}|{_QUOTED}(?=\s+{_CONTROL}\b)",
    re.IGNORECASE,
)


def _ui_labels(flat: str) -> list[tuple[re.Match[str], int, int]]:
    """Each control named in the sentence, with where its quoted name stands."""
    return [(m, *(m.span(1) if m.group(1) else m.span(2))) for m in UI_LABEL.finditer(flat)]


# A switch said of a use: "stays off until you switch it on", "staat standaard uit", "opt in to ...".
SWITCH_WORD = re.compile(
    r"\b(off|on|uit|aan|enable\w*|disable\w*|switch\w*|turn\w*|activat\w*|inschakel\w*|uitschakel\w*|"
    r"opt(s|ed)?[- ]in)\b",
    re.IGNORECASE,
)
NAMED_IN_BRACKETS = re.compile(
    r"\(\s*(?:hereinafter:?\s+|hierna:?\s+|the\s+so-called\s+|de\s+zogenaamde\s+|het\s+zogenaamde\s+)?"
    r"(?:the\s+|de\s+|het\s+)?[\"“']([^\"”']{3,40})[\"”']\s*\)"
)
# A use's defined name, in capitals: "Service Improvement", "Product Development".
DEFINED_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*")
# A programme's name: "Model Improvement Programme", "the Beta Program", "Kwaliteitsprogramma".
PROGRAMME_NAME = re.compile(
    r"\b((?:[A-Z][\w-]*\s+){1,4}(?:Programme|Program|Scheme|Pilot)|[A-Z]\w*programma)\b"
)


def _programme_joined(topic: Topic, sentences: Sentences, scope: str) -> str | None:
    """How a customer comes to be in the document's improvement programme: "opt_out" where it is
    in unless it leaves ("Participation is enabled by default"), "opt_in" where it must join ("The
    Programme is switched off by default", "unless Customer has opted in to the Programme"),
    None where the document does not say."""
    if not has(topic, "programme", scope):
        return None
    # (the same programme where the use names one: not "Customers are enrolled in the Beta
    # Program" for a use under the research programme)
    # (a name may be said with the vendor's name before it: "the Ofrina Collective Defense Program" is
    # "the Collective Defense Program")
    names = {
        " ".join(words[i:])
        for m in PROGRAMME_NAME.finditer(scope)
        for words in [m.group(1).lower().split()]
        for i in range(max(1, len(words) - 1))
    }
    about = [
        s.flat
        for s, _ in sentences
        if has(topic, "programme", s.flat)
        and (not names or any(n in s.flat.lower() for n in names) or not PROGRAMME_NAME.search(s.flat))
    ]
    if any(has(topic, "on_by_default", t) or has(topic, "programme_on", t) for t in about):
        return "opt_out"
    if any(has(topic, "opt_in", t) for t in about):
        return "opt_in"
    # "Customer may opt out of the Model Improvement Program at any time": in until it leaves.
    if any(has(topic, "opt_out", t) and not has(topic, "other_opt_out", t) for t in about):
        return "opt_out"
    return None


def _aggregates_used(topic: Topic, scope: str) -> bool:
    """Whether the use is of aggregated or anonymised data: not where they come only as a further
    purpose after a use of the data themselves ("de Persoonsgegevens te gebruiken voor het verbeteren
    van de Dienst ..., alsmede voor het opstellen van geanonimiseerde managementinformatie")."""
    also = first(topic, "aggregates_also", scope)
    # (only after a use of data not itself made anonymous: "statistische gegevens die niet tot personen
    # herleidbaar zijn gebruiken ..., alsmede voor ... geanonimiseerde benchmarkrapporten" stays aggregated)
    if also and not has(topic, "anonymous_words", scope[: also.start()]):
        return has(topic, "aggregated_only", scope[: also.start()])
    return has(topic, "aggregated_only", scope)


def _only_pseudonymised(topic: Topic, text: str) -> bool:
    """Whether the data is only made less identifying ("de-identified samples"), not aggregated or
    anonymised: still personal data, so a way out of its use decides, not the aggregation."""
    return has(topic, "pseudonymised", text) and not re.search(
        r"\b(aggregat|anonymi|geaggregeerd|geanonimiseerd)", text, re.I
    )


def _explained_next(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the sentence right after the use says where that use is explained ("... to operate,
    improve and develop Kestrelpine and our models. How we use Workspace Content for model
    improvement, and how you can control that, is explained in section A4")."""
    return _said_next(sentences, hit, lambda text: has(topic, "explained_elsewhere", text))


def _feedback_without_content(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the feedback a use names is said, in its sentence or the one right after, to carry
    none of the content it rates ("The feedback controls do not transmit the underlying code")."""
    return has(topic, "feedback_without_content", hit.sentence.flat) or _said_next(
        sentences, hit, lambda text: has(topic, "feedback_without_content", text)
    )


def _no_customer_data(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether what the hit uses is said to hold none of the customer's data (and is not derived
    from it): in its own sentence ("usage statistics, provided that they contain no Customer Data")
    or in the one right after, which speaks of it ("... houdt geanonimiseerde statistieken bij over
    het gebruik van de Assistent. Deze statistieken bevatten geen Klantdata")."""
    if has(topic, "derived_from", hit.sentence.flat):
        return False
    after = just_after(hit, sentences)
    # (the personal data it is said not to hold names no content: "mits deze gegevens geen
    # Persoonsgegevens bevatten")
    flat = blank(topic, "no_personal_data", hit.sentence.flat)
    usage_only = has(topic, "metadata", flat) and not has(topic, "content_word", flat)
    return any(
        (
            has(topic, "customer_data_excluded", s.flat)
            or (usage_only and has(topic, "no_personal_data", s.flat))
        )
        and not has(topic, "derived_from", s.flat)
        for s in [hit.sentence] + [s for s in after if THESE.match(s.flat)]
    )


# A ban on the use itself for a purpose of the vendor's: "will not use Customer Data for internal
# reporting ... except in aggregated form", "gebruikt Klantgegevens niet voor interne rapportage".
NOT_USED = re.compile(r"(not|never|niet|nooit)\s+(\w+\s+){0,3}?(use|gebruik(t|en)?)\b", re.IGNORECASE)
# ... in Dutch the verb comes first: "gebruikt Leverancier Klantgegevens niet voor ...".
USED_NOT = re.compile(r"\b(gebruik(t|en)?)\s+(\w+\s+){0,3}$", re.IGNORECASE)
OWN_PURPOSE = re.compile(
    r"\b(purposes?|own|internal|reporting|business|analytics|training|improv\w*|doel\w*|eigen|interne?|"
    r"rapportage|analyse\w*|verbeter\w*)\b",
    re.IGNORECASE,
)


def _those_figures(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the hit uses the figures the sentence before made from the data ("Verwerker verwerkt
    daartoe verzuimpercentages ... in geaggregeerde en geanonimiseerde vorm. Verwerker mag deze
    geaggregeerde cijfers ook gebruiken voor eigen publicaties")."""
    return (
        bool(FIGURES_BACK.search(hit.sentence.flat))
        and not has(topic, "content_word", hit.sentence.flat)
        and any(
            has(topic, "aggregated_only", s.flat) or AGGREGATE_WORD.search(s.flat)
            for s in just_before(hit, sentences)
        )
    )


# "these aggregated figures", "deze geaggregeerde cijfers", "such statistics"
FIGURES_BACK = re.compile(
    r"\b(these|such|those|deze|die|dergelijke)\s+(\w+\s+)?(statistics|statistieken|figures|cijfers|aggregates|"
    r"benchmarks?|benchmarkcijfers)\b",
    re.IGNORECASE,
)


# A sentence that speaks of the statistics or reports the one before named: "These statistics ...",
# "Deze statistieken ..." (not "Such models do not contain any Customer Data").
THESE = re.compile(
    r"^\W*(these|such|those|deze|die|dergelijke)\s+(\w+\s+)?(statistics|statistieken|reports|rapportages|"
    r"aggregates|figures|cijfers|overzichten)\b",
    re.IGNORECASE,
)


def _without_metadata_only(
    topic: Topic,
    sentences: Sentences,
    by_stance: dict[str, list[Hit]],
    name: str = "allowed",
    rules: tuple[str, ...] = tuple(AI_ORDER),
) -> list[Hit]:
    """The uses of stance `name` that decide beside a rule for the content itself, found among the
    hits of the stances `rules`. Where the document says how its
    content may be used for training ("will not use Customer Content to train ... unless Customer
    has opted in"), a use of data about how the service is used ("Usage Data, which does not
    contain Meeting Content, to improve the service") is not that content's use: it does not
    outweigh the rule, even where it is said to happen always. Alone, or for training, it still
    decides."""

    def metadata_only(hit: Hit) -> bool:
        # (a list item's own words: "We use personal data for these purposes: - to improve Vendor:
        # analysing usage information" names no content of its own)
        flat = hit.sentence.item
        return (
            (
                has(topic, "metadata", flat)
                or _that_metadata(topic, sentences, hit)
                or _of_the_metadata_before(topic, sentences, hit)
            )
            and not _names_content(topic, flat)
            # (training on it decides, unless the document says that data holds none of the content:
            # "Service Data does not include the content of Client Data")
            and (not has(topic, "training_word", flat) or _content_left_out(topic, sentences, hit))
        )

    # (a ban on using the data for the vendor's own purposes is such a rule too: "Verwerker verwerkt
    # de persoonsgegevens niet voor eigen doeleinden" beside "mag Gebruiksgegevens gebruiken voor de
    # verbetering van de Dienst")
    # (and so is a use of the content itself with a way out: "may use Customer Content ... for Service
    # Improvement, unless Customer opts out")
    content_rule = any(
        not metadata_only(h)
        and (
            has(topic, "training_word", h.sentence.flat)
            or has(topic, "model_word", h.sentence.flat)
            or (stance == "prohibited" and has(topic, "own_purposes", h.sentence.flat))
            or (stance in ("opt_in", "opt_out") and _names_content(topic, h.sentence.flat))
        )
        for stance in rules
        for h in by_stance[stance]
    )
    if not content_rule:
        return by_stance[name]
    return [h for h in by_stance[name] if not metadata_only(h)]


def _content_left_out(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the data a use names about the service is said, in the use's clause or just after
    it, to hold none of the customer's content ("Service Data does not include the content of
    Client Data")."""
    return any(
        (
            (hit.section and sec == hit.section)
            or s is hit.sentence
            or 0 <= s.start - hit.sentence.end <= METADATA_BEFORE
        )
        and has(topic, "metadata", s.flat)
        and has(topic, "excludes_content", s.flat)
        for s, sec in sentences
    )


NEGATED_MODAL = re.compile(r"\b(may|can|mag|mogen|kan|kunnen)\s+(not|never|niet|nooit)\b", re.IGNORECASE)


def _under_prohibition(topic: Topic, hit: Hit, prohibitions: list[Hit]) -> bool:
    """Whether a prohibition earlier in the hit's own sentence still governs it."""
    for ban in prohibitions:
        if ban.sentence.start == hit.sentence.start and ban.match.start() < hit.match.start():
            # (a modal the ban itself negates turns nothing: "may not use your prompts ... to train")
            between = NEGATED_MODAL.sub(" ", hit.sentence.flat[ban.match.start() : hit.match.start()])
            if not has(topic, "turn", between):
                return True
    return False


def _names_content(topic: Topic, text: str) -> bool:
    """Whether the text names the customer's content, once what it says is left out is set aside
    ("Usage Information, which does not contain Meeting Content")."""
    return has(topic, "content_word", blank(topic, "content_excluded", text))


def _of_the_metadata_before(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the hit goes on about aggregated data that its clause, just before, made from data
    about the service's use ("Threadline may create and use De-identified Data derived from usage
    metadata ... to improve the Services. De-identified Data will not include the content ...")."""
    return bool(hit.section) and any(
        sec == hit.section
        and 0 <= hit.sentence.start - s.end <= METADATA_BEFORE
        and has(topic, "metadata", s.flat)
        and has(topic, "aggregated_only", s.flat)
        and not _names_content(topic, s.flat)
        for s, sec in sentences
    )


METADATA_BEFORE = 400  # characters: how far back in its clause that data may have been named


def _that_metadata(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the use names the data about the service's use that the sentence just before it
    collects ("We also collect information about how the Services are used. We use that
    information to run and improve our business"), not data about people ("telemetry information
    about you ... GitHub may use this information to improve our products")."""
    # (the sentence right before, and one that names no content beside the usage data: not "...,
    # including the files and messages you upload")
    return has(topic, "that_data", hit.sentence.flat) and any(
        has(topic, "metadata", s.flat)
        and not has(topic, "about_people", s.flat)
        and not _names_content(topic, s.flat)
        for s in just_before(hit, sentences)
    )


def _those_aggregates(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the use names the aggregates that the sentence just before it makes ("... maken we
    samengevoegde statistieken, waarin geen personen herkenbaar zijn. Die statistieken gebruiken we
    om Roosterwijs te verbeteren")."""
    # (not "These insights, together with the underlying chat transcripts, are used to train"; the
    # content the aggregates come from, in a clause before the use's own, is no content used: "We
    # create aggregated statistics from conversations ..., and we use these statistics to improve")
    # (what the clause says is no personal data is none: "it does not have the consideration of personal
    # data and Vendor can use it to improve the platform")
    if _names_content(topic, clause_of(hit)):
        return False
    # ("We may compile aggregated, anonymous statistics ..., and we may use those statistics to
    # improve the Service": named earlier in the same sentence)
    flat = hit.sentence.flat
    # (or just before the use's verb: "..., en deze kengetallen te gebruiken voor de benchmarks")
    if (
        has(topic, "aggregated_only", flat[: hit.match.end()])
        or AGGREGATE_WORD.search(flat, 0, hit.match.start())
    ) and has(topic, "aggregates_named", flat[max(0, hit.match.start() - NAMED_BEFORE) : hit.match.end()]):
        return True
    return has(topic, "those_aggregates", flat) and any(
        shortly_after(hit.sentence, hit.section, s, sec, BACK_REFERENCE)
        and has(topic, "aggregated_only", s.flat)
        for s, sec in sentences
    )


def _aggregates_said_next(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the sentence right after the use says that only aggregates serve it ("... mag Verwerker
    transactiegegevens gebruiken voor ... de verbetering van de Dienst. Verwerker gebruikt daarvoor
    uitsluitend geaggregeerde en geanonimiseerde gegevens", "For this purpose Vendor uses only
    aggregated data")."""
    return _said_next(
        sentences,
        hit,
        lambda text: (
            has(topic, "back_reference", text)
            and bool(ONLY_WORD.search(text))
            and has(topic, "aggregated_only", text)
            # (data used, not results published or shared: "For this purpose, Processor publishes only
            # aggregated benchmark statistics", "Daarvoor deelt Verwerker uitsluitend geaggregeerde
            # rapportages")
            and bool(USES_DATA.search(text))
            and not SHARES.search(text)
            and not _names_content(topic, text)
        ),
    )


USES_DATA = re.compile(r"\b(uses?|used|using|gebruikt|gebruiken|gebruik|ingezet|inzet)\b", re.IGNORECASE)
SHARES = re.compile(
    r"\b(publish\w*|shares?|shared|disclos\w*|reports?|publiceer\w*|deelt|delen|gedeeld|rapportage\w*)\b",
    re.IGNORECASE,
)
ONLY_WORD = re.compile(r"\b(only|solely|exclusively|uitsluitend|alleen|enkel|slechts)\b", re.IGNORECASE)


def _opt_out_after(topic: Topic, hit: Hit) -> bool:
    """An opt-out later in the use's own sentence: "..., and you may object to this processing at
    any time" (not one from marketing e-mail)."""
    rest = hit.sentence.flat[hit.match.end() :]
    return has(topic, "opt_out", rest) and not has(topic, "other_opt_out", rest)


LEAVING_REACH = 600  # characters: the opt-in's own paragraph
OWN_OBJECT = re.compile(
    r"\s+(of|from|van)\s+(\w+\s+){0,2}(training|use|improvement|trainen|gebruik)\b", re.IGNORECASE
)
OPT_OUT_WORD = re.compile(
    r"\b(opts?[- ]out|opting[- ]out|opted[- ]out|withdraw\w*|afmelden|meldt\s+\w+\s+af)\b", re.IGNORECASE
)


def _leaves_the_opt_in(hit: Hit, opt_ins: list[Hit]) -> bool:
    """Whether a bare way out follows an opt-in in its own clause: "An Owner may opt in to the Model
    Improvement Program ... While the Organization is opted in, Vendor may use ... An Owner may opt
    out at any time" is the opt-in's other half, not a use that holds until one leaves. (Not a
    switch of its own: "You can turn off model training on your conversations at any time".)"""
    word = OPT_OUT_WORD.search(hit.sentence.flat)
    # (not a way out of training named as such: "Customer may opt out of model training on all other
    # conversations")
    if not word or OWN_OBJECT.match(hit.sentence.flat, word.end()):
        return False
    return any(
        same_article(o.section, hit.section) and 0 <= hit.sentence.start - o.sentence.end <= LEAVING_REACH
        for o in opt_ins
    )


def _opted_in_first(topic: Topic, flat: str) -> bool:
    """Whether the sentence opens on the customer's opt-in, which governs all it goes on to say:
    "If the End User selects the option "Share this conversation" ..., the Prompts ... will be
    transmitted to Orrinwave ..., and Orrinwave may use that conversation ... to improve"."""
    opening = CONDITION_OPENING.match(flat)
    return opening is not None and has(topic, "opt_in", opening.group(0))


# A condition that opens the sentence, up to its comma: "If ..., ", "Als ..., ".
CONDITION_OPENING = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(if|where|when|once|als|indien|wanneer|zodra)\b[^,;]{0,200},", re.IGNORECASE
)


def _set_just_before(topic: Topic, sentences: Sentences, hit: Hit, scope: str) -> bool:
    """Whether the use's data is the data of a setting or programme switched on in the sentence
    just before it ("Where the Customer enables the Improvement Programme, ... Orsenne shall apply
    filtering ... before such content is used for training")."""
    # (a setting for training or improvement, not "the sharing feature"; and a use that does not go
    # on whatever the setting: "regardless of that option")
    return (
        bool(THAT_CONTENT.search(scope))
        and not STILL.search(scope)
        and any(
            has(topic, "setting_on", s.flat) and _about_training(topic, s.flat)
            for s in just_before(hit, sentences)
        )
    )


# The data named just before: "such content", "the shared conversations", "die gegevens".
THAT_CONTENT = re.compile(
    r"\b(such|that|this|these|those|the\s+shared|the\s+relevant|die|deze|dergelijke)\s+(customer\s+)?"
    r"(content|data|conversations?|inputs?|prompts?|gegevens|inhoud|gesprekken)\b",
    re.IGNORECASE,
)


def _opt_out_before(topic: Topic, hit: Hit) -> bool:
    """A way out of training earlier in the use's own sentence: "Customer can indicate in the
    settings that its data may not be used to train models; absent that choice, we use data to
    improve the AI features"."""
    before = hit.sentence.flat[: hit.match.start()]
    # (not a way out of some uses only, beside one said to happen always: "You can opt out of model
    # training for Beta features only; Customer Data in the Core Service is always used to train")
    return (
        has(topic, "opt_out", before)
        and has(topic, "training_word", before)
        and not has(topic, "other_opt_out", before)
        and not has(topic, "always", clause_of(hit))
        and not ONLY_SOME.search(before)
    )


ONLY_SOME = re.compile(r"\b(only|alleen|uitsluitend)\s*[;,]|\bfor\s+[\w\s-]{1,40}\s+only\b", re.IGNORECASE)


# A use that goes on whatever was chosen: "Vendor may still use ...", "regardless of that option".
STILL = re.compile(
    r"\b(still|nevertheless|nonetheless|regardless|irrespective|continue[sd]?\s+to|nog\s+steeds|toch|ongeacht|"
    r"blijft|blijven)\b",
    re.IGNORECASE,
)


# A clause that refers back to the condition just stated: "in that case", "in dat geval".
IN_THAT_CASE = re.compile(
    r"^\W*(in\s+(that|this|which|such\s+a|such)\s+case|if\s+so|in\s+(dat|dit|die|welk)\s+geval(len)?)\b",
    re.IGNORECASE,
)


def _points_back_to_training(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the hit's sentence refers back ("hiervoor", "for this purpose") to a sentence about
    AI training just before it in the same clause."""
    return has(topic, "back_reference", hit.sentence.flat) and _said_just_before(
        sentences, hit, lambda text: _about_training(topic, text)
    )


def _follows_a_trained_model(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether a sentence just before the hit's says the vendor trains a model (its verb and its
    object), which the hit's "daarvoor" or "for this purpose" then speaks of."""
    return _said_just_before(sentences, hit, lambda text: has(topic, "trains_model", text))


def _said_just_before(sentences: Sentences, hit: Hit, said: Callable[[str], bool]) -> bool:
    """Whether a sentence ending just before the hit's, in its clause, says what `said` looks for: the
    one a "hiervoor" or "for this purpose" points back to."""
    return any(
        shortly_after(hit.sentence, hit.section, s, sec, BACK_REFERENCE) and said(s.flat)
        for s, sec in sentences
    )


def _said_next(sentences: Sentences, hit: Hit, said: Callable[[str], bool]) -> bool:
    """Whether the sentence right after the hit's, in its clause, says what `said` looks for (the twin
    of `_said_just_before`)."""
    return any(said(s.flat) for s in just_after(hit, sentences))


def _opt_out_nearby(topic: Topic, sentences: list, hit: Hit) -> bool:
    """An opt-out offered further on in the same passage qualifies the use just described
    ("we use these data to build models ... You can switch these features off"), unless it is a
    way out of something else (marketing e-mail, notifications). So does one just before it ("...
    kun je het uitzetten. Uitzetten geldt vanaf dat moment; wat al is gebruikt om te trainen ...")."""
    return any(
        (
            (
                same_article(section, hit.section)
                and (
                    0 <= sentence.start - hit.sentence.end <= OPT_OUT_REACH
                    or 0 <= hit.sentence.start - sentence.end <= OPT_OUT_BEFORE
                )
            )
            # (or the very next item of a numbered list: "2. ... uses the data ... for training ...
            # 3. Customer can switch off the use of its data for model training")
            or 0 <= sentence.start - hit.sentence.end <= ADJACENT
        )
        and has(topic, "opt_out", sentence.flat)
        and (not has(topic, "other_opt_out", sentence.flat) or _about_training(topic, sentence.flat))
        and not _hollow(topic, sentences, sentence, section)
        and not _leaves_another(topic, sentence.flat, hit)
        and not _only_stops_sending(topic, sentences, sentence, section, hit)
        # (nor the withdrawal of a consent asked just before for something else: "With your separate,
        # explicit consent, ... we may share ... for research. You can withdraw this consent at any time")
        and not _ends_an_explicit_consent(topic, sentences, sentence, section)
        for sentence, section in sentences
    )


def _ends_an_explicit_consent(topic: Topic, sentences: Sentences, sentence: Sentence, section: str) -> bool:
    """Whether the sentence withdraws "this consent", one asked expressly in it or just before it."""
    withdrawn = first(topic, "withdraws_that_consent", sentence.flat)
    if withdrawn is None:
        return False
    # (not where the sentence offers a way out of more: "You can withdraw this consent, and opt out of
    # model training, at any time")
    if any(
        m.start() >= withdrawn.end() or m.end() <= withdrawn.start()
        for m in topic.all_matches("opt_out", sentence.flat)
    ):
        return False
    before = just_before(Hit("withdraws_that_consent", sentence, section, withdrawn), sentences)
    # (nor a consent given by accepting the terms, which is the default: "Upon your explicit consent,
    # which you give by accepting these Terms")
    said = [s for s in [sentence, *before] if has(topic, "explicit_consent", s.flat)]
    return bool(said) and not any(has(topic, "consent_by_terms", s.flat) for s in said)


POSSESSIVE = re.compile(r"['’]s?\b")
# What a way out names as what it leaves: "opt out of Smart Summaries", "afmelden voor "Productupdates"".
LEFT_BY_NAME = re.compile(
    r"\s*(of|from|for|voor|van)?\s*(the\s+|de\s+|het\s+)?[\"“']?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
)


def _leaves_another(topic: Topic, flat: str, hit: Hit) -> bool:
    """Whether a way out names, as what it leaves, a thing other than the use the hit gave a name
    ("... to train our transcription engine ("Voice Learning"). You may opt out of Smart Summaries")."""
    names = _bracketed_names(hit.sentence.flat)
    for way_out in topic.all_matches("opt_out", flat):
        left = LEFT_BY_NAME.match(flat, way_out.end())
        # (a party's name is no other thing: "opt out of Acme's use of its content")
        if left and POSSESSIVE.match(flat, left.end()):
            continue
        if (
            names
            and left
            and not any(
                _names_term(left.group(3), name) or _names_term(name, left.group(3)) for name in names
            )
        ):
            return True
        # (a feature the switch names before its verb, which the use does not name and which is no
        # training: "De Vereniging kan Clubvoordeel uitschakelen" beside "mag de gegevens ... gebruiken
        # om de Dienst te ... verbeteren")
        named = first(topic, "switch_named", flat[: way_out.start()])
        if (
            named
            and not _names_term(hit.sentence.flat, named.group(1))
            and not _about_training(topic, named.group(1))
        ):
            return True
    return False


# "subject to § 4.3", "as described in Section 5", "onder voorbehoud van artikel 4.3"
CLAUSE_REFERENCE = re.compile(
    r"\b(subject\s+to|under|pursuant\s+to|as\s+(described|set\s+out)\s+in|in\s+accordance\s+with|onder\s+voorbehoud\s+van|"
    r"zoals\s+(beschreven|bepaald)\s+in|conform|(?:wat|zoals)\s+(?:hierboven\s+|hieronder\s+)?in)\s+"
    r"(§+|sections?|clauses?|articles?|artikel(en)?|paragraaf)\s*"
    r"(\d+(?:\.\d+)*)",
    re.IGNORECASE,
)


# A consent that names the clause it is given for: "de toestemming bedoeld in artikel 3.2", "the
# consent referred to in Section 3.2".
CONSENT_REFERENCE = re.compile(
    r"\b(toestemming|instemming|consent|permission|authori[sz]ation)\s+(\w+\s+){0,2}?"
    r"(bedoeld|genoemd|referred\s+to|mentioned|described)\s+in\s+"
    r"(artikel|article|section|clause|paragraph|paragraaf)\s*(\d+(?:\.\d+)*)",
    re.IGNORECASE,
)


def _named_clauses(
    scope: str, sentences: Sentences, reference: re.Pattern[str] = CLAUSE_REFERENCE
) -> Sentences:
    """The sentences of the clauses that a use names as its terms ("subject to § 4.3")."""
    numbers = {m.groups()[-1] for m in reference.finditer(scope)}
    # (a clause whose number opens its sentence is that clause, whatever section it was filed under:
    # "4.1 Consumer Services When you use ..." read in section 4)
    return [
        (s, sec)
        for s, sec in sentences
        if any(
            sec == n or sec.startswith(n + ".") or re.match(rf"\W*{re.escape(n)}\s", s.flat) for n in numbers
        )
    ]


def _any(topic: Topic, signal: str, sentences: Sentences) -> bool:
    return any(has(topic, signal, s.flat) and not _hollow(topic, sentences, s, sec) for s, sec in sentences)


HOLLOW_REACH = 40  # characters: the sentence right after a switch-off that says what it leaves alone


def _on_by_default(topic: Topic, sentences: Sentences, hit: Hit, anywhere: bool) -> bool:
    """Whether the setting a use depends on is on by default: said of training anywhere, or said in
    the use's own article ("Deze instelling staat standaard aan")."""
    return anywhere or any(
        same_article(sec, hit.section) and has(topic, "on_by_default", s.flat) for s, sec in sentences
    )


def _hollow(topic: Topic, sentences: Sentences, sentence: Any, section: str) -> bool:
    """A switch-off that leaves the vendor's use alone ("Switching off those features ... does not
    limit Vendor's rights under Section 4.1") is no way out of it."""
    return _said_with_the_switch(sentences, sentence, section, lambda text: _no_way_out(topic, text))


def _only_stops_sending(topic: Topic, sentences: Sentences, switch: Any, section: str, hit: Hit) -> bool:
    """A feature's off switch whose one consequence is that the data no longer goes to another party
    ("De klant kan Kwestora Inzicht uitschakelen. De open antwoorden worden dan niet naar de
    AI-leverancier gestuurd") is no way out of the vendor's own use ("Wij gebruiken open antwoorden
    om ... een eigen classificatiemodel te trainen"); it is where the use was that party's."""
    # (the party that uses it, named before the use: not "..., and we never sell them to third parties")
    if has(topic, "other_party", hit.sentence.flat[: hit.match.start()]):
        return False
    return _said_with_the_switch(
        sentences,
        switch,
        section,
        lambda text: has(topic, "stops_sending", text) and not _about_training(topic, text),
    )


def _said_with_the_switch(
    sentences: Sentences, switch: Any, section: str, said: Callable[[str], bool]
) -> bool:
    """Whether the switch-off's own sentence, or the one right after it, says what `said` looks for."""
    return said(switch.flat) or any(
        shortly_after(s, sec, switch, section, HOLLOW_REACH) and said(s.flat) for s, sec in sentences
    )


def _no_way_out(topic: Topic, text: str) -> bool:
    return has(topic, "no_way_out", text) or has(topic, "left_in_training", text)


def _about_training(topic: Topic, text: str) -> bool:
    return has(topic, "training_word", text) or has(topic, "improvement_context", text)


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/ai_training.yaml fill in."""
    return {
        "ai_phrase": " (including AI model training)" if facts.get("mentions_ai") else "",
        "instructions_phrase": " on the customer's documented instructions"
        if facts.get("instructions_only")
        else "",
    }
