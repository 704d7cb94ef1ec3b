# ruff: noqa: E501 - a table of contract wordings reads best one sentence per line
"""Reading rules on sentences of our own writing, in English and Dutch: words rather than
spellings, who does what and how strongly, where data is, conclusions from what a clause omits,
and facts that come from the quotes cited."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import text_document
from test_rules import PROMPTS, TOPICS, finding

from clausecheck.reading import Phrase, words


@pytest.mark.parametrize(
    ("one", "other"),
    [("deelt", "delen"), ("opzegt", "opzegging"), ("geanonimiseerd", "geanonimiseerde"),
     ("gewist", "wissen"), ("verbetert", "verbeteren"), ("shared", "sharing"), ("sub-processors", "subprocessor"),
     # (Snowball takes "-ig" off the infinitive only: "vernietigt", "vernietigd", "gewijzigd")
     ("vernietigt", "vernietigen"), ("vernietigd", "vernietigen"), ("gewijzigd", "wijzigen"), ("beëindigt", "beëindigen")],
)  # fmt: skip
def test_inflections_of_one_word_read_alike(one: str, other: str) -> None:
    assert (
        words(one).stems["nl"] == words(other).stems["nl"]
        or words(one).stems["en"] == words(other).stems["en"]
    )


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # later items keep the lead-in; the item's own second sentence keeps its own words
        ("The Supplier shall not:\n(a) sell it. This includes brokers.\n(b) train on it.\n(c) disclose it.",
         ["", "The Supplier shall not", "", "The Supplier shall not", "The Supplier shall not"]),
        ("Verwerker zal niet:\n- de gegevens verkopen. Dit geldt ook voor makelaars.\n- de gegevens gebruiken om te trainen.",
         ["", "Verwerker zal niet", "", "Verwerker zal niet"]),
        # a numbered clause after the list is no item of it; nor is "(d)" after "(b)"
        ("The Supplier shall not:\n(a) sell it.\n4. Security. The Supplier may host it.", ["", "The Supplier shall not", "", ""]),
        ("The Supplier shall not:\n(a) sell it. Note.\n(d) train on it.", ["", "The Supplier shall not", "", ""]),
    ],
)  # fmt: skip
def test_a_list_stays_open_past_an_item_of_two_sentences(text: str, leads: list[str]) -> None:
    from clausecheck.sentences import split_sentences, with_lead_ins

    assert [s.lead for s in with_lead_ins(split_sentences(text))] == leads


def test_a_phrase_with_gaps_matches_in_order_and_not_out_of_order() -> None:
    phrase = Phrase.parse("return … or … destroy")
    assert phrase.search("the Supplier shall return to the Client or securely destroy all data")
    assert not phrase.search("the Supplier shall destroy the data or return the equipment")
    found = Phrase.parse("delen … met … derden").search("Mozilla deelt deze informatie met derden.")
    assert found and found.group(0) == "deelt deze informatie met derden"


CASES = [
    # A prohibition negates like "not" does, in both languages.
    ("ai_training", "The Supplier is prohibited from using Customer Data to improve its products.", "en", "prohibited"),
    ("ai_training", "De Leverancier zal de persoonsgegevens onder geen enkele omstandigheid voor eigen doeleinden gebruiken.", "nl", "prohibited"),
    ("ai_training", "De Leverancier gebruikt de klantgegevens om haar diensten te verbeteren.", "nl", "allowed"),
    # A purpose limitation is an instructions-only clause.
    ("ai_training", "The Supplier shall only process the personal data for the following purposes: hosting and support.", "en", "prohibited"),
    ("ai_training", "De Leverancier verwerkt de persoonsgegevens uitsluitend ter uitvoering van de Overeenkomst.", "nl", "prohibited"),
    # A list item inherits the subject and modality of its lead-in.
    ("ai_training", "The Supplier shall not:\n(a) sell the Customer Data;\n(b) use the Customer Data to train machine learning models.", "en", "prohibited"),
    # ... also past an item of two sentences, and in a list numbered "1.", "2." that a colon opens.
    ("ai_training", "The Supplier shall not:\n(a) sell the Customer Data. This includes data brokers.\n(b) use the Customer Data to train machine learning models.", "en", "prohibited"),
    ("ai_training", "Het is Leverancier niet toegestaan om:\n1. Klantgegevens aan derden te verstrekken. Dit geldt niet voor subverwerkers.\n2. Klantgegevens in te zetten als trainingsdata voor taalmodellen.", "nl", "prohibited"),
    # Passive voice counts like active; Dutch verb forms like their infinitive.
    ("subprocessors", "Usage information may be shared with affiliates and other third parties.", "en", "general_no_notice"),
    ("subprocessors", "De Dienst deelt informatie met derden om de dienst te kunnen leveren.", "nl", "general_no_notice"),
    # Sharing the customer directs gives the customer the say.
    ("subprocessors", "Upon your instructions, we may share this data with third-party applications of your choosing.", "en", "not_addressed"),
    # Conclusions from what a clause omits.
    ("subprocessors", "An up to date list of the subcontractors can be found on our website.", "en", "general_no_notice"),
    ("backups", "Backup copies are kept for a limited period and then removed.", "en", "time_limited"),
    ("deletion", "Na opzegging zal de Leverancier alle persoonsgegevens wissen of aan de Klant terugbezorgen.", "nl", "return_or_delete"),
    ("deletion", "After termination the Supplier shall submit to the Client or destroy all data sets.", "en", "return_or_delete"),
    ("deletion", "Wanneer de Klant het abonnement opzegt, worden deze gegevens verwijderd.", "nl", "deleted"),
    # Location is about where data is, not which law applies or where a transfer starts.
    ("data_location", "This Agreement is governed by the laws of Germany and data protection terms are as defined in EU law.", "en", "not_addressed"),
    ("data_location", "The Supplier is a company established in the United States. The Standard Contractual Clauses apply to transfers of personal data from the EEA to the Supplier.", "en", "outside_eu"),
    ("data_location", "Where the Processor transfers Personal Data to a third country, it shall ensure that the Standard Contractual Clauses apply.", "en", "eu_with_transfers"),
    ("data_location", "Acme Inc. processes Customer Data in the United States. Transfers are made under the EU Standard Contractual Clauses.", "en", "outside_eu"),
    ("data_location", "Customer Data is hosted in Ireland. Our support engineers may access Customer Data from the United States.", "en", "eu_with_transfers"),
    ("data_location", "Personal data is stored exclusively in a member state of the European Union.", "en", "eu_only"),
    ("data_location", "De persoonsgegevens worden uitsluitend binnen de Europese Unie opgeslagen.", "nl", "eu_only"),
    # Staff limits in other words.
    ("staff_access", "Access to internal systems is provided only to authorized personnel on a need-to-have basis.", "en", "restricted"),
    ("staff_access", "Medewerkers van de Leverancier die toegang hebben tot persoonsgegevens zijn gebonden aan een geheimhoudingsplicht.", "nl", "restricted"),
]  # fmt: skip


def test_deletion_at_termination_itself_is_zero_days_and_its_quote_is_cited() -> None:
    text = "As soon as the agreement is terminated, the Supplier shall destroy all personal data in its possession."
    result = finding("deletion", text)
    assert result.stance == "deleted" and result.facts["deletion_days"] == 0
    assert any("As soon as the agreement is terminated" in c.quote for c in result.citations)


@pytest.mark.parametrize(
    ("text", "language", "caveats"),
    [
        ("Na afloop van de overeenkomst zal de Leverancier, op verzoek van de Klant, alle persoonsgegevens, voor zover mogelijk, verwijderen.", "nl", ["on_request", "as_far_as_possible"]),
        ("Upon termination the Supplier shall delete all Customer Data, unless otherwise agreed in writing.", "en", ["unless_agreed"]),
        ("Upon termination the Supplier shall delete all Customer Data within 30 days.", "en", None),
    ],
)  # fmt: skip
def test_qualifiers_of_the_deciding_clause_become_caveats(
    text: str, language: str, caveats: list[str] | None
) -> None:
    result = finding("deletion", text, language)
    assert result.stance == "deleted"
    assert result.facts.get("caveats") == caveats


def test_the_legal_retention_exception_is_read_in_dutch_and_english() -> None:
    dutch = finding(
        "deletion",
        "Na beëindiging verwijdert de Leverancier alle persoonsgegevens, tenzij een wettelijke bewaarplicht anders vereist.",
        "nl",
    )
    english = finding(
        "deletion",
        "Upon termination the Supplier deletes all personal data unless applicable law requires otherwise.",
    )
    assert dutch.facts["legal_retention_exception"] and english.facts["legal_retention_exception"]
    assert "legal_retention_exception" in dutch.facts["caveats"]


def test_a_notice_period_is_shown_only_with_the_sentence_that_gives_it() -> None:
    text = (
        "Customer authorises Supplier to engage sub-processors. Supplier will inform Customer of any new "
        "sub-processor at least 30 days in advance, and Customer may object to the change. Invoices are payable within 14 days before delivery."
    )
    result = finding("subprocessors", text)
    assert result.stance == "notice_and_objection" and result.facts["notice_days"] == 30
    assert any("30 days in advance" in c.quote for c in result.citations)


def test_the_reading_words_are_data() -> None:
    reading = TOPICS["deletion"].reading
    assert reading is not None and "on_request" in reading.caveats
    assert reading.negation.search("onder geen enkele omstandigheid") and reading.negation.search(
        "is prohibited from"
    )
    assert reading.negation.search("Vendor has no obligation to")  # "no", which YAML would read as false


def test_a_bare_yaml_boolean_in_a_word_list_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    from clausecheck.errors import ConfigError
    from clausecheck.topics import load_reading

    shipped = (PROMPTS / "reading.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "reading.yaml"
    broken.write_text(shipped.replace('[not, never, "no",', "[not, never, no,"), encoding="utf-8")
    with pytest.raises(ConfigError, match='put words such as "no" in quotes'):
        load_reading(broken)


def test_a_shared_part_of_a_pattern_is_written_once_and_a_misspelt_one_is_refused(tmp_path: Path) -> None:
    from clausecheck.errors import ConfigError
    from clausecheck.topics import load_topic

    shipped = (PROMPTS / "deletion.yaml").read_text(encoding="utf-8")
    assert shipped.count("{{law_words}}") > 1  # one list of the law's words serves several signals
    # The part reaches every signal that names it: a retention row the law makes the vendor keep is
    # no deletion, whichever words the table uses.
    topic = load_topic(PROMPTS / "deletion.yaml")
    rows = [p for p in topic.signals["storage_limit"] if "[•▪●]" in p.pattern]
    assert rows and all(not p.search("• Invoices kept by law: 7 years after termination") for p in rows)
    assert any(p.search("• Content files 45 days after contract end") for p in rows)
    broken = tmp_path / "deletion.yaml"
    broken.write_text(shipped.replace("{{law_words}}", "{{law_word}}", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match="names no part 'law_word'"):
        load_topic(broken)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Customer shall not use the Service to train competing machine learning models.", "en"),
        ("You may use the outputs to train and improve your own models.", "en"),
        ("De Klant zal de dienst niet gebruiken om concurrerende modellen te trainen.", "nl"),
    ],
)
def test_what_the_customer_promises_says_nothing_of_the_vendors_own_use(text: str, language: str) -> None:
    assert finding("ai_training", text, language).stance == "not_addressed"


def test_customer_data_names_data_not_an_actor() -> None:
    result = finding("ai_training", "Customer Data will not be used to train or improve any AI models.")
    assert result.stance == "prohibited"


def test_the_vendors_clause_is_cited_before_a_definition_and_before_the_customers() -> None:
    text = (
        '"Deletion" means the permanent erasure of data.\n'
        "Upon termination, the Customer may export its data.\n"
        "Upon termination, the Supplier shall delete all Customer Data within 30 days."
    )
    result = finding("deletion", text)
    assert result.stance == "deleted" and "the Supplier shall delete" in result.citations[0].quote


def test_a_notice_period_in_the_next_sentence_of_the_clause_counts() -> None:
    text = (
        "7.2 The Supplier may engage sub-processors and will inform the Customer of any intended change. "
        "Such notice is given at least 30 days before the change, and the Customer may object to it."
    )
    result = finding("subprocessors", text)
    assert result.stance == "notice_and_objection" and result.facts["notice_days"] == 30
    assert any("30 days before" in c.quote for c in result.citations)


def test_a_numbered_title_is_a_heading_not_evidence() -> None:
    from clausecheck.extract.evidence import is_heading

    assert is_heading("5.2 List of Current Subprocessors and Notification of New Subprocessors.")
    assert not is_heading("5.2 The Supplier will notify the Customer of new Subprocessors.")


def test_each_fact_names_the_quote_that_says_it() -> None:
    text = (
        "Upon termination the Supplier shall, at the Customer's choice, return or delete all personal data. "
        "The Supplier will confirm the deletion in writing.\n"
        "Deletion is completed within 45 days after the end of the Agreement."
    )
    result = finding("deletion", text)
    assert result.facts["deletion_days"] == 45 and result.facts["certificate"]
    days_quote = result.citations[result.sources["deletion_days"] - 1].quote
    assert "45 days" in days_quote
    assert "in writing" in result.citations[result.sources["certificate"] - 1].quote


def test_a_long_sentence_is_quoted_from_the_clause_that_holds_the_phrase() -> None:
    filler = "the Supplier maintains an information security programme with regular reviews and audits"
    text = (
        f"The Supplier shall take appropriate measures: {filler}; {filler}; {filler}; "
        f"upon termination the Supplier shall delete all Customer Data within 30 days; {filler}; {filler}."
    )
    result = finding("deletion", text)
    quote = result.citations[0].quote
    assert len(quote) <= 400 and quote.startswith("upon termination the Supplier shall delete")
    assert quote.rstrip(";,. ").endswith(("within 30 days", "audits"))


MORE_CASES = [
    ("subprocessors", "Some obligations may be performed by third parties in the absence of the Client's prior consent.", "en", "general_no_notice"),
    ("ai_training", "The Supplier may only process that data in accordance with the instructions of the Client.", "en", "prohibited"),
    ("ai_training", "De Leverancier verwerkt de gegevens alleen op basis van de instructies van de Klant.", "nl", "prohibited"),
    ("staff_access", "Hieronder valt mede, maar niet uitsluitend, de tijd die medewerkers besteden aan ondersteuning.", "nl", "not_addressed"),
    ("staff_access", "De Leverancier geeft alleen inzage aan werknemers die een legitieme reden tot inzage hebben.", "nl", "restricted"),
]  # fmt: skip


def test_copies_kept_until_overwritten_outweigh_a_period_for_one_kind_of_log() -> None:
    text = (
        "Systeemlogboeken van DNS-aanvragen worden binnen 24 uur verwijderd. "
        "Back-ups worden bewaard totdat zij in de reguliere back-upcyclus worden overschreven."
    )
    assert finding("backups", text, "nl").stance == "until_overwritten"
    assert (
        finding("backups", "Backups are retained for 35 days and then overwritten.").stance == "time_limited"
    )


def test_the_llm_prompt_gives_a_list_item_its_lead_in() -> None:
    from clausecheck.extract.llm import build_prompt
    from clausecheck.models import Chunk
    from clausecheck.retrieve import Retrieved

    text = (
        "4. Use of data\nThe Supplier shall not:\n(a) sell the data;\n(b) use the data to train any models."
    )
    doc = text_document(text)
    start = text.index("(b)")
    chunk = Chunk("c1", "t", text[start:], start, len(text), [1], "4")
    prompt = build_prompt(TOPICS["ai_training"], Retrieved("ai_training", [], [chunk]), doc)
    assert "(continues: The Supplier shall not ...)\n(b) use the data to train" in prompt


REVIEW_CASES = [
    # A heading is no lead-in: the item's own negation decides.
    ("ai_training", "Use of Customer Data\n(a) We will not use Customer Data to train or improve any models.", "en", "prohibited"),
    # The subject follows an opening condition; "agrees that" leaves the promise with the vendor.
    ("ai_training", "If you do not opt out, we will use your content to train our models.", "en", "opt_out"),
    ("ai_training", "You agree that we may use your data to improve our services.", "en", "allowed"),
    # "Nothing in this Agreement shall prevent" grants; it does not ban.
    ("ai_training", "Nothing in this Agreement shall prevent Provider from using Customer Data to improve its services.", "en", "allowed"),
    # A stated backup period stands, however the copies are rotated.
    ("backups", "Backups are retained for 35 days. Backup media are overwritten in a rotating cycle.", "en", "time_limited"),
    # Consent required, and a list in an annex: no conclusion of use without a say.
    ("subprocessors", "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. De lijst van subverwerkers staat in Bijlage 2.", "nl", "prior_consent"),
    # Staff who may access everything outweigh a need-to-know promise elsewhere.
    ("staff_access", "Access is granted on a need-to-know basis. Our support staff may access all customer data at any time.", "en", "broad"),
    # Art. 28(2): general authorisation, notice of intended changes, objection.
    ("subprocessors", "8.1 The Controller authorises the Processor to engage sub-processors. The Processor shall inform the Controller of any intended changes at least 30 days in advance, giving the Controller the opportunity to object.", "en", "notice_and_objection"),
]  # fmt: skip


def test_a_caveat_belongs_to_its_own_clause() -> None:
    text = "At termination the Processor shall delete the data; the Customer may request a certificate upon request."
    assert finding("deletion", text).facts.get("caveats") is None


def test_short_codes_are_countries_only_in_capitals() -> None:
    from clausecheck.extract.facts import trace_facts
    from clausecheck.models import Citation

    facts, untraced = trace_facts(
        TOPICS["data_location"], {"regions": ["US", "IT"]}, [Citation(1, "let us know if it is stored")]
    )
    assert facts["regions"] is None and untraced == ["regions"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We will only retain your information for as long as is necessary for the purposes described in this policy.", "en"),
        ("Wij bewaren uw persoonsgegevens niet langer dan noodzakelijk voor de doeleinden van deze verklaring.", "nl"),
    ],
)  # fmt: skip
def test_kept_no_longer_than_needed_is_deletion_with_no_period(text: str, language: str) -> None:
    result = finding("deletion", text, language)
    assert result.stance == "deleted" and result.facts["deletion_days"] is None


AI_VENDOR_WORDINGS = [
("We do not train our models on your data.","en","prohibited"),
("Customer Content is not used to train or improve AI models.","en","prohibited"),
("Your prompts and outputs are never used to train foundation models.","en","prohibited"),
("By default, we do not use Customer Data for model training. You may opt in to share data with us to improve our AI features.","en","opt_in"),
("We may use de-identified service data to improve our AI features.","en","aggregated_only"),
("We use Service Data to train and improve our machine learning models. You can opt out at any time in your organization settings.","en","opt_out"),
("We may use your service data to improve our products, including training AI models, unless you opt out.","en","opt_out"),
("Inputs and outputs are not stored or used for training.","en","prohibited"),
("The third-party model provider does not retain or use your inputs to train its models.","en","prohibited"),
("Wij gebruiken uw gegevens niet om onze AI-modellen te trainen.","nl","prohibited"),
("Uw gegevens worden nooit gebruikt voor het trainen van modellen.","nl","prohibited"),
("Wij kunnen geanonimiseerde gegevens gebruiken om onze modellen te verbeteren.","nl","aggregated_only"),
("We will not use Customer Data to train, fine-tune or improve any AI or machine learning models.","en","prohibited"),
("Customer Data is used solely to provide the Services and is not used for any other purpose.","en","prohibited"),
("We may use Customer Content to provide, maintain, develop and improve the Services.","en","allowed"),
("Data you submit to AI features may be used to improve those features.","en","allowed"),
("If you enable data sharing in your settings, we use your code snippets to improve our models.","en","opt_in"),
("U kunt het delen van gegevens voor productverbetering uitschakelen in de instellingen; anders gebruiken wij deze gegevens om de dienst te verbeteren.","nl","opt_out"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "stance"), AI_VENDOR_WORDINGS)
def test_how_ai_vendors_word_their_use_of_customer_data(text: str, language: str, stance: str) -> None:
    assert finding("ai_training", text, language).stance == stance


def test_stemming_in_several_threads_at_once_gives_each_the_right_stems() -> None:
    """The web app reads two documents at once: a Snowball stemmer keeps state between calls, so
    threads sharing one would stem each other's words (or crash)."""
    from concurrent.futures import ThreadPoolExecutor

    import snowballstemmer

    def batch(n: int) -> list[str]:
        return [f"verwerk{n}ingen{i}" if i % 2 else f"processing{n}x{i}" for i in range(3000)]

    def stems(n: int) -> tuple[str, ...]:
        return words(" ".join(batch(n))).stems["en"]

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(stems, range(8)))
    english = snowballstemmer.stemmer("english")
    assert got == [tuple(english.stemWords(batch(n))) for n in range(8)]


PROHIBITION_REACH_CASES = [
    # A prohibition governs the rest of its sentence, until a word turns it.
    ("ai_training", "3.1 The Processor shall:\n(a) process the Personal Data only on documented instructions from the Controller;\n(b) not use the Personal Data to train or improve machine learning models, and not sell, rent or otherwise make the Personal Data available to any third party for its own purposes;", "en", "prohibited"),
    ("ai_training", "The Processor shall not sell the data, but may use it to improve the Services.", "en", "allowed"),
    # "Derde land" is a country, not a third party.
    ("subprocessors", "(e) Doorgifte: het verstrekken van Persoonsgegevens aan een ontvanger in een Derde land, of het toegankelijk maken van Persoonsgegevens vanuit een Derde land;\n\n6.1 Opdrachtnemer schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever.", "nl", "prior_consent"),
    # "een melding van misbruik" is a report, not a notice to the customer; "tegen deze verwerking
    # bezwaar maken" is the data subject's right.
    ("subprocessors", "Wij delen uw gegevens met dienstverleners. Medewerkers van vertrouwde dienstverleners kunnen gesprekken inzien, bijvoorbeeld om een melding van misbruik te onderzoeken. U heeft het recht om tegen deze verwerking bezwaar te maken.", "nl", "general_no_notice"),
]  # fmt: skip


def test_a_number_in_words_then_figures_stays_one_sentence_across_a_line_break() -> None:
    text = "Vendor will inform Customer no less than four\n(4) weeks before it adds or replaces a Sub-processor. Customer may object to the change."
    result = finding("subprocessors", text)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", 28)
    assert any("(4) weeks before" in c.quote for c in result.citations)


GRANT_CASES = [
    # The customer grants, the vendor uses: a licence to improve the service is the vendor's use.
    ("ai_training", "You grant Acme a worldwide, non-exclusive licence to use, host and modify Your Content as necessary to provide, maintain and improve the Service.", "en", "allowed"),
    ("ai_training", "U verleent ons een licentie om uw content te gebruiken om onze diensten te verbeteren.", "nl", "allowed"),
    # Whose data is no place where it is kept.
    ("data_location", "If you collect personal data from individuals in the European Union through the Service, you may request our data processing addendum.", "en", "not_addressed"),
    ("data_location", "Wij verwerken gegevens van betrokkenen in de EU. De gegevens worden opgeslagen in de Verenigde Staten.", "nl", "outside_eu"),
    # Copies destroyed permanently are not kept permanently.
    ("backups", "Backups are retained for 35 days on a rolling basis, after which they are automatically and permanently destroyed.", "en", "time_limited"),
    ("backups", "Back-ups worden permanent bewaard.", "nl", "retained"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("nl", "Na beëindiging heeft u 30 dagen om Klantcontent te exporteren. Daarna verwijdert de Leverancier de Klantcontent uit haar productiesystemen.", 30),
        ("en", "After termination you have 30 days to export Customer Content. Thereafter Vendor deletes the Customer Content from its production systems.", 30),
    ],
)  # fmt: skip
def test_a_deletion_that_follows_the_period_before_it(language: str, text: str, days: int) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", days)
    assert len(result.citations) == 2, "the deletion and the sentence that sets its period are both quoted"


def test_a_deletion_with_no_end_of_contract_before_it_says_nothing_of_the_end() -> None:
    assert (
        finding(
            "deletion", "We process your data to provide the service. Then we delete temporary files."
        ).stance
        == "not_addressed"
    )


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("nl", "Iedere inlog van een medewerker wordt gelogd; de logbestanden worden twaalf maanden bewaard. Back-ups hebben een bewaartermijn van 14 dagen en worden daarna automatisch verwijderd.", 14),
        ("en", "Copies of the content may be held in backups for up to 30 days. Altogether, any content should be purged from all of our systems and logs within 90 days.", 90),
    ],
)  # fmt: skip
def test_the_backups_own_period_outweighs_a_period_for_logs(language: str, text: str, days: int) -> None:
    result = finding("backups", text, language)
    assert (result.stance, result.facts["backup_retention_days"]) == ("time_limited", days)


@pytest.mark.parametrize(
    ("language", "text", "logged"),
    [
        ("nl", "Medewerkers krijgen uitsluitend toegang voor zover dat noodzakelijk is voor hun functie. Iedere inlog van een medewerker in de omgeving van Opdrachtgever wordt gelogd.", True),
        ("en", "Personnel access is limited to those who need it. Every login by our engineers to production systems is recorded.", True),
        ("en", "Personnel access is limited to those who need it. User logins are logged.", None),
    ],
)  # fmt: skip
def test_a_log_of_what_staff_do_is_access_logging(language: str, text: str, logged: bool | None) -> None:
    assert finding("staff_access", text, language).facts["access_logging"] is logged


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Taking into account such safeguards, Customer appoints Acme to transfer Personal Data to the United States.", None),
        ("Customer authorises Vendor to engage Sub-processors.", "vendor"),
        ("Opdrachtgever machtigt Opdrachtnemer om subverwerkers in te schakelen.", "vendor"),
        ("You may not allow third parties to use the Service.", "customer"),
    ],
)  # fmt: skip
def test_what_the_customer_authorises_is_the_appointees_act(text: str, actor: str | None) -> None:
    assert TOPICS["data_location"].reading.actor(text) == actor


@pytest.mark.parametrize(
    ("language", "text", "stance", "days"),
    [
        # Copies kept for recovery, and a deletion duty that reaches every place the data is stored.
        ("en", "Acme maintains multiple copies of Customer Data from which Customer Data can be recovered. Upon request, Acme will return or destroy all Customer Data at all locations where it is stored within 30 days of the request.", "time_limited", 30),
        ("nl", "Leverancier maakt meerdere kopieën waaruit de gegevens kunnen worden hersteld. Na beëindiging zal Leverancier binnen 60 dagen alle persoonsgegevens en eventuele kopieën daarvan verwijderen.", "time_limited", 60),
        # A deletion duty alone says nothing about backup copies.
        ("en", "Acme will delete Customer Data within 30 days of the request.", "not_addressed", None),
    ],
)  # fmt: skip
def test_a_deletion_duty_over_every_copy_reaches_the_backups(
    language: str, text: str, stance: str, days: int | None
) -> None:
    result = finding("backups", text, language)
    assert (result.stance, result.facts["backup_retention_days"]) == (stance, days)


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        # The vendor's promise is the deciding clause; what the user may do is cited after it.
        ("You have the right to request that we delete your personal data. Upon termination of your account, we delete your data within 30 days.", "Upon termination"),
        ("You can delete your account at any time. We retain User Information for at most thirteen (13) months from the last interaction, after which time we de-identify the data.", "We retain"),
    ],
)  # fmt: skip
def test_the_vendors_deletion_promise_is_cited_before_what_a_user_may_do(text: str, first_words: str) -> None:
    result = finding("deletion", text)
    assert result.stance == "deleted" and result.citations[0].quote.startswith(first_words)


def test_a_prompts_folder_copied_before_the_newer_reading_words_still_loads(tmp_path: Path) -> None:
    import shutil

    import yaml

    from clausecheck.topics import load_topics

    folder = tmp_path / "prompts"
    shutil.copytree(Path(__file__).parent.parent / "prompts", folder)
    reading = yaml.safe_load((folder / "reading.yaml").read_text(encoding="utf-8"))
    for newer in ("not_negations", "purpose_leads"):
        reading.pop(newer)
    (folder / "reading.yaml").write_text(yaml.safe_dump(reading, allow_unicode=True), encoding="utf-8")
    topics = load_topics(folder)
    assert len(topics) == 6
    # Without the newer words a fronted purpose is read as before, not refused.
    assert topics[1].reading.purpose_lead.search("To train our models") is None


@pytest.mark.parametrize(
    ("topic", "text", "language", "stance"),
    CASES + MORE_CASES + REVIEW_CASES + PROHIBITION_REACH_CASES + GRANT_CASES,
)
def test_reading_rule(topic: str, text: str, language: str, stance: str) -> None:
    result = finding(topic, text, language)
    assert result.stance == stance, f"{text!r}: {result.stance}"
    if stance != "not_addressed":
        assert result.citations, "a stance is always cited"
