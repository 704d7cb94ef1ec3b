# ruff: noqa: E501 - a table of contract wordings reads best one sentence per line
"""The rules engine on the wordings contracts use (GDPR art. 28 and the phrasebook), one clause
at a time: each sentence below is how real DPAs say it, not a copy of any corpus document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import text_document

from clausecheck.chunk import chunk_document
from clausecheck.extract.evidence import topic_sentences
from clausecheck.extract.rules import _from_sentence_start, extract
from clausecheck.models import Chunk
from clausecheck.retrieve import Retrieved, retrieve
from clausecheck.topics import load_topics

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
TOPICS = {t.id: t for t in load_topics(PROMPTS)}


def finding(topic: str, text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    doc = text_document(text, language)
    chunks = chunk_document(doc)
    return extract(TOPICS[topic], retrieve(TOPICS[topic], chunks, language, None, 10), doc)


CASES = [
    # ai_training: negation, scope, carve-outs, art. 28(3)(a) and art. 29
    ("ai_training", "The Processor will not use Customer Data to train or improve any machine learning models.", "prohibited"),
    ("ai_training", "The Processor shall not process Personal Data except on documented instructions from the Controller.", "prohibited"),
    ("ai_training", "We may use Customer Content to provide, maintain, develop and improve the Services.", "allowed"),
    ("ai_training", "We may use aggregated and anonymised usage data to improve the Services.", "aggregated_only"),
    ("ai_training", "We use your prompts to improve our models unless you opt out in the settings.", "opt_out"),
    ("ai_training", "Verwerker verwerkt de persoonsgegevens uitsluitend volgens de schriftelijke instructies van Opdrachtgever.", "prohibited"),
    # data_location
    ("data_location", "Customer Data is stored and processed exclusively within the European Economic Area.", "eu_only"),
    ("data_location", "Customer Data is hosted in Germany. Transfers of personal data outside the EEA are subject to the Standard Contractual Clauses.", "eu_with_transfers"),
    ("data_location", "Customer Data is stored on servers located in the United States.", "outside_eu"),
    ("data_location", "We may store and process your data in any country in which we or our sub-processors operate.", "unrestricted"),
    ("data_location", "You grant us a worldwide licence to host and display your content.", "not_addressed"),
    # staff_access
    ("staff_access", "The Processor ensures that persons authorised to process the personal data are subject to an appropriate statutory obligation of confidentiality.", "restricted"),
    ("staff_access", "Access to Customer Data is restricted to personnel on a need-to-know basis. All access to Customer Data is logged and reviewed.", "restricted_logged"),
    # deletion
    ("deletion", "At the choice of the Controller, the Processor deletes or returns all personal data after the end of the provision of services.", "return_or_delete"),
    ("deletion", "Upon termination of the Agreement, the Processor shall delete all Customer Data within thirty (30) days.", "deleted"),
    ("deletion", "Upon cessation of the relationship, Vendor may delete Customer Data that is no longer in active use.", "retained"),
    # backups
    ("backups", "Backups are retained for 35 days and then overwritten.", "time_limited"),
    ("backups", "Data in backups is deleted in the ordinary course of backup rotation.", "until_overwritten"),
    ("backups", "Backups are taken every 24 hours.", "not_addressed"),
    # subprocessors
    ("subprocessors", "The Processor shall not engage another processor without prior specific written authorisation of the Controller.", "prior_consent"),
    ("subprocessors", "Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer at least 30 days in advance of any new Sub-processor, and Customer may object.", "notice_and_objection"),
    ("subprocessors", "We may share your data with third-party service providers who help us operate the service.", "general_no_notice"),
]  # fmt: skip


@pytest.mark.parametrize(("topic", "text", "stance"), CASES)
def test_wording_gives_stance(topic: str, text: str, stance: str) -> None:
    result = finding(topic, text)
    assert result.stance == stance, f"{text!r}: {result.stance}"
    if stance != "not_addressed":
        assert result.citations, "a stance is always cited"


def test_durations_become_facts() -> None:
    deletion = finding(
        "deletion", "Upon termination, the Processor shall delete all Customer Data within thirty (30) days."
    )
    assert deletion.facts["deletion_days"] == 30
    dutch = finding(
        "deletion",
        "Na beëindiging van de overeenkomst zal Verwerker de persoonsgegevens binnen vier weken vernietigen.",
        "nl",
    )
    assert dutch.stance == "deleted" and dutch.facts["deletion_days"] == 28
    notice = finding("subprocessors", CASES[-2][1])
    assert notice.facts["notice_days"] == 30


NOTICE_PERIODS = [
    # The change named before the notice; a notice verb other than "notify".
    ("en", "Before engaging any new Subprocessor, we will give you at least 14 days' notice by email. If you object on reasonable data protection grounds, you may terminate the affected Service.", 14),
    ("en", "New Sub-processors. Vendor will email Customer at least 45 days before a new sub-processor starts to process Customer Data. Customer may object in writing within that period.", 45),
    # The notice does not name the sub-processors again; the sentence before it does.
    ("en", "Vendor uses the Sub-processors listed at the Sub-processor page. Vendor will notify Customer at least 30 days before any change to this list. Customer may object to the change on reasonable grounds.", 30),
    ("en", "We may add or replace Subprocessors. We will post the change on our website and notify you by email no less than fourteen (14) calendar days before the change. If you do not object within this period, the change is deemed accepted.", 14),
    # The period in its own sentence; in weeks; the objection window beside it is not the notice.
    ("en", "Vendor shall provide Customer with prior notice of any new Sub-processor. The notice period shall be fifteen (15) days. Customer may object during the notice period.", 15),
    ("en", "The Processor shall give the Controller two weeks' notice of any intended change concerning the addition or replacement of other processors, and the Controller may object to such changes.", 14),
    ("en", "Vendor will notify Customer at least 10 days before engaging a new Sub-processor, and Customer may object within 30 days of such notice.", 10),
    ("nl", "Verwerker zal Verwerkingsverantwoordelijke minimaal 14 dagen voorafgaand aan de inzet van een nieuwe subverwerker hiervan in kennis stellen, waarna Verwerkingsverantwoordelijke binnen die termijn bezwaar kan maken.", 14),
    ("nl", "Wijzigingen in de lijst van subverwerkers worden één maand voor inwerkingtreding per e-mail aangekondigd. Opdrachtgever kan tegen een wijziging bezwaar maken.", 30),
    ("nl", "Verwerker zal Verantwoordelijke schriftelijk op de hoogte stellen van voorgenomen wijzigingen met betrekking tot de toevoeging of vervanging van subverwerkers, met een termijn van ten minste twee weken. Verantwoordelijke kan tegen deze wijzigingen bezwaar maken.", 14),
    ("nl", "Nieuwe subverwerkers worden door Leverancier minimaal 30 dagen van tevoren via e-mail bekendgemaakt. Klant mag binnen deze termijn gemotiveerd bezwaar maken.", 30),
    ("nl", "Verwerker brengt Verwerkingsverantwoordelijke 14 kalenderdagen voor de inschakeling van een nieuwe subverwerker daarvan op de hoogte. Indien Verwerkingsverantwoordelijke bezwaar heeft, treden partijen in overleg.", 14),
    ("nl", "Verwerker informeert Opdrachtgever ten minste 14 dagen voorafgaand aan het inschakelen van een nieuwe subverwerker; Opdrachtgever kan binnen 30 dagen na ontvangst bezwaar maken.", 14),
    # The notice sentence names neither the parties nor the change; the sentence before does.
    ("en", "Vendor may add sub-processors. It will notify Customer no less than four (4) weeks in advance, and Customer may object within fifteen (15) days.", 28),
    ("nl", "Leverancier kan nieuwe subverwerkers inschakelen. Hij informeert Klant daarover drie weken van tevoren; Klant kan binnen tien dagen bezwaar maken.", 21),
    # The period in the sentence after the notice; "publiceren"; a fortnight.
    ("nl", "Leverancier meldt voorgenomen wijzigingen in de subverwerkers aan Klant. Deze melding geschiedt uiterlijk zes weken voor de ingangsdatum. Klant kan bezwaar maken.", 42),
    ("nl", "Een overzicht van subverwerkers staat op onze website. Wijzigingen publiceren wij minimaal tien werkdagen vooraf; u kunt hiertegen bezwaar maken.", 14),
    ("en", "We will tell you of any intended change in Subprocessors with at least a fortnight's notice; you may object to the change.", 14),
    # Small-firm Dutch: one new "partner", "laten ... weten"; an announcement whose "aan" comes late;
    # a "kalendermaand".
    ("nl", "Gaan we een nieuwe partner inschakelen die jouw gegevens te zien krijgt, dan laten we je dat twee weken van tevoren weten via een e-mail. Heb je bezwaar, laat het ons dan weten.", 14),
    ("nl", "Leverancier kondigt het voornemen om een nieuwe Subverwerker in te schakelen tenminste 30 kalenderdagen voordat die Subverwerker gegevens gaat verwerken aan op de in artikel 7.1 genoemde pagina. Klant kan bezwaar maken tegen de nieuwe Subverwerker.", 30),
    ("nl", "Leverancier informeert Klant een kalendermaand voor de inschakeling van een nieuwe subverwerker. Klant kan bezwaar maken.", 30),
    # A period before a written notice or a warning; a period in the objection's own sentence; told
    # of new entries added ahead; "hoort u dat"; "deelt ... mee".
    ("en", "Vendor shall give Customer no less than forty-five days' written notice of any new Sub-processor, during which Customer may object.", 45),
    ("en", "Whenever we plan to bring in another hosting company, you get twenty days' warning by e-mail and may tell us if you object.", 20),
    ("en", "Our list of sub-processors is online. Subscribe to be told about additions: we add new entries at least 12 days before the vendor starts, and you may object.", 12),
    ("nl", "Schakelen wij een andere groepsmaatschappij in, dan hoort u dat minstens drie weken vooraf en kunt u bezwaar maken.", 21),
    ("nl", "Verwerker deelt een nieuwe subverwerker twee weken voor de inzet mee aan Opdrachtgever, die bezwaar kan maken.", 14),
    # "tell" before the change; a start held back until a time after the notice; "ontvangt ... bericht"
    ("en", "We will tell you about each new sub-processor three weeks before it starts, and you may object.", 21),
    ("en", "A new Sub-processor will not be allowed to access Customer Data until twenty (20) days after the date of the notice; Customer may object within ten days.", 20),
    ("nl", "Een nieuwe subverwerker wordt niet eerder ingezet dan vier weken na de kennisgeving. Bezwaar kan binnen twee weken.", 28),
    ("nl", "Uiterlijk vier weken voor de inzet van een nieuwe subverwerker ontvangt Klant daarvan bericht per e-mail. Klant kan bezwaar maken.", 28),
    # "Dat doen we ... voordat", "This happens ... before": the notice just named, and its time; a
    # question answered by what to do ("Ben je het er niet mee eens? Laat het ons weten.")
    ("nl", "Willen we een nieuwe subverwerker inschakelen, dan sturen we een e-mail aan de beheerder. Dat doen we minimaal vier weken voordat de subverwerker begint. Ben je het er niet mee eens? Laat het ons weten.", 28),
    ("en", "If we add a sub-processor, we send an e-mail to the account owner. This happens at least three weeks before the new sub-processor starts. Not happy with it? Let us know.", 21),
    ("nl", "Leverancier maakt een voorgenomen nieuwe subverwerker bekend in het klantportaal. Dat bericht wordt geplaatst uiterlijk drie weken vóór de datum waarop de subverwerker begint. Klant kan bezwaar maken.", 21),
    # A replacement reported afterwards gives no notice period; the advance notice stands.
    ("en", "Vendor will notify Customer at least 30 days before engaging a new Sub-processor, and Customer may object. In an emergency Vendor may replace a Sub-processor at once and will inform Customer no later than five days after the replacement.", 30),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("nl", "Nadat Klant de ontvangst van de export schriftelijk heeft bevestigd, verwijdert Leverancier alle persoonsgegevens. Dit gebeurt uiterlijk drie maanden na het einde van de overeenkomst.", 90),
        ("en", "Once the export is confirmed, the Supplier deletes all Customer Data from its systems. This will happen no later than sixty days after the end of the Agreement.", 60),
    ],
)  # fmt: skip
def test_the_next_sentence_gives_the_deletion_its_time(language: str, text: str, days: int) -> None:
    result = finding("deletion", text, language)
    assert result.facts["deletion_days"] == days, text
    assert any(str(days) in c.quote or "drie" in c.quote or "sixty" in c.quote for c in result.citations)


def test_a_legal_retention_period_is_not_the_deletion_period() -> None:
    for language, text, days in (
        ("en", "We erase your data within 30 days of your request, except invoices, which we keep for seven years as tax law requires.", 30),
        ("nl", "Wij verwijderen uw gegevens binnen 14 dagen na uw verzoek, met uitzondering van facturen, die wij op grond van de wettelijke bewaarplicht zeven jaar bewaren.", 14),
    ):  # fmt: skip
        assert finding("deletion", text, language).facts["deletion_days"] == days, text


def test_a_period_kept_under_an_exception_after_the_deletion_is_not_its_period() -> None:
    text = (
        "If you close your account, we delete your content within thirty (30) days, except that we may keep "
        "certain records for longer where the law requires it (for example invoices, which we keep for seven years)."
    )
    assert finding("deletion", text).facts["deletion_days"] == 30
    # An exception before the deletion does not take its period away.
    text = "Unless prohibited by law, the Supplier will return or destroy all Customer Data within 30 days of the request."
    assert finding("deletion", text).facts["deletion_days"] == 30


def test_a_floor_or_an_exception_period_is_not_the_deletion_period() -> None:
    for language, text, days in (
        ("en", "Upon termination, Vendor shall retain Customer Data for at least 30 days to allow export, and shall delete it within 90 days.", 90),
        ("en", "Vendor will delete all Customer Data, except where retention is required by law, within 60 days of termination.", 60),
        ("en", "Upon termination Vendor deletes Customer Data within 30 days, unless Customer asks Vendor in writing to keep it for a further 90 days.", 30),
        ("nl", "Verwerker verwijdert alle persoonsgegevens, tenzij een wettelijke bewaarplicht geldt, binnen 30 dagen na het einde van de overeenkomst.", 30),
    ):  # fmt: skip
        assert finding("deletion", text, language).facts["deletion_days"] == days, text


def test_an_opt_out_in_the_next_numbered_clause_of_the_same_article_qualifies_the_use() -> None:
    text = (
        "Artikel 3 Gebruik van gegevens\n\n3.1 Leverancier is gerechtigd documenten te gebruiken voor het trainen "
        "en verbeteren van de herkenningsmodellen.\n\n3.2 Klant kan het gebruik van zijn documenten voor de in "
        "artikel 3.1 bedoelde doeleinden op ieder moment uitschakelen via de instellingen."
    )
    assert finding("ai_training", text, "nl").stance == "opt_out"


def test_an_export_window_and_then_a_deletion_period_add_up() -> None:
    for language, text, days in (
        ("en", "Upon termination, Customer may export its data for 30 days, after which all Customer Data will be deleted within a further 60 days.", 90),
        ("nl", "Na beëindiging kan Klant de gegevens gedurende 90 dagen exporteren. Na afloop van die termijn worden de gegevens binnen een maand verwijderd.", 120),
        ("en", "Upon termination the Supplier deletes all Customer Data within 30 days.", 30),
    ):  # fmt: skip
        assert finding("deletion", text, language).facts["deletion_days"] == days, text


def test_twelve_months_are_counted_as_months() -> None:
    # The spec counts months as 30 days: twelve months are 360, a year written as a year is 365.
    for language, text, days in (
        ("en", "Monthly backups are retained for twelve (12) months and then destroyed.", 360),
        ("nl", "Maandelijkse back-ups worden twaalf (12) maanden bewaard en daarna vernietigd.", 360),
        ("en", "Monthly backups are retained for one (1) year and then destroyed.", 365),
        ("nl", "Maandelijkse back-ups worden één jaar bewaard en daarna vernietigd.", 365),
    ):  # fmt: skip
        assert finding("backups", text, language).facts["backup_retention_days"] == days, text


def test_the_objection_window_is_not_the_notice_period() -> None:
    for language, text in (
        ("en", "Vendor will notify Customer of new Sub-processors in advance by email, and Customer may object within 30 days of that email."),
        ("nl", "Verwerker informeert Opdrachtgever vooraf over nieuwe subverwerkers; Opdrachtgever kan binnen 30 dagen na die melding bezwaar maken."),
    ):  # fmt: skip
        result = finding("subprocessors", text, language)
        assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", None), text


CONSENT_REQUESTS = [
    # Under prior consent, how far ahead consent is asked is the notice period the user sees.
    ("nl", "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Verwerker vraagt die toestemming ten minste 30 dagen voordat de subverwerker wordt ingeschakeld.", 30),
    ("en", "The Processor shall not engage any sub-processor without the prior written consent of the Controller. The Processor shall request such consent at least sixty (60) days before the sub-processor starts processing.", 60),
    # "Such a request" points back to the consent request before it.
    ("nl", "Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming. Een verzoek om toestemming voor een nieuwe Subverwerker wordt per e-mail gericht. Verwerker dient een dergelijk verzoek uiterlijk 30 kalenderdagen voor de beoogde datum van inschakeling in.", 30),
    # "het verzoek daartoe": the request for the consent just named.
    ("nl", "6.1 Leverancier schakelt geen Subverwerkers in zonder voorafgaande schriftelijke toestemming van Klant.\n\n6.2 Indien Leverancier een nieuwe Subverwerker wenst in te schakelen, legt zij het verzoek daartoe ten minste 42 dagen voor de beoogde ingangsdatum schriftelijk aan Klant voor.", 42),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "days"), CONSENT_REQUESTS)
def test_how_far_ahead_consent_is_asked_is_the_notice_period(language: str, text: str, days: int) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == ("prior_consent", days), text
    assert any(str(days) in c.quote for c in result.citations), "the period shown is quoted"


def test_an_after_the_fact_report_is_no_notice_period() -> None:
    text = (
        "Klant verleent Leverancier algemene toestemming voor het inschakelen van Subverwerkers. Klant kan "
        "bezwaar maken tegen een nieuwe Subverwerker. Bij een spoedeisende vervanging informeert Leverancier "
        "Klant uiterlijk vijf werkdagen na de vervanging van de Subverwerker."
    )
    result = finding("subprocessors", text, "nl")
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", None)


# Neither a data subject's rights nor art. 28(3)(a)'s notice of a legal requirement is a say over
# sub-processors: a prior-consent clause beside them stays prior consent.
CONSENT_BESIDE_OTHER_NOTICES = [
    ("nl", "6.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming.\n\n2.1 Verwerker verwerkt de gegevens niet voor eigen doeleinden of doeleinden van derden, tenzij een wettelijk voorschrift hem daartoe verplicht. In dat geval stelt Verwerker Verwerkingsverantwoordelijke voorafgaand aan de verwerking in kennis van dat wettelijk voorschrift.\n\n7.1 Verwerker verleent medewerking bij verzoeken van betrokkenen tot inzage, rectificatie, wissing, beperking, overdraagbaarheid en bezwaar."),
    ("en", "6.1 Processor shall not engage any sub-processor without the prior written consent of Controller.\n\n2.1 Processor shall not process the data for its own purposes or those of third parties, unless required by law. In that case Processor shall inform Controller of that legal requirement before processing.\n\n7.1 Processor shall assist Controller with requests for access, rectification, erasure, restriction, portability and objection."),
    # The customer's own sharing is no use of third parties by the vendor.
    ("en", "Vendor will not engage any new Sub-processor without Customer's prior written consent. Customer is responsible for reviewing any Output before sharing it with a client or third party."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CONSENT_BESIDE_OTHER_NOTICES)
def test_prior_consent_beside_other_notices_and_objections(language: str, text: str) -> None:
    assert finding("subprocessors", text, language).stance == "prior_consent", text


def test_an_audit_notice_after_a_sub_processor_sentence_is_no_notice_period() -> None:
    text = (
        "The Processor may engage sub-processors and shall inform the Controller of any new sub-processor; "
        "the Controller may object. Audits shall be subject to prior written notice of at least 30 days."
    )
    assert finding("subprocessors", text).facts["notice_days"] is None


@pytest.mark.parametrize(("language", "text", "days"), NOTICE_PERIODS)
def test_notice_period_is_read_however_it_is_worded(language: str, text: str, days: int) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", days), text


PRIVACY_NOTICE_RIGHTS = [
    # A data subject's right to object and a notice of policy changes give the customer no say
    # over sub-processors.
    ("en", "We share your information with service providers who process it on our behalf. We publish a list of any service providers we use on our website. You have the right to object to the processing of your personal data."),
    ("en", "We use third-party service providers to host our services. We may update this Privacy Policy from time to time and will notify you of any changes by posting the new policy on this page. You may object to processing based on legitimate interests."),
    ("en", "We work with service providers to carry out certain tasks. If we make a significant change in the way we collect, use or share your personal information, we will notify you at least 30 days prior to the changes taking effect. You may object to the processing of your data."),
    ("nl", "Wij delen uw gegevens met dienstverleners die ons helpen. Wij kunnen deze privacyverklaring wijzigen en maken wijzigingen bekend op onze website. U heeft het recht om bezwaar te maken tegen de verwerking."),
]  # fmt: skip


AI_SERVICE_WORDINGS = [
    # How AI services word their use of what customers type: conversations, prompts, chats.
    ("en", "If you do not want your Content used to improve our Services, you can opt out by submitting the opt-out form.", "opt_out"),
    ("en", "Provider may not train models on Customer Content from the Services.", "prohibited"),
    ("en", "You can choose to allow us to use your conversations to train our models.", "opt_in"),
    ("en", "We will only use your data to train our models if you have explicitly opted in.", "opt_in"),
    ("en", "We may use your conversations to improve our models. You can turn off model training in Settings.", "opt_out"),
    ("en", "Processor shall process Customer Personal Data only for the following purposes: (a) to provide the Services; (b) as instructed by Customer.", "prohibited"),
    ("nl", "U kunt bezwaar maken tegen het gebruik van uw gesprekken voor het trainen van onze modellen via de instellingen.", "opt_out"),
    ("nl", "Wij kunnen uw gesprekken gebruiken om onze modellen te verbeteren. U kunt dit uitzetten in de instellingen.", "opt_out"),
    ("nl", "Uw invoer wordt alleen voor training gebruikt als u daar uitdrukkelijk toestemming voor geeft.", "opt_in"),
    ("nl", "De Verwerker zal de Persoonsgegevens onder geen enkele omstandigheid gebruiken voor andere doeleinden dan het leveren van de Dienst.", "prohibited"),
]  # fmt: skip


PURPOSE_LIMITS = [
    # Art. 28(3)(a) and its everyday variants: processing only as far as the service needs.
    ("en", "Processor shall process the Personal Data only on behalf of and in accordance with Controller's instructions."),
    ("en", "The Supplier shall only process Personal Data to the extent, and in such a manner, as is necessary for the purposes specified in the Agreement."),
    ("en", "Vendor will Process Personal Data only as necessary to perform the Services."),
    ("en", "Vendor shall not use Customer Data except as necessary to provide the Services."),
    ("en", "Vendor will not sell, retain, use or disclose Personal Data for any purpose other than the Business Purpose."),
    ("en", "The Processor will process Customer Personal Data in accordance with the Customer's documented instructions."),
    ("en", "Service Provider shall not retain, use, or disclose Personal Information outside of the direct business relationship between the parties."),
    ("en", "Customer Data will be used only to provide Customer the Services, including purposes compatible with providing those Services."),
    ("en", "The Processor shall process personal data solely for the provision of the Service and not for its own purposes."),
    ("nl", "Verwerker verwerkt de persoonsgegevens slechts in opdracht van Verwerkingsverantwoordelijke."),
    ("nl", "Verwerker zal de Persoonsgegevens niet verwerken anders dan ten behoeve van de uitvoering van de Overeenkomst."),
    ("nl", "Verwerker verwerkt de persoonsgegevens enkel voor het leveren van de Dienst."),
    ("nl", "Het is Verwerker niet toegestaan de persoonsgegevens voor andere doeleinden te gebruiken."),
    ("nl", "Verwerker zal de persoonsgegevens uitsluitend verwerken in het kader van de Overeenkomst."),
    ("nl", "Verwerker handelt slechts op basis van schriftelijke instructies van Verwerkingsverantwoordelijke."),
    ("nl", "Verwerker zal de Persoonsgegevens alleen verwerken voor zover dat noodzakelijk is voor het uitvoeren van de Opdracht."),
    ("nl", "Opdrachtnemer gebruikt de gegevens niet voor eigen doeleinden of voor doeleinden van derden."),
    ("nl", "De Verwerker verwerkt de Persoonsgegevens op behoorlijke en zorgvuldige wijze en uitsluitend voor de doeleinden zoals omschreven in Bijlage 1."),
]  # fmt: skip


CONDITIONS_OF_USE = [
    # "unless you opt in" grants an opt-in; the purpose named first; "tenzij u zich hiervoor afmeldt".
    ("en", "Customer Content is not used for model training unless Customer opts in through the data sharing program.", "opt_in"),
    ("en", "To develop AI and machine learning models, our systems analyse Customer Data such as messages and files. If you want to exclude your Customer Data from helping train our global models, you can opt out.", "opt_out"),
    ("en", "We do not use your Customer Data to train our models unless you explicitly opt in.", "opt_in"),
    ("en", "We may use Materials to provide, maintain and improve the Services and to develop other products and services.", "allowed"),
    ("nl", "Wij gebruiken uw gegevens om onze AI-functies te verbeteren, tenzij u zich hiervoor afmeldt.", "opt_out"),
]  # fmt: skip


OWN_PURPOSES = [
    # Own use in other words: research and development, any lawful purpose, product improvement.
    ("en", "Vendor processes Personal Data only on Customer's documented instructions. Vendor may also process Customer Data as an independent controller for its own business purposes, including research and development.", "allowed"),
    ("en", "Provider may use Customer Data for research and development of new products and features.", "allowed"),
    ("en", "We may analyse Customer Data to benchmark and develop our offerings.", "allowed"),
    ("en", "Vendor processes Personal Data only on documented instructions. Notwithstanding the foregoing, Vendor may process Service Data to operate, secure, improve and develop the Services.", "allowed"),
    ("en", "Vendor may create Derived Data from Customer Data and may use Derived Data for any lawful purpose.", "allowed"),
    ("en", "Customer agrees that Vendor may use Customer Data to improve the accuracy of its machine learning models.", "allowed"),
    ("en", "Provider acts as a controller of Usage Data and uses it for product improvement and analytics.", "allowed"),
    ("nl", "Verwerker mag de gegevens gebruiken voor onderzoek en ontwikkeling van nieuwe diensten.", "allowed"),
    ("nl", "Leverancier treedt op als zelfstandig verwerkingsverantwoordelijke voor de verwerking van gebruiksgegevens ten behoeve van productverbetering.", "allowed"),
    ("nl", "Verwerker verwerkt de persoonsgegevens uitsluitend op instructie. Verwerker mag de gegevens daarnaast gebruiken om haar algoritmen te verbeteren.", "allowed"),
    ("nl", "Wij kunnen de door u ingevoerde gegevens analyseren om nieuwe functies te ontwikkelen.", "allowed"),
    ("nl", "Opdrachtnemer is gerechtigd de gegevens in geanonimiseerde vorm te gebruiken voor statistische doeleinden.", "aggregated_only"),
    # "for any purpose ... other than to provide the Services" limits the use.
    ("en", "Vendor shall not (a) retain, use or disclose Personal Data for any purpose, including a commercial purpose, other than to provide the Application Services.", "prohibited"),
]  # fmt: skip


def test_a_logging_promise_in_an_article_of_its_own_completes_a_restriction() -> None:
    text = (
        "4. Personnel\nAccess to Customer Data is limited to employees who need it for their work.\n\n"
        "5. Logging\nThe Supplier logs every access by its employees to Customer Data and reviews those logs monthly.\n"
    )
    doc = text_document(text)
    chunks = chunk_document(doc)
    logging = [c for c in chunks if "logs every access" in c.text]
    assert logging and len(logging) < len(chunks), "the test needs the clauses in separate chunks"
    best = Retrieved("staff_access", [], [c for c in chunks if c not in logging], further=logging)
    result = extract(TOPICS["staff_access"], best, doc)
    assert (result.stance, result.facts["access_logging"]) == ("restricted_logged", True)
    assert any("logs every access" in c.quote for c in result.citations), "the logging promise is cited"
    # Without it the restriction stands alone.
    assert (
        extract(TOPICS["staff_access"], Retrieved("staff_access", [], best.chunks), doc).stance
        == "restricted"
    )


def test_silence_is_claimed_only_after_reading_every_clause_with_a_topic_phrase() -> None:
    text = (
        "1. Scope\n"
        + "This DPA applies to the Services described in the Order Form and to each renewal of it. " * 30
        + "\n\n"
        "2. Termination\nUpon termination of the Agreement, the Processor shall delete all Customer Data within thirty (30) days.\n"
    )
    doc = text_document(text)
    chunks = chunk_document(doc)
    found = retrieve(TOPICS["deletion"], chunks, "en", None, len(chunks))
    deciding = [c for c in found.chunks if "delete" in c.text]
    assert deciding and len(deciding) < len(chunks), "the test needs the clauses in separate chunks"
    # The best-ranked clauses say nothing; the deciding one ranked past them is still read.
    quiet = Retrieved("deletion", found.queries, [c for c in chunks if c not in deciding], further=deciding)
    result = extract(TOPICS["deletion"], quiet, doc)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", 30)
    assert found.further == [], "a clause retrieved already is not read twice"


DUTCH_DPA_WORDINGS = [
    # How Dutch verwerkersovereenkomsten word each topic (the common model agreement and its variants).
    ("data_location", "Verwerker zal de persoonsgegevens uitsluitend verwerken binnen de Europese Economische Ruimte (EER).", ('eu_only',)),
    ("data_location", "Verwerker mag de persoonsgegevens verwerken in landen buiten de Europese Unie, mits daarbij de wettelijke vereisten in acht worden genomen.", ('eu_with_transfers', 'outside_eu')),
    ("data_location", "Doorgifte van persoonsgegevens naar landen buiten de EER is uitsluitend toegestaan op basis van de modelcontractbepalingen van de Europese Commissie.", ('eu_with_transfers',)),
    ("data_location", "De servers waarop de gegevens worden opgeslagen staan in datacenters in Nederland.", ('eu_only',)),
    ("data_location", "De gegevens worden opgeslagen bij Amazon Web Services in de regio Frankfurt, Duitsland.", ('eu_only',)),
    ("data_location", "Wij slaan uw gegevens op in de Verenigde Staten.", ('outside_eu',)),
    ("subprocessors", "Verwerkingsverantwoordelijke geeft Verwerker toestemming om bij de verwerking van persoonsgegevens gebruik te maken van derden (subverwerkers). Verwerker zal Verwerkingsverantwoordelijke op diens verzoek informeren over de ingeschakelde derden.", ('general_no_notice', 'notice_and_objection')),
    ("subprocessors", "Verwerker maakt gebruik van de subverwerkers genoemd in Bijlage 2. Verwerker informeert Verwerkingsverantwoordelijke over voorgenomen veranderingen inzake de toevoeging of vervanging van subverwerkers, waarbij Verwerkingsverantwoordelijke de mogelijkheid wordt geboden tegen deze veranderingen bezwaar te maken.", ('notice_and_objection',)),
    ("subprocessors", "Het is Verwerker niet toegestaan een subverwerker in te schakelen zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.", ('prior_consent',)),
    ("deletion", "Na afloop van de Overeenkomst zal Verwerker, ter keuze van Verwerkingsverantwoordelijke, de persoonsgegevens vernietigen of retourneren.", ('return_or_delete',)),
    ("deletion", "Bij beëindiging van de overeenkomst worden alle gegevens binnen 30 dagen definitief verwijderd.", ('deleted',)),
    ("deletion", "Na het einde van de Overeenkomst bewaart Leverancier de gegevens nog drie maanden, waarna deze worden verwijderd.", ('deleted',)),
    ("deletion", "Leverancier bewaart de gegevens ook na beëindiging van de overeenkomst voor onbepaalde tijd.", ('retained',)),
    ("staff_access", "Verwerker zorgt ervoor dat de personen die onder zijn gezag vallen geheimhouding in acht nemen.", ('restricted',)),
    ("staff_access", "Toegang tot persoonsgegevens is beperkt tot medewerkers die deze nodig hebben voor de uitvoering van hun taken. Alle toegang wordt gelogd.", ('restricted_logged',)),
    ("staff_access", "Alle medewerkers van Leverancier hebben toegang tot de klantgegevens.", ('broad',)),
    ("backups", "Back-ups worden na 30 dagen overschreven.", ('time_limited',)),
    ("backups", "Van de gegevens worden dagelijks back-ups gemaakt die drie maanden worden bewaard.", ('time_limited',)),
    ("backups", "Back-ups worden bewaard conform het back-upschema en daarna verwijderd.", ('until_overwritten', 'time_limited')),
    ("backups", "Gegevens in back-ups worden niet verwijderd.", ('retained',)),
    ("ai_training", "Verwerker zal de persoonsgegevens uitsluitend verwerken in het kader van de Overeenkomst.", ('prohibited',)),
    ("ai_training", "Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden en niet voor doeleinden van derden.", ('prohibited',)),
    ("deletion", "Deze verwerkersovereenkomst is aangegaan voor onbepaalde tijd. Na beëindiging verwijdert Verwerker alle persoonsgegevens.", ("deleted",)),
    ("data_location", "Verwerker verwerkt de persoonsgegevens uitsluitend in Amsterdam. Verwerker zal de persoonsgegevens niet doorgeven naar landen buiten de Europese Economische Ruimte.", ("eu_only",)),
    # "niet buiten de EER, tenzij ...": an exception permits transfers after all.
    ("data_location", "Verwerker verwerkt de persoonsgegevens in Nederland. Verwerker zal de persoonsgegevens niet verwerken buiten de EER, tenzij passende waarborgen zijn getroffen.", ("eu_with_transfers",)),
    ("data_location", "De persoonsgegevens worden niet buiten de EER verwerkt.", ("eu_only",)),
]  # fmt: skip


TRANSFER_BANS = [
    # A ban on transfers with an exception permits them; one that only the customer's consent lifts
    # keeps the data in the EU/EEA unless the customer decides otherwise.
    ("Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA without ensuring appropriate safeguards.", "eu_with_transfers"),
    ("Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA unless the Standard Contractual Clauses apply.", "eu_with_transfers"),
    ("Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA without the prior written consent of Customer.", "eu_only"),
    ("Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA.", "eu_only"),
    ("Personal data is not processed outside the EEA.", "eu_only"),
]  # fmt: skip


PRIVACY_NOTICE_WORDINGS = [
    # Privacy notices say the same things in their own way.
    ("subprocessors", "We share personal information in the following circumstances or as otherwise described in this policy:", "general_no_notice"),
    ("subprocessors", "In brief: We share some of Your Personal Data with others in order to provide you with our services.", "general_no_notice"),
    ("subprocessors", "We do not share your data with others.", "not_addressed"),
    ("deletion", "After the retention period, your personal data will either be securely deleted or anonymised.", "deleted"),
    ("deletion", "We will never retain your personal information for longer than is necessary.", "deleted"),
    ("deletion", "We will keep your personal information for as long as you are a customer.", "deleted"),
    ("data_location", "You authorize Acme to transfer, process, store and use your information in countries other than your own.", "unrestricted"),
    ("data_location", "Your information may be processed on servers located outside the country where you live.", "unrestricted"),
]  # fmt: skip


EVERYDAY_WORDINGS = [
    ("subprocessors", "We use third parties to help us provide the service, such as hosting providers and payment processors.", ('general_no_notice',)),
    ("subprocessors", "Vendor may subcontract the processing of Personal Data to Sub-processors. Vendor remains liable for its Sub-processors.", ('general_no_notice',)),
    ("staff_access", "Our support team may access your account data to resolve issues you report.", ('broad', 'restricted')),
    ("staff_access", "Vendor personnel will not access Customer Content except to provide the Services, to prevent or address service or technical problems, or as Customer expressly permits in writing.", ('restricted',)),
]  # fmt: skip


DUTCH_NOTICE_WORDINGS = [
    # Everyday Dutch of privacy statements and older "bewerkersovereenkomsten".
    ("subprocessors", "Wij schakelen andere partijen in voor de hosting van onze dienst.", "general_no_notice"),
    ("subprocessors", "Wij werken samen met externe partijen die namens ons gegevens verwerken.", "general_no_notice"),
    ("subprocessors", "Bewerker mag geen sub-bewerkers inschakelen zonder voorafgaande schriftelijke toestemming van Verantwoordelijke.", "prior_consent"),
    ("staff_access", "Alleen geautoriseerde medewerkers hebben toegang tot uw gegevens.", "restricted"),
    ("staff_access", "Slechts een beperkt aantal medewerkers heeft toegang tot de persoonsgegevens, en alleen voor zover dat nodig is voor hun werkzaamheden.", "restricted"),
    ("deletion", "Wanneer u uw account opzegt, verwijderen wij uw gegevens binnen 30 dagen.", "deleted"),
    ("deletion", "Na het opheffen van uw account worden uw gegevens verwijderd.", "deleted"),
    ("deletion", "Na het beëindigen van uw abonnement worden uw gegevens binnen 3 maanden verwijderd.", "deleted"),
    ("backups", "Wij maken dagelijks een back-up van uw gegevens. Deze back-ups worden 30 dagen bewaard.", "time_limited"),
    ("backups", "Back-ups worden versleuteld opgeslagen en na verloop van tijd automatisch overschreven.", "until_overwritten"),
    ("data_location", "Onze servers staan in Nederland.", "eu_only"),
    ("data_location", "Uw gegevens worden opgeslagen op servers binnen de Europese Unie.", "eu_only"),
    ("ai_training", "Wij gebruiken geanonimiseerde gegevens om onze dienst te verbeteren.", "aggregated_only"),
    ("ai_training", "Wij verkopen uw gegevens niet en gebruiken ze alleen om onze dienst aan u te leveren.", "prohibited"),
    ("ai_training", "Uw gegevens worden niet gebruikt voor het trainen van kunstmatige intelligentie.", "prohibited"),
    ("ai_training", "Wij kunnen uw gegevens gebruiken om onze diensten te analyseren en te verbeteren.", "allowed"),
]  # fmt: skip


NEAR_MISSES = [
    # Wordings close to a rule's that a careful reader takes otherwise (found by red-teaming the rules).
    ("ai_training", "en", "We may disclose your personal data to law enforcement authorities for any purpose required by applicable law.", "not_addressed"),
    ("ai_training", "en", "We use your conversations to train our models unless you choose to opt out in Settings.", "opt_out"),
    ("ai_training", "en", "Unless you agree otherwise in writing, we will use your content only to provide the Services.", "prohibited"),
    ("ai_training", "en", "Customer permits its Authorised Users to use Customer Data to improve Customer's own machine learning models.", "not_addressed"),
    ("ai_training", "en", "Customer grants Vendor a licence to use Customer Data solely to provide the Services, and Customer may use Outputs to train its own models.", "prohibited"),
    ("ai_training", "en", "Customer Data shall not be used for research and development, product improvement or training of models.", "prohibited"),
    ("data_location", "en", "We offer our services to customers in countries other than your own, but all data is hosted in Ireland.", "eu_only"),
    ("data_location", "nl", "Onze klanten komen uit andere landen dan het land waar u woont; alle gegevens worden opgeslagen in Nederland.", "eu_only"),
    ("data_location", "en", "Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA, and shall not process it except on Customer's instructions.", "eu_only"),
    ("data_location", "en", "Customer Data may be stored outside the EEA.", "outside_eu"),
    ("staff_access", "nl", "Alle medewerkers krijgen toegang tot het interne handboek. Toegang tot klantgegevens is beperkt tot medewerkers die dit nodig hebben.", "restricted"),
    ("staff_access", "en", "Members of the support team may access Customer Data only with Customer approval.", "restricted"),
    ("staff_access", "nl", "Medewerkers hebben geen toegang tot persoonsgegevens, tenzij dit noodzakelijk is voor de uitvoering van hun taak.", "restricted"),
    ("deletion", "en", "We retain server logs for up to 12 months.", "not_addressed"),
    ("deletion", "nl", "Facturen bewaren wij maximaal zeven jaar.", "not_addressed"),
    ("deletion", "en", "We keep your personal data for as long as your account is active, and may retain it for up to ten years afterwards.", "retained"),
    ("deletion", "en", "The subscription renews each year unless cancelled. Then we send you an invoice and remove the trial banner.", "not_addressed"),
    ("deletion", "en", "You can delete your account at any time in the settings.", "not_addressed"),
    ("deletion", "en", "You can delete your account at any time. All data will be permanently deleted without undue delay upon deletion.", "deleted"),
    ("deletion", "nl", "Wij bewaren uw gegevens voor onbepaalde tijd.", "retained"),
    ("backups", "en", "Backups are not deleted immediately but are overwritten within 30 days.", "time_limited"),
    ("backups", "en", "Customer Data is permanently stored in the EU and backups are kept for 30 days.", "time_limited"),
    ("backups", "en", "Deleted data is permanently inaccessible to users but remains in backups until they expire.", "until_overwritten"),
    ("subprocessors", "en", "Vendor will notify Customer at least 30 days before engaging a new Sub-processor. Customer may object to the use of the new Sub-processor on reasonable grounds.", "notice_and_objection"),
    ("subprocessors", "en", "We use third-party service providers to host the Services. We will notify you of any changes to our fees 30 days in advance. You may object by terminating.", "general_no_notice"),
    ("subprocessors", "nl", "Wij werken samen met andere partijen, zoals scholen en gemeenten, maar delen daarbij geen persoonsgegevens.", "not_addressed"),
    ("subprocessors", "en", "We may share aggregated, anonymised statistics with others, such as industry benchmarks.", "not_addressed"),
    ("deletion", "en", "This Agreement is entered into for an indefinite period. We store the data for no longer than 3 months after termination.", "deleted"),
    ("deletion", "en", "We will retain your Personal Data for a period of time that is consistent with the original purpose of the data collection, or as necessary to comply with our legal obligations.", "deleted"),
    ("ai_training", "nl", "Verwerker gebruikt de Persoonsgegevens niet voor eigen doeleinden en verstrekt deze niet aan derden, tenzij Verwerkingsverantwoordelijke daarvoor voorafgaande schriftelijke toestemming heeft gegeven.", "prohibited"),
    ("subprocessors", "nl", "Wij delen uw gegevens met externe partijen alleen met uw uitdrukkelijke toestemming.", "prior_consent"),
]  # fmt: skip


def test_a_list_item_after_a_number_word_is_not_its_figure() -> None:
    text = "Backups are retained for 30 days. Number of backup copies retained: three\n(4) Audit logs: retained for twelve (12) months."
    assert finding("backups", text).facts["backup_retention_days"] == 30


SECOND_BLIND_SET_WORDINGS = [
    # Classes of wording that a second set of our own blind-written contracts showed the rules missed.
    ("subprocessors", "nl", "Verwerker maakt gebruik van subverwerkers. Verwerker zal Verwerkingsverantwoordelijke informeren over beoogde veranderingen inzake de toevoeging of vervanging van subverwerkers, waarbij Verwerkingsverantwoordelijke de mogelijkheid wordt geboden tegen deze veranderingen bezwaar te maken.", "notice_and_objection"),
    ("staff_access", "nl", "Alleen medewerkers van de afdeling Support hebben toegang, en uitsluitend voor zover dat voor hun taak noodzakelijk is. Iedere raadpleging van Persoonsgegevens door medewerkers van Verwerker wordt gelogd.", "restricted_logged"),
    ("deletion", "en", "After termination of the Main Contract the Contractor has to hand over to the Client all documents and data, or, after prior consent, to destroy them.", "return_or_delete"),
    ("deletion", "nl", "Bij het einde van de overeenkomst bezorgt de verwerker, naar keuze van de verwerkingsverantwoordelijke, alle persoonsgegevens terug in een gangbaar formaat of vernietigt hij deze.", "return_or_delete"),
    ("ai_training", "nl", "Voor functies in preview mogen wij Invoer en Uitvoer gebruiken om onze modellen te verbeteren, tenzij een beheerder deelname uitschakelt in de beheerconsole.", "opt_out"),
    ("ai_training", "nl", "Verwerker gebruikt de Persoonsgegevens niet voor eigen doeleinden, waaronder het trainen van AI-modellen, tenzij Opdrachtgever daarvoor vooraf schriftelijk toestemming heeft gegeven.", "opt_in"),
    ("ai_training", "nl", "Tevens mag Leverancier de gegevens in geaggregeerde, niet herleidbare, vorm voor eigen doeleinden gebruiken.", "aggregated_only"),
    ("ai_training", "nl", "Productieomgeving: de systemen waarin de Persoonsgegevens worden opgeslagen en verwerkt, met uitzondering van geanonimiseerde testomgevingen.", "not_addressed"),
    ("backups", "nl", "Kopieën van Klantinhoud in back-ups worden verwijderd in het kader van de normale back-upcyclus.", "until_overwritten"),
    ("data_location", "nl", "Lumara en haar subverwerkers kunnen Klantinhoud opslaan en verwerken in de Verenigde Staten en in andere landen waar Lumara of haar subverwerkers faciliteiten hebben.", "unrestricted"),
]  # fmt: skip


def test_thirteen_and_its_dutch_are_numbers() -> None:
    assert (
        finding(
            "backups", "Back-ups worden dertien maanden bewaard en daarna automatisch verwijderd.", "nl"
        ).facts["backup_retention_days"]
        == 390
    )


# Classes the ninth blind round (formal vendor DPAs) showed; sentences of our own.
NINTH_ROUND_WORDINGS = [
    # an aside between the party and its opt-in; a signed opt-in form; a programme to join
    ("ai_training", "en", "Vendor will not use Documents to train its machine learning models unless the Customer has, in addition to switching on Smart Drafting, expressly opted in to the improvement programme.", "opt_in"),
    ("ai_training", "nl", "Leverancier gebruikt Documenten niet om modellen te verbeteren, tenzij de Klant, naast het inschakelen van Slim Opstellen, uitdrukkelijk heeft ingestemd met het verbeterprogramma.", "opt_in"),
    ("ai_training", "en", "Vendor describes the opt-in form in Annex 4. No Customer Content will be used for model improvement unless and until such a form has been executed.", "opt_in"),
    ("ai_training", "en", "Vendor will not use Customer Content for model improvement unless and until Customer has signed an opt-in form.", "opt_in"),
    ("ai_training", "nl", "Leverancier gebruikt Klantgegevens niet om taalmodellen te trainen, tenzij en totdat de Klant een toestemmingsformulier heeft ondertekend.", "opt_in"),
    ("ai_training", "en", '1.8 "Improvement Scheme" means the optional programme under which participating customers permit the use of their Customer Content to improve Vendor\'s models.', "opt_in"),
    # a switch-off that leaves the vendor's use alone is no way out
    ("ai_training", "en", "4.1 Vendor may use Customer Data to develop, train and improve its products, including the machine learning models behind lead scoring.\n\n4.3 Customer may switch off the Assist features in the account settings. Switching off those features stops content generation but does not limit Vendor's rights under Section 4.1.", "allowed"),
    ("ai_training", "nl", "4.1 Leverancier mag Klantgegevens gebruiken om haar producten en modellen te trainen en te verbeteren.\n\n4.3 Klant kan de Assistent-functies uitzetten in de instellingen. Het uitzetten laat het recht van Leverancier onder artikel 4.1 onverlet.", "allowed"),
    # aggregates as one purpose among others limit nothing; a model for the customer alone is no use
    ("ai_training", "en", "Customer grants Vendor a perpetual licence to use and analyse Customer Data to develop, train and improve the Platform and the Models, and to generate benchmarks.", "allowed"),
    ("ai_training", "en", "Fine-tuned models created from Customer's training files are available exclusively to Customer and are not used by Vendor to train other models. Vendor will not use Customer Content to train generalised models.", "prohibited"),
    # staff let in at the vendor's discretion; privileged access is staff access
    ("staff_access", "en", "Vendor may permit its employees, contractors and the personnel of its Affiliates to access Customer Data to the extent Vendor considers appropriate for product development.", "broad"),
    ("staff_access", "nl", "Leverancier mag haar medewerkers en onderaannemers toegang geven tot de Klantgegevens voor zover zij dat passend acht voor productontwikkeling.", "broad"),
    ("staff_access", "en", "Vendor may permit its personnel to access Customer Data only to the extent necessary to provide the Services.", "restricted"),
    ("staff_access", "en", "4.2 Privileged Access is granted only to named members of Vendor's operations and security teams whose role requires it. 4.3 All Privileged Access sessions are conducted via bastion hosts and are logged and recorded.", "restricted_logged"),
    ("staff_access", "nl", "Toegang via beheeraccounts wordt alleen verleend aan medewerkers die dat voor hun taak nodig hebben. Alle beheersessies worden gelogd.", "restricted_logged"),
    # where the customer is, not where its data is
    ("data_location", "en", "Where Customer's billing address is in the EEA, the United Kingdom or Switzerland, Customer Content shall be stored at rest in the EU Region.", "eu_only"),
    ("data_location", "nl", "Indien het factuuradres van de Klant in Nederland, het Verenigd Koninkrijk of Zwitserland ligt, worden de Klantgegevens opgeslagen in datacenters in Duitsland.", "eu_only"),
    # kept in the EU, sent elsewhere to be worked on; a party's address beside EU storage
    ("data_location", "en", 'This Addendum is entered into between Vendor AI, Inc., 1 Market Street, San Francisco, CA, USA ("Vendor") and Customer.\n\nCustomer Content shall be stored at rest in data centres in Germany. Inputs may be transmitted for inference to model endpoints located in the United States.', "eu_with_transfers"),
    ("data_location", "nl", "De Klantgegevens worden opgeslagen in datacenters in Ierland. De vragen van gebruikers en de gegevens daarin kunnen voor verwerking worden doorgestuurd naar een taalmodel in de Verenigde Staten.", "eu_with_transfers"),
    ("data_location", "en", "Customer Content is hosted in Germany. Support tickets and the personal data in them are transferred to and stored in the United States.", ("outside_eu", "eu_with_transfers")),
    # backups: restoring is not keeping
    ("backups", "en", "Deleted Customer Content may persist in encrypted backups, which are retained for no longer than ninety (90) days and are then destroyed. Vendor will not restore deleted Customer Content from such backups except for disaster recovery.", "time_limited"),
    # deletion: an archive clause is the backups' topic; a cookie is not the data
    ("deletion", "en", "Backup and archival copies are held in write-once storage and are retained for as long as Vendor considers necessary to evidence signatures.", ("not_addressed", "retained")),
    ("deletion", "en", "A persistent cookie will remain until it expires or you delete your cookies.", "not_addressed"),
    ("deletion", "en", "If you delete your account, we delete your account information within 60 days.", "deleted"),
    ("deletion", "en", "Some requests to delete certain personal information will require the deletion of your user account. We retain personal information only for as long as your account is active.", "deleted"),
    # sub-processors: an intention to engage, followed by a request, is no use without a say
    ("subprocessors", "en", "Where Vendor wishes to engage a new Sub-processor, it shall submit a written request to the Client. Vendor shall not engage any Sub-processor without the prior specific written authorisation of the Client.", "prior_consent"),
    ("subprocessors", "nl", "Indien Verwerker voornemens is een nieuwe Subverwerker in te schakelen, vraagt zij daarvoor schriftelijk toestemming. Verwerker schakelt geen Subverwerker in zonder voorafgaande schriftelijke toestemming van Opdrachtgever.", "prior_consent"),
    ("subprocessors", "en", "Vendor provides object storage and managed databases from data centres in the EEA. Vendor engages Sub-processors and does not notify Customer of changes.", "general_no_notice"),
]  # fmt: skip


# Red-team round 5: the edges of the ninth round's rules (passages of our own).
RED_TEAM_5_WORDINGS = [
    # a switch-off is hollow only where the vendor's own rights or use are left alone
    ("ai_training", "en", "4.1 Vendor may use Customer Data to train its models unless Customer opts out. Opting out does not affect the lawfulness of processing carried out before the opt-out.", "opt_out"),
    ("ai_training", "en", "4.1 Vendor may use Customer Data to train its models unless Customer opts out. This Section does not limit Customer's rights under the GDPR.", "opt_out"),
    ("ai_training", "nl", "4.1 Leverancier mag Klantgegevens gebruiken om modellen te trainen, tenzij Klant dit uitschakelt. Het uitschakelen laat de rechtmatigheid van de verwerking daarvoor onverlet.", "opt_out"),
    ("ai_training", "nl", "4.1 Leverancier mag Klantgegevens gebruiken voor het trainen van modellen, tenzij Klant zich afmeldt. Afmelden beperkt het gebruik van Klantgegevens voor training niet.", "allowed"),
    # an opt-out worded like an opt-in stays no opt-in
    ("ai_training", "en", "Vendor may use Customer Data to train its AI models until Customer has submitted a consent withdrawal form.", ("opt_out", "allowed")),
    ("ai_training", "nl", "Leverancier gebruikt Klantgegevens om haar modellen te trainen totdat Klant het formulier voor afmelding heeft ingevuld.", ("opt_out", "allowed")),
    ("ai_training", "en", "Vendor will use Customer Data to train its AI models unless the Customer, in its account settings, elected not to participate.", ("opt_out", "allowed")),
    # a use named subject to a clause that gives a way out; purposes the customer sets
    ("ai_training", "en", "3.1 Customer instructs Vendor to process Customer Data for the following purposes:\n(a) to build audiences and segments as configured by the Customer;\n(b) subject to Section 4.3, to use Customer Data to train and improve Global Models.\n\n4.3 Customer can object to the use of its data for Global Models at any time by switching off the setting.", "opt_out"),
    ("ai_training", "en", "Customer instructs Vendor to process Customer Data to provide the Services, and for any other purpose expressly agreed in writing between the parties.", ("not_addressed", "prohibited")),
    ("ai_training", "en", "Vendor does not use meeting content to train its models, unless the Account Owner has opted in to the Quality Program.", "opt_in"),
    ("ai_training", "en", "Vendor may use Customer Data to train the models it offers to its whole customer base; these models are available only to the customer base of the Platform.", "allowed"),
    ("ai_training", "en", "Vendor processes Customer Data only on Customer's documented instructions. As part of the Services, Vendor will generate usage statistics for Customer in the admin dashboard.", "prohibited"),
    # the customer's own staff; discretion that names a need only as an example
    ("staff_access", "en", "Customer may permit its employees to access Customer Data through the admin console.", "not_addressed"),
    ("staff_access", "nl", "Opdrachtgever kan haar medewerkers toegang geven tot de gegevens via het beheerportaal.", "not_addressed"),
    ("staff_access", "en", "Vendor may permit its employees to access Customer Data as it considers appropriate, including where necessary for troubleshooting.", "broad"),
    # the vendor's own seat is a place of the data; a transfer that does not happen
    ("data_location", "en", "Customer Data is stored on servers at Vendor's registered office in Dallas, United States.", "outside_eu"),
    ("data_location", "en", "Customer Data is stored in Ireland. Vendor will not transmit Customer Data to the United States.", "eu_only"),
    ("data_location", "nl", "Persoonsgegevens worden opgeslagen in Nederland en worden niet doorgestuurd naar de Verenigde Staten.", "eu_only"),
    # deletion: the data named beside cookies; a deletion at the customer's request within a period
    ("deletion", "en", "Upon termination, Vendor deletes all Customer Data, including cookies and local storage entries, within thirty (30) days.", "deleted"),
    ("deletion", "en", "Upon termination, Vendor deletes all Customer Data held in its object and local storage systems within sixty (60) days.", "deleted"),
]  # fmt: skip


# Classes the eleventh blind round (untidy vendor DPAs) showed; sentences of our own.
ELEVENTH_ROUND_WORDINGS = [
    # backups kept in the archives at the vendor's choice
    ("backups", "en", "9.3 Notwithstanding Article 9.2, Vendor may retain copies of Customer Personal Data in its archival and backup systems, and call records in its billing systems.", "retained"),
    ("backups", "en", "9.3 Section 9.1 does not apply to (a) Customer Data that Vendor must retain by law, or (b) Customer Data contained in backup or archival systems, which will be retained in accordance with Vendor's standard backup and archiving practices.", "retained"),
    ("backups", "nl", "Verwerker mag kopieën van de Persoonsgegevens in haar archief- en back-upsystemen bewaren.", "retained"),
    ("backups", "en", "Vendor may retain copies in its backup systems until they are overwritten within 30 days.", "time_limited"),
    # opt-ins: a programme joined, a setting that is off until turned on (even for pseudonymised data)
    ("ai_training", "en", "(3) Only if and for as long as the Controller has joined, the Processor may use samples of prompts and outputs from the Controller's tenant to train its models.", "opt_in"),
    ("ai_training", "nl", "Alleen zolang Opdrachtgever deelneemt aan het programma, mag Verwerker voorbeelden van prompts gebruiken om haar modellen te trainen.", "opt_in"),
    ("ai_training", "en", "Where Customer has activated that option, Vendor may use Customer Content submitted after activation, in pseudonymised form, for the evaluation and training of Language Models.", "opt_in"),
    # statistics that hold none of the customer's content, for billing, are no own use
    ("ai_training", "en", "Vendor processes Customer Personal Data only on the documented instructions of Customer. Vendor may compile statistics on the volume of characters translated, which do not contain Customer Content, for billing and capacity planning.", "prohibited"),
    # the vendor's own products by name; models built with the data; purposes after a lead-in
    ("ai_training", "en", "3.2 Vendor processes Controller Data for the following purposes, each of which the User acknowledges to be necessary for the provision of payment services:\n(a) to provide the Services;\n(b) to develop, analyse and improve Paxo's products and services.", "allowed"),
    ("ai_training", "en", "Vendor may detect fraud across its network, including by building, training and refining machine learning risk models using Payment Data collected from all users.", "allowed"),
    # staff who reach the data to run the service are the staff topic's; a licence the customer grants
    ("ai_training", "en", "Vendor's support and engineering teams may access Customer Data in the course of providing, maintaining and developing the Services. Vendor may use Deidentified Data to develop and improve its machine learning models.", "aggregated_only"),
    ("ai_training", "en", "6.1 You grant Vendor a worldwide licence to host, store, process and otherwise use Your Content to operate, provide, maintain, develop and improve the Services, including to train the AI models that power them.", "allowed"),
    ("ai_training", "nl", "Klant verleent Leverancier een wereldwijde licentie om de Klantgegevens te gebruiken om de dienst te verbeteren en haar AI-modellen te trainen.", "allowed"),
    # staff: teams with no limit; support at a user's request
    ("staff_access", "en", "Vendor's Personnel, including its customer success, support and engineering teams, may access Customer Data in the course of providing the Services and otherwise in connection with Vendor's business operations.", "broad"),
    ("staff_access", "en", "4.1 Access to Client Personal Data is limited to employees who need to know it. 4.3 Vendor's customer success team may access the Client's account to provide support when requested by a Client user.", "restricted"),
    # location: a ban on processing elsewhere, or one that only the customer's consent lifts
    ("data_location", "en", "5.1 Vendor processes Customer Personal Data exclusively in data centres in Germany and Finland. 5.2 Any processing of Customer Personal Data outside the European Economic Area, including remote access for support, shall not take place.", "eu_only"),
    ("data_location", "en", "(1) Customer Content is processed in data centres in Germany. (2) Any processing of personal data in a country outside the European Economic Area, including by way of remote access, requires the prior written consent of the Controller.", "eu_only"),
    ("data_location", "nl", "De Persoonsgegevens worden verwerkt in datacenters in Nederland. Elke verwerking van Persoonsgegevens buiten de EER vereist de voorafgaande schriftelijke toestemming van Opdrachtgever.", "eu_only"),
    # sub-processors: consent to those listed, and prior specific authorisation for any other
    ("subprocessors", "en", "9.1 Customer consents to the engagement of the Sub-processors listed in Appendix 3. 9.2 Vendor shall not engage any further Sub-processor without the prior specific written authorisation of Customer. 9.3 If Customer refuses authorisation, either Party may terminate the affected Services.", "prior_consent"),
    ("subprocessors", "nl", "9.1 Opdrachtgever stemt in met de inschakeling van de subverwerkers genoemd in Bijlage 3. 9.2 Verwerker schakelt geen andere subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever.", "prior_consent"),
    # deletion: no duty to return or delete; the controller's choice in Dutch word order
    ("deletion", "en", "7.2 Vendor will retain Controller Data in accordance with its internal retention schedule. Vendor shall have no obligation to return or delete Payment Data.", "retained"),
    ("deletion", "nl", "9.2 Na beëindiging van de Hoofdovereenkomst stelt Verwerker, naar keuze van Verwerkingsverantwoordelijke, de Persoonsgegevens ter beschikking of vernietigt hij deze.", "return_or_delete"),
]  # fmt: skip


# Red-team round 6: the edges of the rules from rounds 10 and 11 (passages of our own).
RED_TEAM_6_WORDINGS = [
    ("ai_training", "en", "Vendor may use Customer Data to build segments as configured by the Customer, and to improve Vendor's own advertising models.", "allowed"),
    ("ai_training", "nl", "Leverancier gebruikt Klantgegevens om segmenten op te bouwen zoals ingesteld door de Klant, en voor productverbetering.", "allowed"),
    ("ai_training", "en", "Vendor may use Customer Data for any purpose not expressly prohibited by this Agreement or as approved in an Order Form, including developing new products.", "allowed"),
    ("ai_training", "en", "Vendor may use Customer Data for any purpose instructed by Customer, and for any other lawful purpose including developing new products.", "allowed"),
    ("ai_training", "en", "Vendor's data science teams may access Customer Data to develop and improve Vendor's products.", "allowed"),
    ("ai_training", "en", "If a user has joined the Customer's workspace, Vendor may use that user's messages to train its models.", "allowed"),
    ("ai_training", "nl", "Zolang de instelling Modelverbetering is ingeschakeld, gebruikt Leverancier Klantgegevens voor het trainen van haar modellen. Deze instelling staat standaard aan; Klant kan haar uitschakelen.", "opt_out"),
    ("staff_access", "en", "Vendor's support team may access Customer Data at any time, including when requested by a Customer user.", "broad"),
    ("deletion", "en", "Customer Data remains available even after the end of the Agreement for thirty (30) days, after which it is permanently deleted.", "deleted"),
    ("deletion", "nl", "De gegevens blijven ook na het einde van de overeenkomst 30 dagen bewaard, waarna zij worden verwijderd.", "deleted"),
    ("deletion", "en", "Vendor has no obligation to return or delete Customer Data during the Retrieval Period. After the Retrieval Period, Vendor deletes all Customer Data within thirty (30) days.", "deleted"),
    ("deletion", "en", "We keep your personal information as long as you are a customer and afterwards as long as we have a business interest in it.", "retained"),
    ("deletion", "en", "Personal information stored in a cookie is removed when the cookie expires.", "not_addressed"),
    ("backups", "en", "Vendor may retain copies of Customer Data in its backup systems for thirty (30) days, after which they are overwritten.", "time_limited"),
    ("backups", "nl", "Verwerker mag kopieën in haar back-upsystemen bewaren gedurende 35 dagen.", "time_limited"),
    ("data_location", "en", "Personal Data is hosted in Germany. Any transfer of Personal Data outside the EEA requires the prior written consent of the Controller or is based on the Standard Contractual Clauses.", "eu_with_transfers"),
    ("data_location", "en", "Personal Data is hosted in Germany. Any transfer of Personal Data outside the EEA requires the prior written consent of the Controller, which the Controller hereby gives for remote support from Vendor's affiliate in the United States.", ("eu_with_transfers", "outside_eu")),
    ("data_location", "nl", "De Persoonsgegevens worden gehost in Duitsland. Verwerking buiten de EER vereist de voorafgaande schriftelijke toestemming van Opdrachtgever, tenzij de standaardcontractbepalingen zijn gesloten.", "eu_with_transfers"),
    ("data_location", "en", "Personal Data is hosted in Ireland. Processing of Personal Data outside the EEA shall not take place, save under the Standard Contractual Clauses.", "eu_with_transfers"),
    ("data_location", "en", "Vendor shall not transfer Customer Data outside the EEA unless Customer consents; Customer hereby consents to transfers to the Sub-processors listed in Annex 3, including in the United States.", ("eu_with_transfers", "outside_eu")),
    # "no" negates ("no obligation to"), but not in "no longer possible" (what anonymised data is)
    ("ai_training", "en", "Vendor may use the data in anonymised and aggregated form, in which a reference to the Client is no longer possible, for statistical purposes and for the further development of its services.", "aggregated_only"),
    ("deletion", "en", "Upon termination, Vendor shall have no obligation to return or delete Customer Data.", "retained"),
]  # fmt: skip


def _table(topic: str | None, language: str | None, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of the tables above as (topic, language, text, acceptable stances)."""
    out = []
    for row in rows:
        fields = list(row)
        row_topic = topic or fields.pop(0)
        row_language = language or fields.pop(0)
        text, stances = fields[0], fields[1] if len(fields) > 1 else None
        out.append((row_topic, row_language, text, (stances,) if isinstance(stances, str) else stances))
    return out


THIRD_ROUND_WORDINGS = [
    # Kept in the EU/EEA and reached from elsewhere: EU storage with transfers.
    ("data_location", "en", "Customer Data is stored in the Netherlands. Human reviewers located in the United States may review flagged prompts.", "eu_with_transfers"),
    ("data_location", "nl", "De gegevens worden opgeslagen in Amsterdam. Onze supportmedewerkers kunnen de gegevens inzien vanuit India.", "eu_with_transfers"),
    # Stored in the EEA "in principle" leaves other places open.
    ("data_location", "nl", "De persoonsgegevens worden in beginsel opgeslagen en verwerkt binnen de Europese Economische Ruimte (EER).", "eu_with_transfers"),
    ("data_location", "en", "As a rule, Customer Data is hosted in data centres in the European Union.", "eu_with_transfers"),
    # Art. 28(3)(a)'s "including with regard to transfers" says who decides, not that transfers happen.
    ("data_location", "en", "The Processor shall process Personal Data only on documented instructions from the Controller, including with regard to transfers of personal data to a third country. Data is stored in Germany.", "eu_only"),
    ("data_location", "nl", "Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies, ook wat betreft doorgiften van persoonsgegevens aan een derde land. De gegevens worden opgeslagen in Nederland.", "eu_only"),
    # One sub-processor's row is no ban on every transfer.
    ("data_location", "nl", "Hosting: Datahaven B.V., Amsterdam (NL) - opslag; geen doorgifte. Doorgifte naar een land buiten de EER vindt uitsluitend plaats op basis van modelcontractbepalingen. Alle gegevens worden opgeslagen in Nederland.", "eu_with_transfers"),
    # A ban in other words; storage "only in data centres located in" a member state.
    ("data_location", "nl", "Verwerker verwerkt en bewaart de Persoonsgegevens uitsluitend in datacenters die zich in Nederland bevinden. Doorgifte van Persoonsgegevens naar een land buiten de Europese Economische Ruimte is niet toegestaan.", "eu_only"),
    ("data_location", "en", "Customer Data is stored in Germany. Transfers of Customer Data to countries outside the EEA are not permitted.", "eu_only"),
    ("data_location", "en", "Customer Data is stored only in data centres that are located in Germany.", "eu_only"),
    ("data_location", "nl", "Klantgegevens kunnen worden opgeslagen en verwerkt in ieder land waar wij of onze leveranciers faciliteiten hebben.", "unrestricted"),
    # Whose data or whose contract, not where it is.
    ("data_location", "en", "For organisations in the European Economic Area or the United Kingdom, a Data Processing Addendum is available on request.", "not_addressed"),
    # A long ban is still a ban.
    ("data_location", "en", "Vendor shall not transfer, and shall not permit any Sub-processor to transfer, Customer Personal Data to, or to access Customer Personal Data from, any country outside the European Economic Area without the prior written consent of the Customer. All data is stored in Dublin, Ireland.", "eu_only"),
    # A purpose put first is negated by the main clause after it.
    ("ai_training", "en", "To train our AI models, we do not use Customer Data.", "prohibited"),
    ("ai_training", "en", "To develop AI models, we never analyse or use Customer Data.", "prohibited"),
    ("ai_training", "nl", "Om onze AI-modellen te trainen, gebruiken wij geen klantgegevens.", "prohibited"),
    ("ai_training", "en", "To the extent we use Customer Data to improve our services, we will not identify Customer.", "allowed"),
    ("ai_training", "en", "To improve our models, we use not only public data but also your conversations.", "allowed"),
    # A prohibition after what it forbids; "evenmin" (nor) negates.
    ("ai_training", "nl", "Verwerker zal de persoonsgegevens niet voor eigen doeleinden verwerken. Het gebruik van de gegevens voor het verbeteren van de dienst is evenmin toegestaan.", "prohibited"),
    ("ai_training", "en", "Use of Customer Data to improve our models is not permitted.", "prohibited"),
    ("ai_training", "en", "Use of Customer Data to improve our models is permitted, but sale of it is prohibited.", "allowed"),
    ("ai_training", "nl", "Verwerker verwerkt de Persoonsgegevens niet voor andere of eigen doeleinden.", "prohibited"),
    # A question is no promise; an exception that needs someone's consent is an opt-in.
    ("ai_training", "nl", "Gebruiken jullie mijn gegevens om AI te trainen? Wij gebruiken uw gegevens niet om AI-modellen te trainen, tenzij de werkgever daarvoor vooraf toestemming geeft.", "opt_in"),
    ("ai_training", "en", "Vendor does not use Customer Data to train its models unless Customer has affirmatively enrolled in the Model Improvement Program.", "opt_in"),
    ("ai_training", "en", "Enrolment in the Model Improvement Program is off by default. If enrolled, we use your conversations to train models.", "opt_in"),
    ("ai_training", "nl", "Deelname aan het verbeterprogramma staat standaard uit. Na aanmelding gebruiken wij uw gesprekken om onze modellen te trainen.", "opt_in"),
    # A consent asked for something else is no opt-in.
    ("ai_training", "nl", "Verwerker verwerkt de persoonsgegevens uitsluitend op schriftelijke instructies. Uitsluitend bij een ernstige storing mag Verwerker zonder voorafgaande toestemming toegang verkrijgen.", "prohibited"),
    # An improvement for the customer itself is no own use.
    ("ai_training", "nl", "De leverancier mag gesprekken gebruiken voor het verbeteren van de chatbot van Klant zelf.", "not_addressed"),
    ("ai_training", "en", "We use your conversations to improve Customer's own assistant configuration.", "not_addressed"),
    # Access logging in other words: audit logs, a logbestand, registering what staff do.
    ("staff_access", "en", "Access to Customer Personal Data is restricted to employees who need it. Access by our personnel to production environments is granted through named accounts, is time-bound, and is recorded in tamper-evident audit logs.", "restricted_logged"),
    ("staff_access", "nl", "De leverancier beperkt de toegang tot klantgegevens tot personeel dat toegang nodig heeft. Toegang van personeel tot productiesystemen verloopt via single sign-on met multifactorauthenticatie, wordt per sessie gelogd.", "restricted_logged"),
    ("staff_access", "nl", "Alleen medewerkers die dat nodig hebben, hebben toegang. Iedere raadpleging van een dossier, zowel door gebruikers als door onze eigen medewerkers, wordt vastgelegd in een logbestand.", "restricted_logged"),
    ("staff_access", "nl", "Toegang is beperkt tot medewerkers die dat nodig hebben. Verwerker registreert alle handelingen van beheerders waarbij persoonsgegevens worden ingezien.", "restricted_logged"),
    # An auditor's access to log files is no logging of staff access.
    ("staff_access", "nl", "Alleen medewerkers die dat nodig hebben, hebben toegang tot de persoonsgegevens. De auditor krijgt toegang tot systemen, logbestanden en medewerkers.", "restricted"),
    # Opt-ins in everyday words; a ban that the customer's consent lifts is an opt-in.
    ("ai_training", "en", "We won't use your files to train AI models unless you ask us to.", "opt_in"),
    ("ai_training", "en", "The Provider shall not use Customer Data to develop machine learning models without the Customer's express written consent.", "opt_in"),
    ("ai_training", "en", "With your consent, we may use your support tickets to improve our language models.", "opt_in"),
    ("ai_training", "nl", "Tenzij jij daarvoor toestemming geeft, gebruiken wij jouw berichten niet om onze AI te trainen.", "opt_in"),
    # "don't", and the Dutch negation after the verb.
    ("ai_training", "en", "We don't train any AI models on the documents you upload.", "prohibited"),
    ("ai_training", "nl", "Wij trainen onze taalmodellen niet met de gegevens van klanten.", "prohibited"),
    # People reading conversations to improve the service is own use.
    ("ai_training", "en", "Selected chats may be read by our quality team to improve the assistant.", "allowed"),
    ("ai_training", "nl", "Onze medewerkers kunnen gesprekken beluisteren om de herkenning van spraak te verbeteren.", "allowed"),
    ("ai_training", "en", "We may use a transcript you flag as incorrect to train our speech models.", "allowed"),
    # A way out of training alone says that training happens by default.
    ("ai_training", "en", "Administrators can switch off model training for their workspace in the privacy settings.", "opt_out"),
    ("ai_training", "nl", "Via de instellingen kun je je afmelden voor modeltraining met je gesprekken.", "opt_out"),
    # ... but switching off an AI feature is no opt-out from training.
    ("ai_training", "nl", "U kunt de AI-functies van de dienst uitschakelen in de instellingen.", "not_addressed"),
    # Dutch prior consent in other words; a use conditioned on the customer's approval.
    ("subprocessors", "nl", "Het inschakelen van een subverwerker vereist de voorafgaande schriftelijke goedkeuring van Klant.", "prior_consent"),
    ("subprocessors", "nl", "Leverancier maakt alleen gebruik van subverwerkers na voorafgaande schriftelijke toestemming van Klant.", "prior_consent"),
    ("subprocessors", "en", "Supplier may appoint subcontractors, provided that it first obtains the Client's prior written consent to each of them.", "prior_consent"),
    ("subprocessors", "nl", "Leverancier is bevoegd om onderaannemers in te schakelen. Leverancier meldt dit aan Klant.", "general_no_notice"),
    # What the customer does with third parties is no use of sub-processors by the vendor.
    ("subprocessors", "en", "Customer may engage its own auditors and consultants to review the Services.", "not_addressed"),
    ("subprocessors", "nl", "Je kunt je bestanden delen met derden door hen uit te nodigen.", "not_addressed"),
    # Regions in other words: Europe, Norway (EEA), an American provider, the Philippines.
    ("data_location", "en", "All customer content is hosted in data centres in Europe.", "eu_only"),
    ("data_location", "nl", "Wij hosten alle klantgegevens in Noorwegen.", "eu_only"),
    ("data_location", "nl", "Spraakopnames worden verwerkt door een Amerikaanse aanbieder. Alle overige gegevens slaan wij op in Nederland.", ("eu_with_transfers", "outside_eu")),
    ("data_location", "en", "Customer Data may be accessed by our support agents in the Philippines.", "outside_eu"),
    # Staff placed abroad who may reach data kept in the EU.
    ("data_location", "en", "Customer Data is stored in Ireland. Our support team in the United States may access Customer Data to resolve tickets.", "eu_with_transfers"),
    ("data_location", "nl", "Uw gegevens worden opgeslagen in Duitsland. Onze supportmedewerkers in India kunnen uw gegevens inzien.", "eu_with_transfers"),
    # Staff access without a limit, and need-to-know said of the access itself.
    ("staff_access", "nl", "Medewerkers van Leverancier hebben toegang tot de klantgegevens.", "broad"),
    ("staff_access", "en", "Our engineers can access customer databases to investigate incidents.", "broad"),
    ("staff_access", "nl", "Medewerkers worden gescreend. Toegang tot persoonsgegevens wordt verleend op basis van need-to-know.", "restricted"),
    ("staff_access", "en", "Staff receive a handbook and need to know our travel policy.", "not_addressed"),
    # A user's feedback on one answer is a use the user chose.
    ("ai_training", "en", "If a user sends us feedback on an answer, we may use that conversation to train our models.", "opt_in"),
    # A use that holds while a setting is on: opt-out when it is on by default, opt-in otherwise.
    ("ai_training", "nl", "Voor zakelijke accounts staat het verbeterprogramma standaard ingeschakeld. Indien het verbeterprogramma is ingeschakeld, mag Leverancier uw prompts gebruiken om de AI-functies te verbeteren.", "opt_out"),
    ("ai_training", "en", "If the sharing setting is enabled, we may use your prompts to improve our models.", "opt_in"),
    ("ai_training", "en", "While enrolled, the vendor may use Inputs and Outputs created after enrolment to train its models.", "opt_in"),
    ("ai_training", "en", "The Vendor may use Usage Data to maintain, secure, improve and develop the Services, including its AI-assisted features, provided that Usage Data is first aggregated and de-identified.", "aggregated_only"),
    # A deletion whose time the next sentence gives.
    ("deletion", "nl", "Nadat Klant de ontvangst van de export schriftelijk heeft bevestigd, verwijdert Leverancier alle persoonsgegevens. Dit gebeurt uiterlijk drie maanden na het einde van de overeenkomst.", "deleted"),
    ("deletion", "en", "Once the export is confirmed, the Supplier deletes all Customer Data from its systems. This will happen no later than sixty days after the end of the Agreement.", "deleted"),
    # Location: "to not transfer", "as regards the transfers", "eender welk land".
    ("data_location", "en", "The data are hosted in France. The Processor engages itself to not transfer the data towards a country outside of the European Union.", "eu_only"),
    ("data_location", "nl", "We kunnen je gegevens bewaren en verwerken in eender welk land waar wij of onze onderaannemers actief zijn.", "unrestricted"),
    # How AI vendors word their own use in practice (our own paraphrases).
    ("ai_training", "en", "We do not build large language models or other generative models using customer data.", "prohibited"),
    ("ai_training", "en", "Customer Data is not used for training models outside of the customer's tenant without permission.", "opt_in"),
    ("ai_training", "en", "We train our own transcription engine on de-identified call recordings.", "aggregated_only"),
    ("ai_training", "en", "Documents you upload are not kept and are not used to train our neural networks.", "prohibited"),
    ("ai_training", "en", "We process Customer Data solely to provide and support the Services.", "prohibited"),
    ("ai_training", "en", "We will not use your prompts to train our models, except for feedback you choose to send.", "opt_in"),
    ("ai_training", "en", "The platform uses customer interactions to continuously learn and improve.", "allowed"),
    # Told of new sub-processors, with no say: they are used without an objection right.
    ("subprocessors", "en", "If Customer subscribes to updates, Vendor will notify Customer of any new Subprocessor at least ten (10) days before it processes Customer Data.", "general_no_notice"),
    # "Vendor logs all access"; "Doorgifte ... vindt niet plaats".
    ("staff_access", "en", "Vendor personnel will not access Customer Data except as necessary to provide the Services. Vendor logs all access to production systems.", "restricted_logged"),
    ("data_location", "nl", "De gegevens worden gehost op servers in Nederland en Duitsland. Doorgifte naar landen buiten de EER vindt niet plaats.", "eu_only"),
    # A ban on advertising alone says nothing of training or improvement.
    ("ai_training", "en", "The Provider will not use Customer Data, or anything derived from it, for advertising or similar commercial purposes.", "not_addressed"),
    ("ai_training", "en", "Prompts and responses are excluded from model training.", "prohibited"),
    ("ai_training", "en", "Customer Data shall be used by the Supplier exclusively for the performance of the Agreement.", "prohibited"),
    # What the customer deletes itself is no promise of the vendor's.
    ("deletion", "nl", "Je kunt je profiel op ieder moment zelf verwijderen in de app.", "not_addressed"),
    ("deletion", "nl", "Klant verwijdert zelf de gegevens uit de applicatie vóór het einde van de overeenkomst.", "not_addressed"),
    ("deletion", "nl", "Op verzoek van Klant verwijdert Leverancier de persoonsgegevens binnen vier weken.", "deleted"),
    # Kept after the end so the account can come back; kept for the vendor's own interest.
    ("deletion", "en", "We retain your workspace after you cancel so that you can reactivate it later.", "retained"),
    ("deletion", "nl", "Na beëindiging blijven de gegevens bewaard, zodat Klant het account later kan heractiveren.", "retained"),
    ("deletion", "en", "Upon termination, the Supplier will delete Customer Data within 30 days, unless it has a legitimate business interest in keeping it.", "retained"),
    ("deletion", "nl", "Na afloop verwijdert Leverancier de gegevens binnen 30 dagen, behalve wanneer Leverancier ze nodig heeft voor eigen doeleinden.", "retained"),
    # A floor is no limit; a recovery time is no retention period.
    ("backups", "en", "Backup copies are kept for a minimum of 60 days.", "retained"),
    ("backups", "nl", "Back-ups worden ten minste zes maanden bewaard.", "retained"),
    ("backups", "en", "Systems can be restored from backup within 8 hours of an outage.", "not_addressed"),
    # Kept as long as the vendor itself judges necessary: no limit.
    ("backups", "en", "The Supplier may retain backup copies for as long as it considers them necessary for business continuity purposes.", "retained"),
    ("deletion", "nl", "Leverancier mag klantgegevens na het sluiten van het account bewaren zolang dat naar het redelijk oordeel van Leverancier nodig is.", "retained"),
    # Logs kept "at least a year" say nothing of the backups.
    ("backups", "en", "Access logs are retained for at least one year. Backups are retained for up to 45 days.", "time_limited"),
    # An export window after the end is no retention.
    # (an export window, then deletion: offered back first, as the English "for thirty days after
    # termination Customer may export ... Thereafter" reads; most fixtures/eval writers accept both)
    ("deletion", "nl", "Na het einde van het abonnement blijft de administratie nog drie maanden beschikbaar om te exporteren. Daarna worden de persoonsgegevens binnen een maand verwijderd.", "return_or_delete"),
    # Handed back at the end, then deleted: return and delete.
    ("deletion", "nl", "Na beëindiging van de overeenkomst draagt Leverancier alle persoonsgegevens over aan Klant. Uiterlijk drie maanden na beëindiging vernietigt Leverancier alle persoonsgegevens.", "return_or_delete"),
    ("deletion", "en", "On termination the Supplier will provide a complete export of all Customer Data to the Customer. Within 60 days after termination the Supplier deletes all Customer Data.", "return_or_delete"),
    # ... but an export the customer makes itself is no return.
    ("deletion", "en", "After termination, Customer may download a complete export of its data for 30 days. Thereafter the Supplier deletes all Customer Data.", "deleted"),
    # Sub-processors in Dutch small-firm wording.
    ("subprocessors", "nl", "Opdrachtgever geeft Opdrachtnemer hierbij bij voorbaat toestemming om onderaannemers in te schakelen en deze naar eigen inzicht te vervangen.", "general_no_notice"),
    ("subprocessors", "nl", "Opdrachtnemer mag ook freelancers inschakelen voor programmeerwerk.", "general_no_notice"),
    ("subprocessors", "nl", "Leverancier mag bij de uitvoering van de overeenkomst gebruikmaken van derde partijen.", "general_no_notice"),
    # "personnel who may access" names which staff; it grants nothing. Logged sessions are logging.
    ("staff_access", "en", "Access to Client Personal Data is limited to those personnel who need such access. All Supplier personnel who may access Client Systems are bound by written obligations of confidentiality. All privileged sessions through the PAM platform are logged.", "restricted_logged"),
    ("staff_access", "nl", "Medewerkers van Leverancier en van gelieerde ondernemingen kunnen toegang hebben tot het account van Klant en de daarin opgeslagen klantgegevens.", "broad"),
    ("ai_training", "en", "We use this information to see how the app is used and to make improvements.", "allowed"),
    ("ai_training", "en", "The Supplier may compile statistical information on the performance of the Services, provided it does not identify the Customer.", "aggregated_only"),
    ("subprocessors", "nl", "Wij schakelen andere bedrijven in die ons helpen bij het leveren van onze dienst.", "general_no_notice"),
    ("subprocessors", "en", "We engage other companies to help us deliver the service.", "general_no_notice"),
    # No duty to remove backup copies keeps them; "not removed individually, but overwritten" expires them.
    ("backups", "en", "Residual copies of your files may remain in our backup systems after deletion, and we are not obligated to remove them.", "retained"),
    ("backups", "en", "Deleted data will not be removed individually from backup media, but will be erased as those backups are overwritten in the normal rotation.", "until_overwritten"),
    ("backups", "nl", "Back-ups worden bewaard zolang Leverancier dit voor de continuïteit van de dienstverlening nodig acht.", "retained"),
    ("backups", "nl", "Kopieën van klantgegevens in back-ups kunnen ook na sluiting van het account worden bewaard en worden niet actief verwijderd.", "retained"),
    ("backups", "nl", "Gegevens in back-ups worden niet afzonderlijk verwijderd, maar automatisch verwijderd wanneer de back-ups verlopen, uiterlijk negentig dagen na aanmaak.", "time_limited"),
    # How long backups are kept says nothing of deleting the data itself.
    ("deletion", "nl", "Back-ups worden bewaard zolang Leverancier dit nodig acht. Na afloop van de overeenkomst zal Leverancier de persoonsgegevens op verzoek teruggeven of verwijderen.", "return_or_delete"),
    # A pointer to another document says nothing itself.
    ("subprocessors", "en", "Vendor's engagement of Subprocessors in connection with the Services is governed by the DPA.", "not_addressed"),
    # Red-team round 3: a qualifier counts only in the clause of the use it governs; a ban on one
    # thing does not reach a use joined by "and"; an opt-out of something else is none.
    ("ai_training", "en", "We may use your data to improve our services, and we will not sell it to anyone without permission.", "allowed"),
    ("ai_training", "nl", "Leverancier gebruikt klantgegevens voor het trainen van AI-modellen en verstrekt deze niet aan derden zonder voorafgaande toestemming.", "allowed"),
    ("ai_training", "en", "We use your content to improve our models, while AI-generated summaries are off by default.", "allowed"),
    ("ai_training", "en", "We may use your conversations to train our models, including when you give feedback on a response.", "allowed"),
    ("ai_training", "nl", "Wij verkopen uw gegevens niet voor reclamedoeleinden en gebruiken ze om onze modellen te trainen.", "allowed"),
    ("ai_training", "en", "Customer Data will never be used for advertising and is used to improve our services.", "allowed"),
    ("ai_training", "nl", "Wij gebruiken uw gegevens nooit voor advertenties, wel om onze diensten te verbeteren.", "allowed"),
    ("ai_training", "en", "Only Enterprise workspaces are excluded from model training; content in Free workspaces is used to train our models.", "allowed"),
    ("ai_training", "nl", "Wij gebruiken je berichten om onze diensten te verbeteren. Je kunt pushmeldingen uitschakelen in de app.", "allowed"),
    ("ai_training", "nl", "Wij gebruiken je chats om onze AI te trainen, tenzij je je toestemming intrekt via de instellingen.", "opt_out"),
    ("ai_training", "en", "We use your chats to train our models unless you withdraw your consent in Settings.", "opt_out"),
    ("ai_training", "nl", "Wij gebruiken geanonimiseerde gegevens niet om onze modellen te trainen.", "prohibited"),
    # Red-team round 3, other topics: a market is no place; capitals are no country code; the
    # service offered everywhere is not data kept everywhere; an American standard or provider
    # hosting in the EU keeps data in the EU.
    ("data_location", "en", "We are the market leader in Europe and store all data in our own data centres.", "not_addressed"),
    ("data_location", "nl", "Als grootste aanbieder in Europa slaan wij alle gegevens op in onze eigen datacenters.", "not_addressed"),
    ("data_location", "en", "ALL CUSTOMER DATA PROVIDED TO US IS STORED EXCLUSIVELY IN THE EUROPEAN UNION.", "eu_only"),
    ("data_location", "en", "We offer the service in every country where we operate, but all customer data is stored in Germany.", "eu_only"),
    ("data_location", "nl", "Wij leveren onze dienst in ieder land waar wij actief zijn, maar alle gegevens worden opgeslagen in Nederland.", "eu_only"),
    ("data_location", "en", "Our data centres in Frankfurt hold a SOC 2 report under American auditing standards.", "eu_only"),
    ("data_location", "en", "Our hosting provider in Frankfurt stores all customer data.", "eu_only"),
    # Whose staff, and which log.
    ("staff_access", "en", "Your employees can access the data through the admin console.", "not_addressed"),
    ("staff_access", "nl", "Je medewerkers kunnen via de app de gegevens inzien die jij met hen deelt.", "not_addressed"),
    ("staff_access", "en", "Our employees are bound by confidentiality obligations. The platform logs all access by end users to shared links.", "restricted"),
    ("staff_access", "en", "Support staff are subject to confidentiality obligations. Telephone support sessions are recorded for quality purposes.", "restricted"),
    ("staff_access", "en", "Engineers can access customer data when the customer grants permission through a support ticket.", "restricted"),
    ("staff_access", "en", "You need to know: our support staff can view your files when resolving tickets.", "broad"),
    # Deletion: the customer's choice of how long is no retention; a floor is no deadline; a
    # user's right beside the vendor's promise does not hide it; the customer returning equipment is no return.
    ("deletion", "en", "Vendor stores Customer Data for as long as the Customer deems appropriate and deletes it within 30 days after termination.", "deleted"),
    ("deletion", "nl", "Wij bewaren je gegevens zolang wij dat nodig achten voor onze dienstverlening.", "retained"),
    ("deletion", "en", "Customer may request deletion at any time; Vendor shall then delete the data within 14 days.", "deleted"),
    ("deletion", "nl", "Bij het einde van de overeenkomst geeft Klant de geleende apparatuur terug. Leverancier verwijdert de klantgegevens binnen 30 dagen na het einde van de overeenkomst.", "deleted"),
    ("backups", "nl", "Back-ups bewaren wij zolang wij dat noodzakelijk achten.", "retained"),
    ("backups", "en", "Deleted files are removed from backups permanently within 30 days.", "time_limited"),
    # Fifth blind round: an opt-in by whoever opts in; an opt-out offered in the same article; a
    # ban that goes on past its comma; feedback a user sends; "in onze opdracht" is no instruction.
    ("ai_training", "en", "If an administrator explicitly opts in through the admin console, Customer Content may be used to train our models.", "opt_in"),
    ("ai_training", "en", "The provider processes Meeting Content only to return a result and is contractually prohibited from storing it beyond the time needed to generate that result, or from using it for its own purposes.", "prohibited"),
    ("ai_training", "en", "Customer grants the Supplier a licence to use the content of any written feedback a user submits about an AI feature for any purpose.", "opt_in"),
    ("ai_training", "nl", "Wij delen uw gegevens alleen met: dienstverleners die in onze opdracht gegevens verwerken, zoals onze leverancier van cloudopslag.", "not_addressed"),
    # Backups "not deleted individually" go with the rotation; the backup cycle gives their period.
    ("backups", "en", "Data in backup copies is not deleted individually. It is deleted automatically with the rotation of the backups, at the latest three months after deletion.", "time_limited"),
    ("backups", "en", "Backups are erased at the end of the backup cycle. The backup cycle is thirty-five (35) days.", "time_limited"),
    ("backups", "en", "Copies may persist in our backup systems and may be retained for as long as the Supplier deems necessary for disaster recovery.", "retained"),
    # Sixth blind round.
    ("subprocessors", "nl", "Leverancier maakt voor zijn bedrijfsvoering gebruik van software en diensten van andere bedrijven.", "general_no_notice"),
    ("subprocessors", "nl", "Leverancier mag een andere partij inschakelen. Leverancier hoeft daarvoor geen toestemming van Klant te vragen.", "general_no_notice"),
    ("subprocessors", "en", "The Supplier may engage further processors only with the prior written consent of the Customer.", "prior_consent"),
    ("subprocessors", "nl", "Onze belangrijkste dienstverleners zijn: een hostingpartij, een betaaldienst en een e-mailprovider.", "general_no_notice"),
    ("ai_training", "en", "The platform is used by organisations to train their employees and partners, and we process personal data on their behalf.", "not_addressed"),
    ("ai_training", "en", "The assistant uses a language model hosted in the EU: prompts are used only to generate a response, are not stored by the provider, and are not used to train the model.", "prohibited"),
    ("ai_training", "en", "To improve the accuracy of the classifier for all customers, the Supplier may use documents to train its models. The Customer may object to this use at any time by deactivating the option in the settings.", "opt_out"),
    ("ai_training", "nl", "In afwijking van artikel 2 mag de verwerker de loongegevens gebruiken voor het opstellen van statistieken en sectorale benchmarks, op voorwaarde dat de gegevens vooraf geanonimiseerd worden.", "aggregated_only"),
    ("deletion", "nl", "Na het einde zal Leverancier, naar keuze van Klant, alle klantgegevens aan Klant retourneren en vervolgens verwijderen, dan wel uitsluitend verwijderen.", "return_or_delete"),
    ("deletion", "nl", "Teruggave en verwijdering zijn afgerond binnen 30 dagen na de einddatum.", "return_or_delete"),
    ("backups", "en", "We do not delete individual customers' data from backups; the backups are overwritten as part of our normal backup cycle.", "until_overwritten"),
    ("backups", "en", "Deleted content may remain in our encrypted backup systems for up to sixty (60) additional days until the backups are rotated.", "time_limited"),
    ("backups", "nl", "Na beëindiging is Leverancier niet verplicht klantgegevens te verwijderen uit systemen voor back-up en archivering.", "retained"),
    # "as an independent controller" names a role, not who acts.
    ("ai_training", "en", "The Supplier processes Service Data as an independent controller for the following purposes: (i) to bill Customer; (ii) to analyze and improve the features of the Services.", "allowed"),
    # A privacy notice's own updates and a data subject's objection are no sub-processor procedure.
    ("subprocessors", "nl", "We werken samen met partners en dienstverleners. Als de wijzigingen aanzienlijk zijn, kondigen we de update aan via onze blog. U kunt bezwaar maken tegen hoe we uw persoonsgegevens gebruiken.", "general_no_notice"),
    ("staff_access", "en", "Any member of our team may log in to these accounts using the access you provide.", "broad"),
    ("deletion", "nl", "Na opzegging zetten we je winkel op inactief. Je account blijft daarna bewaard, zodat je je winkel later weer kunt activeren. We verwijderen een inactieve winkel niet automatisch.", "retained"),
    ("deletion", "en", "We do not automatically delete inactive accounts.", "retained"),
    # ... but kept for a stated grace period, then deleted, is deletion.
    ("deletion", "nl", "Als je opzegt, blijft je winkel nog drie maanden bewaard, zodat je hem kunt heractiveren. Daarna verwijderen we je gegevens definitief.", "deleted"),
    ("deletion", "nl", "Wil je dat we je account volledig verwijderen? Stuur ons dan een e-mail.", "not_addressed"),
    ("deletion", "nl", "Wanneer de overeenkomst met uw organisatie eindigt, verwijderen wij alle gespreksopnames uiterlijk 30 dagen na de einddatum.", "deleted"),
    ("deletion", "en", "We keep your personal data while you are our customer and afterwards for the periods we need it for the purposes described in this notice.", "retained"),
    # Whoever the people are, "only those who need access" limits access.
    ("staff_access", "en", "Only members of our support team who need access to resolve your ticket can view your data, and every such access is logged.", "restricted_logged"),
    ("staff_access", "nl", "Alleen de leden van ons supportteam die dat voor een melding nodig hebben, kunnen uw gegevens inzien.", "restricted"),
]  # fmt: skip


SEVENTH_ROUND_WORDINGS = [
    # A ban on transfers that only the customer's consent lifts, worded with "unless"/"tenzij".
    ("data_location", "nl", "De gegevens worden uitsluitend opgeslagen in Nederland. Verwerker zal de gegevens niet doorgeven aan landen buiten de Europese Economische Ruimte, tenzij Opdrachtgever daarvoor vooraf schriftelijk toestemming heeft gegeven.", "eu_only"),
    ("data_location", "en", "Customer Data is hosted in Ireland. Vendor shall not transfer Customer Data outside the EEA unless Customer has given its prior written consent.", "eu_only"),
    ("data_location", "en", "Customer Data is hosted in Ireland. Vendor shall not transfer Customer Data outside the EEA unless required by applicable law.", "eu_with_transfers"),
    # "Turn this off" is a way out of the use named just before it.
    ("ai_training", "en", "Content created in the editor may be used by the Provider to train and improve our models. Workspace administrators can turn this off at any time under Settings.", "opt_out"),
    ("ai_training", "nl", "Gesprekken in de assistent kunnen wij gebruiken om onze modellen te trainen. Een beheerder zet dit uit via Instellingen.", "opt_out"),
    # "Hiervoor" and "for this purpose" point back to the training in the sentence before.
    ("ai_training", "nl", "Het voorgaande geldt ook voor het trainen van modellen voor kunstmatige intelligentie. Verwerker zal Persoonsgegevens hiervoor uitsluitend gebruiken indien Verwerkingsverantwoordelijke daar vooraf uitdrukkelijk en schriftelijk toestemming voor heeft gegeven.", "opt_in"),
    ("ai_training", "en", "This also applies to the training of artificial intelligence models. Vendor will use Customer Data for this purpose only with Customer's prior written consent.", "opt_in"),
    # Kept for its own purposes, not used: a retention clause says nothing of training.
    ("ai_training", "en", "Supplier may retain copies of Customer Data in archived form for as long as Supplier considers reasonably necessary for its legitimate business purposes.", "not_addressed"),
    ("ai_training", "en", "Supplier may retain and use Customer Data for its legitimate business purposes.", "allowed"),
    # "niet tot Klant ... herleidbaar" describes the data; it negates no use.
    ("ai_training", "nl", "Leverancier is gerechtigd de Gegevens in geanonimiseerde en geaggregeerde vorm, zodanig dat deze niet tot Klant of tot individuele personen herleidbaar zijn, te gebruiken voor de verbetering van de Dienst, waaronder het trainen van de algoritmes.", "aggregated_only"),
    # Models improved "en bij te trainen"; an opt-out just before a sentence that names the use again.
    ("ai_training", "nl", "Daarom gebruiken we de Gesprekken om de taalmodellen achter Assist te verbeteren en bij te trainen. Dit staat standaard aan. Wil je dat niet, dan kun je het uitzetten via Instellingen. Uitzetten geldt vanaf dat moment; wat al is gebruikt om een model te trainen, kunnen we niet meer uit dat model halen.", "opt_out"),
    ("ai_training", "nl", "Wij gebruiken de Gesprekken om de taalmodellen bij te trainen.", "allowed"),
    # ... but a use that happens "always" has no way out.
    ("ai_training", "en", "You can turn off the use of your recordings for model improvement under Settings. Usage information is always used to improve the Services.", "allowed"),
    # Access "from locations outside the EEA" says where staff sit, not who may look.
    ("staff_access", "en", "Access to Customer Data is limited to those employees of Vendor who require it to perform the Service. Vendor's support personnel may access Customer Data from locations outside the EEA.", "restricted"),
    ("staff_access", "nl", "Alleen medewerkers die dat voor hun werk nodig hebben, hebben toegang tot de gegevens. Onze supportmedewerkers kunnen de gegevens bekijken vanuit landen buiten de EER.", "restricted"),
    ("staff_access", "en", "Employees of the Vendor may access Customer Data.", "broad"),
    ("staff_access", "nl", "Klant stemt ermee in dat medewerkers van Leverancier toegang hebben tot de administratie van Klant, voor zover dat naar het oordeel van Leverancier wenselijk is.", "broad"),
    # ... but not those "die ... toegang hebben" (who they are), nor another firm's staff.
    ("staff_access", "nl", "Leverancier verplicht haar medewerkers en andere personen die onder haar gezag werken en toegang hebben tot Persoonsgegevens schriftelijk tot geheimhouding.", "restricted"),
    ("staff_access", "nl", "Medewerkers van die hostingpartij kunnen bij een storing tijdelijk toegang krijgen tot de systemen. Binnen ons bedrijf hebben alleen medewerkers toegang tot persoonsgegevens als dat voor hun werk noodzakelijk is.", "restricted"),
    # A use that waits for the customer's opt-in is an opt-in, even of de-identified data.
    ("ai_training", "en", "If Customer chooses to join the improvement program by enabling that setting, Vendor may use de-identified ticket content to train the models underlying the assistant.", "opt_in"),
    ("ai_training", "en", "Vendor may use de-identified ticket content to train the models underlying the assistant.", "aggregated_only"),
    # A model fine-tuned at the customer's request is the customer's own.
    ("ai_training", "nl", "Maatwerkmodel: een variant van een Taalmodel die op verzoek van Klant met Klantgegevens wordt bijgetraind.", "not_addressed"),
    # Anywhere in the world; the verb before its subject.
    ("data_location", "nl", "Je gegevens kunnen daarom zowel binnen als buiten de Europese Economische Ruimte worden opgeslagen, waar ook ter wereld.", "unrestricted"),
    ("subprocessors", "nl", "Wel schakelen wij andere bedrijven in die namens ons gegevens verwerken, zoals onze hostingpartij.", "general_no_notice"),
    # "analysing ... to build and train the models" is a use, as "analyse" is.
    ("ai_training", "en", "The last purpose includes analysing the content of support conversations to build and train the machine learning models behind Suggested Replies.", "allowed"),
    # What a privacy notice covers is no use of the data.
    ("ai_training", "en", "This notice applies to the information we handle for our own purposes.", "not_addressed"),
    ("ai_training", "nl", "Deze privacyverklaring is van toepassing op de gegevens die wij voor eigen doeleinden verwerken.", "not_addressed"),
    # Colleagues and "iedereen die bij ons werkt" are staff.
    ("staff_access", "nl", "Alleen collega's die het echt nodig hebben voor hun werk, kunnen bij je Klantdata. Iedereen die bij ons werkt, heeft een geheimhoudingsverklaring getekend.", "restricted"),
    # The end of the contract does not reach the backups.
    ("backups", "en", "Back-up sets are kept in accordance with the Supplier's archiving policy as in force from time to time and are not purged when a Contract ends.", "retained"),
    ("backups", "nl", "De verwijdering bedoeld in artikel 11.3 heeft geen betrekking op back-ups en archieven.", "retained"),
    ("backups", "en", "Backups are retained in accordance with our backup policy and deleted after 30 days.", "time_limited"),
]  # fmt: skip


EIGHTH_ROUND_WORDINGS = [
    # A ban carries over its list of infinitives: "niet toegestaan ... te verrijken, te koppelen of te gebruiken".
    ("ai_training", "nl", "Het is Verwerker niet toegestaan de Persoonsgegevens te verrijken, te koppelen aan andere gegevensbestanden of te gebruiken voor de ontwikkeling van nieuwe producten, anders dan op uitdrukkelijke instructie van Verwerkingsverantwoordelijke.", "prohibited"),
    # A model fine-tuned for the customer's exclusive use is the customer's own.
    ("ai_training", "en", "Where Customer fine-tunes a model with Customer Data, the resulting customised model is for Customer's exclusive use and will not be made available to any other customer.", "not_addressed"),
    # What was used before a setting was switched off says how far the choice reaches, not that a use happens.
    ("ai_training", "en", "Customer Content shared under the Program before it was switched off may continue to be used for model improvement.", "not_addressed"),
    ("ai_training", "nl", "Wat al is gebruikt om een model te trainen, blijft in dat model.", "not_addressed"),
    # "instemming" is consent too.
    ("ai_training", "nl", "Verbeterprogramma: het programma waarin Leverancier, uitsluitend met voorafgaande schriftelijke instemming van de Zorginstelling, Cliëntgegevens gebruikt voor het verbeteren van de spraakmodellen.", "opt_in"),
    # An objection offered later in the use's own sentence; "unless Customer has switched off".
    ("ai_training", "en", "Our legal basis for using Content to train our models is our legitimate interest in developing and improving the Services, and you may object to this processing at any time.", "opt_out"),
    ("ai_training", "en", "Unless Customer has switched off the setting in the administrator console, Customer instructs Vendor to use Customer Personal Data to train and improve the machine learning models that power the Services.", "opt_out"),
    # A definition that points elsewhere is no use; "op geen enkele wijze ... herleidbaar" describes the data.
    ("ai_training", "en", '"Service Improvement Data" has the meaning given in Section 5.2.', "not_addressed"),
    ("ai_training", "nl", "De Leverancier mag gegevens die zodanig zijn geanonimiseerd dat zij op geen enkele wijze meer herleidbaar zijn tot individuele leerlingen, gebruiken voor kwaliteitsverbetering en voor statistische analyses.", "aggregated_only"),
    ("ai_training", "nl", "De Leverancier gebruikt de gegevens van leerlingen voor kwaliteitsverbetering van het systeem.", "allowed"),
    # Backups "not deleted separately" or "niet direct" go with the rotation; residual copies "not removed" stay.
    ("backups", "en", "Data in the backups are not deleted separately. They are overwritten in the frame of the regular backup rotation.", "until_overwritten"),
    ("backups", "nl", "Kopieën in back-ups worden niet direct verwijderd. Zij worden bij de eerstvolgende back-upcyclus overschreven.", "until_overwritten"),
    ("backups", "en", "Residual copies of your information may remain in our backup and archival systems after deletion and are not removed from those systems.", "retained"),
    # A condition's "not" stays in the condition.
    ("deletion", "en", "If the Controller does not make such request, the Processor deletes the data no later than 6 months after ending of the Main Contract.", "deleted"),
    ("deletion", "nl", "Als Opdrachtgever daar niet om vraagt, verwijdert de Verwerker de gegevens uiterlijk drie maanden na het einde van de overeenkomst.", "deleted"),
    # Logging worded as a record of every access.
    ("staff_access", "en", "Access to payroll data is granted only to those employees who need it. All accesses of employees of the Processor to personal data of the Controller are recorded in a logging protocol.", "restricted_logged"),
    ("staff_access", "nl", "De Leverancier beperkt de toegang tot die medewerkers die de toegang nodig hebben. De Leverancier houdt een logging bij van alle raadplegingen en mutaties van persoonsgegevens.", "restricted_logged"),
    ("backups", "en", "Each backup set is retained for a rolling period of four weeks, after which it expires. Backup sets that exist on the date of termination are not deleted on an accelerated basis and will expire in accordance with that period.", "time_limited"),
]  # fmt: skip


# Red-team round 4 (passages written against this session's rules by a reviewer who read them):
# where a new rule must not reach - another transfer route beside a consent, a data subject's
# consent, "need not", a notice or definition that names a use, a retention that is also a use,
# a qualifier of another clause, a use that goes on, "always" of something else, backups kept
# for good, a period inside an exception.
RED_TEAM_4_WORDINGS = [
    ("data_location", "en", "Customer Data is hosted in Ireland. Vendor shall not transfer Customer Data outside the EEA unless Customer has given its consent or the transfer is covered by the Standard Contractual Clauses.", "eu_with_transfers"),
    ("data_location", "nl", "De gegevens worden opgeslagen in Duitsland. Verwerker zal de gegevens niet doorgeven naar een land buiten de EER, tenzij Opdrachtgever toestemming heeft gegeven of de standaardcontractbepalingen van de Europese Commissie zijn gesloten.", "eu_with_transfers"),
    ("data_location", "en", "Customer Data is hosted in Ireland. Vendor shall not transfer Customer Data outside the EEA unless Customer has approved the transfer, and approval is deemed given where Customer does not object within fourteen days of notice.", "eu_with_transfers"),
    ("data_location", "en", "Customer Data is hosted in the Netherlands. Vendor shall not transfer Customer Data outside the EEA unless the data subject has explicitly consented to the proposed transfer.", "eu_with_transfers"),
    ("ai_training", "nl", "Verwerker hoeft de gegevens niet te anonimiseren, te aggregeren of te verwijderen voordat zij deze gebruikt om haar modellen te trainen.", "allowed"),
    ("ai_training", "en", "This policy applies to all data we collect through the app, which we use to improve our services and to train our AI models.", "allowed"),
    ("ai_training", "en", "Vendor may use Usage Data (which has the meaning given in Section 1.8) to develop and improve its machine learning models.", "allowed"),
    ("ai_training", "en", "Vendor may retain Customer Data for its legitimate business purposes, including product analytics and benchmarking.", "allowed"),
    ("ai_training", "nl", "Leverancier bewaart Klantgegevens ook voor eigen doeleinden, waaronder productontwikkeling.", "allowed"),
    ("ai_training", "en", "Vendor uses Customer Data to train its models and, at Customer's request, will provide a summary of the data used.", "allowed"),
    ("ai_training", "en", "Vendor may use Customer Data to improve its general models; fine-tuned models remain for Customer's exclusive use.", "allowed"),
    ("ai_training", "en", "We use all Customer Content, including content that has already been used in earlier versions, to train each new release of our models.", "allowed"),
    ("ai_training", "en", "We use your prompts to train our models, always in line with applicable data protection law. You can opt out of this use under Settings > Privacy.", "opt_out"),
    ("ai_training", "nl", "Ongeacht je abonnement gebruiken wij je gesprekken om onze modellen te trainen. Wil je dat niet, dan kun je het uitschakelen in Instellingen.", "opt_out"),
    ("backups", "nl", "Back-ups worden niet direct verwijderd en blijven voor onbepaalde tijd bewaard.", "retained"),
    ("backups", "en", "This deletion obligation does not apply to backups, which are deleted automatically after thirty (30) days.", "time_limited"),
    ("ai_training", "nl", "Gegevens die al eerder zijn gebruikt om een model te trainen, blijven onderdeel van dat model.", "not_addressed"),
    ("ai_training", "en", "\"Aggregate Data\" has the meaning set out in the Definitions Schedule.", "not_addressed"),
    ("backups", "en", "Data in backups is not erased immediately; it is removed when the backup expires after ninety (90) days.", "time_limited"),
]  # fmt: skip


WORDINGS = [
    *_table(
        "subprocessors", None, [(lang, text, "general_no_notice") for lang, text in PRIVACY_NOTICE_RIGHTS]
    ),
    *_table("ai_training", None, AI_SERVICE_WORDINGS),
    *_table("ai_training", None, [(lang, text, "prohibited") for lang, text in PURPOSE_LIMITS]),
    *_table("ai_training", None, CONDITIONS_OF_USE),
    *_table("ai_training", None, OWN_PURPOSES),
    *_table(None, "nl", DUTCH_DPA_WORDINGS),
    *_table("data_location", "en", TRANSFER_BANS),
    *_table(None, "en", PRIVACY_NOTICE_WORDINGS),
    *_table(None, "en", EVERYDAY_WORDINGS),
    *_table(None, "nl", DUTCH_NOTICE_WORDINGS),
    *_table(None, None, NEAR_MISSES),
    *_table(None, None, SECOND_BLIND_SET_WORDINGS),
    *_table(None, None, THIRD_ROUND_WORDINGS),
    *_table(None, None, SEVENTH_ROUND_WORDINGS),
    *_table(None, None, EIGHTH_ROUND_WORDINGS),
    *_table(None, None, RED_TEAM_4_WORDINGS),
    *_table(None, None, NINTH_ROUND_WORDINGS),
    *_table(None, None, RED_TEAM_5_WORDINGS),
    *_table(None, None, ELEVENTH_ROUND_WORDINGS),
    *_table(None, None, RED_TEAM_6_WORDINGS),
]


@pytest.mark.parametrize(("topic", "language", "text", "stances"), WORDINGS)
def test_wording_is_read_as_a_careful_reviewer_would(
    topic: str, language: str, text: str, stances: tuple[str, ...]
) -> None:
    result = finding(topic, text, language)
    assert result.stance in stances, text
    if result.stance != "not_addressed":
        assert result.citations, "a stance is always cited"


def test_a_clause_about_the_backups_themselves_is_cited_first() -> None:
    text = (
        "11.3 Supplier may retain copies of Customer Data in archived form for as long as Supplier "
        "considers reasonably necessary.\n\nSchedule 2. Back-up sets are kept in accordance with "
        "Supplier's archiving policy as in force from time to time and are not purged when a Contract ends."
    )
    result = finding("backups", text)
    assert result.stance == "retained"
    assert result.citations[0].quote.startswith("Back-up sets"), result.citations[0].quote


def test_a_window_named_in_the_clause_before_adds_up_and_both_are_quoted() -> None:
    text = (
        '10.2 For a period of thirty (30) days following the Termination Date (the "Retrieval Period"), '
        "Vendor will not delete Customer Data and will allow Customer to retrieve it.\n\n"
        "10.3 Upon expiry of the Retrieval Period, Vendor will delete Customer Data from its systems "
        "within ninety (90) days."
    )
    result = finding("deletion", text)
    # (offered back for retrieval first, then deleted: returned or deleted, as reviewers label it)
    assert (result.stance, result.facts["deletion_days"]) == ("return_or_delete", 120)
    quoted = " ".join(c.quote for c in result.citations)
    assert "thirty (30) days" in quoted and "ninety (90) days" in quoted


def test_the_notice_that_gives_its_period_is_cited_first() -> None:
    text = (
        "6.1 Customer grants a general authorisation to engage Sub-processors.\n\n6.3 The Sub-processor "
        "Page has a mechanism by which Customer may subscribe to notifications of new Sub-processors. "
        "Where Customer has subscribed, Vendor will notify Customer of any new Sub-processor at least "
        "thirty (30) days before it processes Customer Data.\n\n6.4 Customer may object to a new "
        "Sub-processor within that period."
    )
    result = finding("subprocessors", text)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", 30)
    assert "thirty (30) days" in result.citations[0].quote, result.citations[0].quote


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "8.2 Following termination, Vendor will delete Customer Data within ninety (90) days. "
         "8.3 Vendor will provide a written certification of deletion upon Customer's written request "
         "made within twelve (12) months of termination.", 90),
        ("nl", "8.2 Na beëindiging verwijdert Verwerker de Persoonsgegevens binnen dertig (30) dagen. "
         "8.3 Verwerker verstrekt een schriftelijke verklaring van verwijdering op verzoek ingediend "
         "binnen zestig (60) dagen na beëindiging.", 30),
    ],
)  # fmt: skip
def test_the_time_to_ask_for_a_certificate_is_not_the_deletion_period(
    language: str, text: str, days: int
) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", days)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "Vendor will delete Customer Data at the Controller's request within thirty (30) days.", 30),
        ("nl", "Verwerker verwijdert de Persoonsgegevens op verzoek binnen dertig (30) dagen.", 30),
        ("en", "Vendor retains Customer Data for no longer than thirty (30) days after termination, including in "
         "backups, after which it is deleted.", 30),
        ("nl", "Na beëindiging vernietigt Verwerker alle Persoonsgegevens. Verwerker verstrekt een verklaring van "
         "vernietiging op verzoek dat binnen zes (6) maanden na beëindiging wordt ingediend.", None),
    ],
)  # fmt: skip
def test_a_deletion_at_the_customers_request_keeps_its_period(
    language: str, text: str, days: int | None
) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", days)


def test_a_number_word_split_from_its_figures_by_a_line_break_is_one_period() -> None:
    text = (
        "3. Backup copies of Client Personal Data are retained on a rolling basis for thirty-five\n"
        "(35) days and are then permanently destroyed."
    )
    result = finding("backups", text)
    assert (result.stance, result.facts["backup_retention_days"]) == ("time_limited", 35)


def test_the_access_log_period_is_not_the_backup_period() -> None:
    text = (
        "6.3 Each access by Vendor employees to Customer Content is logged, and the logs are retained for "
        "twelve (12) months. 8.2 Backups are kept for a maximum of thirty-five (35) days, after which they "
        "are erased."
    )
    result = finding("backups", text)
    assert (result.stance, result.facts["backup_retention_days"]) == ("time_limited", 35)


def test_a_window_named_after_the_deletion_period_adds_up() -> None:
    text = (
        "11. Deletion\n(2) After termination, the Controller has read-only access to its tenant for thirty "
        '(30) days in order to download its content (the "Retrieval Period").\n(3) Within thirty (30) days '
        "after the end of the Retrieval Period, the Processor shall irreversibly delete all Customer Content."
    )
    result = finding("deletion", text)
    # (the data offered back for download first, then deleted: returned or deleted, as reviewers label it)
    assert (result.stance, result.facts["deletion_days"]) == ("return_or_delete", 60)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "Upon expiry of the Agreement, the Supplier shall without undue delay delete Customer Data from "
         "its production systems; backup copies are overwritten within 35 days in the normal cycle.", None),
        ("nl", "Uiterlijk twee maanden na het einde van de Overeenkomst verwijdert Leverancier alle "
         "persoonsgegevens uit de productieomgeving; back-ups worden na 90 dagen overschreven.", 60),
        ("en", "Within 30 days after termination we delete Customer Data, including from backups.", 30),
    ],
)  # fmt: skip
def test_backups_in_a_clause_of_their_own_leave_the_datas_deletion_and_its_period(
    language: str, text: str, days: int | None
) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", days)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Upon termination, backups are deleted within 35 days."),
        ("en", "Upon termination, the Supplier shall delete all backup copies within 90 days."),
        ("nl", "Na beëindiging worden back-ups binnen 35 dagen verwijderd."),
    ],
)
def test_a_deletion_of_the_backups_themselves_is_the_backups_topics(language: str, text: str) -> None:
    assert finding("deletion", text, language).stance == "not_addressed"


@pytest.mark.parametrize(
    ("language", "text", "stance", "days"),
    [
        ("en", "Prompts and outputs sent through the interface are retained for up to thirty (30) days for "
         "abuse monitoring and are then deleted.", "deleted", 30),
        ("nl", "Prompts en antwoorden worden maximaal 30 dagen bewaard voor misbruikcontrole en daarna verwijderd.",
         "deleted", 30),
        ("en", "Access logs are retained for up to 90 days and are then deleted.", "not_addressed", None),
    ],
)  # fmt: skip
def test_kept_for_a_stated_time_and_then_deleted_is_a_deletion_period(
    language: str, text: str, stance: str, days: int | None
) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == (stance, days)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("nl", "Verwerker informeert Verwerkingsverantwoordelijke niet minder dan zes weken vóór de inschakeling "
         "van een nieuwe subverwerker, waarna bezwaar kan worden gemaakt.", 42),
        # another notice beside it: the customer's notice to end the contract
        ("nl", "Maakt Klant bezwaar tegen een nieuwe subverwerker waarover Leverancier vooraf heeft geïnformeerd "
         "en komen partijen er niet uit, dan kan Klant opzeggen met een opzegtermijn van één maand.", None),
        ("en", "If Customer objects to a new Sub-processor of which Vendor informed it in advance and the parties "
         "cannot agree, Customer may terminate with a notice period of one month.", None),
        # an exception with a shorter notice: the shorter one is what the customer can count on
        ("en", "Vendor will notify Customer at least thirty (30) days before engaging a new Sub-processor, except "
         "that for a Vendor Affiliate notice of ten (10) days shall suffice. Customer may object.", 10),
        ("nl", "Leverancier kondigt nieuwe subverwerkers minimaal 30 dagen van tevoren aan, met dien verstande dat "
         "voor gelieerde ondernemingen een termijn van 7 dagen geldt. Klant kan bezwaar maken.", 7),
        # ... but not the objection window after it
        ("en", "Vendor will notify Customer at least 30 days before engaging a new Sub-processor, except that "
         "Customer may object within 10 days.", 30),
    ],
)  # fmt: skip
def test_the_notice_period_is_the_one_the_customer_can_count_on(
    language: str, text: str, days: int | None
) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", days)


@pytest.mark.parametrize(
    ("language", "text", "stance", "days"),
    [
        ("en", "Before engaging a new Sub-processor, Vendor will request Customer's approval at least fourteen (14) "
         "days in advance.", "prior_consent", 14),
        ("nl", "Voordat Verwerker een nieuwe subverwerker inschakelt, vraagt Verwerker de Verwerkingsverantwoordelijke "
         "vooraf om toestemming.", "prior_consent", None),
        # the notice far along a long proviso
        ("en", "Subject to Customer's right to object as set out below, Supplier may engage new Sub-processors, "
         "provided always that Supplier (i) has entered into a written agreement with the Sub-processor containing "
         "data protection obligations no less protective than those in this DPA, (ii) remains fully liable for the "
         "Sub-processor's performance, and (iii) gives Customer written notice, no later than twenty (20) days prior "
         "to the date on which the Sub-processor first processes Customer Personal Data.", "notice_and_objection", 20),
    ],
)  # fmt: skip
def test_asking_first_is_prior_consent_and_a_notice_in_a_long_proviso_counts(
    language: str, text: str, stance: str, days: int | None
) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == (stance, days)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        # the period in a later clause of the same article
        ("en", "12. Sub-processors\n12.1 Supplier may use the Sub-processors set out in the Sub-processor List.\n"
         "12.2 Changes to the Sub-processor List are recorded in our public changelog.\n12.3 Each changelog entry "
         "concerning a new Sub-processor will be published a minimum of sixty (60) days ahead of the change.\n"
         "12.4 Customer may object by email before the change takes effect.", 60),
        ("nl", "Artikel 6 Subverwerkers\n6.1 Klant geeft Leverancier algemene toestemming om subverwerkers in te "
         "schakelen.\n6.2 Leverancier informeert Klant voorafgaand aan de inschakeling van een nieuwe subverwerker.\n"
         "6.3 De in 6.2 bedoelde kennisgeving geschiedt ten minste dertig (30) dagen voor de inschakeling.\n"
         "6.4 Klant kan binnen die termijn bezwaar maken.", 30),
        ("nl", "9.1 Leverancier mag subverwerkers inschakelen op basis van een algemene toestemming.\n9.2 Wijzigingen "
         "worden via een melding in het klantportaal kenbaar gemaakt, uiterlijk 15 dagen voor de wijziging.\n"
         "9.3 Klant kan via het klantportaal bezwaar maken.", 15),
        # worded without "notify": informing, announcements, "in kennis heeft gesteld", the chance to object
        ("en", "We announce new subprocessors through a mailing list. Announcements go out one month before the new "
         "subprocessor starts processing your data. If you object, you may terminate the affected Service.", 30),
        ("nl", "11.1 Leverancier schakelt een nieuwe subverwerker pas in nadat hij Klant daarvan drie maanden vooraf "
         "in kennis heeft gesteld.\n11.2 Klant kan binnen die drie maanden bezwaar maken.", 90),
        ("nl", "4.1 Verwerker heeft algemene toestemming om subverwerkers in te schakelen.\n4.2 Verwerker stelt Klant "
         "gedurende een periode van veertien dagen voorafgaand aan de inschakeling in de gelegenheid om bezwaar "
         "te maken.", 14),
        # different notices: the shortest is the one the customer can count on (not an objection window)
        ("en", "5.1 Vendor will notify Customer at least 30 days before engaging a new Sub-processor.\n5.2 For "
         "Sub-processors that are Affiliates of Vendor, the notice referred to in 5.1 will be given at least 10 "
         "days in advance.\n5.3 Customer may object before the end of the notice period.", 10),
        ("nl", "Leverancier kan nieuwe subverwerkers inschakelen. Hij informeert Klant daarover drie weken van "
         "tevoren; Klant kan binnen tien dagen bezwaar maken.", 21),
    ],
)  # fmt: skip
def test_a_notice_period_is_found_beside_the_clause_that_names_sub_processors(
    language: str, text: str, days: int
) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", days)


def test_informing_of_intended_changes_with_a_chance_to_object_is_notice_and_objection() -> None:
    text = (
        "6.1 Processor may engage other processors on the basis of a general written authorisation, informing "
        "Controller of any intended changes and giving Controller the opportunity to object."
    )
    assert finding("subprocessors", text).stance == "notice_and_objection"


def test_a_notice_of_reduced_functionality_is_no_sub_processor_notice() -> None:
    text = (
        "8.1 We use service providers to host the Service.\n8.2 Where a change materially reduces the "
        "functionality of a paid plan, we will try to give you reasonable advance notice."
    )
    assert finding("subprocessors", text).facts["notice_days"] is None


@pytest.mark.parametrize(
    ("language", "text", "stance", "days"),
    [
        ("nl", "9.2 Na beëindiging van de Overeenkomst zal Verwerker alle Persoonsgegevens retourneren en/of "
         "deze verwijderen. Verwerker voert dit uit binnen vier weken na de datum van beëindiging.",
         "return_or_delete", 28),
        ("nl", "8.2 Eindigt de Overeenkomst, dan verwijdert Leverancier daarna alle Klantdata. Dat gebeurt "
         "uiterlijk zes weken na de einddatum van de Overeenkomst.", "deleted", 42),
        ("en", "Upon termination, Supplier shall delete all Customer Data. This will be completed within thirty "
         "(30) days of termination.", "deleted", 30),
        ("en", "After closing, we delete Your Content within three months, except where the law requires us to "
         "keep it.", "deleted", 90),
    ],
)  # fmt: skip
def test_the_sentence_after_a_deletion_may_give_its_period(
    language: str, text: str, stance: str, days: int
) -> None:
    result = finding("deletion", text, language)
    assert (result.stance, result.facts["deletion_days"]) == (stance, days)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We and our service providers may store and process Your Content and other information about your "
         "account in the United States, Canada, the European Union and in any other country where we or our "
         "service providers operate."),
        ("nl", "Wij en onze dienstverleners mogen uw gegevens en andere informatie over uw account opslaan en "
         "verwerken in de Verenigde Staten, in Canada, in de Europese Unie en in elk ander land waar wij of onze "
         "dienstverleners actief zijn."),
    ],
)  # fmt: skip
def test_any_other_country_after_a_list_of_places_is_unrestricted(language: str, text: str) -> None:
    assert finding("data_location", text, language).stance == "unrestricted"


@pytest.mark.parametrize(
    ("language", "text", "stance"),
    [
        # the customer picks the region, an EU one among them; brief processing elsewhere is a transfer
        ("en", '6.1 At rest, Customer Data is stored in the hosting region selected by Customer in the Order Form '
         '(the "EU Region", located in Ireland, or the "US Region"). 6.2 Inputs may be processed transiently on '
         'inference endpoints operated by Vendor in the United States where a model is not yet available in the EU '
         'Region.', "eu_with_transfers"),
        ("nl", "Klantgegevens worden opgeslagen in de door Klant gekozen regio: de EU-regio (Nederland) of de "
         "VS-regio.", "eu_only"),
        # "bij storing" is an outage, not storage
        ("nl", "Verwerker slaat de Persoonsgegevens op in datacenters in Nederland. Bij storing kan de verwerking "
         "tijdelijk plaatsvinden in datacenters in de Verenigde Staten.", "eu_with_transfers"),
        # no choice: stored in the US
        ("en", "Customer Data is stored in data centres in the United States and in Ireland.", "outside_eu"),
    ],
)  # fmt: skip
def test_a_region_the_customer_picks_and_brief_processing_elsewhere(
    language: str, text: str, stance: str
) -> None:
    assert finding("data_location", text, language).stance == stance


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Customer Data is stored in data centres in the Netherlands. Customer Data is not transferred outside "
         "the EEA. During outages, Inputs may be processed temporarily in data centres in the United States."),
        ("nl", "Verwerker slaat de Persoonsgegevens op in datacenters in Nederland. Doorgifte naar landen buiten de "
         "EER vindt niet plaats. Bij storing kan de verwerking tijdelijk plaatsvinden in datacenters in de "
         "Verenigde Staten."),
    ],
)  # fmt: skip
def test_data_sent_out_to_be_worked_on_is_a_transfer_whatever_a_ban_beside_it_says(
    language: str, text: str
) -> None:
    assert finding("data_location", text, language).stance == "eu_with_transfers"


@pytest.mark.parametrize(
    ("language", "text", "stance", "days"),
    [
        # plain-language terms ask, then answer; disagreeing is objecting
        ("nl", "7.3 Gaan we een nieuwe subverwerker inschakelen of vervangen we er een? Dan laten we het je ten "
         "minste vier weken van tevoren weten, per e-mail.\n\n7.4 Ben je het niet eens met een nieuwe "
         "subverwerker? Laat het ons dan binnen die vier weken weten.", "notice_and_objection", 28),
        ("en", "Are we adding a new sub-processor? Then we will email you at least 30 days before it starts. If you "
         "disagree with the new sub-processor, tell us within 14 days.", "notice_and_objection", 30),
        # a notice required by a negation is a notice; a permission to act without notice is none
        ("en", "Vendor may not engage a new Sub-processor without notifying Customer at least 30 days in advance. "
         "Customer may object to the new Sub-processor.", "notice_and_objection", 30),
        ("nl", "Leverancier mag geen nieuwe subverwerker inschakelen zonder Klant daarvan ten minste vier weken "
         "vooraf in kennis te stellen. Klant kan bezwaar maken tegen de nieuwe subverwerker.",
         "notice_and_objection", 28),
        ("nl", "Leverancier schakelt derden in voor hosting. Leverancier kan deze derden zonder voorafgaande "
         "mededeling aan Klant inschakelen of vervangen. Is Klant het niet eens met een wijziging, dan kan hij de "
         "Overeenkomst opzeggen.", "general_no_notice", None),
        ("en", "Vendor uses third-party hosting providers. Vendor may replace a Sub-processor without prior notice.",
         "general_no_notice", None),
    ],
)  # fmt: skip
def test_a_say_over_new_sub_processors_however_it_is_asked(
    language: str, text: str, stance: str, days: int | None
) -> None:
    result = finding("subprocessors", text, language)
    assert (result.stance, result.facts["notice_days"]) == (stance, days)


def test_a_question_is_read_with_its_answer_but_never_quoted() -> None:
    text = "Gaan we een nieuwe subverwerker inschakelen? Dan laten we het je twee weken van tevoren weten. Je kunt bezwaar maken."
    result = finding("subprocessors", text, "nl")
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", 14)
    assert result.citations and not any("?" in c.quote for c in result.citations)


@pytest.mark.parametrize(
    ("topic", "language", "text", "stance"),
    [
        # not restoring from backups is no keeping in them
        ("backups", "nl", "Persoonsgegevens die uit de productieomgeving zijn verwijderd, worden niet uit back-ups "
         "teruggezet, behalve voor herstel na een calamiteit. Back-ups worden na uiterlijk drie maanden "
         "overschreven.", "time_limited"),
        ("backups", "nl", "Verwijderde gegevens worden niet uit de back-ups verwijderd.", "retained"),
        # a programme the customer may sign up for is joined, not on by default
        ("ai_training", "nl", "Klant kan zich aanmelden voor het Kwaliteitsprogramma. Deelname is uitsluitend "
         "mogelijk na schriftelijke aanmelding. Bij deelname mag Leverancier een steekproef van gepseudonimiseerde "
         "Prompts gebruiken om de modellen te verbeteren.", "opt_in"),
        ("ai_training", "en", "Customer may enrol in the Quality Programme at any time. Within the Programme, Vendor "
         "may use samples of Prompts to improve its models.", "opt_in"),
    ],
)  # fmt: skip
def test_restores_and_programmes_one_signs_up_for(topic: str, language: str, text: str, stance: str) -> None:
    assert finding(topic, text, language).stance == stance


def test_the_tail_of_a_sentence_already_read_is_not_read_again() -> None:
    from clausecheck.extract.evidence import topic_sentences
    from clausecheck.models import Chunk

    text = (
        'The "Program" means the program under which Vendor uses data to improve its models. Next sentence.'
    )
    full = Chunk("c1", "d", text, 0, len(text), [1], "1")
    tail_start = text.index("which")
    tail = Chunk("c2", "d", text[tail_start:], tail_start, len(text), [1], "1")
    flats = [s.flat for s, _ in topic_sentences([full, tail])]
    assert not any(f.startswith("which") for f in flats) and any(f.startswith("Next") for f in flats)


@pytest.mark.parametrize(
    ("lead", "item", "expected"),
    [
        ("Vendor processes the Personal Data for the following purposes:", "(c) training Vendor's models.",
         "Vendor processes the Personal Data for the following purposes training Vendor's models."),
        ("Leverancier verwerkt de Persoonsgegevens voor de volgende doeleinden:", "(c) het trainen van de modellen.",
         "Leverancier verwerkt de Persoonsgegevens voor de volgende doeleinden het trainen van de modellen."),
        # (an entry of a definitions list says what its own word means)
        ("In this Agreement the following terms have the meanings set out below:",
         '(c) "Model Tuning" means training the models.', '(c) "Model Tuning" means training the models.'),
        ("In deze voorwaarden hebben de volgende begrippen de hieronder omschreven betekenis:",
         "- Modelverbetering: het trainen van de modellen.", "- Modelverbetering: het trainen van de modellen."),
    ],
)  # fmt: skip
def test_a_list_item_read_in_another_chunk_keeps_its_lead_in(lead: str, item: str, expected: str) -> None:
    from clausecheck.extract.evidence import topic_sentences
    from clausecheck.models import Chunk

    text = f"{lead}\n\n(a) providing the Service;\n\n{item}"
    start = text.index(item)
    # (the retrieved chunk opens on the item, its list's lead-in left in the chunk before it)
    chunk = Chunk("c2", "d", text[start:], start, len(text), [1], "1")
    assert [s.flat for s, _ in topic_sentences([chunk], text)] == [expected]


# Rounds 13 and 14 (blind), as wordings of our own: who may look and whether it is logged; whose
# data a use is about and how its programme is joined; where the data is kept and who else reaches
# it; definitions, exceptions, switches and lead-ins in AI terms; emergencies.
LATER_ROUND_WORDINGS = [
        # staff_access: who may look and whether it is logged
        # Dutch logging of every act on the data, and role compounds ("Supportmedewerkers")
        ("staff_access", "nl", "3.1 Toegang is beperkt tot medewerkers voor wie toegang noodzakelijk is. Alle handelingen met "
         "Persoonsgegevens in de productieomgeving worden gelogd.", "restricted_logged"),
        ("staff_access", "nl", "4.1 Uitsluitend medewerkers die toegang nodig hebben, krijgen toegang. 4.4 Alle handelingen van "
         "Medewerkers op Patiëntgegevens, waaronder raadplegen, wijzigen, exporteren en verwijderen, worden gelogd "
         "overeenkomstig NEN 7513.", "restricted_logged"),
        ("staff_access", "nl", "Supportmedewerkers hebben standaard geen toegang tot Cliëntgegevens en krijgen die alleen na "
         "goedkeuring door Zorgaanbieder. Alle toegang tot Cliëntgegevens wordt overeenkomstig NEN 7513 "
         "vastgelegd.", "restricted_logged"),
        ("staff_access", "en", "Access is limited to personnel who need to know. All operations on Customer Data in the production "
         "environment are recorded in an audit log.", "restricted_logged"),
        # a log the customer's users get says nothing of the vendor's staff
        ("staff_access", "en", "Access is limited to personnel who need to know. All actions on Customer Data by your users are "
         "logged.", "restricted"),
        # staff who may see everything, in either word order
        ("staff_access", "nl", "Om de kwaliteit te waarborgen, kunnen medewerkers van Leverancier en door ons ingeschakelde "
         "dienstverleners Klantinhoud inzien en beoordelen.", "broad"),
        ("staff_access", "nl", "Medewerkers van Leverancier en van haar groepsmaatschappijen kunnen toegang hebben tot alle "
         "Klantdata, onder meer voor support en fraudeonderzoek.", "broad"),
        ("staff_access", "nl", "Medewerkers kunnen toegang hebben tot alle gegevens, maar uitsluitend voor zover noodzakelijk.",
         "restricted"),
        ("staff_access", "en", "Our people can see Your Content when they need to.", "broad"),
        ("staff_access", "en", "Our engineers and contractors may have access to all Customer Data stored in the Service.", "broad"),
        # ai_training: whose data a use is about and how its programme is joined
        # a use under a programme is as optional as joining it
        ("ai_training", "en", "4.1 Vendor will not use Customer Content to train any machine learning model, unless Customer has "
         "opted in to the Model Improvement Programme.\n\n5.1 The Model Improvement Programme allows Vendor to use "
         "samples of Customer Content to train and evaluate the models that power the Service. The Programme is "
         "switched off by default.", "opt_in"),
        ("ai_training", "en", "3.1 Vendor will not use Inputs or Outputs to train any model, except as described in Annex 2.\n\n"
         "3.3 Where Customer participates in the Model Improvement Programme, Vendor may use Inputs and Outputs to "
         "train and improve the models underlying the AI Features.\n\nA2.2 Participation in the Model Improvement "
         "Programme is enabled by default for Standard plans.", "opt_out"),
        ("ai_training", "nl", "5.1 Leverancier gebruikt Klantgegevens niet om AI-modellen te trainen, behoudens deelname aan het "
         "Verbeterprogramma.\n\n5.2 Binnen het Verbeterprogramma mag Leverancier gepseudonimiseerde Prompts "
         "gebruiken om de modellen te verbeteren. Klanten nemen automatisch deel aan het Verbeterprogramma.",
         "opt_out"),
        # data about how the service is used does not outweigh a rule for the content itself ...
        ("ai_training", "en", "We do not use Meeting Content to train our models, unless your Workspace Admin has opted in to the "
         "Model Improvement Programme. We use Usage Information, which does not contain Meeting Content, to run "
         "and improve the service.", "opt_in"),
        ("ai_training", "nl", "Leverancier gebruikt Klantinhoud niet om modellen te trainen of te verbeteren. Leverancier mag "
         "Gebruiksgegevens gebruiken om de Diensten te leveren en te verbeteren.", "prohibited"),
        # ... but alone it decides
        ("ai_training", "en", "We use Usage Data to operate, analyse and improve the Services.", "allowed"),
        ("ai_training", "nl", "Wij gebruiken gebruiksgegevens om onze diensten te verbeteren.", "allowed"),
        # a ban laid on a model provider is no use by the vendor
        ("ai_training", "en", "Vendor contractually requires each Model Provider to process Customer Content only to return "
         "Outputs to Vendor and not to use Customer Content to train or improve the Model Provider's own models.",
         "prohibited"),
        # what an annex covers is no use
        ("ai_training", "en", "1.1 This Annex explains how Vendor uses data in connection with Business subscriptions, including "
         "for improving the Service. 2.1 Vendor will not use Customer Content to train any AI model.",
         "prohibited"),
        # data_location: where the data is kept and who else reaches it
        # beside data kept in the EU/EEA, a sub-processor's place is a transfer to it
        ("data_location", "en", "6.1 Customer Personal Data at rest is hosted in data centres located in Ireland and the Netherlands. "
         "6.3 Where a Sub-processor located in the United States is certified under the EU-U.S. Data Privacy "
         "Framework, Vendor may rely on that certification instead of the Standard Contractual Clauses.",
         "eu_with_transfers"),
        ("data_location", "nl", "6.1 De applicatie wordt gehost in datacenters in Nederland en Duitsland; Persoonsgegevens worden daar "
         "opgeslagen. Bijlage 3 Subverwerkers: Op de datum van ondertekening schakelt Verwerker de volgende "
         "Subverwerkers in:\n- SendFlow Inc. - verzending van e-mail vanuit de applicatie - Verenigde Staten.",
         "eu_with_transfers"),
        # ... but a sub-processor that keeps the data there keeps it outside
        ("data_location", "en", "Customer acknowledges that Vendor and its Sub-processors process and store Customer Content in the "
         "United States. Vendor does not offer data residency in the European Economic Area.", "outside_eu"),
        # a hosting region the customer chooses, an EU one among them
        ("data_location", "en", "7.1 When you create your account, you choose a hosting Region: the EU Region (data centres in "
         "Frankfurt, Germany) or the US Region (Virginia, United States). Our support engineers in India may access "
         "Customer Data remotely from outside the EEA.", "eu_with_transfers"),
        # reached from other countries is remote access, not storage anywhere ...
        ("data_location", "en", "Customer Content is stored in data centres located in the United States. Vendor may access Customer "
         "Content from the United States and from other countries in which Vendor or its sub-processors maintain "
         "support operations.", "outside_eu"),
        ("data_location", "nl", "Klantgegevens worden opgeslagen in datacenters in de Verenigde Staten. Medewerkers kunnen de "
         "gegevens inzien vanuit andere landen waar wij kantoren hebben.", "outside_eu"),
        # ... while kept or worked on there is
        ("data_location", "en", "Customer Content is stored in the United States and may be processed in other countries in which "
         "Vendor or its sub-processors operate.", "unrestricted"),
        # ai_training: definitions exceptions switches and lead ins in ai terms
        # a definition says what a word means, not that the use happens
        ("ai_training", "en", '1.1 "Model Improvement Program" means the program described in Section 5.3 under which Vendor uses '
         "certain conversation data to evaluate and improve the machine learning models. 5.3 Unless Customer has "
         "opted out as described below, Vendor may use conversation transcripts to fine-tune and improve its "
         "models. Customer may opt out of the Model Improvement Program at any time in Settings.", "opt_out"),
        # a ban, and its exception in the next sentence
        ("ai_training", "nl", "2.2 Leverancier gebruikt Klantgegevens niet voor Modelverbetering. Dat is anders indien Klant daarvoor "
         "in het klantportaal uitdrukkelijk toestemming heeft gegeven.", "opt_in"),
        ("ai_training", "en", "Vendor does not use Customer Content to train its models. This does not apply where Customer has "
         "opted in to the Improvement Programme.", "opt_in"),
        # de-identified samples that an administrator can switch off: the switch decides
        ("ai_training", "en", "Vendor may use samples of de-identified transcripts to train and evaluate Vendor's own machine "
         "learning models. A workspace administrator can disable this at any time under Settings.", "opt_out"),
        ("ai_training", "en", "Vendor may use aggregated and anonymised statistics to improve its models. A workspace administrator "
         "can disable this at any time under Settings.", "aggregated_only"),
        # a programme one is in by default
        ("ai_training", "en", "Customer's workspace participates in the model improvement program by default. Under the program, "
         "Vendor may use excerpts of Customer Content to train its proprietary models.", "opt_out"),
        # a promise list run into the customer's sentence binds the customer
        ("ai_training", "en", "Customer shall not, and shall not permit any User to: (i) reverse engineer the Services; (ii) use the "
         "Services to build or train a competing product. Vendor will not use Customer Content to train any model.",
         "prohibited"),
        # how the service is used, beside a ban on training with the content
        ("ai_training", "en", "We look at how Rosterly is used in order to keep it working well and to decide what to build next. We "
         "do not use Workspace Data to train artificial intelligence or machine learning models.", "prohibited"),
        # staff_access: emergencies definitions and every conversation
        # an emergency exception is a limit of its own
        ("staff_access", "en", "Support agents only open your workspace if the account owner has given permission. In an emergency "
         "(for example an active security incident) our on-call engineers may access systems without that "
         "permission. All access is recorded in an audit log that staff cannot edit.", "restricted_logged"),
        ("staff_access", "nl", "Supportmedewerkers krijgen alleen toegang na toestemming van Klant. In geval van een calamiteit mogen "
         "beheerders ook zonder die toestemming toegang krijgen tot de systemen. Alle toegang wordt gelogd.",
         "restricted_logged"),
        # a definition of usage data names no access log
        ("staff_access", "en", 'Access is limited to employees who need it. 1.2 "Usage Data" means information about how the Service '
         "is accessed and performs, such as error logs.", "restricted"),
        # staff and labellers who may read every conversation
        ("staff_access", "nl", "Medewerkers van Leverancier kunnen gesprekken inzien. Ook de freelance beoordelaars die wij inhuren "
         "kunnen gesprekken van alle klanten te zien krijgen.", "broad"),
        ("staff_access", "nl", "Een beperkt aantal geautoriseerde medewerkers kan Klantinhoud bekijken indien u daar uitdrukkelijk "
         "mee instemt.", "restricted"),
        # subprocessors: the vendor's own processors, in a privacy notice
        ("subprocessors", "en", "Certain processing is carried out by our processors, which are bound by data "
         "processing agreements.", "general_no_notice"),
        ("subprocessors", "nl", "Sommige verwerkingen worden uitgevoerd door onze verwerkers, met wie wij "
         "verwerkersovereenkomsten hebben gesloten.", "general_no_notice"),
        ("subprocessors", "en", "We are the controller of this data; we do not use processors.", "not_addressed"),
        # deletion: handing over at the client's election, or deleting
        ("deletion", "en", "Provider shall at Client's election either transfer all Client Data to Client or to a "
         "successor supplier designated by Client, or securely delete it.", "return_or_delete"),
        # backups: not at once is not never
        ("backups", "en", "When data is deleted from the live application, it is not removed from existing backups "
         "straight away. Backups are kept for a maximum of 60 days, after which they are destroyed.",
         "time_limited"),
        ("backups", "nl", "Verwijderde gegevens worden niet meteen uit de back-ups verwijderd. Back-ups worden "
         "maximaal 60 dagen bewaard en daarna vernietigd.", "time_limited"),
        # subprocessors: privacy notices that disclose to suppliers, or work closely with third parties
        ("subprocessors", "en", "5.1 We may disclose your personal information to any of our employees, officers, "
         "insurers, professional advisers, agents, suppliers or subcontractors insofar as reasonably necessary.",
         "general_no_notice"),
        ("subprocessors", "en", "We are also working closely with third parties which are the recipients of your "
         "Personal Data.", "general_no_notice"),
        # data_location: where a party is registered is not where data is
        ("data_location", "en", "These Terms govern the Processing of Personal Data by Vendor BV, a company "
         "incorporated under Belgian law with its registered office at Kortrijk, Belgium.", "not_addressed"),
        ("data_location", "nl", "Deze voorwaarden gelden voor de verwerking van persoonsgegevens door Leverancier B.V., "
         "statutair gevestigd te Utrecht, Nederland.", "not_addressed"),
        # subprocessors: other names for them (red-team round 9)
        ("subprocessors", "en", "We may bring in another company to host the platform. We will e-mail you at least "
         "30 days before a new hosting provider starts, and you may object.", "notice_and_objection"),
        ("subprocessors", "nl", "Wisselen we van hostingpartij, dan laten we u dat minimaal 30 dagen van tevoren per "
         "e-mail weten. U kunt daartegen bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "nl", "Opdrachtnemer zal geen hulppersonen inschakelen dan na voorafgaande schriftelijke "
         "toestemming van Opdrachtgever.", "prior_consent"),
        ("subprocessors", "en", "Finally, if we are acquired by or merge with another company, we'll notify you "
         "well before your personal information is transferred. (Again: we never sell your data.) Right to "
         "Object.", "not_addressed"),
        # ... and what those rules must leave alone (a review of this session's rules)
        ("subprocessors", "nl", "Leverancier kan geen nieuwe subverwerkers inschakelen zonder voorafgaande "
         "kennisgeving aan Klant. Klant kan bezwaar maken tegen de nieuwe subverwerker.", "notice_and_objection"),
        ("subprocessors", "en", "Vendor will notify Customer at least 30 days before engaging a new Sub-processor, "
         "and Customer may terminate the Agreement without further notice if it objects to the new Sub-processor.",
         "notice_and_objection"),
        ("subprocessors", "en", "We may disclose your information to law enforcement where required by law, and to "
         "protect the rights of our users, suppliers or contractors.", "not_addressed"),
        ("data_location", "en", "Vendor Inc., a company incorporated under the laws of Delaware, processes all "
         "Customer Data in the United States.", "outside_eu"),
        ("data_location", "nl", "Leverancier B.V., statutair gevestigd te Amsterdam, verwerkt alle persoonsgegevens "
         "uitsluitend in Nederland.", "eu_only"),
        ("data_location", "en", "Customer Data is hosted in data centres in Ireland. Vendor will not engage any "
         "Sub-processor located in the United States.", "eu_only"),
        ("ai_training", "en", "Under our research programme, Vendor uses all Customer Content to train its models; "
         "this cannot be switched off. Customers are automatically enrolled in the Beta Program for early "
         "releases.", "allowed"),
        ("ai_training", "en", "We will not use Customer Content to train our models unless you opt in. We may use "
         "Usage Data, including but not limited to your prompts and outputs, to improve the Service.", "allowed"),
        ("backups", "en", "We are not obligated to remove deleted data from backups, which are managed directly by "
         "our hosting provider.", "retained"),
        ("backups", "nl", "Verwijderde gegevens worden niet uit de back-ups verwijderd; back-ups zijn direct "
         "beschikbaar voor herstel.", "retained"),
        ("staff_access", "nl", "Toegang is beperkt tot medewerkers voor wie dat noodzakelijk is. Medewerkers van "
         "Leverancier kunnen toegang hebben tot alle Klantdata, bijvoorbeeld bij een storing.", "broad"),
        # subprocessors: what the customer may do when it does not want the new party is its say
        # (red-team round 9, eighth session)
        ("subprocessors", "en", "Vendor will e-mail Customer at least four weeks before a new hosting provider "
         "starts. Should Customer not accept the new provider, Customer may cancel the Subscription.",
         "notice_and_objection"),
        ("subprocessors", "en", "We announce new support vendors on our status page twenty days before they start. "
         "Clients with concerns about a new vendor can raise them with their account manager.",
         "notice_and_objection"),
        ("subprocessors", "nl", "Leverancier meldt een nieuwe subverwerker ten minste vier weken vooraf. Kan Klant "
         "zich niet met de nieuwe subverwerker verenigen, dan mag Klant de overeenkomst beëindigen.",
         "notice_and_objection"),
        ("subprocessors", "nl", "Nieuwe leveranciers kondigen wij twee weken vooraf aan. Gaat u daar niet mee "
         "akkoord, dan kunt u uw abonnement opzeggen.", "notice_and_objection"),
        # ... not a refused consent, nor a termination said elsewhere
        ("subprocessors", "en", "Vendor shall not engage a new Sub-processor without Customer's prior written "
         "consent. If Customer refuses consent and the intended Sub-processor is needed, either party may "
         "terminate on thirty days' notice.", "prior_consent"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke "
         "toestemming van Opdrachtgever. Weigert Opdrachtgever de toestemming voor de beoogde subverwerker, dan "
         "kan elk der partijen de overeenkomst met een opzegtermijn van een maand beëindigen.", "prior_consent"),
        # ... parties by what they do for the vendor, an intention, and a consent in other words
        ("subprocessors", "en", "Client data is processed by the companies named in Annex B on our behalf. We will "
         "inform you of any intended change to Annex B one month ahead, and you may object.",
         "notice_and_objection"),
        ("subprocessors", "nl", "De bedrijven die namens ons klantgegevens verwerken, staan in bijlage 4. Wil "
         "Leverancier een extra bedrijf inschakelen, dan informeert zij Klant dertig dagen vooraf; Klant kan "
         "bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "nl", "Een nieuwe partij die namens ons gegevens verwerkt, wordt ten minste twintig dagen "
         "voordat zij begint op onze website vermeld. Bezwaar kunt u binnen die termijn indienen.",
         "notice_and_objection"),
        ("subprocessors", "en", "Where Vendor intends to appoint an additional subcontractor, Vendor shall tell "
         "Customer three weeks before the appointment, and Customer may object.", "notice_and_objection"),
        ("subprocessors", "en", "We will never pass your records to an outside firm for processing unless you have "
         "agreed to it in writing beforehand.", "prior_consent"),
        ("subprocessors", "nl", "Het is Leverancier niet toegestaan de hosting uit te besteden zonder voorafgaande "
         "instemming van Klant.", "prior_consent"),
        ("subprocessors", "en", "Any engagement of a subcontractor requires the prior written approval of the "
         "Customer.", "prior_consent"),
        ("subprocessors", "nl", "Opdrachtnemer vraagt Opdrachtgever ruim vóór de inschakeling van een nieuwe "
         "subverwerker om toestemming.", "prior_consent"),
        # ... used without a say: named as "our processor", the group, a list changed at will, no duty to tell
        ("subprocessors", "en", "The service runs on servers of Hetzner Online GmbH, which acts as our processor.",
         "general_no_notice"),
        ("subprocessors", "nl", "Onze e-mailberichten worden verzonden via Brevo, dat optreedt als verwerker in "
         "onze opdracht.", "general_no_notice"),
        ("subprocessors", "nl", "Klantgegevens kunnen ook worden verwerkt door vennootschappen binnen ons concern.",
         "general_no_notice"),
        ("subprocessors", "nl", "De partijen die namens Leverancier gegevens verwerken, staan in bijlage 2. "
         "Leverancier kan deze bijlage naar eigen inzicht aanpassen.", "general_no_notice"),
        ("subprocessors", "en", "Provider may, in its discretion, engage and replace service providers without any "
         "obligation to inform Customer.", "general_no_notice"),
        ("subprocessors", "nl", "Verwerker mag zonder nadere mededeling gelieerde vennootschappen inschakelen. "
         "Voor andere subverwerkers is voorafgaande schriftelijke toestemming van Klant vereist.",
         "general_no_notice"),
        # ... and what is no hand-over of anyone's data, or no consent of the customer's
        ("subprocessors", "en", "We may publish or share anonymised, aggregated usage statistics with our partners.",
         "not_addressed"),
        ("subprocessors", "nl", "Wij kunnen geaggregeerde, geanonimiseerde cijfers over het gebruik delen met "
         "partners.", "not_addressed"),
        ("subprocessors", "nl", "Klant mag de dienst alleen met voorafgaande schriftelijke toestemming van "
         "Leverancier aan derden ter beschikking stellen.", "not_addressed"),
        ("subprocessors", "en", "Vendor may add new sub-processors and replace existing ones from time to time, as "
         "the service requires.", "general_no_notice"),
        # backups (red-team round 10): copies that "remain available" for a time, a reasonable period,
        # kept without limit
        ("backups", "en", "Snapshots remain available for restore for fourteen days.", "time_limited"),
        ("backups", "nl", "Deze back-ups blijven twintig dagen beschikbaar voor herstel.", "time_limited"),
        ("backups", "nl", "Back-ups worden binnen een redelijke termijn na het einde van de overeenkomst verwijderd.",
         "time_limited"),
        ("backups", "en", "Backup copies are erased within a reasonable period after termination.", "time_limited"),
        ("backups", "nl", "Verwerker is gerechtigd back-ups van de persoonsgegevens onbeperkt te bewaren.", "retained"),
        ("backups", "en", "Vendor may retain backups indefinitely.", "retained"),
        # ai_training (blind round 15): what a privacy policy covers for billing is no own use of
        # the content; data about the use of the service beside a rule for the content
        ("ai_training", "en", "Our Privacy Policy describes how we handle personal data of account users for our "
         "own purposes, such as account administration and billing.", "not_addressed"),
        ("ai_training", "nl", "Onze privacyverklaring beschrijft hoe wij persoonsgegevens van gebruikers verwerken "
         "voor eigen doeleinden, zoals accountbeheer en facturatie.", "not_addressed"),
        ("ai_training", "en", "Vendor does not use Customer Data to train AI models unless Customer has enrolled in the "
         "Quality Programme. Vendor may use information about the use of the Service, such as the number of "
         "sessions, to develop the Service.", "opt_in"),
        ("ai_training", "nl", "Leverancier gebruikt Klantgegevens niet om AI-modellen te trainen, tenzij Klant zich "
         "heeft aangemeld voor het Kwaliteitsprogramma. Leverancier mag gegevens over het gebruik van de Dienst, "
         "zoals het aantal gebruikers, gebruiken voor de verdere ontwikkeling van de Dienst.", "opt_in"),
        # ... a ban "tenzij Klant daarvoor kiest"; a setting switched on by someone
        ("ai_training", "nl", "Leverancier gebruikt Klantgegevens niet om eigen AI-modellen te trainen, tenzij Klant "
         "daar zelf voor kiest in de instellingen.", "opt_in"),
        ("ai_training", "en", "Model training is off by default. If an administrator switches it on, Vendor may use "
         "transcripts to improve its models.", "opt_in"),
        ("ai_training", "nl", "Deze functie staat standaard uit. Als de beheerder dit inschakelt, mag Leverancier "
         "transcripties gebruiken om haar modellen te verbeteren.", "opt_in"),
        ("ai_training", "nl", "Deze optie staat standaard uit. Zet u de optie aan, dan mogen wij uw opnames gebruiken "
         "om onze spraakmodellen te trainen. U kunt de optie altijd weer uitzetten.", "opt_in"),
        # ... the customer instructs the use, and may withdraw it by switching a named setting off
        ("ai_training", "en", "Customer instructs Vendor to use de-identified Corrections to improve Vendor's general "
         "models. Customer may withdraw this instruction by disabling \"Share corrections\" in the console.",
         "opt_out"),
        ("ai_training", "nl", "Klant geeft Leverancier hierbij opdracht om correcties, ontdaan van namen, te gebruiken "
         "om de algemene modellen van Leverancier te verbeteren. Klant kan die opdracht intrekken door "
         "\"Correcties delen\" uit te zetten.", "opt_out"),
        # ... an index built for the customer alone; aggregates named in the sentence before
        ("ai_training", "en", "Vendor uses Customer Data only to provide the Services, including to build Customer's "
         "private search index.", "prohibited"),
        ("ai_training", "en", "We compile aggregated statistics in which no customer can be identified. These "
         "statistics are used to improve the product.", "aggregated_only"),
        ("ai_training", "nl", "Wij maken samengevoegde statistieken waarin geen klanten herkenbaar zijn. Die "
         "statistieken gebruiken wij om de app te verbeteren.", "aggregated_only"),
        # staff_access (blind round 15): a log the staff's acts are "written to" or "vastgelegd in";
        # what sub-processors may do; staff who work from another country, only where needed
        ("staff_access", "en", "Only engineers who need it can reach production data. Every support session and every "
         "administrative action on Customer Data is written to an audit log.", "restricted_logged"),
        ("staff_access", "nl", "Alleen medewerkers die dat nodig hebben krijgen toegang. Ieder inzien of wijzigen van "
         "Klantgegevens door het supportteam wordt vastgelegd in een auditlog.", "restricted_logged"),
        ("staff_access", "en", "Sub-processors may process Customer Personal Data only to the extent necessary to "
         "provide their services.", "not_addressed"),
        ("staff_access", "nl", "Subverwerkers mogen Persoonsgegevens uitsluitend verwerken voor zover dat noodzakelijk "
         "is voor hun deel van de Dienst.", "not_addressed"),
        ("staff_access", "en", "Vendor personnel may access and process Customer Content from the United States. "
         "Personnel may access Customer Content only where needed to provide the Services.", "restricted"),
        ("staff_access", "nl", "Medewerkers van Leverancier kunnen Klantgegevens inzien vanuit de Verenigde Staten. "
         "Medewerkers mogen Klantgegevens alleen inzien als dat nodig is voor de dienstverlening.", "restricted"),
        # data_location (blind round 15): reached from "the other countries in which" someone operates
        # is remote access; a network's worldwide reach is no place of storage; an application that
        # "runs in data centres" is kept there, and a supplier's place beside it a transfer
        ("data_location", "en", "Customer Data is hosted in Ireland. Regardless of where it is hosted, Customer Data "
         "may be accessed from the United States and from the other countries in which our affiliates operate.",
         "eu_with_transfers"),
        ("data_location", "en", "Customer Data is stored in Germany. Requests to the Service pass through a worldwide "
         "edge network of our hosting provider, with TLS terminated in the EU for EU customers.", "eu_only"),
        ("data_location", "nl", "De applicatie draait in datacenters in Nederland. Ons ticketsysteem verwerkt gegevens "
         "in de Verenigde Staten; de leverancier is gecertificeerd onder het Data Privacy Framework.",
         "eu_with_transfers"),
        ("data_location", "en", "The application runs in data centres in Ireland. Support tickets are processed in the "
         "United States; the supplier is certified under the Data Privacy Framework.", "eu_with_transfers"),
        # deletion (blind round 15): the vendor's own usage and account records kept after the end are
        # no keeping of the customer's data; a pointer to the DPA says nothing; kept locked until a
        # deletion that follows ("daarna") is a grace period, even with no days of its own
        ("deletion", "en", "Vendor deletes Customer Data within 30 days after termination. Vendor may retain Usage Data "
         "and account information after termination under its Privacy Policy.", "deleted"),
        ("deletion", "en", "The return and deletion of Customer Personal Data on termination are governed by the DPA "
         "and are not repeated in this Policy.", "not_addressed"),
        ("deletion", "nl", "De teruggave en verwijdering van persoonsgegevens na het einde van de overeenkomst zijn "
         "geregeld in de verwerkersovereenkomst.", "not_addressed"),
        ("deletion", "nl", "Na de einddatum blijft de omgeving geblokkeerd bewaard, zodat u het abonnement kunt "
         "heractiveren. Binnen drie maanden wordt de omgeving daarna volledig verwijderd.", "deleted"),
        # (blind round 16) staff who sit in another country, access where necessary, each opening logged
        ("staff_access", "en", "Support personnel located in the United States may access Customer Data remotely in "
         "accordance with Section 3. Access is limited to staff who need it.", "restricted"),
        ("staff_access", "nl", "Supportmedewerkers gevestigd in India kunnen Klantgegevens inzien. Toegang is beperkt "
         "tot medewerkers die dat nodig hebben.", "restricted"),
        ("staff_access", "en", "Engineers may view Content where this is necessary to investigate a support request.",
         "restricted"),
        ("staff_access", "nl", "Technici kunnen Klantgegevens inzien wanneer dat nodig is om een storing op te lossen.",
         "restricted"),
        ("staff_access", "en", "Only support agents who need it can open Survey Data. Every time someone at Vendor "
         "opens Survey Data, it is logged.", "restricted_logged"),
        ("staff_access", "nl", "Alleen medewerkers die het nodig hebben kunnen enquêtegegevens openen. Elke keer dat een "
         "medewerker enquêtegegevens opent, wordt dat vastgelegd.", "restricted_logged"),
        ("staff_access", "en", "Vendor may permit its employees to access Customer Data as it considers appropriate, "
         "including where necessary for maintenance.", "broad"),
        # ... a use while a setting is on; only when someone joins; what a notice explains; metadata by
        # other names beside a ban on the content; statistics in a Dutch compound
        ("ai_training", "en", "While it is on, Vendor may use masked segments to train its engines. The setting is off "
         "by default.", "opt_in"),
        ("ai_training", "nl", "Zolang deze instelling aan staat, mag Leverancier gemaskeerde teksten gebruiken om haar "
         "modellen te trainen. De instelling staat standaard uit.", "opt_in"),
        ("ai_training", "nl", "Alleen wanneer een beheerder zich aanmeldt voor het Verbeterprogramma, gebruiken wij "
         "transcripties om onze modellen te verbeteren.", "opt_in"),
        ("ai_training", "en", "Only if an administrator enrols the workspace do we use transcripts to improve our "
         "models.", "opt_in"),
        ("ai_training", "en", "This notice explains, in plain words, what happens to personal data when you use the "
         "service to build surveys.", "not_addressed"),
        ("ai_training", "nl", "Wij gebruiken de inhoud van uw mailings niet om AI-modellen te trainen. Wel gebruiken wij "
         "verzendstatistieken in samengevoegde en geanonimiseerde vorm om de dienst te verbeteren.",
         "aggregated_only"),
        ("ai_training", "nl", "Leverancier mag Verbindingsgegevens gebruiken om de dienst te verbeteren. Leverancier "
         "gebruikt Klantgegevens niet om AI-modellen te trainen.", "prohibited"),
        # ... "evenmin" after the verb negates it; backups that go "bij het overschrijven"; a return
        # "ter beschikking" at the customer's choice beside the deletion
        ("ai_training", "nl", "Leverancier gebruikt de invoer van de assistent evenmin voor het trainen van eigen "
         "modellen.", "prohibited"),
        ("backups", "nl", "Gegevens in back-ups worden niet actief verwijderd, maar verdwijnen bij het overschrijven "
         "van de back-up.", "until_overwritten"),
        ("backups", "en", "Data in backups is not actively deleted, but disappears when the backup is overwritten.",
         "until_overwritten"),
        ("deletion", "nl", "Na beëindiging stelt Verwerker, naar keuze van Klant, de persoonsgegevens ter beschikking "
         "in een gangbaar bestandsformaat. Verwerker vernietigt de persoonsgegevens uiterlijk vier weken na de "
         "beëindiging.", "return_or_delete"),
        # ... and what those rules must leave alone (a review of this session's rules)
        ("subprocessors", "en", "Vendor will inform Customer of any new Sub-processor by e-mail. Customer may "
         "terminate this Agreement for convenience on ninety days' notice.", "general_no_notice"),
        ("subprocessors", "nl", "Verwerker informeert Klant over nieuwe subverwerkers via de website. Klant kan de "
         "overeenkomst jaarlijks opzeggen met inachtneming van een opzegtermijn van drie maanden.", "general_no_notice"),
        ("subprocessors", "en", "Vendor will notify Customer of any new Sub-processor by updating the list on its "
         "website. Questions or concerns about our Sub-processors can be sent to privacy@vendor.example.",
         "general_no_notice"),
        ("subprocessors", "en", "Vendor will notify Customer of any new Sub-processor. Such notice does not entitle "
         "Customer to terminate the Agreement or reject the Sub-processor.", "general_no_notice"),
        ("subprocessors", "en", "Processor shall not engage another processor without the prior written consent of the "
         "Controller, and any sub-processor may not subcontract further without the consent of the Processor.",
         "prior_consent"),
        ("subprocessors", "en", "We may disclose information to third parties, including in aggregated form, without "
         "notice to you.", "general_no_notice"),
        ("subprocessors", "en", "Customer Personal Data may also be shared with Customer's affiliates at Customer's "
         "request.", "not_addressed"),
        ("data_location", "en", "Customer Data may be stored in, and accessed from, the United States and other "
         "countries in which Vendor or its sub-processors operate.", "unrestricted"),
        ("data_location", "en", "Customer Data may be stored and processed in our worldwide network of data centres.",
         "unrestricted"),
        ("ai_training", "en", "Vendor may use Customer Data for its own business purposes, such as billing, security "
         "and training its machine learning models.", "allowed"),
        ("ai_training", "nl", "Wij gebruiken uw gegevens om onze modellen te trainen, tenzij de klant zijn toestemming "
         "heeft ingetrokken.", "opt_out"),
        ("ai_training", "en", "Vendor uses Customer Content to train its AI models. Customers on the Free plan cannot "
         "turn off \"Model Improvement\".", "allowed"),
        ("ai_training", "nl", "Wij gebruiken de gesprekken, samengevoegd met gegevens uit andere bronnen, om onze "
         "AI-modellen te trainen.", "allowed"),
        ("ai_training", "en", "We create aggregated statistics on how the Service is used. These insights, together "
         "with the underlying chat transcripts, are used to train our models.", "allowed"),
        ("deletion", "en", "Deletion of Customer Data is governed by the DPA, under which Vendor deletes all Customer "
         "Data within 30 days of termination.", "deleted"),
        ("deletion", "en", "Upon termination, Vendor will retain Customer Data for as long as it deems necessary for "
         "its business purposes. Thereafter, Vendor will delete the Customer Data.", "retained"),
        ("backups", "en", "Vendor keeps backup copies of Customer Data. Customer may request a restore, which Vendor "
         "will perform within a reasonable time.", "not_addressed"),
        ("staff_access", "en", "Access to Customer Data is limited to staff who need it to provide support. Error "
         "messages containing Customer Data are written to application logs, which are kept for 30 days.",
         "restricted"),
        ("staff_access", "nl", "Toegang is beperkt tot medewerkers die dat nodig hebben. De persoonsgegevens worden "
         "vastgelegd in een technologieplatform van Microsoft.", "restricted"),
]  # fmt: skip


# Round 16's misses and rounds 17 and red-team 12 (blind), as wordings of our own.
NINTH_SESSION_WORDINGS = [
        # a use that holds while enrolled is as optional as the enrolment
        ("ai_training", "en", "5.3 Improvement Programme. Workspaces on the Team plan are enrolled in the Improvement Programme "
         "by default. While a workspace is enrolled, Vendor may retain prompts and use them to fine-tune and train its "
         "models. An administrator may withdraw the workspace by switching off the setting.", "opt_out"),
        ("ai_training", "nl", "5.3 Verbeterprogramma. Organisaties op het Team-abonnement nemen automatisch deel aan het "
         "Verbeterprogramma. Zolang een organisatie deelneemt, mag Leverancier prompts bewaren en gebruiken om haar "
         "modellen te trainen. Een beheerder kan de deelname beëindigen via de instellingen.", "opt_out"),
        ("ai_training", "en", "5.3 Improvement Programme. Workspaces are not enrolled unless an administrator switches the "
         "setting on. While a workspace is enrolled, Vendor may retain prompts and use them to train its models.", "opt_in"),
        ("ai_training", "nl", "5.3 Verbeterprogramma. Organisaties nemen alleen deel als een beheerder zich aanmeldt. Zolang "
         "een organisatie deelneemt, mag Leverancier prompts bewaren en gebruiken om haar modellen te trainen.", "opt_in"),
        # kept at the vendor's discretion; the vendor's own contact records are not the data
        ("deletion", "nl", "Artikel 15 Gevolgen van beëindiging. 15.2 Leverancier is gerechtigd de door Klant ingevoerde gegevens na beëindiging te bewaren in haar archief, onder meer voor bewijsdoeleinden.", "retained"),
        ("deletion", "en", "15.2 Vendor is entitled to retain the data entered by Customer after termination in its archive, among other things for evidential purposes.", "retained"),
        ("deletion", "nl", "5.1 Voor de gegevens van contactpersonen van onze zakelijke klanten zijn wij zelf verwerkingsverantwoordelijke. 5.2 Wij bewaren deze contactgegevens zolang de klantrelatie duurt en tot twee (2) jaar daarna.", "not_addressed"),
        ("deletion", "en", "5.2 We keep the contact details of our business customers' contacts for as long as the customer relationship lasts and for up to two (2) years afterwards.", "not_addressed"),
        # round 17: notices denied, objections that are not the customer's, bans with a consent
        # exception, data sent out, programmes off by default, denials, definitions, excepted aggregates
        ("subprocessors", "nl", "De subverwerkers staan op onze website. Als wij een nieuwe subverwerker inschakelen, passen we het overzicht aan. Wij sturen daarover geen apart bericht; de wijziging geldt vanaf het moment dat het overzicht is aangepast. Medewerkers hebben op grond van de AVG het recht om hun gegevens in te zien en soms het recht om bezwaar te maken.", "general_no_notice"),
        ("subprocessors", "en", "By accepting, you authorise us to use the sub-processors listed in F3 and any other sub-processors we choose in the future. When we add or replace a sub-processor, we update the list on or around the date the change takes effect. We may also disclose Customer Data if we are required to do so by law or a court order; unless the law forbids it, we will let you know first so that you can object.", "general_no_notice"),
        ("subprocessors", "en", "Our current sub-processors are listed on our website. When we add a sub-processor, we update that list. We do not send a separate notice, and the change applies once the list is updated.", "general_no_notice"),
        ("data_location", "nl", "2.1 Verwerker verwerkt de persoonsgegevens uitsluitend in datacenters in Nederland. 2.2 Doorgifte van persoonsgegevens naar een land buiten de Europese Economische Ruimte of naar een internationale organisatie vindt niet plaats, ook niet door subverwerkers of in het kader van ondersteuning op afstand, tenzij Verwerkingsverantwoordelijke daarvoor voorafgaand uitdrukkelijk schriftelijke toestemming heeft gegeven.", "eu_only"),
        ("data_location", "nl", "Gespreksgegevens worden opgeslagen bij onze hostingpartner in Frankfurt, Duitsland. Voor samenvattingen sturen we de transcriptie van het gesprek naar de servers van een aanbieder in de Verenigde Staten. Deze doorgifte vindt plaats op basis van het EU-VS Data Privacy Framework.", "eu_with_transfers"),
        ("ai_training", "en", "The Model Improvement Program lets customers contribute de-identified Conversation Data to improve the shared models. Participation is entirely voluntary and off by default. You can only join if an administrator signs the Program enrolment form.", "opt_in"),
        ("ai_training", "nl", "Wij gebruiken Gespreksgegevens niet voor het trainen van onze modellen, behalve van werkruimtes die deelnemen aan het Verbeterprogramma. Deelname staat standaard uit en kan alleen door een beheerder worden aangezet. Bij deelname mogen wij fragmenten van transcripties gebruiken voor het verbeteren van de spraakherkenning. De beheerder kan de deelname op elk moment weer uitzetten.", "opt_in"),
        ("ai_training", "en", "The Model Improvement Program lets customers contribute de-identified Conversation Data to improve the shared models. All workspaces are enrolled in the Program by default. An administrator can leave the Program at any time.", "opt_out"),
        ("ai_training", "nl", "Wij gebruiken Gespreksgegevens niet voor het trainen van onze modellen, behalve van werkruimtes die deelnemen aan het Verbeterprogramma. Deelname staat standaard uit en kan alleen door een beheerder worden aangezet. Bij deelname mogen wij fragmenten van transcripties gebruiken voor het verbeteren van de spraakherkenning.\n\nArtikel 3.5 Geaggregeerde statistieken. Wij houden statistieken bij over het gebruik van de AI-functies, zoals het aantal verwerkte minuten. Deze statistieken bevatten geen inhoud van gesprekken.", "opt_in"),
        ("ai_training", "nl", "2.2 Klantwijs zal de Klantgegevens niet gebruiken voor het trainen van AI-modellen. Subverwerkers: - Lexigen AI, Inc. (Verenigde Staten) - taalmodel; zonder opslag van invoer na verwerking en zonder gebruik voor training;", "prohibited"),
        ("ai_training", "en", "Vendor will not use Customer Data to train models. The model provider processes prompts without use for training.", "prohibited"),
        ("ai_training", "nl", "2.2 Verwerker zal de persoonsgegevens niet voor eigen doeleinden gebruiken. Onder eigen doeleinden wordt in ieder geval verstaan het verstrekken van de persoonsgegevens aan derden en het gebruik daarvan voor het trainen van algoritmen of andere systemen van kunstmatige intelligentie.", "prohibited"),
        ("ai_training", "en", "Vendor shall not use Customer Data for its own purposes. Own purposes include the use of Customer Data to train or improve machine learning models.", "prohibited"),
        ("ai_training", "nl", "7.3 Buiten het bepaalde in artikel 7.2 en het samenstellen van geanonimiseerde statistieken over het gebruik van de Dienst gebruikt Leverancier Klantgegevens niet voor eigen doeleinden.", "aggregated_only"),
        ("ai_training", "en", "Except for anonymised statistics about the use of the Service, Vendor does not use Customer Data for its own purposes.", "aggregated_only"),
        ("ai_training", "nl", "1.2 Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden. 6.3 Leverancier mag Gebruiksgegevens gebruiken voor het beheer, de beveiliging en de verbetering van de Dienst. Gebruiksgegevens bevatten geen persoonsgegevens van Medewerkers.", "prohibited"),
        ("ai_training", "en", "1.2 Processor does not process the personal data for its own purposes. 6.3 Vendor may use Usage Data to operate, secure and improve the Service. Usage Data contains no personal data of employees.", "prohibited"),
        # the sub-processors' own names however they are spelled: apart, in brackets, with a dash, broken at
        # a line end, "thirdparty" as a PDF joins "third-" and "party"
        ("subprocessors", "en", "Customer generally authorises Vendor to engage Sub Processors. Vendor shall notify Customer at least thirty (30) days before authorising any new Sub Processor, and Customer may object on reasonable grounds.", "notice_and_objection"),
        ("subprocessors", "nl", "Opdrachtgever geeft Verwerker algemene toestemming om sub verwerkers in te schakelen. Verwerker informeert Opdrachtgever ten minste vier weken voordat een nieuwe sub verwerker wordt ingeschakeld; Opdrachtgever kan bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "en", "Customer generally authorises Vendor to engage (sub)processors. Vendor shall notify Customer at least thirty (30) days before any new (sub)processor starts, and Customer may object.", "notice_and_objection"),
        ("subprocessors", "en", "Customer generally authorises Vendor to engage Sub–processors. Vendor shall notify Customer at least thirty (30) days before any new Sub–processor starts, and Customer may object.", "notice_and_objection"),
        ("subprocessors", "en", "Customer generally authorises Vendor to engage Sub-\nprocessors. Vendor shall notify Customer at least thirty (30) days before authorising any new Sub-\nprocessor, and Customer may object.", "notice_and_objection"),
        ("subprocessors", "nl", "Opdrachtgever geeft Verwerker algemene toestemming om sub-\nverwerkers in te schakelen. Verwerker informeert Opdrachtgever ten minste vier weken voordat een nieuwe sub-\nverwerker wordt ingeschakeld; Opdrachtgever kan bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "en", "Vendor may share Customer Data with thirdparty companies that help it run the Service.", "general_no_notice"),
        # beside data kept in the EU, a party named by the service it gives abroad is a transfer
        ("data_location", "nl", "Alle gegevens uit de app staan op servers van onze hostingpartij in de Europese Unie, in de "
         "datacenters in Ierland en Nederland.\n\nWij schakelen andere bedrijven in. Op dit moment zijn dat:\n- hosting "
         "en opslag: een Europese cloudleverancier (datacenters in Ierland en Nederland);\n- klantenservice: een "
         "helpdeskplatform met servers in de Verenigde Staten;\n- sms-berichten: een Belgische telecomaanbieder.\n",
         "eu_with_transfers"),
        ("data_location", "en", "All Customer Data is stored in our hosting provider's data centres in Ireland.\n\nWe currently "
         "use these sub-processors:\n- hosting: a European cloud provider (Ireland);\n- customer support: a helpdesk "
         "platform with servers in the United States.\n", "eu_with_transfers"),
        # red-team 13: a ban that names places only to exclude them, opened by consent or a legal duty alone;
        # the vendor choosing places at will; a hosted environment's chosen region; data about the use abroad
        ("data_location", "en", "3.2 All Customer Data is stored and processed solely in data centres located in the European Union. 3.3 Neither the Parent nor any Sub-processor located outside the European Economic Area has any access to Customer Data.", "eu_only"),
        ("data_location", "nl", "3.2 Alle Klantgegevens worden uitsluitend opgeslagen in datacenters in de Europese Unie. 3.3 Noch de moedermaatschappij, noch een subverwerker buiten de Europese Economische Ruimte heeft toegang tot Klantgegevens.", "eu_only"),
        ("data_location", "en", "7.1 The Processor stores and processes Personal Data only in data centres within the European Economic Area. 7.2 The Processor shall not transfer Personal Data to a third country unless required to do so by Union or Member State law to which the Processor is subject; in such a case, the Processor informs the Controller, unless that law prohibits such information.", "eu_only"),
        ("data_location", "nl", "7.1 Verwerker slaat de Persoonsgegevens uitsluitend op in datacenters binnen de Europese Economische Ruimte. 7.2 Verwerker zal geen Persoonsgegevens doorgeven naar een derde land buiten de EER, tenzij een Unierechtelijke of lidstaatrechtelijke bepaling hem daartoe verplicht; in dat geval informeert Verwerker de Verwerkingsverantwoordelijke, tenzij die wetgeving dat verbiedt.", "eu_only"),
        ("data_location", "en", "7.1 Personal Data is hosted in Ireland. 7.2 Processor shall not engage a Sub-processor that processes Personal Data outside the EEA without first amending the list of Sub-processors in accordance with Clause 9 and obtaining Controller's prior written authorisation.", "eu_only"),
        ("data_location", "nl", "10.1 Verwerker is gerechtigd de Persoonsgegevens door te geven aan landen buiten de Europese Economische Ruimte, mits daarbij wordt voldaan aan hoofdstuk V van de AVG. 10.2 Verwerker bepaalt naar eigen inzicht de locatie van de datacenters.", "unrestricted"),
        ("data_location", "en", "10.1 Provider may determine the location of processing of Customer Data in its sole discretion.", "unrestricted"),
        ("data_location", "nl", "4.1 Klant kiest in de Bestelling de regio waarin zijn Omgeving wordt gehost; beschikbaar zijn de regio's EU (Nederland) en VS. 4.2 Klant heeft gekozen voor de regio EU (Nederland). 4.3 Verwerker slaat alle Persoonsgegevens uitsluitend op in de gekozen regio.", "eu_only"),
        ("data_location", "en", "4.1 Customer Data is stored and processed in the European Union region of the Platform. 4.2 Operational Data, meaning metadata, diagnostic logs and usage statistics, is processed in Provider's monitoring environment located in the United States under the EU-U.S. Data Privacy Framework.", "eu_with_transfers"),
        ("data_location", "nl", "7.1 De gegevens die u in onze app invoert, bewaren wij op servers in Nederland. 7.2 Voor het meten van het gebruik van onze website gebruiken wij een analysedienst, die uw ingekorte IP-adres en surfgedrag kan verwerken op servers in de Verenigde Staten.", "eu_with_transfers"),
        # round 18 and red-team 13 on AI use: conditions that name who opts in at length, prohibitions by other
        # verbs, joining a programme off by default, a way out asked as a question, named settings, a ban lifted
        # unless the customer refuses, a ban with a consent exception
        ("ai_training", "en", "3.2 We do not use Customer Content to train our models. 3.3 If an administrator of your account opts in, we may use samples of Customer Content from your account to improve our translation models.", "opt_in"),
        ("ai_training", "nl", "3.2 Wij gebruiken Klantgegevens niet om modellen te trainen. 3.3 Als een beheerder van het account van de klant zich aanmeldt voor het Kwaliteitsprogramma, mogen wij fragmenten gebruiken om onze modellen te verbeteren.", "opt_in"),
        ("ai_training", "nl", "2.2 Leverancier gebruikt Gespreksgegevens niet om Taalmodellen te trainen. 2.4 De taalmodellen van Subverwerkers worden uitsluitend gebruikt op basis van voorwaarden die de aanbieder verbieden om de gegevens te gebruiken voor het trainen van diens modellen.", "prohibited"),
        ("ai_training", "en", "7.3 Provider will not use Customer Content to train any model. (d) Nothing in this Section permits Provider to use Customer Content for any other purpose of its own. (e) Third-party model providers are contractually barred from using Customer Content to train their models.", "prohibited"),
        ("ai_training", "en", "We don't use Customer Content to train our models. 'Help improve Recap' is switched off by default, and only an account owner can switch it on. If you join, we may use transcripts from your account to train the models behind Recap.", "opt_in"),
        ("ai_training", "nl", "Wij gebruiken de inhoud van uw gesprekken om onze AI-assistent te verbeteren. Wilt u dit niet? Zet dan in de app onder Privacy de schakelaar \"Help ons verbeteren\" uit.", "opt_out"),
        ("ai_training", "en", "12.3 (a) The \"Model Improvement Setting\" allows Vendor to use Customer Content to improve Vendor's AI features. (b) The Model Improvement Setting is off by default and will only be switched on if an Administrator chooses to enable it.", "opt_in"),
        ("ai_training", "nl", "3.6 Met de instelling \"Modelverbetering\" geeft Klant Leverancier toestemming om Inhoud te gebruiken voor het verbeteren van de AI-functies. Voor Klanten in de EU staat deze instelling standaard uit en wordt zij alleen ingeschakeld als een Beheerder daarvoor kiest.", "opt_in"),
        ("ai_training", "nl", "4.5 Leverancier zal Klantgegevens niet gebruiken voor de training van kunstmatige intelligentie, tenzij Klant dit gebruik niet binnen veertien dagen na ontvangst van een kennisgeving schriftelijk heeft geweigerd.", "opt_out"),
        ("ai_training", "en", "4.5 Vendor shall not use Customer Data to train artificial intelligence models unless Customer has not objected within fourteen days of receiving a notice from Vendor.", "opt_out"),
        ("ai_training", "nl", "4.2 Verwerker gebruikt de Persoonsgegevens niet voor het verbeteren van zijn diensten of voor het trainen van algoritmen, behoudens voor zover Verwerkingsverantwoordelijke daarvoor vooraf en per geval schriftelijk toestemming heeft gegeven.", "opt_in"),
        # round 18: no duty to tell of changes, a published list is no notice, a consent to the listed
        # sub-processors only, and signing up for the service is no opt-in
        ("subprocessors", "nl", "6.1 Opdrachtgever verleent Leverancier hierbij algemene schriftelijke toestemming om Subverwerkers in te schakelen. Een actueel overzicht van de Subverwerkers is gepubliceerd op onze website. 6.2 Leverancier is niet gehouden Opdrachtgever vooraf over wijzigingen te informeren; wijzigingen worden van kracht op het moment van publicatie. 6.4 Indien Opdrachtgever bezwaar heeft tegen een Subverwerker, kan Opdrachtgever de overeenkomst opzeggen tegen het einde van de abonnementsperiode.", "general_no_notice"),
        ("subprocessors", "en", "6.1 Customer grants Vendor a general written authorisation to engage Sub-processors. A current list of Sub-processors is published on Vendor's website. 6.2 Vendor is not obliged to notify Customer in advance of changes; changes take effect on publication. 6.4 If Customer objects to a Sub-processor, Customer may terminate the agreement at the end of the subscription term.", "general_no_notice"),
        ("subprocessors", "nl", "7.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke. Verwerkingsverantwoordelijke verleent toestemming voor de inschakeling van de Subverwerkers die in de Specificatie zijn vermeld. 7.2 Verwerker informeert Verwerkingsverantwoordelijke over een voorgenomen nieuwe Subverwerker en vraagt daarvoor toestemming.", "prior_consent"),
        ("ai_training", "nl", "Zodra een gebruiker zich heeft aangemeld voor de Dienst, gebruikt Leverancier diens gegevens om haar AI-modellen te trainen.", "allowed"),
        # the review's guards: what the session's new rules must leave alone
        ("subprocessors", "en", "Vendor will notify Customer at least 30 days before engaging a new sub-processor, and Customer may object; if Customer gives no notice of objection within 14 days, the sub-processor is deemed approved.", "notice_and_objection"),
        ("subprocessors", "nl", "Leverancier informeert Klant ten minste 30 dagen voordat een nieuwe subverwerker wordt ingeschakeld en Klant kan bezwaar maken; ontvangt Leverancier binnen 14 dagen geen bericht, dan geldt de subverwerker als aanvaard.", "notice_and_objection"),
        ("data_location", "en", "Customer Data is stored in Frankfurt, Germany. Customer selects the country where its data is hosted at sign-up.", "eu_only"),
        ("ai_training", "en", "When new members join, their conversations may be used to train our AI models.", "allowed"),
        ("ai_training", "en", "Workspaces are not enrolled in the Model Improvement Program by default. While a workspace is enrolled, Vendor may use its prompts to train Vendor's models.", "opt_in"),
        ("ai_training", "en", "Vendor may use Customer Data for its own purposes; its own purposes include training Vendor's AI models.", "allowed"),
        ("ai_training", "nl", "Wij gebruiken de gegevens die u via \"Importeren\" uit andere systemen overzet om onze AI-modellen te trainen.", "allowed"),
        ("ai_training", "nl", "Leverancier gebruikt Klantgegevens niet voor het trainen van AI-modellen, tenzij Klant daarvoor toestemming geeft, welke toestemming niet op onredelijke gronden wordt geweigerd.", "opt_in"),
        ("deletion", "nl", "Leverancier verwijdert de Klantgegevens binnen 30 dagen na beëindiging. Leverancier is gerechtigd de gegevens na beëindiging te bewaren voor zover de wet dat vereist.", "deleted"),
        # a plain ban on transfers keeps the data in the EU/EEA, with no place named
        ("data_location", "en", "We do not transfer your personal data to a country outside the European Economic Area.", "eu_only"),
        ("data_location", "nl", "Wij geven uw persoonsgegevens niet door aan landen buiten de Europese Unie.", "eu_only"),
]  # fmt: skip


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011", "\u2212"])
def test_a_typographic_hyphen_reads_as_a_hyphen_and_is_quoted_as_printed(hyphen: str) -> None:
    text = (
        f"Vendor may engage Sub{hyphen}processors to process Customer Data. Vendor will notify Customer at least "
        f"30 days before engaging a new Sub{hyphen}processor, and Customer may object."
    )
    result = finding("subprocessors", text)
    assert (result.stance, result.facts["notice_days"]) == ("notice_and_objection", 30)
    assert any(f"Sub{hyphen}processor" in c.quote for c in result.citations)


# Deletion periods (rounds 13 and 14 and their review), as wordings of our own. The spec's
# deletion_days is the most days after the end of the contract.
DELETION_DAYS = [
        # the window is a defined term, set in the clause before, with a sentence between them
        ("en", '11. Return and deletion\n\n11.1 For thirty (30) days after termination (the "Export Period"), '
         "Customer may export its data. On request made before the end of the Export Period, Vendor will provide "
         "an export.\n\n11.2 Vendor shall delete all Customer Data within sixty (60) days after the end of the "
         "Export Period, unless the law requires Vendor to retain it until it is no longer required.", 90),
        # a read-only window, and the deletion counted from its end, in the next sentence but one
        ("en", "7. End of subscription\n\n7.1 When your subscription ends, your workspace switches to read-only mode "
         "for 14 days. You can still export your files.\n\n7.2 After the read-only period has ended, we delete your "
         "workspace and all content in it. Deletion from our live systems is completed within 30 days of the end of "
         "the read-only period.", 44),
        ("en", "9.1 For thirty (30) days following termination, Customer may export Customer Content.\n\n9.2 Within "
         "thirty (30) days after the export window closes, we delete Customer Content from our systems.", 60),
        ("nl", "Artikel 10 Einde\n\n10.1 Na het einde van de overeenkomst kan Klant de gegevens nog gedurende dertig "
         "dagen exporteren. Daarvoor staat de omgeving in alleen-lezen modus.\n\n10.2 Leverancier verwijdert alle "
         "Klantgegevens binnen zestig dagen na afloop van de exporttermijn, tenzij een wettelijke bewaarplicht "
         "geldt.", 90),
        # a deletion period counted from termination adds no window
        ("en", "8.2 For thirty (30) days after termination, Customer may retrieve its content (the grace period).\n\n"
         "8.3 Upon expiry of the grace period referred to in Article 8.2, Vendor will delete all remaining "
         "Customer Content no later than sixty (60) days after the effective date of termination.", 60),
        # a retention period the customer picks is an option, not a deadline
        ("en", "D.1 We keep Your Content for as long as your workspace is open, unless you set a shorter period in "
         "Settings (you can pick 30, 90 or 365 days). D.2 When you close your workspace, we delete Your Content "
         "within 30 days.", 30),
        ("nl", "Wij bewaren je gesprekken zolang je account bestaat, tenzij je een kortere bewaartermijn instelt (je "
         "kunt kiezen voor 30, 90 of 365 dagen). Na het opzeggen van je account verwijderen we je gesprekken binnen "
         "14 dagen.", 14),
        # the vendor's own records of its customers do not time the deletion of their data
        ("en", "When a Customer closes its account, you have 14 days to download your data. Once that period has "
         "passed, we delete all Workspace Data within thirty days. Other Account Information is deleted two years "
         "after the account is closed.", 44),
        ("nl", "Eindigt de overeenkomst, dan verwijderen wij alle gesprekken en documenten van de Opdrachtgever binnen "
         "60 dagen na de einddatum. Gegevens van contactpersonen verwijderen wij uiterlijk één jaar nadat de "
         "laatste overeenkomst is geëindigd.", 60),
        # a retention the customer's administrator configures is no deadline of the vendor's
        ("en", "Recordings are kept for the retention period configured by the workspace administrator (default: 180 "
         "days) and then deleted. Vendor will delete Customer Content within sixty (60) days after the workspace is "
         "closed.", 60),
        ("en", "You set the retention period per template (for example, purge completed envelopes after 24 months). "
         "When your subscription ends, your account enters a 30-day grace period in which you can download your "
         "documents. After the grace period has ended, we permanently delete all documents in your account within "
         "two weeks.", 44),
        ("nl", "Na het opzeggen van het abonnement kun je nog 30 dagen je bestanden downloaden. Als die termijn "
         "verstreken is, verwijderen we al je gegevens binnen 14 dagen.", 44),
        # a termination notice is no window, and the subscription period is the contract's own term
        ("en", "10.1 Either party may terminate this Agreement on thirty (30) days' written notice. 10.2 Vendor will "
         "delete all Customer Data within thirty (30) days after the end of the subscription period.", 30),
        ("en", "Upon termination, Customer may export its data for 30 days. We will delete all Customer Data within 30 "
         "days after the subscription period ends.", 30),
        # a choice the customer makes in another clause is no retention setting of its own
        ("en", "After termination, the Customer can select the data to export, and Vendor will delete the rest within 30 "
         "days.", 30),
        ("en", "Upon termination of the Agreement, Customer Data, as configured by the Customer, will be deleted within "
         "30 days.", 30),
        # "Account Data" is often the customer's data by name
        ("en", "Upon termination, Vendor will delete all Account Data within ninety (90) days. Vendor will delete "
         "Customer Content within thirty (30) days after termination.", 90),
        # (red-team round 10) kept so the user can come back, "after which" it goes: the vendor's promise
        ("en", "Account data is kept for 60 days after cancellation so that you can restore your workspace, after "
         "which it is erased.", 60),
        ("nl", "Na het einde van het abonnement bewaren wij de gegevens nog twee maanden zodat u uw account kunt "
         "heropenen, waarna zij worden verwijderd.", 60),
        # a return, then the rest destroyed within a time after the return: both periods add up
        ("en", "Within ten days after termination Vendor returns all Customer Data. Vendor destroys the remaining "
         "copies no later than twenty days after completing that return.", 30),
        ("nl", "Binnen tien dagen na het einde van de overeenkomst geeft Leverancier alle gegevens terug. Uiterlijk "
         "twintig dagen na de teruggave vernietigt Leverancier alle resterende kopieën.", 30),
        # a notice to end the contract is no period before the deletion
        # (blind round 15) a retention the customer's administrator sets, or its default, is no deadline
        ("en", "Chat history is kept for the period configured by Customer's administrator, which defaults to ninety "
         "(90) days, and is deleted in any case within thirty (30) days after termination.", 30),
        ("nl", "Gesprekken worden bewaard gedurende de termijn die de beheerder van Klant instelt, standaard negentig "
         "(90) dagen, en worden in elk geval binnen dertig (30) dagen na het einde van de overeenkomst verwijderd.", 30),
        # kept until a time after the end, then destroyed "after that period" / "na die termijn"
        ("en", "Notwithstanding Section 8, chat logs are kept until four months after termination so that complaints "
         "can be handled. After that period the chat logs are destroyed.", 120),
        ("nl", "In afwijking van artikel 8 worden gespreksgegevens na het einde van de overeenkomst bewaard tot "
         "uiterlijk vier maanden na de einddatum, zodat klachten kunnen worden afgehandeld. Na die termijn worden de "
         "gespreksgegevens vernietigd.", 120),
        # ... not the vendor's own deadline said "standaard" / "by default"
        ("nl", "Na beëindiging van de overeenkomst verwijderen wij alle gegevens standaard 30 dagen na de einddatum.", 30),
        ("en", "Upon termination, Vendor will delete Customer Data by default 30 days after the end of the "
         "subscription.", 30),
        # a window named directly by its defined term: "After the Retrieval Period", "Na de Exporttermijn"
        ("en", '8.1 For thirty (30) days following termination (the "Retrieval Period"), Customer may export Customer '
         "Data. 8.2 After the Retrieval Period, Vendor shall delete Customer Data within ninety (90) days.", 120),
        ("nl", '8.1 Gedurende dertig dagen na het einde van de overeenkomst (de "Exporttermijn") kan Klant de gegevens '
         "exporteren. 8.2 Na de Exporttermijn verwijdert Leverancier de gegevens binnen zestig dagen.", 90),
        # the subscription's end date is its end
        ("en", "Customer Data is deleted within sixty (60) days of the subscription end date.", 60),
        ("en", "Either party may end this Agreement on sixty (60) days' written notice. Upon termination, Vendor "
         "returns all Customer Data and thereafter deletes all copies.", None),
        ("nl", "Elke partij kan de overeenkomst opzeggen met een opzegtermijn van twee maanden. Na het einde geeft "
         "Leverancier alle gegevens terug en vernietigt daarna alle kopieën.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Retention schedule:\n- Backups of the database: kept for up to 35 days, then overwritten.\n"
         "- Billing records: kept for seven years after the end of the subscription.\n"),
        ("nl", "Bewaartermijnen:\n- Back-ups van de database: maximaal 35 dagen, daarna overschreven.\n"
         "- Facturen: zeven jaar na het einde van het abonnement bewaard.\n"),
    ],
)  # fmt: skip
def test_the_next_item_of_a_retention_list_is_not_the_backups(language: str, text: str) -> None:
    assert finding("backups", text, language).facts["backup_retention_days"] == 35


@pytest.mark.parametrize(("language", "text", "days"), DELETION_DAYS)
def test_deletion_days_are_counted_as_a_reviewer_would(language: str, text: str, days: int | None) -> None:
    assert finding("deletion", text, language).facts["deletion_days"] == days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "7.3 Support access is granted through credentials that expire after eight hours, is recorded in "
         "tamper-evident audit logs which are retained for one year, and is reviewed monthly.\n\n12.1 Backups are "
         "kept on a rolling schedule and each backup is destroyed no later than thirty-five (35) days after it was created.\n"),
        ("nl", "7.3 Elke toegang door supportmedewerkers wordt vastgelegd in auditlogs, die twee jaar worden "
         "bewaard.\n\n12.1 Back-ups worden maximaal 35 dagen bewaard en daarna automatisch verwijderd.\n"),
    ],
)  # fmt: skip
def test_audit_logs_of_staff_access_do_not_time_the_backups(language: str, text: str) -> None:
    assert finding("backups", text, language).facts["backup_retention_days"] == 35


# Facts from rounds 16 and 17 and red-team 12, as wordings of our own: certificates and legal
# carve-outs in their own sentences, windows set in a clause named by its number, periods defined by
# their amount, a start held until the objection period has run, invoices beside backups, disuse.
NINTH_SESSION_FACTS = [
        ("deletion", "en", "8.1 Vendor deletes Customer Data within thirty (30) days after termination. 8.4 Upon request, Vendor shall certify in writing that it has complied with this Section 8.", "certificate", True),
        ("deletion", "en", "5.3 Customer Data is deleted ninety (90) days after termination. 5.5 Upon written request, Vendor will confirm the deletion described in clause 5.3 in writing.", "certificate", True),
        ("deletion", "nl", "13.1 Verwerker verwijdert de Persoonsgegevens binnen zestig dagen na het einde van de Overeenkomst. 13.4 Verwerker bevestigt de verwijdering schriftelijk.", "certificate", True),
        ("deletion", "nl", "10.1 Verwerker verwijdert de Persoonsgegevens uiterlijk negentig dagen na beëindiging. 10.3 Verwerker verstrekt op verzoek een verklaring van verwijdering.", "certificate", True),
        ("deletion", "nl", "10.1 Verwerker vernietigt de Persoonsgegevens uiterlijk negentig dagen na beëindiging. 10.4 Verwerker verstrekt op verzoek een vernietigingsverklaring.", "certificate", True),
        ("deletion", "en", "9.3 Provider will delete Customer Data no later than thirty (30) days after termination. 9.5 Nothing in this clause requires Provider to delete data that it is obliged to retain under applicable tax law.", "legal_retention_exception", True),
        ("deletion", "en", "10.2 Vendor deletes all Customer Data within ninety days of termination. 10.4 Vendor may retain Customer Data where required to do so by EU or Member State law.", "legal_retention_exception", True),
        ("deletion", "nl", "10.1 Verwerker verwijdert de Persoonsgegevens uiterlijk negentig dagen na beëindiging. 10.4 Indien een wettelijke bepaling Verwerker verplicht Persoonsgegevens langer te bewaren, informeert Verwerker de Verwerkingsverantwoordelijke.", "legal_retention_exception", True),
        ("deletion", "nl", "Artikel 7 Beëindiging. 7.2 Na het einde van de Overeenkomst kan Opdrachtgever gedurende veertien (14) dagen de Gegevens exporteren. 7.3 Opdrachtnemer verwijdert de Gegevens binnen één maand na het verstrijken van de in artikel 7.2 bedoelde termijn.", "deletion_days", 44),
        ("deletion", "en", "Section 9 Termination\n9.1 For fourteen (14) days after termination, Customer may download its recordings in read-only mode.\n\nSchedule 1 Data Processing Terms\nArticle 7 Deletion\n7.1 After the end of the download period referred to in Section 9.1 of the Terms, Vendor deletes all Customer Data within thirty (30) days.", "deletion_days", 44),
        ("deletion", "nl", "Artikel 9 Einde van de Overeenkomst\n9.1 Na het einde van de Overeenkomst heeft de Klant gedurende veertien dagen toegang tot een alleen-lezen omgeving om opnames te downloaden.\n\nBijlage 1\nArtikel 7 Teruggave en verwijdering\n7.1 Na afloop van de in artikel 9.1 van de Algemene Voorwaarden genoemde downloadperiode verwijdert Leverancier alle Klantgegevens binnen vier weken.", "deletion_days", 42),
        ("deletion", "nl", "Artikel 10 Vernietiging. 10.1 Verwerker bewaart de Persoonsgegevens na het einde van de Overeenkomst nog gedurende de Nazorgperiode. 10.2 De Nazorgperiode bedraagt één (1) jaar, te rekenen vanaf het einde van de Overeenkomst. 10.3 Uiterlijk bij het verstrijken van de Nazorgperiode vernietigt Verwerker alle Persoonsgegevens.", "deletion_days", 365),
        ("deletion", "en", "Article 10 Destruction. 10.1 Processor keeps the Personal Data after the end of the Agreement during the Aftercare Period. 10.2 The Aftercare Period is six (6) months from the end of the Agreement. 10.3 At the latest when the Aftercare Period expires, Processor destroys all Personal Data.", "deletion_days", 180),
        ("subprocessors", "en", "7.2 The Supplier shall notify the Customer of each intended new sub-processor by email, and the Customer may object within thirty (30) days of receipt of the notice. 7.3 The Supplier shall not permit a new sub-processor to process any Customer Personal Data until that thirty (30) day objection period has expired.", "notice_days", 30),
        ("subprocessors", "nl", "Artikel 1 Begripsbepalingen. In deze overeenkomst wordt verstaan onder: (a) Dienst: de dienst van Verwerker; (b) Kennisgevingstermijn: een termijn van één (1) maand, te rekenen vanaf de kennisgeving. Artikel 10 Subverwerkers. 10.2 Verwerker stelt Verwerkingsverantwoordelijke per e-mail in kennis van het voornemen een nieuwe Subverwerker in te schakelen. Een nieuwe Subverwerker wordt niet gemachtigd Persoonsgegevens te verwerken voordat de Kennisgevingstermijn is verstreken. 10.3 Verwerkingsverantwoordelijke kan gedurende de Kennisgevingstermijn bezwaar maken.", "notice_days", 30),
        ("backups", "en", "9.1 Backups of Customer Data are retained for fourteen (14) days and then overwritten. 9.2 Invoices and billing records are archived for seven (7) years in accordance with statutory requirements.", "backup_retention_days", 14),
        ("backups", "nl", "12.1 Back-ups worden dertig (30) dagen bewaard en daarna overschreven. 12.2 Facturen worden zeven jaar gearchiveerd op grond van de fiscale bewaarplicht.", "backup_retention_days", 30),
        ("deletion", "en", "Customer Data of free accounts that have not been logged into for twelve (12) consecutive months may be deleted after thirty (30) days' email notice to the account owner.", "deletion_days", None),
        ("deletion", "nl", "Bij beëindiging van een account dat twaalf (12) maanden inactief is, worden de Klantgegevens verwijderd.", "deletion_days", None),
        # round 17: windows and notice periods set by name or clause number in an annex, and the time
        # between the notice and the start
        ("deletion", "nl", "Artikel 14 Einde\n14.4 Gedurende zes weken na het einde van de Overeenkomst (de Exporttermijn) houdt Leverancier de Klantgegevens beschikbaar, zodat Klant deze via de exportfunctie kan downloaden.\n\nVerwerkersbijlage\n8. Verwijdering\n8.1 Na afloop van de Exporttermijn vernietigt Verwerker alle persoonsgegevens die hij voor Verwerkingsverantwoordelijke verwerkt, binnen drie maanden.\n", "deletion_days", 132),
        ("deletion", "en", "Section 2 Term\n2.4 For thirty (30) days after termination (the \"Retrieval Period\"), Customer may export its Customer Data.\n\nSchedule 2 Data Processing\n7. Deletion\n7.1 After the end of the Retrieval Period, Vendor deletes all Customer Data within sixty (60) days.\n", "deletion_days", 90),
        ("deletion", "nl", "9.3 Na afloop van de Exporttermijn verwijdert Verwerker de Persoonsgegevens uit de productieomgeving.\n\nBijlage 1 Specificatie\nTermijnen:\n- Exporttermijn: twee maanden na de einddatum van de Hoofdovereenkomst.\n- Bewaartermijn back-ups: zie de Beveiligingsbijlage.\n", "deletion_days", 60),
        ("deletion", "en", "9.3 After the end of the Retrieval Period, Vendor deletes the Customer Data from its production systems.\n\nSchedule 1 Key Terms\n- Retrieval Period: thirty (30) days after the end date of the Agreement.\n- Support hours: 9:00 to 17:00.\n", "deletion_days", 30),
        ("deletion", "nl", "9.2 Na het einde van de Overeenkomst stelt Verwerker Verwerkingsverantwoordelijke gedurende de in de Specificatie genoemde exporttermijn in staat de persoonsgegevens te downloaden.\n9.3 Na afloop van de exporttermijn vernietigt Verwerker alle persoonsgegevens binnen de daarvoor in de Specificatie opgenomen termijn, tenzij een wettelijke verplichting opslag vereist.\n\nSpecificatie\n- exporttermijn (artikel 9.2): twee maanden na de einddatum van de Overeenkomst;\n- vernietiging na afloop van de exporttermijn (artikel 9.3): binnen dertig dagen;\n", "deletion_days", 90),
        ("subprocessors", "nl", "Artikel 6 Subverwerkers\n6.1 Verwerkingsverantwoordelijke verleent Verwerker een algemene schriftelijke toestemming om Subverwerkers in te schakelen.\n6.2 Verwerker maakt een voorgenomen toevoeging van een Subverwerker bekend in het Klantportaal. De bekendmaking geschiedt ten minste binnen de termijn die in de Specificatie onder \"Termijn vooraankondiging\" is vermeld.\n6.3 Verwerkingsverantwoordelijke kan binnen veertien dagen na de bekendmaking bezwaar maken tegen de voorgenomen Subverwerker.\n\nBijlage 1 Specificatie\n- Termijn vooraankondiging nieuwe of vervangende Subverwerker: één maand.\n", "notice_days", 30),
        ("subprocessors", "en", "Clause 6 Sub-processors\n6.1 Customer grants Vendor a general written authorisation to engage Sub-processors.\n6.2 Vendor announces an intended new Sub-processor in the customer portal within the period stated under \"Notice period\" in Schedule 1.\n6.3 Customer may object to the new Sub-processor within fourteen days of the announcement.\n\nSchedule 1\n- Notice period for new or replacement Sub-processors: thirty (30) days.\n", "notice_days", 30),
        ("subprocessors", "nl", "4. Subverwerkers\n4.1 Verwerkingsverantwoordelijke verleent Verwerker algemene schriftelijke toestemming voor het inschakelen van subverwerkers.\n4.2 Verwerker informeert Verwerkingsverantwoordelijke per e-mail over een voorgenomen toevoeging van een subverwerker. Die kennisgeving vindt plaats uiterlijk binnen de in de Specificatie genoemde termijn voordat de nieuwe subverwerker toegang krijgt.\n4.3 Verwerkingsverantwoordelijke kan binnen twee weken na ontvangst van de kennisgeving bezwaar maken.\n\nSpecificatie\n- Exporttermijn (artikel 9.2): twee maanden na de einddatum\n- Termijn vooraankondiging nieuwe subverwerker (onderdeel 4.2): vier weken\n", "notice_days", 28),
        ("subprocessors", "en", "7. Sub-processors\n7.1 Customer authorises Vendor to engage Sub-processors.\n7.2 Vendor notifies Customer by email of an intended new Sub-processor. Such notice is given at the latest within the period set out in the Order Form before the new Sub-processor is given access.\n7.3 Customer may object within ten days of the notice.\n\nOrder Form\n- Support level (clause 5.1): Premium\n- Sub-processor notice (clause 7.2): thirty (30) days\n", "notice_days", 30),
        ("subprocessors", "nl", "7.1 U geeft ons algemene toestemming om Subverwerkers in te schakelen. 7.2 Wanneer wij een nieuwe Subverwerker willen inschakelen, plaatsen wij dat op de Subverwerkerspagina. Tussen het bericht en het moment waarop de nieuwe Subverwerker begint met de verwerking van Klantgegevens zitten ten minste tien werkdagen. 7.3 U kunt binnen die tien werkdagen bezwaar maken tegen de nieuwe Subverwerker.", "notice_days", 14),
        ("subprocessors", "en", "7.1 Customer authorises Vendor to engage Sub-processors. 7.2 Vendor will announce a new Sub-processor on its website. Between the announcement and the date the new Sub-processor starts processing, at least fourteen (14) days will pass. 7.3 Customer may object to the new Sub-processor during that time.", "notice_days", 14),
        # a window named by "artikel 9 lid 1"
        ("deletion", "nl", "Artikel 9 Einde van de Overeenkomst\n9.1 Na het einde van de Overeenkomst houdt Opdrachtgever gedurende een periode van drie maanden alleen-lezen toegang tot de Dienst, uitsluitend om Klantgegevens te downloaden.\n\nDeel B Verwerkersbijlage\nArtikel 9 Teruggave en verwijdering\n9.1 Leverancier verwijdert de Klantgegevens binnen dertig dagen na het verstrijken van de in artikel 9 lid 1 van de Algemene Voorwaarden bedoelde downloadperiode.\n", "deletion_days", 120),
        # a window referred to as "those 30 days", or by its plain name where it is set
        ("deletion", "en", "If you close your account, we keep your Customer Content for 30 days. After those 30 days, we permanently delete it within the following 30 days.", "deletion_days", 60),
        ("deletion", "nl", "Als u uw account opzegt, bewaren wij uw gegevens nog dertig dagen. Na die dertig dagen verwijderen wij ze binnen dertig dagen definitief.", "deletion_days", 60),
        ("deletion", "en", "5.3 On termination, Customer's account is placed in read-only mode for an export period of thirty (30) days, during which Customer can export its data.\n\nSchedule 1 Data Processing\n7.2 Upon expiry of the export period, Vendor shall delete all Customer Data within sixty (60) days after the end of the export period.\n", "deletion_days", 90),
        ("deletion", "nl", "5.3 Na beëindiging staat het account gedurende een exportperiode van dertig (30) dagen in alleen-lezen modus, zodat Klant zijn gegevens kan exporteren.\n\nBijlage 1 Verwerkersovereenkomst\n7.2 Na afloop van de exportperiode verwijdert Leverancier alle Klantgegevens binnen zestig (60) dagen.\n", "deletion_days", 90),
        # a floor is no definition of a period
        ("deletion", "en", "Vendor deletes Customer Data at the end of the Retention Period. The Retention Period is not shorter than 30 days.", "deletion_days", None),
]  # fmt: skip


# Red-team 14 (sub-processor sections, written and labelled before anything ran), as wordings of
# our own: Belgian and plain Dutch names for other processors, consent asked before a start, a
# vendor's free hand, an objection right taken away, notices in Dutch nouns.
TENTH_SESSION_WORDINGS = [
        # "een andere verwerker", "verdere verwerkers" (art. 28(2) in Belgian and plain Dutch)
        ("subprocessors", "nl", "De verwerker doet geen beroep op een andere verwerker zonder voorafgaande schriftelijke toestemming van de verantwoordelijke.", "prior_consent"),
        ("subprocessors", "nl", "De verantwoordelijke geeft een algemene toestemming voor verdere verwerkers. De verwerker brengt de verantwoordelijke op de hoogte van elke voorgenomen toevoeging van een verdere verwerker; de verantwoordelijke kan daartegen bezwaar maken.", "notice_and_objection"),
        # consent first, then the start
        ("subprocessors", "nl", "Leverancier schakelt pas een subverwerker in nadat Klant daarvoor schriftelijk toestemming heeft gegeven.", "prior_consent"),
        ("subprocessors", "en", "We will never allow a new sub-processor to access your data without your prior written approval.", "prior_consent"),
        ("subprocessors", "en", "Until the Customer has approved the change in writing, the Supplier shall not permit any new Sub-processor to process Customer Data.", "prior_consent"),
        ("subprocessors", "en", "The Supplier shall not permit a proposed Sub-processor to process Customer Data until the Customer has signed the change request.", "prior_consent"),
        # notices in Dutch nouns and Flemish "op voorhand"
        ("subprocessors", "nl", "Verwerker mag subverwerkers inzetten. Verwerker doet een melding van een voorgenomen nieuwe subverwerker in het klantportaal. Klant kan daartegen bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "nl", "Klant stemt in met het inschakelen van subverwerkers. Leverancier geeft Klant vooraf bericht van een voorgenomen vervanging van een subverwerker, waarna Klant bezwaar kan maken.", "notice_and_objection"),
        # "objected"
        ("subprocessors", "en", "Vendor may engage Sub-processors, provided that Vendor informs Customer of any intended new Sub-processor and Customer has not objected within fourteen days.", "notice_and_objection"),
        # the vendor's free hand
        ("subprocessors", "nl", "Leverancier kan bij de uitvoering van de Overeenkomst gebruikmaken van hulppersonen. Leverancier is vrij in de keuze van hulppersonen.", "general_no_notice"),
        ("subprocessors", "nl", "Voor het hosten van de dienst werken wij met een klein aantal hulppersonen, zoals ons datacenter.", "general_no_notice"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerkers in zonder voorafgaande toestemming van Klant. Dit geldt niet voor subverwerkers voor hosting en onderhoud; deze mag Verwerker naar eigen inzicht inschakelen en vervangen.", "general_no_notice"),
        ("subprocessors", "nl", "Wij werken samen met technologiepartners. Wij kunnen deze partners op elk moment vervangen of aanvullen.", "general_no_notice"),
        ("subprocessors", "en", "Vendor may subcontract the hosting of Customer Data without the Customer's consent.", "general_no_notice"),
        ("subprocessors", "nl", "Leverancier mag de hosting van Klantgegevens uitbesteden aan onderaannemers zonder de toestemming van Klant.", "general_no_notice"),
        ("subprocessors", "nl", "Wij gebruiken dienstverleners voor hosting en betalingen. Komt er een nieuwe partij bij, dan passen wij onze lijst aan; een afzonderlijk bericht sturen wij daarover niet.", "general_no_notice"),
        # a title is no statement; the objection right taken away; an audit notice is no notice
        ("subprocessors", "en", "How we work with sub-processors\nWe never let a new sub-processor handle your data without your written approval.", "prior_consent"),
        ("subprocessors", "nl", "Leverancier kan onderaannemers inschakelen. Klant kan tegen de inschakeling van een onderaannemer geen bezwaar maken.", "general_no_notice"),
        ("subprocessors", "en", "Vendor will publish new Sub-processors on its website thirty days before they start. Customer has no right to object to any Sub-processor.", "general_no_notice"),
        ("subprocessors", "nl", "9.1 Leverancier kan gebruikmaken van onderaannemers. 9.2 Klant kondigt een audit ten minste dertig dagen van tevoren schriftelijk aan; Klant kan bezwaar maken tegen de auditor.", "general_no_notice"),
        ("subprocessors", "en", "9.1 Vendor may use subcontractors to host the Service. 9.2 The Customer shall announce an audit at least thirty days in advance; Vendor may object to an auditor who is its competitor.", "general_no_notice"),
        # a line that stops on "nadat" runs on into the next
        ("subprocessors", "nl", "9.1 Verwerker zal slechts een subverwerker inschakelen nadat\nVerwerkingsverantwoordelijke daarvoor vooraf schriftelijk toestemming heeft gegeven.", "prior_consent"),
        ("subprocessors", "en", "9.1 The Processor shall not engage any sub-processor unless\nController has given its prior written consent.", "prior_consent"),
        # blind round 19: a return promise is read where its verb stands (so "no obligation to return"
        # is negated); a return with nothing said of keeping is return-or-delete; "shall then delete"
        ("deletion", "en", "Upon termination Vendor shall delete all Customer Data within ninety (90) days. Vendor has no obligation to return Customer Data after termination.", "deleted"),
        ("deletion", "nl", "Na beëindiging verwijdert Leverancier alle Klantgegevens binnen negentig dagen. Leverancier is niet verplicht Klantgegevens na beëindiging aan Klant terug te geven.", "deleted"),
        ("deletion", "en", "Upon termination of the Agreement, the Processor shall return all Customer Data to the Controller.", "return_or_delete"),
        ("deletion", "nl", "Bij het einde van de Overeenkomst draagt Verwerker alle Persoonsgegevens over aan Verwerkingsverantwoordelijke.", "return_or_delete"),
        ("deletion", "en", "Upon termination Vendor shall return all Customer Data to Customer. Vendor shall then delete all copies within thirty (30) days.", "return_or_delete"),
        ("deletion", "nl", "Na beëindiging draagt Leverancier alle klantgegevens over aan Klant. Leverancier verwijdert vervolgens alle kopieën binnen dertig dagen.", "return_or_delete"),
        # kept in the EU/EEA: data that goes abroad only when something happens, a negated hosting
        # abroad and a list row with no storage of its own are transfers, not storage outside
        ("data_location", "en", "Customer Data is hosted in data centres in Germany. If a user attaches Customer Data to a support ticket, that data is processed in the United States.", "eu_with_transfers"),
        ("data_location", "nl", "Klantgegevens worden opgeslagen in datacenters in Duitsland. Wanneer een gebruiker Klantgegevens aan een supportverzoek toevoegt, worden die gegevens in de Verenigde Staten verwerkt.", "eu_with_transfers"),
        ("data_location", "en", "All Customer Data is stored in data centres in Germany. We do not use cloud providers headquartered in the United States for hosting Customer Data. Account e-mails are sent through a provider certified under the EU-U.S. Data Privacy Framework.", "eu_with_transfers"),
        ("data_location", "nl", "Alle Klantgegevens worden opgeslagen in datacenters in Nederland. Wij maken voor de opslag van Klantgegevens geen gebruik van cloudaanbieders in de Verenigde Staten. Accountmails worden verstuurd via een aanbieder die is aangesloten bij het EU-VS Data Privacy Framework.", "eu_with_transfers"),
        ("data_location", "en", "Customer Data is stored in data centres in Ireland. Our sub-processors are: a hosting provider (storage, Ireland); a payment provider (billing, Netherlands); a chat software provider (United States, contact details only), under the Standard Contractual Clauses.", "eu_with_transfers"),
        ("data_location", "nl", "Klantgegevens worden opgeslagen in datacenters in Ierland. Onze subverwerkers zijn: een hostingpartij (opslag, Ierland); een leverancier van chatsoftware (Verenigde Staten, alleen contactgegevens), op basis van de standaardcontractbepalingen.", "eu_with_transfers"),
        # copies not removed at once, but gone as the rotation overwrites them
        ("backups", "en", "Data you delete is not removed from existing backups. It disappears from our backups as older backups are overwritten by newer ones under our normal rolling backup rotation.", "until_overwritten"),
        ("backups", "nl", "Verwijderde gegevens worden niet uit bestaande back-ups verwijderd. Ze verdwijnen uit de back-ups doordat oudere back-ups in de normale rotatie worden overschreven.", "until_overwritten"),
        ("backups", "en", "Deleted data is not removed from existing backups. Backups are kept indefinitely for archival purposes.", "retained"),
        # kept for a while so the customer can come back, then deleted: a grace period
        ("deletion", "nl", "Na het einde van het Abonnement bewaren wij de Klantinhoud nog 90 dagen, zodat Klant haar account kan heractiveren of haar gegevens kan exporteren. Na afloop van die 90 dagen verwijderen wij de Klantinhoud.", "deleted"),
        # a statistics carve-out for the vendor's own records that hold none of the customer's data
        ("ai_training", "nl", "De Verwerker zal de Klantgegevens in geen geval aanwenden voor eigen doeleinden, met inbegrip van het trainen van modellen voor artificiële intelligentie. Het voorgaande belet de Verwerker niet om Gebruiksgegevens aan te wenden voor het beveiligen en verbeteren van het Platform en voor het opmaken van geaggregeerde statistieken, op voorwaarde dat deze geen Klantgegevens bevatten.", "prohibited"),
        ("ai_training", "en", "Vendor shall not use Customer Data to train models. Vendor may use aggregated statistics derived from Customer Data to improve the Service, provided that they contain no Customer Data that identifies a person.", "aggregated_only"),
        # a clause another clause switches off binds no more (switched off in part, it still binds)
        ("subprocessors", "nl", "Artikel 7 Subverwerkers\n7.1 Verwerkingsverantwoordelijke verleent Verwerker algemene schriftelijke toestemming om subverwerkers in te schakelen. Verwerker informeert Verwerkingsverantwoordelijke over voorgenomen wijzigingen, waarna Verwerkingsverantwoordelijke bezwaar kan maken.\n7.2 Verwerker legt de subverwerker dezelfde verplichtingen op.\n\nArtikel 16 Aanvullende afspraken\n16.1 Artikel 7.1 is niet van toepassing. Verwerker schakelt uitsluitend een subverwerker in na voorafgaande specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke.", "prior_consent"),
        ("subprocessors", "en", "Clause 7 Sub-processors\n7.1 Customer gives Vendor a general written authorisation to engage Sub-processors. Vendor will notify Customer of intended changes and Customer may object.\n7.2 Vendor imposes the same obligations on each Sub-processor.\n\nClause 16 Special terms\n16.1 Clause 7.1 shall not apply. Vendor shall not engage any Sub-processor without the prior specific written authorisation of Customer.", "prior_consent"),
        ("subprocessors", "en", "Clause 7 Sub-processors\n7.1 Customer gives Vendor a general written authorisation to engage Sub-processors. Vendor will notify Customer of intended changes and Customer may object.\n7.2 Vendor imposes the same obligations on each Sub-processor.\n\nClause 16 Special terms\n16.1 Clause 7.1 does not apply to Sub-processors that only provide support. Vendor shall not engage a support provider without the prior specific written authorisation of Customer.", "notice_and_objection"),
        # red-team 15 and blind round 20: kept with no end, or with no duty to delete
        ("deletion", "en", "13.1 Vendor deletes all Customer Data within thirty (30) days of termination. 13.2 Notwithstanding clause 13.1, Vendor may retain one complete archival copy of Customer Data without limitation in time for its own record-keeping.", "retained"),
        ("deletion", "nl", "12.1 Binnen negentig dagen na beëindiging pseudonimiseert Leverancier de persoonsgegevens. 12.2 De gepseudonimiseerde gegevens worden door Leverancier zonder beperking in tijd bewaard voor benchmarks.", "retained"),
        ("deletion", "nl", "16.2 Na het einde van de Overeenkomst worden de gegevens in een archief geplaatst. 16.3 Leverancier is niet gehouden gegevens na het einde van de Overeenkomst aan Opdrachtgever ter beschikking te stellen of te verwijderen.", "retained"),
        ("deletion", "en", "16.2 After the end of the Agreement the data is moved to an archive. 16.3 Vendor is not obliged to make data available to Customer or to delete it after the end of the Agreement.", "retained"),
        ("deletion", "nl", "Wij verwijderen gegevens na beëindiging van het abonnement. Daarnaast bewaren wij klantgegevens zolang dit naar ons redelijk oordeel noodzakelijk is voor onze bedrijfsvoering.", "retained"),
        ("deletion", "en", "We delete data after the subscription ends. We may also keep Customer Data for as long as we deem necessary for our business.", "retained"),
        # a sentence that opens on the customer's joining
        ("ai_training", "nl", "Leverancier gebruikt de Personeelsgegevens niet voor eigen doeleinden. Enkel wanneer de Werkgever zich daartoe uitdrukkelijk en schriftelijk inschrijft, worden zijn loongegevens, na verwijdering van alle identificatiegegevens en uitsluitend in geaggregeerde vorm met gegevens van andere werkgevers, in de Loonbenchmark opgenomen.", "opt_in"),
        ("ai_training", "en", "Vendor does not use Customer Data for its own purposes. Only if the Customer opts in is its payroll data used, in aggregated form with the data of other customers, for the salary benchmark.", "opt_in"),
        # backups: not before the period runs out, a copy restored from a backup, the vendor's own
        # judgement, not removed by hand but replaced by newer copies, media used again
        ("backups", "nl", "Back-ups worden dertig dagen bewaard. Bij beëindiging worden de bestaande back-ups niet eerder verwijderd dan na afloop van de gekozen bewaarperiode.", "time_limited"),
        ("backups", "en", "Backups are kept for thirty days. On termination, existing backups are not deleted until the end of the chosen retention period.", "time_limited"),
        ("backups", "nl", "10.2 Persoonsgegevens in back-ups worden niet afzonderlijk verwijderd, maar in de normale back-upcyclus overschreven. 10.3 Indien Persoonsgegevens bij herstel uit een back-up opnieuw in een actief systeem terechtkomen, verwijdert Verwerker deze binnen zeven (7) dagen.", "until_overwritten"),
        ("backups", "en", "10.2 Personal Data in backups is not deleted individually but overwritten in the normal backup cycle. 10.3 If Personal Data restored from a backup reappears in a live system, Vendor deletes it again within seven (7) days.", "until_overwritten"),
        ("backups", "nl", "Kopieën van je gegevens kunnen in onze archiefkopieën en back-ups blijven staan. Die archiefkopieën bewaren we zo lang als wij dat nodig vinden voor juridische doeleinden.", "retained"),
        ("backups", "nl", "Persoonsgegevens in back-ups worden niet handmatig verwijderd. Zij verdwijnen uit de back-ups zodra de back-ups worden vervangen door nieuwere back-ups.", "until_overwritten"),
        ("backups", "en", "Personal data in backups is not removed manually. It disappears from the backups once they are replaced by newer backups.", "until_overwritten"),
        ("backups", "nl", "Leverancier schoont back-ups niet actief op. Verwijderde gegevens verdwijnen pas uit de back-ups wanneer de opslagmedia opnieuw in gebruik worden genomen.", "until_overwritten"),
        ("backups", "nl", "Verwijderde gegevens blijven maximaal vijfendertig dagen in onze back-ups, waarna zij automatisch worden verwijderd. Wij zetten verwijderde gegevens niet terug uit back-ups, behalve bij herstel na een calamiteit.", "time_limited"),
        ("backups", "en", "7.4 Backups.\n7.5 Service telemetry is retained for up to twenty-four months and is not deleted at the end of the Agreement.\n7.6 Residual copies of Customer Data are removed as backups are overwritten in our backup rotation, which does not exceed forty-five (45) days.", "time_limited"),
        # kept in the EU/EEA: a place reached under a transfer mechanism is a transfer
        ("data_location", "en", "6.1 The Customer Data are hosted in data centres situated in France and Germany.\n6.2 The Processor does not transfer Customer Personal Data outside of the European Union, with the exception of the transfers listed in Annex 3, which are realised on the basis of the standard contractual clauses or, for the recipients established in the United States and certified, on the basis of the EU-US Data Privacy Framework.", "eu_with_transfers"),
        ("data_location", "nl", "6.1 De Klantgegevens worden gehost in datacenters in Frankrijk en Duitsland.\n6.2 Verwerker geeft Persoonsgegevens niet door buiten de Europese Unie, met uitzondering van de doorgiften in Bijlage 3, die plaatsvinden op basis van de standaardcontractbepalingen of, voor ontvangers die in de Verenigde Staten zijn gevestigd en gecertificeerd, op basis van het EU-VS Data Privacy Framework.", "eu_with_transfers"),
        ("data_location", "en", "14.2 We store Your Content on servers located in the European Union, in data centres in Frankfurt, Germany.\n14.3 Some of these providers are located outside the European Economic Area, including in the United States; where this is the case we rely on the EU-US Data Privacy Framework or on the Standard Contractual Clauses.", "eu_with_transfers"),
        ("data_location", "en", "Customer Data is hosted in Ireland. Customer Data is transferred to and stored in the United States under the Standard Contractual Clauses.", "outside_eu"),
        # staff access: remote access under another clause's limits, access "to the extent reasonably necessary"
        ("staff_access", "en", "Access to Personal Data is limited to personnel performing the Services, on a least-privilege basis. Support personnel located outside the European Union may access Customer Data in the EU Hosting Region remotely, subject to Section 4 and Schedule D.", "restricted"),
        ("staff_access", "nl", "Toegang tot persoonsgegevens is beperkt tot medewerkers die dat voor hun werk nodig hebben. Supportmedewerkers buiten de Europese Unie mogen Klantgegevens op afstand inzien, met inachtneming van artikel 4.", "restricted"),
        ("staff_access", "en", "5.1 All persons authorised to process Customer Personal Data are bound by confidentiality. 5.2 Vendor personnel may access Customer Data to the extent reasonably necessary to provide, maintain and support the Services.", "restricted"),
        ("staff_access", "nl", "5.1 Alle personen die Persoonsgegevens verwerken zijn tot geheimhouding verplicht. 5.2 Medewerkers van Leverancier mogen Klantgegevens inzien voor zover dat redelijkerwijs noodzakelijk is om de Dienst te leveren.", "restricted"),
        ("staff_access", "en", "Vendor personnel may access Customer Data at any time.", "broad"),
        # the review's guards: wordings the new rules must leave alone
        ("subprocessors", "en", "Vendor may engage Sub-processors. Vendor will send Customer a separate notification not less than 30 days before a new Sub-processor starts; Customer may object within that period.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker mag subverwerkers inschakelen. Verwerker stuurt de Klant een afzonderlijk bericht, niet later dan dertig dagen voordat een nieuwe subverwerker begint; de Klant kan binnen die termijn bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "en", "No Sub-processor may be engaged without the Customer's prior written consent.", "prior_consent"),
        ("subprocessors", "nl", "Geen subverwerker mag worden ingeschakeld zonder voorafgaande schriftelijke toestemming van de Klant.", "prior_consent"),
        ("subprocessors", "en", "Vendor shall not engage Sub-processors without Customer's prior written consent, which Customer may at any time change or withdraw.", "prior_consent"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerkers in zonder voorafgaande toestemming van de Klant; de Klant kan die toestemming te allen tijde wijzigen of intrekken.", "prior_consent"),
        ("subprocessors", "en", "Vendor shall not permit any Sub-processor to access Customer Data until the Sub-processor has signed a written agreement with Vendor imposing the same obligations as this DPA.", "not_addressed"),
        ("subprocessors", "nl", "Verwerker schakelt pas een subverwerker in nadat hij de Klant vooraf heeft geïnformeerd; toestemming van de Klant is daarvoor niet vereist.", "general_no_notice"),
        ("subprocessors", "en", "Vendor may engage Sub-processors and will notify Customer at least 30 days before engaging a new Sub-processor. Customer may not object unreasonably; if Customer objects on reasonable grounds, the parties will discuss in good faith.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker mag subverwerkers inschakelen en meldt een nieuwe subverwerker ten minste 30 dagen vooraf. De Klant mag geen bezwaar maken op onredelijke gronden.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker mag subverwerkers inschakelen en doet melding van een nieuw beveiligingsincident binnen 2 dagen; de Klant kan bezwaar maken tegen een nieuwe subverwerker.", "general_no_notice"),
        ("subprocessors", "en", "7.1 Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer 30 days in advance of any new Sub-processor and Customer may object.\nAnnex 1\n(b) Clause 7 shall not apply;\n(c) If Customer hosts the Software on its own premises, clause 7.1 does not apply.", "notice_and_objection"),
        ("data_location", "en", "Customer Data is stored in the following data centres: Frankfurt, Germany; Ashburn, United States; Dublin, Ireland.", "outside_eu"),
        ("data_location", "en", "Customer Data is stored in data centres in Germany. We will not transfer data to the United States, even under the Standard Contractual Clauses.", "eu_only"),
        ("data_location", "nl", "Klantgegevens worden opgeslagen in datacenters in Duitsland. Wij geven geen gegevens door aan de Verenigde Staten, ook niet op basis van de standaardcontractbepalingen.", "eu_only"),
        ("ai_training", "en", "Vendor uses Customer Data to improve and train its models, so that no individual can be identified from the model outputs.", "allowed"),
        ("ai_training", "nl", "Leverancier gebruikt Klantgegevens om haar modellen te trainen, na verwijdering van identificerende gegevens.", "allowed"),
        ("deletion", "en", "Upon termination Vendor deletes all Customer Data within 30 days. Customer is not required to delete its own copies of reports.", "deleted"),
        ("deletion", "nl", "De Klant is niet verplicht om zelf gegevens te verwijderen. Verwerker verwijdert alle gegevens binnen 30 dagen na beëindiging.", "deleted"),
        ("deletion", "nl", "Verwerker bewaart persoonsgegevens na het einde van de Overeenkomst zolang dit naar haar redelijk oordeel noodzakelijk is voor de afwikkeling, en uiterlijk drie maanden.", "deleted"),
        ("deletion", "en", "Upon termination, Vendor shall return all Customer Data to Customer. Vendor may keep a copy of Customer Data for its records.", "not_addressed"),
        ("backups", "en", "Backups are retained for 35 days, and data restored from a backup is deleted again within 7 days.", "time_limited"),
        ("backups", "nl", "Back-ups worden 35 dagen bewaard, en gegevens die bij herstel uit een back-up terugkomen worden binnen 7 dagen opnieuw verwijderd.", "time_limited"),
        ("backups", "en", "Deleted data is not removed from our long-term archive backups. Daily operational backups are overwritten after 30 days.", "retained"),
        ("backups", "en", "Backups cannot be deleted manually and are retained for archival purposes.", "retained"),
        ("staff_access", "en", "Vendor's employees and contractors may access all Customer Data, subject to Section 12 (Confidentiality).", "broad"),
        ("staff_access", "en", "Vendor staff may access Customer Data where reasonably necessary for Vendor's business purposes.", "broad"),
        # made unidentifiable by what is done to it
        ("ai_training", "en", "Vendor shall not process Customer Personal Data for its own purposes. Vendor may use interaction data, after removing identifiers and combining them with data from other customers so that no Customer or User can be identified, to train and improve its ranking models.", "aggregated_only"),
        ("ai_training", "nl", "Leverancier verwerkt Klantgegevens niet voor eigen doeleinden. Leverancier mag interactiegegevens van Gebruikers gebruiken om haar zoekmodellen te trainen, na verwijdering van identificerende gegevens en samengevoegd met die van andere klanten, zodat geen Klant of Gebruiker herleidbaar is.", "aggregated_only"),
]  # fmt: skip


ELEVENTH_SESSION_WORDINGS = [
        # a list whose items carry their letters after the bullet keeps its lead-in
        ("ai_training", "en", "Without limiting the foregoing, Vendor shall not:\n- (a) use Customer Data to train any machine learning model; - (b) sell Customer Data.", "prohibited"),
        ("ai_training", "nl", "Het is Leverancier in het bijzonder verboden om:\n- (a) Klantgegevens te gebruiken om modellen te trainen; - (b) Klantgegevens te verkopen.", "prohibited"),
        # a ban's second object, however far from the ban
        ("ai_training", "en", "Our agreement with that provider prohibits it from retaining prompts for longer than thirty (30) days for abuse monitoring and from using prompts or outputs to train its models.", "prohibited"),
        ("ai_training", "en", "That provider acts as our Sub-processor, may not use your prompts, Customer Data or outputs to train its models, and deletes them after thirty (30) days.", "prohibited"),
        # aggregates excepted after the ban
        ("ai_training", "en", "Vendor shall not use Customer Data for any purpose except aggregated statistics.", "aggregated_only"),
        ("ai_training", "en", "Vendor will not use Customer Personal Data to train any model other than in the form of Aggregated Data.", "aggregated_only"),
        ("ai_training", "nl", "Leverancier gebruikt de Klantgegevens niet voor eigen doeleinden, behalve in geanonimiseerde en geaggregeerde vorm.", "aggregated_only"),
        ("ai_training", "nl", "Leverancier gebruikt de Klantgegevens niet voor eigen doeleinden, ook niet in geanonimiseerde vorm.", "prohibited"),
        ("ai_training", "en", "Vendor will not use Customer Data other than to provide the Services, and will not use anonymised data to train models.", "prohibited"),
        # a feature switched off by default is no opt-in to training
        ("ai_training", "en", "Vendor shall not use Customer Data to train any model. The Generative AI Features are disabled by default for Customers in the EU.", "prohibited"),
        ("ai_training", "nl", "Leverancier gebruikt Klantgegevens niet om modellen te trainen. De AI-functies staat standaard uit voor klanten in de EU.", "prohibited"),
        ("ai_training", "en", "Model training on Customer Content is disabled by default. Vendor uses Customer Content to train its models where the Customer switches it on.", "opt_in"),
        # data about the service's use, named in the sentence before, beside a rule for the content
        ("ai_training", "en", "Vendor will not use Customer Content to train models. We also collect information about how the Services are used, such as feature adoption. We use that information to run and improve our business.", "prohibited"),
        ("ai_training", "nl", "Leverancier gebruikt Klantinhoud niet om modellen te trainen. Wij verzamelen ook gegevens over het gebruik van de Dienst, zoals het aantal sessies. Die gegevens gebruiken wij om onze dienstverlening te verbeteren.", "prohibited"),
        ("ai_training", "en", "Vendor will not use Customer Content to train models. The software may collect telemetry information about you and your use of it. Vendor may use this information to improve our products or for any other purpose.", "allowed"),
        ("ai_training", "en", "Vendor will not use Customer Content to train models. Vendor may use Service Metadata to improve the Services, provided that it does not identify any individual or include the content of Customer Content.", "prohibited"),
        # a purpose limitation whose verbs are joined by "of"
        ("ai_training", "nl", "Leverancier zal Klantpersoonsgegevens niet verkopen, en zal ze niet bewaren, gebruiken of openbaar maken voor enig ander doel dan de in artikel 3.1 genoemde zakelijke doeleinden.", "prohibited"),
        # sub-processors
        ("subprocessors", "nl", "De verwerkingsverantwoordelijke geeft de verwerker algemene toestemming om onderaannemers in te schakelen. De verwerker deelt de verwerkingsverantwoordelijke ten minste twintig (20) dagen vooraf schriftelijk of via een bericht in het platform mee welke wijzigingen hij beoogt inzake de toevoeging van onderaannemers. De verwerkingsverantwoordelijke kan binnen die termijn bezwaar aantekenen.", "notice_and_objection"),
        ("subprocessors", "nl", "8.1 Leverancier schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van de Zorgaanbieder. 8.2 Een wijziging van Subverwerkers meldt Leverancier aan de Zorgaanbieder. 10.3 Leverancier stelt de Zorgaanbieder in staat de opname achterwege te laten indien de Patiënt daartegen bezwaar maakt.", "prior_consent"),
        ("subprocessors", "en", "8.1 Vendor shall not engage any Sub-processor without Customer's prior specific written authorisation. 8.2 Vendor will inform Customer of any change of Sub-processors. 10.3 Vendor will allow the Customer to skip the recording where a Patient objects to it.", "prior_consent"),
        ("subprocessors", "en", "7.1 Vendor shall not engage any other Sub-processor without Customer's prior specific written authorisation. 7.3 If Customer refuses to authorise a new Sub-processor, Vendor shall not engage that Sub-processor. If, as a result, Vendor cannot provide the Services, either Party may terminate the Order Form on thirty (30) days' written notice, and Vendor shall refund any prepaid fees.", "prior_consent"),
        ("subprocessors", "nl", "7.1 Leverancier schakelt geen andere Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Klant. 7.3 Weigert Klant zijn toestemming voor een nieuwe Subverwerker, dan schakelt Leverancier die Subverwerker niet in. Kan Leverancier daardoor de Dienst niet leveren, dan mag elke Partij de Overeenkomst opzeggen met een opzegtermijn van dertig (30) dagen, en Leverancier betaalt alle vooruitbetaalde vergoedingen terug.", "prior_consent"),
        ("subprocessors", "nl", "4.1 Leverancier schakelt geen Subverwerker in zonder voorafgaande schriftelijke toestemming van Zorgaanbieder. 4.3 Leverancier verklaart dat zij en haar Subverwerkers niet onder wetgeving buiten de EER vallen. Indien zich op dit punt een wijziging voordoet, meldt Leverancier dit onverwijld aan Zorgaanbieder, die in dat geval gerechtigd is de Overeenkomst te beëindigen.", "prior_consent"),
        ("subprocessors", "en", "4.1 Vendor shall not engage any Sub-processor without the Customer's prior written authorisation. 4.3 Vendor declares that it and its Sub-processors are not subject to laws outside the EEA. Should this change in that respect, Vendor shall inform Customer without delay, and Customer may terminate the Agreement.", "prior_consent"),
        # staff access: a review of access rights or a log of the users' own actions logs no staff
        ("staff_access", "en", "Access to Customer Data is limited to personnel who need it. Personnel are bound by confidentiality. User access rights are reviewed at least quarterly by managers.", "restricted"),
        ("staff_access", "nl", "Alleen medewerkers die dat voor hun werk nodig hebben, hebben toegang tot de Persoonsgegevens. De Dienst registreert handelingen van gebruikers, zoals inloggen en het openen van opdrachten.", "restricted"),
        ("staff_access", "nl", "Alleen medewerkers die dat voor hun werk nodig hebben, hebben toegang tot de Persoonsgegevens. Leverancier registreert alle handelingen van beheerders waarbij Persoonsgegevens worden ingezien.", "restricted_logged"),
        # consent to the listed sub-processors at signing is no general authorisation; a publication
        # after consent is no notice
        ("subprocessors", "nl", "6.1 Leverancier schakelt uitsluitend Subverwerkers in na voorafgaande schriftelijke toestemming van Onderwijsinstelling. Door ondertekening verleent Onderwijsinstelling toestemming voor de Subverwerkers die zijn vermeld in Bijlage 1. 6.2 Wil Leverancier een nieuwe Subverwerker inschakelen, dan dient hij uiterlijk twee (2) maanden voordat de Subverwerker toegang krijgt een schriftelijk verzoek in bij Onderwijsinstelling. 6.4 Na verkregen toestemming past Leverancier Bijlage 1 binnen tien (10) werkdagen aan en publiceert hij de nieuwe versie.", "prior_consent"),
        # Belgian: "machtigt", "in kennis stelt"
        ("subprocessors", "nl", "9.1 De Verwerkingsverantwoordelijke machtigt de Verwerker om een beroep te doen op sub-verwerkers, op voorwaarde dat de Verwerker de Verwerkingsverantwoordelijke daarvan vooraf schriftelijk in kennis stelt, en dit minstens één (1) maand vóór de sub-verwerker toegang krijgt. 9.2 De Verwerkingsverantwoordelijke kan binnen vijftien (15) dagen na de kennisgeving bezwaar maken.", "notice_and_objection"),
        # backups kept without end, named in the sentence before, are the backups topic's
        ("deletion", "nl", "11.1 Verwerker zal na beëindiging, naar keuze van Opdrachtgever, de Persoonsgegevens retourneren of verwijderen binnen zestig (60) dagen. 11.2 Verwerker is niet gehouden Persoonsgegevens te verwijderen uit back-ups en archiefkopieën. Deze worden bewaard zolang Verwerker dat voor de continuïteit van zijn dienstverlening noodzakelijk acht.", "return_or_delete"),
        ("deletion", "en", "11.1 Upon termination Vendor shall, at Customer's choice, return or delete the Personal Data within sixty (60) days. 11.2 Vendor is not obliged to delete Personal Data from backups and archive copies. These are kept for as long as Vendor considers necessary for the continuity of its services.", "return_or_delete"),
        # a law that stands in the way is a legal exception, not a keeping
        ("deletion", "nl", "13.2 Na beëindiging zal Verwerker de Persoonsgegevens binnen een redelijke termijn verwijderen. 13.3 Verwerker is niet gehouden Persoonsgegevens te verwijderen voor zover een wettelijke bepaling zich daartegen verzet.", "deleted"),
        ("deletion", "en", "13.2 After termination Vendor will delete the Personal Data within a reasonable period. 13.3 Vendor is not obliged to delete Personal Data to the extent that applicable law prevents it.", "deleted"),
        # deleted unless the customer asked for it back
        ("deletion", "en", "Upon termination of the Agreement, Vendor will delete all Customer Personal Data within thirty (30) days, unless Customer has requested its return before termination.", "return_or_delete"),
        ("deletion", "nl", "Na beëindiging zal Verwerker de Persoonsgegevens binnen dertig (30) dagen verwijderen, tenzij Opdrachtgever vóór de einddatum heeft aangegeven de Persoonsgegevens terug te willen ontvangen.", "return_or_delete"),
        # administrative access logged, however far the verb
        ("staff_access", "en", "Vendor restricts access to Customer Data to employees who need it for their work. All administrative access to production systems holding Customer Content is made through a bastion host using individual credentials and multi-factor authentication, is logged and is reviewed monthly.", "restricted_logged"),
        ("staff_access", "en", "Access rights are assigned per role, so that personnel have access only to those parts of the Client Environment that they require for their tasks. All administrative sessions on the Client Environment are brokered through the PAM and are logged.", "restricted_logged"),
        ("staff_access", "nl", "Verwerker verleent Medewerkers slechts toegang tot Persoonsgegevens voor zover dat voor hun taken noodzakelijk is. Verwerker registreert alle handelingen van gebruikers en beheerders waarbij Persoonsgegevens worden ingezien.", "restricted_logged"),
        ("staff_access", "nl", "Alleen medewerkers van Verwerker die dat voor hun werk nodig hebben, hebben toegang tot Persoonsgegevens. De Dienst registreert handelingen van gebruikers, dat wil zeggen Leerlingen, Medewerkers en applicatiebeheerders van Onderwijsinstelling, zoals inloggen.", "restricted"),
        # the vendor hands over a full export on request: a return
        ("deletion", "nl", "Op verzoek van de Klant, gedaan uiterlijk op de datum van beëindiging, levert Verwerker binnen dertig dagen na die datum een volledige eindexport van de Persoonsgegevens. Verwerker verwijdert de Persoonsgegevens uiterlijk drie maanden na de datum van beëindiging.", "return_or_delete"),
        ("deletion", "en", "On Customer's request made before the termination date, Vendor shall deliver a complete export of the Personal Data within thirty days. Vendor deletes the Personal Data no later than three months after termination.", "return_or_delete"),
        # a ban over a list of infinitives
        ("subprocessors", "nl", "Het is Verwerker niet toegestaan de Persoonsgegevens te verwerken voor eigen doeleinden, de Persoonsgegevens te verstrekken aan derden of de Persoonsgegevens te combineren met andere gegevens.", "not_addressed"),
        ("subprocessors", "en", "Vendor is not permitted to process the Personal Data for its own purposes, to disclose the Personal Data to third parties or to combine it with other data.", "not_addressed"),
        # a transfer excluded
        ("data_location", "nl", "Klasveld bewaart de Persoonsgegevens uitsluitend op servers binnen de Europese Unie. Elke doorgifte van Persoonsgegevens naar een land buiten de Europese Economische Ruimte of naar een internationale organisatie is uitgesloten.", "eu_only"),
        # a provider's servers abroad beside data kept in the EEA
        ("data_location", "nl", "Kraamstal slaat de persoonsgegevens op in datacenters binnen de Europese Economische Ruimte. De AI-schrijfhulp gebruikt een taalmodel van een externe aanbieder. De servers van deze aanbieder kunnen zich bevinden in de Verenigde Staten.", "eu_with_transfers"),
        ("data_location", "en", "Vendor stores Personal Data in data centres within the European Economic Area. The writing assistant uses a language model of an external provider. That provider's servers may be located in the United States.", "eu_with_transfers"),
        # leaving a programme one opted into is no opt-out
        ("ai_training", "en", "Vendor shall not use Customer Content to train any model unless Customer has expressly opted in to the Model Improvement Program, which is off by default. Customer may withdraw from the Model Improvement Program at any time by disabling the setting.", "opt_in"),
        ("ai_training", "nl", "Aanbieder gebruikt de Opnames niet om modellen te trainen, tenzij Klant daarvoor vooraf uitdrukkelijk heeft gekozen; deze optie staat standaard uit. Indien Klant de optie bedoeld in artikel 4.1 activeert, mag Aanbieder een steekproef van Opnames gebruiken om de spraakherkenning te verbeteren. Klant kan de optie op elk ogenblik uitschakelen.", "opt_in"),
        # where staff may reach the data from is no breadth of access
        ("staff_access", "en", "Access to Customer Data by Vendor Personnel is limited to analysts and support engineers who require such access for their duties. All such access is recorded in audit logs. Vendor, its Affiliates and its Sub-processors may access and Process Customer Data in any country in which they or their personnel are located.", "restricted_logged"),
        ("staff_access", "nl", "Toegang tot Klantgegevens is beperkt tot medewerkers van Leverancier die deze voor hun taken nodig hebben. Alle toegang wordt gelogd. Leverancier en haar Subverwerkers kunnen toegang hebben tot Klantgegevens in elk land waar zij of hun medewerkers gevestigd zijn.", "restricted_logged"),
        # data that identifies no one kept is no keeping of the customer's data
        ("deletion", "en", "Within ninety (90) days following termination, Vendor shall delete Customer Personal Data from its production systems. Vendor is not required to delete De-identified Data.", "deleted"),
        ("deletion", "nl", "Binnen negentig (90) dagen na beëindiging verwijdert Leverancier de persoonsgegevens van Klant. Leverancier is niet verplicht geanonimiseerde gegevens te verwijderen.", "deleted"),
        # copies kept as long as the vendor's own policy says
        ("backups", "en", "Vendor may retain copies of Customer Data in its backup, archival and disaster recovery systems for such period as Vendor's records retention policy provides.", "retained"),
        ("backups", "nl", "Leverancier mag kopieën van Klantgegevens in haar back-upsystemen bewaren gedurende de periode die haar interne bewaarbeleid voorschrijft.", "retained"),
        # guards from the session's code review: wordings the new rules must not misread
        ("ai_training", "en", "Vendor is not permitted to sell Customer Data, but Vendor may use Customer Data to train and improve its machine learning models.", "allowed"),
        ("ai_training", "nl", "Het is Verwerker niet toegestaan de Persoonsgegevens te verkopen, maar Verwerker mag de Persoonsgegevens gebruiken om haar AI-modellen te trainen.", "allowed"),
        ("ai_training", "en", "Nothing in this Agreement shall prevent Vendor from retaining Customer Data for its records and from using Customer Data to train and improve its machine learning models.", "allowed"),
        ("ai_training", "en", "Vendor does not sell Customer Data, and in all cases uses it to improve its AI models.", "allowed"),
        ("ai_training", "en", "If you join the Beta Program, we may use your feedback to improve the beta features. You can turn off model training on your conversations at any time in Settings.", "opt_out"),
        ("ai_training", "en", "We collect information about how the Services are used, including the files and messages you upload. We use this information to improve our products. We will not use Customer Content to train our models.", "allowed"),
        ("ai_training", "en", "Usage Data does not only include metrics but also Customer Content, and Vendor may use Usage Data to improve the Services. Vendor will not use Customer Content to train its models.", "allowed"),
        ("ai_training", "nl", "Indien Klant de optie tot afmelding niet activeert, mag Aanbieder de Klantgegevens gebruiken om haar AI-modellen te trainen.", "allowed"),
        ("ai_training", "nl", "Als een gebruiker de functie Slim Zoeken inschakelt, mag Aanbieder de Klantgegevens gebruiken om haar AI-modellen te trainen.", "allowed"),
        ("deletion", "en", "Upon termination, Vendor will delete Customer Data, including from backups, within thirty (30) days. These obligations notwithstanding, Vendor may retain Customer Data after termination for its legitimate business purposes.", "retained"),
        ("deletion", "en", "Upon termination, Vendor will delete all User Data within thirty (30) days, except that Vendor may retain anonymised data for statistical purposes.", "deleted"),
        ("deletion", "en", "Upon termination Vendor will delete all Customer Data within thirty (30) days unless the Customer asks for more time, and will return any hardware.", "deleted"),
        ("deletion", "nl", "Na beëindiging verwijdert Verwerker alle Persoonsgegevens binnen 30 dagen. Na beëindiging levert Verwerker een volledige kopie van de eindfactuur.", "deleted"),
        ("data_location", "en", "Customer Data is stored in the EEA. The Vendor's servers are located in the United States.", "outside_eu"),
        ("data_location", "nl", "De Persoonsgegevens worden opgeslagen in Nederland. De servers van de Leverancier bevinden zich in de Verenigde Staten.", "outside_eu"),
        ("data_location", "nl", "De Persoonsgegevens worden opgeslagen in Nederland. Doorgifte naar landen met een adequaatheidsbesluit is uitgesloten van de meldplicht in artikel 6.", "eu_with_transfers"),
        ("staff_access", "en", "Access to Customer Data is limited to personnel on a need-to-know basis. Vendor personnel may access all Customer Data in any country in which they are located.", "broad"),
        ("staff_access", "nl", "Toegang tot Persoonsgegevens is beperkt tot medewerkers die dit nodig hebben. Alle medewerkers van Leverancier hebben toegang tot alle Klantgegevens, in elk land waar zij gevestigd zijn.", "broad"),
        ("backups", "en", "Backups are overwritten after 30 days. Account records are kept for such period as our retention policy requires.", "time_limited"),
        ("subprocessors", "en", "Vendor uses the Sub-processors listed in Annex 3. Vendor will inform Customer of any changes in this regard at least thirty (30) days in advance, and Customer may object to such changes.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker maakt gebruik van de subverwerkers genoemd in Bijlage 3. Wijzigingen op dit punt meldt Verwerker ten minste vier weken van tevoren; Opdrachtgever kan daartegen bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Opdrachtgever machtigt Verwerker om namens haar derden te informeren over datalekken.", "prior_consent"),
]  # fmt: skip


TWELFTH_SESSION_WORDINGS = [
        # the SCCs' Clause 9(a) chosen by reference: Option 2 is notice and objection, Option 1 consent
        ("subprocessors", "en", "Annex C. For Clause 9(a) of the Standard Contractual Clauses the parties choose Option 2; the time period is twenty (20) days.", "notice_and_objection"),
        ("subprocessors", "nl", "Bijlage C. Voor clausule 9, onder a), van de modelcontractbepalingen kiezen partijen optie 2; de termijn bedraagt twintig (20) dagen.", "notice_and_objection"),
        ("subprocessors", "en", "Annex C. Clause 9(a) of the Standard Contractual Clauses: Option 1 (specific prior authorisation) applies.", "prior_consent"),
        ("subprocessors", "nl", "Bijlage C. Clausule 9(a) van de modelcontractbepalingen: optie 1 (specifieke voorafgaande toestemming) is van toepassing.", "prior_consent"),
        # other names: hyphenated sub-contracting, "onderverwerkers", "ingeschakelde partijen"
        ("subprocessors", "en", "The Controller gives the Processor general authorisation to use sub-contracted processors. The Processor shall notify the Controller at least 21 days before a new sub-contracted processor starts, and the Controller may object.", "notice_and_objection"),
        ("subprocessors", "en", "The Supplier shall not sub-contract any of the processing, whether to another company or to a member of its own group of companies, without first obtaining the Customer's written consent.", "prior_consent"),
        ("subprocessors", "nl", "Verwerker mag onderverwerkers inschakelen. Verwerker meldt een nieuwe onderverwerker ten minste drie weken van tevoren en Opdrachtgever kan daartegen bezwaar maken.", "notice_and_objection"),
        ("subprocessors", "nl", "Leverancier maakt voor de dienst gebruik van de partijen die zijn vermeld in Bijlage 2 (Ingeschakelde partijen). Leverancier kan Bijlage 2 van tijd tot tijd aanpassen.", "general_no_notice"),
        # consent listed with commas, and a general authorisation refused
        ("subprocessors", "nl", "Leverancier schakelt uitsluitend een subverwerker in na voorafgaande, specifieke en schriftelijke toestemming van Klant. Een algemene toestemming wordt niet verleend.", "prior_consent"),
        ("subprocessors", "en", "Vendor may engage a sub-processor only with Customer's prior, specific and written authorisation. No general authorisation is given.", "prior_consent"),
        # a use the same article makes subject to consent is that consent
        ("subprocessors", "en", "7.1 To run its transcription features, Vendor may use speech models operated by third-party providers. 7.2 Vendor will not send Customer Content to any such provider, or to any other sub-processor, unless Customer has given its prior written consent for that provider.", "prior_consent"),
        ("subprocessors", "nl", "7.1 Voor de transcriptie mag Leverancier gebruikmaken van spraakmodellen van externe dienstverleners. 7.2 Leverancier stuurt geen Klantinhoud naar zo'n dienstverlener of een andere subverwerker zonder voorafgaande schriftelijke toestemming van Klant voor die dienstverlener.", "prior_consent"),
        ("subprocessors", "en", "Vendor may use third-party service providers to host the Service without Customer's consent.", "general_no_notice"),
        # implied: providers relied on, parties engaged in passing
        ("subprocessors", "en", "You acknowledge that Acme relies on third-party cloud and model providers to host and process Your Data. The providers Acme uses are listed at example.com/providers.", "general_no_notice"),
        ("subprocessors", "nl", "Voor zover Verwerker derden betrekt die namens haar persoonsgegevens verwerken, legt zij hun dezelfde verplichtingen op. Verwerker blijft aansprakelijk voor de door haar ingeschakelde derden.", "general_no_notice"),
        # a list brought up to date without advance notice announces nothing
        ("subprocessors", "en", "Customer authorises Vendor to use sub-processors. Vendor updates its sub-processor list from time to time. If Customer does not agree with a change, its only remedy is to stop using the Service.", "general_no_notice"),
        ("subprocessors", "en", "Customer authorises Vendor to use sub-processors. Vendor will update the sub-processor list at least 30 days before a new sub-processor starts, and Customer may object.", "notice_and_objection"),
        ("subprocessors", "en", "Customer authorises Vendor to use the sub-processors on its list. Updates to that list take effect when published. If Customer objects to a change to these Terms, it may terminate.", "general_no_notice"),
        # notice for information only, objections excluded
        ("subprocessors", "en", "Customer authorises Vendor to use sub-processors. Vendor will inform Customer of any new sub-processor at least ten days in advance. Customer acknowledges that Vendor cannot accommodate objections to individual sub-processors.", "general_no_notice"),
        # notices of something else: an authority's request, a discontinued integration, a claim, an assignment
        ("subprocessors", "en", "If Vendor receives a Third-Party Request for Customer Data, Vendor will notify Customer promptly and in any event within five business days.", "not_addressed"),
        ("subprocessors", "en", "Vendor may discontinue support for a Third-Party Integration by giving Customer at least 30 days' notice, for example where the integration's supplier changes its interface.", "not_addressed"),
        ("subprocessors", "nl", "Een partij die door een derde wordt aangesproken, informeert de andere partij daarover binnen vijf werkdagen.", "not_addressed"),
        ("subprocessors", "en", "Neither party may assign this Agreement without the other party's prior written consent, except to an Affiliate, in which case the assigning party will give notice to the other party.", "not_addressed"),
        ("subprocessors", "nl", "Leverancier verstrekt gegevens van Klant alleen aan derden als een wettelijke verplichting of een rechterlijke uitspraak daartoe dwingt. Leverancier informeert Klant daarover vooraf, tenzij dat wettelijk niet is toegestaan.", "not_addressed"),
        ("subprocessors", "en", "9.1 The Customer may appoint a consultant or other third party of its own choosing to configure the Service on its behalf.", "not_addressed"),
        # deemed consent: silence counts as consent, in effect notice and objection
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Verwerker dient daartoe een verzoek in. Maakt Opdrachtgever niet binnen tien werkdagen na ontvangst bezwaar, dan wordt de toestemming geacht te zijn verleend.", "notice_and_objection"),
        ("subprocessors", "en", "Vendor shall not engage a subcontractor without Customer's consent. Vendor shall inform Customer of any intended new subcontractor, and Customer's consent shall be deemed granted unless Customer objects within fifteen days of receipt.", "notice_and_objection"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Het uitblijven van een reactie geldt niet als toestemming.", "prior_consent"),
        # a client in English is the customer, not a data subject
        ("subprocessors", "en", "The Contractor shall notify the Client of any intended new further processor at least a fortnight before it is given access. The Client may object to the intended change within that fortnight.", "notice_and_objection"),
        # AI use: a bare-verb list after "shall not" is banned item by item
        ("ai_training", "en", "Vendor shall not sell Customer Data, share it for advertising, combine it with data from other sources, or analyze its content for the purpose of improving Vendor's products.", "prohibited"),
        ("ai_training", "en", "Vendor shall not sell Customer Data or share it for advertising, but may analyze its content for the purpose of improving Vendor's products.", "allowed"),
        # an opt-out said as "unless ... has switched it off", an opt-in as "unless the school has chosen"
        ("ai_training", "nl", "Tenzij Klant de instelling \"Modelverbetering\" in het beheerscherm heeft uitgeschakeld, mag Leverancier gesprekken van Klant gebruiken om haar eigen taalmodellen te trainen.", "opt_out"),
        ("ai_training", "nl", "Leverancier gebruikt de gegevens niet voor het trainen van modellen voor machinaal leren, tenzij de Onderwijsinstelling daarvoor uitdrukkelijk heeft gekozen door de optie \"Meedoen\" in te schakelen. Deze optie staat standaard uit.", "opt_in"),
        # staff who view data to run the service, the purpose put first
        ("ai_training", "nl", "Leverancier mag gesprekken gebruiken om haar modellen te trainen, tenzij Klant dit heeft uitgezet. Om de dienst te kunnen leveren en te verbeteren, kunnen medewerkers van Leverancier gesprekken inzien.", "opt_out"),
        # deleted, not used; test data only
        ("ai_training", "nl", "Verwerker gebruikt de Persoonsgegevens uitsluitend voor de dienst. Na het einde van de overeenkomst verwijdert Verwerker alle Persoonsgegevens, met inbegrip van de fragmenten die voor kwaliteitsverbetering zijn geselecteerd.", "prohibited"),
        ("ai_training", "nl", "Verwerker verwerkt de Persoonsgegevens uitsluitend in opdracht van Opdrachtgever. In de testomgeving worden uitsluitend fictieve of geanonimiseerde gegevens gebruikt.", "prohibited"),
        # an SCC choice that leaves the notice to the agreement's own clause: that clause decides
        ("subprocessors", "en", "5.1 Customer authorises Vendor to engage Sub-processors. 5.2 Vendor will post changes to its sub-processor list on its website. Annex 2. Under Clause 9, Option 2 applies, and the notice mechanism is as set out in Section 5.2 of this DPA.", "general_no_notice"),
        ("subprocessors", "nl", "5.1 Klant geeft Leverancier algemene toestemming voor subverwerkers. 5.2 Leverancier plaatst wijzigingen van de lijst op haar website. Bijlage 2. Voor clausule 9 geldt optie 2; de kennisgeving verloopt zoals bepaald in artikel 5.2 van deze overeenkomst.", "general_no_notice"),
        # the vendor's free hand over time
        ("subprocessors", "en", "The current list of sub-processors is in our Trust Portal. Acme may add or replace sub-processors from time to time and will show such changes by updating that list.", "general_no_notice"),
        ("subprocessors", "nl", "De actuele lijst van subverwerkers staat in onze Trust Portal. Acme kan van tijd tot tijd subverwerkers toevoegen of vervangen en past die lijst dan aan.", "general_no_notice"),
        # a model the customer orders for itself; staff let in to run the service
        ("ai_training", "en", "Acme does not use Customer Content to train any model made available to anyone other than Customer. Where Customer orders a custom model, Acme will fine-tune that model on the Customer Content that Customer designates.", "prohibited"),
        ("ai_training", "nl", "Acme gebruikt Klantinhoud niet om modellen te trainen die aan anderen dan Klant ter beschikking staan. Indien Klant een eigen model bestelt, traint Acme dat model op de Klantinhoud die Klant daarvoor aanwijst.", "prohibited"),
        ("ai_training", "en", "Acme does not use Customer Data to train models. Acme may permit such persons to access Customer Data to the extent required for customer support, troubleshooting and product improvement.", "prohibited"),
        # guards from the review: what the new rules must not take
        ("ai_training", "en", "Vendor deletes direct identifiers from Customer Content and then uses the remaining Customer Content to train its AI models.", "allowed"),
        ("subprocessors", "en", "Supplier shall not assign, transfer or subcontract any of its obligations under this Agreement without the prior written consent of Customer.", "prior_consent"),
        ("subprocessors", "nl", "Leverancier mag de Overeenkomst niet overdragen en mag geen werkzaamheden uitbesteden aan derden zonder voorafgaande schriftelijke toestemming van Klant.", "prior_consent"),
        ("subprocessors", "en", "Vendor may use sub-processors without Customer's consent. Vendor will notify Customer of changes to these Terms at least 30 days in advance; Customer's consent to such changes shall be deemed given if Customer does not respond.", "general_no_notice"),
        ("subprocessors", "en", "7.1 Vendor may use third-party hosting providers to run the Service. 7.2 Vendor shall not transfer Customer Data to a sub-processor outside the EEA without Customer's prior written consent.", "general_no_notice"),
        ("ai_training", "en", "Vendor will not sell Customer Data, share it with advertisers, or use it to train models.", "prohibited"),
        ("subprocessors", "en", "We share your personal data with our hosting and payment service providers, and only where required by law with public authorities.", "general_no_notice"),
        ("subprocessors", "en", "Customer generally authorises Vendor to engage sub-processors. The Customer may object to a new sub-processor within 30 days after Vendor has notified it.", "notice_and_objection"),
        ("subprocessors", "en", "Customer authorises Vendor to engage sub-processors. Vendor will post updates to its sub-processor page, which take effect thirty days after posting, and Customer may object during that time.", "notice_and_objection"),
        ("subprocessors", "en", "You acknowledge that you rely on third-party providers for your own internet connection.", "not_addressed"),
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerker in zonder voorafgaande toestemming van Opdrachtgever. Reageert Opdrachtgever niet binnen veertien dagen op het verzoek, dan wordt Opdrachtgever geacht toestemming te hebben gegeven.", "notice_and_objection"),
]  # fmt: skip


# Thirteenth session (blind round 24 and the after-the-fact notice): each fails on the code before
# it, except the guards marked so.
THIRTEENTH_SESSION_WORDINGS = [
        ('ai_training', 'en', 'Customer agrees that Supplier may derive Anonymised Data from Customer Data and may use Anonymised Data to (a) publish industry benchmarks; (b) develop and improve the Services; and (c) build new features.', 'aggregated_only'),
        ('ai_training', 'nl', 'Klant stemt ermee in dat Leverancier Geanonimiseerde Gegevens mag afleiden uit de Klantgegevens en die gegevens mag gebruiken voor (a) sectorbenchmarks; (b) productontwikkeling en dienstverbetering; en (c) het opstellen van gebruiksstatistieken.', 'aggregated_only'),
        ('ai_training', 'en', 'Customer may use the Outputs to (a) draft documents; (b) answer questions; and (c) improve its products.', 'not_addressed'),
        ('ai_training', 'nl', 'Klant mag de Uitvoer gebruiken voor (a) het opstellen van documenten; (b) het beantwoorden van vragen; en (c) productontwikkeling.', 'not_addressed'),
        ('ai_training', 'en', "With Customer's prior written consent, Vendor may use Customer Content to (i) create usage reports; (ii) fix defects; and (iii) improve the Services.", 'opt_in'),
        ('ai_training', 'nl', 'Met voorafgaande schriftelijke toestemming van Klant mag Leverancier Klantinhoud gebruiken voor (i) gebruiksrapporten; (ii) het herstellen van fouten; en (iii) productverbetering.', 'opt_in'),
        ('ai_training', 'en', "Vendor's use of Feedback for service improvement is subject to Customer's opt-in.", 'opt_in'),
        ('ai_training', 'nl', 'Het gebruik van Feedback door Leverancier voor productverbetering is onder voorbehoud van de voorafgaande toestemming van de Klant.', 'opt_in'),
        ('ai_training', 'nl', 'Het is Leverancier uitdrukkelijk verboden de gegevens, met inbegrip van de antwoorden, cijfers en resultaten van leerlingen, te gebruiken voor eigen doeleinden.', 'prohibited'),
        ('ai_training', 'en', "It is expressly forbidden for the Supplier to use the data, including pupils' answers, marks and results, for its own purposes.", 'prohibited'),
        ('ai_training', 'nl', 'Leverancier gebruikt de gegevens niet voor eigen doeleinden. Leverancier legt iedere Subverwerker een verbod op het gebruik van Persoonsgegevens voor het trainen van modellen op.', 'prohibited'),
        ('ai_training', 'en', 'Vendor does not use Customer Data for its own purposes. Each sub-processor agreement contains a prohibition on the use of Customer Data to train models.', 'prohibited'),
        ('ai_training', 'en', 'Vendor shall not use Client Data for its own purposes. Vendor has obligated the sub-processor for the translation engine not to use any data transmitted via its interface for the training or improvement of its models.', 'prohibited'),
        ('ai_training', 'en', 'Definitions. Model Improvement: any activity in which data is used to train, retrain or fine-tune a speech model. Vendor does not use Customer Data for Model Improvement.', 'prohibited'),
        ('ai_training', 'nl', 'Begrippen. Modelverbetering: iedere activiteit waarbij gegevens worden gebruikt om een spraakmodel te trainen of te finetunen. Leverancier gebruikt Klantgegevens niet voor Modelverbetering.', 'prohibited'),
        ('ai_training', 'nl', 'Leverancier gebruikt Klantgegevens niet voor modelverbetering of enig ander eigen doel, tenzij de Klant daarvoor op de in B.3 beschreven wijze uitdrukkelijk toestemming heeft gegeven.', 'opt_in'),
        # (guard: read right before this session too)
        ('ai_training', 'en', 'Vendor does not use Customer Content for model improvement or any other purpose of its own unless the Customer has expressly consented in the manner described in Section B.3.', 'opt_in'),
        ('ai_training', 'nl', 'Leverancier gebruikt Klantgegevens uitsluitend voor modelverbetering als Klant zich voor het Verbeterprogramma heeft aangemeld.', 'opt_in'),
        # (guard: read right before this session too)
        ('ai_training', 'en', 'Vendor uses Customer Content for model improvement only if Customer has enrolled in the Improvement Program.', 'opt_in'),
        # (guard: read right before this session too)
        ('subprocessors', 'nl', 'Leverancier schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van de Klant. De Klant verleent met het aangaan van deze overeenkomst toestemming voor de inschakeling van de in Bijlage 3 genoemde Subverwerkers. Wil Leverancier een Subverwerker toevoegen, dan legt zij de Klant daartoe ten minste dertig (30) dagen vooraf een schriftelijk verzoek voor.', 'prior_consent'),
        # (guard: read right before this session too)
        ('subprocessors', 'en', 'Vendor shall not engage a Sub-processor without the prior specific written authorisation of Customer. By signing this DPA Customer authorises the following Sub-processors: Alpha Hosting GmbH and Beta Mail Ltd.', 'prior_consent'),
        ('subprocessors', 'en', 'Customer acknowledges that Vendor engages the Sub-processors identified in Annex III. Vendor shall inform Customer of any intended changes concerning the addition or replacement of Sub-processors in accordance with Article 28(2) of the GDPR.', 'notice_and_objection'),
        ('subprocessors', 'nl', 'Klant neemt kennis van de Subverwerkers in Bijlage 3. Leverancier informeert Klant over voorgenomen veranderingen inzake de toevoeging of vervanging van Subverwerkers overeenkomstig artikel 28, lid 2, AVG.', 'notice_and_objection'),
        ('subprocessors', 'nl', 'Wij mogen voor het leveren van de Dienst andere partijen inschakelen, zoals onze hostingpartij. Door akkoord te gaan met deze voorwaarden geef je daar toestemming voor.', 'general_no_notice'),
        ('deletion', 'en', 'Upon termination, Customer may, for a period of thirty (30) days, download its Customer Content using the export function. Following that period Vendor shall delete Customer Data within sixty (60) days.', 'return_or_delete'),
        ('deletion', 'nl', 'Gedurende dertig (30) dagen na het einde van de Overeenkomst kan Opdrachtgever een volledige export van de Persoonsgegevens downloaden. Opdrachtnemer vernietigt binnen acht (8) weken na het einde van de Overeenkomst alle Persoonsgegevens.', 'return_or_delete'),
        ('deletion', 'en', 'Documents uploaded are kept available for download for seventy-two (72) hours and are then automatically deleted. The Client may delete documents manually before this period expires. Upon termination Vendor shall delete all remaining Client Data within four (4) weeks.', 'deleted'),
        # (guard: read right before this session too)
        ('deletion', 'nl', 'Geüploade documenten blijven tweeënzeventig (72) uur beschikbaar en worden daarna automatisch verwijderd. De Klant mag documenten voor het verstrijken van deze termijn zelf verwijderen. Na het einde van de Overeenkomst verwijdert Leverancier alle overige Klantgegevens binnen vier (4) weken.', 'deleted'),
        ('staff_access', 'nl', 'Leverancier beperkt de toegang tot de gegevens tot die personeelsleden voor wie de toegang noodzakelijk is. Elke toegang door personeelsleden tot de productiedatabanken wordt gelogd.', 'restricted_logged'),
        ('staff_access', 'en', 'Access to Client Data is granted only to employees who need it to perform their tasks. Physical access control: data centres with access control systems, video surveillance and a visitor log.', 'restricted'),
        ('data_location', 'en', 'Vendor currently offers an EU Hosting Region and a US Hosting Region. Where the Customer has selected the EU Hosting Region, Customer Data is stored exclusively in data centres in Frankfurt, Germany. Customer Data in the EU Hosting Region may be accessed remotely by support personnel located in the United States.', 'eu_with_transfers'),
        # (guard: read right before this session too)
        ('data_location', 'nl', 'Leverancier biedt een EU-regio en een VS-regio aan. Heeft de Klant gekozen voor de EU-regio, dan worden de Klantgegevens uitsluitend opgeslagen in datacenters in Frankfurt, Duitsland. Supportmedewerkers in de Verenigde Staten kunnen de gegevens in de EU-regio op afstand inzien.', 'eu_with_transfers'),
        ('ai_training', 'en', '1.1 In these Terms "Service Improvement" means the use of Customer Content to train, test and improve Vendor\'s speech models. 6.1 Vendor shall not use Customer Content for Service Improvement unless Customer has opted in.', 'opt_in'),
        # (guard: read right before this session too)
        ('ai_training', 'nl', '1.1 In deze Voorwaarden betekent "Dienstverbetering" het gebruik van Klantinhoud om de spraakmodellen van Leverancier te trainen en te verbeteren. 6.1 Leverancier gebruikt Klantinhoud alleen voor Dienstverbetering als Klant daarvoor uitdrukkelijk toestemming heeft gegeven.', 'opt_in'),
        # (guard: read right before this session too)
        ('ai_training', 'en', '4.4 On the Scale Plan Vendor may use API Content to improve the Services, including to train Vendor Models, unless an administrator has switched off the Model improvement setting. 9.2 To the extent Vendor uses API Content for model improvement under Section 4.4, Vendor does so as an independent controller.', 'opt_out'),
        # (guard: read right before this session too)
        ('staff_access', 'en', 'Vendor restricts access to Customer Content to the support staff who need it. Vendor records each access to Customer Content by its personnel in an audit log.', 'restricted_logged'),
        ('staff_access', 'nl', 'Leverancier beperkt de toegang tot Klantinhoud tot de medewerkers die deze nodig hebben. Leverancier registreert elke toegang tot Klantinhoud door haar medewerkers in een auditlog.', 'restricted_logged'),
        # (guards from this session's code review: over-reaches of its first draft)
        ('ai_training', 'nl', 'Het is Leverancier niet toegestaan de gegevens te verkopen aan derden, waaronder adverteerders, en Leverancier gebruikt de gegevens om haar AI-modellen te trainen.', 'allowed'),
        ('ai_training', 'en', 'Vendor is not permitted to sell Customer Data, including Usage Data, and uses Customer Data to train and improve its AI models.', 'allowed'),
        ('deletion', 'en', 'Customer must download any data it wishes to keep, as Vendor deletes all Customer Data within thirty (30) days after termination.', 'deleted'),
        ('staff_access', 'en', 'Only authorised employees who need access to perform their duties may access Customer Data, and their access to production systems is automatically logged.', 'restricted_logged'),
        ('deletion', 'en', 'After the Customer terminates its account, Vendor may delete all Customer Data at its discretion.', 'retained'),
        ('ai_training', 'en', 'Vendor may use Customer Data, whether or not Customer is on a paid plan, for the training of its language models.', 'allowed'),
        # (guard: an over-reach of this session's first draft, read right before it)
        ('subprocessors', 'nl', '2.2 Verwerker neemt geen zelfstandige beslissingen over het Verwerken van de Persoonsgegevens voor andere doeleinden, waaronder het verstrekken aan derden, behoudens voor zover in deze overeenkomst anders is bepaald. 6.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke. Verwerkingsverantwoordelijke geeft toestemming voor de inschakeling van de volgende Subverwerkers: Alfa Hosting B.V.', 'prior_consent'),
        # (guard: an over-reach of this session's first draft, read right before it)
        ('subprocessors', 'en', "2.2 The Processor makes no independent decisions about the processing of the Personal Data, including its disclosure to third parties, except as this Agreement provides. 6.1 The Processor shall not engage a Sub-processor without the Controller's prior written consent. The Controller consents to the following Sub-processors: Alpha Hosting Ltd.", 'prior_consent'),
        # (guard: an over-reach of this session's first draft, read right before it)
        ('staff_access', 'en', 'Access is limited to personnel who need it for the relevant purpose and is made through a hardened access gateway that records the identity of the individual, the time and the resources accessed.', 'restricted_logged'),
        ('staff_access', 'nl', 'De toegang is beperkt tot medewerkers die deze nodig hebben en verloopt via een beveiligde toegangspoort die de identiteit van de medewerker, het tijdstip en de geraadpleegde gegevens vastlegt.', 'restricted_logged'),
        # (guard: the SCCs' example safeguards, "keeping a record of access to the data", log nothing)
        ("staff_access", "en", "Vendor shall ensure that its access to Personal Data is limited to those personnel who need it to perform the Services. Where sensitive data is transferred, the data importer applies safeguards such as access only for staff having followed specialised training, keeping a record of access to the data, or restrictions for onward transfers.", "restricted"),
]  # fmt: skip


# The fourteenth session's wordings: each fails on the code before it, except the guards.
FOURTEENTH_SESSION_WORDINGS = [
        ('ai_training', 'en', 'Vendor shall not (a) sell Customer Data; (b) use Customer Data to build profiles of individuals or for advertising purposes; or (c) disclose Customer Data to any third party except as set out in this DPA.', 'prohibited'),
        ('ai_training', 'nl', 'Het is Leverancier niet toegestaan om (a) Klantgegevens te verkopen; (b) Klantgegevens te gebruiken om de eigen diensten te verbeteren; of (c) Klantgegevens aan derden te verstrekken.', 'prohibited'),
        ('ai_training', 'en', "6.4 Restrictions. Except as expressly permitted in Section 6.5, Vendor shall not (a) sell, rent or lease Customer Data or make it available to any third party for that party's own commercial purposes; (b) retain, use or disclose Customer Data outside the direct business relationship between Vendor and Customer or for any purpose other than the business purposes set out in Section 6.2; (c) combine Customer Data with personal data that Vendor receives from any other person or collects from its own interactions with individuals, except as permitted by applicable law; (d) use Customer Data to train, fine-tune or improve any machine learning model that is made available to other customers; or (e) attempt to re-identify any individual from de-identified data.", 'prohibited'),
        ('ai_training', 'nl', '7.3 Beperkingen. Behoudens voor zover artikel 7.4 dit uitdrukkelijk toestaat, is het Leverancier niet toegestaan om (a) Klantgegevens te verkopen, te verhuren of anderszins ter beschikking te stellen aan een derde voor diens eigen commerciële doeleinden; (b) Klantgegevens te bewaren, te gebruiken of openbaar te maken buiten de rechtstreekse zakelijke relatie tussen Leverancier en Klant; (c) Klantgegevens te combineren met persoonsgegevens die Leverancier van een andere partij ontvangt of zelf verzamelt, behoudens voor zover de wet dat toestaat; (d) Klantgegevens te gebruiken om modellen te trainen of de eigen diensten te verbeteren; of (e) te proberen personen te herleiden uit gepseudonimiseerde gegevens die Leverancier van Klant ontvangt.', 'prohibited'),
        ('ai_training', 'en', '5.2 Customer shall not: (a) use the Platform for unlawful purposes; (b) circumvent the security of the Platform;\n(c) use the Platform or the Output to develop a competing product; or (d) send automated bulk requests to the Platform.', 'not_addressed'),
        ('ai_training', 'nl', '5.2 Het is de Klant niet toegestaan om: (a) het Platform te gebruiken voor onrechtmatige doeleinden; (b) de beveiliging van het Platform te omzeilen;\n(c) het Platform of de Output te gebruiken om een concurrerend product te ontwikkelen; of (d) geautomatiseerd grote hoeveelheden verzoeken te sturen.', 'not_addressed'),
        ('ai_training', 'en', "Vendor will not use or otherwise process Customer Data for user profiling, for advertising or similar commercial purposes, for market research aimed at creating new products, or for any other purpose, unless such use is in accordance with Customer's documented instructions.", 'prohibited'),
        ('ai_training', 'nl', 'Leverancier gebruikt of verwerkt Klantgegevens niet voor profilering, voor reclame of vergelijkbare commerciële doeleinden, voor marktonderzoek gericht op nieuwe producten, of voor enig ander doel, tenzij dat gebruik in overeenstemming is met de gedocumenteerde instructies van Klant.', 'prohibited'),
        ('ai_training', 'en', "Vendor Ltd is registered with the Information Commissioner's Office as a data controller for its own business purposes, with registration number ZA123456.", 'not_addressed'),
        ('ai_training', 'en', 'While that setting is on, we may use de-identified extracts of Customer Content, including short audio segments, the matching transcript segments, corrections made by users and the ratings users give to outputs, to train and improve our speech models. The setting is on by default.', 'opt_out'),
        ('ai_training', 'nl', 'Zolang die instelling aan staat, mogen wij gepseudonimiseerde fragmenten van Klantinhoud, waaronder korte audiofragmenten, de bijbehorende transcripties, correcties van gebruikers en de beoordelingen die gebruikers aan uitvoer geven, gebruiken om onze spraakmodellen te trainen. De instelling staat standaard aan.', 'opt_out'),
        ('ai_training', 'en', "Definitions\n- Model Improvement: the use of Conversations to train and improve Vendor's own models, as described in Section 8;\n- Conversation: an exchange between an end user and the Assistant.\nVendor does not use Conversations for Model Improvement.", 'prohibited'),
        ('ai_training', 'nl', 'Begrippen\n- Modelverbetering: het gebruik van Gesprekken voor het trainen en verbeteren van de eigen modellen van Leverancier, zoals omschreven in artikel 8;\n- Gesprek: een uitwisseling tussen een eindgebruiker en de Assistent.\nLeverancier gebruikt Gesprekken niet voor Modelverbetering.', 'prohibited'),
        ('ai_training', 'en', 'Vendor does not use Customer Data to train AI models. Vendor keeps anonymised statistics on the use of the Assistant, such as the number of prompts per day. These statistics contain no Customer Data and are used only for capacity planning and improving the user interface.', 'prohibited'),
        ('ai_training', 'nl', 'Leverancier gebruikt Klantdata niet om AI-modellen te trainen. Leverancier houdt geanonimiseerde statistieken bij over het gebruik van de Assistent, zoals het aantal prompts per dag. Deze statistieken bevatten geen Klantdata en worden uitsluitend gebruikt voor capaciteitsbeheer en het verbeteren van de gebruikersinterface.', 'prohibited'),
        ('ai_training', 'en', 'When processing for Business Operations, Vendor will not use Customer Data for internal reporting and business modelling except in aggregated form that does not identify Customer or any natural person.', 'aggregated_only'),
        ('ai_training', 'nl', 'Bij verwerking voor Bedrijfsvoering gebruikt Leverancier Klantgegevens niet voor interne rapportage en bedrijfsmodellering, behalve in geaggregeerde vorm die Klant of een natuurlijke persoon niet identificeert.', 'aggregated_only'),
        ('subprocessors', 'nl', 'Klant geeft Leverancier algemene toestemming om Subverwerkers in te schakelen. Leverancier meldt iedere voorgenomen toevoeging van een Subverwerker ten minste veertien (14) dagen vooraf per e-mail. Indien Klant zich niet met de toevoeging kan verenigen, is Klant gerechtigd de Overeenkomst op te zeggen.', 'notice_and_objection'),
        ('subprocessors', 'en', 'Customer gives Vendor a general authorisation to engage Sub-processors. Vendor announces each intended addition of a Sub-processor by e-mail at least fourteen (14) days in advance. If Customer cannot agree to the addition, Customer may terminate the Agreement.', 'notice_and_objection'),
        ('subprocessors', 'nl', 'Leverancier meldt een nieuwe Subverwerker ten minste veertien (14) dagen vooraf. Klant is gerechtigd de Overeenkomst op te zeggen tegen de datum waarop de nieuwe Subverwerker gaat verwerken.', 'notice_and_objection'),
        # (guard: read right before this session too)
        ('backups', 'nl', 'Er worden zonder medeweten van Klant geen kopieën of duplicaten van Klantgegevens gemaakt. Dit heeft geen betrekking op back-ups voor zover deze nodig zijn voor een behoorlijke gegevensverwerking. Back-ups worden veertien (14) dagen bewaard en daarna overschreven.', 'time_limited'),
        ('staff_access', 'en', 'Only the people who need access to Your Data to do their job can get to it. Your Data includes the documents you send for signature and the audit trail that records who signed what and when.', 'restricted'),
        ('staff_access', 'nl', 'Alleen medewerkers die toegang tot Uw Gegevens nodig hebben voor hun werk kunnen erbij. Uw Gegevens omvatten de documenten die u laat ondertekenen en de audit trail die vastlegt wie wat wanneer heeft ondertekend.', 'restricted'),
        ('deletion', 'en', 'Vendor shall delete Customer Personal Data within six (6) months following termination. Sections 10.3 and 10.4 do not apply to Derived Data, which Vendor may retain and continue to use after termination.', 'deleted'),
        ('deletion', 'nl', 'Leverancier verwijdert de Persoonsgegevens binnen zes (6) maanden na beëindiging. De artikelen 10.3 en 10.4 zijn niet van toepassing op geanonimiseerde gegevens, die Leverancier na beëindiging mag blijven gebruiken.', 'deleted'),
        # (round 27's wordings, each written anew)
        ('ai_training', 'nl', 'Begrippen\n- Transcriptie: de automatisch gemaakte tekst van een opname; - Verbeterprogramma: het programma als bedoeld in artikel 6, waarin fragmenten van opnames worden gebruikt om modellen te verbeteren;\nLeverancier gebruikt opnames niet om modellen te trainen.', 'prohibited'),
        ('ai_training', 'en', 'Definitions\n- Transcript: the text generated automatically from a recording; - Improvement Programme: the programme referred to in Section 6, in which excerpts of recordings are used to improve models;\nVendor does not use recordings to train models.', 'prohibited'),
        ('ai_training', 'en', 'We may create de-identified information from personal information. We keep such information in a form that does not identify you, will not attempt to re-identify it, and may use it for any lawful purpose.', 'aggregated_only'),
        ('ai_training', 'nl', 'Wij bewaren zulke informatie in een vorm die niet tot jou herleidbaar is en mogen die gebruiken voor elk rechtmatig doel.', 'aggregated_only'),
        ('ai_training', 'nl', '9.1 Daarnaast gebruiken we gesprekken, zonder namen erin, om onze chatbot te verbeteren. Wil je dat niet? Stuur ons een mailtje, dan zetten we het voor jouw account uit.', 'opt_out'),
        # (guard: read right before this session too)
        ('ai_training', 'en', '4.1 When you use our Consumer Services, we may use your chats to train our models, unless you turn this off.\n4.2 Business workspaces are not used for training by default.\n5. Legal bases\nWe rely on our legitimate interests to use your chats for training as described in section 4.1.', 'opt_out'),
        ('ai_training', 'nl', '9. Verbeteren\n9.1 Wij gebruiken gesprekken om de chatbot te verbeteren, tenzij je dat uitzet.\n10. Gebruik van gegevens\n10.1 We gebruiken jouw gegevens alleen om onze diensten te leveren en voor wat hierboven in artikel 9 staat over het verbeteren van de chatbot.', 'opt_out'),
        # (guard: read right before this session too)
        ('ai_training', 'en', "5.3 Customer's administrator may turn this off in the settings at any time. Vendor shall process Product Telemetry only in pseudonymised form and may use it to improve its products.", 'opt_out'),
        ('deletion', 'nl', 'Stop je met de chatbot, dan verwijderen we je chatgesprekken en de documenten die je hebt geüpload.', 'deleted'),
        ('deletion', 'en', 'If you stop using the chatbot, we delete your chat conversations and the documents you uploaded.', 'deleted'),
        ('staff_access', 'nl', "We zijn met z'n drieën en kunnen alle drie bij de servers. Schakelen we een freelancer in, dan tekent die een geheimhoudingsverklaring.", 'restricted'),
        ('staff_access', 'en', 'We are a team of three and all of us can reach the servers. When we hire a freelancer, they sign a confidentiality agreement.', 'restricted'),
        ('data_location', 'nl', 'Je website draait op servers in een datacenter in Nederland. Wat je bezoekers in de chat typen, sturen we door naar een externe AI-aanbieder. Die aanbieder zit in de Verenigde Staten.', 'eu_with_transfers'),
        ('backups', 'nl', 'Back-ups worden ten hoogste zestig (60) dagen bewaard en daarna overschreven. De vernietigingsverklaring vermeldt ten minste: - gegevens die op grond van een wettelijke bewaarplicht niet zijn vernietigd; en - de datum waarop de laatste back-up vervalt.', 'time_limited'),
        # (guard: read right before this session too)
        ('backups', 'en', 'Backups are kept for at most sixty (60) days and then overwritten. The destruction certificate states at least: - any data not destroyed because of a statutory retention duty; and - the date on which the last backup expires.', 'time_limited'),
        ('data_location', 'nl', '4.1 Leverancier verwerkt de Persoonsgegevens uitsluitend op servers in Nederland. 4.2 Leverancier zal de Persoonsgegevens niet doorgeven aan een land buiten de EER, tenzij Corporatie daarvoor vooraf schriftelijk toestemming heeft gegeven en aan de voorwaarden van hoofdstuk V AVG is voldaan.', 'eu_only'),
        ('data_location', 'en', '4.1 Vendor processes the Personal Data only on servers in the Netherlands. 4.2 Vendor shall not transfer the Personal Data to a country outside the EEA, unless the Association has given its prior written consent and the conditions of Chapter V GDPR are met.', 'eu_only'),
        ('data_location', 'en', "Customer acknowledges that Vendor is established in the United States and that Customer Personal Data will be processed in the United States and in the other countries in which Vendor's Sub-processors are located, as identified on the Sub-processor Page.", 'outside_eu'),
        ('backups', 'en', 'Until such deletion, Vendor shall keep backup copies encrypted, isolated from active processing and inaccessible except for disaster recovery. Backups expire thirty-five (35) days after creation.', 'time_limited'),
        ('deletion', 'en', "Upon termination of the Main Agreement, the Contractor shall, at the Client's choice, hand over to the Client all documents, processing and utilisation results and databases that have come into its possession. The Contractor shall delete all personal data of the Client no later than four weeks after the end of the Main Agreement.", 'return_or_delete'),
        ('data_location', 'en', 'Accounts whose billing address is in the European Economic Area, Switzerland or the United Kingdom are assigned the European data region, in which Customer Content is stored in data centres in Frankfurt, Germany.', 'eu_only'),
        ('data_location', 'nl', 'Accounts waarvan het factuuradres in de Europese Economische Ruimte, Zwitserland of het Verenigd Koninkrijk ligt, krijgen de Europese regio, waarin Klantinhoud wordt opgeslagen in datacenters in Frankfurt, Duitsland.', 'eu_only'),
        # (guard: read right before this session too)
        ('data_location', 'en', 'Customer Content at rest is stored in data centres in Frankfurt, Germany. Where a meeting includes participants outside Europe, their media streams may be processed in transit in data centres in the United States and Singapore.', 'eu_with_transfers'),
        ('staff_access', 'en', "Support personnel may access Customer's account and the Customer Personal Data within it as reasonably necessary to respond to support requests, without any separate authorization from Customer.", 'restricted'),
        # (round 28's wordings, each written anew)
        ('deletion', 'nl', '13.1 Klant kan tot dertig (30) dagen na de datum waarop de Hoofdovereenkomst eindigt via de exportfunctie een kopie van de Klantgegevens downloaden. 13.2 Leverancier verwijdert de Klantgegevens binnen negentig (90) dagen na de datum waarop de Hoofdovereenkomst eindigt.', 'return_or_delete'),
        ('deletion', 'en', '13.1 Customer may, until thirty (30) days after the date on which the Agreement ends, download a copy of the Customer Data through the export function. 13.2 Vendor deletes the Customer Data within ninety (90) days after the date on which the Agreement ends.', 'return_or_delete'),
        ('deletion', 'en', '11.2 Upon expiry or termination of the Agreement, the Supplier shall, at no additional charge, deliver to the Client or its nominated replacement supplier a complete and final extract of the Client Personal Data. 11.3 No later than ninety (90) days after termination, the Supplier shall delete all Client Personal Data.', 'return_or_delete'),
        ('deletion', 'nl', '13.2 Bij beëindiging levert Leverancier, zonder extra kosten, alle documenten, metadata en logbestanden over in een open formaat. 13.3 Uiterlijk drie (3) maanden na het einde van de Overeenkomst vernietigt Leverancier alle Persoonsgegevens.', 'return_or_delete'),
        ('staff_access', 'en', 'The Provider authorises access to the Personal Data only to members of its personnel who need it for their missions. Each access to the Content by a member of the personnel is registered in a journal of access which indicates the identity of the person.', 'restricted_logged'),
        ('staff_access', 'nl', 'Uitsluitend Medewerkers die toegang nodig hebben voor de Dienstverlening krijgen die toegang. Verwerker draagt zorg dat alle Beheerhandelingen in de ICT-omgeving van Opdrachtgever in Logbestanden worden vastgelegd, met de identiteit van de Medewerker.', 'restricted_logged'),
        ('backups', 'en', 'Copies in our backups are deleted as our backups roll over in the normal course.', 'until_overwritten'),
        ('data_location', 'en', 'The Provider processes the data exclusively in data centres in Frankfurt, Germany. If, for individual products, the Client itself selects a data centre location outside the European Economic Area, such as the location USA (Ashburn), the Client thereby instructs the Provider to process the data in that location.', 'eu_only'),
        # (guard: read right before this session too)
        ('data_location', 'nl', 'De Leverancier verwerkt de gegevens uitsluitend in datacenters in Frankfurt, Duitsland. - Netwerk B.V. - beheer van de serverlocatie in de Verenigde Staten, alleen voor klanten die die locatie hebben gekozen.', 'eu_only'),
        ('ai_training', 'en', 'The Provider shall not use the data for its own purposes. The Client may activate extended access statistics for its hosting package in the Control Panel; the statistics are based on anonymised data only.', 'prohibited'),
        ('ai_training', 'nl', 'De Leverancier gebruikt de gegevens niet voor eigen doeleinden. De Klant kan uitgebreide bezoekersstatistieken inschakelen in het Controlepaneel; de statistieken zijn gebaseerd op geanonimiseerde gegevens.', 'prohibited'),
        ('deletion', 'en', 'We require each Service Provider that processes Customer Data to use it only to provide services to us and to delete or return it at the end of the engagement. When the Business Agreement ends, we will delete Customer Data without undue delay.', 'deleted'),
        ('deletion', 'nl', 'Wij verplichten elke subverwerker de Klantgegevens bij het einde van de opdracht terug te geven of te verwijderen. Na het einde van de Overeenkomst verwijderen wij de Klantgegevens zonder onnodige vertraging.', 'deleted'),
        # (guards from this session's code review: over-reaches of its first draft, read right before it)
        ('ai_training', 'en', 'We use Customer Data to train our machine learning models. Such models do not contain any Customer Data.', 'allowed'),
        ('ai_training', 'nl', 'Wij gebruiken Klantgegevens om onze AI-modellen te trainen. Deze modellen bevatten geen Klantgegevens.', 'allowed'),
        ('ai_training', 'en', 'Vendor may use anonymised statistics derived from Customer Data to improve the Services. Such statistics do not contain any Customer Data.', 'aggregated_only'),
        ('ai_training', 'nl', 'Leverancier mag geanonimiseerde statistieken die zijn afgeleid van Klantgegevens gebruiken om de Dienst te verbeteren. Deze statistieken bevatten geen Klantgegevens.', 'aggregated_only'),
        ('ai_training', 'nl', 'Verwerker gebruikt de Persoonsgegevens niet voor eigen doeleinden, zoals het trainen van AI-modellen. Verwerker zal geen Persoonsgegevens aan derden verstrekken, behalve in geanonimiseerde vorm.', 'prohibited'),
        ('ai_training', 'en', 'Vendor will not use Customer Data to train AI models. Customer shall not use the Services to process health data other than in anonymised form.', 'prohibited'),
        ('ai_training', 'en', 'Product improvement: the use of your conversations to improve our models is switched on by default, and you can opt out at any time in Settings.', 'opt_out'),
        ('ai_training', 'en', 'Vendor will not sell Customer Data and may (a) host it; (b) back it up; and (c) use it to train and improve its AI models.', 'allowed'),
        ('ai_training', 'en', 'We use your content to train our AI models. These models are stored in the EU and do not include any customer content in identifiable form.', 'allowed'),
        ('ai_training', 'en', 'Vendor will never process Customer Data outside the EEA other than in anonymised form. Vendor shall not use Customer Data to train or improve AI models.', 'prohibited'),
        ('ai_training', 'nl', 'Leverancier verwerkt geen bijzondere persoonsgegevens, behalve in geanonimiseerde vorm. Leverancier gebruikt Klantgegevens niet om AI-modellen te trainen.', 'prohibited'),
        ('deletion', 'en', "Upon termination of the Agreement, Vendor shall, at Customer's choice, return or delete all Customer Data within thirty (30) days, and shall require its Sub-processors to do the same.", 'return_or_delete'),
        ('backups', 'en', 'Backup copies are made daily. They are retained indefinitely.', 'retained'),
        ('backups', 'en', 'Vendor makes daily backup copies of all Customer Data; deleted Customer Data may remain in these copies indefinitely.', 'retained'),
        ('backups', 'en', 'In the normal course of business, Vendor keeps backup copies indefinitely.', 'retained'),
        ('backups', 'en', 'We may retain backups of your data indefinitely; they roll over only when storage runs out.', 'retained'),
        ('data_location', 'nl', 'Wij bewaren je gegevens uitsluitend op servers in Nederland. Dit wordt jaarlijks gecontroleerd door een auditor die gevestigd is in het Verenigd Koninkrijk.', 'eu_only'),
        ('staff_access', 'en', 'Our employees may access your data as needed for business purposes.', 'broad'),
        ('staff_access', 'en', "Vendor personnel may access Customer Data as required for the operation and improvement of Vendor's products, marketing and other business activities.", 'broad'),
        ('staff_access', 'en', 'Only authorised support engineers may access Customer Data, on a need-to-know basis. Vendor maintains an audit trail of all such sessions.', 'restricted_logged'),
        ('staff_access', 'en', 'Vendor employees access Customer Data only where necessary to provide support. The platform keeps an audit trail of all changes made by engineers.', 'restricted_logged'),
        ('deletion', 'en', 'After termination, Vendor may retain call recordings and their metadata indefinitely.', 'retained'),
        ('deletion', 'nl', 'Na beëindiging mag Leverancier gespreksopnames en bijbehorende metagegevens voor onbepaalde tijd bewaren.', 'retained'),
        ('deletion', 'en', "De-identified data remains Vendor's property, and Vendor may retain Customer Data after termination for archival purposes for as long as it deems necessary.", 'retained'),
        # (an audit trail that is part of the customer's data logs no staff access)
        ('staff_access', 'en', 'Only the people who need access to Your Data to do their job can get to it. The audit trail is part of Your Data, and it follows the same rules as your documents.', 'restricted'),
        # (guard: read right before this session too)
        ('staff_access', 'en', 'Only authorised support engineers may access Customer Data, on a need-to-know basis. Vendor maintains an audit trail of all such sessions.', 'restricted_logged'),
        ('staff_access', 'nl', 'Alleen medewerkers die toegang nodig hebben, kunnen bij Uw Gegevens. De audit trail maakt deel uit van Uw Gegevens en volgt dezelfde regels als uw documenten.', 'restricted'),
        # (leaving a programme one joined is the opt-in's other half, whatever 'en kan' starts)
        # (guard: read right before this session too)
        ('ai_training', 'nl', 'Wij gebruiken gezondheidsgegevens niet om AI-modellen te trainen, tenzij de werkgever daarvoor vooraf uitdrukkelijk toestemming geeft door deel te nemen aan ons verbeterprogramma. Deelname aan dat programma is vrijwillig en staat standaard uit. Bij deelname worden de gegevens vóór gebruik gepseudonimiseerd, worden gegevens van de bedrijfsarts nooit gebruikt en kan de klant zich op ieder moment weer afmelden.', 'opt_in'),
        # (guard: read right before this session too)
        ('ai_training', 'en', 'We do not use health data to train AI models unless the employer expressly consents in advance by joining our improvement programme. Joining the programme is voluntary and off by default. When participating, the data is pseudonymised before use, data from the occupational physician is never used, and the customer may leave at any time.', 'opt_in'),
]  # fmt: skip


# Fifteenth session: blind round 29 (long US DPAs with SCC annexes, European drafters' English, Dutch
# sector models, AI vendors' FAQs) and privacy-policy wordings that were not read at all.
FIFTEENTH_SESSION_WORDINGS = [
    (
        "data_location",
        "en",
        "By using the app you accept that we may have your account details moved to or kept in other countries or regions than the one you live in, without asking you again, where this is needed to run the service.",
        "unrestricted",
    ),
    (
        "data_location",
        "en",
        "Your details may be sent overseas when one of our partners abroad needs them for the purposes above. Where a supplier of ours is based overseas, we share what it needs to handle your payment.",
        "unrestricted",
    ),
    (
        "deletion",
        "en",
        "You agree that Fernhill has the right, but not the obligation, to keep every record it holds about you for seven more years after your membership is closed.",
        "retained",
    ),
    (
        "data_location",
        "nl",
        "Uw persoonsgegevens kunnen door onze leveranciers ook in het buitenland worden opgeslagen.",
        "unrestricted",
    ),
    (
        "deletion",
        "nl",
        "Wij hebben het recht maar niet de verplichting om alle gegevens na beëindiging nog vijf jaar te bewaren.",
        "retained",
    ),
    (
        "deletion",
        "en",
        "We retain your personal information for five years after your account is closed.",
        "retained",
    ),
    (
        "deletion",
        "nl",
        "Na beëindiging van de overeenkomst bewaren wij uw gegevens nog vijf jaar.",
        "retained",
    ),
    (
        "deletion",
        "en",
        "We will not retain your personal information for more than 30 days after your account is closed.",
        "deleted",
    ),
    (
        "deletion",
        "nl",
        "Wij bewaren uw gegevens niet langer dan 30 dagen na het einde van de overeenkomst.",
        "deleted",
    ),
    (
        "deletion",
        "en",
        "We do not keep your data for more than 90 days after you close your account.",
        "deleted",
    ),
    (
        "ai_training",
        "en",
        "By way of derogation from Clause 3.1, the Controller authorises the Processor to re-use chat transcripts, after the names and e-mail addresses have been removed, for the purpose of training and improving the language models of the Platform.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "Purposes of the Processing: Brightloom will process Customer Personal Data for the following purposes: (a) hosting and operating the Services; (b) answering support requests; and (c) developing, training and improving the Services, including the models behind its assistant.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "In afwijking van artikel 4.1 machtigt de Verwerkingsverantwoordelijke de Verwerker om de chatgesprekken, na verwijdering van namen en e-mailadressen, te hergebruiken voor het trainen en verbeteren van de taalmodellen van het Platform.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Het is Leverancier niet toegestaan Cliëntgegevens, in welke vorm dan ook, waaronder in gepseudonimiseerde of geaggregeerde vorm, te gebruiken voor eigen doeleinden, waaronder het trainen of verbeteren van algoritmen.",
        "prohibited",
    ),
    (
        "ai_training",
        "nl",
        "3.4 Leverancier mag gegevens over het gebruik van het Platform (zoals het aantal ingelogde gebruikers en de gebruikte functies) verwerken voor de verbetering van het Platform, mits deze gegevens geen Persoonsgegevens van Klant bevatten.",
        "not_addressed",
    ),
    (
        "ai_training",
        "en",
        "3.4 Vendor may process data about the use of the Platform (such as the number of logins and the features used) to improve the Platform, provided that such data contains no personal data.",
        "not_addressed",
    ),
    (
        "backups",
        "en",
        "13.5 The personal data held on the back-up media are erased as the back-ups are renewed, following the rotation cycle set out in Appendix 2.",
        "until_overwritten",
    ),
    (
        "backups",
        "nl",
        "De persoonsgegevens op de back-upmedia worden gewist zodra de back-ups worden vernieuwd, volgens de rotatiecyclus uit Bijlage 2.",
        "until_overwritten",
    ),
    (
        "subprocessors",
        "en",
        "7.1 Each Party undertakes to keep confidential the information of the other Party that it receives under the contract, and not to disclose it to third parties without the prior written consent of the other Party. 8.1 The Customer grants the Supplier a general authorisation to engage sub-processors that the Supplier considers appropriate. 8.2 The current list of sub-processors is published on the Supplier's website, which the Customer undertakes to consult regularly.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "7.1 Elke Partij houdt de informatie van de andere Partij vertrouwelijk en verstrekt deze niet aan derden zonder voorafgaande schriftelijke toestemming van de andere Partij. 8.1 Klant verleent Leverancier een algemene toestemming om subverwerkers in te schakelen die Leverancier geschikt acht. 8.2 De actuele lijst van subverwerkers staat op de website van Leverancier, die Klant regelmatig raadpleegt.",
        "general_no_notice",
    ),
    (
        "deletion",
        "nl",
        "12.4 Nadat de Klant schriftelijk heeft bevestigd dat de overdracht naar het nieuwe systeem juist is verlopen, en in ieder geval niet later dan zes maanden na de datum van beëindiging, vernietigt Leverancier alle Persoonsgegevens in de productie- en acceptatieomgeving, met uitzondering van back-ups, waarvoor artikel 12.6 geldt.",
        "deleted",
    ),
    (
        "staff_access",
        "en",
        "A small group of engineers on our infrastructure team can access production systems to keep the platform running. That access is granted just-in-time, requires approval from a second engineer and is limited to the systems needed for the task. Every production access session is logged.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "nl",
        "Een beperkte groep medewerkers kan toegang krijgen tot de productieomgeving om storingen op te lossen. Deze toegang vereist goedkeuring van een tweede medewerker en verloopt na vier uur. Elke toegangssessie wordt gelogd.",
        "restricted_logged",
    ),
    (
        "ai_training",
        "en",
        'The one place where things get more nuanced is model improvement; see "Do you train AI models on my data?" below.',
        "not_addressed",
    ),
    (
        "deletion",
        "en",
        "Vendor has the right but not the obligation to delete Customer Data upon termination.",
        "retained",
    ),
    (
        "deletion",
        "nl",
        "Verwerker heeft het recht maar niet de plicht om de gegevens na beëindiging te verwijderen.",
        "retained",
    ),
    (
        "staff_access",
        "nl",
        "Alleen medewerkers die dat voor hun werk strikt nodig hebben, kunnen toegang krijgen tot uw gegevens. Iedere keer dat iemand uw gegevens inziet, of dat nu een zorgverlener is of een medewerker van ons, wordt automatisch vastgelegd wie dat deed en wanneer.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Only staff who strictly need it for their work can access your data. Every time someone views your data, whether a clinician or one of our employees, we automatically record who accessed it and when.",
        "restricted_logged",
    ),
    (
        "data_location",
        "nl",
        "6.1 We slaan persoonsgegevens op binnen de Europese Unie. Sommige diensten die we gebruiken, zoals de spamfilter en ons ticketsysteem, kunnen gegevens ook buiten de EU verwerken. Dat gebeurt alleen als dat volgens de AVG mag.",
        "eu_with_transfers",
    ),
    (
        "backups",
        "nl",
        "8.3 We maken elke nacht een back-up van je website en mailboxen. Die back-ups bewaren we 14 dagen. Oudere back-ups worden automatisch verwijderd.",
        "time_limited",
    ),
    (
        "deletion",
        "nl",
        "Stopt de samenwerking, dan krijg je op verzoek een kopie van je website, databases en mailboxen. Uiterlijk een maand na het einde van de samenwerking verwijderen we alle persoonsgegevens.",
        "return_or_delete",
    ),
    (
        "subprocessors",
        "nl",
        "Je geeft ons toestemming om voor de hosting en het onderhoud andere partijen in te schakelen die ook bij persoonsgegevens kunnen komen. Als we van partij wisselen, hoeven we je dat niet vooraf te laten weten.",
        "general_no_notice",
    ),
    (
        "data_location",
        "nl",
        "Wij hosten in Frankfurt. Gegevens kunnen ook buiten de EU door onze dienstverleners worden verwerkt.",
        "eu_with_transfers",
    ),
    (
        "data_location",
        "nl",
        "Wij hosten in Frankfurt. Onze supportpartner kan gegevens buiten de EU inzien en verwerken.",
        "eu_with_transfers",
    ),
    (
        "data_location",
        "nl",
        "Wij hosten in Frankfurt. Sommige leveranciers kunnen gegevens ook buiten de EER verwerken.",
        "eu_with_transfers",
    ),
    (
        "staff_access",
        "nl",
        "Verwerker draagt er zorg voor dat uitsluitend die medewerkers toegang hebben tot Persoonsgegevens voor wie dat noodzakelijk is. Verwerker draagt er zorg voor dat de Dienst iedere toegang tot en iedere raadpleging, wijziging, export en vernietiging van Persoonsgegevens, door gebruikers van Ziekenhuis en door medewerkers van Verwerker, vastlegt overeenkomstig NEN 7513.",
        "restricted_logged",
    ),
    (
        "subprocessors",
        "nl",
        "Wij kunnen van tijd tot tijd nieuwe dienstverleners inschakelen of bestaande vervangen. Ook kunt u bezwaar maken tegen het gebruik van uw gegevens op basis van ons gerechtvaardigd belang. 14. Wijzigingen\nWij kunnen deze verklaring aanpassen, bijvoorbeeld als wij een nieuwe dienstverlener inschakelen. Bij belangrijke wijzigingen informeren wij klanten per e-mail.",
        "general_no_notice",
    ),
    (
        "ai_training",
        "nl",
        "3.1 Het is Verwerker niet toegestaan Persoonsgegevens te gebruiken voor het trainen of verbeteren van spraakmodellen. 3.3 Het bepaalde in artikel 3.1 geldt eveneens voor het gebruik van Persoonsgegevens voor productontwikkeling of statistische doeleinden van Verwerker, ook indien de gegevens daartoe worden geaggregeerd.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "4.1 Vendor shall not use Customer Data to train or improve its models. 4.3 The restrictions in Section 4.1 apply equally to the use of Customer Data for product development or statistical purposes, even if the data is aggregated.",
        "prohibited",
    ),
    (
        "ai_training",
        "nl",
        "B.5.1 Om de kwaliteit van de feedback te verbeteren, mag Leverancier gepseudonimiseerde antwoorden van leerlingen gebruiken om de feedbackmodellen te evalueren en te hertrainen. De school kan dit gebruik op elk ogenblik uitschakelen in de beheeromgeving. Deze instelling staat standaard aan.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    ("data_location", "en", "Our staff sometimes work abroad on holiday.", "not_addressed"),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Wij slaan uw gegevens op in Nederland. Soms worden gegevens in het buitenland verwerkt, maar alleen binnen de Europese Unie.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We reserve the right, but not the obligation, to delete content that violates these terms.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We will retain Customer Data for 90 days after termination, after which it is deleted.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We keep your invoices for seven years after termination of your account.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We retain your personal information for seven years after your account is closed, as required by tax law.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Each Party shall keep the confidential information of the other Party secret; Vendor shall not engage any Sub-processor without Customer's prior written consent.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our engineers can access customer data to keep the platform running. Every production access session is logged.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our engineers can access customer data to keep the platform running. The access logs are kept for a year.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Notwithstanding the foregoing, the Customer grants Vendor a non-exclusive, royalty-free, worldwide licence, during the term and afterwards, to use the call recordings, the transcripts and the related metadata for the training, validation and improvement of Vendor's speech models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "11.2 Upon termination of the Agreement, Customer may, by written request made within thirty (30) days after termination, require Vendor to make Customer Data available for export. Following the expiry of such thirty (30) day period, Vendor shall delete Customer Data from the Services within sixty (60) days.",
        "return_or_delete",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After you close your account, we keep your email address in our suppression records so that we do not contact you again.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We keep chat transcripts for 90 days after the end of each conversation.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    ("deletion", "en", "Call recordings are stored for 30 days after the end of the call.", "not_addressed"),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Your support tickets are stored for two years after closure of the ticket.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "You can download and store your files for 30 days after your subscription ends.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer may keep the reports generated by the Service for five years after termination.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We keep your payment details for 13 months after the end of your subscription to handle chargebacks.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Wij bewaren uw facturen zeven jaar na beëindiging van het abonnement.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Gegevens van sollicitanten bewaren wij vier weken na het einde van de sollicitatieprocedure.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Where we transfer your personal data abroad, we use standard contractual clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "We host all data in the Netherlands. Some of our sub-processors are located overseas; transfers to them are covered by the Data Privacy Framework or standard contractual clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Wij bewaren uw gegevens in Nederland. Gegevens worden alleen naar het buitenland doorgegeven als er een adequaatheidsbesluit is.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content to train and improve its AI models, provided that such content contains no personal data.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier mag de documenten van Klant gebruiken voor het trainen van zijn AI-modellen, mits deze geen persoonsgegevens bevatten.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Your chats are used to improve our AI models (see the section on settings below for how to switch this off).",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Het is Leverancier niet toegestaan Klantgegevens aan derden te verstrekken, waaronder gelieerde ondernemingen, te gebruiken voor het verbeteren van zijn AI-modellen.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our employees and contractors can access your data. Their access is restricted to business hours.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "All Vendor employees may access a limited set of Customer Data, such as account names, to provide support.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "A limited number of Vendor's employees, including all support and engineering staff, may access Customer Data.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen daartoe bevoegde medewerkers hebben toegang tot de Persoonsgegevens, voor zover noodzakelijk voor hun werkzaamheden. Hun toegangssessies worden niet gelogd.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen geautoriseerde medewerkers hebben toegang tot Persoonsgegevens voor zover noodzakelijk. Inlogsessies van gebruikers worden gelogd.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "nl",
        "Back-ups worden versleuteld opgeslagen; de sleutels volgen een rotatieschema van 90 dagen.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Each Party shall treat Personal Data as confidential and shall not disclose it to any third party, including sub-processors, without the prior written consent of the other Party.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Elke Partij behandelt de Persoonsgegevens vertrouwelijk en verstrekt deze niet aan derden, waaronder subverwerkers, zonder voorafgaande schriftelijke toestemming van de andere Partij.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "We store your personal data in the Netherlands and never transfer it abroad.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Your data is hosted in Germany. We do not send your personal data overseas.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in the EU. Vendor shall not transfer Customer Data abroad without Customer's prior written consent.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Your data is stored in Ireland. Where a supplier based overseas needs your data, we transfer it only under standard contractual clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We may use your prompts and outputs to improve our models, provided they include no personal information.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Provider may use de-identified Customer Data for the purpose of improving its AI models, provided it contains no personal information.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage Sub-processors. Vendor will notify Customer at least 30 days before any new Sub-processor processes Customer Data, without prejudice to Customer's right to object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer authorises Vendor to engage sub-processors. Vendor is not required to notify Customer of new sub-processors.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Wij hosten in Frankfurt. Sommige leveranciers kunnen gegevens ook buiten de EER opslaan, op basis van de standaardcontractbepalingen.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only authorised personnel with a need to know may access Customer Data. We do not record who accessed the data.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Access to Customer Data is limited to our staff on a need-to-know basis. Customer's administrators can use the audit log to record who viewed each document in the workspace.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen medewerkers die het nodig hebben voor hun werk hebben toegang tot uw gegevens. In het klantportaal wordt vastgelegd wie wanneer heeft ingelogd.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Bij beëindiging van de overeenkomst ontvangt u een kopie van de eindfactuur.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor deletes all Customer Data within 30 days after termination. Customer will receive a copy of the deletion certificate on request.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wij mogen subverwerkers inschakelen. Voor een nieuwe subverwerker hoeven we je niet vooraf om toestemming te vragen, maar we laten het je wel 30 dagen van tevoren weten en je kunt bezwaar maken.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wij mogen subverwerkers inschakelen. Wij informeren je ten minste 30 dagen vooraf over een nieuwe subverwerker, behalve in een noodgeval, want dan hoeven we je niet vooraf te informeren. Je kunt bezwaar maken.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen bevoegde medewerkers met een noodzaak hebben toegang tot de gegevens. In de applicatie wordt geregistreerd wie een dossier heeft aangemaakt.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor deletes Customer Data within 30 days after termination. On request you will receive a copy of the invoices for the final period.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Verwerker verwijdert de gegevens binnen 30 dagen na beëindiging. Op verzoek krijgt de klant een kopie van de facturen over de laatste periode.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Wij slaan alle gegevens op in Nederland en zullen ze nooit buiten de EU laten verwerken.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "The Processor takes care that only those employees have access to the Personal Data who need this for their work, for example for solving a support question of the Controller. All employees of the Processor have signed a confidentiality statement and have handed in a Certificate of Conduct (VOG) before the start of their employment. Access to the production environment goes via two-factor authentication and is registered (logged).",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Provider shall ensure that access to Customer Personal Data is limited to those Provider Personnel who need such access in order to deliver the Services. Where a technician connects remotely, each session is recorded in the audit log of the Remote Access Tools, showing the technician, the device, and the start and end time of the session.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "9.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Ziekenhuis. Het uitblijven van een reactie geldt niet als toestemming. Toestemming kan niet worden afgeleid uit het gebruik van de Dienst of uit het ontbreken van bezwaar. 9.2 De op de datum van ondertekening ingeschakelde Subverwerkers zijn vermeld in Bijlage 3.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "4.3 A current list of the service providers that process Customer Data is available on our website. We may add or replace service providers at any time in our discretion and will update that page accordingly. 9.1 You will indemnify us against any claim arising from your failure to obtain any notice or consent required under Section 4.3.",
        "general_no_notice",
    ),
]


# Sixteenth session: blind round 32 and probes of sub-processor wordings read as not addressed.
SIXTEENTH_SESSION_WORDINGS = [
    (
        "subprocessors",
        "en",
        "9.1 The Customer consents to the engagement of the Sub-processors listed in Annex 3.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "nl",
        "9.1 Opdrachtgever stemt in met de inschakeling van de subverwerkers die in Bijlage 3 zijn genoemd.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "en",
        "The Sub-processors approved by Customer at the Effective Date are listed in Annex 3.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "en",
        "Vendor may replace a Sub-processor without prior notice in an emergency; in all other cases Vendor will notify Customer 30 days in advance and Customer may object.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Vendor shall ensure that any Sub-processor it engages is bound by written obligations no less protective than those in this DPA.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Where the Processor engages another processor, the same data protection obligations as set out in this Agreement shall be imposed on that other processor by way of a contract.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "The Processor remains fully liable to the Controller for the performance of its Sub-processors' obligations.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Details of Sub-processors used by Vendor are available at https://vendor.example/trust.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Customer acknowledges and agrees that Vendor's Affiliates and third-party Sub-processors may be retained to process Customer Data in connection with the Services.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Vendor has appointed the sub-processors identified in the Trust Center and will keep that list current.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Onward transfers. Vendor shall not disclose Customer Personal Data to any third party except its subprocessors engaged in accordance with this Section.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "Verwerker legt aan subverwerkers dezelfde verplichtingen op als die in deze Verwerkersovereenkomst zijn opgenomen.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "Verwerker verstrekt geen Persoonsgegevens aan derden, behalve aan zijn subverwerkers.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "3.2 De Leverancier heeft geen zeggenschap over het doel van de Verwerking en neemt geen beslissingen over het gebruik van de gegevens of de verstrekking ervan aan derden. 7.1 De Leverancier doet geen beroep op een subverwerker zonder voorafgaande specifieke schriftelijke toestemming van de Gemeente.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    ("subprocessors", "en", "Vendor does not engage any sub-processors.", "not_addressed"),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor shall not engage any Sub-processor without the Customer's prior written consent. Vendor remains fully liable for the acts of its Sub-processors.",
        "prior_consent",
    ),
    (
        "data_location",
        "nl",
        "6.2 Iedere doorgifte van Persoonsgegevens naar een land buiten de Europese Economische Ruimte, met inbegrip van toegang op afstand vanuit zo'n land, is verboden, tenzij de Gemeente daarvoor vooraf schriftelijke toestemming heeft gegeven.",
        "eu_only",
    ),
    (
        "data_location",
        "en",
        "6.2 Any transfer of Personal Data to a country outside the European Economic Area, including remote access from such a country, is prohibited unless the Customer has given its prior express written consent.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "6.2 Any transfer of Personal Data to a country outside the European Economic Area is prohibited unless the Standard Contractual Clauses have been concluded with the recipient.",
        "outside_eu",
    ),
    (
        "staff_access",
        "en",
        "11.4 Only the members of our team who work on your website can access it and its data. All of them have signed a confidentiality agreement.",
        "restricted",
    ),
    (
        "staff_access",
        "nl",
        "Medewerkers van onze supportafdeling kunnen gesprekken inzien als de webshop ons vraagt om een probleem te onderzoeken. Iedere medewerker heeft een geheimhoudingsverklaring getekend.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Vendor performs background checks on all employees and contractors who will have access to Customer Data. Access is granted on a need-to-know basis and every access is recorded in audit logs.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    ("staff_access", "en", "All employees have access to Customer Data.", "broad"),
    (
        "ai_training",
        "en",
        "We process Customer Content only on behalf of that customer and on its instructions, as its processor. We are the controller for the other personal data described in this notice, such as the information we need to run your account, bill our customers, keep our systems secure, improve our services and market them. We do not use Customer Content to train artificial intelligence models.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "4.2 Vendor will not use Customer Content to train or improve any model, except where Customer has elected to join the Model Improvement Programme under Section 4.3. 4.3 Where Customer has so elected, Vendor may use Inputs and Outputs to evaluate and improve its models.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Where Customer enables the forecasting features, Vendor trains machine learning models on Customer Data solely for Customer's benefit. Vendor will not use Customer Data to train models made available to other customers, unless Customer's administrator has opted in to the Improvement Program.",
        "opt_in",
    ),
    (
        "ai_training",
        "nl",
        "5.1 Leverancier verwerkt de Persoonsgegevens niet voor eigen doeleinden. 5.3 Uitsluitend indien de Praktijk, naast het activeren van de module, afzonderlijk de Aanvullende Instructie heeft ondertekend, is Leverancier gerechtigd de conceptverslagen, na pseudonimisering, te gebruiken voor het verbeteren van het taalmodel.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "4.1 This Section 4 describes how Customer Data is used in connection with the AI features and for the improvement of the Services. 4.2 Vendor will not use Customer Data to train any machine learning model.",
        "prohibited",
    ),
    (
        "ai_training",
        "nl",
        "5.2 Het is Leverancier niet toegestaan Persoonsgegevens te gebruiken voor het trainen van modellen voor kunstmatige intelligentie. 5.5 Het gebruik van geanonimiseerde technische gegevens over het functioneren van de Dienst, zoals responstijden en foutmeldingen, waarin geen Persoonsgegevens zijn opgenomen, valt niet onder dit artikel.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    ("ai_training", "en", "We may use Customer Data to improve our services.", "allowed"),
    (
        "ai_training",
        "en",
        "4.1 Vendor does not use Customer Content to train any machine learning model, unless Customer has opted in to the Model Improvement Program. 4.3 Vendor may collect and use Usage Data to operate and improve the Service, provided that Usage Data is only disclosed to third parties in aggregated form.",
        "opt_in",
    ),
    (
        "ai_training",
        "nl",
        "4.1 Leverancier gebruikt Klantinhoud niet om modellen te trainen, tenzij Klant zich heeft aangemeld voor het Verbeterprogramma. 4.3 Leverancier mag Dienstgegevens gebruiken om de Dienst te verbeteren, mits deze Dienstgegevens geaggregeerd of geanonimiseerd zijn.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "4.1 Vendor will not use Customer Content to train any model made available to other customers. 4.3 Vendor may use Service Data to develop and improve its products, provided that any Service Data so used is aggregated or de-identified.",
        "aggregated_only",
    ),
    (
        "subprocessors",
        "en",
        "The Customer consents to the engagement of the Sub-processors listed in Annex 3.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "en",
        "Customer approves the Sub-processors listed on the Sub-processor Page, which Vendor may update from time to time.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Customer authorises the sub-processors listed at https://vendor.com/subprocessors, as that list is amended by Vendor from time to time.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Sub-processors listed in Annex 3 are authorised to access Customer Data only to the extent necessary to provide the Services.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer consents to the Sub-processors listed in Annex 3. Vendor will notify Customer of any new Sub-processor at least 30 days in advance and Customer may object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer consents to the Sub-processors listed in Annex 3. Vendor will inform Customer of any new Sub-processor by updating the list.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "Opdrachtgever stemt in met de inschakeling van de in Bijlage 2 genoemde subverwerkers.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker informeert Opdrachtgever ten minste 30 dagen vooraf over een nieuwe subverwerker. Stemt Opdrachtgever niet in met de nieuwe subverwerker, dan kan Opdrachtgever de overeenkomst opzeggen.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Vendor shall impose on any Sub-processor it engages data protection obligations no less protective than those in this DPA.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Vendor remains fully liable to Customer for the performance of its Sub-processors.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer shall remain fully liable for any sub-processors it engages to process Personal Data received from Vendor.",
        "not_addressed",
    ),
    (
        "subprocessors",
        "en",
        "Each party remains responsible for the acts and omissions of its subcontractors.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Where the Processor engages another processor for carrying out specific processing activities on behalf of the Controller, the same data protection obligations as set out in this DPA shall be imposed on that other processor by way of a contract.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Vendor shall not disclose Customer Data to any third party except its Sub-processors.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "Verwerker legt aan subverwerkers dezelfde verplichtingen op als die uit deze verwerkersovereenkomst voortvloeien.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Verwerker legt aan subverwerkers dezelfde verplichtingen op.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will not engage any Sub-processor without Customer's prior written consent. Vendor shall impose on any Sub-processor it engages the same obligations.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "en",
        "Sub-processors may be retained to perform support services.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "In an emergency Vendor may replace a Sub-processor without prior notice, and in all other cases Vendor will notify Customer 30 days in advance; Customer may object to the change.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker neemt geen beslissingen over het verwerken van persoonsgegevens, waaronder de verstrekking ervan aan derden.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker heeft geen zeggenschap over de persoonsgegevens en neemt geen beslissingen over het gebruik ervan. Verwerker mag derden inschakelen voor de uitvoering van de dienst.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker neemt geen beslissingen over de doeleinden en middelen van de verwerking; Verwerker mag voor de uitvoering van de dienst derden inschakelen.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor makes no decisions about the purposes of the processing, but may engage third-party service providers to host Customer Data.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtgever heeft geen zeggenschap over de keuze van subverwerkers; Verwerker mag naar eigen inzicht subverwerkers inschakelen.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may replace a Sub-processor at any time; Vendor will inform Customer of the replacement at least 30 days in advance, and Customer may object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may add new Sub-processors at its discretion and will notify Customer of scheduled maintenance at least fourteen (14) days in advance.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker mag subverwerkers vervangen; Verwerker informeert Opdrachtgever hierover ten minste vier weken van tevoren en Opdrachtgever kan bezwaar maken.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Customer hereby approves the Sub-processors listed in Annex 3. Vendor may update Annex 3 from time to time.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Customer's consent is not required for the Sub-processors listed in Annex 3.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "nl",
        "Voor de in Bijlage 2 genoemde subverwerkers is geen toestemming van Opdrachtgever vereist.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor shall ensure that the sub-processors listed in Annex 3 have obtained all authorisations required under applicable law.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtgever stemt in met de inschakeling van subverwerkers door Verwerker. Verwerker maakt gebruik van de in Bijlage 2 genoemde subverwerkers.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Sub-processors used by Vendor's affiliates are bound by the same obligations.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Where the Customer is itself a processor, the Customer shall remain fully responsible to its controller for the Sub-processors it engages, including Vendor.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtgever heeft geen zeggenschap over de inzet van subverwerkers: Verwerker mag subverwerkers inschakelen voor hosting en support.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer has no say over the purposes for which Vendor's affiliates use the data, and Vendor may share Customer Data with its affiliates and service providers.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor takes no decisions regarding the data itself; Vendor may disclose Customer Data to its hosting partners and other third parties.",
        "general_no_notice",
    ),
    (
        "data_location",
        "en",
        "Customer Data is hosted in data centres in Germany. Any transfer of Customer Data outside the EEA, including remote access from such a country, is prohibited unless the Customer has given its prior written consent.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Persoonsgegevens worden opgeslagen in datacenters in Nederland. Iedere doorgifte van persoonsgegevens naar een land buiten de EER is verboden, tenzij de Opdrachtgever daarvoor vooraf schriftelijke toestemming heeft gegeven.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in data centres in Germany. Any transfer of Customer Data outside the EEA is prohibited unless the transfer is authorised under Chapter V of the GDPR.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in data centres in Germany. Transfers of Customer Data to a third country are not permitted unless the data subject has explicitly consented to the proposed transfer.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Vendor may transfer Customer Data to its affiliate in the United States in accordance with Chapter V of the GDPR; any other transfer of Customer Data outside the EEA is prohibited unless the Customer has given its prior written consent.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Vendor may transfer Customer Data to the United States under the Standard Contractual Clauses; any other transfer outside the EEA is prohibited unless the Customer consents.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Transfers of Customer Data outside the EEA are prohibited unless Customer consents; Customer hereby consents to transfers to the Sub-processors in the United States listed in Annex 3.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in Frankfurt, Germany. Support engineers in the United States may access Customer Data remotely under the SCCs, but any bulk transfer of Customer Data to a country outside the EEA is prohibited unless the Customer consents.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "All Customer Data is stored in the EU. Transfers outside the EEA are prohibited unless the Customer has given its prior written consent or the Commission has adopted an adequacy decision for the destination country.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in the EU. Transfers to third countries are not allowed unless the supervisory authority has approved binding corporate rules of Vendor.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Persoonsgegevens worden uitsluitend in de EU opgeslagen. Doorgifte naar een derde land is verboden tenzij de Klant daarmee schriftelijk heeft ingestemd.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Vendor may transfer Customer Data outside the EEA to its affiliates, but onward transfers by those affiliates to other third parties are prohibited unless the Customer has given its prior written consent.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in Germany. Vendor will not transfer Customer Data outside the EEA unless the Customer has given its prior written consent.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Transfers of Customer Data outside the EEA, including to Vendor's support team in India, are prohibited unless the Customer has approved them; the Customer has approved the transfers listed in Annex 4.",
        "eu_with_transfers",
    ),
    (
        "staff_access",
        "en",
        "Only the members of our team who work on your website can access it.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen de medewerkers die aan uw website werken hebben toegang tot uw gegevens.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only people who work for Vendor or its affiliates can see your data; Vendor's affiliates can see Customer Data whenever they need to.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only employees and contractors that Vendor deems appropriate may access Customer Data.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our support staff can view your content when you ask us to help with a problem, and our engineers may also access it for maintenance at any time.",
        "broad",
    ),
    (
        "staff_access",
        "nl",
        "Onze supportmedewerkers kunnen gesprekken van een webshop inzien als die webshop ons vraagt om een probleem te onderzoeken.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Our support staff may view Customer Data when the Customer asks us to investigate an issue.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Vendor conducts background checks on all employees and contractors who will have access to Customer Data.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "All of our employees, including those who work remotely, have access to the Customer Data.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "All staff who work at Vendor have access to all Customer Data to provide the Service.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our employees may access Customer Data when the Customer asks support for help or when Vendor considers it useful.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Als de klant ons vraagt een probleem op te lossen, mogen onze medewerkers meekijken; daarnaast kunnen al onze medewerkers de klantgegevens inzien.",
        "broad",
    ),
    # (guard: read right before this session too)
    ("staff_access", "en", "Only people who work for Vendor or its affiliates can see your data.", "broad"),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only employees of Vendor and its group companies that provide the Service can access Customer Data.",
        "broad",
    ),
    (
        "ai_training",
        "en",
        "Where Customer has so elected, Vendor may use Customer Data to improve its machine learning models.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Where Customer has opted for the free tier, Vendor may use Customer Content to train its machine learning models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "If the Customer has elected to purchase the Starter Plan, Vendor may use Customer Data to train and improve its AI models.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Uitsluitend indien Zorgaanbieder, naast het activeren van de module, afzonderlijk en schriftelijk de Aanvullende Instructie Modelverbetering heeft ondertekend, is Medilaan gerechtigd de gegevens te gebruiken voor het verbeteren van haar AI-modellen.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Content to train its models unless Customer's administrator has opted in to the Model Improvement Program.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to train its machine learning models, not only for Customer's benefit but also for the benefit of its other customers.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier mag Klantgegevens gebruiken om zijn AI-modellen te trainen, dus niet alleen ten behoeve van de Klant maar ook voor andere klanten.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We are the controller for the other personal data described in this notice, such as the information we need to run your account. We will not use Customer Content to train our models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We are the controller for the other personal data described in this notice, including the Customer Content you upload, which we may use to improve and train our AI models.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "This Section 4 describes how Customer Data is used by Vendor for the improvement of the Services. Vendor will not use Customer Data to train AI models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This Section 4 describes how Vendor uses Customer Data: Vendor may use Customer Data to improve its products and to train its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier mag de documenten van Klant, ook documenten waarin geen persoonsgegevens zijn opgenomen, gebruiken om zijn AI-modellen te trainen.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content, including documents which contain no personal data, to train its AI models.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "We use aggregated usage statistics to improve the Service. We will not use Customer Content to train AI models unless Customer opts in.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We use aggregated usage statistics to improve the Service. We will not use Customer Content to train AI models.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We use aggregated usage statistics to improve the Service. Customer Content is used to train our AI models unless Customer opts out in the settings.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We may use aggregated and de-identified Customer Data to improve the Service. We will not use Customer Content to train AI models unless Customer opts in.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination, Vendor will revoke access rights and delete all Customer Data within 30 days.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging trekt Leverancier de toegang in en verwijdert hij alle persoonsgegevens binnen 30 dagen.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We remove access as soon as someone no longer works on your website.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination, Customer may export its data for 30 days. Thereafter, the Customer Data and its backups are deleted.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na het einde van de overeenkomst kan de Klant zijn gegevens nog 30 dagen exporteren. Daarna worden de back-ups en de klantgegevens verwijderd.",
        "return_or_delete",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination Vendor will delete all Customer Data within 30 days, except that Vendor may retain an archive copy for 12 months, after which the archive copy is destroyed.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are retained in accordance with the retention schedule selected by Customer in the Control Panel.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "If Customer has purchased the Extended Archive add-on, backups are retained for one year; otherwise backups are deleted after 30 days.",
        "time_limited",
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "nl",
        "Heeft de Klant de Archiefdienst afgenomen, dan worden back-ups zeven jaar bewaard; anders worden back-ups na 30 dagen verwijderd.",
        "time_limited",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Bij beëindiging verwijdert Leverancier de toegangsrechten van de gebruikers en vernietigt hij alle persoonsgegevens binnen 30 dagen.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination of the Agreement, Vendor shall disable Customer's account, remove the access rights of all Users and delete all Customer Data within thirty (30) days.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "De gegevens worden opgeslagen in Nederland. Verwerker mag persoonsgegevens doorgeven aan zijn groepsmaatschappijen buiten de EER, maar verdere doorgifte door die groepsmaatschappijen aan derden is verboden, tenzij Opdrachtgever daarvoor toestemming heeft gegeven.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Processor shall not engage another processor without prior specific or general written authorisation of the Controller. Where the Processor engages another processor, the same data protection obligations shall be imposed on that other processor.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "nl",
        "Opdrachtgever stemt ermee in dat Verwerker de in Bijlage 2 genoemde subverwerkers inschakelt.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We use aggregated statistics about how Customers use the Service, such as the number of documents processed, to improve the Service. Customer may opt in to share document samples with our Model Improvement Program to train our models.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "4.1 The Consultancy shall not use Client Personal Data for its own purposes, and shall not use it to train any model other than the models built for the Client. Nature and purpose: storage, cleansing, statistical analysis, predictive modelling and reporting, for the purpose of enabling the Client to understand and improve customer retention.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "(3) The Contractor shall not use the Data for any purposes other than those specified in this Agreement, in particular not for its own purposes. - Tests are carried out only with anonymised or synthetic data; the use of production data for tests requires the Client's prior consent.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        'This DPA sets out the terms on which Postmerle processes personal data on behalf of the Customer when the Customer uses Postmerle to build and manage mailing lists, design and send newsletters, and analyse the results (together, the "Service").',
        "not_addressed",
    ),
    (
        "ai_training",
        "en",
        "4.1 Vendor does not use Customer Content to train any model made available to anyone other than Customer. 7.2 Vendor will not engage any new Sub-processor, including any new Model Provider, that will have access to Customer Content without Customer's prior written consent.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "6.2 Access to Customer Personal Data is restricted to employees who need such access to perform their duties. 6.3 Support employees can view survey results in the Customer's account only when a Customer administrator has activated support access in the administration console. 6.4 All access by personnel to Customer Personal Data is recorded in tamper-protected audit logs.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Access by the Contractor's employees to the Client's data shall only take place to the extent necessary for the respective task. - Logging of all access by the Contractor's employees to the Client's Data at system and application level; logs are retained for twelve months.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "nl",
        "6.2 Alleen medewerkers die daartoe uit hoofde van hun functie bevoegd zijn, hebben toegang tot de systemen, en slechts voor zover die toegang noodzakelijk is. 6.3 Leverancier verplicht haar werknemers tot geheimhouding. - Toegang tot de datacenterruimtes is beperkt tot geautoriseerd personeel en wordt geregistreerd met behulp van persoonsgebonden toegangspassen.",
        "restricted",
    ),
    (
        "staff_access",
        "nl",
        "7.1 Verwerker verleent toegangsrechten op basis van het need-to-know-beginsel. 7.2 Beheerders hebben uitsluitend toegang tot systemen van Klant voor zover dat noodzakelijk is. Iedere sessie wordt vastgelegd met vermelding van de Beheerder, het tijdstip en de uitgevoerde opdrachten.",
        "restricted_logged",
    ),
    (
        "deletion",
        "nl",
        "23.1 Opdrachtgever kan Opdrachtnemer tot veertien (14) dagen na het einde van de Overeenkomst schriftelijk verzoeken om de gegevens in een gangbaar formaat aan Opdrachtgever ter beschikking te stellen. 23.2 Opdrachtnemer verwijdert de Persoonsgegevens uiterlijk drie (3) maanden na het einde van de Overeenkomst.",
        "return_or_delete",
    ),
]


SEVENTEENTH_SESSION_WORDINGS = [
    (
        "subprocessors",
        "en",
        "Outsourcing to subcontractors or changing the existing subcontractor are permissible when the Contractor submits such an outsourcing to the Client in writing or in text form with appropriate advance notice, and the Client has not objected to the planned outsourcing in writing or in text form by the date of handing over the data to the Contractor.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "We'll let you know at least 30 days before any new sub-processor gets access to your data, and you can object.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Before a new Sub-processor starts processing, we will publish its name on our sub-processor page and email subscribers. This happens at least fifteen days before the new Sub-processor begins. You may object.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "3. Subcontracting\nOutsourcing to subcontractors or changing the existing subcontractor are permissible when:\n- the Contractor submits such an outsourcing to the Client in writing or in text form with appropriate advance notice; and\n- the Client has not objected to the planned outsourcing in writing or in text form by the date of handing over the data to the Contractor; and\n- the subcontracting is based on a contractual agreement in accordance with Article 28 paragraphs 2-4 GDPR.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "The Client agrees to the commissioning of the following subcontractors on condition of a contractual agreement in accordance with Article 28 paragraphs 2-4 GDPR: Hetzner Online GmbH (hosting, Germany); Mailgun Technologies Inc. (e-mail, USA).",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Contractor may only engage subcontractors after prior written consent of the Client. The Client agrees to the commissioning of the following subcontractors: Hetzner Online GmbH (hosting, Germany).",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Further outsourcing by the subcontractor requires the express consent of the main Client (at least in text form).",
        "prior_consent",
    ),
    (
        "subprocessors",
        "nl",
        "Uitbesteding aan onderaannemers of het wijzigen van een bestaande onderaannemer is toegestaan indien Opdrachtnemer de Opdrachtgever daarvan met een redelijke termijn vooraf schriftelijk op de hoogte stelt en Opdrachtgever niet vóór de overdracht van de gegevens schriftelijk bezwaar heeft gemaakt.",
        "notice_and_objection",
    ),
    (
        "staff_access",
        "en",
        "Only authorised administrators may access the systems; access rights are assigned according to the role concept and every access is recorded in log files.",
        "restricted_logged",
    ),
    (
        "ai_training",
        "en",
        "By default, Service Data is not used to train generative AI models. Admins can opt in to allow Service Data to be used to improve AI features.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Tessfold does not use customer code to train its models; the third-party AI vendors are bound by agreements that prohibit training on customer content.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "Input and output are not retained by the AI vendor and are not used as training data.",
        "prohibited",
    ),
    ("ai_training", "en", "Tessfold does not use customer code to train its models.", "prohibited"),
    ("ai_training", "en", "Input and output are not used as training data.", "prohibited"),
    ("ai_training", "en", "Prompts are not used as training data.", "prohibited"),
    ("ai_training", "nl", "Prompts worden niet gebruikt als trainingsdata.", "prohibited"),
    (
        "ai_training",
        "en",
        '4.2 Vendor will not use Customer Personal Data, including prompts and outputs processed through AI Features, to train, fine-tune or otherwise improve any machine learning model, except as expressly permitted under Section 4.3. 4.3 If, and only if, a Workspace administrator affirmatively opts in to the "Help improve" program in Workspace settings, Vendor may retain prompts and outputs submitted after the date of opt-in and use them to improve its AI models.',
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Unless an Organization Owner has switched off Contribute to model improvement, Vendor may use Service Data of your organization to train, evaluate and improve its models, and the setting is switched on by default for all organizations.",
        "opt_out",
    ),
    (
        "ai_training",
        "en",
        "10.2 The Customer agrees that the Supplier may use Service Data, after pseudonymising direct identifiers, for the purposes of improving the Services and developing, training and testing its automated ticket triage models. 10.3 The Customer may at any time require the Supplier to stop using its Service Data for the purposes described in paragraph 10.2 by giving written notice, in which case the Supplier shall cease such use within thirty (30) days.",
        "opt_out",
    ),
    (
        "ai_training",
        "en",
        "9.2 Where an AI Feature relies on a model that is trained on data from Customer's account, such as the lead scoring model, that model is confined to Customer's account and is deleted together with Customer's account data. 9.3 Vendor will not use Customer Personal Data to train any machine learning model that is used for the benefit of any other customer, unless Customer has enrolled in the Model Improvement Programme.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "We may compile aggregated, anonymous statistics from Site Data across all Sites, such as the overall share of visits from mobile devices, and we may use those statistics to improve the Service and publish them. We do not sell Site Data and we do not use it to train machine learning or AI models.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "(2) The Contractor may only engage subcontractors (further processors) with the prior express consent of the Client in writing or in text form. (3) The Contractor shall request the Client's consent to the engagement of a further subcontractor, or to the replacement of an existing subcontractor, in text form at least four weeks before the intended commencement of the subcontracted processing. Until the Client has granted its consent, the Contractor shall not transfer any Client Data to the new subcontractor. The Client may refuse its consent only for an important reason relating to data protection law. (4) The Client hereby consents to the engagement of the subcontractors listed in Annex 3, subject to the condition that a contractual agreement in accordance with Art. 28 (2) to (4) GDPR has been concluded with each of them.",
        "prior_consent",
    ),
    (
        "ai_training",
        "en",
        "5.5 Vendor does not use Prompts or Outputs to train any generative model. 8.2 A change that broadens the categories of Service Data we use for training Vendor Models, or that starts using Prompts or Outputs for any training, will not take effect until at least thirty (30) days after we have notified Organization Owners by email.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "9.3 Vendor will not use Customer Personal Data to train any machine learning model used for the benefit of any other customer, unless Customer has enrolled in the Model Improvement Programme. 9.4 Where an AI Feature uses a third-party model provider listed as a Sub-processor, Vendor has contractually prohibited that provider from using prompts, inputs or outputs to train or improve its models.",
        "opt_in",
    ),
    (
        "deletion",
        "en",
        "Conversations are deleted automatically thirty (30) days after the last message in the conversation.",
        "deleted",
    ),
    ("deletion", "en", "We retain prompts for 30 days and then delete them.", "deleted"),
    ("deletion", "en", "Chat logs are automatically deleted after 30 days.", "deleted"),
    ("deletion", "nl", "Gesprekken worden na 30 dagen automatisch verwijderd.", "deleted"),
    # (guard: read right before this session too)
    ("deletion", "en", "Server logs are automatically deleted after 30 days.", "not_addressed"),
    (
        "data_location",
        "en",
        "Processing takes place in Germany. Processing outside the EU/EEA requires the prior written consent of the Client.",
        "eu_only",
    ),
    (
        "data_location",
        "nl",
        "De gegevens worden uitsluitend opgeslagen in Nederland. Doorgifte naar landen buiten de EER vindt alleen plaats met voorafgaande schriftelijke toestemming van Opdrachtgever.",
        "eu_only",
    ),
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland. Transfers outside the EEA take place only with the Customer's prior written consent.",
        "eu_only",
    ),
    (
        "ai_training",
        "en",
        "We may compile aggregated, anonymous statistics from Site Data across all Sites, and we may use those statistics to improve the Service. We do not use Site Data to train machine learning models.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "nl",
        "Verwerker mag geanonimiseerde gegevens alleen gebruiken voor de verbetering van het Product, waaronder het trainen van algoritmen, indien de Onderwijsinstelling daarvoor vooraf uitdrukkelijk schriftelijke toestemming heeft gegeven.",
        "opt_in",
    ),
    (
        "staff_access",
        "en",
        "4.1 The Supplier shall ensure that access to Customer Personal Data is confined to the members of the Supplier's engineering teams assigned to the Customer's account who need that access to perform the Services. 4.4 Supplier Personnel may access Customer Systems without further approval (a) to perform scheduled maintenance, (b) to carry out an approved Change and (c) to respond to an Incident.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "4.1 Access to Customer Personal Data is confined to the members of the Supplier's support team who need that access to perform the Services. Every remote session established through the PAM Gateway is logged, including the identity of the engineer.",
        "restricted_logged",
    ),
    (
        "data_location",
        "en",
        "(3) The Contractor shall render the commissioned processing exclusively within the territory of the Federal Republic of Germany. Any relocation of the processing to a country outside the European Union requires the prior consent of the Client.",
        "eu_only",
    ),
    (
        "ai_training",
        "nl",
        '3.1 Het is Verwerker niet toegestaan de Persoonsgegevens voor eigen doeleinden te verwerken. 3.2 Verwerker mag geanonimiseerde gegevens gebruiken voor de verbetering van het Product en het trainen van algoritmen, indien de Onderwijsinstelling daarvoor toestemming heeft gegeven. 9.1 De Onderwijsinstelling kan in de beheeromgeving de optie "Deelnemen aan productonderzoek" inschakelen; daarmee geeft zij de toestemming bedoeld in artikel 3.2 voor het gebruik van geanonimiseerde gegevens.',
        "opt_in",
    ),
    (
        "subprocessors",
        "en",
        "The Processor may engage other processors. The Controller will be informed of this in good time in advance, and may object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker mag subverwerkers inschakelen. Verwerker informeert Verwerkingsverantwoordelijke tijdig vooraf over het voornemen een nieuwe subverwerker in te schakelen. Verwerkingsverantwoordelijke kan daartegen bezwaar maken.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Provider may process Customer Data, except as prohibited by applicable law, to train and improve its machine learning models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Usage Data, other than data whose disclosure is prohibited by the Customer's policies, to improve and develop the Services.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Any update that introduces new AI features will apply automatically, and Vendor may use Customer Data processed by such features to train its models.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "A change that broadens the categories of Service Data we use for training will not take effect until thirty days after we have notified the Customer. We do not use Customer Content to train our models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Any material change which expands our use of Customer Data will apply thirty days after notice; in any event Vendor may use Customer Data to train its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Elke wijziging die Leverancier in de Dienst aanbrengt geldt direct; Leverancier mag daarbij Klantgegevens gebruiken om haar AI-modellen te trainen.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Een wijziging die het gebruik van Klantgegevens voor training uitbreidt, gaat pas in dertig dagen na kennisgeving aan Klant. Leverancier gebruikt Klantgegevens niet om AI-modellen te trainen.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content to train its models if, and only if, a Workspace administrator affirmatively opts in to the Model Improvement Program.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content to improve the Services if, and only if, Vendor agrees with its hosting provider on adequate security measures.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Account owners can join the Beta Programme, but Vendor may use all Customer Content to train its models regardless of participation.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Administrators can opt in to allow Service Data to be used to improve Vendor's AI models. Training is off by default.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Processor may process Personal Data to improve its services and, if the Controller has given its prior written consent, transfer them to a third country.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to train its AI models only if the Customer has given its prior written consent.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt Klantgegevens alleen voor het trainen van AI-modellen indien de Klant daarvoor vooraf schriftelijk toestemming heeft gegeven.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Service Data to improve its products. The Customer may at any time require the Supplier to stop processing Personal Data that is inaccurate.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "Vendor may use Service Data to train its models for the purposes described in paragraph 10.2. The Customer may at any time require the Supplier to stop using its Service Data for those purposes.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier mag Klantgegevens gebruiken om de Dienst te verbeteren. Klant kan Leverancier te allen tijde verzoeken de verwerking van onjuiste gegevens te staken.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use prompts submitted in a Workspace to train its models, unless the workspace is disabled or deleted.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "Vendor uses Customer Content to train its models, unless an Organization Owner has switched off Model Training in the admin console.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to improve its AI models unless the account holder's subscription is disabled for non-payment.",
        "allowed",
    ),
    ("ai_training", "en", "Prompts and outputs are not used as training data.", "prohibited"),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer Content will not be used as training data unless the Customer opts in.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Customer Content shall not be used as training data, except in aggregated and anonymised form.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "nl",
        "Klantgegevens worden nooit gebruikt als trainingsdata voor AI-modellen.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier staat er niet voor in dat de trainingsdata van het model vrij zijn van vooroordelen.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Klant mag de uitvoer niet gebruiken als trainingsdata voor concurrerende modellen.",
        "not_addressed",
    ),
    (
        "ai_training",
        "en",
        "We may compile aggregated, anonymous statistics about use of the Service, and we may use those statistics to improve the Service.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor uses Customer Data from all accounts to train its base model, and only the fine-tuned model is restricted to the Customer's workspace.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt Klantgegevens van alle klanten om het basismodel te trainen; het afgeleide model blijft beperkt tot de omgeving van de Klant.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "4.1 The Customer may opt in to enhanced audit logging.\n4.2 Vendor may use Customer Data to improve the Services, applying the security measures referred to in Article 4.1.",
        "allowed",
    ),
    ("ai_training", "en", "Tessfold does not use customer code to train its models.", "prohibited"),
    ("ai_training", "en", "Customer code will never be used to train Vendor's AI models.", "prohibited"),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to improve the Services. OpenAI does not use data submitted via the API to train its models.",
        "allowed",
    ),
    ("ai_training", "en", "Customer Repositories may be used by Vendor to train its code models.", "allowed"),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Support is available in the following regions: European Union, United States and Asia-Pacific.",
        "not_addressed",
    ),
    ("data_location", "en", "Processing takes place in Germany.", "eu_only"),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Processing of invoices is carried out by our finance team in Delaware, USA, using only company billing details.",
        "not_addressed",
    ),
    (
        "data_location",
        "en",
        "Any relocation of the processing to a country outside the European Union requires the prior written consent of the Client.",
        "eu_only",
    ),
    (
        "data_location",
        "en",
        "The Contractor shall render the commissioned processing exclusively within the territory of the Federal Republic of Germany.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "The Processor is not obliged to store data only within the territory of the EU and may use data centres worldwide.",
        "unrestricted",
    ),
    (
        "data_location",
        "en",
        "Transfers of Personal Data outside the EEA take place only with the Customer's prior written consent.",
        "eu_only",
    ),
    (
        "data_location",
        "en",
        "Transfers outside the EEA take place only with the Customer's consent, and Vendor may transfer data to its affiliates in the United States under the Standard Contractual Clauses.",
        "eu_with_transfers",
    ),
    (
        "data_location",
        "nl",
        "Doorgifte van persoonsgegevens naar landen buiten de EER vindt alleen plaats met voorafgaande schriftelijke toestemming van Opdrachtgever.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Doorgifte naar landen buiten de EER vindt alleen plaats met toestemming van de Klant dan wel op basis van de EU-modelcontractbepalingen.",
        "eu_with_transfers",
    ),
    ("data_location", "nl", "De verwerking vindt plaats in Nederland.", "eu_only"),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "The Processor and its subcontractors shall store the data exclusively in the Netherlands.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Onderaannemers van Verwerker slaan de persoonsgegevens op in de Verenigde Staten.",
        "outside_eu",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in Ireland. Subcontractors, such as our outside counsel in the United States, do not receive Customer Data.",
        "eu_only",
    ),
    (
        "deletion",
        "en",
        "Vendor deletes all Customer Data within 30 days of termination, save for copies held in backups, which are overwritten within 90 days.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Metadata relating to deleted files is retained for audit purposes for twelve months.",
        "not_addressed",
    ),
    ("deletion", "en", "Chat logs are automatically deleted after 30 days.", "deleted"),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "During the subscription, conversations are deleted automatically after ninety (90) days by default; Customer may change this period.",
        "not_addressed",
    ),
    ("deletion", "nl", "Gesprekken worden na 30 dagen automatisch verwijderd.", "deleted"),
    ("deletion", "en", "We retain prompts for 30 days and then delete them.", "deleted"),
    (
        "deletion",
        "en",
        "We retain prompts for 30 days and then delete them. After termination of the Agreement, we keep Customer Data for seven years.",
        "retained",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Administrators designated by the Customer can view all user activity logs.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Admins of the Customer's organisation can see all messages in the workspace.",
        "not_addressed",
    ),
    (
        "staff_access",
        "en",
        "Only authorized administrators may access Customer Data, and all such access is logged.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Access to Customer Systems is confined to the members of the Supplier's teams assigned to the Customer's account who need that access.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only designated persons at the Controller may issue instructions to the Processor.",
        "not_addressed",
    ),
    ("staff_access", "en", "Only authorised employees have access to Customer Data.", "restricted"),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's support staff can view all Customer Data without additional consent.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor need not request separate approval: the Customer consents to the engagement of Sub-processors.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker hoeft niet telkens om toestemming te vragen; Opdrachtgever verleent hierbij algemene schriftelijke toestemming voor het inschakelen van subverwerkers.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Client agrees to the commissioning of the following subcontractors: HostCo GmbH (hosting). Any further subcontractor requires the Client's prior written consent.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Client agrees to the use of subcontractors by the Contractor; the Contractor shall inform the Client of any intended change and the Client may object within 14 days.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Outsourcing to subcontractors or changing the existing subcontractor are permissible when the Contractor submits such an outsourcing to the Client with appropriate advance notice and the Client has not objected to the planned outsourcing by the date of handing over the data.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Subcontracting is permitted only if the Client has given prior written consent; the mere fact that the Client has not objected shall not be deemed consent.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Outsourcing to subcontractors is permitted only if the Client has given its prior written consent; the Client has not objected to the subcontractors listed in Annex 2.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "nl",
        "Inschakeling van onderaannemers is uitsluitend toegestaan indien Opdrachtgever daarvoor vooraf schriftelijke toestemming heeft verleend; het enkele feit dat Opdrachtgever geen bezwaar heeft gemaakt, geldt niet als toestemming.",
        "prior_consent",
    ),
    (
        "subprocessors",
        "nl",
        "Uitbesteding aan onderaannemers is toegestaan indien Verwerker Opdrachtgever vooraf informeert en Opdrachtgever niet vóór de overdracht van de gegevens schriftelijk bezwaar heeft gemaakt.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer authorises Vendor to engage sub-processors. We may engage new sub-processors at any time and will publish our annual transparency report.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises the engagement of sub-processors. Vendor maintains a list of its sub-processors on its website and will update it before the end of each calendar quarter.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtgever verleent algemene toestemming voor subverwerkers. Verwerker mag de lijst van subverwerkers wijzigen zonder Opdrachtgever te informeren.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our engineers may access Customer Data at any time without further approval from the Customer.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Support staff may view any Customer Data without separate authorisation.",
        "broad",
    ),
    (
        "subprocessors",
        "nl",
        "Het inschakelen van subverwerkers is uitsluitend toegestaan indien Opdrachtgever vooraf schriftelijke toestemming heeft verleend; het enkele feit dat Opdrachtgever niet tijdig bezwaar heeft gemaakt, geldt niet als toestemming.",
        "prior_consent",
    ),
    (
        "deletion",
        "en",
        "After termination of the Agreement, Vendor retains Customer Data for seven years.",
        "retained",
    ),
    (
        "deletion",
        "en",
        "We retain prompts for 30 days and then delete them. After termination of the Agreement, Vendor retains Customer Data for seven years.",
        "retained",
    ),
    ("ai_training", "nl", "Klantgegevens worden niet gebruikt als trainingsdata.", "prohibited"),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt Klantgegevens niet als trainingsmateriaal, maar wel om de Dienst te verbeteren.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor never uses Customer Data as training data for its AI models, except where Customer opts in.",
        "opt_in",
    ),
    (
        "data_location",
        "nl",
        "De verwerking van persoonsgegevens vindt uitsluitend plaats in Nederland.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We may compile aggregated statistics, and we may use those statistics and Customer Data to train our models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises the engagement of sub-processors. The Processor shall not request consent for each new sub-processor but will notify Customer 14 days in advance; Customer may object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only named individuals at the Customer can approve support access.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Processing of Customer Data takes place exclusively in the EU, but Vendor's support engineers in the United States may access it remotely.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "The region where Customer's users are located determines the language of the interface, such as the United States or Germany.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Regions: Customer Data may be hosted in the United States or the European Union, at Vendor's choice.",
        "outside_eu",
    ),
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Data to train its models. Any change that introduces model training will only apply after 30 days' notice, and Customer may then opt out.",
        "prohibited",
    ),
    (
        "staff_access",
        "nl",
        "1. Definities\n- Beheerportaal: de door Leverancier beheerde voorziening waarlangs Medewerkers op afstand toegang krijgen tot systemen van Opdrachtgever.\n5.1 Leverancier beperkt de toegang tot Persoonsgegevens tot die Medewerkers die toegang nodig hebben voor hun taak. Alle sessies via het Beheerportaal worden gelogd met vermelding van de Medewerker.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "None of our employees, including the administrators who run our servers, can read your vault contents. Account data is accessible only to those members of staff whose tasks require it.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor personnel may view Inputs, Outputs or the evaluation results of a customer model only (a) where Customer includes them in a support case or (b) where necessary to investigate abuse. Such personnel are subject to confidentiality obligations.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "5.1 Vendor shall restrict access to Customer Personal Data to those of its employees who require such access. 5.2 Members of Vendor's support team may view the content of the Customer's account when the Customer contacts support and to the extent necessary to resolve the request.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor staff may access Customer Data where reasonably necessary for Vendor's business purposes.",
        "broad",
    ),
    (
        "staff_access",
        "en",
        "Access to production is limited to those Personnel who need it. Vendor shall log each session, including the identity of the individual and the target systems.",
        "restricted_logged",
    ),
    (
        "ai_training",
        "nl",
        "2.3 Persoonsgegevens die Leverancier voor eigen doeleinden verwerkt, zoals de contactgegevens van contactpersonen van de Klant voor facturering, vallen buiten deze Verwerkersovereenkomst. 4.1 Leverancier gebruikt Klantgegevens niet om modellen voor kunstmatige intelligentie te trainen, tenzij de Klant daarvoor vooraf uitdrukkelijk toestemming heeft gegeven.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "By enabling a training feature and selecting Training Data, Customer instructs Vendor to use the Training Data to train one or more Customer-Specific Models for that feature. Vendor will not use Training Data to train any Base Model.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We use the service providers listed above. Apart from the recipients named in this notice, we disclose personal data to third parties only where we are legally obliged to. We may engage other processors or replace the processors listed above where necessary, and will update this section accordingly. Where we process your personal data on the basis of legitimate interests, you have the right to object at any time to that processing.",
        "general_no_notice",
    ),
    (
        "data_location",
        "en",
        "Store Data is stored and processed in the European Union, on servers in Dublin. Whenever Store Data leaves the European Economic Area, we make sure it's protected: for the UK, we rely on the adequacy decision; for US providers, on the Standard Contractual Clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Staff access: the engineers on Vendor's operations team can access all Customer Data at any time. All Vendor personnel are bound by written confidentiality obligations.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Support: a member of Vendor's support team may view any Customer Data in the account at any time. Vendor's staff are subject to confidentiality obligations.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Personnel Access: the Processor's administrators can read all mailboxes hosted on the platform. The Processor's staff sign a confidentiality agreement.",
        "broad",
    ),
    (
        "staff_access",
        "nl",
        "Remote-toegangsvoorziening: de voorziening waarlangs medewerkers van Leverancier op afstand toegang krijgen tot de Systemen. Medewerkers van Leverancier zijn gebonden aan geheimhouding.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's engineers may access Customer Data only where strictly necessary to resolve a support ticket.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's personnel may access Customer Data to the extent necessary to provide the Services, and all such access is logged in an audit trail.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's support staff may access Customer Data without further approval for any purpose, including product analytics.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Administrators appointed by the Customer can view all Customer Data in the tenant.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "System administrators of the Customer may access all mailboxes in the tenant.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "IT administrators of the school can see all pupil records in the platform.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Local administrators can view the data of the users in their own department.",
        "not_addressed",
    ),
    (
        "staff_access",
        "en",
        "Access to Customer Data is limited to Vendor personnel who need it. Vendor records every session of its engineers in the Customer environment.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Access to Customer Data is limited to Vendor personnel who need it for their work. The contact-centre software records every session of the Customer's agents for quality review.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "None of the limits in this Section apply to Vendor's security team, whose members can access all Customer Data at any time.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Niemand anders dan de medewerkers die daartoe toegang nodig hebben, kan de persoonsgegevens inzien.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alle medewerkers van Leverancier kunnen de klantgegevens inzien; niemand controleert dat.",
        "broad",
    ),
    # (guard: read right before this session too)
    ("staff_access", "en", "Only authorised staff may approve refunds and credit notes.", "not_addressed"),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Only authorised personnel may access Customer Data, and only from managed devices.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content to train its AI models; such use falls outside the scope of this DPA and Vendor acts as an independent controller for it.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Het gebruik van Klantgegevens voor het trainen van de AI-modellen van Leverancier valt buiten deze Verwerkersovereenkomst; Leverancier is daarvoor zelf verwerkingsverantwoordelijke.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Usage Data falls outside this DPA, and Vendor may use Usage Data, including the prompts submitted by users, to improve its machine learning models.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Persoonsgegevens die Leverancier voor eigen doeleinden verwerkt, zoals de contactgegevens van beheerders, vallen buiten deze Verwerkersovereenkomst. Leverancier verwerkt de persoonsgegevens uitsluitend op schriftelijke instructie van Opdrachtgever.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor uses Customer Data to train Customer-specific models and to improve its general foundation models.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "Vendor trains Customer-Specific Models on Customer Data solely for Customer and does not use Customer Data to train any model made available to other customers.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt Klantgegevens om klantspecifieke modellen te trainen en om haar algemene taalmodel te verbeteren.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to train per-customer models as well as its shared base model.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data from all customers to train its models; per-tenant models are available on Enterprise plans.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "None of the restrictions in this Section 6 prevent Vendor from using Usage Data to improve its AI models.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Niemand bij Leverancier gebruikt Klantgegevens om AI-modellen te trainen.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt de gegevens om haar AI-modellen te trainen, ook als niemand daarvoor toestemming heeft gegeven.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We may engage sub-processors to provide the Service. As explained elsewhere in this notice, we share data with new partners from time to time.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We use sub-processors for hosting and e-mail delivery. Our privacy notice lists any new sub-processor we engage.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises the engagement of Sub-processors. The Customer will be informed of any new Sub-processor in good time in advance and may object.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may replace Sub-processors at any time without informing the Customer in advance.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage Sub-processors. Customer will be notified if a Sub-processor suffers a Personal Data Breach.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker mag subverwerkers inschakelen. Opdrachtgever wordt geïnformeerd indien een subverwerker een datalek heeft.",
        "general_no_notice",
    ),
    (
        "subprocessors",
        "en",
        "Engaging Sub-processors is permitted only if the Customer has first given its written consent.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Het inschakelen van subverwerkers is alleen toegestaan nadat Opdrachtgever daarvoor schriftelijk toestemming heeft gegeven.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any new Sub-processor at least 30 days in advance. Customer may object, within that period and on reasonable grounds, to the use of the new provider.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will not engage any Sub-processor without Customer's prior written consent, so that no one receives Customer Data without the Customer knowing.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever; niemand anders dan Verwerker verwerkt de persoonsgegevens.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    ("data_location", "en", "Store Data is hosted on servers in Dublin, Ireland.", "eu_only"),
    (
        "data_location",
        "en",
        "We keep Store Data in Germany. Whenever Store Data leaves the European Economic Area, for example when our payment provider in the United States processes it, we rely on the Standard Contractual Clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in the Netherlands. Customer Data leaves the EEA only if the Customer itself exports it to a system it operates in the United States.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "De persoonsgegevens worden opgeslagen in Nederland. Wanneer gegevens de EER verlaten, bijvoorbeeld bij onze supportpartner in de Verenigde Staten, gebruiken wij de modelcontractbepalingen.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Store Data from merchants in the United States is processed in the United States.",
        "outside_eu",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is stored in the EU. Store Data is hosted in the United States.",
        "outside_eu",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Niemand buiten de EER heeft toegang tot de persoonsgegevens, die uitsluitend in Nederland worden opgeslagen.",
        "eu_only",
    ),
    (
        "data_location",
        "en",
        "None of our Sub-processors is located outside the EEA; Customer Data is hosted in Ireland.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Ireland, but none of these commitments apply to support tickets, which our team in the United States processes.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination, you may delete your workspace in the admin console, and any workspace deleted this way cannot be restored.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We'll delete Store Data within 30 days after your plan ends, and earlier if you ask us to.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination of the Agreement, Controller retains the Personal Data for ten years in its own archive.",
        "not_addressed",
    ),
    (
        "deletion",
        "en",
        "We retain prompts for 30 days and then delete them. After termination of the Agreement, Vendor retains anonymised usage data for three years.",
        "deleted",
    ),
    (
        "deletion",
        "en",
        "Chat transcripts are deleted automatically after 90 days. Upon expiry of the subscription, Vendor will keep Customer Data for 12 months so that Customer can reactivate its account.",
        "retained",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We retain call recordings for 30 days and then delete them. After termination, Vendor keeps Customer Data for 6 months, after which it is permanently deleted.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor retains Customer Data only as long as necessary to provide the Services. Following termination, Customer may store exported data for 12 months in its own systems.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination, Vendor deletes all Customer Data within 30 days, so that nobody can access it afterwards.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "None of the Customer Data is retained after termination; Vendor deletes it within 30 days.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are overwritten within 35 days, and none of the backup copies are kept longer.",
        "time_limited",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "4.2 Access by personnel: the engineers of Vendor's platform team can access all Customer Data. Every employee signs a confidentiality agreement.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Toegang: de medewerkers van Leverancier kunnen alle klantgegevens inzien. Alle medewerkers hebben een geheimhoudingsverklaring getekend.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Note: the Vendor's support staff may view any Customer Data at any time. Vendor personnel are subject to background checks.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's support engineers can access all Customer Data held in the production environment of the Service at any time of day, and Vendor only keeps that data in encrypted form.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "None of the above limits Vendor's right to use Customer Data to improve the Services.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer-specific models are trained only on that Customer's data; Vendor also uses all Customer Data to improve its base models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Telemetry and usage data are not subject to this DPA; Vendor uses them, together with the prompts entered by users, to train its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may share Customer Data with its Affiliates and service providers; none of these recipients needs Customer's approval.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data is hosted in Germany. None of the foregoing prevents Vendor from storing Customer Data in the United States.",
        "outside_eu",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "None of the obligations in this Section 12 require Vendor to delete Customer Data, and Vendor may retain Customer Data after termination.",
        "retained",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination you can delete your data yourself, but deleted data cannot be recovered.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination of the Agreement, Supplier shall keep all Customer information confidential for five years.",
        "not_addressed",
    ),
    (
        "deletion",
        "en",
        "We retain prompts for 30 days and then delete them. After termination of the Agreement, Supplier shall keep all Customer information confidential for five years.",
        "deleted",
    ),
    (
        "deletion",
        "en",
        "Chat messages are deleted after 30 days. Following termination, Recipient shall hold the Disclosing Party's information in confidence for three years.",
        "deleted",
    ),
    (
        "subprocessors",
        "en",
        "Vendor maintains a list of the Sub-processors that process Personal Data at example.com/subprocessors. Vendor will defend Customer and its Affiliates against any third-party claim arising from a use of the Services authorised by Customer.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor maintains a list of the Sub-processors that process Personal Data at example.com/subprocessors. The engagement of any further sub-processor requires Customer's prior written consent.",
        "prior_consent",
    ),
]


EIGHTEENTH_SESSION_WORDINGS = [
    (
        "subprocessors",
        "en",
        "When Provider engages a new Subprocessor, Provider will, at least six (6) months before the new Subprocessor processes any Customer Data, notify Customer by updating the Subprocessor website and providing Customer with a mechanism to obtain notice of that update. If Customer does not approve of a new Subprocessor, Customer may terminate the affected Online Service without penalty.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer may, within 90 days after being notified of the engagement of a New Subprocessor, object by immediately terminating the Agreement for convenience.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer consents to Vendor's use of Sub-processors as described in this Section. Except as set forth in this Section, or as Customer may otherwise authorize, Vendor will not permit any Sub-processor to access Customer Content.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage third-party sub-processors to process Customer Personal Data on its behalf. Vendor shall maintain an up-to-date list of its sub-processors at https://example.com/subprocessors, which Customer may consult at any time.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Company will give notice of new Subprocessors by updating the list on its website and, if Customer has subscribed to receive updates, by email. Customer may object within 10 days of such notice.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Supplier shall not subcontract any of its processing operations performed on behalf of the Customer under this DPA without the prior written consent of the Customer.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Data Processor shall not engage another processor without the prior specific written authorisation of the Data Controller.",
        "prior_consent",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We use trusted service providers who process data on our behalf, such as hosting, email delivery and payment processing providers. These providers may only process data in accordance with our instructions.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor uses subcontractors to assist in providing the Services. A current list of subcontractors that may process Customer Data is available on request.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any addition or replacement of a Subprocessor no later than the date on which it is engaged.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will inform Customer of new sub-processors within a reasonable time after their appointment.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer shall obtain all notices and consents required for Vendor to process Personal Data, including the use of Sub-processors.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Leverancier zal ten minste dertig dagen voordat een nieuwe subverwerker Persoonsgegevens verwerkt de lijst op zijn website bijwerken en Klant een mogelijkheid bieden om daarvan bericht te ontvangen. Klant kan binnen die termijn bezwaar maken.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination or expiration of the Agreement, Vendor will delete Customer Data in accordance with the Documentation, except to the extent Vendor is required by law to retain it.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor does not use Customer Content to train or improve foundation models unless Customer opts in.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "By default, we do not use business data (inputs or outputs from API, Team or Enterprise plans) to train our models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We may use Customer Content to provide, maintain and improve the Services, including to develop new features, but we will not use Customer Content to train generative models offered to third parties.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Provider will not use Customer Data or derive information from it for any advertising or similar commercial purposes. Provider uses Customer Data only to provide Customer the Online Services including purposes compatible with providing those services.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Usage Data and aggregated, de-identified data derived from Customer Data to improve its products and services.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor restricts its personnel from processing Customer Data without authorisation, and access is granted on a least-privilege, need-to-know basis, with all access logged and reviewed.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Provider employees do not have standing access to Customer Data; access is granted just-in-time through a lockbox process approved by Customer, and all access is logged.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Our support engineers may view your content when you ask us for help.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data may be processed in any country where Vendor or its Sub-processors maintain facilities.",
        "unrestricted",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "All Customer Data is hosted in data centres located in Frankfurt, Germany and Dublin, Ireland, and is not transferred outside the European Economic Area.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer may export its data at any time. Vendor will comply with this obligation within 45 days.",
        "not_addressed",
    ),
    (
        "staff_access",
        "en",
        "Provider employees do not have standing access to Customer Data; access is granted just-in-time through a lockbox process approved by Customer, and all access is logged.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Vendor engineers have no standing access to production data. Access is granted just-in-time for a specific support ticket and expires automatically after four hours.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Our support engineers may view your content when you ask us for help.",
        "restricted",
    ),
    (
        "staff_access",
        "nl",
        "Medewerkers van Leverancier hebben geen permanente toegang tot Klantgegevens; toegang wordt per storing verleend en automatisch ingetrokken.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor personnel may access Customer Data for any purpose related to the Services, including where approved by Customer.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Customer administrators may grant their users just-in-time access to shared workspaces.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wanneer Leverancier een nieuwe subverwerker inschakelt, zal Leverancier ten minste zes maanden voordat de nieuwe subverwerker Klantgegevens verwerkt, Klant hiervan op de hoogte stellen door de website bij te werken en Klant een mechanisme te bieden om een kennisgeving van die update te ontvangen. Als Klant niet akkoord gaat met een nieuwe subverwerker, kan Klant de betreffende Online Service zonder boete beëindigen.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We will only use your content to train our models if you explicitly opt in, for example by joining our model improvement program.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Unless you opt out in your account settings, we may use your conversations to improve our models. Opting out does not apply to data already used.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt Klantgegevens niet om AI-modellen te trainen, tenzij Klant daarvoor uitdrukkelijk toestemming heeft gegeven.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Wij mogen geanonimiseerde en geaggregeerde gegevens gebruiken om onze dienstverlening en algoritmes te verbeteren.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Customer Data at rest is stored in the European Union. Vendor may access it from the United States for support under the Standard Contractual Clauses.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Alle Klantgegevens worden opgeslagen in datacenters in Nederland en verlaten de Europese Economische Ruimte niet.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "De gegevens worden opgeslagen in Ierland. Voor ondersteuning kunnen medewerkers in de Verenigde Staten op afstand toegang krijgen, op basis van de modelcontractbepalingen.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Provider will not use Customer Data to train foundation models without Customer's permission.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Data to train or fine-tune any AI/ML models without Customer's prior permission or instruction.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Certain AI services may use and store Customer Content processed by those services solely to develop and improve the service and its underlying technologies. Customer may instruct Vendor not to use and store such content by configuring an AI services opt-out policy.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer Data submitted to the generative AI features is sent to third-party large language model providers that have agreed to zero data retention and do not use it to train their models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We may use de-identified data derived from your use of the Services to develop and improve our machine learning models.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "By default, Inputs and Outputs from Team and Enterprise workspaces are excluded from model training. Users on Free and Plus plans can turn off training in their data controls.",
        "prohibited",
    ),
    (
        "ai_training",
        "nl",
        "Invoer en uitvoer van de AI-assistent worden niet gebruikt om modellen te trainen, tenzij u feedback geeft via de duim-omhoog-knop; in dat geval kan het betreffende gesprek worden gebruikt om de modellen te verbeteren.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier is gerechtigd de Persoonsgegevens te gebruiken voor de verbetering en doorontwikkeling van haar diensten, waaronder het trainen van algoritmen.",
        "allowed",
    ),
    (
        "ai_training",
        "nl",
        "Klant kan in de instellingen aangeven dat zijn gegevens niet mogen worden gebruikt voor het trainen van modellen; zonder die keuze gebruiken wij gegevens om de AI-functies te verbeteren.",
        "opt_out",
    ),
    (
        "ai_training",
        "en",
        "Inputs and outputs of the AI assistant are not used to train models, unless you give feedback with the thumbs-up button; in that case the conversation concerned may be used to improve the models.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Customer can indicate in the settings that its data may not be used to train models; absent that choice, we use data to improve the AI features.",
        "opt_out",
    ),
    (
        "ai_training",
        "nl",
        "Klant kan in de instellingen aangeven dat zijn gegevens niet voor training gebruikt mogen worden.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Via de instellingen kunt u het gebruik van uw gegevens voor modeltraining uitschakelen.",
        "opt_out",
    ),
    (
        "staff_access",
        "en",
        "Vendor restricts access to Customer Data to personnel who require it to provide the Services. Support personnel may log in to Customer's account where Customer has granted access in the settings.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our engineers may access Customer Data where we grant them access for operational reasons.",
        "broad",
    ),
    (
        "staff_access",
        "en",
        "Vendor maintains logs of all access by its personnel to production systems storing Customer Data, including the identity of the individual and the time of access. Access is limited to personnel who require it.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor keeps logs of all access by end users to shared documents. Access is limited to personnel who require it.",
        "restricted",
    ),
    (
        "data_location",
        "en",
        "7.1 Customer Content submitted under a Business Plan is stored and processed in data centres in the European Union (Germany and Finland). 7.2 Certain support sub-processors may access data from the United States under the Standard Contractual Clauses. 7.3 Conversations under Consumer Plans may be processed in the European Union or in the United States.",
        "eu_with_transfers",
    ),
    (
        "data_location",
        "nl",
        "Deze voorwaarden gelden voor zakelijke klanten. Klantgegevens van zakelijke klanten worden opgeslagen in datacenters in Nederland en Duitsland. Ondersteuning vindt plaats vanuit het Verenigd Koninkrijk op basis van het adequaatheidsbesluit. Gegevens van particuliere gebruikers van de gratis versie kunnen in de Verenigde Staten worden verwerkt.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Conversations under Consumer Plans may be processed in the European Union or in the United States.",
        "outside_eu",
    ),
    (
        "ai_training",
        "en",
        "Business plans: we do not use Customer Content to train our models unless an administrator opts in. Under Free plans, conversations are used to train our models unless the user switches off model improvement.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Content from Free plans and Business plans is never used to train our models.",
        "prohibited",
    ),
    (
        "deletion",
        "en",
        "Customer may, at any time during the term and for thirty (30) days after its termination or expiry, download its documents through the Services. Following that period, Vendor deletes all Customer Data within a further thirty (30) days.",
        "return_or_delete",
    ),
    (
        "deletion",
        "nl",
        "12.1 Opdrachtgever kan gedurende de looptijd en tot uiterlijk vier weken na het einde daarvan alle Persoonsgegevens, waaronder de resultaten per deelnemer, in een gangbaar en machineleesbaar formaat (CSV of JSON, en voor rapportages tevens als PDF) exporteren via het beheerportaal. 12.2 Na het einde van de Overeenkomst vernietigt Verwerker alle Persoonsgegevens uiterlijk drie maanden na de einddatum.",
        "return_or_delete",
    ),
    (
        "deletion",
        "nl",
        "15.2 Zorgaanbieder kan tot het einde van de Exitperiode een volledige export opvragen van alle dossiers. 16.1 Binnen dertig dagen na afloop van de Exitperiode vernietigt Leverancier alle Persoonsgegevens.",
        "return_or_delete",
    ),
    (
        "deletion",
        "en",
        "Vendor will retain Customer Data in a limited-function account for ninety (90) days after expiration or termination of Customer's subscription (the \"Retention Period\") so that Customer may extract the data. After the Retention Period ends, Vendor will disable Customer's account and delete the Customer Data within an additional sixty (60) days.",
        "return_or_delete",
    ),
    (
        "staff_access",
        "en",
        "Vendor restricts access to Customer Data to personnel who require it to provide the Services. A member of support personnel may log in to Customer's instance where Customer has granted login access or where such access is reasonably required to investigate a service disruption.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Vendor maintains logs of all access by its personnel to production systems storing Customer Data, including the identity of the individual and the time of access. Access is limited to personnel who require it.",
        "restricted_logged",
    ),
    (
        "ai_training",
        "en",
        "2.4 Where the Customer enables the Improvement Programme, the Customer instructs Vendor to make the relevant Customer Content available to Vendor. Vendor shall remove direct identifiers before such content is used for training. The Improvement Programme is disabled by default.",
        "opt_in",
    ),
    (
        "ai_training",
        "nl",
        "4.4 Het is Verwerker niet toegestaan de Persoonsgegevens te verwerken voor eigen doeleinden. 4.5 In afwijking van artikel 4.4 mag Verwerker de gegevens over gemaakte opgaven gebruiken voor het kalibreren van de moeilijkheidsgraad van opgaven en voor het evalueren en verbeteren van het adaptieve model, uitsluitend nadat deze gegevens zodanig zijn geanonimiseerd en geaggregeerd dat zij niet tot een leerling herleidbaar zijn.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt de antwoorden van gebruikers, na anonimisering en aggregatie, om het aanbevelingsmodel te verbeteren.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "en",
        "6.1 Vendor will not use Customer Content to train any machine learning model, except where Customer has enrolled in the Product Improvement Program, which is disabled by default. 6.5 Vendor may create and use De-identified Data derived from usage metadata, such as meeting length and error rates, to improve the Services. De-identified Data will not include the content of Recordings, Transcripts or Output.",
        "opt_in",
    ),
    (
        "data_location",
        "en",
        "These Terms apply to business accounts. Conversations under consumer plans may be processed in the European Union or in the United States. Customer Data of business accounts is stored and processed exclusively in data centres in the European Union.",
        "eu_only",
    ),
    (
        "ai_training",
        "en",
        "This Addendum applies to Enterprise plans. Content submitted on free plans may be used to train our models. We will not use Customer Data submitted under Enterprise plans to train our models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "This DPA applies to business customers. For free accounts, we may engage new sub-processors at any time without notice. Vendor will notify Customer at least 30 days before a new Sub-processor processes Customer Data, and Customer may object to the change within that period.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "If you use our free plan, we may use your conversations to train and improve our models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This Privacy Policy applies to individual plans. Business accounts are governed by our separate Data Processing Addendum. On individual plans, we may use your conversations to train our models unless you opt out in your settings.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "These Enterprise Terms apply to enterprise customers. Unlike our consumer products, Vendor does not use Customer Data to train its models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "These Enterprise Terms apply to enterprise customers. Unlike our consumer apps, Vendor will not use Customer Content to train or improve any AI models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "This Data Processing Agreement applies to our business customers. Vendor hosts the Customer's catalogue of consumer products and the related Personal Data in data centres in Germany and does not transfer it outside the EEA.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This privacy notice covers the app on free plans and paid plans. Our security team plans and performs regular penetration tests. If you are on the free plan, we may use your chats to train our AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This privacy statement applies to all users; team plans are also covered by our DPA. We use content from all plans, including the free plan, to train our models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "This Agreement applies to Enterprise plans. When the subscription ends, the workspace reverts to the free plan, and Customer Data exceeding the free plan storage limit will be deleted within 30 days.",
        "deleted",
    ),
    (
        "backups",
        "en",
        "This Addendum applies to business plans. Backups of data from free plans are kept indefinitely. Backups of Customer Data are deleted within 35 days.",
        "time_limited",
    ),
    (
        "ai_training",
        "nl",
        "Deze verwerkersovereenkomst geldt voor zakelijke klanten. Gesprekken van particuliere gebruikers kunnen worden gebruikt om onze modellen te verbeteren. Persoonsgegevens van zakelijke klanten worden nooit gebruikt voor het trainen van modellen.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Deze privacyverklaring geldt voor de gratis versie en het consumentenabonnement; voor zakelijke klanten geldt een aparte verwerkersovereenkomst. Bij de gratis versie gebruiken wij uw gesprekken om onze AI-modellen te trainen, tenzij u dit uitschakelt in de instellingen.",
        "opt_out",
    ),
    (
        "data_location",
        "nl",
        "Deze voorwaarden gelden voor zakelijke klanten. Gegevens van particuliere accounts kunnen in de Verenigde Staten worden opgeslagen. Persoonsgegevens van zakelijke klanten worden uitsluitend binnen de Europese Unie opgeslagen en verwerkt.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "This Privacy Policy applies to our personal plans; business accounts are covered by a separate agreement. On personal plans, your data is stored in the United States and may be transferred worldwide.",
        "unrestricted",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Our Enterprise plan customers sign a separate DPA. This Privacy Policy applies to free accounts. For free accounts, we share your data with the service providers listed on our website and will not notify you of changes.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This Agreement is for enterprise customers. Vendor provides the Customer, a provider of consumer services, with a chatbot platform. Vendor may use Customer Data to train and improve its machine learning models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "This Agreement is for enterprise customers. Customer Data relating to the Customer's consumer services will not be used by Vendor to train any AI model.",
        "prohibited",
    ),
    (
        "subprocessors",
        "en",
        "Vendor will update the list of Sub-processors on its website at least 30 days before a new Sub-processor processes Customer Data, providing Customer with a mechanism to obtain notice of that update, and Customer may object on reasonable grounds within that period.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Customer is responsible for obtaining any consents required from data subjects, and Vendor will notify Customer at least 30 days before engaging a new Sub-processor, and Customer may object to it on reasonable grounds.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage new Sub-processors at any time. Customer is responsible for obtaining any notices or consents required under applicable law, and for notifying its end users of any change of Sub-processors.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage new Sub-processors without notice to Customer. Customer is responsible for obtaining notice of updates to the Sub-processor list by checking the website regularly.",
        "general_no_notice",
    ),
    (
        "deletion",
        "en",
        "For thirty (30) days after termination, Customer may extract the data via the API. Thereafter Vendor will delete all Customer Data within a further 30 days.",
        "return_or_delete",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete all Customer Data within 30 days after termination, and may first extract the aggregated billing statistics it needs for invoicing.",
        "deleted",
    ),
    (
        "deletion",
        "en",
        "Customer may export its data for 30 days after its termination, after which Vendor deletes it within 30 days.",
        "return_or_delete",
    ),
    (
        "deletion",
        "nl",
        "Klant kan tot uiterlijk vier weken na het einde van de Overeenkomst alle Persoonsgegevens, inclusief bijlagen en metadata, in een gangbaar formaat (CSV of JSON) exporteren. Daarna verwijdert Leverancier de gegevens binnen 30 dagen.",
        "return_or_delete",
    ),
    (
        "deletion",
        "nl",
        "Exitperiode: de periode van zes maanden die aanvangt op de dag na de datum waarop de Overeenkomst is geëindigd. Klant kan tot het einde van de Exitperiode een volledige export opvragen. Na afloop van de Exitperiode verwijdert Leverancier alle Klantgegevens binnen 30 dagen.",
        "return_or_delete",
    ),
    (
        "staff_access",
        "en",
        "Vendor employees do not have standing access to Customer Data; access is granted just-in-time for a specific support ticket and every access is logged.",
        "restricted_logged",
    ),
    (
        "staff_access",
        "en",
        "Vendor engineers have no standing access to Customer Content; any access requires approval by Customer through the Customer Lockbox process.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Vendor support engineers may access Customer Data only through a lockbox process approved by Customer for each request.",
        "restricted",
    ),
    (
        "staff_access",
        "nl",
        "Medewerkers van Leverancier hebben geen permanente toegang tot de Persoonsgegevens; toegang wordt per incident verleend door Klant en wordt gelogd.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Beheerders van Leverancier beschikken niet over vaste toegang tot de productieomgeving; toegang wordt alleen na goedkeuring van Klant verleend.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "All of our employees have standing access to your data to provide round-the-clock support.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor's support staff may view all Customer Data at any time, including to process requests authorised by the Customer.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our support engineers may view your content when you ask us for help, and our operations team may also access it at any time to maintain the Service.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Our support engineers may view your content when you ask us for help, and Acme engineers may also access it at any time to maintain the Service.",
        "broad",
    ),
    (
        "staff_access",
        "en",
        "Our support engineers may view your content when you ask us for help, but in that case only the content needed to resolve the ticket.",
        "restricted",
    ),
    (
        "staff_access",
        "en",
        "Vendor engineers may access Customer Data where Customer has granted them access through the support console.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor personnel may view and use Customer Data where Customer has granted Vendor a licence under Section 5 of the Terms.",
        "broad",
    ),
    (
        "staff_access",
        "en",
        "Vendor personnel may access Customer Data where such access is reasonably required to provide the Services.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor personnel may access Customer Data where such access is reasonably required for Vendor's own business purposes.",
        "broad",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor employees can access Customer Data where such access is reasonably required, as determined by Vendor in its sole discretion.",
        "broad",
    ),
    (
        "staff_access",
        "en",
        "Vendor maintains logs of all access by its personnel to production systems storing Customer Data, and access is limited to personnel with a need to know.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor restricts access to Customer Data to personnel who need it to perform the Services. Vendor keeps records of all access requests received from data subjects and responds to them within one month.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor limits access to Customer Data to staff with a need to know. Vendor maintains logs of all access to the Service by Customer's users, which Customer can view in the admin console.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Access to Customer Data is limited to authorised personnel bound by confidentiality. Vendor retains records of all access to its office buildings for twelve months.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "en",
        "Vendor employees have no standing access restrictions and may access Customer Data at any time to operate the Service.",
        "broad",
    ),
    (
        "ai_training",
        "en",
        "Conversations are not used to train our models, unless you give feedback with the thumbs-up or thumbs-down button; in that case the conversation concerned may be used to improve the models.",
        "opt_in",
    ),
    (
        "ai_training",
        "nl",
        "Gesprekken worden niet gebruikt om onze modellen te trainen, tenzij u ons feedback geeft; in dat geval mag het betreffende gesprek worden gebruikt om de modellen te verbeteren.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Users may switch off the Assistant in the workspace settings; in that case, Vendor may still use Customer Data to improve the Service and train its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "If Customer does not renew, its workspace is archived; in that case Vendor may use the archived Customer Data to train its machine learning models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer may object to a new Sub-processor within 30 days; in that case Vendor may continue to use Customer Data to improve its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Content to improve and train the Services, and will not review individual conversations unless a user submits feedback.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "We do not use your prompts to train our models unless you submit feedback on a response.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Customer can indicate in the admin settings that its data may not be used to train models; absent that choice, Vendor uses Customer Data to improve the AI features.",
        "opt_out",
    ),
    (
        "ai_training",
        "nl",
        "Klant kan in de instellingen aangeven dat zijn gegevens niet gebruikt mogen worden voor het trainen van modellen; zonder die keuze gebruikt Leverancier de gegevens om de AI-functies te verbeteren.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer can specify that its data may not be used outside the EU, and Vendor may use Customer Data to train and improve its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer can indicate that certain contacts may not be used for sending marketing emails. Vendor may use all Customer Data to train its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "You may opt out of model training in your settings, and otherwise we use your conversations to train our models.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "You can opt out of model training for Beta features only; Customer Data in the Core Service is always used to train our models.",
        "allowed",
    ),
    (
        "ai_training",
        "en",
        "Where the Customer enables the Improvement Programme, Vendor may collect samples of Customer prompts. Vendor shall apply filtering to remove personal data before such content is used for training.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "When the Customer enables the sharing feature, shared conversations become visible to all users in the workspace. Vendor may use such content to train its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "If you enable the Slack integration, messages from Slack are imported into your workspace. We may use this data to improve our AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer may upload documents to the Service. Vendor may use such content to train its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "The Product Feedback Programme is switched on by default for all workspaces and administrators may switch it off. While the Programme is on, Vendor collects samples of prompts. Such prompts may be used to train Vendor models.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to improve its machine learning models only after it has been anonymised and aggregated.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier mag Klantgegevens gebruiken voor het verbeteren van het Adaptief Model, uitsluitend nadat deze gegevens zodanig zijn geanonimiseerd dat zij niet tot personen herleidbaar zijn.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt de gegevens na anonimisering en aggregatie voor het verbeteren van zijn AI-modellen.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data, both before and after anonymisation, to train and improve its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Leverancier gebruikt de Persoonsgegevens voor het trainen van zijn modellen; ook na anonimisering blijven deze gegevens eigendom van Klant.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Data to train AI models. After aggregation of usage hours, Vendor invoices Customer monthly.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may use Customer Data to train its models; only after Customer's written request will the data be anonymised before training.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may create and use De-identified Data derived from usage metadata to improve the Services. Vendor may also use files uploaded to the Service to train its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may create and use De-identified Data derived from usage metadata to improve the Services. De-identified Data does not include the content of Customer Data, but Vendor may use Customer Data to train its models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may create aggregated statistics derived from usage metadata to improve the Services. Vendor may also use the documents Customer uploads to train its AI models.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Data to train its models. Vendor may create and use aggregated, de-identified data derived from usage metadata to improve the Services. Such data will not include the content of Customer Data.",
        "aggregated_only",
    ),
    (
        "backups",
        "en",
        "Vendor collects service telemetry, such as connection quality metrics, error logs and feature usage. It is kept for 13 months.",
        "not_addressed",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "This DPA applies to Business and Enterprise plans. Customer Data, including data imported from a user's personal plan, is hosted exclusively in Ireland.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "These terms apply to business accounts. Where a user links a personal account, data from that consumer account will not be used to train our models either.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Als de Klant de optie Delen met team heeft ingeschakeld, zijn gesprekken zichtbaar voor collega's. Leverancier mag die gegevens gebruiken om zijn modellen te trainen.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Verwerker gebruikt de Persoonsgegevens niet voor het trainen van AI-modellen. Na anonimisering vallen gegevens niet langer onder deze overeenkomst.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor does not use Customer Data to train its models. Following aggregation, usage statistics are shown in the Customer's dashboard.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor will not use Customer Data to train its models. Vendor shares reports with Customer only after they have been aggregated across Customer's departments.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Klant kan aangeven dat bepaalde contactpersonen niet gebruikt mogen worden voor e-mailmarketing. Leverancier gebruikt alle Klantgegevens om zijn modellen te trainen.",
        "allowed",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Threadline may create and use De-identified Data derived from usage metadata, such as feature clicks and error rates, to improve the Services. De-identified Data will not include the content of Customer Data. Threadline may also use De-identified Data to train machine learning models that power product analytics.",
        "aggregated_only",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "If Customer enables the Insights option, Vendor may analyse Customer Data. Vendor may use these data to train its general models regardless of that option.",
        "allowed",
    ),
    (
        "staff_access",
        "en",
        "Vendor personnel may access Customer Data where the Customer has granted permission in the support ticket, and only for that ticket.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage new Sub-processors without notice; Customer is responsible for obtaining notice of changes by checking the Sub-processor page.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer acknowledges and agrees that Vendor may engage third-party Subprocessors in connection with the provision of the Services.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor's current list of Subprocessors is available at https://vendor.example/subprocessors. Vendor may update this list from time to time.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer may object to Vendor's use of a new Subprocessor by notifying Vendor promptly in writing within ten (10) business days after receipt of Vendor's notice.",
        "notice_and_objection",
    ),
    (
        "subprocessors",
        "en",
        "Vendor will enter into a written agreement with each Sub-processor imposing data protection obligations no less protective than those in this DPA.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Authorized Subprocessors. Customer agrees that Vendor may use the Subprocessors listed at the Subprocessor Page to process Customer Data.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor shall give Customer prior notice of the appointment of any new sub-processor, including full details of the processing to be undertaken by the sub-processor. If, within 14 days of receipt of that notice, Customer notifies Vendor in writing of any objections, Vendor shall not appoint the proposed sub-processor until reasonable steps have been taken to address the objections.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Leverancier is gerechtigd derden in te schakelen bij de uitvoering van de Overeenkomst.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle Persoonsgegevens retourneren of vernietigen, tenzij de wet opslag van de Persoonsgegevens verplicht.",
        "return_or_delete",
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "When you close your account, we delete your content within 30 days, except where we are legally required to keep it.",
        "deleted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Alleen medewerkers die dat voor hun werk nodig hebben, hebben toegang tot de gegevens. Zij hebben een geheimhoudingsverklaring getekend.",
        "restricted",
    ),
    # (guard: read right before this session too)
    (
        "staff_access",
        "nl",
        "Toegang tot persoonsgegevens door beheerders van Leverancier wordt gelogd en periodiek gecontroleerd. Beheerders hebben uitsluitend toegang voor zover dat voor hun taak noodzakelijk is.",
        "restricted_logged",
    ),
    # (guard: read right before this session too)
    ("staff_access", "en", "Our support team can access your account to help you.", "broad"),
    # (guard: read right before this session too)
    (
        "data_location",
        "nl",
        "Wij slaan je gegevens op bij onze hostingpartij in Duitsland. Voor e-mail gebruiken we een Amerikaanse dienst, waarbij doorgifte plaatsvindt op basis van het EU-VS Data Privacy Framework.",
        "eu_with_transfers",
    ),
    # (guard: read right before this session too)
    (
        "data_location",
        "en",
        "Our servers are located in the Netherlands. We do not transfer personal data outside the EEA.",
        "eu_only",
    ),
    # (guard: read right before this session too)
    ("ai_training", "nl", "Wij gebruiken jouw documenten nooit om AI-modellen te trainen.", "prohibited"),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "We gebruiken geanonimiseerde gegevens om onze AI te verbeteren.",
        "aggregated_only",
    ),
    (
        "ai_training",
        "en",
        '3.1 Vendor will not use Customer Content to train any machine learning model. 3.4 If the End User selects the option "Share this chat with us" when submitting feedback, the conversation is sent to Vendor together with the feedback, and Vendor may use that conversation, in de-identified form, to improve its models.',
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        'Leverancier gebruikt Klantgegevens niet voor het trainen van modellen. Als de gebruiker de optie "Deel dit gesprek" aanvinkt, ontvangt Leverancier het gesprek en mag Leverancier dat gesprek gebruiken om zijn modellen te verbeteren.',
        "opt_in",
    ),
    (
        "ai_training",
        "nl",
        "3.3 Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden. 3.5 Het voorgaande laat onverlet dat Verwerker, uitsluitend ten behoeve van Verwerkingsverantwoordelijke, op basis van Gespreksgegevens geaggregeerde gebruiksstatistieken samenstelt.",
        "prohibited",
    ),
    (
        "ai_training",
        "en",
        "Vendor does not process Customer Data for its own purposes. Vendor may compile aggregated usage statistics solely for the Controller, within the Controller's environment.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor may compile aggregated usage statistics solely for the Customer and Vendor, and use them to improve its products.",
        "aggregated_only",
    ),
    (
        "deletion",
        "nl",
        "Bij beëindiging van de Overeenkomst, om welke reden dan ook, draagt Verwerker binnen dertig (30) dagen na de datum van beëindiging alle op dat moment aanwezige Persoonsgegevens over aan Verwerkingsverantwoordelijke. Verwerker vernietigt na de overdracht alle Persoonsgegevens uiterlijk zestig (60) dagen na de datum van beëindiging.",
        "return_or_delete",
    ),
    (
        "deletion",
        "nl",
        "13.2 Opdrachtgever kan tot dertig (30) dagen na het einde van de Overeenkomst schriftelijk verzoeken om teruggave van de op dat moment aanwezige gespreksopnames. 13.3 Opdrachtnemer vernietigt de Persoonsgegevens uiterlijk binnen zes (6) maanden na het einde van de Overeenkomst.",
        "return_or_delete",
    ),
    (
        "backups",
        "nl",
        "Persoonsgegevens die uit de productieomgeving zijn verwijderd, kunnen tijdelijk in de back-ups aanwezig blijven totdat de back-up is overschreven. Opdrachtnemer zal dergelijke Persoonsgegevens niet uit back-ups terugzetten, behoudens bij het herstel na een calamiteit.",
        "until_overwritten",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer may object to any new Sub-processor by terminating the applicable Order Form for convenience within ten (10) days of Vendor's notice; such termination is Customer's sole and exclusive remedy.",
        "notice_and_objection",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor shall provide notification of a new Sub-processor(s) before authorizing any new Sub-processor(s) to Process Personal Data in connection with the provision of the applicable Services.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer specifically authorizes the engagement of Vendor's Affiliates as Sub-processors and generally authorizes the engagement of any other third parties as Sub-processors.",
        "general_no_notice",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We do not train our models on your business data by default. This includes inputs and outputs from ChatSuite Team, ChatSuite Enterprise and the API Platform.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "By default, we will not use your Inputs or Outputs from our commercial products to train our models. If you explicitly report Materials to us (for example via feedback) or opt in to training, we may use those Materials to train our models.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Your data is not used to train or improve the underlying foundation models without your permission. Copilot does not use your organization's data to train foundation models.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Vendor does not use audio, video, chat, screen sharing, attachments or other communications-like Customer Content to train Vendor's or third-party artificial intelligence models.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "Customer Data is not used to train large language models. Vendor may use Customer Data to develop and improve non-generative machine learning models, such as those used for channel and search recommendations, unless Customer opts out by contacting support.",
        "opt_out",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "en",
        "We do not use Customer Data to train our AI models, except as set out in this section: with Customer's permission, we may use de-identified content to improve search features.",
        "opt_in",
    ),
    (
        "ai_training",
        "en",
        "Your Workspace data is not used to train AI models, unless you explicitly grant us permission, for example by joining our AI research program.",
        "opt_in",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "Wij gebruiken je bedrijfsgegevens standaard niet om onze modellen te trainen. Dit geldt voor invoer en uitvoer van de zakelijke versies en de API.",
        "prohibited",
    ),
    # (guard: read right before this session too)
    (
        "ai_training",
        "nl",
        "De door u ingevoerde gegevens worden niet gebruikt om de onderliggende taalmodellen te trainen. Wel kunnen wij geanonimiseerde gebruiksstatistieken gebruiken om de dienst te verbeteren.",
        "aggregated_only",
    ),
]


NINETEENTH_SESSION_WORDINGS = [
    ('ai_training', 'nl', 'Noch de Verwerker, noch enige Subverwerker zal de Persoonsgegevens, met inbegrip van het Leerlingenwerk en de door de Feedbackassistent gegenereerde voorstellen, gebruiken om taalmodellen of andere modellen voor artificiële intelligentie te trainen, te verfijnen of anderszins te verbeteren.', 'prohibited'),
    ('ai_training', 'en', "Neither the Processor nor any Sub-processor shall use the Personal Data, including the pupils' work and the suggestions generated by the Feedback Assistant, to train, fine-tune or otherwise improve language models or other artificial intelligence models.", 'prohibited'),
    ('ai_training', 'nl', 'De Verwerker verbindt zich ertoe de Subverwerker die het taalmodel ter beschikking stelt, contractueel te verbieden de invoer en de uitvoer van het taalmodel op te slaan na de verwerking van het verzoek, ze te gebruiken voor eigen doeleinden of ze te gebruiken om modellen te trainen.', 'prohibited'),
    ('data_location', 'nl', 'De Persoonsgegevens worden uitsluitend opgeslagen en verwerkt in datacenters gelegen binnen de Europese Economische Ruimte. De Verwerker zal geen Persoonsgegevens doorgeven aan een land buiten de Europese Economische Ruimte of aan een internationale organisatie, noch er vanuit zulk land toegang toe verlenen, zonder de voorafgaande Schriftelijke toestemming van de School.', 'eu_only'),
    ('data_location', 'nl', 'De Verwerker zal geen Persoonsgegevens doorgeven aan een land buiten de Europese Economische Ruimte zonder de voorafgaande schriftelijke toestemming van de School. De Persoonsgegevens worden uitsluitend opgeslagen in datacenters binnen de Europese Economische Ruimte.', 'eu_only'),
    ('data_location', 'en', 'Personal Data is stored and processed exclusively in data centres located within the European Economic Area. The Processor shall not transfer Personal Data to a country outside the European Economic Area or to an international organisation, nor grant access to it from such a country, without the prior written consent of the School.', 'eu_only'),
    ('subprocessors', 'nl', '7.2 De Verwerker schakelt geen andere of bijkomende Subverwerker in, en vervangt geen bestaande Subverwerker, zonder de voorafgaande specifieke Schriftelijke toestemming van de School. 7.3 De Verwerker richt daartoe ten minste dertig (30) kalenderdagen vóór de beoogde inschakeling een gemotiveerd verzoek aan de School. 8.3 De Verwerker deelt de School onverwijld mee wanneer een Subverwerker door een op hem toepasselijke wetgeving van een derde land zou kunnen worden verplicht tot verstrekking van Persoonsgegevens aan een overheid van dat derde land.', 'prior_consent'),
    ('subprocessors', 'en', '7.2 The Processor shall not engage any other or additional Sub-processor, nor replace an existing one, without the prior specific written consent of the School. 8.3 The Processor shall inform the School without delay where a Sub-processor may be required by the law of a third country to disclose Personal Data to a public authority of that third country.', 'prior_consent'),
    ('subprocessors', 'nl', 'Wij kunnen persoonsgegevens verstrekken aan derden in een derde land.', 'general_no_notice'),
    ('subprocessors', 'en', '8.1 The Controller gives to Vendor general written authorisation to avail itself of Sub-processors. 8.2 Vendor will inform the Controller of any intended change concerning the addition or the replacement of Sub-processors, with a notice of at least 30 (thirty) days. 8.3 The Controller can oppose to the change, for reasons motivated and connected to the protection of the Personal Data, within 15 (fifteen) days.', 'notice_and_objection'),
    ('subprocessors', 'en', "6.1 The Client gives Vendor general authorisation to appoint Sub-processors. 6.2 Vendor may add or replace Sub-processors from time to time and will update the list. Vendor does not undertake to notify Clients individually of changes. The Client's continued use of the Services after a change has been published constitutes its acceptance of the new Sub-processor.", 'general_no_notice'),
    ('subprocessors', 'nl', 'De Salon geeft Salonzet algemene toestemming om andere verwerkers (subverwerkers) in te schakelen. Salonzet houdt een actueel overzicht van deze subverwerkers bij op haar website en maakt wijzigingen op die pagina bekend. Je hebt het recht om bezwaar te maken tegen het gebruik van je gegevens voor direct marketing.', 'general_no_notice'),
    ('subprocessors', 'en', 'The Client gives Vendor general authorisation to appoint Sub-processors. Vendor does not undertake to notify Clients individually of changes to the list.', 'general_no_notice'),
    ('subprocessors', 'en', '1.1 The present Agreement has for object to define the conditions in which Vendor processes personal data. 6.1 The Customer gives Vendor a general authorisation to engage Sub-processors. Vendor keeps the list of Sub-processors on its website.', 'general_no_notice'),
    ('ai_training', 'en', 'Vendor will not sell Customer Data to anyone. Vendor uses Customer Data, including chats and uploaded files, to improve its AI models.', 'allowed'),
    ('ai_training', 'nl', 'Wij verkopen geen gegevens aan derden. Wij gebruiken de gesprekken, waaronder bijlagen en spraakberichten, om onze taalmodellen te verbeteren.', 'allowed'),
    ('ai_training', 'nl', 'Leverancier verkoopt geen gegevens, met inbegrip van gebruiksgegevens, en gebruikt de Klantgegevens om haar modellen te trainen.', 'allowed'),
    ('data_location', 'nl', 'De Persoonsgegevens worden opgeslagen in datacenters in Nederland. De Verwerker zal geen Persoonsgegevens doorgeven aan een land buiten de Europese Economische Ruimte, tenzij daarop de standaardcontractbepalingen van toepassing zijn.', 'eu_with_transfers'),
    ('ai_training', 'nl', '3.2 Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden, behoudens het bepaalde in artikel 3.5. 3.5 Verwerkingsverantwoordelijke geeft Verwerker hierbij opdracht en toestemming om uit de Verzuimgegevens geanonimiseerde en geaggregeerde kengetallen af te leiden, zoals verzuimpercentages, meldingsfrequentie en gemiddelde verzuimduur per branche, regio en organisatiegrootte, en deze kengetallen te gebruiken voor de benchmarkrapportages die Verwerker aan haar klanten ter beschikking stelt en voor de verdere ontwikkeling van de Dienst.', 'aggregated_only'),
    ('ai_training', 'en', '3.2 Processor shall not process Personal Data for its own purposes, save as provided in clause 3.5. 3.5 Controller hereby instructs and authorises Processor to derive anonymised and aggregated key figures from the Absence Data, such as absence rates, reporting frequency and average absence duration per sector, region and organisation size, and to use these metrics for the benchmark reports that Processor makes available to its customers and for the further development of the Service.', 'aggregated_only'),
    ('ai_training', 'en', 'Your employer processes your data to measure and develop the working environment and well-being at work. The Processor shall not process Personal Data for its own purposes or for the purposes of any third party.', 'prohibited'),
    ('ai_training', 'nl', 'Je werkgever verwerkt je gegevens om de werkomgeving en het welzijn op het werk te meten en te verbeteren. Wij verwerken de persoonsgegevens niet voor eigen doeleinden.', 'prohibited'),
    ('ai_training', 'en', '4.3 The Processor shall not process Personal Data for its own purposes. 4.5 The Processor may compile statistics on the technical use of the service (such as response rates, number of surveys and use of features) at a level that does not contain Personal Data, for the purpose of operating and developing the service.', 'prohibited'),
    ('ai_training', 'nl', '4.3 Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden. 4.5 Verwerker mag statistieken over het technisch gebruik van de dienst bijhouden (zoals responspercentages en het gebruik van functies) die geen Persoonsgegevens bevatten, om de dienst te beheren en te verbeteren.', 'prohibited'),
    ('ai_training', 'nl', '- Recht van bezwaar: tegen het gebruik van je gegevens op basis van ons gerechtvaardigd belang kun je bezwaar maken, bijvoorbeeld tegen het gebruik voor het verbeteren van ons categoriseringsmodel.', 'opt_out'),
    ('ai_training', 'en', '- Right to object: you may object to the use of your data based on our legitimate interests, for example to its use for improving our categorisation model.', 'opt_out'),
    ('ai_training', 'nl', 'We gebruiken de ritgegevens van onze abonnees om onze modellen te trainen. Je hebt het recht om je gegevens in te zien of te laten verwijderen. Ook kun je bezwaar maken tegen het gebruik van je gegevens op basis van ons gerechtvaardigd belang.', 'allowed'),
    ('ai_training', 'nl', '2.2 Verwerker zal de Persoonsgegevens niet voor eigen doeleinden verwerken. In afwijking van artikel 2.2 mag Verwerker wel geanonimiseerde en geaggregeerde statistieken over het gebruik van de AI-diensten, zoals het aantal samenvattingen per maand, gebruiken om de AI-diensten te verbeteren. De AI-diensten zijn standaard uitgeschakeld en worden door de beheerder van Verwerkingsverantwoordelijke geactiveerd.', 'aggregated_only'),
    ('data_location', 'en', '8.1 Customer Data at rest is hosted in the data region selected in the Order Form. The default data region is the EU Data Region, which consists of data centres operated by Amazon Web Services in Dublin, Ireland (primary) and Frankfurt, Germany (disaster recovery). 8.2 Vendor Inc. and certain Sub-processors may access Customer Personal Data from the United States for the purposes of technical support. The transfer consists of remote access to Customer Personal Data hosted in the EU Data Region; Customer Data is not copied to storage in the United States.', 'eu_with_transfers'),
    ('data_location', 'en', '4.1 Customer shall select a Hosting Region for each account. As of the date of this DPA the available Hosting Regions are: US East (Virginia), US West (Oregon), EU Central (Frankfurt, Germany) and EU West (Dublin, Ireland). 4.2 Vendor will store Customer Data at rest only in the Hosting Region selected by Customer. 4.3 Where Customer grants Support Access, Vendor support personnel located in the United States may view Customer Data remotely.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is hosted in Frankfurt, Germany; backup copies are kept in storage in the United States.', 'outside_eu'),
    ('ai_training', 'en', '4.2 With the function "Threat Intelligence Sharing", e-mails and attachments which have been classified by the filters as spam or phishing are stored in the threat database of the Contractor and used to train and improve the filter engines and the machine-learning classifiers of the Contractor. 4.3 The function "Threat Intelligence Sharing" is activated by default. The Principal can deactivate the transmission of samples at any time in the Admin Center under "Settings > Privacy > Threat Intelligence".', 'opt_out'),
    ('ai_training', 'nl', '4.2 Met de functie "Dreigingsinformatie delen" worden e-mailberichten en bijlagen die door de filters als spam of phishing zijn aangemerkt, opgeslagen in de dreigingsdatabank van Leverancier en gebruikt om de filters en classificatiemodellen van Leverancier te trainen en te verbeteren. 4.3 De functie "Dreigingsinformatie delen" staat standaard aan. Opdrachtgever kan het doorsturen van voorbeelden op elk moment uitzetten in het beheerportaal.', 'opt_out'),
    ('deletion', 'en', '8.10 After your subscription ends, you can no longer access Your Data. We may delete Your Data at any time after thirty (30) days following termination, but we are not obliged to do so, and we may retain Your Data for as long as we reasonably need it for the purposes in Section 6.2, to comply with legal obligations and to resolve disputes.', 'retained'),
    ('deletion', 'nl', 'Na het einde van het abonnement kunnen wij de Klantgegevens na dertig (30) dagen verwijderen, maar wij zijn daartoe niet verplicht en wij mogen de Klantgegevens bewaren zolang wij dat nodig achten voor de doeleinden van artikel 6, om aan wettelijke verplichtingen te voldoen en om geschillen te beslechten.', 'retained'),
    ('deletion', 'en', 'Within thirty (30) days after termination we delete all Customer Data, except data that we must keep to comply with legal obligations.', 'deleted'),
    ('deletion', 'en', '13.2 We may delete Your Data at any time after thirty (30) days following termination, but we are not obliged to do so, and we may retain Your Data for as long as we reasonably need it for the purposes in Section 6.2.', 'retained'),
    ('deletion', 'nl', '10.2 Na het einde van het abonnement kun je nog dertig (30) dagen inloggen om een export te maken. Daarna wordt je account afgesloten en verwijderen wij de Relatiegegevens binnen negentig (90) dagen. 10.3 Woningdossiers en de daarbij horende Uitvoer worden niet verwijderd. Zij blijven onderdeel van het Kavelkraan Woningarchief, waarmee wij onder meer de AI-functies verbeteren.', 'retained'),
    ('deletion', 'en', '17.1 Within thirty (30) days after termination Vendor deletes the Account Data. 17.2 Project files and generated texts are not deleted. They remain part of the Vendor archive, which Vendor uses to improve its AI features.', 'retained'),
    ('deletion', 'en', 'Within thirty (30) days after termination Vendor deletes all Customer Data. Aggregated statistics that identify no one are not deleted.', 'deleted'),
    ('deletion', 'nl', 'Binnen dertig (30) dagen na beëindiging verwijdert Leverancier alle Klantgegevens. Geaggregeerde statistieken die niemand identificeren worden niet verwijderd.', 'deleted'),
    ('deletion', 'en', '11.3 On termination your workspace is closed (the "Termination Date"). We are not obliged to return any of Your Content to you after the Termination Date. 11.4 After the Termination Date we may retain Your Content in accordance with the Retention Schedule in Part C. C2. Retention Schedule. The following periods run from the Termination Date unless stated otherwise: - Documents and matter files - deleted from live systems within ninety (90) days - Prompts and Outputs - retained for up to three (3) years for quality, safety and model improvement - Model Improvement Data - retained for as long as the relevant model is in use', 'retained'),
    ('deletion', 'nl', 'Binnen negentig (90) dagen na de einddatum verwijderen wij de documenten uit onze live-systemen. Modelverbeteringsgegevens worden bewaard zolang het betreffende model in gebruik is.', 'retained'),
    ('subprocessors', 'nl', 'De Klant geeft Leverancier een algemene toestemming om subverwerkers in te schakelen. Leverancier verwittigt de Klant minstens veertien (14) dagen alvorens een nieuwe subverwerker in te schakelen, en de Klant kan bezwaar maken.', 'notice_and_objection'),
    ('ai_training', 'nl', '10.1 Leverancier gebruikt de Gesprekken van de Klant niet om haar taalmodellen te trainen, tenzij de Klant daarvoor in het dashboard de optie "Help ons verbeteren" aanzet. Die optie staat standaard uit. 10.2 Staat de optie aan, dan mag Leverancier Gesprekken gebruiken om haar modellen te trainen en te verbeteren. Zet de Klant de optie uit, dan worden zijn Gesprekken niet meer gebruikt voor nieuwe trainingen.', 'opt_in'),
    ('ai_training', 'nl', '10.2 Staat de optie aan, dan mag Leverancier Gesprekken gebruiken om haar modellen te trainen. Die optie staat standaard aan en de Klant kan ze uitzetten.', 'opt_out'),
    ('staff_access', 'en', '8.4 Our employees, our affiliates and our contractors, including our outsourced customer support partner in Manila, may access Your Data to provide the Services, to investigate problems and to review and label conversations for the improvement of our models. We do not need your separate permission for such access. Access is limited to authorised personnel who have received data protection training.', 'broad'),
    ('staff_access', 'nl', '8.4 Onze medewerkers en onze onderaannemers kunnen uw Gegevens inzien om de dienst te leveren en om gesprekken te beoordelen voor de verbetering van onze modellen. Daarvoor hebben wij geen aparte toestemming van u nodig. De toegang is beperkt tot bevoegde medewerkers die een training gegevensbescherming hebben gevolgd.', 'broad'),
    ('staff_access', 'en', 'Our support engineers can access Customer Data to resolve tickets. That access is limited to the systems needed for the ticket and is logged.', 'restricted_logged'),
    ('ai_training', 'nl', '4.2 Verwerker gebruikt Persoonsgegevens niet voor het trainen van AI-modellen. 7.6 Verwerker legt iedere Subverwerker bij Schriftelijke overeenkomst ten minste dezelfde verplichtingen op als die welke voor Verwerker uit deze Verwerkersovereenkomst voortvloeien, in het bijzonder met betrekking tot geheimhouding, beveiliging, het gebruik van Persoonsgegevens voor eigen doeleinden en de teruggave en verwijdering van Persoonsgegevens.', 'prohibited'),
    ('ai_training', 'en', '4.2 Processor does not use Personal Data to train AI models. 7.6 Processor imposes on each Sub-processor by written agreement the same obligations as apply to Processor, in particular with regard to confidentiality, security, the use of Personal Data for its own purposes and the return and deletion of Personal Data.', 'prohibited'),
    ('ai_training', 'en', 'With regard to product analytics, we use your content to improve our models.', 'allowed'),
    ('deletion', 'en', 'Customer may cancel the subscription at any time. Cancelled subscriptions are not refunded.', 'not_addressed'),
    ('deletion', 'en', 'Within thirty (30) days after termination, Vendor will erase all Customer Data with methods that do not permit its recovery.', 'deleted'),
    ('deletion', 'nl', '16.1 Na het einde van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, de Persoonsgegevens binnen dertig (30) dagen retourneren of verwijderen. 16.3 Leverancier is niet gehouden gegevens van Opdrachtgever te verwijderen uit back-ups van haar eigen systemen, waaronder het ticketsysteem en het klantportaal. Dergelijke kopieën worden bewaard zolang Leverancier dat redelijkerwijs noodzakelijk acht.', 'return_or_delete'),
    ('data_location', 'en', '(4) The provision of the contractually agreed data processing shall take place exclusively in a Member State of the European Union or in another Contracting State of the Agreement on the European Economic Area. (5) Notwithstanding paragraph 4, the Client hereby consents to the processing of personal data in Switzerland and in the United Kingdom by the subcontractors listed in Annex 2 for the services specified there. The transfer is based on the adequacy decisions of the European Commission pursuant to Art. 45 GDPR for Switzerland and for the United Kingdom.', 'eu_with_transfers'),
    ('data_location', 'nl', '4.1 De verwerking van de persoonsgegevens vindt uitsluitend plaats in een lidstaat van de Europese Unie. 4.2 In afwijking van artikel 4.1 stemt Opdrachtgever in met de verwerking van persoonsgegevens in Zwitserland door de onderaannemers genoemd in Bijlage 2, op basis van het adequaatheidsbesluit van de Europese Commissie.', 'eu_with_transfers'),
    ('data_location', 'en', '(4) The provision of the contractually agreed data processing shall take place exclusively in a Member State of the European Union or in another Contracting State of the Agreement on the European Economic Area. Any relocation of the data processing to a third country requires the prior consent of the Client.', 'eu_only'),
    ('ai_training', 'en', '11.3 Neither the Supplier nor any of its Affiliates shall use Customer Data, including lesson plans, grades and written work submitted by pupils, to train, fine-tune or otherwise develop machine learning models.', 'prohibited'),
    ('ai_training', 'en', '7.2 Neither Provider nor its licensors shall use the Customer Materials, which include call recordings, transcripts and any notes generated from them, for the purpose of training or improving speech recognition models.', 'prohibited'),
    ('ai_training', 'en', 'Customer Data, including chat transcripts, uploaded files and feedback ratings, is processed to provide the Service. We may also use such Customer Data to train and improve our language models.', 'allowed'),
    ('ai_training', 'en', 'The Supplier shall not sell or rent Customer Data, including contact details of pupils and parents, to any third party; the Supplier may, however, use Customer Data to develop and improve the AI features of its platform.', 'allowed'),
    ('ai_training', 'en', "Neither party shall disclose the other party's Confidential Information, including the pricing terms of this Agreement, to any third party. Provider may use Customer Content to train and refine its models.", 'allowed'),
    ('ai_training', 'nl', '8.4 Noch Leverancier noch diens subverwerkers zullen de persoonsgegevens, met inbegrip van toetsresultaten en door leerlingen ingeleverd werk, gebruiken om algoritmen of AI-modellen te trainen.', 'prohibited'),
    ('ai_training', 'nl', 'De persoonsgegevens, met inbegrip van ingevoerde teksten en bijlagen, worden verwerkt om de dienst te leveren. Leverancier mag deze gegevens daarnaast gebruiken om zijn AI-modellen te trainen en te verbeteren.', 'allowed'),
    ('ai_training', 'nl', 'Leverancier verkoopt de gegevens, waaronder adresgegevens van ouders, niet aan derden, maar is gerechtigd de gegevens te gebruiken om zijn diensten en algoritmen te verbeteren.', 'allowed'),
    ('ai_training', 'nl', 'Noch Opdrachtgever noch Opdrachtnemer zal vertrouwelijke informatie, waaronder prijsafspraken, aan derden verstrekken. Opdrachtnemer mag de door gebruikers ingevoerde gegevens gebruiken voor het trainen van zijn modellen.', 'allowed'),
    ('ai_training', 'en', '4.1 The Processor shall not use Personal Data for its own purposes. 4.2 Notwithstanding clause 4.1, the Processor may derive anonymised key figures, such as average handling times and the number of cases per month, from the Customer Data and use these key figures in benchmark reports.', 'aggregated_only'),
    ('ai_training', 'en', 'Supplier will not process Customer Data for any purpose other than delivering the Service, save that it may compile aggregated, non-identifiable usage statistics and use those statistics to improve its product.', 'aggregated_only'),
    ('ai_training', 'en', 'We do not use your files for our own purposes. We do collect de-identified metrics about feature usage across all customers and use these metrics to plan our product roadmap.', 'aggregated_only'),
    ('ai_training', 'en', 'The Processor shall not sell Personal Data. The Processor may compile statistics from Customer Data and may also use the underlying Customer Content itself to train its recommendation models.', 'allowed'),
    ('ai_training', 'en', 'We generate anonymised usage metrics for our internal dashboards, and we also use the full text of the conversations you submit to improve the quality of our answers.', 'allowed'),
    ('ai_training', 'nl', 'Verwerker gebruikt de persoonsgegevens niet voor eigen doeleinden. Wel mag Verwerker uit de gegevens geaggregeerde en geanonimiseerde kengetallen afleiden en deze kengetallen gebruiken voor benchmarkrapportages.', 'aggregated_only'),
    ('ai_training', 'en', "Your employer processes your personal data for payroll, absence management and its own workforce planning purposes. We only host the HR system and process your data solely on your employer's documented instructions.", 'prohibited'),
    ('ai_training', 'en', 'Your employer decides why your data is processed. In addition, we as the app provider use your messages and usage data to improve our services.', 'allowed'),
    ('ai_training', 'nl', 'Uw werkgever verwerkt uw persoonsgegevens voor eigen doeleinden, zoals de salarisadministratie en verzuimbegeleiding. Wij treden op als verwerker en verwerken uw gegevens uitsluitend in opdracht van uw werkgever.', 'prohibited'),
    ('ai_training', 'nl', 'Uw werkgever kan de gegevens in het personeelsportaal gebruiken voor eigen doeleinden, waaronder interne rapportages en personeelsplanning.', 'not_addressed'),
    ('ai_training', 'nl', 'Uw werkgever bepaalt waarvoor uw gegevens worden gebruikt. Daarnaast gebruiken wij als aanbieder van de app uw berichten om onze diensten te verbeteren.', 'allowed'),
    ('ai_training', 'en', 'Your rights: you may request access to, correction or erasure of your data, and you can object at any time to the use of your data for improving our AI model via the privacy settings.', 'opt_out'),
    ('ai_training', 'en', 'You have the right to access, rectify and erase your personal data, to restrict or object to processing, and to lodge a complaint with a supervisory authority.', 'not_addressed'),
    ('ai_training', 'en', 'We will never use your documents to train AI models. You have the right to access, rectify, erase and port your data, and to object to processing.', 'prohibited'),
    ('ai_training', 'en', 'We use your conversations to improve our services. You have the right to access, rectify and erase your data, to object to processing and to lodge a complaint with the supervisory authority.', 'allowed'),
    ('ai_training', 'nl', 'U heeft recht op inzage, correctie en verwijdering van uw gegevens. Ook kunt u bezwaar maken tegen het gebruik van uw gegevens voor het verbeteren van ons taalmodel.', 'opt_out'),
    ('ai_training', 'nl', 'U heeft het recht uw gegevens in te zien, te laten corrigeren of te laten verwijderen en bezwaar te maken tegen de verwerking. Ook kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.', 'not_addressed'),
    ('ai_training', 'nl', 'Leverancier gebruikt uw gegevens niet voor het trainen van AI-modellen. U heeft het recht op inzage, rectificatie, wissing en overdraagbaarheid van uw gegevens en het recht om bezwaar te maken.', 'prohibited'),
    ('subprocessors', 'en', 'We may engage new sub-processors at any time. We will update the sub-processor list on our website within 30 days after the change.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Verwerker mag nieuwe subverwerkers inschakelen en past de lijst van subverwerkers op zijn website uiterlijk 14 dagen na de wijziging aan.', 'general_no_notice'),
    ('subprocessors', 'nl', 'De verwerker verwittigt de verwerkingsverantwoordelijke minstens dertig dagen vooraleer een nieuwe subverwerker wordt ingeschakeld; de verwerkingsverantwoordelijke kan binnen die termijn bezwaar aantekenen.', 'notice_and_objection'),
    ('subprocessors', 'nl', 'De verwerker verwittigt de klant vooraleer hij een beroep doet op een andere verwerker, zodat de klant zich tegen die wijziging kan verzetten.', 'notice_and_objection'),
    ('subprocessors', 'en', '9.2 Supplier shall inform Customer of any intended addition or replacement of a sub-processor. The notification period shall be ten working days, during which Customer may object on reasonable data protection grounds.', 'notice_and_objection'),
    ('subprocessors', 'en', '6.1 Supplier may engage sub-processors and keeps an up-to-date list of them on its website. 13.2 Data subjects may object at any time to processing based on legitimate interests, on grounds relating to their particular situation.', 'general_no_notice'),
    ('subprocessors', 'nl', '5.1 Verwerker mag subverwerkers inschakelen. 11.3 Betrokkenen kunnen bezwaar maken tegen de verwerking van hun persoonsgegevens door een e-mail te sturen naar privacy@leverancier.nl.', 'general_no_notice'),
    ('subprocessors', 'en', 'Vendor may appoint additional sub-processors from time to time and does not undertake to notify Customer of any such appointment.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Leverancier mag derden inschakelen bij de uitvoering van de dienst en verbindt zich er niet toe Opdrachtgever over nieuwe subverwerkers te informeren.', 'general_no_notice'),
    ('subprocessors', 'en', 'The Processor shall not engage another processor without prior specific written authorisation of the Controller.', 'prior_consent'),
    ('subprocessors', 'nl', 'Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.', 'prior_consent'),
    ('deletion', 'en', 'Upon termination we may delete Customer Data, but we are not obliged to do so, and we may retain it for as long as we reasonably need it for our business purposes.', 'retained'),
    ('deletion', 'en', '14.3 Project records and uploaded drawings are not deleted.', 'retained'),
    ('deletion', 'en', 'Inputs incorporated into a customer-specific model are retained for as long as that model is in use.', 'retained'),
    ('deletion', 'nl', 'Gearchiveerde dossiers en bijlagen worden niet verwijderd.', 'retained'),
    ('deletion', 'nl', 'Gegevens die zijn gebruikt om het klantspecifieke model te trainen, worden bewaard zolang het model in gebruik is.', 'retained'),
    ('deletion', 'en', 'At the end of the contract the Supplier will cancel all the Personal Data and the existing copies within 30 days, unless Union or Member State law requires their storage.', 'deleted'),
    ('deletion', 'en', 'At the end of the provision of the services the Processor shall, at the choice of the Controller, return or cancel all the personal data within one month.', 'return_or_delete'),
    ('deletion', 'nl', 'Opdrachtgever kan het abonnement op elk moment opzeggen met inachtneming van een opzegtermijn van één maand.', 'not_addressed'),
    ('deletion', 'nl', 'Gedurende de looptijd bewaart Verwerker de gegevens zolang het account actief is. Binnen vier weken na beëindiging van de overeenkomst verwijdert Verwerker alle persoonsgegevens.', 'deleted'),
    ('deletion', 'en', 'This clause 15 survives termination or expiry of the Agreement for as long as the Processor or any sub-processor holds Personal Data.', 'not_addressed'),
    ('deletion', 'nl', 'Artikel 10 (geheimhouding) blijft na beëindiging van de overeenkomst gedurende drie jaar van kracht. Binnen 30 dagen na beëindiging retourneert of vernietigt Verwerker de persoonsgegevens, naar keuze van Verwerkingsverantwoordelijke.', 'return_or_delete'),
    ('backups', 'en', 'Deleted data will expire from our backups in the ordinary course of the backup rotation.', 'until_overwritten'),
    ('backups', 'en', 'Backups are not deleted when the Agreement ends.', 'retained'),
    ('backups', 'nl', 'Verwijderde gegevens verdwijnen uit de back-ups bij het reguliere back-upschema.', 'until_overwritten'),
    ('backups', 'nl', 'Persoonsgegevens kunnen niet uit back-ups worden verwijderd.', 'retained'),
    ('data_location', 'en', 'Data processing shall take place exclusively in a Member State of the European Union.', 'eu_only'),
    ('data_location', 'en', "3.1 All processing of Personal Data shall take place exclusively in a Member State of the EU. 3.2 The Controller consents to the Processor's subcontractors in Switzerland and the United Kingdom processing Personal Data, both countries being covered by an adequacy decision.", 'eu_with_transfers'),
    ('data_location', 'en', 'Customer selects the hosting region for its workspace from EU (Frankfurt), EU (Dublin), US (Virginia) and APAC (Singapore). Whatever region is chosen, our support engineers in the United States may access Customer Data remotely under the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is stored in our Frankfurt and Amsterdam data centres and is not copied to storage in the United States or any other third country.', 'eu_only'),
    ('data_location', 'en', 'We may process and store your information in any country where we or our service providers have facilities.', 'unrestricted'),
    ('data_location', 'en', 'Supplier is a private limited company incorporated in the Netherlands with its registered office in Utrecht.', 'not_addressed'),
    ('data_location', 'nl', 'De verwerking van persoonsgegevens vindt uitsluitend plaats in een lidstaat van de Europese Unie.', 'eu_only'),
    ('data_location', 'nl', 'Klant kiest bij het inrichten van de omgeving een hostinglocatie: Amsterdam, Frankfurt of Virginia (VS). Supportmedewerkers in de Verenigde Staten kunnen op afstand toegang krijgen tot de gegevens op basis van modelcontractbepalingen.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen in datacenters in Nederland en worden niet gekopieerd naar opslag in de Verenigde Staten.', 'eu_only'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen op servers in de Verenigde Staten; de doorgifte vindt plaats op basis van het EU-VS Data Privacy Framework.', 'outside_eu'),
    ('data_location', 'nl', 'Leverancier is gevestigd in Amsterdam en staat ingeschreven bij de Kamer van Koophandel onder nummer 12345678.', 'not_addressed'),
    ('staff_access', 'en', 'Our employees, affiliates and contractors may access your content where we consider this necessary to operate, support or improve the service. We do not need your separate permission for such access. Access is limited to authorised personnel.', 'broad'),
    ('staff_access', 'en', 'Access to Customer Data is restricted to those employees who need such access to perform the Services and who are bound by a written duty of confidentiality.', 'restricted'),
    ('staff_access', 'en', "Support staff may view a customer's workspace only after the customer has granted access for a specific support ticket; this access expires after 72 hours and is recorded in the audit log.", 'restricted_logged'),
    ('staff_access', 'nl', 'Uitsluitend medewerkers van Verwerker die voor de uitvoering van de opdracht toegang tot de persoonsgegevens nodig hebben, krijgen toegang; zij zijn gebonden aan een geheimhoudingsplicht.', 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier die toegang hebben tot de gegevens, hebben een Verklaring Omtrent het Gedrag (VOG) overgelegd en zijn tot geheimhouding verplicht.', 'restricted'),
    ('staff_access', 'nl', 'Alleen medewerkers die de gegevens voor hun werkzaamheden nodig hebben, krijgen toegang. Alle toegang wordt gelogd en de logbestanden worden op verzoek aan Opdrachtgever verstrekt.', 'restricted_logged'),
    ('deletion', 'nl', 'Leverancier mag de gegevens na afloop van de overeenkomst verwijderen, maar is daartoe niet verplicht, en mag de gegevens bewaren zolang hij dat redelijkerwijs nodig heeft.', 'retained'),
    ('subprocessors', 'nl', 'Art. 7. Subverwerkers § 1. De Verwerkingsverantwoordelijke verleent de Verwerker een algemene schriftelijke toestemming om Subverwerkers in te schakelen. § 2. De Verwerker brengt de Verwerkingsverantwoordelijke ten minste dertig (30) kalenderdagen vooraf per e-mail op de hoogte van elke voorgenomen toevoeging of vervanging van een Subverwerker. § 3. De Verwerkingsverantwoordelijke kan binnen vijftien (15) kalenderdagen na ontvangst van die kennisgeving op gemotiveerde wijze bezwaar maken tegen de voorgenomen wijziging.', 'notice_and_objection'),
]  # fmt: skip


TWENTIETH_SESSION_WORDINGS = [
    ('subprocessors', 'en', 'Marlowe may add or replace Sub-processors at its discretion. Marlowe will update the list and notify the account owner by email within ten (10) days after a new Sub-processor begins processing Customer Data. If the Customer does not agree, its sole remedy is to stop using the affected feature.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Grindvalk mag naar eigen inzicht subverwerkers toevoegen of vervangen. Grindvalk informeert de Klant per e-mail binnen tien dagen nadat de nieuwe subverwerker met de verwerking is begonnen. Is de Klant het daar niet mee eens, dan kan hij de betreffende functie uitschakelen.', 'general_no_notice'),
    ('subprocessors', 'en', 'The Customer authorises Tallowmere to engage Sub-processors. Tallowmere may add or replace Sub-processors from time to time and will update its Sub-processor Page to reflect any change.', 'general_no_notice'),
    ('subprocessors', 'nl', 'De Opdrachtgever geeft Zeldenrust toestemming om subverwerkers in te schakelen. Zeldenrust kan subverwerkers vervangen of nieuwe inschakelen. Wij werken het overzicht van subverwerkers op onze website bij zodra er iets verandert.', 'general_no_notice'),
    ('subprocessors', 'en', 'The Customer gives Tallowmere a general authorisation to engage Sub-processors. Tallowmere will notify the Customer at least thirty (30) days before a new Sub-processor begins processing Customer Data, and the Customer may object within that period. Tallowmere will update the Sub-processor Page to reflect any change.', 'notice_and_objection'),
    ('subprocessors', 'en', 'Ferncombe may use Sub-processors to provide the Service and keeps their list on its website. Before sending a newsletter, we check the e-mail addresses against our suppression list.', 'general_no_notice'),
    ('subprocessors', 'nl', '7.5 De Klant mag eenmaal per jaar, mits een voorafgaande kennisgeving van tien (10) Werkdagen, laten controleren of de Dienstverlener deze verplichtingen naleeft. 8.1 De Dienstverlener schakelt geen onderaannemers in zonder de voorafgaande schriftelijke toestemming van de Klant.', 'prior_consent'),
    ('ai_training', 'en', 'To make forecasts better for every customer, Vendor uses pseudonymised Customer Data (scores and ratings, but not names or comments) to train its forecasting models. The setting "Improve forecasts" is switched on by default. The Customer may switch the setting off at any time.', 'opt_out'),
    ('ai_training', 'en', 'Vendor uses Customer Data (but not attachments) to train its ranking models.', 'allowed'),
    ('ai_training', 'en', 'Vendor does not use Customer Data (including attachments) to train its ranking models.', 'prohibited'),
    ('ai_training', 'nl', 'Leverancier gebruikt gepseudonimiseerde Klantgegevens (scores, maar niet namen of opmerkingen) om haar voorspelmodellen te trainen. De instelling "Help voorspellingen verbeteren" staat standaard aan. De Klant kan de instelling op elk moment uitzetten.', 'opt_out'),
    ('ai_training', 'en', 'To improve the Study Coach, Vendor can reuse excerpts of the conversations, after pseudonymisation, for the evaluation and the fine-tuning of its prompts and of its own recommendation models. The Customer can oppose at any moment to this reuse by deactivating the parameter "Help improve the Study Coach". This parameter is activated by default.', 'opt_out'),
    ('ai_training', 'en', 'Vendor can reuse excerpts of the conversations for the fine-tuning of its own models.', 'allowed'),
    ('ai_training', 'en', 'Vendor shall only process Customer Data on documented instructions from the Customer. Annex 2: Vendor reuses pseudonymised chat excerpts for the fine-tuning of its own models; this is activated by default and the Customer may switch the setting off in the console.', 'opt_out'),
    ('ai_training', 'en', 'We do not use your messages or files to train our models, except as described in Section 5.3. 5.3 If the account owner switches on the setting "Share data to improve", we may use messages to train our models; the setting is off unless switched on. 5.4 We may use Service Generated Data to operate and improve the Services and to develop aggregate statistics.', 'opt_in'),
    ('ai_training', 'nl', 'Wij gebruiken uw berichten niet om onze modellen te trainen, behalve zoals beschreven in artikel 5.3. 5.3 Als de beheerder de instelling "Deel gegevens" aanzet, mogen wij berichten gebruiken om onze modellen te trainen; de instelling staat uit totdat de beheerder haar aanzet. 5.4 Wij mogen door het systeem gegenereerde gegevens gebruiken om de dienst te verbeteren en om geaggregeerde statistieken te maken.', 'opt_in'),
    ('ai_training', 'nl', 'Uw gesprekken worden niet gebruikt om het taalmodel te trainen, tenzij u daarvoor toestemming geeft. Na afloop van een gesprek kan de chatbot u vragen of uw gesprek mag worden gebruikt om de chatbot te verbeteren.', 'opt_in'),
    ('ai_training', 'en', 'Your chats are not used to train the language model unless you consent. After a chat ends, the assistant may ask you whether your chat may be used to improve the assistant.', 'opt_in'),
    ('ai_training', 'en', 'After a chat ends, the assistant may ask you whether your chat may be used to improve the assistant.', 'opt_in'),
    ('data_location', 'nl', '8.1 Verwerker verwerkt de persoonsgegevens uitsluitend binnen de Europese Economische Ruimte, met dien verstande dat verwerking buiten de EER is toegestaan voor zover dit in Bijlage 2 is aangegeven. 8.2 Bij iedere doorgifte naar een land buiten de EER draagt Verwerker zorg voor passende waarborgen, zoals standaardcontractbepalingen.', 'eu_with_transfers'),
    ('data_location', 'en', '8.1 The Processor processes Personal Data exclusively within the European Economic Area, provided that processing outside the EEA is permitted where Annex 2 lists it. 8.2 For any transfer outside the EEA the Processor ensures appropriate safeguards such as the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'en', '8.1 The Processor processes Personal Data exclusively within the European Economic Area, provided that processing outside the EEA is not permitted. 8.2 The data is hosted in Frankfurt, Germany.', 'eu_only'),
    ('data_location', 'nl', 'De persoonsgegevens worden opgeslagen in datacenters in Nederland. Verwerking kan plaatsvinden in de Verenigde Staten op basis van het EU-VS Data Privacy Framework.', 'eu_with_transfers'),
    ('data_location', 'en', "7.1 Customer Data is stored in data centres located in Sweden. 7.2 The Vendor's group company in Belgrade, Serbia performs second-line support and may have remote access to Customer Data for troubleshooting. 7.3 Transfers to that company are made on the basis of the Standard Contractual Clauses.", 'eu_with_transfers'),
    ('data_location', 'en', '7.1 Customer Data is stored in data centres located in Germany. 7.2 Our support engineers in Istanbul, Turkey may access Customer Data remotely to resolve tickets, under the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'nl', '7.1 De Klantgegevens worden opgeslagen in datacenters in Nederland. 7.2 Ons supportteam in Marokko heeft toegang op afstand tot de Klantgegevens om storingen op te lossen, op basis van de standaardcontractbepalingen.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is stored only in our data centres in Bucharest, Romania and Budapest, Hungary, and is never transferred outside the European Union.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored in our data centres in Dubai, United Arab Emirates.', 'outside_eu'),
    ('staff_access', 'nl', 'Medewerkers van Klinkhof, van met Klinkhof verbonden ondernemingen en van onze toeleveranciers kunnen toegang krijgen tot Gespreksgegevens, onder meer voor support en het ontwikkelen van nieuwe functies.', 'broad'),
    ('staff_access', 'en', 'Only persons from the Project Team who received written authorisation from the Processor may process the Personal Data, and only in the scope which is necessary for their tasks in the project.', 'restricted'),
    ('staff_access', 'en', 'Vendor ensures that its personnel only access the data in the measure strictly necessary for their tasks. The accesses of the personnel to the production environment are individual, traced and reviewed every quarter.', 'restricted_logged'),
    ('staff_access', 'en', 'Vendor ensures that its personnel only access the data where necessary for their tasks. All actions of administration on the production servers are journalised in a central system.', 'restricted_logged'),
    ('staff_access', 'nl', 'Iedere persoon die de persoonsgegevens mag verwerken heeft een geheimhoudingsverklaring getekend en krijgt alleen toegang voor zover dat voor zijn taken noodzakelijk is.', 'restricted'),
    ('deletion', 'en', '10.1 At the end of the Contract, for whatever cause, the Customer disposes of a period of thirty (30) days to export its data from the console. 10.2 At the expiration of this period, Vendor deletes the personal data of the Customer in a maximum delay of sixty (60) days.', 'return_or_delete'),
    ('deletion', 'en', 'After the subscription ends we delete your receipts within sixty (60) days. Receipts selected for our training set are kept for as long as they are useful for training our models. They are not deleted when the subscription ends.', 'retained'),
    ('deletion', 'en', 'After the subscription ends we delete your receipts within sixty (60) days. Receipts in our training set are not deleted when your account or the subscription ends.', 'retained'),
    ('deletion', 'nl', 'Binnen dertig (30) dagen na het einde van de Overeenkomst verwijderen wij uw gegevens. Gegevens die zijn opgenomen in een trainingsdataset worden niet verwijderd wanneer de Overeenkomst eindigt.', 'retained'),
    ('deletion', 'nl', 'Binnen dertig (30) dagen na het einde van de Overeenkomst verwijderen wij uw gegevens. Gegevens in onze trainingsset worden bewaard zolang zij nuttig zijn voor het trainen van onze modellen.', 'retained'),
    ('deletion', 'en', 'After the subscription ends we delete your receipts within sixty (60) days. Aggregated statistics are not deleted when the subscription ends.', 'deleted'),
    ('backups', 'en', 'After that we delete the data, unless your employer has chosen our Tax Archive service, in which case we keep the data for seven (7) years. Deleted data disappears from the backups when they are overwritten in our regular backup cycle.', 'until_overwritten'),
    ('ai_training', 'nl', 'Klant geeft Lindeveld hierbij de instructie om Klantgegevens te gebruiken om de modellen achter de AI-functies te trainen, tenzij Klant zich afmeldt. 4.2 Lindeveld kan Persoonsgegevens van Klant toegankelijk maken voor haar werknemers en contractanten, in verband met de levering, ondersteuning en verbetering van de Diensten.', 'opt_out'),
    ('ai_training', 'en', 'Customer instructs Lindfield to use Customer Data to train the models behind the AI Features unless Customer opts out. 4.2 Lindfield may make Customer Data accessible to its employees and contractors in connection with the provision, support and improvement of the Services.', 'opt_out'),
    ('ai_training', 'en', 'Fine-Tuning Data is used only to build your Custom Models. Vendor will not use Customer Content to train its models, except for projects enrolled in the Model Improvement Program. If Customer joins the Program, Vendor may use the Inputs of the enrolled projects to train its models. Participation is off by default.', 'opt_in'),
    ('ai_training', 'nl', 'Trainingsgegevens worden alleen gebruikt om uw eigen modellen te trainen. Wij gebruiken uw gegevens niet om onze eigen modellen te trainen.', 'prohibited'),
    ('ai_training', 'en', '4.4 Vendor may use Customer Content to develop and improve the AI Features only to the extent described in Annex 4. Annex 4, A.1 Vendor may use de-identified Customer Content to train its speech models ("Model Improvement"). A.2 Model Improvement is enabled by default. An Administrator may opt out at any time by switching off "Help improve our models".', 'opt_out'),
    ('ai_training', 'en', 'Before Customer Content is used for Model Improvement, Vendor removes names and e-mail addresses. Model Improvement is only carried out where the Customer has opted in to it.', 'opt_in'),
    ('ai_training', 'en', '4.4 Vendor may use Customer Content to develop and improve the AI Features only to the extent described in Annex 4.', 'allowed'),
    ('ai_training', 'nl', 'We gebruiken chatgesprekken om ons eigen model te verbeteren. Kan mijn webshop dit uitzetten? Dat kan alleen bij het Business-abonnement, via de instelling "Gesprekken gebruiken". Bij de abonnementen Start en Groei staat deze instelling altijd aan en kan de webshop haar niet uitzetten.', 'allowed'),
    ('ai_training', 'en', 'We use chat conversations to improve our own model. Can my shop switch this off? Only on the Business plan, in the setting "Use conversations". On the Start and Growth plans the setting is always on and cannot be switched off.', 'allowed'),
    ('ai_training', 'en', '1.11 "Service Improvement" means the use of de-identified Recordings to train the models of the Platform. Customer instructs Vendor to carry out Service Improvement unless and until Customer switches off the setting "Contribute to model improvement". 10.5 Data derived from Service Improvement does not constitute Customer Data once incorporated into model weights.', 'opt_out'),
    ('ai_training', 'en', '5.1 Provider may use Service Data to provide and improve its services and to develop and train the machine-learning ticket triage functions of its tooling. 5.2 Service Data does not include the content of Client Data. Provider shall not process Client Personal Data for its own purposes.', 'prohibited'),
    ('ai_training', 'en', '5.1 Provider may use Service Data, including the content of tickets, to develop and train its machine-learning models. Provider shall not process Client Personal Data for its own purposes.', 'allowed'),
    ('data_location', 'en', '5.3 Where the EU Region has been selected, Vendor will store Customer Content in the EU Region. Customer acknowledges that Customer Content may be accessed remotely by Vendor personnel located in the United States and in other countries where Vendor or its Affiliates have personnel, for support. Unless the EU Region has been selected, Customer Content is stored and Processed in the US Region, located in Virginia, United States.', 'outside_eu'),
    ('data_location', 'en', 'The Customer agrees that the Supplier and its Sub-processors may transfer and process Customer Personal Data in any country or territory in which they or their Affiliates conduct business, subject to appropriate safeguards.', 'unrestricted'),
    ('data_location', 'nl', 'De Verwerker en zijn Subverwerkers mogen de Persoonsgegevens verwerken in elk land waar zij of hun groepsmaatschappijen actief zijn.', 'unrestricted'),
    ('data_location', 'en', 'Customer Data is hosted in data centres in Dublin, Ireland. Unless you have selected "EU processing only", Prompts and Outputs may be processed by the AI Provider in the United States, under the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De Klantgegevens worden opgeslagen in datacenters in Amsterdam, Nederland. Prompts kunnen worden verwerkt door de AI-aanbieder in de Verenigde Staten, op basis van de standaardcontractbepalingen.', 'eu_with_transfers'),
    ('staff_access', 'en', 'All administrative accesses of employees of the Contractor to customer systems take place exclusively via a central jump host and are logged there. Access of employees to data of the Principal takes place only insofar as this is absolutely required for the commission.', 'restricted_logged'),
    ('staff_access', 'nl', '4.2 Lindeveld kan Persoonsgegevens van Klant toegankelijk maken voor haar werknemers, de werknemers van haar groepsmaatschappijen en haar contractanten, in verband met de levering, ondersteuning en verbetering van de Diensten. 4.1 Het personeel heeft geheimhoudingsverklaringen getekend.', 'broad'),
    ('staff_access', 'en', '4.2 Lindfield may make Customer Data available to its employees, the employees of its Affiliates and its contractors in connection with the provision, support and improvement of the Services.', 'broad'),
    ('staff_access', 'en', '4.2 Lindfield may make Customer Data available to its employees only where strictly necessary to provide support.', 'restricted'),
    ('staff_access', 'nl', 'Daarnaast kunnen medewerkers van Zeewier en van onze groepsmaatschappij Zeewier Polska Sp. z o.o., en door ons ingeschakelde externe beoordelaars, Winkelgegevens, Uitvoer en Gesprekken bekijken voor kwaliteitscontrole en het verbeteren van de AI-functies. Hiervoor vragen wij niet vooraf uw toestemming.', 'broad'),
    ('staff_access', 'nl', 'Medewerkers van Zeewier B.V. kunnen toegang krijgen tot alle Gespreksgegevens, onder meer voor support en productontwikkeling.', 'broad'),
    ('backups', 'en', "The Supplier may retain the Payroll Archive after termination for such period as the Supplier reasonably considers necessary. Backup media are encrypted and are overwritten in accordance with the Supplier's standard backup rotation cycle.", 'until_overwritten'),
    ('backups', 'en', 'Backups: It is technically not possible to delete single records from the backups. The deleted data disappears from the backups when the backups are overwritten in the normal backup cycle. Anonymised Data: Anonymised Data is not deleted after the Agreement ends.', 'until_overwritten'),
    ('deletion', 'nl', "13.1 Na beëindiging van de Hoofdovereenkomst draagt Verwerker er zorg voor dat alle Persoonsgegevens naar keuze van Verwerkingsverantwoordelijke binnen vier weken worden geretourneerd in een gangbaar, open en machineleesbaar formaat (CSV of JSON, met foto's als afzonderlijke bestanden) en/of worden vernietigd.", 'return_or_delete'),
    ('deletion', 'nl', 'Na het einde van de overeenkomst worden alle gegevens binnen vier weken geretourneerd en vervolgens vernietigd.', 'return_or_delete'),
    ('subprocessors', 'nl', '7.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke. De bij ondertekening ingeschakelde Subverwerkers zijn opgenomen in Bijlage 3; Verwerkingsverantwoordelijke verleent hierbij toestemming voor deze Subverwerkers. 7.2 Een verzoek om toestemming voor een nieuwe Subverwerker dient Verwerker ten minste vier weken voor de beoogde inschakeling in.', 'prior_consent'),
    ('subprocessors', 'en', '7.1 Processor shall not engage a Sub-processor without the prior specific written consent of the Controller. The Sub-processors engaged at signature are listed in Annex 3; the Controller hereby consents to these Sub-processors. 7.2 Processor shall submit a request for consent to a new Sub-processor at least four weeks before the intended engagement.', 'prior_consent'),
    ('subprocessors', 'en', '5.1 Customer decides which users, profiles and objects may be used with the AI Features. 5.2 The notice and objection procedure for Sub-processors in the DPA does not apply to AI Providers, which Vendor may engage as part of the AI Features. Vendor may replace AI Providers by updating its web page.', 'general_no_notice'),
    ('subprocessors', 'nl', 'De bezwaarprocedure voor subverwerkers uit de verwerkersovereenkomst is niet van toepassing op AI-aanbieders. Leverancier mag AI-aanbieders inschakelen of vervangen door de lijst op haar website bij te werken.', 'general_no_notice'),
    ('subprocessors', 'en', 'Vendor will notify Customer of any new Sub-processor thirty (30) days in advance. If Customer objects to the new Sub-processor, Customer may terminate the affected service.', 'notice_and_objection'),
    ('data_location', 'nl', 'Hosting: Wolkenrand B.V., Amsterdam (NL) - opslag; geen doorgifte. Doorgifte naar een land buiten de EER vindt uitsluitend plaats op basis van modelcontractbepalingen. Alle gegevens worden opgeslagen in Nederland.', 'eu_with_transfers'),
    ('subprocessors', 'nl', 'Leverancier kan geen nieuwe subverwerkers inschakelen zonder voorafgaande kennisgeving aan Klant. Klant kan bezwaar maken tegen de nieuwe subverwerker.', 'notice_and_objection'),
    ('subprocessors', 'en', "The Supplier may outsource parts of the processing without the Customer's consent.", 'general_no_notice'),
    ('subprocessors', 'en', 'The Contractor may commission subcontracted processors; it shall inform the Principal of any change thirty days in advance and the Principal may object.', 'notice_and_objection'),
    ('subprocessors', 'en', 'The Processor may use further Processors (Sub-Processors) if it informs the Controller in advance; the Controller may object within fourteen days.', 'notice_and_objection'),
    ('subprocessors', 'en', 'The engagement of subcontractors by the Contractor is permitted only with the prior written consent of the Client.', 'prior_consent'),
    ('subprocessors', 'en', 'Processing may be delegated to other entities of the group and to external service providers.', 'general_no_notice'),
    ('subprocessors', 'en', 'The Provider relies on hosting partners and support vendors to deliver the service.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Verwerker mag de verwerking geheel of gedeeltelijk uitbesteden aan derden.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Opdrachtnemer mag zonder toestemming van Opdrachtgever werkzaamheden uitbesteden.', 'general_no_notice'),
    ('subprocessors', 'en', "Onward transfers to other processors occur only with Customer's prior authorisation.", 'prior_consent'),
    ('subprocessors', 'en', 'We may add, replace or remove the third parties that process your data on our behalf without prior notice to you.', 'general_no_notice'),
    ('subprocessors', 'en', 'Supplier may not appoint any new subcontractor that will process Personal Data without first giving the Customer written notice and a reasonable opportunity to object.', 'notice_and_objection'),
    ('subprocessors', 'en', 'Our current list of sub-processors is published at trust.example.com/subprocessors and is updated whenever a change occurs. Your continued use of the Services after such an update constitutes acceptance of the change.', 'general_no_notice'),
    ('subprocessors', 'en', 'Save for Nimbus Data Centers Inc. and its affiliates, the Processor shall not engage any sub-processor without the prior specific written authorisation of the Controller.', 'prior_consent'),
    ('subprocessors', 'en', "Customer's prior written consent shall not be required for the engagement of Sub-processors. Provider shall give thirty (30) days' notice by e-mail of any new Sub-processor, and if Customer objects it may terminate the affected Services.", 'notice_and_objection'),
    ('subprocessors', 'nl', 'Verwerker mag subverwerkers inschakelen of vervangen zonder voorafgaande kennisgeving aan Verwerkingsverantwoordelijke.', 'general_no_notice'),
    ('subprocessors', 'nl', 'De actuele lijst van subverwerkers staat op onze website en wordt bijgewerkt zodra er iets wijzigt. Door de dienst te blijven gebruiken stemt de Klant in met de gewijzigde lijst.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Leverancier schakelt uitsluitend Datacenter Noord B.V. te Groningen in als subverwerker en zal geen andere subverwerkers inschakelen zonder voorafgaande schriftelijke toestemming van Opdrachtgever.', 'prior_consent'),
    ('subprocessors', 'nl', 'Wij kunnen je gegevens delen met partijen die ons helpen, zoals onze hostingpartij en het bedrijf dat onze e-mails verstuurt. Als daar iets in verandert, passen we deze privacyverklaring aan.', 'general_no_notice'),
    ('data_location', 'en', 'Supplier shall not transfer Personal Data outside the European Economic Area, provided that Personal Data may be processed outside the EEA by the Sub-processors and at the locations listed in Annex 3, subject to the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'en', 'All Customer Data is hosted in our Frankfurt and Amsterdam data centres. Second-line support engineers located in India may access Customer Data remotely to resolve tickets, under the EU Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'en', 'Your documents are stored on servers in Ireland. To generate summaries, the relevant text is sent to our AI model provider, OpenModel Inc., which processes it in the United States under the EU-U.S. Data Privacy Framework.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data may be stored and processed in any country or territory in which we or our affiliates do business.', 'unrestricted'),
    ('data_location', 'en', 'Although our company is headquartered in Amsterdam, all Customer Data is hosted by our cloud provider on servers located in Oregon, USA, and the transfer is governed by the Standard Contractual Clauses.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is hosted exclusively by NordCloud Oy and by Stack Hosting B.V. in data centres in Finland and the Netherlands and is never transferred outside the European Union.', 'eu_only'),
    ('data_location', 'en', "Processor's sole sub-processor, DataVault Inc. of Austin, Texas, stores all Personal Data in the U.S. and Processor relies on the EU-U.S. Data Privacy Framework for this transfer.", 'outside_eu'),
    ('data_location', 'en', 'The datas are stocked in France in the datacenter of our hoster. They can be consulted by our team in Tunisia for the maintenance of the platform.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Verwerker geeft de persoonsgegevens niet door aan landen buiten de EER, met dien verstande dat verwerking buiten de EER is toegestaan voor zover dat in Bijlage 2 is vermeld.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen in datacenters in Nederland. Onze supportafdeling in Servië kan op afstand meekijken in de omgeving van de Klant wanneer dat nodig is voor het oplossen van storingen.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Alle klantgegevens blijven opgeslagen binnen de EU. Voor de AI-functies worden prompts verwerkt door een Amerikaanse aanbieder van taalmodellen in de Verenigde Staten, op basis van modelcontractbepalingen.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Wij kunnen uw gegevens opslaan en verwerken in elk land of gebied waar wij zaken doen.', 'unrestricted'),
    ('data_location', 'nl', 'De persoonsgegevens worden uitsluitend bewaard en verwerkt op servers in België en worden in geen geval buiten de Europese Unie doorgegeven.', 'eu_only'),
    ('data_location', 'nl', 'Verwerker is gevestigd in de Verenigde Staten, maar alle persoonsgegevens worden uitsluitend opgeslagen en verwerkt in datacenters in Duitsland. Toegang vanuit de Verenigde Staten is technisch uitgesloten.', 'eu_only'),
    ('data_location', 'nl', 'De dienst draait op servers van Bulut Teknoloji A.Ş. in Istanbul, waar de persoonsgegevens ook worden opgeslagen.', 'outside_eu'),
    ('data_location', 'nl', 'Verwerker laat geen verwerking van persoonsgegevens plaatsvinden buiten de EER, behalve door de in Bijlage B genoemde subverwerkers, waaronder Helpdesk Ltd. in Londen, op grond van het adequaatheidsbesluit voor het Verenigd Koninkrijk.', 'eu_with_transfers'),
    ('ai_training', 'en', 'We may use the content of support conversations (but not names, e-mail addresses or payment details) to train and improve our AI assistant.', 'allowed'),
    ('ai_training', 'en', 'Supplier will not sell Customer Data. Supplier may reuse Customer Data to fine-tune the language models that power the Service for all of its customers.', 'allowed'),
    ('ai_training', 'en', 'Model training on your workspace content is switched off by default. An administrator can switch it on under Settings, Privacy.', 'opt_in'),
    ('ai_training', 'en', 'Sharing your conversations to help improve our models is turned on by default; you can turn it off at any time in your account settings.', 'opt_out'),
    ('ai_training', 'en', 'We use Inputs and Outputs to train our models. Customers on the Team plan and above can opt out in the admin console; this option is not available on the Free or Plus plans.', 'allowed'),
    ('ai_training', 'en', "Customer may use the Platform to train custom models on Customer Data, and such custom models are for Customer's exclusive use. We do not use Customer Data to train or improve our own foundation models.", 'prohibited'),
    ('ai_training', 'en', 'After each chat you will be asked whether that conversation may be used to improve our AI. If you do not answer, or answer no, the conversation will not be used for that purpose.', 'opt_in'),
    ('ai_training', 'en', '"Service Improvement" means the use of Prompts and Outputs to train, evaluate and tune Provider\'s models. Provider performs Service Improvement only for Customers that have activated it in the administration console.', 'opt_in'),
    ('ai_training', 'en', 'Provider will not use Customer Content to train any artificial intelligence model. Provider may use Usage Data, which excludes Customer Content, to operate, secure and improve the Service.', 'prohibited'),
    ('ai_training', 'en', 'Customer Data is processed by Lexi AI Ltd. solely to provide the translation service, and Lexi AI Ltd. shall not use it to train or improve any model.', 'prohibited'),
    ('ai_training', 'nl', 'Leverancier mag de gegevens van Opdrachtgever gebruiken voor de verbetering van zijn AI-modellen, in de omvang zoals beschreven in Bijlage 3.', 'allowed'),
    ('ai_training', 'nl', 'Opdrachtgever kan met de dienst eigen modellen trainen op zijn eigen gegevens. Deze modellen zijn alleen voor Opdrachtgever beschikbaar en Leverancier gebruikt de gegevens van Opdrachtgever niet om zijn eigen modellen te trainen.', 'prohibited'),
    ('ai_training', 'nl', 'Na afloop van elk gesprek vragen wij u of wij dat gesprek mogen gebruiken om onze chatbot te verbeteren. Zonder uw ja gebruiken wij het gesprek daarvoor niet.', 'opt_in'),
    ('ai_training', 'nl', "'Dienstverbetering': het gebruik van Klantgegevens voor het trainen en evalueren van de modellen van Leverancier. Dienstverbetering vindt plaats tenzij de Klant deze in het beheerpaneel heeft uitgeschakeld.", 'opt_out'),
    ('ai_training', 'nl', 'Wij gebruiken de inhoud van uw vragen (maar niet uw naam of e-mailadres) om ons taalmodel verder te trainen.', 'allowed'),
    ('staff_access', 'en', 'Our employees, affiliates and contractors may access and view Customer Data for purposes including providing support, billing, security, fraud prevention, product development, research, marketing analysis and any other legitimate business purpose.', 'broad'),
    ('staff_access', 'en', 'Persons authorised by the Processor access personal data only in the scope necessary for their tasks and have each signed a statement of confidentiality.', 'restricted'),
    ('staff_access', 'en', 'Administrative access to production systems is only possible via a jump host, where every session is logged and recorded. Only operations engineers who need such access for their role are granted an account.', 'restricted_logged'),
    ('staff_access', 'en', 'All our personnel are bound by confidentiality obligations. Our staff, our affiliates and our contractors may access your data as needed to operate, develop and market our services and for any other business purpose.', 'broad'),
    ('staff_access', 'en', 'Personal Data may be accessed by engineers of our affiliate Acme Support Sp. z o.o. only where strictly necessary to resolve an incident, and every such access is logged and reviewed by our security team.', 'restricted_logged'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier, van met Leverancier gelieerde ondernemingen en door Leverancier ingeschakelde contractanten kunnen de gegevens inzien voor onder meer ondersteuning, facturatie, beveiliging, productontwikkeling, onderzoek en andere bedrijfsdoeleinden.', 'broad'),
    ('staff_access', 'nl', 'Enkel de personeelsleden die dit voor de uitvoering van hun opdracht nodig hebben, krijgen toegang tot de persoonsgegevens. Zij zijn gebonden door een vertrouwelijkheidsplicht.', 'restricted'),
    ('staff_access', 'nl', 'Alle inlogpogingen van gebruikers van Opdrachtgever worden gelogd en zijn voor Opdrachtgever inzichtelijk. Alle medewerkers van Leverancier hebben toegang tot alle gegevens.', 'broad'),
    ('staff_access', 'nl', 'Alleen medewerkers van Verwerker en van IT Beheer B.V. die de gegevens nodig hebben voor hun taak hebben toegang. Deze toegang wordt vastgelegd in logbestanden die maandelijks worden gecontroleerd.', 'restricted_logged'),
    ('staff_access', 'nl', 'Onze medewerkers en de mensen die voor ons werken kunnen je gegevens bekijken als dat handig is, bijvoorbeeld voor klantenservice, marketing, onderzoek of het verbeteren van de app.', 'broad'),
    ('deletion', 'en', 'We erase your account and its content within 60 days after you close it. We keep copies of invoices for as long as tax law requires.', 'deleted'),
    ('deletion', 'en', 'Upon termination Provider will delete Customer Data from the production environment within thirty (30) days. Copies of Customer Data already included in training datasets will not be deleted.', 'retained'),
    ('deletion', 'en', 'You can delete your account at any time. We may retain your content after your account is deleted for as long as we consider it useful.', 'retained'),
    ('deletion', 'nl', 'Na het einde van de overeenkomst worden de gegevens binnen 30 dagen verwijderd. Gegevens die al zijn opgenomen in trainingssets voor onze modellen blijven bewaard.', 'retained'),
    ('deletion', 'nl', 'Na beëindiging van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle persoonsgegevens retourneren en/of vernietigen.', 'return_or_delete'),
    ('backups', 'en', 'Daily backups are kept on a 30-day rotation and then overwritten. In addition, Provider keeps a monthly copy in its "Deep Archive" for compliance purposes.', 'retained'),
    ('backups', 'en', 'It is not possible to delete individual records from backups. Backups are overwritten in the normal backup cycle.', 'until_overwritten'),
    ('backups', 'en', 'Backups containing Customer Data are retained for archival purposes and may be kept indefinitely, even though our daily snapshots rotate every 7 days.', 'retained'),
    ('backups', 'nl', "Back-ups worden dagelijks gemaakt en na 14 dagen overschreven. Daarnaast bewaart Leverancier een maandelijkse kopie in het 'Langetermijnarchief'.", 'retained'),
    ('backups', 'nl', 'Het is technisch niet mogelijk om afzonderlijke gegevens uit back-ups te verwijderen. Deze gegevens verdwijnen wanneer de back-ups in de normale cyclus worden overschreven.', 'until_overwritten'),
    ('backups', 'nl', 'Back-ups kunnen niet worden verwijderd en worden voor onbepaalde tijd bewaard.', 'retained'),
    ('ai_training', 'nl', 'Verwerker gebruikt de persoonsgegevens niet voor eigen doeleinden. Verwerker verwerkt verzuimpercentages in geaggregeerde en geanonimiseerde vorm. Verwerker mag deze geaggregeerde cijfers ook gebruiken voor eigen publicaties en voor de verbetering van de Dienst.', 'aggregated_only'),
    ('ai_training', 'nl', 'Leverancier gebruikt de persoonsgegevens niet voor eigen doeleinden, met één uitzondering: Leverancier stelt op basis van de verzendresultaten van alle klanten geaggregeerde en geanonimiseerde benchmarkcijfers op. Deze cijfers zijn niet herleidbaar tot Klant en Leverancier mag ze gebruiken voor de verbetering van haar dienstverlening.', 'aggregated_only'),
    ('ai_training', 'en', '1.4 "Clause Benchmarks" means anonymised and aggregated statistics derived from Client Documents. 4.2 Vendor shall not use the Client Documents to train AI Models. Vendor may use Clause Benchmarks to evaluate and improve the Platform and the AI Models.', 'aggregated_only'),
    ('ai_training', 'en', 'Vendor shall not use Customer Data for its own purposes, with one exception: Vendor compiles aggregated and anonymised benchmark figures from the results of all customers.', 'aggregated_only'),
    ('ai_training', 'en', 'When your team corrects a field, that Correction is added to the training set of our shared extraction models. You can switch this off at any time in the settings.', 'opt_out'),
    ('ai_training', 'en', 'We use Customer Content, including photos and ticket texts, to train the models behind the AI Features ("Model Improvement"). Customer\'s administrators can switch Model Improvement off at any time.', 'opt_out'),
    ('ai_training', 'nl', 'Of wij je Content gebruiken om onze AI te verbeteren, lees je in Deel C, vraag 3. Deel C, vraag 3: Alleen als een beheerder in de instellingen de optie "Help ons beter worden" aanzet, gebruiken wij fragmenten van opnames om onze spraakherkenning te verbeteren.', 'opt_in'),
    ('ai_training', 'en', '5.2 Vendor shall not use Customer Data to train any model, except where the School has joined the Improvement Programme. 5.3 Vendor may collect and use Service Telemetry to operate and improve the Services; the School may switch off Service Telemetry in the settings. 5.4 The Improvement Programme is off by default.', 'opt_in'),
    ('deletion', 'en', 'Within ninety (90) days after termination Vendor will delete the Service Data. Notwithstanding the foregoing, Service Data already used for Model Improvement may be kept by Vendor after termination and will not be returned or deleted.', 'retained'),
    ('deletion', 'en', 'Within ninety (90) days after termination Vendor will delete the Service Data. Aggregated statistics will not be returned or deleted.', 'deleted'),
    ('subprocessors', 'nl', 'We doen niet alles zelf. We werken onder meer samen met een hostingpartij, een betaalprovider en AI-partners voor spraakherkenning. Een actueel overzicht van deze partijen staat op onze website.', 'general_no_notice'),
    ('ai_training', 'en', 'Vendor may use Customer Content to train and improve its own custom AI models.', 'allowed'),
    ('data_location', 'en', 'Customer Data is stored in data centres in the United States, and access by unauthorised persons is prevented by encryption.', 'outside_eu'),
    ('ai_training', 'en', '"Customer Data" means all data submitted by Customer, including any aggregated or derived data. Vendor may use Customer Data to train its machine learning models.', 'allowed'),
    ('ai_training', 'en', 'Vendor processes Customer Data to provide the Service. Vendor may use Customer Content and such reports to train and improve its AI models.', 'allowed'),
    ('ai_training', 'en', 'Vendor does not use Customer Data to train AI models. Such reports are used to improve the Service.', 'prohibited'),
    ('deletion', 'en', "Upon termination of the Agreement, Vendor will delete Customer Data within thirty (30) days. Customer Data will not be deleted without the Customer's prior written confirmation.", 'deleted'),
    ('staff_access', 'en', "Vendor personnel access Customer Data only where necessary to provide support. The Customer's administrators can make reports and dashboards available to their employees for the operation of their business.", 'restricted'),
    ('ai_training', 'en', 'Vendor processes Customer Data (and does not use it for any other purpose) to provide and improve the Services.', 'prohibited'),
    ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer of any intended changes at least thirty (30) days in advance. If Customer has reasonable grounds and objects in writing within ten (10) days, the parties will discuss the change.', 'notice_and_objection'),
    ('subprocessors', 'en', 'Vendor uses the Sub-processors listed on its website. Vendor will notify Customer by e-mail of any additional ones. Customer may object within fourteen (14) days.', 'notice_and_objection'),
    ('ai_training', 'en', 'We use your Content to improve our AI models. You can turn off chat history in the settings at any time, but encryption is always enabled.', 'opt_out'),
    ('ai_training', 'en', 'Vendor uses Customer Content to improve and train its AI models, a feature available only to customers who have agreed to the Terms of Service.', 'allowed'),
    ('backups', 'en', 'Customer Data in the Backup Archive is deleted after ninety (90) days.', 'time_limited'),
    ('backups', 'en', 'Backups are retained indefinitely in encrypted, non-anonymised form.', 'retained'),
    ('data_location', 'en', "Customer Data is stored in Germany. Vendor shall not transfer Customer Data outside the EEA, except that processing outside the EEA is permitted with the Customer's prior written consent.", 'eu_only'),
    ('ai_training', 'en', 'Part of your conversations may be used to train our models', 'allowed'),
]  # fmt: skip


TWENTY_FIRST_SESSION_WORDINGS = [
    ('ai_training', 'en', '1.7 "Model Tuning" means the use of pseudonymised Customer Content to train and evaluate the models underlying the Service. 3.1 Customer instructs Vendor to process Customer Data (a) to provide the Service; (b) for Model Tuning as described in Section 6. 6.1 Vendor will not use Customer Data to train any model offered to other customers, except for Model Tuning. Customer\'s choices regarding Model Tuning are described in Annex 3. Annex 3: Model Tuning is on by default for every workspace. An administrator can opt out at any time by disabling "Help tune the models" in the console.', 'opt_out'),
    ('ai_training', 'nl', '1.7 "Modelverfijning": het gebruik van gepseudonimiseerde Klantgegevens om de modellen van Leverancier te trainen. 3.1 Klant geeft Leverancier opdracht Klantgegevens te verwerken (a) om de Dienst te leveren; (b) voor Modelverfijning zoals beschreven in artikel 6. 6.1 De keuzemogelijkheden rond Modelverfijning worden beschreven in Bijlage 3. Bijlage 3: Leverancier gebruikt gepseudonimiseerde Klantgegevens om haar modellen te trainen. Dit staat standaard aan. Een beheerder kan dit op elk moment uitzetten in de instellingen.', 'opt_out'),
    ('ai_training', 'en', '1.7 "Model Tuning" means the use of pseudonymised Customer Content to train the models underlying the Service. Free Plan: Customer authorizes Vendor to use Customer Content for Model Tuning. Paid plans are billed monthly.', 'allowed'),
    ('ai_training', 'en', 'You grant us a licence to host, copy, analyse and modify Content to operate, secure, improve and develop the Service and our models. How we use Content for model improvement, and how you can control that, is explained in Part C. Part C: By default, we may use Inputs and Outputs from your workspace to train and evaluate our models. A workspace admin can turn off "Improve the models" at any time in Settings.', 'opt_out'),
    ('ai_training', 'nl', 'Je geeft ons een licentie om Inhoud op te slaan, te kopiëren en te analyseren om de Dienst en onze modellen te verbeteren en te ontwikkelen. Hoe wij Inhoud gebruiken om onze modellen te verbeteren, en hoe je dat kunt uitzetten, staat beschreven in deel C. Deel C: Standaard gebruiken wij je Invoer om onze modellen te trainen. Een beheerder kan "Modellen verbeteren" op elk moment uitzetten in de instellingen.', 'opt_out'),
    ('ai_training', 'en', 'You grant us a licence to host, copy, analyse and modify Content to operate, secure, improve and develop the Service and our models. You can turn off marketing e-mails in Settings.', 'allowed'),
    ('ai_training', 'en', 'We may keep Inputs that were used to train our models before model improvement was switched off, as part of our training datasets.', 'opt_out'),
    ('ai_training', 'nl', 'Invoer die is gebruikt om onze modellen te trainen voordat de klant de instelling uitschakelde, blijft deel van onze trainingsgegevens.', 'opt_out'),
    ('ai_training', 'en', 'This Addendum is our data processing agreement with you, and we are your processor, except where this Addendum says we use data for our own purposes, in which case we act as a controller for that use. Section 4: By default we use Inputs to train our models. You can switch this off in Settings.', 'opt_out'),
    ('ai_training', 'nl', 'Wij zijn uw verwerker, behalve voor zover deze overeenkomst bepaalt dat wij gegevens voor eigen doeleinden gebruiken. Artikel 4: Standaard gebruiken wij uw Invoer om onze modellen te trainen. U kunt dit uitzetten in de instellingen.', 'opt_out'),
    ('ai_training', 'en', 'To keep the models accurate, Client agrees that Vendor may use Call Records, after automated masking of payment card numbers and of e-mail addresses and telephone numbers, for training, testing and fine-tuning of the Vendor models and of future versions thereof.', 'allowed'),
    ('ai_training', 'nl', 'Om de modellen nauwkeurig te houden, stemt Klant ermee in dat Leverancier Gespreksopnamen, na maskering van kaartnummers, mag gebruiken voor het trainen, testen en verfijnen van de modellen van Leverancier.', 'allowed'),
    ('ai_training', 'en', '3.3 Vendor shall not use Client Personal Data for any purpose of its own, save as provided in Annex 4. Annex 4: Client agrees that Vendor may use Call Records, after automated masking of card numbers, for training, testing and fine-tuning of the Vendor models. In case Client does not wish its Call Records to be used as per this paragraph, Client may intimate the same by written notice, and Vendor shall stop such usage within thirty (30) days.', 'opt_out'),
    ('ai_training', 'nl', '3.3 Leverancier gebruikt Klantgegevens niet voor eigen doeleinden, behalve zoals bepaald in Bijlage 4. Bijlage 4: Leverancier mag Gespreksopnamen, na maskering van kaartnummers, gebruiken om haar modellen te trainen. Wil de Klant niet dat zijn Gespreksopnamen hiervoor worden gebruikt, dan kan hij dat schriftelijk melden, waarna Leverancier het gebruik binnen dertig dagen staakt.', 'opt_out'),
    ('ai_training', 'nl', '3.2 Verwerker gebruikt Gesprekstranscripten niet om een Taalmodel te trainen. Bijlage 1. Doeleinden van de verwerking: (a) het beantwoorden van vragen van inwoners; (b) het verbeteren van de antwoordkwaliteit van het Taalmodel van Verwerker voor al zijn afnemers, uitsluitend op basis van geaggregeerde en geanonimiseerde gespreksstatistieken.', 'aggregated_only'),
    ('ai_training', 'en', "3.2 Vendor shall not use transcripts to train a language model. Annex 1. Purposes of the processing: (a) answering questions from residents; (b) improving the answer quality of Vendor's language model for all its customers, solely on the basis of aggregated and anonymised conversation statistics.", 'aggregated_only'),
    ('ai_training', 'nl', 'Bijlage 1. Doeleinden van de verwerking: (a) het beantwoorden van vragen van inwoners; (b) het verbeteren van het Taalmodel van Verwerker voor al zijn afnemers.', 'allowed'),
    ('data_location', 'en', 'Data Processing Agreement for European Union Clients. The Services are delivered from the delivery centres of Supplier in India. Client Personal Data will therefore be accessed from, and stored in Supplier Systems located in, India.', 'outside_eu'),
    ('data_location', 'nl', 'Verwerkersovereenkomst voor klanten in de Europese Unie. Leverancier levert de Diensten vanuit haar kantoren in India. Persoonsgegevens van Klant worden daarom opgeslagen op systemen van Leverancier in India.', 'outside_eu'),
    ('data_location', 'en', '5.1 The processing takes place in data centres in Germany. 5.2 The Client hereby consents that second-level support is performed by Ostwerk Engineering Pvt. Ltd., Pune, India, by way of remote access to the Platform. This transfer is based on the standard contractual clauses.', 'eu_with_transfers'),
    ('data_location', 'nl', '5.1 De verwerking vindt plaats in datacenters in Duitsland. 5.2 De Klant stemt ermee in dat tweedelijnsondersteuning wordt verzorgd door Ostwerk Engineering Pvt. Ltd., Pune, India, via toegang op afstand tot het Platform. Deze doorgifte is gebaseerd op de standaardcontractbepalingen.', 'eu_with_transfers'),
    ('data_location', 'en', '5.1 The processing takes place in data centres in Germany. 5.2 Our sales team is based in Pune, India. The Agreement is governed by German law.', 'eu_only'),
    ('staff_access', 'en', '5.2 Access to Customer Content is restricted to employees who need it, on the principle of least privilege. 5.3 Every access by Vendor personnel to Customer Content is recorded in a tamper-evident audit log. 5.4 In the event of a security incident or service outage that cannot otherwise be remedied, two members of the site reliability team acting jointly may access affected systems without a Support Access Grant.', 'restricted_logged'),
    ('staff_access', 'nl', '5.2 Toegang tot Klantgegevens is beperkt tot medewerkers die die toegang nodig hebben voor hun werk. 5.3 Elke toegang door medewerkers van Leverancier wordt vastgelegd in een auditlog. 5.4 Als een storing niet op een andere manier kan worden verholpen, mogen twee beheerders gezamenlijk toegang krijgen tot de betrokken systemen zonder toestemming van de Klant.', 'restricted_logged'),
    ('staff_access', 'en', 'Access to Customer Content is limited to staff who need it. In addition, members of the site reliability team may access all customer systems at any time.', 'broad'),
    ('deletion', 'nl', 'Na het einde van uw abonnement heeft u geen toegang meer. Zinkhaven mag uw Inhoud en de daarop gebouwde vertaalgeheugens na het einde van uw abonnement bewaren en verder gebruiken.', 'retained'),
    ('deletion', 'en', 'After your subscription ends you lose access. Vendor may keep your Content after the end of your subscription and continue to use it to improve the Service.', 'retained'),
    ('deletion', 'en', 'Vendor may keep your Content after the end of your subscription for thirty (30) days, after which it is deleted.', 'deleted'),
    ('deletion', 'en', '10.1 For thirty (30) days after the Agreement ends (the "Export Window"), you\'ll continue to have read-only access so that you can export Customer Data. 10.2 After the Export Window ends, we\'ll delete Customer Data within ninety (90) days.', 'return_or_delete'),
    ('data_location', 'en', 'Data Processing Agreement for European Union\nClients. This Agreement is made between Supplier and the Client. Client Personal Data is stored in Supplier Systems located in India.', 'outside_eu'),
    ('data_location', 'nl', 'Verwerkersovereenkomst Europese Unie\nDeze overeenkomst is gesloten tussen Leverancier en Klant. Persoonsgegevens van Klant worden opgeslagen op systemen van Leverancier in India.', 'outside_eu'),
    ('backups', 'nl', 'Back-ups worden gedurende een beperkte periode bewaard en daarna overschreven.', 'until_overwritten'),
    ('backups', 'en', 'Backups are kept for a limited period and then overwritten.', 'until_overwritten'),
    ('backups', 'en', 'Backups are kept for a limited period.', 'time_limited'),
    ('staff_access', 'en', "3.1 The Customer acknowledges that our staff, Group Companies and contractors, including our customer support and engineering centre operated by Brackley Services India Private Limited in Pune, may access the Customer's account and Customer Data as reasonably required for support, maintenance, quality assurance and product development.", 'broad'),
    ('staff_access', 'nl', '5.2 Medewerkers van Galmbos, van met Galmbos verbonden ondernemingen en van door Galmbos ingeschakelde derden kunnen in het kader van storingsonderzoek, kwaliteitsbewaking en klantenservice toegang krijgen tot gespreksopnamen en voicemailberichten.', 'broad'),
    ('staff_access', 'nl', '8.1 Elke partij houdt de vertrouwelijke informatie van de andere partij geheim en verstrekt die alleen aan medewerkers die deze nodig hebben. Medewerkers van Leverancier kunnen toegang krijgen tot alle klantgegevens.', 'broad'),
    ('staff_access', 'en', 'Our support team works from the United States, Canada and Portugal, so a support engineer in Lisbon may view your Workspace if you ask for help.', 'restricted'),
    ('deletion', 'nl', '12.2 Gelet op de wettelijke bewaartermijnen bewaart het Sociaal Secretariaat na de beëindiging een volledige kopie van het Dossier in zijn archief. De Aangeslotene erkent dat hij de vernietiging van deze kopie niet kan vorderen.', 'retained'),
    ('deletion', 'en', 'After termination the Bureau keeps a complete copy of the File in its archive. The Customer may not require the deletion of that copy.', 'retained'),
    ('deletion', 'nl', '12.3 In afwijking van artikel 12.2 is Galmbos gerechtigd na beëindiging van de Overeenkomst persoonsgegevens, waaronder gespreksopnamen en verkeersgegevens, te blijven bewaren voor zover en zolang Galmbos dat noodzakelijk acht voor de afhandeling van klachten.', 'retained'),
    ('deletion', 'nl', '12.2 Verwerker stelt binnen vier (4) weken na beëindiging van de Hoofdovereenkomst, of eerder indien Verwerkingsverantwoordelijke daarom verzoekt, alle Persoonsgegevens met inbegrip van de dossiers kosteloos ter beschikking aan Verwerkingsverantwoordelijke. 12.3 Na de overdracht vernietigt Verwerker alle Persoonsgegevens, uiterlijk twaalf (12) weken na beëindiging van de Hoofdovereenkomst.', 'return_or_delete'),
    ('deletion', 'nl', '13.3 Na beëindiging van de Hoofdovereenkomst houdt Opdrachtgever nog drie (3) maanden kosteloos alleen-lezentoegang tot de administratie, zodat Opdrachtgever zijn gegevens kan downloaden. 13.4 Uiterlijk dertig (30) dagen na afloop van de in lid 3 genoemde termijn verwijdert Leverancier alle Persoonsgegevens.', 'return_or_delete'),
    ('ai_training', 'en', '4.4 Model Improvement Program. An Owner may opt in to the Model Improvement Program in the data controls settings. While the Organization is opted in, Vendor may use Inputs and Outputs to train and evaluate Vendor models. An Owner may opt out at any time; opting out applies to content submitted afterwards.', 'opt_in'),
    ('ai_training', 'nl', '4.4 Verbeterprogramma. Een beheerder kan zich aanmelden voor het Verbeterprogramma in de instellingen. Zolang de organisatie is aangemeld, mag Leverancier Invoer gebruiken om haar modellen te trainen. Een beheerder kan zich op elk moment weer afmelden.', 'opt_in'),
    ('ai_training', 'en', 'You grant Vendor a licence to host and process Customer Data to provide the Service, and to use Conversations to train and improve Vendor\'s models as described in the FAQ, subject to the data controls available in your Workspace. FAQ: By default, we use Conversations to train our models. A Workspace Owner can switch off "Help improve the models" at any time.', 'opt_out'),
    ('ai_training', 'nl', 'U geeft Leverancier een licentie om Gesprekken te gebruiken om haar modellen te trainen, met inachtneming van de instellingen die u kiest. Standaard gebruiken wij Gesprekken om onze modellen te trainen. Een beheerder kan "Help de modellen verbeteren" op elk moment uitzetten.', 'opt_out'),
    ('data_location', 'en', '5.1 Customer Data is stored in data centres in Sweden and Finland. 5.2 Outside office hours monitoring is performed by our affiliate in Vancouver, Canada, whose staff may access Customer Data remotely. 5.4 Apart from clause 5.2, Vendor will not transfer Customer Data outside the EU/EEA.', 'eu_with_transfers'),
    ('data_location', 'nl', '5.1 Klantgegevens worden opgeslagen in datacenters in Zweden. 5.2 Buiten kantooruren wordt de monitoring verzorgd door onze dochteronderneming in Vancouver, Canada, waarvan de medewerkers op afstand toegang hebben tot Klantgegevens. 5.4 Behoudens het bepaalde in artikel 5.2 geeft Leverancier geen Klantgegevens door buiten de EER.', 'eu_with_transfers'),
    ('data_location', 'en', '5.1 Customer Data is stored in data centres in Sweden and Finland. 5.4 Except where required by law, Vendor will not transfer Customer Data outside the EU/EEA.', 'eu_only'),
    ('subprocessors', 'nl', '7.1 Het Sociaal Secretariaat doet geen beroep op een andere verwerker zonder voorafgaande schriftelijke toestemming van de Aangeslotene. 7.2 In afwijking van artikel 7.1 verleent de Aangeslotene hierbij algemene toestemming aan het Sociaal Secretariaat om een beroep te doen op leveranciers van IT-infrastructuur en software.', 'general_no_notice'),
    ('subprocessors', 'en', '7.1 The Bureau shall not engage another processor without the prior written consent of the Customer. 7.2 By way of derogation from clause 7.1, the Customer hereby grants the Bureau a general authorisation to engage sub-processors, such as providers of IT infrastructure and software.', 'general_no_notice'),
    ('subprocessors', 'en', '7.1 The Bureau shall not engage another processor without the prior written consent of the Customer. 7.2 The Bureau keeps a list of its current sub-processors.', 'prior_consent'),
    ('backups', 'nl', '13.2 Dagelijkse back-ups worden vijf weken bewaard en daarna automatisch overschreven. 13.3 Naast de dagelijkse back-ups bewaart Verwerker een maandelijkse back-up voor herstel na calamiteiten. Bijlage 3: - Maandelijkse back-ups - twaalf maanden, daarna vernietigd', 'time_limited'),
    ('backups', 'en', '13.2 Daily backups are kept for five weeks and then overwritten. 13.3 In addition to the daily backups, the Processor keeps a monthly backup for disaster recovery. Annex 3: - Monthly backups - twelve months, then destroyed', 'time_limited'),
    ('deletion', 'en', '12.1 During the subscription term, Hosts and the Account Owner may delete cloud recordings and transcripts at any time. 12.2 Following the expiration of the Retrieval Period, Vendor shall delete all Customer Personal Data within sixty (60) days.', 'deleted'),
    ('deletion', 'nl', '12.1 Tijdens de looptijd van het abonnement kunnen gebruikers opnames op elk moment zelf verwijderen. 12.2 Na het einde van de Overeenkomst verwijdert Leverancier alle Persoonsgegevens binnen zestig (60) dagen.', 'deleted'),
    ('deletion', 'en', 'Vendor is not required to retrain, delete or otherwise modify Network Models trained before the opt-out took effect. Following termination, Vendor shall delete all Customer Data within ninety (90) days.', 'deleted'),
    ('deletion', 'nl', 'Leverancier hoeft modellen die al zijn getraind niet te verwijderen of opnieuw te trainen. Na beëindiging verwijdert Leverancier alle Klantgegevens binnen negentig (90) dagen.', 'deleted'),
    ('deletion', 'nl', '11.4 Na het einde van de Overeenkomst verwijderen wij je Contactlijsten binnen twaalf maanden. 11.5 Je Suppressielijst bewaren wij ook na het einde van de Overeenkomst, zonder vaste termijn.', 'retained'),
    ('deletion', 'en', 'After termination we delete your contact lists within twelve months. We keep your suppression list after the end of the Agreement without a fixed retention period.', 'retained'),
    ('deletion', 'nl', 'Bij beëindiging blijft de toegang tot het Portaal nog drie maanden actief om documenten te downloaden. Het afsluiten van de toegang houdt geen verwijdering in van de documenten. Het Kantoor behoudt zich het recht voor om het volledige dossier als werkdossier bij te houden, ook na het verstrijken van de wettelijke bewaartermijnen.', 'retained'),
    ('deletion', 'en', 'On termination access to the Portal stays open for three months to download documents. Closing the access does not entail the deletion of the documents. The Firm reserves the right to retain the complete file as a working file.', 'retained'),
    ('deletion', 'en', '11.1 At the term of the Services, for whatever cause, the Subcontractor engages, at the choice of the Controller expressed in writing, to: (a) destroy all the Data; or\n(b) restitute all the Data to the Controller; or (c) restitute the Data to the new provider designated by the Controller.', 'return_or_delete'),
    ('deletion', 'nl', '11.1 Bij het einde van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke: (a) alle Gegevens vernietigen; of\n(b) alle Gegevens teruggeven aan Verwerkingsverantwoordelijke.', 'return_or_delete'),
    ('ai_training', 'en', 'The Subcontractor treats the Data only for the sole finality which is the object of the subcontracting, namely the supply of the Services. The Subcontractor does not use the Data for its own account. In particular, it does not exploit the Data for commercial prospection, statistics or the improvement of its products.', 'prohibited'),
    ('ai_training', 'nl', 'De Verwerker verwerkt de Gegevens uitsluitend ten behoeve van de dienstverlening. De Verwerker gebruikt de Gegevens niet voor eigen doeleinden en niet voor de verbetering van zijn producten.', 'prohibited'),
    ('staff_access', 'en', '5.2 The access of the personnel of the Subcontractor to the Data is limited to the persons for whom it is strictly necessary for the exercise of their missions. 5.3 All the accesses of the administration accounts to the Platform and to the Data are traced.', 'restricted_logged'),
    ('staff_access', 'nl', '5.2 De toegang van medewerkers van Leverancier tot de Gegevens is beperkt tot de medewerkers die deze nodig hebben voor hun werk. 5.3 Alle toegang tot het Platform en de Gegevens wordt gelogd.', 'restricted_logged'),
    ('staff_access', 'en', '6.3 We may use Store Data to develop and improve our products. 6.6 Our staff, our group companies and our contractors may access your store and Store Data where needed to provide support, to review compliance with these Terms, to investigate fraud or other unlawful activity, and for the purposes in clause 6.3.', 'broad'),
    ('ai_training', 'en', "'Model Tuning' means the use of pseudonymised Customer Content to train and evaluate Supplier's machine-learning models. Supplier may process Customer Content only (a) to provide the Services and (b) for Model Tuning. Customer may switch Model Tuning off at any time in the Admin Console under Settings > Data Use.", 'opt_out'),
    ('ai_training', 'en', "'Model Tuning' means the use of pseudonymised customer content to train Vendor's language models. Under the Enterprise Plan, Customer grants Vendor a non-exclusive licence to use Customer Content for Model Tuning.", 'allowed'),
    ('ai_training', 'en', "'Model Tuning' means the use of pseudonymised customer content to train Vendor's models. Vendor shall not use Customer Content for any purpose other than providing the Services, except for Model Tuning. Model Tuning is switched off for every account and is activated only if Customer ticks the Model Tuning box in the Order Form.", 'opt_in'),
    ('ai_training', 'en', "'Model Tuning' means the use of pseudonymised customer content to train Vendor's models. Model Tuning is not part of the Services under this Agreement, and Vendor will not use Customer Content for Model Tuning or any similar purpose.", 'prohibited'),
    ('ai_training', 'nl', "'Modeltraining': het gebruik van gepseudonimiseerde Klantgegevens om de AI-modellen van Leverancier te trainen en te evalueren. Leverancier verwerkt Klantgegevens uitsluitend (a) om de Dienst te leveren en (b) voor Modeltraining. Opdrachtgever kan Modeltraining op ieder moment uitzetten in het beheerportaal onder Instellingen > Gegevensgebruik.", 'opt_out'),
    ('ai_training', 'nl', "Onder 'Modelverfijning' wordt verstaan: het gebruik van gepseudonimiseerde Klantgegevens voor het trainen van de taalmodellen van Leverancier. Bij het Business-abonnement verleent Klant aan Leverancier het recht om Klantgegevens te gebruiken voor Modelverfijning.", 'allowed'),
    ('ai_training', 'nl', "Artikel 1: 'Modeltraining' betekent het gebruik van gepseudonimiseerde persoonsgegevens om de modellen van Verwerker te trainen. Artikel 6: Verwerker gebruikt de persoonsgegevens voor geen ander doel dan de uitvoering van de Overeenkomst, behalve voor Modeltraining. Artikel 15: Opdrachtgever kan tegen Modeltraining bezwaar maken via privacy@verwerker.nl, waarna zijn gegevens daarvoor niet meer worden gebruikt.", 'opt_out'),
    ('ai_training', 'nl', "'Modeltraining' betekent het gebruik van gepseudonimiseerde Klantgegevens om de modellen van Leverancier te trainen. Modeltraining vindt uitsluitend plaats nadat Opdrachtgever daarvoor vooraf uitdrukkelijk schriftelijke toestemming heeft gegeven.", 'opt_in'),
    ('ai_training', 'nl', "'Productanalyse' betekent het samenstellen van geaggregeerde, niet tot personen of klanten herleidbare gebruiksstatistieken om de werking van de Dienst te verbeteren. Verwerker gebruikt de gegevens uitsluitend voor de uitvoering van de Overeenkomst en voor Productanalyse; Verwerker gebruikt Klantgegevens niet om AI-modellen te trainen.", 'aggregated_only'),
    ('ai_training', 'en', "You grant us a worldwide, royalty-free licence to use Your Content to operate the Service and to improve our models. How we use content for model improvement, and how you can control it, is explained in Part C. Part C - Model improvement: the 'Help improve our models' setting is switched on by default for all workspaces; an administrator can switch it off at any time.", 'opt_out'),
    ('ai_training', 'en', "You grant us a worldwide, royalty-free licence to use Your Content to operate the Service and to improve our models. How we use content for model improvement, and how you can control it, is explained in Part C. Part C - Model improvement: this setting is switched off by default. We use content for model improvement only if a workspace administrator switches on 'Help improve our models'.", 'opt_in'),
    ('ai_training', 'en', 'You grant us a licence to use Your Content to operate the Service and to improve our models. This licence is perpetual and survives termination of this Agreement.', 'allowed'),
    ('ai_training', 'en', 'You grant us a licence to use Your Content to operate and improve the Service. How we use content for service improvement is explained in Part C. Part C - Service improvement: we only use aggregated and anonymised usage statistics that cannot identify you or your users; we never use Your Content itself to train models.', 'aggregated_only'),
    ('ai_training', 'nl', "U verleent ons een wereldwijde licentie om Uw Content te gebruiken voor het leveren van de Dienst en om onze modellen te verbeteren. Hoe wij content gebruiken voor modelverbetering en hoe u daar zelf over beslist, leest u in Deel C. Deel C - Modelverbetering: de instelling 'Help onze modellen verbeteren' staat standaard aan; een beheerder kan haar op elk moment uitzetten.", 'opt_out'),
    ('ai_training', 'nl', 'U verleent ons een wereldwijde licentie om Uw Content te gebruiken voor het leveren van de Dienst en om onze modellen te verbeteren. Hoe wij content gebruiken voor modelverbetering en hoe u daar zelf over beslist, leest u in Deel C. Deel C - Modelverbetering: deze instelling staat standaard uit; wij gebruiken content alleen voor modelverbetering als een beheerder de instelling zelf aanzet.', 'opt_in'),
    ('ai_training', 'nl', 'U verleent ons een licentie om Uw Content te gebruiken om onze modellen te verbeteren. Deze licentie blijft na beëindiging van de overeenkomst van kracht.', 'allowed'),
    ('ai_training', 'nl', 'U verleent ons een licentie om Uw Content te gebruiken voor het leveren en verbeteren van de Dienst. Hoe wij gegevens gebruiken voor verbetering van de Dienst, leest u in Deel C. Deel C - Verbetering van de Dienst: wij gebruiken hiervoor uitsluitend geaggregeerde en geanonimiseerde gebruiksstatistieken die niet tot u of uw gebruikers herleidbaar zijn; uw content zelf gebruiken wij nooit om modellen te trainen.', 'aggregated_only'),
    ('ai_training', 'en', 'Customer Content is used to train our models only if the account owner joins the Model Improvement Programme in the account settings. An owner may opt out at any time; content submitted after that is no longer used.', 'opt_in'),
    ('ai_training', 'en', 'We use Customer Content to train and improve our AI models. You can turn off model training at any time in Settings > Privacy.', 'opt_out'),
    ('ai_training', 'en', 'All workspaces take part in the Model Improvement Programme by default, under which conversations are used to fine-tune our models. An owner may opt out at any time.', 'opt_out'),
    ('ai_training', 'en', 'Joining the Early Access Programme is voluntary. By enrolling, the owner agrees that prompts and outputs of the workspace may be used to fine-tune our models. An owner may leave the programme at any time.', 'opt_in'),
    ('ai_training', 'en', 'We do not train our models on Business workspace data unless an owner opts in to the Feedback Programme. You can turn off model training for your workspace at any time under Data Controls.', 'opt_in'),
    ('ai_training', 'nl', 'Klantgegevens worden alleen gebruikt om onze modellen te trainen als de accounteigenaar zich in de instellingen aanmeldt voor het Verbeterprogramma. Een eigenaar kan zich op elk moment weer afmelden.', 'opt_in'),
    ('ai_training', 'nl', 'Wij gebruiken uw gegevens om onze AI-modellen te trainen. U kunt modeltraining op elk moment uitschakelen via Instellingen > Privacy.', 'opt_out'),
    ('ai_training', 'nl', 'Alle werkruimten nemen standaard deel aan het Verbeterprogramma, waarbij gesprekken worden gebruikt om onze modellen te verfijnen. Een eigenaar kan zich op elk moment afmelden.', 'opt_out'),
    ('ai_training', 'nl', 'Deelname aan het Pilotprogramma is vrijwillig en vereist uitdrukkelijke toestemming van de eigenaar; binnen het programma worden de gegevens van de werkruimte gebruikt om onze modellen te trainen. De eigenaar kan de deelname op elk moment beëindigen en kan modeltraining daarnaast uitschakelen in de instellingen.', 'opt_in'),
    ('ai_training', 'en', 'Subject always to clause 12 (Confidentiality) and to any restrictions arising from applicable law, including, without limitation, the GDPR, the Medical Devices Regulation and any sector-specific codes of conduct that may apply to Client from time to time, Supplier may use the records processed under this Agreement for training, testing and fine-tuning of the models underlying the Platform.', 'allowed'),
    ('ai_training', 'en', 'Subject always to clause 12 (Confidentiality) and to any restrictions arising from applicable law, including the GDPR and any codes of conduct that may apply to Client from time to time, Supplier may use the records processed under this Agreement for training, testing and fine-tuning of the models underlying the Platform. In case Client does not wish its records to be used for training, testing and fine-tuning, Client may notify Supplier in writing, after which Supplier will cease such use within 30 days.', 'opt_out'),
    ('ai_training', 'en', "8.1 Supplier shall not use Client records to train, test or fine-tune any model.\nAnnex 1 - Purposes of processing:\n(a) hosting and operating the Platform;\n(b) providing support to Client's users;\n(c) compiling aggregated and anonymised statistics on the use of the Platform in order to improve it.", 'aggregated_only'),
    ('ai_training', 'en', "8.1 Supplier shall not use Client records to train, test or fine-tune any model.\nAnnex 1 - Purposes of processing:\n(a) hosting and operating the Platform;\n(b) providing support to Client's users;\n(c) detecting and preventing security incidents.", 'prohibited'),
    ('ai_training', 'en', "Supplier will use Client records for training, testing and fine-tuning of the models underlying the Platform only at Client's request. In case Client wishes its records to be used for such purposes, Client may notify Supplier in writing; absent such notice, no records are used.", 'opt_in'),
    ('ai_training', 'nl', 'Met inachtneming van artikel 12 (Geheimhouding) en van de beperkingen die voortvloeien uit toepasselijke wet- en regelgeving, waaronder in ieder geval de AVG en eventuele gedragscodes die van tijd tot tijd op Opdrachtgever van toepassing zijn, is Leverancier gerechtigd de in het kader van deze Overeenkomst verwerkte dossiers te gebruiken voor het trainen, testen en verfijnen van de modellen waarop het Platform is gebaseerd.', 'allowed'),
    ('ai_training', 'nl', 'Met inachtneming van artikel 12 (Geheimhouding) en van de beperkingen die voortvloeien uit toepasselijke wet- en regelgeving, waaronder de AVG, is Leverancier gerechtigd de verwerkte dossiers te gebruiken voor het trainen, testen en verfijnen van de modellen waarop het Platform is gebaseerd. Indien Opdrachtgever niet wenst dat zijn dossiers hiervoor worden gebruikt, kan Opdrachtgever dit schriftelijk aan Leverancier melden, waarna het gebruik binnen 30 dagen wordt gestaakt.', 'opt_out'),
    ('ai_training', 'nl', '8.1 Leverancier gebruikt dossiers van Opdrachtgever niet voor het trainen, testen of verfijnen van modellen.\nBijlage 1 - Doeleinden van de verwerking:\n(a) hosting en beheer van het Platform;\n(b) ondersteuning van gebruikers van Opdrachtgever;\n(c) het samenstellen van geaggregeerde en geanonimiseerde statistieken over het gebruik van het Platform ter verbetering daarvan.', 'aggregated_only'),
    ('ai_training', 'nl', '8.1 Leverancier gebruikt dossiers van Opdrachtgever niet voor het trainen, testen of verfijnen van modellen.\nBijlage 1 - Doeleinden van de verwerking:\n(a) hosting en beheer van het Platform;\n(b) ondersteuning van gebruikers van Opdrachtgever;\n(c) het opsporen en voorkomen van beveiligingsincidenten.', 'prohibited'),
    ('ai_training', 'nl', "Leverancier gebruikt dossiers van Opdrachtgever alleen voor het trainen, testen en verfijnen van de modellen indien Opdrachtgever daarom verzoekt. Indien Opdrachtgever wenst dat zijn dossiers voor deze doeleinden worden gebruikt, kan hij dit schriftelijk melden; zonder zo'n melding worden geen dossiers gebruikt.", 'opt_in'),
    ('data_location', 'en', "Data Processing Terms for European Union Clients\n1. Scope. These terms apply to Provider's processing of Client Personal Data.\n2. Hosting. Provider hosts the Services on Amazon Web Services in the us-east-1 region (Northern Virginia, United States).", 'outside_eu'),
    ('data_location', 'en', "Data Processing Terms for European Union Clients\n1. Scope. These terms apply to Provider's processing of Client Personal Data.\n2. Hosting. Provider hosts all Client Personal Data in data centres in Frankfurt and Dublin and does not transfer it outside the EEA.", 'eu_only'),
    ('data_location', 'en', 'Data Processing Terms for European Union Clients. Provider shall process Client Personal Data only on documented instructions from Client and shall assist Client in responding to data subject requests.', 'not_addressed'),
    ('data_location', 'en', 'Customer Data is stored in data centres in the Netherlands. Where the Client is established in the UK, the UK Addendum applies to the transfer of personal data from the Client to the Provider.', 'eu_only'),
    ('data_location', 'en', '5.1 Apart from clause 5.2 we will not transfer Personal Data outside the EEA.\n5.2 Our second-line support team in Belgrade, Serbia may access Personal Data remotely to resolve incidents, under the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'en', '5.1 Apart from clause 5.2 we will not transfer Personal Data outside the EEA.\n5.2 We may move Personal Data between our data centres in Amsterdam and Frankfurt for disaster recovery purposes.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in Ireland. Tickets are handled by our support staff in Hyderabad, India, who can view Customer Data when resolving a ticket. This transfer is based on the SCCs.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Verwerkersvoorwaarden voor Klanten in de Europese Unie\n1. Toepassing. Deze voorwaarden gelden voor de verwerking van persoonsgegevens van Klant.\n2. Hosting. Leverancier host de Dienst in datacenters van Microsoft Azure in de regio East US (Verenigde Staten).', 'outside_eu'),
    ('data_location', 'nl', 'Verwerkersovereenkomst voor Opdrachtgevers gevestigd in de Europese Unie. Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht en volgens de schriftelijke instructies van Verwerkingsverantwoordelijke.', 'not_addressed'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen in datacenters in Nederland. Indien Opdrachtgever in het Verenigd Koninkrijk is gevestigd, is op de doorgifte van Opdrachtgever aan Verwerker het UK Addendum van toepassing.', 'eu_only'),
    ('data_location', 'nl', '5.1 Behoudens artikel 5.2 geven wij geen persoonsgegevens door naar landen buiten de EER.\n5.2 Onze supportafdeling in Manilla (Filipijnen) kan op afstand toegang krijgen tot persoonsgegevens om storingen op te lossen; hiervoor zijn modelcontractbepalingen gesloten.', 'eu_with_transfers'),
    ('staff_access', 'en', 'Supplier personnel have no standing access to Customer Data. In an emergency, and only as a last resort, two authorised engineers may jointly obtain temporary access; each such access is logged and reviewed by the security officer.', 'restricted_logged'),
    ('staff_access', 'en', 'Our staff, group companies and contractors, including our support centre operated by Infoserve Pvt Ltd in Pune, may access Customer Data for support, billing, security, research, analytics and product development purposes.', 'broad'),
    ('staff_access', 'en', 'Each party shall keep confidential all Confidential Information received from the other party, shall not disclose it to any third party without prior written consent and shall use it only to perform this Agreement. This clause survives termination for five years.', 'not_addressed'),
    ('staff_access', 'en', '11.1 Access to Customer Data is limited to those employees who need it to perform the Services and who are bound by written confidentiality obligations.\n11.2 All access to Customer Data by Supplier personnel is recorded in audit logs, which are reviewed every quarter.', 'restricted_logged'),
    ('staff_access', 'en', "11.1 Access to Customer Data is limited to those employees who need it to perform the Services and who are bound by written confidentiality obligations.\n11.2 Supplier logs all changes made by Customer's users to the account settings, for billing and dispute purposes.", 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier hebben geen permanente toegang tot Klantgegevens. Alleen in noodgevallen en als uiterste middel kunnen twee geautoriseerde engineers gezamenlijk tijdelijk toegang verkrijgen; elke toegang wordt gelogd en achteraf beoordeeld.', 'restricted_logged'),
    ('staff_access', 'nl', 'Onze medewerkers, groepsmaatschappijen en opdrachtnemers, waaronder het door TechServe Pvt Ltd in Pune beheerde supportcentrum, kunnen de Klantgegevens inzien ten behoeve van ondersteuning, facturering, onderzoek en productontwikkeling.', 'broad'),
    ('staff_access', 'nl', 'Partijen zullen alle vertrouwelijke informatie die zij van elkaar ontvangen geheimhouden en niet aan derden verstrekken, behoudens voor zover een wettelijke plicht tot bekendmaking bestaat.', 'not_addressed'),
    ('staff_access', 'nl', '12.1 Alleen medewerkers die de gegevens nodig hebben voor de uitvoering van de Overeenkomst krijgen toegang; zij zijn gebonden aan een geheimhoudingsplicht.\n12.2 Iedere raadpleging van persoonsgegevens door medewerkers van Verwerker wordt vastgelegd in een logbestand.', 'restricted_logged'),
    ('staff_access', 'nl', '12.1 Alleen medewerkers die de gegevens nodig hebben voor de uitvoering van de Overeenkomst krijgen toegang; zij zijn gebonden aan een geheimhoudingsplicht.\n12.2 Leverancier houdt een logbestand bij van de inlogpogingen van gebruikers van Opdrachtgever.', 'restricted'),
    ('deletion', 'en', 'We may keep your content after the end of your subscription, for example to help you if you decide to come back.', 'retained'),
    ('deletion', 'en', 'On termination Supplier will delete Customer Data it no longer needs; Supplier reserves the right to retain Customer Data for its internal business records.', 'retained'),
    ('deletion', 'en', 'Within 30 days after termination, Supplier deletes the Customer Data from its production systems. Customer cannot demand destruction of the archive copy, which Supplier keeps as evidence of the services rendered.', 'retained'),
    ('deletion', 'en', 'Within 30 days after termination, Supplier deletes all Customer Data. Models that were already trained before termination are not deleted or retrained.', 'deleted'),
    ('deletion', 'nl', 'Wij mogen uw content na afloop van uw abonnement bewaren.', 'retained'),
    ('deletion', 'nl', 'Leverancier behoudt zich het recht voor de Klantgegevens na beëindiging van de Overeenkomst te bewaren.', 'retained'),
    ('deletion', 'nl', 'Binnen 30 dagen na beëindiging verwijdert Verwerker de persoonsgegevens uit de productieomgeving. Opdrachtgever kan niet verlangen dat de archiefkopie wordt vernietigd.', 'retained'),
    ('deletion', 'nl', 'Na beëindiging worden de gegevens uit de applicatie verwijderd. Kopieën in ons documentbeheersysteem worden zonder vaste termijn bewaard.', 'retained'),
    ('backups', 'en', '14. Termination and backups\n14.1 On termination we delete all Customer Data within 30 days and confirm the deletion on request.', 'not_addressed'),
    ('backups', 'en', 'Backups are kept for a limited period and then destroyed.', 'time_limited'),
    ('backups', 'nl', 'Artikel 14 Beëindiging en back-ups\n14.1 Na beëindiging verwijdert Leverancier alle Klantgegevens binnen 30 dagen.', 'not_addressed'),
    ('backups', 'nl', 'Na beëindiging kunt u gedurende 30 dagen al uw bestanden als ZIP-archief downloaden.', 'not_addressed'),
    ('backups', 'nl', 'Back-uptapes worden in een kluis bij een externe partij opgeslagen en worden niet vernietigd.', 'retained'),
    ('subprocessors', 'en', "7.1 Supplier shall not engage a sub-processor without Customer's prior specific written authorisation.\n7.2 By way of derogation from clause 7.1, Customer gives Supplier a general authorisation to engage the sub-processors listed at trust.supplier.com. Supplier will inform Customer at least 30 days before engaging a new sub-processor, and Customer may object on reasonable grounds.", 'notice_and_objection'),
    ('subprocessors', 'en', "7.1 Supplier shall not engage a sub-processor without Customer's prior specific written authorisation.\n7.2 By way of derogation from clause 7.1, Supplier may engage affiliates and other sub-processors at its discretion.", 'general_no_notice'),
    ('subprocessors', 'en', 'We will notify you at least 30 days before any material change to this Privacy Policy takes effect. We use third-party service providers to host, store and support the Service.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Wij informeren u ten minste 30 dagen voordat een wijziging van deze privacyverklaring in werking treedt. Voor hosting en ondersteuning maken wij gebruik van externe dienstverleners.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Verwerker schakelt geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Opdrachtgever zal deze toestemming niet op onredelijke gronden weigeren.', 'prior_consent'),
    ('staff_access', 'en', "Each party shall protect the other party's Confidential Information, and Vendor shall ensure that access to Customer Data is restricted to personnel who need it to provide the Services and that all such access is logged.", 'restricted_logged'),
    ('staff_access', 'en', "Each party shall keep the other party's Confidential Information confidential; Vendor's support engineers may access Customer Data at any time to operate and improve the Service.", 'broad'),
    ('deletion', 'en', 'Suspension of the account does not entail the deletion of Customer Data. Vendor deletes all Customer Data within thirty (30) days after termination of the Agreement.', 'deleted'),
    ('deletion', 'nl', 'Het opschorten van de toegang houdt geen verwijdering in van de gegevens. Na beëindiging van de Overeenkomst verwijdert Leverancier alle Klantgegevens binnen dertig dagen.', 'deleted'),
    ('deletion', 'en', 'Vendor reserves the right to store Customer Data in any of its EU data centres. Upon termination, Vendor deletes all Customer Data within thirty (30) days.', 'deleted'),
    ('subprocessors', 'en', "7.1 Vendor shall not engage any Sub-processor without Customer's prior written consent. 7.2 Notwithstanding Clause 7.1, the Customer hereby gives its general authorisation for the engagement of the Sub-processors listed in Annex III as at the Effective Date.", 'prior_consent'),
    ('staff_access', 'en', "Vendor's employees and contractors, including those not located in the EEA, may access Customer Data.", 'broad'),
    ('deletion', 'en', 'Customer cannot request the deletion of individual records through the API. Vendor deletes all Customer Data within thirty (30) days after termination of the Agreement.', 'deleted'),
    ('deletion', 'en', 'Customer may keep the exported files after the end of the subscription. Vendor deletes all Customer Data within thirty (30) days after termination.', 'deleted'),
    ('deletion', 'nl', 'De Klant mag na het einde van de Overeenkomst de geleverde rapportages bewaren. Leverancier verwijdert alle Klantgegevens binnen dertig dagen na het einde van de Overeenkomst.', 'deleted'),
    ('deletion', 'nl', 'Leverancier bewaart de Klantgegevens zolang de Klant dat noodzakelijk acht en verwijdert ze op eerste verzoek van de Klant.', 'deleted'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier kunnen in het kader van storingsonderzoek, uitsluitend met voorafgaande toestemming van de Klant, toegang krijgen tot de Klantgegevens.', 'restricted'),
    ('ai_training', 'nl', 'Als u bent aangemeld in de app, gebruiken wij uw gesprekken om onze AI-modellen te verbeteren.', 'allowed'),
    ('ai_training', 'nl', 'Zolang de Klant is ingeschreven voor een betaald abonnement, mag Leverancier de Klantgegevens gebruiken om haar modellen te trainen.', 'allowed'),
    ('ai_training', 'en', 'Customer may opt in to the Feedback Programme, under which Vendor uses rated conversations to train its models. Customer may opt out of model training on all other conversations at any time in the admin settings.', 'opt_out'),
    ('ai_training', 'en', 'If you join the Beta Program, we use your prompts to train our models. You can opt out of model training on your regular workspace content at any time in Settings.', 'opt_out'),
    ('staff_access', 'en', 'Our engineers may access your content when you ask for help, for maintenance, and to improve our products.', 'broad'),
    ('ai_training', 'en', 'Vendor may use aggregated and anonymised usage statistics to improve the Service. Vendor also uses Customer Content to train its AI models. How we secure Customer Content is described in Annex 2.', 'allowed'),
    ('ai_training', 'nl', 'Leverancier mag geaggregeerde en geanonimiseerde gebruiksstatistieken gebruiken om de dienst te verbeteren. Leverancier gebruikt daarnaast de Klantgegevens om zijn AI-modellen te trainen. Hoe wij de Klantgegevens beveiligen, staat beschreven in bijlage 2.', 'allowed'),
    ('ai_training', 'en', 'Vendor may use aggregated and anonymised usage statistics to improve the Service. Vendor also uses Customer Content to train its AI models, as the Agreement permits.', 'allowed'),
    ('ai_training', 'en', 'Vendor may use Customer Data to train and improve its AI models. If Customer does not wish its name to be used as a reference customer, Customer may notify Vendor in writing.', 'allowed'),
    ('ai_training', 'nl', 'Je mag niet zonder dat wij schriftelijk toestemming geven de Output gebruiken om AI-modellen te trainen of te verbeteren.', 'not_addressed'),
    ('ai_training', 'nl', 'Klant mag alles wat wij leveren niet gebruiken om concurrerende AI-modellen te trainen.', 'not_addressed'),
    ('ai_training', 'nl', 'De Klant gaat ermee akkoord dat Gebruikers de Output niet mogen gebruiken om AI-modellen te trainen.', 'not_addressed'),
    ('data_location', 'en', "Customer Data is stored only in data centres in Frankfurt, Germany. Vendor's head office is located in Boston, United States. This transfer impact assessment is reviewed annually.", 'eu_only'),
    ('ai_training', 'en', "The purposes of the processing are hosting, support and training of Customer's end users in the use of the Provider's services.", 'not_addressed'),
    ('staff_access', 'en', "5.1 Access by Vendor personnel to Customer Data is limited to staff who need it to provide support. 5.2 Customer's users' access to the platform is tracked for licence billing.", 'restricted'),
    ('backups', 'en', 'Vendor retains one monthly backup indefinitely for archival purposes. Monthly backups are tested for restorability within five (5) days of their creation.', 'retained'),
    ('backups', 'en', "Call recordings are stored on tape and kept for ten years at the Customer's request.", 'not_addressed'),
    ('staff_access', 'en', 'Our two hundred support employees, together with our contractors, may access Customer Data at any time.', 'broad'),
    ('deletion', 'en', 'Customer Data is retained for the duration of the Agreement without a fixed retention period and is deleted within thirty (30) days after termination.', 'deleted'),
    ('deletion', 'en', 'Vendor is not obliged to delete Customer Data that has been used to retrain its models.', 'retained'),
    ('ai_training', 'en', 'Vendor may use billing records to improve its services.', 'not_addressed'),
    ('ai_training', 'en', 'Vendor may use Customer Data to train and improve its AI models. Recordings made before the camera was switched off are kept for 30 days.', 'allowed'),
]  # fmt: skip


TWENTY_SECOND_SESSION_WORDINGS = [
    ('ai_training', 'nl', 'A1.4 Productverbetering: het gebruik van Chatgegevens door Leverancier om de Intentiemodellen van het Platform te trainen en te verbeteren. A4.2 Leverancier mag Chatgegevens in gepseudonimiseerde vorm gebruiken voor Productverbetering, tenzij Klant de instelling "Chats gebruiken voor verbetering" uitschakelt. Deze instelling staat standaard aan. A7.2 Fragmenten die voor Productverbetering zijn geselecteerd, worden bij beëindiging niet verwijderd.', 'opt_out'),
    ('ai_training', 'en', 'B1.3 Tuning: the use of Ticket Data by Vendor to train and evaluate the routing models of the Platform. B4.1 Vendor may use Ticket Data in pseudonymised form for Tuning unless Customer switches off the setting "Use tickets for Tuning". The setting is on by default for new workspaces. B6.2 Snippets that were selected for Tuning are not deleted on termination.', 'opt_out'),
    ('ai_training', 'nl', 'A1.4 Productverbetering: het gebruik van Chatgegevens door Leverancier om de Intentiemodellen van het Platform te trainen en te verbeteren. A4.2 Leverancier mag Chatgegevens in gepseudonimiseerde vorm gebruiken voor Productverbetering.', 'allowed'),
    ('ai_training', 'nl', '10.3 Het gebruik van Chatgegevens voor het verbeteren van taalmodellen is geregeld in de Bijlage AI. Bijlage AI: Leverancier mag Chatgegevens gebruiken om haar modellen te trainen, tenzij Klant dit uitschakelt in de beheeromgeving.', 'opt_out'),
    ('ai_training', 'en', '10.3 The use of Chat Data to improve language models is governed by Schedule 2. Schedule 2: Vendor may use Chat Data to train its models unless Customer switches this off in the admin console.', 'opt_out'),
    ('ai_training', 'nl', '12.3 Medewerkers van Leverancier, haar groepsmaatschappijen en door Leverancier ingeschakelde derden kunnen toegang krijgen tot Klantgegevens, voor zover dat dienstig is voor de uitvoering van de Overeenkomst, support, onderhoud en de verbetering van de Dienst. 4.1 Leverancier gebruikt Klantgegevens niet voor eigen doeleinden.', 'prohibited'),
    ('ai_training', 'nl', '9.4 Teneinde de kwaliteit van de vertaalmotor te verbeteren, mag de Verwerker segmenten uit de documenten van de Opdrachtgever gebruiken om de motor bij te trainen. De Opdrachtgever kan zich hiertegen te allen tijde verzetten door een e-mail te sturen naar privacy@verwerker.be.', 'opt_out'),
    ('ai_training', 'en', "To improve the translation engine, the Processor may use segments of the Customer's documents to train the engine. The Customer may object to this at any time by sending an e-mail to privacy@vendor.example.", 'opt_out'),
    ('ai_training', 'en', "To improve the translation engine, the Processor may use segments of the Customer's documents to train the engine. The Customer may opt out of our marketing e-mails at any time.", 'allowed'),
    ('ai_training', 'en', '5.2 The Processor will not use Candidate Material or other personal data to train or improve the machine learning models in Match Assist, unless the Controller has given its consent by activating the setting "Contribute to model improvement". The setting is deactivated by default. The Controller can at any time deactivate the setting, and after that no new Candidate Material will be used for model improvement.', 'opt_in'),
    ('ai_training', 'nl', '5.2 Verwerker gebruikt Kandidaatgegevens niet om de modellen van Match Assist te trainen, tenzij Verwerkingsverantwoordelijke daarvoor toestemming heeft gegeven door de instelling "Bijdragen aan modelverbetering" in te schakelen. Deze instelling staat standaard uit. Verwerkingsverantwoordelijke kan de instelling op elk moment uitschakelen.', 'opt_in'),
    ('ai_training', 'en', '5.2 The Processor uses Candidate Material and other personal data to train and improve the machine learning models in Match Assist. The setting "Contribute to model improvement" is on by default. The Controller can at any time deactivate the setting.', 'opt_out'),
    ('ai_training', 'en', '5.2 Vendor will not use Customer Content to train any model, except where Customer has enrolled in the Model Improvement Program, which is off by default. On Individual and Pro plans, code snippets are used to improve our models unless the user turns this off. Those plans are governed by the Individual Terms, not by these Terms.', 'opt_in'),
    ('ai_training', 'nl', '5.2 Leverancier gebruikt Klantinhoud niet om modellen te trainen, tenzij Klant zich heeft aangemeld voor het Verbeterprogramma, dat standaard uit staat. Bij Gratis abonnementen worden codefragmenten gebruikt om onze modellen te verbeteren, tenzij de gebruiker dit uitzet. Deze abonnementen vallen niet onder deze voorwaarden.', 'opt_in'),
    ('ai_training', 'en', '5.2 Vendor will not use Customer Content to train any model, except where Customer has enrolled in the Model Improvement Program, which is off by default. On Pro plans, code snippets are used to improve our models unless the user turns this off. Pro plans are billed monthly.', 'opt_out'),
    ('ai_training', 'en', '5. Cross-Account Learning. In addition, to improve the accuracy of its classifier, Vendor may use Reviewer Decisions and the associated documents from your projects to train and improve the classifier ("Cross-Account Learning"). Decisions are not readable text. 6. Opting out. You may opt out of Cross-Account Learning at any time by switching off the setting in the administration panel.', 'opt_out'),
    ('ai_training', 'nl', '5. Gedeeld leren. Daarnaast mag Leverancier Beoordelingen en de bijbehorende documenten uit uw projecten gebruiken om haar classificatiemodel te trainen ("Gedeeld Leren"). Beoordelingen zijn geen leesbare tekst. 6. Afmelden. U kunt zich op elk moment afmelden voor Gedeeld Leren via de beheeromgeving.', 'opt_out'),
    ('ai_training', 'en', '"Document Features" means numerical vector representations and statistical features derived from documents in a Matter. Vendor may use Reviewer Decisions together with the associated Document Features to train and improve its classifier.', 'allowed'),
    ('ai_training', 'en', '"Usage Benchmarks" means aggregated statistics derived from Customer\'s use of the Service. Vendor may use Usage Benchmarks to improve the Service.', 'aggregated_only'),
    ('staff_access', 'en', "5.2 Our staff only get access to Customer Personal Data where they need it to provide the Service, and their access is limited to the minimum needed for their role. 5.4 Our support team can view your account to help with a ticket you've raised.", 'restricted'),
    ('staff_access', 'nl', '5.2 Onze medewerkers krijgen alleen toegang tot persoonsgegevens als zij dat nodig hebben voor hun werk. 5.4 Ons supportteam kan uw account inzien om uw melding af te handelen.', 'restricted'),
    ('staff_access', 'en', '5.2 Our staff only get access to Customer Personal Data where they need it to provide the Service. 5.4 Our support team can view all customer accounts at any time.', 'broad'),
    ('staff_access', 'en', "5.2 Vendor limits access to Customer Data to personnel who require it. Customer support personnel can view ticket metadata for troubleshooting but cannot view message content unless the Customer's account administrator has enabled a time-limited support access grant. All access by Vendor personnel to production systems is logged.", 'restricted_logged'),
    ('staff_access', 'nl', 'Medewerkers van Incassobureau Noord, van onze groepsmaatschappijen Noord Gerechtsdeurwaarders B.V. en Noord Data B.V., en door ons ingehuurde uitzendkrachten hebben toegang tot het dossiersysteem en daarmee tot uw gegevens.', 'broad'),
    ('staff_access', 'nl', 'Medewerkers van Incassobureau Noord en van Noord Data B.V. hebben toegang tot het dossiersysteem, maar uitsluitend voor zover dat nodig is voor hun werkzaamheden.', 'restricted'),
    ('deletion', 'en', '12.2 Upon termination, Customer may, by written request made within thirty (30) days after the termination date, ask Vendor to return the Security Telemetry and Incident Reports in a common format. 12.3 Vendor shall delete all Customer Data within sixty (60) days of the termination date.', 'return_or_delete'),
    ('deletion', 'nl', '12.2 Na beëindiging kan Opdrachtgever Leverancier binnen dertig (30) dagen verzoeken de dossiers en rapportages terug te geven. 12.3 Leverancier verwijdert alle Klantgegevens binnen zestig (60) dagen na de einddatum.', 'return_or_delete'),
    ('deletion', 'en', '12.3 Vendor shall delete all Customer Data within sixty (60) days of the termination date. Vendor may ask Customer to confirm the termination date.', 'deleted'),
    ('backups', 'nl', 'B3.1 We bewaren de back-ups veertien (14) dagen. C3.1 Om misbruik te bestrijden houden wij logbestanden bij van het mailverkeer, met daarin onder meer afzender, ontvanger en onderwerpregel. Deze logbestanden bewaren wij maximaal zes (6) maanden.', 'time_limited'),
    ('backups', 'en', 'Backups are kept for fourteen (14) days. We keep logs of mail traffic containing the sender, recipient and subject line of each message for up to six (6) months.', 'time_limited'),
    ('backups', 'en', '12.1 During the term, Security Telemetry is kept for ninety (90) days in hot storage followed by twelve (12) months in the cold archive. Backups are retained on a rolling basis for thirty-five (35) days, after which they are deleted.', 'time_limited'),
    ('data_location', 'nl', 'Onze servers staan in datacenters in Amsterdam. Websites en databases worden dus in Nederland opgeslagen. Voor het filteren van e-mail werken we samen met een filterpartner. Het filteren kan plaatsvinden op servers van deze partner buiten de Europese Economische Ruimte, onder meer in de Verenigde Staten.', 'eu_with_transfers'),
    ('data_location', 'en', 'Our servers are in data centres in Frankfurt, so websites and databases are stored in Germany. Spam filtering may take place on servers of our partner outside the European Economic Area, including in the United States.', 'eu_with_transfers'),
    ('ai_training', 'en', 'The Processor shall not use Customer Data to train or improve machine learning models, unless the Controller has given consent by activating the "Model Improvement" setting in the admin console. This setting is deactivated by default. The Controller may deactivate the setting at any time.', 'opt_in'),
    ('ai_training', 'nl', 'Verwerker gebruikt Persoonsgegevens niet voor het trainen van AI-modellen, tenzij Verwerkingsverantwoordelijke daarvoor toestemming heeft gegeven door de instelling "Modelverbetering" te activeren. Standaard staat deze instelling uit. Verwerkingsverantwoordelijke kan de instelling op elk moment weer deactiveren.', 'opt_in'),
    ('ai_training', 'en', "The Controller can switch off AI data sharing at any time under Settings > Privacy. AI data sharing is off by default. Unless it has been switched on, we don't use your content to train our models.", 'opt_in'),
    ('ai_training', 'nl', 'De instelling "Help ons verbeteren" staat bij oplevering uitgeschakeld. Enkel wanneer de Verwerkingsverantwoordelijke die instelling zelf aanzet, mag de Verwerker de klantgegevens aanwenden voor het trainen van zijn modellen. De Verwerkingsverantwoordelijke kan de instelling nadien opnieuw desactiveren.', 'opt_in'),
    ('ai_training', 'en', 'We may use Customer Content to train our AI models. This setting is enabled by default, and the Controller can deactivate it at any time in the admin console.', 'opt_out'),
    ('ai_training', 'nl', 'Standaard is de instelling "Gegevens delen voor AI" ingeschakeld, waardoor Leverancier klantdata gebruikt om zijn modellen te trainen. Opdrachtgever kan deze instelling deactiveren.', 'opt_out'),
    ('ai_training', 'en', 'Supplier will not use Customer Data to train any artificial intelligence model. The Controller may activate the Usage Insights dashboard, which is off by default.', 'prohibited'),
    ('ai_training', 'nl', 'De Verwerker zal de Persoonsgegevens niet gebruiken voor training van machine learning modellen, behalve indien de Verwerkingsverantwoordelijke toestemming heeft gegeven middels het activeren van een instelling. Deze instelling is per default gedeactiveerd.', 'opt_in'),
    ('ai_training', 'en', 'Notwithstanding the foregoing, Vendor shall be permitted to use Customer Data for model training where, and for so long as, the Controller has consented thereto by enabling the Training Contribution toggle, which is disabled upon provisioning. Vendor shall not otherwise use Customer Data for the training of any model.', 'opt_in'),
    ('ai_training', 'nl', 'Door het activeren van uw account geeft u toestemming voor het gebruik van uw gegevens voor het trainen van onze AI. U kunt deze toestemming later intrekken in de instellingen.', 'opt_out'),
    ('ai_training', 'en', 'For Business and Enterprise plans, we will not use Customer Content to train our models unless the Customer opts in. For Free and Plus plans, conversations may be used to improve our models. Those plans are governed by the Individual Terms, not by these Terms.', 'opt_in'),
    ('ai_training', 'nl', 'Bij consumentenabonnementen kunnen gesprekken worden gebruikt om onze AI-modellen te trainen; deze abonnementen vallen niet onder deze voorwaarden. Voor de zakelijke abonnementen waarop deze verwerkersovereenkomst van toepassing is, gebruikt Verwerker de gegevens alleen met uitdrukkelijke toestemming van Verwerkingsverantwoordelijke voor training.', 'opt_in'),
    ('ai_training', 'en', 'This Data Processing Addendum applies only to the Team and Enterprise Services. Content submitted through our consumer apps may be used for model training as described in our Consumer Terms. Under this Addendum, Provider shall not use Customer Data for training unless Customer has expressly enabled data sharing.', 'opt_in'),
    ('ai_training', 'nl', 'Voor de gratis versie geldt dat ingevoerde teksten kunnen dienen om de modellen bij te schaven; die versie valt buiten het toepassingsgebied van deze overeenkomst en wordt beheerst door de Algemene Gebruiksvoorwaarden. Voor de diensten onder deze overeenkomst worden gegevens enkel met voorafgaande toestemming van de klant voor training aangewend.', 'opt_in'),
    ('ai_training', 'en', 'These Terms govern all plans, including the Free plan. On the Free plan, we may use your content to train our models. On paid plans, we only do so if you opt in.', 'allowed'),
    ('ai_training', 'nl', 'Deze voorwaarden zijn van toepassing op alle abonnementen, inclusief Starter. Bij het Starter-abonnement gebruiken wij uw gegevens om onze modellen te trainen. Bij Pro en Business gebeurt dat alleen als u daarvoor toestemming geeft.', 'allowed'),
    ('ai_training', 'en', 'Plus plans are governed by these Terms together with the Supplemental Plus Terms. On Plus plans, we may use your inputs to improve our models unless you turn off "Improve the model for everyone". Enterprise customers\' data is used for training only if they opt in.', 'opt_out'),
    ('ai_training', 'en', "Trial accounts are provided under separate Evaluation Terms and are not covered by this DPA; during a trial, prompts may be used for model training. For Subscribed Services, Processor will only use Personal Data to train models with the Controller's prior written consent.", 'opt_in'),
    ('ai_training', 'nl', 'Opdrachtnemer kan gegevens uit de publieke demo-omgeving gebruiken om zijn taalmodellen te verbeteren. De demo-omgeving valt niet onder deze verwerkersovereenkomst. Binnen de productieomgeving worden Persoonsgegevens uitsluitend met toestemming van Opdrachtgever voor modeltraining gebruikt.', 'opt_in'),
    ('ai_training', 'nl', 'De gratis versie valt eveneens onder deze voorwaarden. In de gratis versie mogen wij uw gegevens gebruiken om onze AI te verbeteren, tenzij u dit uitzet; in de betaalde versie gebeurt dat alleen met uw toestemming.', 'opt_out'),
    ('ai_training', 'nl', 'Productverbetering: het gebruik van Klantgegevens om de functionaliteit van het Platform te verbeteren en om machine learning-modellen te trainen. Leverancier mag Klantgegevens gebruiken voor Productverbetering. Klant kan zich via het beheerpaneel afmelden voor Productverbetering.', 'opt_out'),
    ('ai_training', 'en', "Service Improvement: the use of Customer Data to train and refine the Provider's machine learning models. Provider may carry out Service Improvement. Customer may opt out of Service Improvement by notifying Provider in writing.", 'opt_out'),
    ('ai_training', 'en', 'Analytics: the processing of Customer Data to develop and train new AI features. The Supplier may use Customer Data for Analytics.', 'allowed'),
    ('ai_training', 'nl', 'Productverbetering: het gebruik van Klantgegevens om modellen te trainen. Nieuwsbrief: een periodieke e-mail met productnieuws. Leverancier mag Klantgegevens gebruiken voor Productverbetering. Klant kan zich op elk moment afmelden voor de Nieuwsbrief.', 'allowed'),
    ('ai_training', 'en', "The use of Customer Data for improving models is governed by Schedule 2. Schedule 2 (AI Features): Vendor will not use Customer Data to train or improve any model without Customer's prior written consent.", 'opt_in'),
    ('ai_training', 'nl', 'Het gebruik van gegevens voor het verbeteren van modellen is geregeld in Bijlage AI. Bijlage AI - Modeltraining: Verwerker gebruikt Persoonsgegevens niet om AI-modellen te trainen.', 'prohibited'),
    ('ai_training', 'nl', 'Modeltraining: het gebruik van geanonimiseerde en geaggregeerde gebruiksstatistieken voor het verbeteren van onze algoritmen. Leverancier mag Modeltraining uitvoeren.', 'aggregated_only'),
    ('ai_training', 'en', 'You can opt out of Enhancement at any time in Settings. Definitions. Enhancement: use of Your Content to train, evaluate and improve our generative AI models. We may use Your Content for Enhancement.', 'opt_out'),
    ('ai_training', 'nl', 'Het aanwenden van de klantgegevens ter verbetering van de modellen wordt geregeld in Bijlage 3. Bijlage 3: de verwerker mag de klantgegevens gebruiken om zijn modellen te trainen, tenzij de klant zich hiertegen verzet.', 'opt_out'),
    ('ai_training', 'en', 'We may use Customer Data across all customer accounts to train the spam classifier ("Cross-Account Learning"). Section 14.2. You may opt out of Cross-Account Learning.', 'opt_out'),
    ('ai_training', 'nl', 'Leverancier gebruikt berichten van alle klanten om het detectiemodel te trainen ("Gedeeld Leren"). Artikel 9. U kunt zich via de beheeromgeving afmelden voor Gedeeld Leren.', 'opt_out'),
    ('ai_training', 'en', 'Transaction data from all merchants may be used to train our fraud model ("Network Intelligence"). Network Intelligence stays off for your account until you switch it on.', 'opt_in'),
    ('ai_training', 'nl', 'Leverancier gebruikt klantdocumenten om het classificatiemodel te trainen ("Slim Sorteren"). U kunt zich op elk moment afmelden voor "Productupdates".', 'allowed'),
    ('ai_training', 'en', 'Signals from your workspace, including message content, are used to train our ranking models ("Collective Signals"). Section 9.4: Customers may opt out of Collective Signals by contacting their account manager.', 'opt_out'),
    ('ai_training', 'nl', 'De leverancier benut de ingestuurde tickets om zijn antwoordsuggesties te trainen (de zogenaamde "Leerfunctie"). De klant kan de Leerfunctie te allen tijde uitschakelen.', 'opt_out'),
    ('ai_training', 'en', 'We use call recordings from all customers to train our transcription engine ("Voice Learning"). You may opt out of Smart Summaries, a feature that uses the output of Voice Learning.', 'allowed'),
    ('ai_training', 'nl', 'Verwerker zal Persoonsgegevens niet gebruiken voor het trainen van modellen over klanten heen ("Cross-Account Learning"), tenzij Verwerkingsverantwoordelijke daar vooraf schriftelijk mee instemt.', 'opt_in'),
    ('ai_training', 'nl', 'De verwerker mag de gegevens aanwenden om zijn algoritmes te trainen en te verbeteren. De klant kan zich hiertegen te allen tijde verzetten.', 'opt_out'),
    ('ai_training', 'en', 'We may use your documents to improve our machine learning models. You may object to this at any time by sending an e-mail to privacy@example.com.', 'opt_out'),
    ('ai_training', 'en', 'We use your content to train our AI models. You may object to receiving marketing e-mails at any time by sending an e-mail to privacy@example.com.', 'allowed'),
    ('ai_training', 'nl', 'Wij gebruiken uw gegevens om onze AI-modellen te trainen. U kunt zich te allen tijde verzetten tegen het ontvangen van onze nieuwsbrief.', 'allowed'),
    ('ai_training', 'nl', 'Om de dienstverlening te optimaliseren, worden de klantgegevens eveneens gebruikt voor het trainen van onze modellen. De klant heeft het recht zich daartegen op elk ogenblik te verzetten via een aangetekend schrijven.', 'opt_out'),
    ('ai_training', 'en', "Customer may at any time object, by e-mail to privacy@vendor.io, to the use of Customer Data for training Vendor's models; absent such objection, Vendor may use Customer Data for that purpose.", 'opt_out'),
    ('ai_training', 'en', 'Provider may use Customer Data to train its models. Customer may object to any new Sub-processor within 30 days by sending an e-mail to privacy@provider.com.', 'allowed'),
    ('ai_training', 'nl', 'De gegevens kunnen worden ingezet om onze modellen te trainen, tenzij u daartegen bezwaar maakt door een e-mail te sturen naar privacy@leverancier.nl.', 'opt_out'),
    ('ai_training', 'nl', 'Wij gebruiken uitsluitend geanonimiseerde en geaggregeerde statistieken om onze modellen te verbeteren. U kunt zich hiertegen te allen tijde verzetten.', 'aggregated_only'),
    ('ai_training', 'en', 'The Customer can at all times oppose himself against the use of his data for the training of the algorithms, by e-mail to privacy@vendor.eu.', 'opt_out'),
    ('staff_access', 'en', "Our support staff can view your account only to help with a ticket you've raised. Access is limited to employees who need it for their role and who are bound by confidentiality.", 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van onze servicedesk kunnen uw omgeving inzien om uw melding af te handelen. Toegang is beperkt tot medewerkers die dit voor hun werk nodig hebben (need-to-know) en die een geheimhoudingsverklaring hebben getekend.', 'restricted'),
    ('staff_access', 'en', 'Members of our support team can view all customer accounts at any time to assist customers and improve our service.', 'broad'),
    ('staff_access', 'nl', 'Alle medewerkers van de klantenservice hebben doorlopend toegang tot alle klantaccounts.', 'broad'),
    ('staff_access', 'en', "Support personnel cannot view Customer Content unless the Customer's administrator has enabled a time-limited support access grant.", 'restricted'),
    ('staff_access', 'nl', 'Supportmedewerkers kunnen de inhoud van mailboxen niet inzien, tenzij de beheerder van Klant een tijdelijke toegangsmachtiging voor support heeft geactiveerd. Elke toegang wordt gelogd en is voor Klant zichtbaar in het auditlogboek.', 'restricted_logged'),
    ('staff_access', 'nl', 'Onze helpdeskmedewerkers kunnen uw dossier raadplegen om uw melding op te volgen. Zij werken op basis van need-to-know, zijn gebonden door een geheimhoudingsplicht en elke raadpleging wordt gelogd.', 'restricted_logged'),
    ('staff_access', 'en', "Our support team has access to all accounts and may view any account whenever it sees fit, for example to help with a ticket you've raised.", 'broad'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier, van Hosting Noord B.V., van Archiefdiensten Zuid B.V., van Scan & Index N.V. en van ICT Beheer Holland B.V. hebben toegang tot het dossiersysteem en daarmee tot uw gegevens.', 'broad'),
    ('staff_access', 'en', 'The following entities have access to the platform and thereby to Customer Data: Vendor Ltd, Vendor Support Services B.V., CloudOps N.V., DataCare GmbH, and their respective employees and contractors.', 'broad'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier en van Hosting Noord B.V. hebben uitsluitend toegang tot de gegevens voor zover dat nodig is voor de dienstverlening en zijn gebonden aan geheimhouding.', 'restricted'),
    ('staff_access', 'en', 'Customer shall ensure that its own users who log in to the platform have passed a police check.', 'not_addressed'),
    ('staff_access', 'en', 'Personnel of Vendor B.V. and of its hosting provider DataHal N.V. may access Customer Data only where strictly necessary to provide the Services; all such access is logged and reviewed quarterly.', 'restricted_logged'),
    ('staff_access', 'nl', 'Toegang tot de gegevens hebben: medewerkers van Verwerker, van zustervennootschap Alpha Data N.V., van onderaannemer Beta Services B.V., van drukkerij Gamma Print B.V., consultants ingehuurd via Delta Interim B.V. en onze externe accountants.', 'broad'),
    ('deletion', 'en', 'Upon termination, the Customer may ask the Vendor to return the Reports and Telemetry. The Vendor shall then delete all Customer Data within 30 days.', 'return_or_delete'),
    ('deletion', 'nl', 'Na afloop van de overeenkomst kan Klant Leverancier verzoeken de Rapportages en Meetgegevens te retourneren. Vervolgens verwijdert Leverancier alle gegevens binnen 60 dagen.', 'return_or_delete'),
    ('deletion', 'en', 'On termination, Customer shall return the scanning hardware to Vendor, and Vendor will delete all Customer Data within 30 days.', 'deleted'),
    ('deletion', 'nl', 'Na beëindiging mag Leverancier de Rapportages en Meetgegevens bewaren voor eigen analyses.', 'retained'),
    ('data_location', 'nl', 'Websites en databases worden in Nederland opgeslagen. Inkomende e-mail wordt op spam en virussen gecontroleerd op servers van onze filterpartner buiten de EER, waaronder de Verenigde Staten.', 'eu_with_transfers'),
    ('data_location', 'en', 'All customer data is hosted in our data centres in Frankfurt. Incoming mail is scanned on servers of our filter partner outside the EEA, including the US.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Websites en databases worden in Nederland opgeslagen. Onze filterpartner verwerkt e-mail uitsluitend op servers in Duitsland.', 'eu_only'),
    ('data_location', 'en', 'Your files are stored in Amsterdam. Our spam-filter partner scans mail on its own servers in Ireland and Belgium.', 'eu_only'),
    ('data_location', 'nl', 'De gegevens worden gehost in datacenters in België. Voor de virusscan worden berichten doorgestuurd naar servers van onze partner in de Verenigde Staten, waarvoor modelcontractbepalingen werden afgesloten.', 'eu_with_transfers'),
    ('data_location', 'en', 'Primary storage is in Ireland. Backups are replicated to a facility in Canada, a country covered by an adequacy decision.', 'eu_with_transfers'),
    ('data_location', 'en', 'All data is stored and processed on servers of our hosting partner in the United States.', 'outside_eu'),
    ('data_location', 'en', 'Websites and databases are stored in the Netherlands. For the filtering of e-mail, use is made of servers of our filter partner, which are located outside the EEA, among which the United States.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Wij slaan websites op in Nederland, maar onze partners kunnen de gegevens verwerken in elk land waar zij actief zijn.', 'unrestricted'),
    ('deletion', 'nl', '14.3 Heeft Opdrachtgever niet tijdig gekozen, dan vernietigt Verwerker de Persoonsgegevens binnen 30 dagen na het einde van de Overeenkomst.', 'deleted'),
    ('deletion', 'nl', 'Mocht Opdrachtgever niet tijdig kiezen, dan vernietigt Verwerker de Persoonsgegevens binnen 30 dagen na het einde van de Overeenkomst.', 'deleted'),
    ('deletion', 'nl', 'Wenst Opdrachtgever de gegevens niet terug te ontvangen, dan vernietigt Verwerker de Persoonsgegevens binnen 30 dagen na het einde van de Overeenkomst.', 'deleted'),
    ('deletion', 'nl', 'Na het einde van de Overeenkomst geldt het volgende: heeft Opdrachtgever niet tijdig gekozen, dan vernietigt Verwerker de Persoonsgegevens binnen 30 dagen.', 'deleted'),
    ('deletion', 'en', 'Upon termination, Vendor shall return and subsequently delete all Customer Data within 30 days.', 'return_or_delete'),
    ('deletion', 'nl', 'Na beëindiging verwijdert Leverancier alle Klantgegevens binnen 30 dagen. Leverancier kan Klant verzoeken de geleende apparatuur terug te sturen.', 'deleted'),
    ('deletion', 'en', 'Within 30 days after termination Vendor deletes all Customer Data. After termination, Vendor may retain anonymised usage statistics for its own product analytics.', 'deleted'),
    ('deletion', 'en', 'Upon termination Customer shall return all rented devices to Vendor.Customer Data is deleted within 30 days after termination.', 'deleted'),
    ('deletion', 'nl', 'Na beëindiging worden alle Persoonsgegevens binnen 30 dagen vernietigd; de gegevens worden niet teruggegeven aan Opdrachtgever.', 'deleted'),
    ('ai_training', 'nl', 'Verwerker verwerkt de Persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke. Verwerker zet passende technische en organisatorische maatregelen in om de beveiliging van de Persoonsgegevens te verbeteren.', 'prohibited'),
    ('ai_training', 'en', 'Vendor may use Customer Data to improve its models only after its quality team has checked the data for accuracy.', 'allowed'),
    ('ai_training', 'en', 'Vendor may use Customer Data to train its machine learning models. Vendor will notify Customer of any new Sub-processor and Customer may object to it in writing within 14 days.', 'allowed'),
    ('ai_training', 'en', 'Vendor may use Customer Content to train its AI models. Customer can deactivate individual user accounts at any time in the admin console.', 'allowed'),
    ('ai_training', 'nl', 'Leverancier gebruikt Klantgegevens om zijn AI-modellen te verbeteren. De Klant kan gebruikersaccounts op elk moment deactiveren.', 'allowed'),
    ('ai_training', 'en', 'Vendor uses Customer Content to improve its AI models. Users can opt out of an e-mail summary at any time.', 'allowed'),
    ('ai_training', 'nl', 'Leverancier gebruikt Klantgegevens om zijn AI-modellen te verbeteren. U kunt uw toestemming voor locatiebepaling altijd intrekken.', 'allowed'),
    ('ai_training', 'en', "During the trial period and after conversion to a paid subscription, Vendor may use Customer Data to train its models. Third-party integrations are governed by their providers' terms and not by these Terms.", 'allowed'),
    ('ai_training', 'nl', 'In de proefperiode en daarna gebruikt Leverancier de Klantgegevens om zijn AI-modellen te trainen. Betalingen lopen via Mollie en vallen niet onder deze overeenkomst.', 'allowed'),
    ('ai_training', 'en', 'Any use of the Services for unlawful purposes is prohibited.', 'not_addressed'),
    ('ai_training', 'en', 'Acme uses Customer Content to train its transcription models ("Voice Learning"). Customer may opt out of Acme\'s use of its content at any time in the admin console.', 'opt_out'),
    ('ai_training', 'en', 'Vendor uses transaction data to train its fraud models ("Network Intelligence"). With your permission, we also share Network Intelligence scores with partner banks.', 'allowed'),
    ('ai_training', 'en', "Vendor processes Customer Data only on Customer's documented instructions. Vendor may use material from its own public knowledge base to improve the help texts of the Service.", 'prohibited'),
    ('ai_training', 'nl', 'Support-medewerkers van Leverancier kunnen Klantgegevens inzien voor zover dat nodig is voor de uitvoering van de Overeenkomst, en Leverancier mag Klantgegevens gebruiken om de Dienst te verbeteren.', 'allowed'),
    ('ai_training', 'en', 'Vendor will not use Customer Data for model training.', 'prohibited'),
    ('ai_training', 'nl', 'Leverancier mag Klantgegevens voor modeltraining gebruiken, tenzij de Klant zich hiertegen verzet.', 'opt_out'),
    ('data_location', 'en', 'All Customer Data is hosted exclusively in the AWS eu-west-2 region.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is stored in the Google Cloud region europe-west6.', 'outside_eu'),
    ('data_location', 'en', 'Our corporate website is hosted by a provider in the United States. Customer Data is stored exclusively in Germany.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in Frankfurt, Germany. Our marketing database is hosted in the United States.', 'eu_only'),
    ('data_location', 'en', "Customer Data is stored in the Netherlands. Our partner's service desk is based in the United States and has no access to Customer Data.", 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored in the Google Cloud region europe-west3 (Frankfurt).', 'eu_only'),
    ('backups', 'en', 'Backups are kept only as long as necessary for disaster recovery and are then overwritten in the regular backup rotation.', 'until_overwritten'),
    ('staff_access', 'nl', 'Alle medewerkers van Verwerker hebben toegang tot je administratie voor zover hun werkzaamheden dat vereisen, en zij hebben een geheimhoudingsverklaring getekend.', 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van Verwerker en van haar groepsmaatschappij Acme Services B.V. hebben toegang tot de klantgegevens voor zover dat voor hun taak vereist is; zij zijn tot geheimhouding verplicht.', 'restricted'),
    ('staff_access', 'en', "Our support team can view your account to help with a ticket you've raised.", 'restricted'),
    ('staff_access', 'en', 'Support staff may access Customer Data only after your administrator approves a time-limited access grant. All such access is logged.', 'restricted_logged'),
    ('data_location', 'en', 'Your workspace data lives on a cloud platform in London, in the United Kingdom. Nightly backups are kept in a bucket in Belgium.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is stored in the Google Cloud region europe-west2.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is stored in the Google Cloud region europe-west4 in the Netherlands.', 'eu_only'),
    ('data_location', 'nl', '7.3 Verwerker geeft de Klantgegevens niet door naar een derde land anders dan onder de voorwaarden van dit artikel. 7.1 De Klantgegevens worden in Frankrijk gehost. 7.2 Bepaalde subverwerkers kunnen de gegevens vanuit de Verenigde Staten verwerken op basis van de modelcontractbepalingen.', 'eu_with_transfers'),
    ('ai_training', 'en', 'A use of Customer Data for own purposes of the Supplier, in particular for advertising or for the training of AI models, is excluded.', 'prohibited'),
    ('ai_training', 'nl', 'Een gebruik van Klantgegevens voor eigen doeleinden van Leverancier, in het bijzonder voor reclame of het trainen van AI-modellen, is uitgesloten.', 'prohibited'),
    ('ai_training', 'en', 'Any use of the Services for unlawful purposes is prohibited.', 'not_addressed'),
    ('ai_training', 'en', 'Workspace settings: - Feedback Collection - default: on - effect: when on, Feedback Data is used to train and improve our models.', 'opt_out'),
    ('ai_training', 'nl', 'Alleen als u het vakje aanvinkt, mogen onze ontwikkelaars het gesprek gebruiken om ons rangschikkingsmodel te trainen. Dit vakje staat standaard uit.', 'opt_in'),
    ('ai_training', 'en', 'Under the Shared Defense Program, Vendor uses Threat Signals from all participating customers to train its detection models. Customer participates in the Shared Defense Program by default and may opt out at any time in the console.', 'opt_out'),
    ('ai_training', 'en', 'Under the Shared Defense Program, Vendor uses Threat Signals from all participating customers to train its detection models. Participation is voluntary and off by default.', 'opt_in'),
    ('ai_training', 'en', 'Where users submit corrections as Feedback Data, Vendor uses such Feedback Data to retrain its extraction models. Feedback learning is switched on by default for every account; an administrator may switch it off at any time.', 'opt_out'),
    ('ai_training', 'en', 'Where users submit Feedback Data, Vendor uses such Feedback Data to retrain its extraction models.', 'opt_in'),
    ('ai_training', 'nl', 'Een wijziging die het gebruik van uw Inhoud voor modeltraining mogelijk zou maken, zal niet zonder uw uitdrukkelijke instemming van kracht worden. Wij gebruiken uw Inhoud niet om AI-modellen te trainen.', 'prohibited'),
    ('staff_access', 'en', "4.1 Access to Customer Data is limited to personnel who need it to perform the Services. Audit trail of the actions of Authorised Users within each workspace, exportable by the Customer's administrators.", 'restricted'),
    ('staff_access', 'en', '4.1 Access to Customer Data is limited to personnel who need it to perform the Services. All sessions on the bastion host and all queries of production databases are logged.', 'restricted_logged'),
    ('staff_access', 'nl', 'Al onze medewerkers en de freelancers waarmee we samenwerken kunnen bij de hostingomgevingen van de websites die we beheren.', 'broad'),
    ('subprocessors', 'nl', '4.4 We mogen bij het uitvoeren van de opdracht anderen inschakelen, zoals freelance ontwerpers, hostingpartijen en andere leveranciers.', 'general_no_notice'),
    ('subprocessors', 'en', "6.1 The Customer grants Vendor general authorisation to engage further sub-processors. 6.2 Vendor shall give the Customer at least thirty (30) days' notice of any new Sub-processor and the Customer may object. S5. Notwithstanding paragraph 6 of Schedule 3, Vendor shall not engage any new Sub-processor without the Customer's prior written approval.", 'prior_consent'),
    ('deletion', 'en', 'We will delete Documents stored in your Archive ninety (90) days after termination. Notwithstanding the foregoing, we may retain Member Data incorporated in our training datasets after termination for as long as we consider necessary.', 'retained'),
    ('deletion', 'nl', '12.3 Na beëindiging verwijdert Leverancier alle gegevens binnen zestig (60) dagen. 12.4 Na beëindiging mag Leverancier de Rapportages en Meetgegevens bewaren voor eigen analyses.', 'retained'),
    ('deletion', 'en', '12.3 Vendor deletes all Customer Data within sixty (60) days after termination. After termination, Vendor may retain anonymised usage statistics for its own analytics.', 'deleted'),
    ('backups', 'en', "S2. If the Customer notifies Vendor in writing that a Matter is subject to a legal hold, Vendor shall not delete the Customer Data for that Matter. Customer Data contained in back-up media shall be deleted in accordance with Vendor's standard back-up rotation cycle.", 'until_overwritten'),
    ('backups', 'nl', "Klantpersoonsgegevens in back-ups worden verwijderd in overeenstemming met de standaard back-uprotatieschema's van Leverancier.", 'until_overwritten'),
    ('backups', 'nl', 'Back-ups bewaren we zo lang als nodig is voor de continuïteit van onze dienst. Verwijderde gegevens kunnen nog in oudere back-ups staan.', 'retained'),
    ('ai_training', 'nl', '6.4 Wij gebruiken de inhoud van je gesprekken niet om onze AI-modellen te trainen, tenzij je meedoet aan het Onderzoeksprogramma. Je doet alleen mee als je de schakelaar zelf aanzet; standaard staat deze schakelaar uit.', 'opt_in'),
    ('ai_training', 'en', 'By default, Model Improvement is switched on, and you can switch it off in Settings. We may use your Inputs to train and refine our models, subject to Section 6.3. 6.3 When Model Improvement is off, we will not use Inputs created after that point to train our models. Content that has been used to train our models cannot be removed from those models.', 'opt_out'),
    ('ai_training', 'nl', 'Het is Verwerker in het bijzonder verboden de Klantgegevens, ook niet in gepseudonimiseerde of geaggregeerde vorm, te gebruiken voor statistische analyses, productontwikkeling of het trainen van modellen.', 'prohibited'),
    ('ai_training', 'en', 'The Processor shall not use Controller Personal Data for training machine learning models. The Processor trains its models exclusively on licensed datasets and synthetic data.', 'prohibited'),
    ('ai_training', 'nl', '10.2 We gebruiken je beelden niet om onze modellen te trainen, tenzij je daar zelf toestemming voor geeft door de optie in de app aan te zetten. Deze optie staat standaard uit. 10.3 Heb je de optie aangezet? Dan mogen we korte fragmenten gebruiken om onze modellen te trainen.', 'opt_in'),
    ('staff_access', 'en', '5.2 The access of Operators to Client Personal Data is limited to the data necessary for their functions (need-to-know principle). 5.3 All the accesses to the CRM of the Client are registered in audit logs.', 'restricted_logged'),
    ('deletion', 'nl', '8.2 Binnen twee weken na het einde van de hosting stuur ik je een downloadlink met een volledige kopie van je website en database. 8.3 Twee maanden na het einde van de hosting verwijder ik je website definitief.', 'return_or_delete'),
]  # fmt: skip


TWENTY_THIRD_SESSION_WORDINGS = [
    ('subprocessors', 'en', '7.2 The Supplier informs the Client of any intended addition or replacement of Sub-processors by e-mail, with an antecedence of at least twenty (20) days in relation to the start of the processing by the new Sub-processor. 7.3 The Client may oppose the change on reasonable grounds within ten (10) days counting from the reception of the communication.', 'notice_and_objection'),
    ('subprocessors', 'nl', '7.2 Verwerker schakelt geen andere Subverwerkers in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever. 7.5 In afwijking van artikel 7.2 kan Verwerker werkzaamheden van een Subverwerker overdragen aan een Groepsmaatschappij, mits Verwerker Opdrachtgever daarvan ten minste dertig (30) dagen vooraf schriftelijk in kennis stelt en Opdrachtgever niet binnen veertien (14) dagen bezwaar maakt.', 'notice_and_objection'),
    ('subprocessors', 'nl', '7.2 Verwerker schakelt geen andere Subverwerkers in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever. 15.1 Verwerker mag deze Overeenkomst overdragen aan een Groepsmaatschappij, mits Verwerker Opdrachtgever daarvan dertig (30) dagen vooraf in kennis stelt.', 'prior_consent'),
    ('deletion', 'en', '12.3 After the termination, the Processor eliminates all Client Personal Data, including existing copies, within thirty (30) days, except where the conservation is obliged by Union or Member State law.', 'deleted'),
    ('deletion', 'en', '5.1 The Processor works to eliminate security risks identified in the annual penetration test within thirty (30) days.', 'not_addressed'),
    ('deletion', 'nl', '9.1 Na afloop van je Gesprek bewaren we het veertien (14) dagen, zodat je het kunt teruglezen. Daarna wordt het Gesprek automatisch verwijderd.', 'deleted'),
    ('deletion', 'en', '9.1 After your chat ends we keep it for fourteen (14) days so that you can read it back. After that the chat is deleted automatically.', 'deleted'),
    ('staff_access', 'nl', '9.1 Je teksten zijn niet openbaar. Andere gebruikers zien je teksten niet. 9.2 Ons team kan je teksten wel bekijken, bijvoorbeeld om de kwaliteit te beoordelen of om misbruik op te sporen.', 'broad'),
    ('ai_training', 'nl', '6.2 Daarom geef je ons een gratis, wereldwijde licentie om je teksten op te slaan, te verwerken en te gebruiken om Schrijfmaat aan je te leveren en om Schrijfmaat en de AI-modellen waarmee we werken te verbeteren.', 'allowed'),
    ('ai_training', 'nl', '6.2 Hierbij verleent Klant Leverancier een licentie om de teksten te gebruiken om de AI-modellen van Leverancier te verbeteren.', 'allowed'),
    ('ai_training', 'nl', 'Wij gebruiken je teksten om Schrijfmaat en de AI-modellen waarmee we werken te verbeteren.', 'allowed'),
    ('ai_training', 'nl', '6.2 Om Schrijfmaat te laten werken, hebben we toestemming nodig om je teksten te gebruiken. Daarom geef je ons een licentie om je teksten op te slaan en te verwerken om Schrijfmaat aan je te leveren.', 'not_addressed'),
    ('data_location', 'nl', '8.2 Je teksten staan op servers in de Europese Unie. Om resultaten te maken, wordt je invoer naar AI-bedrijven gestuurd, waarvan sommige in de Verenigde Staten zitten.', 'eu_with_transfers'),
    ('data_location', 'nl', '8.2 Je teksten staan op servers in de Europese Unie. Je invoer wordt naar bedrijven in de Verenigde Staten gestuurd.', 'eu_with_transfers'),
    ('data_location', 'en', '8.2 Your texts are stored on servers in the European Union. Your input is sent to companies in the United States.', 'eu_with_transfers'),
    ('data_location', 'en', '8.2 We process personal data of companies in the United States only on servers in the European Union.', 'eu_only'),
    ('ai_training', 'en', 'You must not use the Service, or let anyone else use your account, to: (a) break any law; (b) probe or attack our systems, reverse engineer our models, or use the Service to build a competing product. 7.2 We do not use Your Content to train or improve AI models.', 'prohibited'),
    ('ai_training', 'en', '7.2 We do not use Your Content to train or improve AI models. 7.4 We create anonymised, aggregated statistics from conversations across all customers, and we use these statistics to improve the Service.', 'aggregated_only'),
    ('ai_training', 'nl', '7.2 We gebruiken je gesprekken niet om AI-modellen te trainen. 7.4 We maken geanonimiseerde, samengevoegde statistieken uit de gesprekken van alle klanten, en die statistieken gebruiken we om de dienst te verbeteren.', 'aggregated_only'),
    ('ai_training', 'en', '7.4 We create aggregated statistics from conversations. These insights, together with the underlying chat transcripts, are used to train our models.', 'allowed'),
    ('staff_access', 'nl', '10.2 Verwerker zorgt ervoor dat uitsluitend medewerkers die voor de Dienst toegang nodig hebben, toegang krijgen tot de persoonsgegevens. - Alle beheerhandelingen op klantsystemen worden gelogd in een centraal SIEM-systeem.', 'restricted_logged'),
    ('staff_access', 'nl', '10.2 Verwerker zorgt ervoor dat uitsluitend medewerkers die voor de Dienst toegang nodig hebben, toegang krijgen tot de persoonsgegevens. Alle beheerhandelingen van medewerkers worden centraal gelogd.', 'restricted_logged'),
    ('staff_access', 'nl', '4.2 De toegang tot de Persoonsgegevens wordt beperkt tot die medewerkers van Verwerker voor wie deze toegang strikt noodzakelijk is. - Audittrail: alle wijzigingen die gebruikers van de Klant in loon- en personeelsgegevens aanbrengen, worden bijgehouden in een audittrail die de Klant kan inzien.', 'restricted'),
    ('staff_access', 'en', '4.2 Access to the Personal Data is limited to those employees of the Processor who strictly need it. - Audit trail: all changes that users of the Customer make to payroll records are recorded in an audit trail the Customer can view.', 'restricted'),
    ('deletion', 'nl', '9.3 Na het einde van je Abonnement bewaren we je account en je Gesprekken nog drie (3) maanden. Na die drie maanden verwijderen we je account en de bijbehorende gegevens. 9.4 Gespreksfragmenten die wij voor het einde van je Abonnement hebben opgenomen in onze trainings- en testsets, verwijderen we niet.', 'retained'),
    ('deletion', 'en', '9.3 After your subscription ends we keep your account and conversations for three (3) months. After those three months we delete your account and the related data. 9.4 Conversation snippets that we included in our training and test sets before the end of your subscription are not deleted.', 'retained'),
    ('deletion', 'nl', '9.3 Na het einde van je Abonnement verwijderen we je account en de bijbehorende gegevens binnen drie maanden. Gespreksfragmenten die wij hebben opgenomen in onze trainingssets, verwijderen we binnen dezelfde termijn.', 'deleted'),
    ('deletion', 'nl', '- Documenten die zijn opgenomen in de Trainingsdataset: voor onbepaalde tijd, ook na beëindiging van het abonnement.\n\n- Administratie van het Kantoor: na beëindiging van het abonnement verwijderen wij deze binnen 6 maanden.', 'retained'),
    ('deletion', 'en', "- Documents included in the training dataset: indefinitely, even after termination of the subscription.\n\n- The firm's records: we delete them within 6 months after termination of the subscription.", 'retained'),
    ('backups', 'nl', 'B4.1 Bewaartermijnen van back-ups:\n\n- Dagelijkse back-ups - vier (4) weken, daarna automatisch vernietigd.\n\n- Maandelijkse back-ups - twaalf (12) maanden, daarna automatisch vernietigd.\n\nB4.2 Alle beheerhandelingen worden gelogd; beheerders kunnen hun eigen logregels niet wijzigen of verwijderen.', 'time_limited'),
    ('backups', 'nl', 'B4.1 Bewaartermijnen van back-ups:\n\n- Dagelijkse back-ups - vier (4) weken.\n\nB4.2 Maandelijkse back-ups worden niet verwijderd.', 'retained'),
    ('deletion', 'nl', '12.2 Binnen vier (4) weken na beëindiging van de Hoofdovereenkomst stelt Verwerker alle Documenten met bijbehorende metadata aan Opdrachtgever ter beschikking in een open formaat, of draagt deze op verzoek over aan een opvolgende leverancier. 12.3 Nadat Opdrachtgever de ontvangst heeft bevestigd, vernietigt Verwerker de Persoonsgegevens, en in ieder geval uiterlijk drie (3) maanden na beëindiging.', 'return_or_delete'),
    ('staff_access', 'nl', '7.2 Gesprekslogboeken kunnen ook worden ingezien door medewerkers van Leverancier, van met Leverancier verbonden ondernemingen en van partners die wij inschakelen, voor klantenservice, kwaliteitscontrole en het verbeteren van de dienst. 7.3 Iedereen die namens Leverancier Gesprekslogboeken kan inzien, is gebonden aan geheimhouding.', 'broad'),
    ('staff_access', 'en', "7.2 Conversation logs may also be viewed by employees of the Vendor, of its affiliates and of partners we engage, for customer service, quality control and improving the service. 7.3 Everyone who can view conversation logs on the Vendor's behalf is bound by confidentiality.", 'broad'),
    ('staff_access', 'en', '7.2 Conversation logs may be viewed by employees of the Vendor and of its affiliates only where strictly necessary to resolve a support ticket.', 'restricted'),
    ('deletion', 'nl', '10.2 Na het einde van de dienst verwijderen wij uw Kennisbank en instellingen binnen zestig (60) dagen. 9.4 Gesprekken die al zijn opgenomen in een dataset voor de verbetering van de dienst, worden niet uit die dataset verwijderd.', 'retained'),
    ('deletion', 'en', '10.2 After the end of the service we delete your knowledge base and settings within sixty (60) days. 9.4 Conversations already included in a dataset for improving the service are not deleted from that dataset.', 'retained'),
    ('ai_training', 'nl', '3.3 Verwerker gebruikt de persoonsgegevens niet voor eigen doeleinden. B2.4 Prompts, documenten en antwoorden worden niet gebruikt voor het trainen of verbeteren van taalmodellen van Verwerker, tenzij Verwerkingsverantwoordelijke in het Klantportaal uitdrukkelijk de optie "Kwaliteitsprogramma" heeft ingeschakeld. Deze optie staat standaard uit.', 'opt_in'),
    ('ai_training', 'en', '3.3 Vendor may use Customer Content processed by the Scribe service for Service Improvement, unless Customer opts out under Section 3.4. 3.6 If Customer chooses to submit ratings about an Output ("Feedback"), Vendor may use the Feedback for Service Improvement. 3.7 Vendor may collect and use information about Customer\'s use of the AI Services, such as the number of tokens processed and error rates, to operate, bill for and improve the AI Services. Such information does not include Prompts or Outputs.', 'opt_out'),
    ('ai_training', 'en', "3.7 Vendor may collect and use information about Customer's use of the AI Services, such as the number of tokens processed and error rates, to operate, bill for and improve the AI Services.", 'allowed'),
    ('data_location', 'nl', '9.1 Leverancier slaat Klantgegevens op bij een hostingpartij in Nederland. 9.2 Voor het maken van samenvattingen gebruikt Leverancier taalmodellen van derden. De Invoer die daarvoor nodig is, kan daarbij worden verwerkt in de Verenigde Staten. Voor deze doorgifte maakt Leverancier gebruik van de standaardcontractbepalingen van de Europese Commissie.', 'eu_with_transfers'),
    ('data_location', 'en', '9.1 Vendor stores Customer Data with a hosting provider in the Netherlands. 9.2 To produce summaries, Vendor uses third-party language models. The Input needed for this may be processed in the United States. For this transfer Vendor relies on the standard contractual clauses of the European Commission.', 'eu_with_transfers'),
    ('ai_training', 'nl', 'Als u een antwoord beoordeelt, kunt u het vakje "Deel dit gesprek met Leverancier om Kraai te verbeteren" aanvinken. Alleen als u het aanvinkt, mogen onze ontwikkelaars dat gesprek gebruiken om Kraai te verbeteren.', 'opt_in'),
    ('subprocessors', 'en', '6.1 Customer gives a general authorization to engage Sub-processors. 6.2 Vendor will update the Sub-processor List no later than thirty (30) days after a new Sub-processor begins processing Customer Personal Data. 6.3 Customer may object to a new Sub-processor on reasonable grounds within fifteen (15) days after the list is updated; if Vendor cannot accommodate the objection, Customer may terminate the affected Services.', 'notice_and_objection'),
    ('subprocessors', 'nl', '6.1 Klant verleent algemene toestemming voor het inschakelen van Subverwerkers. 6.2 Leverancier informeert Klant uiterlijk tien (10) werkdagen nadat een nieuwe Subverwerker is ingeschakeld. 6.3 Klant kan binnen dertig (30) dagen na die melding op redelijke gronden bezwaar maken; vinden partijen geen oplossing, dan kan Klant de Dienst opzeggen.', 'notice_and_objection'),
    ('subprocessors', 'en', '7.1 We use the AI providers listed on our website. We will notify you within fifteen (15) days after a new AI provider begins processing Inputs. If you do not agree with the change, your sole remedy is to disable the AI features.', 'general_no_notice'),
    ('subprocessors', 'en', '8.1 You authorise us to use the sub-processors listed below, and any sub-processors we add later in line with this section. 8.2 When we add or replace a sub-processor, we update this list and note the change in the Changelog.', 'general_no_notice'),
    ('subprocessors', 'nl', '7.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever. 7.2 Verwerker dient een verzoek tot inschakeling of vervanging van een Subverwerker ten minste zes (6) weken voor de beoogde ingangsdatum schriftelijk in bij Opdrachtgever.', 'prior_consent'),
    ('subprocessors', 'en', 'Customer will be notified of any new Sub-processor after it has been engaged. Customer may object within thirty (30) days of such notification on reasonable data protection grounds; if the parties cannot resolve the objection, Customer may terminate the Agreement without penalty.', 'notice_and_objection'),
    ('subprocessors', 'en', 'Some features rely on third-party AI providers. We may add or change these providers at any time and will mention them in our documentation once they are in use. If you do not agree with a provider, you can disable the feature in your workspace settings.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Wij mogen andere bedrijven inschakelen die ons helpen de dienst te leveren. Zodra we een nieuw bedrijf toevoegen, zetten we het op onze lijst van subverwerkers. Ben je het er niet mee eens, dan kun je de betreffende functie uitzetten.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Opdrachtnemer stelt Opdrachtgever in kennis van de inzet van een nieuwe subverwerker nadat deze is ingeschakeld. Opdrachtgever kan daartegen schriftelijk bezwaar maken; blijft het bezwaar bestaan, dan heeft Opdrachtgever het recht de verwerkersovereenkomst en de hoofdovereenkomst met onmiddellijke ingang te beëindigen.', 'notice_and_objection'),
    ('subprocessors', 'en', 'The Processor shall not engage any sub-processor without the prior specific written authorisation of the Controller.\n\nBy way of derogation from the preceding paragraph, the Processor may transfer processing activities to any company of its group, provided it informs the Controller thirty (30) days in advance and the Controller does not object within that period.', 'notice_and_objection'),
    ('subprocessors', 'en', "Vendor will obtain Customer's prior written consent before subcontracting any processing of Customer Personal Data.\n\nNotwithstanding clause 9.1, Vendor may move hosting and support work to its Affiliates upon 14 days' written notice. Customer may object to such a move, and if the objection is not resolved Customer may terminate the Agreement.", 'notice_and_objection'),
    ('subprocessors', 'nl', 'Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.\n\nIn afwijking van het vorige lid mag Verwerker werkzaamheden onderbrengen bij een groepsmaatschappij, mits Verwerker dit ten minste twintig dagen vooraf meldt en Verwerkingsverantwoordelijke daartegen bezwaar kan maken.', 'notice_and_objection'),
    ('subprocessors', 'nl', 'De verwerker doet geen beroep op een andere verwerker zonder voorafgaande specifieke schriftelijke toestemming van de verwerkingsverantwoordelijke.\n\nIn afwijking hiervan kan de verwerker verwerkingen toevertrouwen aan een met haar verbonden vennootschap, na de verwerkingsverantwoordelijke daarvan één maand vooraf in kennis te hebben gesteld; de verwerkingsverantwoordelijke kan zich hiertegen verzetten.', 'notice_and_objection'),
    ('subprocessors', 'en', 'Processor shall not engage another processor, including any of its Affiliates, without the prior specific written authorisation of Controller. A request for authorisation shall be submitted at least 30 days in advance and Controller may refuse it without giving reasons.', 'prior_consent'),
    ('subprocessors', 'nl', 'Opdrachtnemer mag geen subverwerker inschakelen zonder dat Opdrachtgever daarvoor vooraf uitdrukkelijk schriftelijke toestemming heeft gegeven. Ook voor de inschakeling van groepsmaatschappijen van Opdrachtnemer is deze voorafgaande schriftelijke toestemming vereist.', 'prior_consent'),
    ('deletion', 'en', 'When your subscription ends, we delete your content within 30 days. Content that has already been included in a training dataset before that date is not deleted from that dataset.', 'retained'),
    ('deletion', 'nl', 'Na afloop van de overeenkomst verwijdert Leverancier alle klantgegevens binnen 60 dagen. Gegevens die al zijn opgenomen in een dataset voor de verbetering van onze modellen, worden niet verwijderd.', 'retained'),
    ('deletion', 'en', 'Upon termination, Processor shall delete Customer Data within 90 days. Processor may retain de-identified data derived from Customer Data, from which no individual or Customer can be identified, for the purpose of improving the Services.', 'deleted'),
    ('deletion', 'nl', 'Bij beëindiging van je abonnement verwijderen wij je gegevens binnen 30 dagen. Geanonimiseerde gegevens, die niet meer tot jou of je organisatie te herleiden zijn, mogen wij bewaren voor statistiek.', 'deleted'),
    ('deletion', 'en', 'Deleting a chat removes it from your history straight away, and when your account is closed we erase everything within 30 days. Chats you rated with a thumbs up or down may already be part of our improvement dataset; those copies are kept.', 'retained'),
    ('deletion', 'nl', 'Na het einde van de samenwerking worden de gegevens van de klant binnen de drie maanden gewist. Teksten die reeds deel uitmaken van de trainingsverzameling van het taalmodel, blijven daarin behouden.', 'retained'),
    ('deletion', 'nl', 'Na de stopzetting van het contract worden alle documenten van de klant binnen 45 dagen vernietigd. De verwerker mag enkel volledig geanonimiseerde kerncijfers bijhouden, zoals het aantal behandelde dossiers, die op geen enkele wijze tot de klant of een persoon te herleiden zijn.', 'deleted'),
    ('deletion', 'en', 'We keep the transcript of a support chat for two weeks after the chat is closed. After that it is erased automatically from our systems.', 'deleted'),
    ('deletion', 'nl', 'Elk gesprek wordt na het beëindigen ervan nog 90 dagen bewaard en daarna automatisch gewist.', 'deleted'),
    ('staff_access', 'en', 'Customer Content may be viewed by employees of the Vendor, of its affiliates and of its partners for the purposes of providing and improving the Service. All such persons are subject to a duty of confidentiality.', 'broad'),
    ('staff_access', 'nl', 'Klantgegevens kunnen worden ingezien door medewerkers van Leverancier, van haar groepsmaatschappijen en van partners, ten behoeve van de dienstverlening en de verbetering daarvan. Zij zijn allen tot geheimhouding verplicht.', 'broad'),
    ('staff_access', 'en', "Only Supplier personnel who need access to perform the Services may access Customer Data, and they are bound by written confidentiality obligations. The Service keeps an audit trail of all changes made by Customer's users to records.", 'restricted'),
    ('staff_access', 'nl', 'Toegang van beheerders van Verwerker is beperkt tot wat strikt noodzakelijk is voor de uitvoering van de opdracht. Alle beheerhandelingen op systemen van Verwerkingsverantwoordelijke worden gelogd.', 'restricted_logged'),
    ('staff_access', 'nl', 'Alle personeelsleden van de leverancier en van zijn onderaannemers kunnen de documenten van de klant raadplegen wanneer dat nuttig is voor de werking of de verbetering van de dienst, met naleving van hun discretieplicht.', 'broad'),
    ('ai_training', 'en', 'We will not use your conversations to train our models. We compile aggregated statistics from conversations, such as the number of questions per topic, and we use these statistics to improve the Service.', 'aggregated_only'),
    ('ai_training', 'nl', 'Wij trainen onze modellen niet met jouw inhoud. Uit gesprekken maken we geaggregeerde statistieken, bijvoorbeeld hoe vaak een functie wordt gebruikt, en die statistieken gebruiken we om de dienst te verbeteren.', 'aggregated_only'),
    ('ai_training', 'nl', 'Jij blijft eigenaar van je teksten. Om de dienst te kunnen leveren en te verbeteren hebben we ze wel nodig. Daarom geef je ons een licentie om je teksten te gebruiken om SchrijfHulp en de AI-modellen te verbeteren.', 'allowed'),
    ('ai_training', 'en', 'You retain ownership of your Inputs. You grant us a worldwide, royalty-free licence to use, reproduce and analyse your Inputs and Outputs to operate the Service and to develop and improve our AI models.', 'allowed'),
    ('ai_training', 'en', 'We may use your prompts to improve our models unless you opt out under Settings > Privacy. We also use usage information, such as which features you click and how long responses take, to improve the product.', 'opt_out'),
    ('ai_training', 'nl', 'Je inhoud kan worden gebruikt om onze AI-modellen te verbeteren, tenzij je dit uitschakelt in je accountinstellingen. Daarnaast gebruiken wij gebruiksgegevens en telemetrie om de dienst te verbeteren.', 'opt_out'),
    ('ai_training', 'en', "Provider processes Customer Data solely on Customer's documented instructions and will not use it for any other purpose. Customer must not use the Service or its outputs to build a competing product or to train a competing AI model.", 'prohibited'),
    ('ai_training', 'nl', 'Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke. Het is Opdrachtgever niet toegestaan de dienst te gebruiken om een concurrerend product te ontwikkelen of om met de output eigen AI-modellen te trainen.', 'prohibited'),
    ('data_location', 'en', 'Your documents are stored in our data centres in Frankfurt. To generate answers, your input is sent to companies in the United States that provide the language models.', 'eu_with_transfers'),
    ('data_location', 'nl', "De gegevens worden opgeslagen in Nederland. Invoer voor de AI-functies kan in de Verenigde Staten worden verwerkt. Voor deze doorgifte maken wij gebruik van de modelcontractbepalingen (SCC's) van de Europese Commissie.", 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is hosted in the EU (Ireland). Input may be processed in the US. For this transfer we rely on the Standard Contractual Clauses.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De servers van de leverancier staan in België. Voor de spraakherkenning worden de opnames doorgestuurd naar een onderaannemer in de Verenigde Staten, die gecertificeerd is onder het EU-U.S. Data Privacy Framework.', 'eu_with_transfers'),
    ('data_location', 'en', 'All Customer Data, including prompts and outputs, is stored and processed exclusively in data centres within the European Economic Area. The AI models run on infrastructure in Sweden and Finland; no data is transferred outside the EEA.', 'eu_only'),
    ('data_location', 'nl', 'Alle gegevens, ook de invoer voor de AI-assistent, worden uitsluitend verwerkt in datacenters in Duitsland en Nederland. Er vindt geen doorgifte plaats naar landen buiten de EER, en onze Amerikaanse moedermaatschappij heeft geen toegang tot de gegevens.', 'eu_only'),
    ('data_location', 'en', 'The data are stocked on servers located in Spain. For the function of translation, the text is transmitted to a provider in the USA, with the guarantees of the standard contractual clauses.', 'eu_with_transfers'),
    ('subprocessors', 'nl', 'Wij doen een beroep op dienstverleners (verwerkers) die ons helpen bij het leveren van onze diensten, zoals hosting en e-mail. Wij kunnen deze dienstverleners op elk ogenblik wijzigen, aanvullen of vervangen.', 'general_no_notice'),
    ('subprocessors', 'nl', 'De verwerker doet geen beroep op een andere verwerker zonder voorafgaande specifieke schriftelijke toestemming van de verwerkingsverantwoordelijke.', 'prior_consent'),
    ('staff_access', 'en', '8.1 Vendor employees and contractors may access Your Content as needed to run, support and improve the Service, including to answer your support requests and rate AI outputs. 8.2 Everyone at Vendor has signed a confidentiality agreement.', 'broad'),
    ('staff_access', 'en', '8.1 Vendor employees may access Customer Data only as needed to provide support for a ticket you raised.', 'restricted'),
    ('ai_training', 'en', '6.2 You give us a worldwide, non-exclusive, royalty-free license to host, copy, process, transmit, display and adapt Your Content to operate and provide the Service to you, and to improve the Service as described in our AI Policy in Part B.\n\n3.1 On Free plans, we use Your Content to improve the Service, including to train our own models.\n\n3.2 You can opt out anytime: go to Settings and switch off "Help improve the Service".', 'opt_out'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier en de mensen die voor ons werken, zoals freelance supportmedewerkers en de medewerkers van onze Partners, kunnen bij je Account, je website en je mailbox.', 'broad'),
    ('staff_access', 'nl', 'Medewerkers van Leverancier kunnen alleen bij je mailbox als dat nodig is om een storing te verhelpen.', 'restricted'),
    ('staff_access', 'nl', '11.5 Medewerkers van Leverancier kunnen alleen bij je mailbox als dat strikt nodig is om een storing te verhelpen.', 'restricted'),
    ('staff_access', 'nl', '11.5 Medewerkers van Leverancier en de mensen die voor ons werken, zoals freelance supportmedewerkers, kunnen bij je Account, je website en je mailbox.', 'broad'),
    ('deletion', 'en', "11.1 When your subscription ends, we delete your School's data within 90 days. 7.4 Documents are kept in the Originality Library for as long as the Library is operated, including after the School's subscription ends.", 'retained'),
    ('deletion', 'en', '11.1 When your subscription ends, we delete your data within 90 days. 7.4 Backup copies are kept for 30 days, including after your subscription ends, after which they are deleted.', 'deleted'),
    ('data_location', 'en', 'The Client Data are hosted exclusively in data centres situated on the territory of France. The Provider undertakes not to proceed to any transfer of personal data outside of the European Union, including under the form of a remote access from a third country, unless upon prior written instruction of the Client.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in France. The Provider undertakes not to carry out any transfer of personal data outside the European Union, except to its support centre in Tunisia under the standard contractual clauses.', 'eu_with_transfers'),
    ('staff_access', 'en', 'The access to the Client Data is reserved to the only members of the personnel of the Provider whose functions necessitate it. All the accesses to the Client Data by the personnel of the Provider are traced in a journal of access which is conserved in an unalterable manner.', 'restricted_logged'),
    ('staff_access', 'nl', 'Uitsluitend medewerkers die aan het serviceteam van Opdrachtgever zijn toegewezen, beschikken over beheeraccounts. Alle sessies van Remote Support en Beheer op Afstand, en alle handelingen met beheeraccounts, worden gelogd in het Beheerplatform.', 'restricted_logged'),
    ('ai_training', 'en', 'A.4 Notwithstanding Section 10.2, Vendor is entitled to use Inputs and Outputs as well as the corrections made by Users to develop, train and improve the machine learning models underlying the Assist Services (Improvement Programme), unless Customer has deactivated participation in the Improvement Programme in the administration console. Participation is activated upon activation of the first Assist Service.', 'opt_out'),
    ('ai_training', 'nl', 'A.4 In afwijking van artikel 10.2 mag Leverancier Invoer en Uitvoer gebruiken om de modellen van de Assistent te trainen en te verbeteren, tenzij Klant de deelname in de beheeromgeving heeft uitgeschakeld.', 'opt_out'),
    ('data_location', 'en', '10.4 Vendor shall store and process Customer Data exclusively in data centres located in Germany. A.2 In deviation from Section 10.4, Inputs and Outputs may be processed in data centres of the AI Service Provider within the European Union and in the United States. Transfers to the United States are based on the EU Standard Contractual Clauses.', 'eu_with_transfers'),
    ('deletion', 'nl', 'Binnen de negentig (90) dagen na het einde van de overeenkomst verwijderen wij alle opnames en transcripties van de klant uit het platform, met uitzondering van de fragmenten die overeenkomstig punt 6 in onze trainingsgegevens zijn opgenomen.', 'retained'),
    ('deletion', 'en', 'Within ninety (90) days after the end of the agreement we delete all recordings and transcripts from the platform, except for the snippets that have been included in our training data under section 6.', 'retained'),
    ('deletion', 'en', 'Within ninety (90) days after the end of the agreement we delete all recordings and transcripts, except for anonymised statistics that have been included in our training data.', 'deleted'),
    ('subprocessors', 'en', 'We may change our service providers from time to time as our business grows. Our current service providers are listed above. We will update the list above within ten (10) business days after we start using a new provider.', 'general_no_notice'),
    ('ai_training', 'nl', 'Verwerker verwerkt de Persoonsgegevens uitsluitend in opdracht van Verwerkingsverantwoordelijke en uitsluitend om Opdrachtgever te helpen haar eigen processen te verbeteren.', 'prohibited'),
    ('ai_training', 'nl', 'Leverancier verwerkt de gegevens alleen op instructie van Klant, bijvoorbeeld om Klant te helpen haar roosters te verbeteren.', 'prohibited'),
    ('ai_training', 'nl', 'Verwerker verwerkt persoonsgegevens uitsluitend in opdracht van Opdrachtgever, om SharePoint-koppelingen voor Opdrachtgever te bouwen en te beheren.', 'prohibited'),
    ('staff_access', 'en', 'Vendor personnel access Customer Data only on a need-to-know basis. Administrative actions performed by the Customer in the Service are logged.', 'restricted'),
    ('staff_access', 'en', 'Vendor personnel access Customer Data only on a need-to-know basis. Administrative actions on the platform are not logged individually.', 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van Verwerker hebben alleen toegang tot persoonsgegevens voor zover dat noodzakelijk is voor hun werkzaamheden. Alle toegangspogingen tot het klantportaal worden gelogd.', 'restricted'),
    ('staff_access', 'nl', 'Medewerkers van Verwerker hebben alleen toegang tot persoonsgegevens voor zover dat noodzakelijk is. Alle handelingen van gebruikers in de applicatie worden gelogd.', 'restricted'),
    ('staff_access', 'en', "Vendor's support staff may access Customer Data only where needed to resolve a ticket. All such access is logged in an audit trail, together with the changes that users of the Customer make.", 'restricted_logged'),
    ('staff_access', 'nl', 'Alle wijzigingen die gebruikers van de Klant aanbrengen, worden bijgehouden in een audittrail, net als elke toegang door medewerkers van Leverancier. Medewerkers hebben alleen toegang voor zover noodzakelijk.', 'restricted_logged'),
    ('staff_access', 'nl', 'Gesprekslogboeken kunnen ook worden ingezien door medewerkers van verbonden ondernemingen. Dit gebeurt uitsluitend voor zover noodzakelijk voor de ondersteuning en elke inzage wordt gelogd.', 'restricted_logged'),
    ('staff_access', 'nl', 'Je gesprekken kunnen ook worden gelezen door personeelsleden van Belvaart en van haar partners.', 'broad'),
    ('staff_access', 'en', 'Customer Content may be accessed by any employee of Vendor or of its affiliates.', 'broad'),
    ('backups', 'nl', 'Back-ups worden 30 dagen bewaard. Archiefkopieën van je bestanden kunnen wij niet wijzigen of verwijderen.', 'retained'),
    ('subprocessors', 'nl', 'Verwerker geeft Verwerkingsverantwoordelijke kennis van een nieuwe subverwerker nadat deze is ingeschakeld; bezwaar is niet mogelijk.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Verwerker mag nieuwe subverwerkers inschakelen en informeert de verwerkingsverantwoordelijke hierover vooraf; de verwerkingsverantwoordelijke kan zich hiertegen niet verzetten.', 'general_no_notice'),
    ('deletion', 'nl', 'Als je je account verwijdert, verwijderen we je opnames en transcripties binnen 30 dagen. Let op: fragmenten die al in onze trainingsgegevens zitten, halen we er niet meer uit.', 'retained'),
    ('deletion', 'nl', 'Als je je account verwijdert, verwijderen we je opnames binnen 30 dagen. Trainingsgegevens: fragmenten die we hebben geselecteerd voor het trainen van onze modellen, bewaren we zolang ze nodig zijn voor het trainen en testen van onze modellen.', 'retained'),
    ('backups', 'nl', 'Daarnaast hebben we archiefkopieën van het hele platform voor noodgevallen. Daaruit kunnen we geen losse accounts of bestanden verwijderen. Je Content kan daarom ook na het einde van je abonnement nog in deze archiefkopieën staan.', 'retained'),
    ('backups', 'en', 'We also keep archive copies of the whole platform for emergencies. We cannot remove single accounts from them, so your Content may remain in these archive copies even after your subscription ends.', 'retained'),
]  # fmt: skip


TWENTY_FOURTH_SESSION_WORDINGS = [
    ('ai_training', 'nl', "Wij gebruiken je gesprekken niet voor training. Je kunt zelf het vakje 'Deel dit gesprek om Kraai te verbeteren' aanvinken; alleen dan gebruiken we dat gesprek.", 'opt_in'),
    ('ai_training', 'nl', 'Door je teksten te uploaden verleen je ons een wereldwijde, kosteloze licentie om die teksten te gebruiken, te kopiëren en te bewerken om onze taalmodellen te trainen.', 'allowed'),
    ('ai_training', 'en', "Information about Customer's use of the Services, including the prompts and outputs, may be used by Vendor to train and improve its models.", 'allowed'),
    ('ai_training', 'nl', 'Leverancier gebruikt de Leerlinggegevens om haar AI-modellen te verbeteren, tenzij de Onderwijsinstelling ervoor kiest om hieraan niet deel te nemen.', 'opt_out'),
    ('ai_training', 'en', 'We create aggregated statistics from conversations and prompts, and we then use these statistics, together with selected prompts, to improve the Service.', 'allowed'),
    ('data_location', 'nl', 'Je invoer wordt opgeslagen in Amsterdam en wordt niet naar bedrijven in de Verenigde Staten gestuurd.', 'eu_only'),
    ('data_location', 'nl', 'Persoonsgegevens worden opgeslagen in Frankfurt en worden nooit naar de Verenigde Staten gestuurd.', 'eu_only'),
    ('data_location', 'en', 'Your input is sent to companies in the United States.', 'outside_eu'),
    ('data_location', 'en', 'Your input is sent to a model provider in the United States.', 'outside_eu'),
    ('data_location', 'nl', 'Je teksten worden opgeslagen in Frankfurt; voor de vertaling wordt je invoer doorgestuurd naar een leverancier in de Verenigde Staten.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is hosted in Amsterdam. Support requests, including attachments, are routed to our support team in the Philippines.', 'eu_with_transfers'),
    ('ai_training', 'en', 'By uploading your texts, you grant us a worldwide, royalty-free licence to use, copy and modify those texts to train our language models.', 'allowed'),
    ('ai_training', 'en', "Information about Customer's use of the Services, including the prompts and outputs, may be used by Vendor to train its models.", 'allowed'),
    ('ai_training', 'en', 'Vendor uses Pupil Data to improve its AI models, unless the School chooses not to take part.', 'opt_out'),
    ('ai_training', 'en', "We do not use your chats for training. You can tick the box 'Share this chat to improve Kraai'; only then do we use that chat.", 'opt_in'),
    ('ai_training', 'nl', "Het vakje 'Deel gesprekken om Kraai te verbeteren' is standaard aangevinkt; je kunt het uitvinken.", 'opt_out'),
    ('ai_training', 'en', 'By using the Service, you agree that you will not use outputs to train competing models.', 'not_addressed'),
    ('ai_training', 'en', 'We create aggregated statistics from conversations and prompts, and we then use these statistics to improve the Service.', 'aggregated_only'),
    ('ai_training', 'nl', 'We maken geaggregeerde statistieken van gesprekken, en we gebruiken deze statistieken vervolgens om de Dienst te verbeteren.', 'aggregated_only'),
    ('data_location', 'en', 'Customer Data is stored in Frankfurt and is never sent to the United States.', 'eu_only'),
    ('data_location', 'nl', 'Support-aanvragen worden doorgestuurd naar ons supportteam in India; de Klantgegevens zelf staan in Amsterdam.', 'eu_with_transfers'),
    ('ai_training', 'en', "Vendor may use Customer's texts to train its translation models unless Customer elects not to participate.", 'opt_out'),
    ('data_location', 'en', 'Customer Data is hosted in Frankfurt. Helpdesk Inc., Austin, USA - ticketing - location of processing: USA; safeguards: Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914) and the Data Privacy Framework.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen in Amsterdam. Voor het versturen van sms-berichten wordt het telefoonnummer doorgegeven aan Textly Inc. in de Verenigde Staten.', 'eu_with_transfers'),
    ('data_location', 'en', 'Our platform runs on Amazon Web Services in the us-east-1 region. We do not currently offer EU data hosting.', 'outside_eu'),
    ('data_location', 'nl', 'Ons platform draait op Microsoft Azure in de regio us-west-2. Wij bieden op dit moment geen hosting in de EU aan.', 'outside_eu'),
    ('data_location', 'en', 'All data is stored in Dublin. For transcription, audio is processed in the United States. This transfer is based on the Data Privacy Framework.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Alle gegevens worden opgeslagen in Dublin. Voor transcriptie worden audiofragmenten verwerkt in de Verenigde Staten. Deze doorgifte vindt plaats op basis van het EU-VS Data Privacy Framework.', 'eu_with_transfers'),
    ('ai_training', 'nl', 'De Leverancier verwerkt de Persoonsgegevens voor de volgende doeleinden:\n\n(a) het leveren van de Dienst;\n\n(b) het trainen en verbeteren van de taalmodellen van Leverancier.', 'allowed'),
    ('ai_training', 'en', "Vendor processes the Personal Data for the following purposes:\n\n(a) providing the Service;\n\n(b) training and improving Vendor's language models.", 'allowed'),
    ('ai_training', 'en', 'Staff may access Your Content to support the Services and to improve our models (when training is on). Training is on by default; you can turn it off in Settings.', 'opt_out'),
    ('ai_training', 'nl', "Alleen wanneer de klant de optie 'Help ons verbeteren' zelf heeft ingeschakeld, gebruiken wij gespreksfragmenten om onze modellen te trainen.", 'opt_in'),
    ('ai_training', 'nl', 'Leverancier kan geanonimiseerde gegevens alleen gebruiken indien de Klant daarvoor vooraf schriftelijk toestemming heeft gegeven.', 'opt_in'),
    ('ai_training', 'en', 'Vendor may use anonymised data only if the Customer has given its prior written consent.', 'opt_in'),
    ('ai_training', 'en', "We use your contact records to train our scoring models. You can hide the scores in Settings. Hiding them doesn't remove your account's data from the pool we use to train our models.", 'allowed'),
    ('ai_training', 'en', 'We use your contact records to train our scoring models. Some of you want a full opt-out, and we are looking into it.', 'allowed'),
    ('ai_training', 'en', '"Permitted Purposes" means (a) providing the Services; (b) improving Vendor\'s products, including training its machine learning models. Customer instructs Vendor to process Customer Personal Data for the Permitted Purposes.', 'allowed'),
    ('ai_training', 'nl', 'De Klant geeft de Verwerker uitdrukkelijk de instructie om de documenten te gebruiken voor het trainen van de herkenningsmodellen.', 'allowed'),
    ('subprocessors', 'nl', 'Leverancier gebruikt de Persoonsgegevens niet voor eigen doeleinden. Hieronder valt in ieder geval het verstrekken aan derden voor commerciële doeleinden.\n\nLeverancier schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van de Klant.', 'prior_consent'),
    ('subprocessors', 'en', 'Vendor may engage third parties to perform the Agreement, for example for hosting. To the extent such third parties process personal data, Section 7 of the DPA applies.\n\n7.1 Processor shall not engage any sub-processor without the prior specific written consent of the Controller.', 'prior_consent'),
    ('deletion', 'nl', 'Bij het einde verwijdert de Verwerker alle Persoonsgegevens binnen drie maanden. Documenten in de Trainingsdataset worden bewaard zolang dit nodig is voor de ontwikkeling van de modellen.', 'retained'),
    ('data_location', 'en', 'All Customer Content is hosted in Frankfurt. Some of our reviewers work from countries outside the EEA, including India and Serbia.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Alle Klantgegevens worden gehost in Amsterdam. Een deel van onze vertalers werkt vanuit Servië.', 'eu_with_transfers'),
    ('ai_training', 'en', '"Stored Content" means the documents Customer saves, including the training data of any Custom Model. Stored Content is encrypted at rest; we use AES-256 for Stored Content.', 'not_addressed'),
    ('data_location', 'nl', 'Uw vragen worden doorgestuurd naar een aanbieder van taalmodellen in de Verenigde Staten, die de antwoorden voor ons genereert.', 'outside_eu'),
    ('data_location', 'nl', 'Wij slaan alle gegevens op in datacenters in Nederland.\nVoor de samenvattingsfunctie worden teksten doorgegeven aan een AI-leverancier in de Verenigde Staten.', 'eu_with_transfers'),
    ('data_location', 'en', 'The Service is hosted on servers in the Netherlands. If you contact support, your ticket and any attachments may be handled by our support staff in India.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De applicatie draait in een datacenter in Frankfurt. Supportverzoeken, inclusief bijlagen en screenshots, worden behandeld door ons helpdeskteam in de Filipijnen.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data resides in the EU (Ireland). Help desk tickets are processed in a ticketing tool whose servers are in the United States.', 'eu_with_transfers'),
    ('ai_training', 'nl', 'Een gesprek wordt alleen gebruikt om onze AI-modellen te trainen als u daarvoor het vakje "Deel dit gesprek" aanvinkt.', 'opt_in'),
    ('ai_training', 'en', 'The checkbox "Allow my chats to be used for model training" is selected by default; you can clear it at any time in your profile.', 'opt_out'),
    ('ai_training', 'nl', 'Het vinkje "Gebruik mijn gesprekken voor het trainen van het model" staat standaard aan. U kunt het uitvinken in uw instellingen.', 'opt_out'),
    ('ai_training', 'en', 'Pupil essays are added to the dataset we use to train our marking model, unless the school chooses not to take part.', 'opt_out'),
    ('ai_training', 'nl', 'Wij gebruiken ingezonden werkstukken om ons nakijkmodel te trainen, tenzij de school besluit niet deel te nemen.', 'opt_out'),
    ('ai_training', 'en', 'Customer content will be included in model training unless the customer elects not to participate by notifying us in writing.', 'opt_out'),
    ('ai_training', 'en', 'Pupil essays are used to train our marking model only if the school chooses to take part in the pilot.', 'opt_in'),
    ('ai_training', 'en', 'By uploading your texts you grant us a worldwide, royalty-free licence to use them to train and improve our machine learning models.', 'allowed'),
    ('ai_training', 'nl', 'Door uw teksten te uploaden verleent u ons een kosteloze, niet-exclusieve licentie om deze te gebruiken voor het trainen van onze modellen.', 'allowed'),
    ('ai_training', 'en', 'Model training is switched on by default. Your chats (when training is on) help us improve the model.', 'opt_out'),
    ('ai_training', 'nl', 'Training staat standaard aan. Wanneer training aan staat, gebruiken wij uw gesprekken om het model te verbeteren.', 'opt_out'),
    ('ai_training', 'nl', 'Zolang de optie "Modelverbetering" actief is, wat standaard het geval is, worden uw invoer en uitvoer gebruikt voor training.', 'opt_out'),
    ('ai_training', 'en', 'Model training is off by default. Your chats are used to train the model only while training is on, which requires you to switch it on yourself.', 'opt_in'),
    ('ai_training', 'en', 'You can turn off AI features in the admin console. Turning them off hides the features for your users but does not remove your data from the pool we use to train our models.', 'allowed'),
    ('ai_training', 'en', '"Permitted Purposes" means providing the Services, support, and improving the Vendor\'s products, including training machine learning models.\nCustomer instructs Vendor to process Customer Data for the Permitted Purposes.', 'allowed'),
    ('ai_training', 'nl', '"Toegestane Doeleinden": het leveren van de Dienst en het trainen van machine-learningmodellen van Leverancier.\nDe Klant geeft Leverancier opdracht de persoonsgegevens te verwerken voor de Toegestane Doeleinden.', 'allowed'),
    ('ai_training', 'nl', 'De Klant geeft de Verwerker de instructie om de aangeleverde documenten te gebruiken voor het trainen van zijn taalmodellen.', 'allowed'),
    ('ai_training', 'nl', 'Opdrachtgever draagt Opdrachtnemer hierbij op de persoonsgegevens ook in te zetten voor het verbeteren en trainen van de AI-functionaliteit.', 'allowed'),
    ('subprocessors', 'en', "12.3 Vendor may engage third parties to perform parts of the Services. To the extent such third parties process personal data, Section 7 of the DPA applies.\n7. Sub-processing. The Processor shall not engage any sub-processor without the Controller's prior specific written authorisation.", 'prior_consent'),
    ('subprocessors', 'nl', 'Leverancier kan derden inschakelen voor de uitvoering van de Dienst. Voor zover deze derden persoonsgegevens verwerken, is artikel 7 van de verwerkersovereenkomst van toepassing.\nArtikel 7 Subverwerkers\nVerwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.', 'prior_consent'),
    ('subprocessors', 'nl', 'Verwerker gebruikt de persoonsgegevens niet voor eigen doeleinden. Hieronder valt onder meer: het analyseren van de gegevens, het verrijken van profielen en het verstrekken aan derden.', 'not_addressed'),
    ('deletion', 'en', 'Data used to train our models is kept for as long as needed to develop the models.', 'retained'),
    ('deletion', 'en', 'On termination we delete your content within 30 days; however, samples included in training datasets are retained for as long as they are required for model development.', 'retained'),
    ('data_location', 'en', 'Lumenwise is hosted on Google Cloud in us-central1. Hosting in the EU is not available.', 'outside_eu'),
    ('data_location', 'nl', 'De vertalingen worden opgeslagen op servers in Nederland. Onze linguïsten werken vanuit onder meer India en Brazilië.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Gegevens worden gehost in Duitsland. Een deel van ons ontwikkelteam werkt vanuit Vietnam en heeft toegang tot de productieomgeving.', 'eu_with_transfers'),
    ('data_location', 'nl', 'De gegevens worden opgeslagen in Nederland. Voor de spraakherkenning worden audiofragmenten verwerkt in de Verenigde Staten. Deze doorgifte vindt plaats op basis van de modelcontractbepalingen van de Europese Commissie.', 'eu_with_transfers'),
    ('data_location', 'en', 'Customer Data is hosted on Amazon Web Services in the eu-central-1 region.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored in AWS us-east-1 (Northern Virginia).', 'outside_eu'),
    ('data_location', 'en', "We don't currently offer EU data hosting.", 'not_addressed'),
    ('data_location', 'en', 'Customer Data is stored in Germany. Support tickets are forwarded for escalation to our parent company; our parent company is based in the United States.', 'eu_with_transfers'),
    ('data_location', 'nl', 'Klantgegevens worden opgeslagen in Duitsland. Supporttickets worden voor escalatie doorgestuurd naar ons moederbedrijf; dat is gevestigd in de Verenigde Staten.', 'eu_with_transfers'),
    ('ai_training', 'nl', 'De Klant geeft de Verwerker daarom uitdrukkelijk de instructie om de Documenten te gebruiken voor het trainen van de herkenningsmodellen van de Verwerker.', 'allowed'),
    ('subprocessors', 'en', 'Vendor will intimate the Client in writing at least thirty (30) days before engaging any new sub-processor, and the Client may object to the change.', 'notice_and_objection'),
    ('data_location', 'en', 'Customer Data is never hosted outside Ireland.', 'eu_only'),
    ('data_location', 'nl', 'Klantgegevens worden nooit buiten Nederland opgeslagen.', 'eu_only'),
    ('data_location', 'en', 'We do not store Customer Data anywhere other than in our data centres in the Netherlands.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is not hosted anywhere except in Germany.', 'eu_only'),
    ('data_location', 'en', 'We never host data outside the Netherlands.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is not stored in the United States but exclusively in Germany.', 'eu_only'),
    ('data_location', 'en', 'Vendor stores Customer Data in the following data centres:\n- Equinix, Amsterdam, the Netherlands;\n- Digital Realty, Dallas, United States.', 'outside_eu'),
    ('data_location', 'nl', 'Leverancier slaat de Persoonsgegevens op in de volgende datacenters:\n- Equinix, Amsterdam, Nederland;\n- Digital Realty, Dallas, Verenigde Staten.', 'outside_eu'),
    ('data_location', 'en', 'Our hosting providers store Customer Data in these locations:\n- Frankfurt, Germany;\n- Ashburn, Virginia, United States.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is hosted in Germany. Some of our engineers work from our office in the United States; they have no access to Customer Data.', 'eu_only'),
    ('data_location', 'nl', 'Klantgegevens worden gehost in Duitsland. Een deel van onze medewerkers werkt vanuit ons kantoor in de Verenigde Staten; zij hebben geen toegang tot Klantgegevens.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in Germany. Our sales staff work from offices in the United States and Canada.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in the region Customer selects: eu-central-1 (Frankfurt) or us-east-1 (Northern Virginia).', 'eu_only'),
    ('data_location', 'en', 'Customer Data is hosted in the hosting region selected by Customer: eu-central-1 (Frankfurt) or us-east-1 (Northern Virginia).', 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored in Frankfurt, Germany. If you live in Virginia, Oregon or Iowa, state law may give you additional rights over the personal data we process.', 'eu_only'),
    ('ai_training', 'en', 'We use chats to train our models only if you tick the box "Share this chat"; the box is unticked when you start a conversation.', 'opt_in'),
    ('ai_training', 'en', 'We use Customer Data to train our models. Customers can uncheck the box "Send me product updates" at any time.', 'allowed'),
    ('ai_training', 'en', 'We use your chats to train our models unless you opt out in Settings. We are also working on an opt-out for product analytics.', 'opt_out'),
    ('ai_training', 'en', 'We use your chats to train our models. You can opt out in Settings. Opting out does not remove your chats from the training data of models already trained, but they will not be used for future training.', 'opt_out'),
    ('ai_training', 'nl', 'Verwerker verwerkt de Persoonsgegevens uitsluitend voor de volgende doeleinden: het trainen van de modellen van Afnemer, voor gebruik door Afnemer zelf.', 'prohibited'),
    ('ai_training', 'nl', 'Doeleinden van de verwerking: het ontwikkelen van de software van Gemeente Utrecht voor haar inwoners.', 'not_addressed'),
    ('ai_training', 'en', '"Secondary Use of Data" means the use of Customer Data to train Vendor\'s general models.\nVendor may process Customer Data for the provision of the Service and for Secondary Use of Data.', 'allowed'),
    ('ai_training', 'nl', '"Hergebruik van Gegevens": het gebruik van Klantgegevens om de algemene modellen van Leverancier te trainen.\nLeverancier verwerkt Klantgegevens voor het leveren van de Dienst en voor Hergebruik van Gegevens.', 'allowed'),
    ('ai_training', 'en', 'Capitalised terms in this Clause have the meaning given in the Agreement, and the Processor shall not:\n(a) sell Customer Data;\n(b) use Customer Data to train its models.', 'prohibited'),
    ('ai_training', 'en', 'You can opt out of model training at any time in Settings; if you do, we stop using your chats to train our models. We are considering an opt-out for diagnostic logs as well.', 'opt_out'),
    ('ai_training', 'en', "Vendor may process Customer Data for the following purposes:\n(a) Support: the handling of incidents reported by Customer;\n(b) Model Improvement: the training of Vendor's general models on Customer Data.", 'allowed'),
    ('subprocessors', 'en', 'We do not do everything ourselves. This includes hosting: we share your data with third parties such as Amazon Web Services, which host it for us.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Leverancier schakelt voor de hosting geen subverwerkers in zonder voorafgaande schriftelijke toestemming van Klant. Voor de klantenservice mag Leverancier derden inschakelen zonder Klant daarover te informeren. Voor zover die derden persoonsgegevens verwerken, gelden de beveiligingseisen uit artikel 9 van de Verwerkersbijlage.', 'general_no_notice'),
    ('subprocessors', 'en', "Vendor shall not engage a sub-processor for hosting without Customer's prior written consent. For customer support, Vendor may engage third parties without notice. To the extent such third parties process personal data, the security measures of Section 9 of the DPA apply.", 'general_no_notice'),
    ('subprocessors', 'en', 'Vendor may engage new sub-processors at its discretion, including providers that process intimate images for content moderation.', 'general_no_notice'),
    ('ai_training', 'nl', 'Wij verwerken de persoonsgegevens uitsluitend volgens de schriftelijke instructies van Klant en gebruiken ze niet voor eigen doeleinden. Wij gebruiken de meetgegevens van onze servers voor capaciteitsplanning en het verbeteren van onze dienstverlening; deze meetgegevens bevatten niet de inhoud van uw bestanden.', 'prohibited'),
    ('ai_training', 'en', "We process personal data only on Customer's documented instructions and do not use it for our own purposes. We use server metrics for capacity planning and to improve our services; these metrics do not contain your content.", 'prohibited'),
    ('ai_training', 'nl', 'De Verwerker verwerkt de Klantgegevens niet voor eigen doeleinden. De Verwerker verleent bijstand bij verzoeken van betrokkenen, onder meer om Verslagen te verbeteren.', 'prohibited'),
    ('ai_training', 'en', 'Vendor does not use Customer Data for its own purposes. Vendor assists with data subject requests, including requests to rectify and improve Transcripts.', 'prohibited'),
    ('data_location', 'en', 'Vendor offers the following Hosting Regions: (a) the EU Region, with storage in Frankfurt, Germany; (b) the US Region, with storage in Virginia. Customer Data is stored only in the Hosting Region selected by Customer. Support staff located in India may access Customer Data remotely.', 'eu_with_transfers'),
    ('data_location', 'nl', "Leverancier biedt de volgende hostingregio's: (a) de EU-regio, met opslag in Amsterdam; (b) de VS-regio. Klantgegevens worden uitsluitend opgeslagen in de door de Klant gekozen regio.", 'eu_only'),
    ('data_location', 'en', 'We are based in Australia and our platform is hosted in Sydney, Australia. Before disclosing personal information overseas, we take reasonable steps to ensure the overseas recipient handles it in accordance with the APPs.', 'outside_eu'),
    ('subprocessors', 'nl', 'Wij schakelen voor onderdelen van onze dienst andere partijen in. Wij kunnen deze partijen vervangen of nieuwe partijen inschakelen zonder u daarover vooraf te informeren.', 'general_no_notice'),
    ('subprocessors', 'en', 'We use other companies for parts of our service. We may replace these parties or engage new parties without informing you beforehand.', 'general_no_notice'),
    ('subprocessors', 'nl', 'Artikel 8.2 van de Overeenkomst (melding van nieuwe subverwerkers) en het recht van bezwaar zijn niet van toepassing op AI-aanbieders. Leverancier mag op elk moment nieuwe AI-aanbieders inschakelen.', 'general_no_notice'),
    ('deletion', 'en', 'Section 12.4 of the Agreement does not apply to Training Data, which Vendor may retain and continue to use after termination.', 'retained'),
    ('backups', 'nl', 'Een verwijderd bestand kan daardoor nog een beperkte tijd in een back-up staan. Back-ups worden na die beperkte tijd automatisch verwijderd.', 'time_limited'),
    ('staff_access', 'nl', 'Iedereen bij Kwetterbot, en ook onze freelance ontwikkelaars, kan in het beheerpaneel gesprekken openen.', 'broad'),
    ('staff_access', 'en', 'Everyone at Chatterly, including our freelance developers, can open conversations in the admin panel.', 'broad'),
]  # fmt: skip


TWENTY_FIFTH_SESSION_WORDINGS = [
    ('deletion', 'en', 'Customer Data is kept until thirty days after the end of the Agreement.', 'deleted'),
    ('deletion', 'nl', 'Wij bewaren de gegevens tot dertig dagen na beëindiging van de overeenkomst.', 'deleted'),
    ('deletion', 'en', 'Customer Data is kept until seven years after the end of the Agreement where tax law requires it.', 'not_addressed'),
    ('data_location', 'nl', 'De gegevens worden niet in de Verenigde Staten maar uitsluitend in Duitsland opgeslagen.', 'eu_only'),
    ('data_location', 'nl', 'De gegevens worden uitsluitend in Duitsland opgeslagen, niet in de Verenigde Staten.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored only in Ireland, never in the United States.', 'eu_only'),
    ('data_location', 'en', "We don't offer EU data hosting at the moment: all Customer Data is stored in the United States.", 'outside_eu'),
    ('data_location', 'nl', 'Hosting in de EU bieden wij nog niet aan: alle klantgegevens worden opgeslagen in de Verenigde Staten.', 'outside_eu'),
    ('data_location', 'en', 'Your text is sent to an external translation engine that runs in the United States.', 'outside_eu'),
    ('data_location', 'nl', 'Je teksten worden doorgestuurd naar een vertaalmachine die in de Verenigde Staten draait.', 'outside_eu'),
    ('ai_training', 'en', 'The box "Use my chats to improve the model" is unchecked by default; only if you tick it do we use your chats to train our models.', 'opt_in'),
    ('ai_training', 'nl', 'Het vakje "Gebruik mijn gesprekken om het model te verbeteren" staat standaard uit; alleen als u het aanvinkt, gebruiken wij uw gesprekken om onze modellen te trainen.', 'opt_in'),
    ('ai_training', 'nl', 'Doeleinden van de verwerking: 1. uitvoeren van de overeenkomst; 2. verbeteren en trainen van de algoritmes van Opdrachtnemer.', 'allowed'),
    ('ai_training', 'en', "Purposes of the processing: 1. performing the Agreement; 2. improving and training the Processor's algorithms.", 'allowed'),
    ('ai_training', 'nl', 'Met de schakelaar "AI uit" verbergt u de AI-functies, maar uw gegevens blijven deel uitmaken van de set waarmee wij onze modellen trainen.', 'allowed'),
    ('ai_training', 'en', 'With the "AI off" switch you hide the AI features, but your data remains part of the set we use to train our models.', 'allowed'),
    ('staff_access', 'en', 'Our employees, affiliates and contractors may access Customer Data as needed to operate our business.', 'broad'),
    ('staff_access', 'nl', 'Onze medewerkers, gelieerde ondernemingen en contractanten hebben toegang tot klantgegevens voor zover nodig voor de bedrijfsvoering van Leverancier.', 'broad'),
    ('staff_access', 'nl', 'Om storingen snel te verhelpen, hebben onze supportmedewerkers, onze ontwikkelaars en het datateam van onze partner toegang tot de klantdatabanken.', 'broad'),
    ('staff_access', 'nl', 'Om de dienst te onderhouden kunnen de medewerkers van Leverancier en de ontwikkelaars van haar partner aan alle gegevens in de databank.', 'broad'),
    ('staff_access', 'en', 'Customer Files are accessible to employees of Supplier, employees of its Affiliates and to labelling contractors, for the purpose of support, quality control and development.', 'broad'),
    ('staff_access', 'en', 'Customer Files are accessible to employees of Supplier only where strictly necessary to provide support requested by Customer.', 'restricted'),
    ('staff_access', 'nl', 'Alleen medewerkers die dat voor hun taak nodig hebben, hebben toegang tot de klantgegevens.', 'restricted'),
    ('deletion', 'en', 'Notwithstanding Section 9.2, we may retain copies of Customer Data that we reasonably consider necessary for our legitimate business purposes.', 'retained'),
    ('deletion', 'en', "Upon termination, Customer's workspace enters a read-only export period of thirty (30) days. At the end of the export period, Vendor deletes all Customer Data within sixty (60) days.", 'return_or_delete'),
    ('deletion', 'nl', 'Na beëindiging volgt een exportperiode van dertig (30) dagen. Na afloop van de exportperiode verwijdert Leverancier alle gegevens binnen zestig (60) dagen.', 'return_or_delete'),
    ('deletion', 'nl', '- Dossierfragmenten in onze trainingsdatasets: zolang wij de AI-functie aanbieden, ook nadat het abonnement is beëindigd.', 'retained'),
    ('deletion', 'en', '- Case extracts in our training datasets: as long as we offer the AI feature, even after the subscription has ended.', 'retained'),
    ('backups', 'nl', 'Verwijderde gegevens worden niet uit bestaande back-ups gehaald; back-ups worden niet per klant opgeschoond.', 'retained'),
    ('backups', 'nl', 'Back-ups worden als archief bewaard en worden niet per klant opgeschoond.', 'retained'),
    ('backups', 'en', 'Backups are kept as an archive and are not cleaned up per customer.', 'retained'),
    ('backups', 'en', 'Backups are kept as an archive for thirty (30) days and then deleted.', 'time_limited'),
    ('ai_training', 'nl', 'In afwijking van artikel 4.1 mag Leverancier geanonimiseerde gespreksfragmenten gebruiken om het model te verbeteren, maar enkel nadat het college van burgemeester en schepenen daarvoor uitdrukkelijk en schriftelijk toestemming heeft gegeven.', 'opt_in'),
    ('subprocessors', 'nl', 'Om de app te laten werken doen we een beroep op deze partners:\n- Codeplan (ontwikkeling, Slovenië)\n- Amazon Web Services (hosting, Frankfurt)\nWe kunnen van partner veranderen. De actuele lijst staat altijd in deze privacyverklaring.', 'general_no_notice'),
    ('data_location', 'en', 'The Service is operated by Example Labs GmbH, Oranienstraße 12, 10999 Berlin, Germany. We do not say here where the data is hosted.', 'not_addressed'),
    ('ai_training', 'en', "By default the box 'Use my documents to train the AI' is unchecked; we only train on your documents once you tick it.", 'opt_in'),
    ('ai_training', 'nl', "De schakelaar 'Help ons AI-model verbeteren' staat standaard aan; u kunt hem in de instellingen uitzetten.", 'opt_out'),
    ('ai_training', 'en', 'We process Customer Data for the following purposes: 1. hosting the Service; 2. training our machine learning models; 3. invoicing.', 'allowed'),
    ('staff_access', 'nl', 'Via het beheerscherm hebben de medewerkers van uw organisatie toegang tot alle rapporten.', 'not_addressed'),
    ('staff_access', 'en', "Reports are made available to employees of Customer designated by Customer's administrator.", 'not_addressed'),
    ('backups', 'en', "Backup sets are retained as a permanent archive; we do not remove individual customers' data from them.", 'retained'),
    ('backups', 'nl', 'Back-ups worden als archief bewaard en na één maand gewist.', 'time_limited'),
    ('data_location', 'nl', 'Alle klantgegevens worden uitsluitend opgeslagen in het datacenter van onze hostingpartner aan de Hafenstraße 5, 20457 Hamburg, Duitsland.', 'eu_only'),
    ('data_location', 'en', 'Your files are not hosted in the EU but only on servers in the United States.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is not stored in the United States but only in data centres in Frankfurt, Germany.', 'eu_only'),
    ('data_location', 'nl', 'De gegevens worden niet in de Verenigde Staten maar uitsluitend in Nederland opgeslagen.', 'eu_only'),
    ('data_location', 'nl', 'Uw gegevens worden niet in de EU maar uitsluitend in de Verenigde Staten bewaard.', 'outside_eu'),
    ('data_location', 'en', 'We do not offer EU hosting: your data is stored in our data centres in Virginia, United States.', 'outside_eu'),
    ('ai_training', 'en', "By default the checkbox 'Allow us to use my content to train AI features' is unchecked. We never use your content for training unless you tick it.", 'opt_in'),
    ('ai_training', 'en', "Workspace admins can untick 'Share usage and content to help improve our AI', which is ticked for all new workspaces.", 'opt_out'),
    ('ai_training', 'nl', "De optie 'Verbeter het model voor iedereen' staat standaard aan. U kunt deze uitschakelen in uw accountinstellingen.", 'opt_out'),
    ('ai_training', 'nl', "Het vinkje 'Mijn gegevens gebruiken voor modeltraining' is standaard niet aangevinkt; zonder dit vinkje trainen wij niet met uw gegevens.", 'opt_in'),
    ('ai_training', 'nl', "Nieuwe accounts hebben de instelling 'Deel gegevens om onze AI te verbeteren' ingeschakeld; beheerders kunnen deze per organisatie uitzetten.", 'opt_out'),
    ('ai_training', 'en', 'We process Customer Data for the following purposes: 1. providing the Service; 2. training our machine learning models; 3. billing.', 'allowed'),
    ('ai_training', 'nl', 'Wij verwerken uw gegevens voor de volgende doeleinden: 1. het leveren van de dienst; 2. het trainen van onze AI-modellen; 3. facturatie.', 'allowed'),
    ('staff_access', 'en', 'Our employees may access Customer Data as needed to run our business.', 'broad'),
    ('staff_access', 'en', 'Personnel of Vendor and its affiliates may view your content as needed to operate, maintain and grow our business.', 'broad'),
    ('staff_access', 'nl', 'Onze medewerkers hebben toegang tot klantgegevens voor zover dat nodig is voor onze bedrijfsvoering.', 'broad'),
    ('staff_access', 'nl', 'Om u te helpen hebben onze medewerkers toegang tot al uw gegevens.', 'broad'),
    ('staff_access', 'en', 'For maintenance and security, our employees, those of our subsidiaries and our contractors have access to all customer data.', 'broad'),
    ('backups', 'en', 'Backups are kept as an archive.', 'retained'),
    ('backups', 'en', "We do not remove individual customers' data from our backups; backup sets are retained as a permanent archive.", 'retained'),
    ('backups', 'nl', 'Back-ups worden als archief bewaard.', 'retained'),
    ('backups', 'nl', 'Back-ups worden niet per klant opgeschoond en blijven in ons archief bewaard.', 'retained'),
    ('deletion', 'en', 'Customer Data is deleted within thirty (30) days of termination. We may retain anonymised statistics derived from Customer Data that we consider necessary for our legitimate business purposes.', 'deleted'),
    ('deletion', 'nl', 'Klantgegevens worden binnen dertig (30) dagen na beëindiging verwijderd. Statistieken die wij vooraf anonimiseren: zolang wij de dienst aanbieden, ook na beëindiging van het abonnement.', 'deleted'),
    ('staff_access', 'nl', 'Via het dashboard hebben de medewerkers van uw organisatie toegang tot alle rapportages.', 'not_addressed'),
    ('staff_access', 'en', "Usage reports are made available to employees of Customer designated by Customer's administrator.", 'not_addressed'),
    ('backups', 'nl', 'Archiefkopieën van de Persoonsgegevens worden gedurende de looptijd bewaard en uiterlijk zes (6) maanden na het einde van de Overeenkomst vernietigd.', 'time_limited'),
    ('backups', 'en', 'Archive copies of Customer Data are kept during the Term and destroyed no later than ninety (90) days after termination.', 'time_limited'),
    ('data_location', 'nl', 'Alle Klantgegevens worden uitsluitend opgeslagen in het datacenter van onze hostingpartner aan de Industriestraße 25, 91710 Gunzenhausen, Duitsland.', 'eu_only'),
    ('data_location', 'en', 'Customer Data is stored exclusively in the data centre of our hosting partner at Hardturmstrasse 133, 8005 Zürich, Switzerland.', 'outside_eu'),
    ('data_location', 'en', 'Customer Data is hosted only in the data centre of Hetzner Online GmbH, Sigmundstraße 135, 90431 Nürnberg, Germany.', 'eu_only'),
    ('ai_training', 'en', 'The processor shall not use Customer Data for training any machine learning model, unless the controller has activated the Shared Learning setting.', 'opt_in'),
    ('ai_training', 'nl', 'Verwerker gebruikt de gegevens niet voor het trainen van modellen, tenzij de verwerkingsverantwoordelijke Gedeeld Leren heeft geactiveerd.', 'opt_in'),
    ('ai_training', 'en', 'By derogation to Article 4, where, and only where, the Client has expressly subscribed to the Fraud Programme, the Supplier may reuse the identity documents to train its fraud detection models.', 'opt_in'),
    ('ai_training', 'nl', 'Noch Verwerker, noch enige Subverwerker gebruikt Dossiergegevens om het Taalmodel of enig ander AI-model te trainen.', 'prohibited'),
    ('ai_training', 'en', 'Neither Vendor nor any Sub-processor will use Case Files to train or fine-tune any AI model.', 'prohibited'),
    ('ai_training', 'nl', 'Leverancier mag Planningsgegevens, nadat deze zijn geaggregeerd en geanonimiseerd zodat zij niet meer tot een cliënt herleidbaar zijn, gebruiken om het planningsmodel te trainen.', 'aggregated_only'),
    ('ai_training', 'nl', '- Onze producten verbeteren en onze algoritmes trainen, bijvoorbeeld de herkenning van slaapfasen.\n- Gegevens: gepseudonimiseerde hartslag- en slaapgegevens.', 'allowed'),
    ('data_location', 'en', 'Customers established in the EEA, the United Kingdom or Switzerland are provisioned in the EU Hosting Region. Vendor stores Customer Data in the EU Hosting Region; support engineers in Singapore may access it remotely.', 'eu_with_transfers'),
    ('data_location', 'en', 'This Addendum applies only where Customer, or any of its Affiliates that use the Services, is established in the European Economic Area, the United Kingdom or Switzerland.', 'not_addressed'),
    ('data_location', 'en', 'Data Processing Addendum (EEA, UK and Switzerland) Version 4.1. Vendor stores all Customer Data in Frankfurt, Germany.', 'eu_only'),
    ('staff_access', 'en', 'Every view of a Clip by Vendor personnel is registered in the access log, which the Customer can see in its account. Only employees who need access for their task have access.', 'restricted_logged'),
    ('staff_access', 'en', 'Vendor staff and the support team of our contractor can open any workspace from our internal admin panel, including forms and uploaded files.', 'broad'),
    ('staff_access', 'nl', 'De Klant geeft geen persoonsgegevens van andere personen in als Input, behalve voor zover dat noodzakelijk is voor de betrokken functie.', 'not_addressed'),
    ('subprocessors', 'en', '8.1 The data processor shall meet the requirements specified in Article 28(2) and (4) GDPR in order to engage another processor. 8.2 The data processor shall not engage a sub-processor without the prior specific written authorisation of the data controller.', 'prior_consent'),
    ('subprocessors', 'en', "The controller instructs the data processor to transfer personal data to the sub-processor in Vietnam under the SCCs. The processor shall not engage any other sub-processor without the controller's prior specific written authorisation.", 'prior_consent'),
    ('backups', 'en', 'After you leave, we delete your data within 90 days, but backup copies may hang around a bit longer. Deleted data may persist in our backups until those backups are overwritten in the normal backup cycle.', 'until_overwritten'),
]  # fmt: skip


@pytest.mark.parametrize(
    ("topic", "language", "text", "stance"),
    LATER_ROUND_WORDINGS
    + NINTH_SESSION_WORDINGS
    + TENTH_SESSION_WORDINGS
    + ELEVENTH_SESSION_WORDINGS
    + TWELFTH_SESSION_WORDINGS
    + THIRTEENTH_SESSION_WORDINGS
    + FOURTEENTH_SESSION_WORDINGS
    + FIFTEENTH_SESSION_WORDINGS
    + SIXTEENTH_SESSION_WORDINGS
    + SEVENTEENTH_SESSION_WORDINGS
    + EIGHTEENTH_SESSION_WORDINGS
    + NINETEENTH_SESSION_WORDINGS
    + TWENTIETH_SESSION_WORDINGS
    + TWENTY_FIRST_SESSION_WORDINGS
    + TWENTY_SECOND_SESSION_WORDINGS
    + TWENTY_THIRD_SESSION_WORDINGS
    + TWENTY_FOURTH_SESSION_WORDINGS
    + TWENTY_FIFTH_SESSION_WORDINGS,
)
def test_later_round_wordings_are_read_as_a_reviewer_would(
    topic: str, language: str, text: str, stance: str
) -> None:
    assert finding(topic, text, language).stance == stance


TENTH_SESSION_FACTS = [
        ("deletion", "nl", "Na het einde van het Abonnement bewaren wij de Klantinhoud nog 90 dagen, zodat Klant haar account kan heractiveren. Na afloop van die 90 dagen verwijderen wij de Klantinhoud.", "deletion_days", 90),
        ("deletion", "en", "After the subscription ends we keep Customer Content for 90 days so that Customer can export its data. At the end of those 90 days we delete the Customer Content.", "deletion_days", 90),
        # a window, then a deletion counted from its end or "within a further" period
        ("backups", "nl", "Back-ups worden 35 dagen bewaard, en gegevens die bij herstel uit een back-up terugkomen worden binnen 7 dagen opnieuw verwijderd.", "backup_retention_days", 35),
        ("subprocessors", "en", "Vendor shall notify Customer at least 10 days before engaging a new Sub-processor, and Customer may object. Notwithstanding the foregoing, for a new Sub-processor that will host Customer Data outside the EEA, Vendor shall give 60 days' notice.", "notice_days", 10),
        ("deletion", "en", "For thirty days after termination Customer may export its data. Upon termination Vendor shall delete all Customer Data within sixty days in accordance with the then-current Documentation.", "deletion_days", 60),
        ("deletion", "nl", "21.1 Klant behoudt gedurende twee (2) maanden na de einddatum toegang om gegevens te exporteren. 21.2 Uiterlijk veertien (14) dagen na het verstrijken van de exportperiode worden alle gegevens van Klant, met inbegrip van bijlagen en gebruikersprofielen, definitief verwijderd. 21.3 Support tijdens de exportperiode heeft een reactietijd van vier (4) uur.", "deletion_days", 74),
        ("deletion", "en", "21.1 Customer may export its data for two months after the end date. 21.2 No later than fourteen (14) days after the export period ends, all Customer data, including attachments and user profiles, is permanently deleted. 21.3 Support during the export period responds within four (4) hours.", "deletion_days", 74),
        ("deletion", "en", "Upon termination Vendor shall return all Customer Data within fourteen (14) days. Vendor shall delete all remaining copies within a further thirty (30) days.", "deletion_days", 44),
        ("deletion", "nl", "Na beëindiging geeft Leverancier alle Klantgegevens binnen veertien (14) dagen terug. Leverancier verwijdert alle resterende kopieën binnen een verdere termijn van dertig (30) dagen.", "deletion_days", 44),
        ("deletion", "nl", "14.1 Klant kan gedurende dertig (30) dagen na de einddatum zijn Klantdata downloaden. 14.2 Na afloop van de exporttermijn als bedoeld in artikel 14.1 verwijdert Leverancier de Klantdata binnen zestig (60) dagen definitief.", "deletion_days", 90),
        ("deletion", "nl", "10.2 Na de stopzetting van de dienstverlening wist de verwerker de persoonsgegevens ten laatste één jaar na de datum van stopzetting.", "deletion_days", 365),
        ("deletion", "nl", "15.1 Bij beëindiging zal Verwerker, ter keuze van Verwerkingsverantwoordelijke, de Persoonsgegevens hetzij retourneren, hetzij vernietigen. 15.2 Verwerker voldoet aan deze verplichting uiterlijk binnen twee maanden na de datum waarop de Opdracht is geëindigd.", "deletion_days", 60),
        ("deletion", "en", "15.1 Upon termination, Vendor shall at Customer's choice return or destroy all Personal Data. 15.2 Vendor shall comply with this obligation within sixty (60) days after the end of the Agreement.", "deletion_days", 60),
        ("deletion", "nl", "Wanneer uw organisatie haar abonnement beëindigt, blijven de gegevens nog een termijn van drie maanden beschikbaar, zodat heractivering mogelijk is. Na afloop van deze termijn van drie maanden worden alle gegevens vernietigd.", "deletion_days", 90),
        ("deletion", "en", "When the subscription ends, the data remains available for a period of three months so that the account can be reactivated. At the end of this period of three months all data is destroyed.", "deletion_days", 90),
        ("deletion", "nl", "17.1 Binnen dertig (30) dagen na het einde van de Overeenkomst verwijdert Leverancier alle Klantgegevens. 17.2 In afwijking van artikel 17.1 is Leverancier gerechtigd één volledige kopie van de Klantgegevens te bewaren gedurende vijf (5) jaar na het einde van de Overeenkomst. Na afloop van die periode wordt deze kopie vernietigd.", "deletion_days", 1825),
        ("deletion", "en", "17.1 Within thirty (30) days after the end of the Agreement Vendor deletes all Customer Data from production. 17.2 Notwithstanding clause 17.1, Vendor may keep one complete copy of the Customer Data for five (5) years after the end of the Agreement for evidence purposes. Upon expiry of that period the copy is destroyed.", "deletion_days", 1825),
        ("subprocessors", "nl", "De verwerker mag een beroep doen op onderaannemers. De verwerker brengt de verantwoordelijke minstens een maand op voorhand op de hoogte van elke voorgenomen toevoeging van een onderaannemer, zodat de verantwoordelijke bezwaar kan aantekenen.", "notice_days", 30),
        ("subprocessors", "nl", "Dataweide gebruikt subverwerkers. Wij plaatsen een nieuwe subverwerker op onze website ten minste veertien dagen voordat deze persoonsgegevens verwerkt. Bezwaar maken kan tot die datum.", "notice_days", 14),
        ("subprocessors", "en", "Vendor may engage Sub-processors, provided that Vendor informs Customer of any intended addition at least ten (10) days before it takes effect and Customer has not objected within that period.", "notice_days", 10),
        # a period set in place of another holds, not the shorter one it replaces
        ("subprocessors", "nl", "4.1 Leverancier kondigt nieuwe subverwerkers ten minste 14 dagen vooraf aan en Opdrachtgever kan bezwaar maken. 4.2 In afwijking van artikel 4.1 geldt een aankondigingstermijn van acht weken voordat een nieuwe subverwerker gegevens mag verwerken.", "notice_days", 56),
        ("subprocessors", "en", "4.1 Vendor announces new Sub-processors at least 14 days in advance and Customer may object. 4.2 Notwithstanding clause 4.1, Vendor shall give sixty (60) days' notice before a new Sub-processor processes Customer Data.", "notice_days", 60),
        # a definition run on into the next one ends there
        ("subprocessors", "en", "1. Definitions. In this Addendum: \"Notice Period\" means a period of six (6) weeks; and \"Business Day\" means a day on which banks are open. 8.1 Customer authorises Vendor to engage Sub-processors. 8.2 Vendor shall give Customer notice of any intended new Sub-processor at least the Notice Period before it processes any Customer Data. 8.3 Customer may object within ten days.", "notice_days", 42),
        ("subprocessors", "nl", "1. Definities. In deze overeenkomst: \"Aankondigingstermijn\" betekent een termijn van vier weken; en \"Werkdag\" betekent een dag waarop banken open zijn. 8.1 Klant geeft Leverancier algemene toestemming om subverwerkers in te schakelen. 8.2 Leverancier meldt een voorgenomen nieuwe subverwerker ten minste de Aankondigingstermijn voordat deze gegevens verwerkt. 8.3 Klant kan bezwaar maken.", "notice_days", 28),
]  # fmt: skip


ELEVENTH_SESSION_FACTS = [
        # business days are calendar days, twelve months are 360
        ("subprocessors", "en", "Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer at least ten (10) business days before any new Sub-processor processes Customer Data, and Customer may object.", "notice_days", 14),
        ("subprocessors", "nl", "Klant geeft Leverancier algemene toestemming voor subverwerkers. Leverancier meldt een nieuwe subverwerker ten minste vijftien (15) werkdagen voordat deze gegevens verwerkt; Klant kan bezwaar maken.", "notice_days", 21),
        ("backups", "en", "Monthly backups are retained for twelve (12) months and then destroyed.", "backup_retention_days", 360),
        ("backups", "nl", "Maandelijkse back-ups worden twaalf (12) maanden bewaard en daarna vernietigd.", "backup_retention_days", 360),
        # a window named alone after "following" / "na de"
        ("deletion", "en", "13.2 Retrieval Period. Upon expiration or termination of the Agreement, Vendor will make Customer Personal Data available for export for a period of thirty (30) days (the \"Retrieval Period\"), during which Customer may log in solely to export its data. Vendor has no obligation to provide the data in any format other than its standard export formats. 13.3 Deletion. Following the Retrieval Period, Vendor will delete Customer Personal Data from its production systems within thirty (30) days.", "deletion_days", 60),
        ("deletion", "nl", "13.2 Exportperiode. Na het einde van de Overeenkomst stelt Leverancier de Persoonsgegevens gedurende dertig (30) dagen beschikbaar voor export (de \"Exportperiode\"), waarin Klant uitsluitend kan inloggen om zijn gegevens te exporteren. Leverancier is niet verplicht de gegevens in een ander formaat dan haar standaard exportformaten te leveren. 13.3 Verwijdering. Na de Exportperiode verwijdert Leverancier de Persoonsgegevens binnen dertig (30) dagen uit haar productiesystemen.", "deletion_days", 60),
        ("deletion", "en", "Either party may terminate on thirty (30) days' notice (the \"Notice Period\"). Following the Notice Period, Vendor will delete Customer Data within thirty (30) days.", "deletion_days", 30),
        # a period the customer configures, capped in a relative clause; a request window with its requester
        ("deletion", "en", "Within thirty (30) days after termination, Vendor will delete all Customer Content. Where Result Storage is enabled, Vendor retains Extraction Results for the retention period configured by Customer, which may not exceed ninety (90) days from completion of the Job, after which they are deleted.", "deletion_days", 30),
        ("deletion", "nl", "Binnen dertig (30) dagen na beëindiging verwijdert Leverancier alle Klantinhoud. Bij ingeschakelde Resultaatopslag bewaart Leverancier de resultaten gedurende de bewaartermijn ingesteld door Klant, die niet langer mag zijn dan negentig (90) dagen na afronding van de taak, waarna zij worden verwijderd.", "deletion_days", 30),
        ("deletion", "en", "Within thirty (30) days after termination, Vendor will delete all Customer Content. Upon written request by Customer made within sixty (60) days after termination, Vendor will confirm the deletion in writing.", "deletion_days", 30),
        ("deletion", "nl", "Binnen dertig (30) dagen na beëindiging verwijdert Leverancier alle Klantinhoud. Op een verzoek van Klant gedaan binnen zestig (60) dagen na beëindiging bevestigt Leverancier de verwijdering schriftelijk.", "deletion_days", 30),
        ("subprocessors", "nl", "6.1 Leverancier schakelt uitsluitend Subverwerkers in na voorafgaande schriftelijke toestemming van Onderwijsinstelling. 6.2 Wil Leverancier een nieuwe Subverwerker inschakelen, dan dient hij uiterlijk twee (2) maanden voordat de Subverwerker toegang krijgt een schriftelijk verzoek in bij Onderwijsinstelling.", "notice_days", 60),
        ("subprocessors", "en", "6.1 Vendor shall engage Sub-processors only with the prior written consent of Customer. 6.2 Where Vendor wishes to engage a new Sub-processor, it shall submit a written request to Customer at least sixty (60) days before the Sub-processor is given access.", "notice_days", 60),
        ("subprocessors", "nl", "9.1 De Verwerkingsverantwoordelijke machtigt de Verwerker om een beroep te doen op sub-verwerkers, op voorwaarde dat de Verwerker de Verwerkingsverantwoordelijke daarvan vooraf schriftelijk in kennis stelt, en dit minstens één (1) maand vóór de sub-verwerker toegang krijgt. 9.2 De Verwerkingsverantwoordelijke kan binnen vijftien (15) dagen na de kennisgeving bezwaar maken.", "notice_days", 30),
        ("backups", "nl", "8.2 Reservekopieën worden bewaard gedurende dertien (13) weken. Na afloop van die termijn worden zij automatisch vernietigd.", "backup_retention_days", 91),
        ("backups", "nl", "Veiligheidskopieën worden gedurende dertig (30) dagen bewaard en daarna vernietigd.", "backup_retention_days", 30),
        # the same period named again is not added
        ("deletion", "en", "Upon termination Vendor will delete all Customer Data within thirty (30) days; where Customer asked for its return, Vendor will first return it and then delete it within the same thirty (30) day period.", "deletion_days", 30),
        ("deletion", "nl", "Na beëindiging verwijdert Leverancier alle Klantgegevens binnen dertig (30) dagen; heeft Klant om teruggave gevraagd, dan geeft Leverancier de gegevens eerst terug en verwijdert hij ze daarna binnen dezelfde termijn van dertig (30) dagen.", "deletion_days", 30),
        # a period in a legal exception's later words is the law's, not the deletion's
        ("deletion", "en", "Within thirty (30) days after termination Vendor deletes all Customer Data, except for data that Vendor must itself retain under statutory obligations, in particular under tax law for up to ten (10) years.", "deletion_days", 30),
        ("deletion", "nl", "Binnen dertig (30) dagen na beëindiging verwijdert Leverancier alle Klantgegevens, behalve gegevens die Leverancier op grond van een wettelijke bewaarplicht moet bewaren, in het bijzonder op grond van fiscale wetgeving gedurende zeven (7) jaar.", "deletion_days", 30),
        # an archive kept only on the customer's instruction is its choice
        ("backups", "nl", "9.2 In de standaarddienst worden back-ups negentig (90) dagen bewaard en daarna verwijderd. 9.3 Bij de module Archief Plus bewaart Verwerker, uitsluitend op uitdrukkelijke instructie van Opdrachtgever, een maandelijkse archiefkopie gedurende zeven (7) jaar.", "backup_retention_days", 90),
        ("backups", "en", "9.2 In the standard service, backups are kept for ninety (90) days and then deleted. 9.3 With the Archive Plus module, only on Customer's express instruction, Vendor keeps a monthly archive copy for seven (7) years.", "backup_retention_days", 90),
        ("backups", "en", "8.1 Vendor takes daily snapshots of each environment, retained for thirty (30) days. 8.2 Once a week, Vendor replicates a copy of each environment to a separate region. Disaster-recovery copies are retained for ninety (90) days.", "backup_retention_days", 90),
        # a quarter is three months
        ("backups", "en", "Backup media are overwritten within one quarter of the deletion of the data from the live Services.", "backup_retention_days", 90),
        ("deletion", "nl", "Gebruikersaccounts worden uiterlijk binnen een kwartaal na het einde van de Overeenkomst verwijderd.", "deletion_days", 90),
        # the earliest start after the notice is the notice period
        ("subprocessors", "nl", "De Klant verleent een algemene toestemming om sub-verwerkers in te schakelen. Spreekbuis informeert de Klant door middel van een kennisgeving over elke nieuwe sub-verwerker. Een nieuwe sub-verwerker wordt ten vroegste dertig (30) dagen na deze kennisgeving ingeschakeld. De Klant kan gedurende die periode bezwaar maken.", "notice_days", 30),
        ("subprocessors", "en", "Customer grants a general authorisation to engage Sub-processors. Vendor informs Customer of each new Sub-processor by a notice. A new Sub-processor is engaged no earlier than thirty (30) days after that notice. Customer may object during that period.", "notice_days", 30),
        # two periods in one list: the shortest is the one the customer can count on
        ("subprocessors", "en", "12.1 Controller grants Processor general written authorisation to engage Sub-processors. 12.2 Processor shall inform Controller of any intended addition of a Sub-processor: - at least ninety (90) days in advance, where the Sub-processor is outside the EEA; and - at least thirty (30) days in advance, in all other cases. 12.3 Controller may object within twenty (20) days.", "notice_days", 30),
        ("subprocessors", "nl", "12.1 Opdrachtgever geeft Verwerker algemene toestemming om Subverwerkers in te schakelen. 12.2 Verwerker informeert Opdrachtgever over een voorgenomen nieuwe Subverwerker: - ten minste negentig (90) dagen vooraf, als de Subverwerker buiten de EER gevestigd is; en - ten minste dertig (30) dagen vooraf, in alle andere gevallen. 12.3 Opdrachtgever kan binnen twintig (20) dagen bezwaar maken.", "notice_days", 30),
        # a window named by its clause number alone
        ("deletion", "nl", "16.1 Klant kan gedurende veertien (14) dagen na het einde van de Overeenkomst een volledige download maken. 16.2 Na afloop van de in 16.1 genoemde downloadperiode verwijdert Leverancier alle gegevens van Klant binnen dertig (30) dagen.", "deletion_days", 44),
        # ... the window's own length named again is not added to it
        ("deletion", "nl", "12.1 Na het einde van de Overeenkomst blijft de Administratie gedurende drie maanden in alleen-lezen modus beschikbaar. 12.2 Na afloop van de in 12.1 genoemde termijn van drie maanden vernietigt Leverancier de Administratie definitief.", "deletion_days", 90),
        # kept longer only because the customer chose it
        ("deletion", "nl", "12.3 Verwerker verwijdert de Persoonsgegevens uiterlijk drie maanden na de datum van beëindiging uit de Dienst, tenzij de Klant voor de Archiefservice heeft gekozen. 12.4 Heeft de Klant voor de Archiefservice gekozen, dan bewaart Verwerker de salarisadministratie in opdracht van de Klant gedurende de periode die de Klant heeft aangegeven, met een maximum van zeven jaar na het einde van het kalenderjaar waarin de Overeenkomst is beëindigd. Na afloop van die periode worden de Persoonsgegevens verwijderd.", "deletion_days", 90),
        ("deletion", "en", "12.3 Vendor deletes the Personal Data from the Service no later than three months after termination, unless Customer has opted for the Archive Service. 12.4 Where Customer has opted for the Archive Service, Vendor keeps the payroll records for the period Customer has specified, up to seven years after the end of the calendar year in which the Agreement terminated. Thereafter the Personal Data is deleted.", "deletion_days", 90),
        ("deletion", "nl", "Verwerker verwijdert de Persoonsgegevens binnen dertig dagen na beëindiging. Op verzoek van de Klant bevestigt Verwerker schriftelijk dat de verwijdering heeft plaatsgevonden.", "certificate", True),
        # a period of disuse or counted from collection times no deletion after the end
        ("deletion", "en", "Within sixty (60) days after termination, we will delete all Customer Personal Data. If a Starter Plan account receives no events and no logins for twelve (12) consecutive months, we may close the account and the data will then be deleted.", "deletion_days", 60),
        ("deletion", "nl", "Binnen zestig (60) dagen na beëindiging verwijderen wij alle persoonsgegevens van Klant. Heeft een account geen activiteit gedurende twaalf (12) maanden, dan mogen wij het account sluiten en worden de gegevens verwijderd.", "deletion_days", 60),
        ("deletion", "en", "Within forty-five (45) days after termination, Vendor will delete Customer Content. Telemetry Data that identifies a user is retained for up to twelve (12) months after collection and is then deleted.", "deletion_days", 45),
        ("deletion", "nl", "Binnen vijfenveertig (45) dagen na beëindiging verwijdert Leverancier de Klantinhoud. Telemetriegegevens die een gebruiker identificeren worden bewaard tot twaalf (12) maanden na het verzamelen en daarna verwijderd.", "deletion_days", 45),
        # guards from the session's code review
        ("deletion", "nl", "Na beëindiging bewaart Verwerker geen kopieën, en in alle gevallen verwijdert Verwerker de Persoonsgegevens binnen dertig dagen.", "deletion_days", 30),
        ("deletion", "en", "Upon termination, Vendor deletes Customer Data within 30 days, except where retention is required by law, and in any event within 90 days.", "deletion_days", 90),
        ("deletion", "nl", "Na beëindiging verwijdert Verwerker alle Persoonsgegevens binnen 30 dagen. Opdrachtgever bevestigt schriftelijk haar verzoek tot verwijdering.", "certificate", None),
        ("deletion", "nl", "Na beëindiging van de overeenkomst verwijdert Verwerker, op instructie van de Opdrachtgever, alle Persoonsgegevens binnen negen maanden.", "deletion_days", 270),
        ("deletion", "en", "Upon termination, Customer can choose to export its data, which Vendor will delete within thirty (30) days after termination.", "deletion_days", 30),
        ("deletion", "en", "Upon termination, Vendor will delete Customer Data within 60 days after collection of the final invoice.", "deletion_days", 60),
        ("backups", "en", "Backups are retained for 35 days and are restored only upon the Customer's request.", "backup_retention_days", 35),
        ("backups", "nl", "Back-ups worden 35 dagen bewaard en worden alleen op verzoek van de Opdrachtgever teruggezet.", "backup_retention_days", 35),
        ("subprocessors", "en", "Vendor may engage Sub-processors. Without prejudice to Customer's right to terminate under Section 12, Vendor will notify Customer of any new Sub-processor at least thirty (30) days in advance, and Customer may object.", "notice_days", 30),
        ("subprocessors", "en", "Vendor may engage Sub-processors. Vendor will notify Customer at least thirty (30) days before engaging a new Sub-processor, and Customer may object no later than ten (10) days before the engagement takes effect.", "notice_days", 30),
]  # fmt: skip


TWELFTH_SESSION_FACTS = [
        ("subprocessors", "en", "Annex C. For Clause 9(a) of the Standard Contractual Clauses the parties choose Option 2; the time period is twenty (20) days.", "notice_days", 20),
        ("subprocessors", "nl", "Bijlage C. Clausule 9, onder a): optie 2 is van toepassing. De termijn bedraagt veertien dagen.", "notice_days", 14),
        ("subprocessors", "en", "7.2 Vendor shall inform Customer of intended changes of Sub-processors in advance, within the time period specified in Annex C, and Customer may object. Annex C. For the purposes of Clause 9(a) of the Standard Contractual Clauses and of Section 7.2 of this Addendum, Option 2 applies, and the time period is 15 days.", "notice_days", 15),
        ("subprocessors", "en", "Annex C. Clause 9(a): Option 1 (specific prior authorisation); time period: four (4) weeks.", "notice_days", 28),
        # the customer's objection sent by notice gives no notice period
        ("subprocessors", "en", "Vendor will notify Customer of any new Sub-processor at least thirty (30) days before it processes Customer Data. Customer may object to a new Sub-processor by written notice given no later than ten (10) days before the end of that notice period.", "notice_days", 30),
        ("subprocessors", "en", "9.2 Vendor will notify Customer of any new Sub-processor not less than two months before it begins. 9.3 Customer may object to a new Sub-processor within the notice period or, for an urgent replacement, within twenty (20) days of Vendor's notice.", "notice_days", 60),
        # the notice period named, and set in place of another
        ("subprocessors", "nl", "8.3 Verwerker meldt een voorgenomen nieuwe subverwerker ten minste dertig (30) dagen vooraf; Opdrachtgever kan bezwaar maken. Bijlage 3. In afwijking van artikel 8.3 bedraagt de termijn voor de kennisgeving van een nieuwe subverwerker tien (10) werkdagen.", "notice_days", 14),
        ("subprocessors", "nl", "Verwerker kondigt een nieuwe subverwerker vooraf aan en Opdrachtgever kan bezwaar maken. De minimale aankondigingstermijn bedraagt:\n- voor het Pro-abonnement: twee (2) maanden;\n- voor het Basis-abonnement: één (1) maand.", "notice_days", 30),
        # Dutch notices with more words before the particle
        ("subprocessors", "nl", "De lijst van subverwerkers staat op onze website. Leverancier maakt een voorgenomen wijziging van die lijst minimaal vier weken voor de ingangsdatum bekend. Klant kan gedurende die vier weken bezwaar maken.", "notice_days", 28),
        ("subprocessors", "nl", "Verwerker mag sub-verwerkers inschakelen. Verwerker werkt deze pagina ten minste 14 dagen voordat een nieuwe sub-verwerker persoonsgegevens gaat verwerken bij. Kan Klant zich niet verenigen met een nieuwe sub-verwerker, dan kan Klant de overeenkomst opzeggen.", "notice_days", 14),
        # deemed consent: the window the change waits for
        ("subprocessors", "nl", "Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Verwerker dient daartoe een verzoek in. Maakt Opdrachtgever niet binnen tien werkdagen na ontvangst bezwaar, dan wordt de toestemming geacht te zijn verleend.", "notice_days", 14),
        ("subprocessors", "en", "The Processor shall inform the Controller in advance of any intended new sub-processor. The Controller has ten working days from receipt of this information to object. The engagement may only take place if the Controller has not objected within that period.", "notice_days", 14),
        # told of changes but given no say: the notice period is still a fact
        ("subprocessors", "en", "Customer authorises Vendor to use sub-processors. Vendor will inform Customer of any new sub-processor at least seven (7) days in advance, for information purposes only. Customer acknowledges that Vendor cannot accommodate objections.", "notice_days", 7),
        # a request window set off by a comma times the request, not the deletion
        ("deletion", "en", "Upon termination Vendor deletes all Customer Data within thirty (30) days. Upon Customer's written request, made within ninety (90) days after termination, Vendor will provide a certificate of deletion.", "deletion_days", 30),
        ("deletion", "nl", "Na beëindiging verwijdert Leverancier alle Klantgegevens binnen dertig (30) dagen. Op schriftelijk verzoek, gedaan binnen negentig (90) dagen na beëindiging, verstrekt Leverancier een verklaring van vernietiging.", "deletion_days", 30),
        ("subprocessors", "en", "Annex C. Clause 9(a) Option 1 shall not apply; the parties choose Option 2, with a time period of 14 days.", "notice_days", 14),
        ("subprocessors", "en", "Annex C. Clause 9(a): Option 2 applies. Clause 13: the supervisory authority of Ireland. The period for submitting complaints is 30 days.", "notice_days", None),
        ("subprocessors", "en", "Customer generally authorises Vendor to engage sub-processors. The Customer may object to a new sub-processor within 30 days after Vendor has notified it.", "notice_days", None),
        ("subprocessors", "en", "Vendor may engage sub-processors without Customer's consent. Vendor will notify Customer at least 14 days before any scheduled maintenance by its sub-processors.", "notice_days", None),
        ("subprocessors", "en", "Customer authorises Vendor to engage sub-processors. Vendor will post updates to its sub-processor page, which take effect thirty days after posting, and Customer may object during that time.", "notice_days", 30),
]  # fmt: skip


# The facts of the thirteenth session's wordings: each fails on the code before it, except the guards.
THIRTEENTH_SESSION_FACTS = [
        ('subprocessors', 'en', 'Customer gives Vendor a general authorisation to engage Sub-processors. Vendor will inform Customer of each new Sub-processor within ten (10) days after engaging it, and Customer may object within thirty (30) days of that information.', 'notice_days', 0),
        ('subprocessors', 'nl', 'Opdrachtgever verleent Verwerker algemene toestemming om Subverwerkers in te schakelen. Verwerker informeert Opdrachtgever binnen tien (10) dagen na de inschakeling van een nieuwe Subverwerker; Opdrachtgever kan binnen dertig (30) dagen daarna bezwaar maken.', 'notice_days', 0),
        ('subprocessors', 'en', 'Customer authorises Vendor to use sub-processors. Vendor publishes its list of sub-processors online and updates it after it has engaged a new sub-processor.', 'notice_days', 0),
        ('subprocessors', 'nl', 'Klant geeft Leverancier toestemming om subverwerkers in te zetten. Leverancier werkt de lijst van subverwerkers op haar website achteraf bij wanneer zij een nieuwe subverwerker heeft ingeschakeld.', 'notice_days', 0),
        # (guard: read right before this session too)
        ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer of a new Sub-processor at least 30 days before it starts, and Customer may object. In an emergency Vendor may replace a Sub-processor immediately and will inform Customer within five days after the replacement.', 'notice_days', 30),
        # (guard: read right before this session too)
        ('subprocessors', 'nl', 'Klant geeft Leverancier algemene toestemming voor subverwerkers. Leverancier meldt een nieuwe subverwerker ten minste 30 dagen van tevoren en Klant kan bezwaar maken. In een noodgeval mag Leverancier een subverwerker direct vervangen en informeert zij Klant binnen vijf dagen na de vervanging.', 'notice_days', 30),
        ('subprocessors', 'nl', 'Leverancier schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van de Klant. Wil Leverancier een Subverwerker toevoegen, dan legt zij de Klant daartoe ten minste dertig (30) dagen vooraf een schriftelijk verzoek voor.', 'notice_days', 30),
        ('subprocessors', 'en', 'Vendor shall not engage a Sub-processor without the prior specific written authorisation of Customer. Where Vendor wishes to add a Sub-processor, it shall present to the Customer a written request at least thirty (30) days in advance.', 'notice_days', 30),
        ('deletion', 'nl', 'Na de beëindiging van het Abonnement behoudt de klant gedurende negentig kalenderdagen een toegang in alleen-lezen modus om zijn gegevens te exporteren. Na het verstrijken van die termijn van negentig kalenderdagen worden de Klantgegevens binnen de dertig kalenderdagen definitief verwijderd.', 'deletion_days', 120),
        ('deletion', 'en', 'Upon termination Vendor shall delete all Customer Personal Data within sixty (60) days. The Account Owner may withdraw the opt-in at any time; samples already used before the withdrawal are deleted within ninety (90) days.', 'deletion_days', 60),
        # (guard: read right before this session too)
        ('deletion', 'nl', 'Na het einde van de Overeenkomst verwijdert Leverancier alle Persoonsgegevens binnen zestig (60) dagen. De accounteigenaar kan de opt-in op elk moment intrekken; reeds gebruikte fragmenten worden dan binnen negentig (90) dagen verwijderd.', 'deletion_days', 60),
        # (guard: read right before this session too)
        ('backups', 'nl', 'Verwerkingsverantwoordelijke is zelf verantwoordelijk voor de naleving van de fiscale bewaarplicht van zeven jaar ten aanzien van zijn archief. Back-ups worden dertig dagen bewaard en daarna overschreven.', 'backup_retention_days', 30),
        ('backups', 'en', 'Customer remains responsible for keeping its archive records for the statutory period of seven years. Backups are kept for thirty days and then overwritten.', 'backup_retention_days', 30),
        ('staff_access', 'nl', 'Leverancier beperkt de toegang tot de gegevens tot die personeelsleden voor wie de toegang noodzakelijk is. Personeelsleden leggen bij hun indiensttreding een uittreksel uit het strafregister voor.', 'background_checks', True),
        ('deletion', 'en', 'After the Export Period, Vendor shall have no obligation to maintain or provide any Customer Data and shall thereafter delete all Customer Data in its systems within ninety (90) days.', 'deletion_days', 90),
        # (guard: read right before this session too)
        ('deletion', 'nl', 'Na afloop van de Exportperiode heeft Leverancier geen verplichting de Klantgegevens te bewaren en zal zij alle Klantgegevens daarna binnen negentig (90) dagen verwijderen.', 'deletion_days', 90),
        ('deletion', 'nl', 'Na het einde van de Overeenkomst heeft Klant gedurende drie maanden (de Uitlooptermijn) kosteloos leestoegang tot het Platform. In die periode kan Klant zijn gegevens zelf exporteren. Uiterlijk dertig dagen na afloop van de Uitlooptermijn verwijdert Leverancier alle Persoonsgegevens van Klant.', 'deletion_days', 120),
        ('deletion', 'en', 'After the end of the Agreement Customer has read access to the Platform for three months (the Wind-down Period). During that period Customer may export its data. No later than thirty days after the end of the Wind-down Period Vendor deletes all Customer Personal Data.', 'deletion_days', 120),
        # (guard: read right before this session too)
        ('deletion', 'nl', '13.1 Na afloop van de dienstverlening stelt Verwerker naar keuze van Gemeente alle Persoonsgegevens ter beschikking of vernietigt hij deze. 13.3 Verwerker vernietigt de Persoonsgegevens binnen de in de Specificatie opgenomen termijn. Specificatie. - Loggegevens en de audittrail: worden twaalf maanden bewaard en daarna verwijderd. - Vernietiging als bedoeld in artikel 13.3: binnen 60 dagen na de einddatum van de Hoofdovereenkomst.', 'deletion_days', 60),
        # (guard: read right before this session too)
        ('deletion', 'en', "13.1 Upon termination Vendor shall, at Customer's choice, return or delete all Personal Data. 13.3 Vendor shall delete the Personal Data within the period set out in the Specification. Specification. - Audit logs: kept for twelve months and then deleted. - Deletion under Section 13.3: within 60 days after the end date of the Agreement.", 'deletion_days', 60),
        ('deletion', 'en', 'Vendor will delete all Customer Content within sixty (60) days after the effective date of termination. Where content has been flagged as potentially violating the Usage Policies, Vendor may retain it for as long as necessary to complete its investigation, but in no event for longer than two (2) years.', 'deletion_days', 60),
        ('deletion', 'nl', 'Leverancier verwijdert alle Klantgegevens binnen zestig (60) dagen na het einde van de Overeenkomst. Inhoud die als mogelijk misbruik is gemarkeerd, mag Leverancier bewaren zolang dat nodig is voor het onderzoek, maar nooit langer dan twee (2) jaar.', 'deletion_days', 60),
        # (guards from this session's code review: over-reaches of its first draft)
        ('deletion', 'en', 'Upon termination Vendor shall delete all Customer Data within thirty (30) days. Customer Data used for fraud prevention shall be deleted within twelve (12) months after termination.', 'deletion_days', 360),
        ('deletion', 'en', 'Upon termination of the Agreement, or earlier if Customer withdraws its opt-in, Vendor shall delete all Customer Data within thirty (30) days.', 'deletion_days', 30),
        ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor shall notify Customer of adding or replacing any Sub-processor, and Customer may object to such changes.', 'notice_days', None),
        ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer of any new Sub-processor, and Customer may object within thirty (30) days following the appointment.', 'notice_days', None),
        ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will inform Customer of any intended changes concerning the addition or replacement of Sub-processors, giving Customer the opportunity to object, and will update the list on its website following such addition or replacement.', 'notice_days', None),
        ('backups', 'en', 'The Customer is responsible for keeping its own copies of Customer Data; Vendor keeps backup copies of Customer Data for thirty-five (35) days and then overwrites them.', 'backup_retention_days', 35),
        ('backups', 'nl', 'Opdrachtgever is zelf verantwoordelijk voor het maken van eigen kopieën, en Leverancier bewaart back-ups van de Klantgegevens gedurende dertig (30) dagen.', 'backup_retention_days', 30),
        ('subprocessors', 'en', 'Article 7 Sub-processors\n7.1 Controller authorises Processor to engage the Sub-processors listed at vendor.com/subprocessors.\nArt. 28(4) GDPR applies to each of them. Processor will notify Controller thirty (30) days before any change, and Controller may object.\n7.2 Processor remains liable for its Sub-processors.', 'notice_days', 30),
        ('subprocessors', 'nl', 'Artikel 7 Subverwerkers\n7.1 Opdrachtgever geeft toestemming voor de Subverwerkers op de lijst op de website van Verwerker.\nArt. 28 lid 4 AVG is op hen van toepassing. Verwerker meldt iedere wijziging dertig (30) dagen van tevoren en Opdrachtgever kan bezwaar maken.\n7.2 Verwerker blijft aansprakelijk.', 'notice_days', 30),
        # (guard: a certificate timed after the deletion it names does not time the deletion)
        ("deletion", "en", "14.4 Vendor destroys all Personal Data within the period set out in Schedule 1. 14.6 Vendor sends Customer a signed certificate within ten working days after the destruction referred to in Section 14.4.", "deletion_days", None),
        ("deletion", "nl", "14.4 Leverancier vernietigt alle Persoonsgegevens binnen de in Bijlage 1 genoemde termijn. 14.6 Leverancier verstrekt binnen tien werkdagen na de vernietiging bedoeld in artikel 14.4 een verklaring van vernietiging.", "deletion_days", None),
        # (guard: an over-reach of this session's first draft, read right before it)
        ('subprocessors', 'en', "7.1 Customer authorises Vendor to engage Sub-processors. 7.2 Vendor will publish an update on the Sub-processor Page at least fifteen (15) days before any new Sub-processor begins processing, and Customer may object. B1.7 Model Providers are Sub-processors. Because model capacity changes quickly, Section 7.2 does not apply to the addition or replacement of a Model Provider. Instead, Vendor will give Administrators at least seven (7) days' notice before a new Model Provider starts to process Prompts.", 'notice_days', 7),
        # (guard: an over-reach of this session's first draft, read right before it)
        ('subprocessors', 'nl', '8.1 Klant verleent algemene toestemming voor Subverwerkers. 8.2 Leverancier meldt een nieuwe Subverwerker ten minste één maand van tevoren en Klant kan bezwaar maken. F. Wijziging taalmodel. In afwijking van artikel 8.2 stelt Leverancier Klant ten minste 14 dagen van tevoren op de hoogte wanneer zij de aanbieder van het taalmodel vervangt.', 'notice_days', 14),
]  # fmt: skip


# The facts of the fourteenth session's wordings: each fails on the code before it.
FOURTEENTH_SESSION_FACTS = [
        # (guard: read right before this session too)
        ('subprocessors', 'nl', 'Leverancier mag subverwerkers inschakelen. Leverancier brengt Klant minimaal vier (4) weken vooraf op de hoogte van het toevoegen of vervangen van een subverwerker.', 'notice_days', 28),
        # (guard: read right before this session too)
        ('subprocessors', 'en', 'Vendor may engage Sub-processors. Any new Sub-processor will be added to the Sub-processor List no less than 30 days before it begins processing Customer Data.', 'notice_days', 30),
        ('deletion', 'nl', 'Uiterlijk vier (4) weken na het einde van de Overeenkomst verwijdert Verwerker alle Persoonsgegevens, waaronder de gegevens op virtuele schijven, in objectopslag en in de back-ups.', 'deletion_days', 28),
        ('deletion', 'en', 'No later than four (4) weeks after the end of the Agreement, Vendor deletes all Personal Data, including the data on virtual disks, in object storage and in the backups.', 'deletion_days', 28),
        ('backups', 'nl', 'Platformback-ups worden gedurende ten hoogste veertien (14) dagen bewaard en daarna automatisch overschreven.', 'backup_retention_days', 14),
        ('backups', 'nl', 'Back-ups worden gedurende ten hoogste veertien (14) dagen bewaard en daarna overschreven. Uiterlijk vier (4) weken na het einde van de Overeenkomst verwijdert Verwerker alle Persoonsgegevens, waaronder de gegevens in objectopslag en in de back-ups.', 'backup_retention_days', 14),
        ('backups', 'en', 'Backups are kept for at most fourteen (14) days and then overwritten. No later than four (4) weeks after the end of the Agreement, Vendor deletes all Personal Data, including the data in object storage and in the backups.', 'backup_retention_days', 14),
        # (round 27's facts, each written anew)
        ('deletion', 'nl', 'Na het einde van je hosting bewaren we je website en mail nog dertig dagen, zodat je alles kunt ophalen. We helpen je daar graag bij. Na die dertig dagen wissen we je website, je database en je mailboxen van onze servers.', 'deletion_days', 30),
        ('deletion', 'en', 'After your hosting ends we keep your website and mail for thirty days so that you can collect everything. We are happy to help you with that. After those thirty days we erase your website, your database and your mailboxes from our servers.', 'deletion_days', 30),
        ('deletion', 'en', 'Vendor shall delete all Customer Content within thirty (30) days after termination. Vendor retains meeting and call metadata for thirteen (13) months after termination for billing purposes, after which it is deleted.', 'deletion_days', 30),
        ('deletion', 'nl', 'Leverancier verwijdert alle Klantinhoud binnen dertig (30) dagen na beëindiging. Leverancier bewaart metagegevens van vergaderingen en oproepen tot dertien (13) maanden na beëindiging voor de facturering, waarna deze worden verwijderd.', 'deletion_days', 30),
        ('deletion', 'nl', '11.3 Binnen vier (4) weken na het einde van de Overeenkomst vernietigt Leverancier alle Persoonsgegevens.\nBijlage 2\nBewaartermijnen tijdens de looptijd: volgens de instellingen die Klant heeft gekozen; standaard worden afgehandelde verzoeken na twee jaar verwijderd.', 'deletion_days', 28),
        # (guard: read right before this session too)
        ('deletion', 'en', '11.3 Within four (4) weeks after the end of the Agreement Vendor destroys all Personal Data.\nAnnex 2\nRetention during the term: according to the settings chosen by Customer; by default closed requests are deleted after two years.', 'deletion_days', 28),
        # (guard: read right before this session too)
        ('backups', 'en', 'Backups are retained on a rolling basis for twenty-eight (28) days and then destroyed. Vendor shall retain records of all Support Access Sessions for at least two (2) years.', 'backup_retention_days', 28),
        ('backups', 'nl', 'B10. Bewaren, verwijderen en back-ups\nB10.1 Opnames worden negentig dagen na het uploaden verwijderd.\nB10.4 Back-ups worden in een roulerend schema na vijfendertig (35) dagen overschreven.', 'backup_retention_days', 35),
        ('backups', 'en', 'B10. Retention, deletion and backups\nB10.1 Recordings are deleted ninety days after upload.\nB10.4 Backups are overwritten on a rolling schedule after thirty-five (35) days.', 'backup_retention_days', 35),
        # (guard: read right before this session too)
        ('backups', 'en', 'Backups are retained on a rolling basis for twenty-eight (28) days. Vendor shall complete deletion from production systems within forty-five (45) days of the request, and Article 11.3 shall apply to backups.', 'backup_retention_days', 28),
        # (guard: read right before this session too)
        ('backups', 'en', 'Personal Data in backup systems will be deleted as those backups expire, and in any event no later than thirty-five (35) days after the data has been deleted from production systems.', 'backup_retention_days', 35),
        ('subprocessors', 'nl', '8.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.\nBijlage 5 Afwijkingen\nB5.2 Aanvulling op artikel 8.2: Verwerkingsverantwoordelijke reageert binnen dertig (30) dagen na ontvangst van een verzoek om toestemming voor een nieuwe Subverwerker. Indien Verwerkingsverantwoordelijke niet binnen deze termijn bezwaar maakt, wordt de toestemming geacht te zijn verleend.', 'notice_days', 30),
        ('subprocessors', 'en', '8.1 Processor shall not engage a Sub-processor without the prior written consent of Controller.\nAnnex 5 Deviations\nB5.2 Supplement to Section 8.2: Controller responds within thirty (30) days of receiving a request for consent to a new Sub-processor. If Controller does not object within this period, the consent shall be deemed given.', 'notice_days', 30),
        ('deletion', 'nl', '13.1 Bij het einde van de overeenkomst behoudt het kantoor gedurende dertig dagen een toegang in alleen-lezen modus.\n13.3 Na het verstrijken van de in artikel 13.1 bedoelde periode schrapt de verwerker de persoonsgegevens binnen de dertig dagen, tenzij het Unierecht of het Belgisch recht de verwerker tot de opslag ervan verplicht. De verwerker bevestigt de schrapping op eenvoudig verzoek schriftelijk.', 'deletion_days', 60),
        ('deletion', 'nl', 'De verwerker schrapt de persoonsgegevens binnen de dertig dagen na het einde van de overeenkomst, tenzij het Unierecht of het Belgisch recht de verwerker tot de opslag ervan verplicht.', 'legal_retention_exception', True),
        ('backups', 'en', 'DRS-4.1 Backups are retained on a rolling basis for thirty-five (35) days.\nDRS-5.1 Application and infrastructure logs, which may contain identifiers, are retained for ninety (90) days and then deleted.', 'backup_retention_days', 35),
        # (guard: read right before this session too)
        ('backups', 'nl', 'DRS-4.1 Back-ups worden vijfendertig (35) dagen bewaard.\nDRS-5.1 Applicatielogbestanden, die identificatoren kunnen bevatten, worden negentig (90) dagen bewaard en daarna verwijderd.', 'backup_retention_days', 35),
        # (round 28's facts, each written anew)
        ('deletion', 'nl', 'Leverancier verwijdert de Klantgegevens binnen negentig (90) dagen na het einde van de Overeenkomst, behoudens voor zover Leverancier op grond van Unierecht of het recht van een lidstaat tot bewaring verplicht is.', 'legal_retention_exception', True),
        ('deletion', 'nl', 'Uiterlijk drie maanden na het einde van de Overeenkomst vernietigt Leverancier alle Persoonsgegevens, tenzij opslag van de Persoonsgegevens op grond van Unierechtelijke of lidstaatrechtelijke bepalingen is voorgeschreven.', 'legal_retention_exception', True),
        ('deletion', 'en', 'At the end of the contract the Provider deletes all Personal Data within sixty (60) days. These obligations do not apply to the data that the Provider is obliged to conserve by the law of the European Union or of a Member State.', 'legal_retention_exception', True),
        # (guard: read right before this session too)
        ('deletion', 'nl', '18.1 Na het einde van uw abonnement kunt u nog 60 dagen inloggen in een leesmodus. 18.2 Binnen 30 dagen na het einde van die leesperiode verwijderen wij de Administratiegegevens definitief.', 'deletion_days', 90),
        # (guard: read right before this session too)
        ('deletion', 'en', '14.1 During the Main Contract, the Documents are conserved in the Workspace during the retention period parametrised by the administrator of the Customer, which can be fixed between zero and three hundred sixty-five (365) days. At the expiry of this period, the Content is deleted automatically.\n14.2 At the end of the Main Contract the Customer has thirty (30) days to export its Content.\n14.3 At the expiry of the period of export, the Provider deletes all the Personal Data of the Customer, at the latest sixty (60) days after the end of the Main Contract.', 'deletion_days', 60),
        # (guard: read right before this session too)
        ('deletion', 'nl', '14.1 Tijdens de looptijd van de Overeenkomst, worden documenten bewaard gedurende de bewaartermijn die de beheerder van de Klant instelt, die kan worden ingesteld tussen nul en driehonderdvijfenzestig (365) dagen. Na afloop van die termijn worden de documenten automatisch verwijderd.\n14.3 Uiterlijk zestig (60) dagen na het einde van de Overeenkomst verwijdert Leverancier alle Persoonsgegevens van de Klant.', 'deletion_days', 60),
        ('deletion', 'en', 'At the end of the contract the Provider deletes all Personal Data within sixty (60) days. On written request of the Customer, the Provider delivers an attestation of deletion signed by its DPO.', 'certificate', True),
        ('backups', 'en', 'Each backup is kept for thirty-five (35) days and is then automatically deleted; no copy of Customer Personal Data exists in any system of the Vendor later than seventy-nine (79) days after the Termination Date.', 'backup_retention_days', 35),
        ('backups', 'nl', 'Iedere back-up wordt vijfendertig (35) dagen bewaard en daarna automatisch verwijderd; uiterlijk negenenzeventig (79) dagen na de einddatum bestaat er geen kopie van de Persoonsgegevens meer.', 'backup_retention_days', 35),
        ('backups', 'en', 'Backup copies are retained on a rolling basis and deleted no later than ninety (90) days after their creation. Customer Data residing in backups is purged from all systems no later than one hundred eighty (180) days following the expiration or termination of the Agreement.', 'backup_retention_days', 90),
        ('backups', 'en', 'Backups are overwritten after thirty (30) days. Raw events are kept in the Archive for the retention period configured by Customer (default: twelve months).', 'backup_retention_days', 30),
        ('backups', 'nl', 'Back-ups worden na dertig (30) dagen overschreven. Ruwe gebeurtenissen worden in het Archief bewaard gedurende de door de Klant ingestelde bewaartermijn (standaard twaalf maanden).', 'backup_retention_days', 30),
        ('deletion', 'en', 'Where applicable law gives a Member the right to request deletion of their health data, we will comply with the request within forty-five (45) days. When the Business Agreement ends, we will delete Customer Data without undue delay.', 'deletion_days', None),
        ('deletion', 'nl', 'Waar een betrokkene zijn recht op gegevenswissing uitoefent, handelen wij het verzoek binnen dertig (30) dagen af en verwijderen wij de gegevens. Na het einde van de Overeenkomst verwijderen wij de Klantgegevens zonder onnodige vertraging.', 'deletion_days', None),
        # (guards from this session's code review: over-reaches of its first draft, read right before it)
        ('deletion', 'nl', 'Na beëindiging van de Overeenkomst verwijdert Verwerker alle Persoonsgegevens binnen dertig dagen; verzoeken van betrokkenen die na dat moment binnenkomen, stuurt Verwerker door naar Verwerkingsverantwoordelijke.', 'deletion_days', 30),
        ('deletion', 'nl', 'Uiterlijk dertig dagen na het einde van de Overeenkomst, of eerder op verzoek van de betrokkene, verwijdert Verwerker alle Persoonsgegevens.', 'deletion_days', 30),
        ('deletion', 'en', 'During the Subscription Term, Customer Data is stored in the EU; upon termination Vendor deletes all Customer Data within thirty (30) days.', 'deletion_days', 30),
        ('deletion', 'nl', 'Gedurende de looptijd van de Overeenkomst, bewaart Verwerker de Persoonsgegevens in Nederland; binnen dertig dagen na het einde van de Overeenkomst verwijdert Verwerker alle Persoonsgegevens.', 'deletion_days', 30),
        ('deletion', 'en', '12.2 During the term, Customer may export its data at any time. After termination, Customer may export its data for thirty (30) days. Thereafter Vendor deletes all Customer Data.', 'deletion_days', 30),
        ('deletion', 'nl', '12.2 Gedurende de looptijd van de Overeenkomst, kan Klant haar gegevens op elk moment exporteren. Na het einde van de Overeenkomst kan Klant haar gegevens nog dertig dagen downloaden. Daarna verwijdert Leverancier alle Klantgegevens.', 'deletion_days', 30),
        ('backups', 'en', 'Backups are encrypted with AES-256 and stored in a separate region; copies of production databases are retained for thirty-five (35) days.', 'backup_retention_days', 35),
        ('backups', 'nl', 'Back-ups worden versleuteld opgeslagen in een tweede datacenter; kopieën van de productiedatabase worden dertig dagen bewaard.', 'backup_retention_days', 30),
        ('backups', 'en', 'Backups are retained for 30 days, and deleted Customer Data is purged from all backups no later than 90 days after termination of the Agreement.', 'backup_retention_days', 90),
        ('backups', 'en', 'Backup snapshots are kept for fourteen (14) days and are overwritten no later than twenty-eight (28) days after the end of each weekly backup cycle.', 'backup_retention_days', 28),
        ('backups', 'en', 'Backups are stored for 35 days. After the end of the Agreement, Customer Data remains in backups for up to 35 days, and backups of the archive are kept for 7 years following termination.', 'backup_retention_days', 2555),
        ('backups', 'nl', 'Back-ups worden veertien dagen bewaard. Jaarlijkse archiefback-ups worden tot zeven jaar na het einde van het boekjaar bewaard.', 'backup_retention_days', 2555),
]  # fmt: skip


FIFTEENTH_SESSION_FACTS = [
    (
        "deletion",
        "en",
        "We will not retain your personal information for more than 30 days after your account is closed.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Wij bewaren uw gegevens niet langer dan 30 dagen na het einde van de overeenkomst.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "11.2 Upon termination of the Agreement, Customer may, by written request made within thirty (30) days after termination, require Vendor to make Customer Data available for export. Following the expiry of such thirty (30) day period, Vendor shall delete Customer Data from the Services within sixty (60) days.",
        "deletion_days",
        90,
    ),
    (
        "subprocessors",
        "en",
        "(3) The Contractor shall inform the Client of any intended addition or replacement of further processors by e-mail, with a lead time of at least six weeks before the change takes effect. The Client may object to the intended change within this period. (4) If the Client objects in due time, the Contractor may either continue the service without the change or terminate the products affected by the change with a notice period of one month to the end of a calendar month.",
        "notice_days",
        42,
    ),
    (
        "deletion",
        "nl",
        "12.2 Zodra de Overeenkomst is beëindigd, verwijdert Verwerker uiterlijk een maand na de datum van beëindiging alle Persoonsgegevens. 12.6 Verwerker verstrekt op verzoek een bevestiging van de verwijdering, voor zover het verzoek uiterlijk drie maanden na de datum van beëindiging wordt gedaan.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "12.3 Binnen vier weken na het einde van de Overeenkomst vernietigt Verwerker alle Persoonsgegevens. Bewaartermijnen tijdens de looptijd:\n- Chatlogs: 90 dagen na het einde van het gesprek, waarna zij automatisch uit de beheeromgeving worden verwijderd.",
        "deletion_days",
        28,
    ),
    (
        "deletion",
        "en",
        "12.3 Within four weeks after the end of the Agreement, Vendor destroys all Personal Data. Retention during the term:\n- Chat logs: 90 days after the end of the conversation, after which they are deleted automatically.",
        "deletion_days",
        28,
    ),
    (
        "deletion",
        "en",
        "Once the provision of the service has finished, the PROVIDER shall return to the CLIENT the personal data and, where applicable, the supports where they are stored, within the term of fifteen (15) working days from the termination of the contract. The return must entail the complete suppression of the data existing in the computer equipment used by the PROVIDER.",
        "deletion_days",
        21,
    ),
    (
        "deletion",
        "en",
        "12.4 No later than six months after the end of the Agreement, Vendor destroys all Personal Data in the production and acceptance environments and in all other systems of Vendor and its Sub-processors, with the exception of backups, for which Article 12.6 applies.",
        "deletion_days",
        180,
    ),
    (
        "deletion",
        "nl",
        "Uiterlijk zes maanden na het einde van de Overeenkomst vernietigt Verwerker alle Persoonsgegevens in alle systemen, met uitzondering van back-ups, waarvoor artikel 12.6 geldt.",
        "deletion_days",
        180,
    ),
    (
        "backups",
        "nl",
        "Beveiligingsmaatregelen:\n- Logging van alle toegang tot Administraties door medewerkers, met een bewaartermijn van de logbestanden van twee jaar.\n- Dagelijkse back-ups van alle Administraties, die 30 dagen worden bewaard.\n- Daarnaast een maandelijkse archiefback-up, die twaalf maanden wordt bewaard en daarna wordt vernietigd.",
        "backup_retention_days",
        360,
    ),
    (
        "backups",
        "en",
        "Security measures:\n- Logging of all access to customer records by staff, with a retention period for those log files of two years.\n- Daily backups of all records, kept for 30 days.\n- A monthly archive backup, kept for twelve months and then destroyed.",
        "backup_retention_days",
        360,
    ),
    (
        "deletion",
        "en",
        "We will not retain your data for more than 1 year after your account is closed.",
        "deletion_days",
        365,
    ),
    (
        "deletion",
        "nl",
        "Wij bewaren uw gegevens niet langer dan twee jaren na het einde van de overeenkomst.",
        "deletion_days",
        730,
    ),
    (
        "deletion",
        "en",
        "11.4 The Processor shall complete the deletion of all Personal Data no later than sixty (60) days after the termination date, and shall confirm the deletion in writing.\n11.5 The obligations in this Article do not apply where Union law requires storage.\n12. Audits\n12.1 The Controller may audit the Processor once a year.\nAnnex 3 - Data Retention Schedule\n- Documents: deleted thirty (30) days after processing is completed, unless the Controller has enabled extended storage, in which case Documents are deleted at the end of the storage period configured by the Controller, which shall not exceed three hundred and sixty-five (365) days.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "9.1 When you delete your account, we delete your Account Data within 30 days.\n- Inactive Free accounts: if you have not signed in to a Free account for 24 months, we will notify you by e-mail and delete the account 30 days after that notification unless you sign in before then.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "10.2 Upon termination of the Agreement, Vendor shall delete Customer Data in accordance with Section 7 of Schedule 2.\nSchedule 2\n7.1 When a user deletes a Board, it stays in the trash for thirty (30) days.\n7.2 Upon termination of the Agreement, Customer's workspace is deactivated. Customer Content and other Customer Data in the workspace are permanently deleted from Vendor's production systems within six (6) weeks after deactivation.",
        "deletion_days",
        42,
    ),
    (
        "deletion",
        "nl",
        "12.2 Gedurende dertig (30) dagen na het einde van de Hoofdovereenkomst houdt Verwerker de omgeving van Klant beschikbaar in een alleen-lezenmodus, zodat Klant de Klantgegevens via de exportfunctie kan exporteren. 12.3 Binnen negentig (90) dagen na afloop van de in artikel 12.2 bedoelde exportperiode verwijdert Verwerker alle Klantgegevens, tenzij bewaring op grond van Unierecht vereist is.",
        "deletion_days",
        120,
    ),
    (
        "staff_access",
        "en",
        "All employees of the Processor have signed a confidentiality statement.",
        "confidentiality",
        True,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "(3) Opdrachtnemer informeert Opdrachtgever per e-mail over elke voorgenomen toevoeging of vervanging van subverwerkers, ten minste zes weken voordat de wijziging ingaat. Opdrachtgever kan binnen die termijn bezwaar maken. (4) Maakt Opdrachtgever tijdig bezwaar, dan mag Opdrachtnemer de betrokken diensten opzeggen met een opzegtermijn van één maand.",
        "notice_days",
        42,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We retain your personal information for five years after your account is closed.",
        "deletion_days",
        None,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "11.2 Customer may export its data for thirty (30) days after termination. Following the expiry of such 30-day period, Vendor shall delete Customer Data within sixty (60) days.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of the addition or termination of any Sub-processor with a notice period of 30 days, during which Customer may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "12.2 Gedurende dertig (30) dagen na het einde van de Hoofdovereenkomst houdt Verwerker de omgeving van Klant beschikbaar in een alleen-lezenmodus. 12.3 Na afloop van de in artikel 12.2 bedoelde exportperiode verwijdert Verwerker binnen negentig (90) dagen alle Klantgegevens.",
        "deletion_days",
        120,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "13.4 Binnen drie (3) maanden na beëindiging van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, de Persoonsgegevens retourneren en/of vernietigen. Heeft Verwerkingsverantwoordelijke niet binnen dertig (30) dagen na beëindiging haar keuze kenbaar gemaakt, dan worden de Persoonsgegevens na afloop van de termijn van drie (3) maanden vernietigd.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Processor shall delete all Personal Data within the period set by the Controller, which shall not exceed thirty (30) days after termination.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination, Vendor deletes Customer Data within 30 days. When an admin deactivates a user during the term, that user's files stay in the workspace and are deleted 180 days after deactivation.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wij mogen subverwerkers inschakelen. Voor een nieuwe subverwerker hoeven we je niet vooraf om toestemming te vragen, maar we laten het je wel 30 dagen van tevoren weten en je kunt bezwaar maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wij mogen subverwerkers inschakelen. Wij informeren je ten minste 30 dagen vooraf over een nieuwe subverwerker, behalve in een noodgeval, want dan hoeven we je niet vooraf te informeren. Je kunt bezwaar maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "12.3 Binnen 4 weken na het einde van de Hoofdovereenkomst vernietigt Verwerker alle Persoonsgegevens. 12.5 Verwerker verstrekt Ziekenhuis binnen vijf Werkdagen na afronding van de vernietiging bedoeld in artikel 12.3 een ondertekende schriftelijke verklaring dat alle Persoonsgegevens zijn vernietigd.",
        "deletion_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Within sixty (60) days of the final payroll run we will, at your choice, return to you all Client Personal Data, or delete it. We also retain our own copies of payroll registers and our working papers for six (6) years from the end of the tax year to which they relate, to comply with our obligations as a registered payroll agent.",
        "deletion_days",
        60,
    ),
]


SIXTEENTH_SESSION_FACTS = [
    (
        "deletion",
        "en",
        'Upon termination, for thirty (30) days thereafter (the "Export Period") you may log in to export your data. After the Export Period, we will delete Customer Data from our active systems, which normally occurs within ninety (90) days after the end of the Export Period. If an Account on a free plan has not been logged into or used for twelve (12) consecutive months, we may close the Account and delete its Customer Data after giving fourteen (14) days\' notice.',
        "deletion_days",
        120,
    ),
    (
        "deletion",
        "nl",
        "12.3 Op uitdrukkelijk verzoek van de Gemeente blijft de Toepassing na het einde van de Overeenkomst gedurende een overgangsperiode van maximaal zes (6) maanden in leesmodus beschikbaar. 12.4 Na de teruggave vernietigt de Verwerker alle Persoonsgegevens. De vernietiging gebeurt uiterlijk drie (3) maanden na het einde van de Overeenkomst of, indien een overgangsperiode werd gevraagd, uiterlijk drie (3) maanden na het einde van die overgangsperiode.",
        "deletion_days",
        90,
    ),
    (
        "deletion",
        "en",
        "6.4 When this agreement ends, backups expire on their normal schedule. In addition, we keep one final archive copy of your website for 6 months after the end date. After those 6 months the archive copy is deleted. 10.2 30 days after the end date we delete your website files and database from our servers.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Everyone has their own account with two-factor authentication, and we remove access as soon as someone no longer works on your account. 10.2 30 days after the end date we delete your files from our servers.",
        "deletion_days",
        30,
    ),
    (
        "backups",
        "en",
        "11.2 If the Controller has ordered the Archive Service, Documents are instead stored for the time which the Controller has chosen in the settings of the Archive Service, at maximum seven (7) years. 12.3 Backup copies are stored for six (6) weeks, after which they are automatically overwritten.",
        "backup_retention_days",
        42,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "12.2 Where Customer has ordered the Managed Backup Service, backup copies are retained in accordance with the retention schedule selected by Customer in the Control Panel, which may not exceed ninety (90) days. 12.3 Upon termination of the Agreement, all backup copies are deleted no later than sixty (60) days after the date of termination.",
        "backup_retention_days",
        90,
    ),
    (
        "subprocessors",
        "en",
        "Vendor may replace a Sub-processor without prior notice in an emergency; in all other cases Vendor will notify Customer 30 days in advance and Customer may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any new sub processor at least 30 days in advance, and Customer may object to the new sub processor on reasonable grounds.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any new Subcontracted Processor at least 30 days in advance, and Customer may object on reasonable grounds.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will give Customer thirty (30) days' prior notice before any new Third Party Service Provider is given access to Customer Data, during which Customer may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Before authorizing any new Subprocessor to access Customer Personal Data, Vendor will update the Subprocessor List and notify Customer at least thirty days prior. Customer may object within that period.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Vendor shall inform Customer in writing one month before engaging an additional processor. Customer may object to such engagement.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "New Sub-Processors. At least 30 days before Vendor engages any new Sub-Processor, Vendor will post the name of the new Sub-Processor on its website and email subscribers. If Customer objects, the parties will discuss the objection in good faith.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may appoint new subprocessors provided it gives Customer not less than 30 days' notice and Customer does not reasonably object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Processor shall provide Controller with advance notice of 30 days of any intended addition of a sub-contractor. Controller may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Supplier will notify Customer of additions to its list of subprocessors. Such notice will be provided 30 days in advance. Customer may object to an addition.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Changes to Sub-processors. Provider will notify Customer by email of any change to its Sub-processors at least fourteen (14) days prior to the change taking effect. Customer may object to the change in writing within that fourteen (14) day period.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Google will inform Customer of the New Subprocessor at least 30 days before it begins processing Customer Data. Customer may terminate the Agreement immediately if it objects.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "When Vendor engages a new Subprocessor, Vendor will, at least 30 days before the new Subprocessor processes any Customer Data, notify Customer (including the name and location of the relevant subprocessor and the activities it will perform).",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Subprocessor changes will be communicated through our Subprocessor RSS feed with 30 days' lead time, and Customer may object by contacting privacy@vendor.example.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We will provide at least thirty (30) days' notice of any new subprocessors via our Trust Center mailing list. If you have a reasonable objection, you may terminate the affected Services.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "nl",
        "Verwerker informeert Verwerkingsverantwoordelijke één maand voordat een extra verwerker wordt ingeschakeld. Verwerkingsverantwoordelijke kan daartegen bezwaar maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wijzigingen in de lijst van subverwerkers worden ten minste dertig dagen vooraf via de nieuwsbrief aangekondigd. Klant kan binnen die termijn bezwaar maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Leverancier meldt een nieuwe subverwerker uiterlijk vier weken voor de inzet daarvan aan Opdrachtgever, die binnen twee weken bezwaar kan maken.",
        "notice_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Voordat Verwerker een nieuwe sub-verwerker inschakelt, stelt hij Opdrachtgever daarvan minimaal 14 dagen van tevoren schriftelijk op de hoogte. Opdrachtgever kan gemotiveerd bezwaar maken.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker zal Verwerkingsverantwoordelijke een termijn van dertig (30) dagen gunnen om bezwaar te maken tegen de voorgenomen inschakeling van een nieuwe Subverwerker, waarover Verwerker hem vooraf informeert.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "De Opdrachtnemer kondigt de inzet van een nieuwe onderaannemer ten minste een maand van tevoren aan. De Opdrachtgever kan binnen deze termijn bezwaar maken.",
        "notice_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor may delete any Free account that has not been logged into or used to send a campaign for twelve (12) consecutive months. Upon termination, Vendor will delete all Customer Data within thirty (30) days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination, Vendor will delete all Customer Data within thirty (30) days. Accounts that have not been logged into by any user of the Customer for twelve (12) months are deleted.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Op uitdrukkelijk verzoek van het Bestuur blijft de Toepassing na het einde van de overeenkomst gedurende een overgangsperiode van maximaal zes maanden in leesmodus beschikbaar. Daarna verwijdert Leverancier alle gegevens binnen 30 dagen.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Upon termination, Vendor will delete all Customer Data within sixty (60) days; at Customer's written request, Vendor will provide transition assistance for up to ninety (90) days before such deletion.",
        "deletion_days",
        60,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging verwijdert Leverancier alle persoonsgegevens binnen 30 dagen, tenzij de Klant op schriftelijk verzoek van de Klant een verlenging van maximaal drie maanden overeenkomt.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "After the end date we keep one final archive copy of your website for 6 months. After those 6 months the archive copy is deleted. Your live website is deleted within 14 days of the end date.",
        "deletion_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "If the Controller has ordered the Archive Service, Documents are instead stored in the archive for the time which the Controller has chosen in the settings of the Archive Service. Backups are overwritten after 35 days.",
        "backup_retention_days",
        35,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are taken daily at a time chosen by the Customer and are retained for 30 days.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are retained in accordance with the retention schedule selected by Customer, but in no event for longer than ninety (90) days.",
        "backup_retention_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are retained for 35 days, and snapshots are kept for the duration selected by the Customer.",
        "backup_retention_days",
        35,
    ),
    (
        "deletion",
        "nl",
        "Na beëindiging verwijdert Leverancier alle persoonsgegevens binnen 30 dagen; op schriftelijk verzoek van de Klant kan deze termijn eenmalig worden verlengd met maximaal drie maanden.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "12.1 Within thirty (30) days after completion of the Services, the Consultancy shall, at the Client's election, return or securely delete all Client Personal Data. 12.4 The Consultancy may retain one archival copy of the Deliverables for six (6) years after completion, provided that all Client Personal Data is removed from, or irreversibly anonymised in, that archival copy.",
        "deletion_days",
        30,
    ),
    (
        "backups",
        "en",
        "5.5 All access by Provider personnel to Customer Personal Data is recorded in tamper-evident logs, which are retained for twelve (12) months. 11.5 Backups are encrypted and kept for thirty (30) days on a rolling basis.",
        "backup_retention_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "7.2 Vendor will inform the Customer of any intended addition or replacement of a Sub-processor by email. The Customer may object to the change within ten (10) days after the notice has been sent. 8.3 Vendor will not move the primary storage location of Customer Personal Data outside the EU/EEA without giving the Customer at least sixty (60) days' prior notice.",
        "notice_days",
        None,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "12.1 Uiterlijk dertig (30) dagen vóór de Einddatum kiest Zorgaanbieder uit: a. een export van de dossiers; b. de overdracht aan een nieuwe leverancier; of c. het afsluiten van een Archiefabonnement, waarbij de dossiers na de Einddatum in alleen-lezen modus raadpleegbaar blijven, zodat Zorgaanbieder kan voldoen aan de wettelijke bewaartermijn van twintig jaar. 12.3 Binnen acht (8) weken na de Einddatum of, indien een Archiefabonnement is afgesloten, na het einde van het Archiefabonnement, vernietigt Leverancier alle Persoonsgegevens.",
        "deletion_days",
        56,
    ),
]


SEVENTEENTH_SESSION_FACTS = [
    (
        "subprocessors",
        "en",
        "Before a new Sub-processor starts processing, we will publish its name on our sub-processor page and email subscribers. This happens at least fifteen days before the new Sub-processor begins. If you object on reasonable data protection grounds, tell us within that window.",
        "notice_days",
        15,
    ),
    (
        "subprocessors",
        "en",
        "We'll let you know at least 30 days before any new sub-processor gets access to your data, and you can object.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "We will let you know at least 30 days before any new sub-processor gets access to your data, and you can object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "3. Subcontracting\nThe Contractor may commission subcontractors only if:\n- the Contractor informs the Client at least 14 days before the commissioning;\n- the Client does not object within this period.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Contractor shall notify the Client of any change of subcontractors in writing 30 days in advance. If the Client objects to the change, the Contractor may terminate the agreement.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Client shall be notified of any intended change in subcontractors by email with a notice period of four weeks. The Client may object to the change within the notice period for good cause.",
        "notice_days",
        28,
    ),
    (
        "deletion",
        "en",
        "Within 30 days after termination, Vendor will delete all Customer Data, except backups, which are deleted within 90 days.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor deletes Customer Data within 30 days of termination, save for copies in backups, which expire within 90 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Within 30 days after termination, Vendor will delete all Customer Data, except backups, which are deleted within 90 days.",
        "backup_retention_days",
        90,
    ),
    (
        "deletion",
        "nl",
        "Binnen 30 dagen na beëindiging verwijdert Leverancier alle Klantgegevens, met uitzondering van back-ups, die binnen 90 dagen worden verwijderd.",
        "deletion_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Provider maintains an up-to-date list of its sub-processors at its website and will update it at least 30 days before a new sub-processor begins processing. Customer may subscribe to receive an email when the list changes and may object to a new sub-processor within 30 days after the update.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "9.1 During the subscription, the Customer Data are conserved for the duration decided by the Customer in the console; the conversations are deleted automatically after ninety (90) days by default. 9.2 Upon termination, the Customer Data are destroyed within thirty (30) days.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Na het einde van de Hoofdovereenkomst blijft de server gedurende dertig (30) dagen in afgesloten toestand bewaard, zodat Klant de Klantdata op verzoek zelf kan ophalen. Uiterlijk dertig (30) dagen na afloop van die periode worden alle Klantdata verwijderd.",
        "deletion_days",
        60,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After the end of the Main Agreement the server is kept locked for thirty (30) days so that Customer can retrieve its data. No later than thirty (30) days after the end of that period all Customer Data is deleted.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "Within thirty (30) days after the end of the Subscription Term, we delete all Customer Content. If you ask us in writing within sixty (60) days after the end of the Subscription Term, we will send you a written confirmation that the deletion has been completed.",
        "deletion_days",
        30,
    ),
    ("deletion", "en", "Chat logs are automatically deleted after 30 days.", "deletion_days", 30),
    (
        "deletion",
        "en",
        "Upon termination, Vendor deletes Customer Data within 90 days. Training Datasets are kept for no longer than twelve (12) months from the date on which they are built, after which they are deleted.",
        "deletion_days",
        90,
    ),
    (
        "deletion",
        "en",
        "We keep your Site Data for sixty (60) days after your Subscription ends, and after those sixty days we permanently delete all Site Data. We may delete your Account if your Account has had no active Subscription for more than twelve months.",
        "deletion_days",
        60,
    ),
    (
        "subprocessors",
        "en",
        "Before a new Downstream Processor starts processing Customer Personal Data, we will add it to the register and send an e-mail to the Security Contact. The go-live date will be no less than twenty-one (21) days after the later of those two steps. You may object within fourteen (14) days after our notice.",
        "notice_days",
        21,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Controller agrees to the engagement of Sub-processors as listed in Annex 3. Processor will inform Controller about changes with a notice period of 30 days via e-mail or in the Console. Controller may object to changes within the notice period.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We announce new sub-processors in our changelog at least 14 days before they start processing. Customers who disagree may object by contacting support.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "New sub-processors are announced via an in-app notification no less than 30 days before they are engaged; you may object within that time.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Any new sub-processor will be listed on our status page with a 30 day lead time, during which the customer can raise an objection.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Processor uses the sub-processors listed in Appendix 3. If the Processor intends to add a sub-processor, it shall give the Controller thirty days' prior notice, during which the Controller may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Processor shall inform the Controller of any intended change concerning the addition or replacement of sub-processors at least thirty (30) days in advance, thereby giving the Controller the opportunity to object to such changes.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Sub-processors. Customer authorises Supplier to appoint sub-processors. Supplier will give Customer 30 days' notice of any new sub-processor. Customer may object on reasonable grounds.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Controller authorises the Processor to engage sub-processors, provided that the Processor notifies the Controller 30 days before a change, and the Controller does not object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Processor informs Controller one month in advance about new sub-processors. Controller can object to the new sub-processor within this month.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Processor informs Controller about new sub-processors at least four weeks in advance by e-mail. The Controller has the right to object within two weeks.",
        "notice_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The list of our current subprocessors is available at https://example.com/subprocessors. We will notify you of changes to this list at least 30 days in advance.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Supplier shall notify the Customer in writing, at least 30 calendar days before the intended start of processing by a new subcontractor, of the name, address and processing activities of the subcontractor. The Customer may object to the subcontractor within 14 days.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Data Processor shall provide Data Controller with at least thirty (30) days prior written notice of the appointment of any new Sub-Processor, including full details of the processing to be undertaken by the Sub-Processor. If Data Controller objects to such appointment, the parties shall discuss the objection in good faith.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtnemer maakt gebruik van de in Bijlage 2 genoemde subverwerkers. Voorgenomen wijzigingen worden ten minste één maand vooraf via het klantportaal bekendgemaakt. Opdrachtgever kan binnen die termijn schriftelijk bezwaar maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wij melden nieuwe subverwerkers minimaal 30 dagen van tevoren in onze nieuwsbrief. Heb je bezwaar, laat het ons dan weten.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Leverancier zal Klant ten minste dertig (30) dagen voorafgaand aan de inschakeling van een nieuwe Subverwerker hiervan schriftelijk in kennis stellen. Klant heeft het recht om binnen veertien (14) dagen bezwaar te maken.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "De Verwerker brengt de Verwerkingsverantwoordelijke vooraf op de hoogte van iedere beoogde wijziging inzake de toevoeging of vervanging van subverwerkers, met een termijn van ten minste 4 weken.",
        "notice_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Training Datasets are kept for no longer than twelve months from the date on which they are built. On termination, Vendor deletes the Service Data, including any copies in Training Datasets, within ninety (90) days.",
        "deletion_days",
        90,
    ),
    (
        "deletion",
        "en",
        "Vendor will not retain Personal Data for more than 180 days after the last login. On termination, Vendor deletes the account within 30 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging kan Klant gedurende 30 dagen haar gegevens exporteren. Uiterlijk dertig dagen na afloop van die periode verwijdert Leverancier alle gegevens.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "We delete Customer Data within 30 days after termination, except backups, which are deleted within 90 days.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor deletes all Customer Data within 30 days of termination, save for copies held in backups, which are overwritten within 90 days.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Leverancier verwijdert alle persoonsgegevens binnen 30 dagen na beëindiging, met uitzondering van reservekopieën, die binnen 90 dagen worden overschreven.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor will delete Customer Data within 30 days of termination, apart from backup copies, which are deleted within 35 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Vendor deletes all Customer Data within 30 days of termination, save for copies held in backups, which are overwritten within 90 days.",
        "backup_retention_days",
        90,
    ),
    (
        "deletion",
        "en",
        "We delete Customer Data within 30 days after the end of the Agreement. If you ask us in writing within sixty (60) days after the end of the Agreement, we will send you a written confirmation of the deletion.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After your subscription ends, if you have no active Subscription for thirty (30) days, we delete all Content from our systems.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "After termination, all uploaded files are deleted after 30 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging van de overeenkomst worden de bestanden na 30 dagen verwijderd.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Conversations are deleted automatically thirty (30) days after the last message. On termination Vendor deletes all Customer Data within 60 days.",
        "deletion_days",
        60,
    ),
    (
        "subprocessors",
        "nl",
        "Verwerker stelt Opdrachtgever ten minste 30 dagen voor de overdracht van de gegevens aan een nieuwe subverwerker in kennis; Opdrachtgever kan bezwaar maken.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "We'll let you know at least 30 days before any new sub-processor gets access to your data, and you may object.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Customer generally authorises the engagement of sub-processors. Vendor maintains a list of its sub-processors at its website and will update it at least 30 days before a new sub-processor begins processing; Customer may object.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Customer generally authorises new sub-processors. We will add the new sub-processor to the register and send an e-mail to Customer. The go-live date will be no less than twenty-one (21) days after the later of those two steps. Customer may object.",
        "notice_days",
        21,
    ),
    (
        "subprocessors",
        "nl",
        "Opdrachtgever verleent algemene toestemming voor subverwerkers. Verwerker meldt een nieuwe subverwerker vooraf per e-mail; Opdrachtgever kan bezwaar maken. De startdatum ligt ten minste drie weken na de kennisgeving.",
        "notice_days",
        21,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtgever verleent algemene toestemming voor subverwerkers. Verwerker informeert Opdrachtgever ten minste 14 dagen vooraf over een nieuwe subverwerker; Opdrachtgever kan bezwaar maken. De ingangsdatum van een prijswijziging ligt ten minste twee maanden na de kennisgeving.",
        "notice_days",
        14,
    ),
    (
        "deletion",
        "en",
        "Vendor will delete Customer Data within 30 days of termination, save for backup copies, which are deleted within 35 days.",
        "deletion_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "The notice shall identify the new Sub-processor and the date on which it is expected to begin processing, which shall be no earlier than thirty (30) days after the date of the e-mail. Customer may object within fifteen (15) days of the notice.",
        "notice_days",
        30,
    ),
    (
        "deletion",
        "en",
        "We'll delete Store Data from our live systems within 30 days after your plan ends, and earlier if you ask us to delete your account before then.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "When you close your account, your vault and files are deleted within 30 days. Support requests are deleted two years after the request has been closed.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises Vendor to engage Sub-processors. Vendor will inform Customer of any new Sub-processor by e-mail; this notice will be sent at least thirty (30) days before the new Sub-processor starts processing, and Customer may object.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "nl",
        "Opdrachtgever verleent algemene toestemming voor subverwerkers. Verwerker meldt een nieuwe subverwerker per e-mail; de nieuwe subverwerker wordt ten vroegste vier weken na de datum van de e-mail ingeschakeld. Opdrachtgever kan bezwaar maken.",
        "notice_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises new Sub-processors and may object to them. Vendor will notify Customer of any new Sub-processor. Price increases take effect no earlier than sixty (60) days after the e-mail announcing them.",
        "notice_days",
        None,
    ),
    (
        "subprocessors",
        "en",
        "Customer generally authorises Sub-processors. New Sub-processors are added to the list on our website with a 30 day lead time, and Customer may object.",
        "notice_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Support requests are deleted two years after the request has been closed. Vendor deletes all Customer Data within 30 days after termination.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Supportverzoeken worden twee jaar na afsluiting verwijderd. Leverancier verwijdert alle persoonsgegevens binnen 30 dagen na beëindiging van de overeenkomst.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Support tickets containing Customer Data are deleted together with all other Customer Data within 30 days after termination.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Support conversations are kept for 3 years after the Agreement ends. Customer Data is deleted within 60 days after the Agreement ends.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "Upon termination, Customer may request deletion of its data, and Vendor will delete the Customer Data within 14 days of that request.",
        "deletion_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We'll delete Store Data within 30 days after your plan ends, and earlier if you ask us to.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor deletes all Customer Data within 30 days of termination, excluding copies in backups, which are overwritten within six months.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor deletes Customer Data within ten days of termination, excluding weekends and public holidays.",
        "deletion_days",
        10,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Tickets and attachments are deleted within 90 days after termination of the subscription.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer may delete individual records during the term, and Vendor deletes all remaining Customer Data within 30 days after termination.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorises new Sub-processors and may object. Vendor will give notice of any new Sub-processor. Support tickets are answered no earlier than two days after the e-mail is received.",
        "notice_days",
        None,
    ),
]


EIGHTEENTH_SESSION_FACTS = [
    (
        "subprocessors",
        "en",
        "When Provider engages a new Subprocessor, Provider will, at least six (6) months before the new Subprocessor processes any Customer Data, notify Customer by updating the Subprocessor website and providing Customer with a mechanism to obtain notice of that update. If Customer does not approve of a new Subprocessor, Customer may terminate the affected Online Service without penalty.",
        "notice_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "When any New Subprocessor is engaged during the Term, Vendor will, at least 30 days before the New Subprocessor starts processing any Customer Data, notify Customer of the engagement (including the name and location of the relevant subprocessor and the activities it will perform).",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "At least 30 days before Vendor authorizes and permits any new Sub-processor to access Customer Content, Vendor will update the applicable website and provide Customer with a mechanism to obtain notice of that update.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any new Sub-processor via email or by posting on the Sub-processor page at least fourteen (14) days prior to allowing such Sub-processor to process Customer Data. Customer may object in writing within such notice period on reasonable grounds relating to data protection.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Prior to engaging any new Subprocessor, Vendor will provide Customer with at least ten (10) business days' notice by email to Customer's designated contact.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer hereby grants Processor a general written authorisation to engage Sub-Processors. Processor shall give Customer not less than one month's prior notice of any new Sub-Processor, during which Customer may object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Processor shall inform the Controller of any intended changes concerning the addition or replacement of sub-processors a minimum of 2 weeks in advance, thereby giving the Controller the opportunity to object to such changes.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may remove, replace or appoint suitable and reliable further sub-processors in accordance with this Section. Vendor shall at least fifteen (15) days before the new sub-processor starts processing any Personal Data notify Customer of the intended engagement.",
        "notice_days",
        15,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Customer generally authorizes the engagement of Company's Affiliates and third parties as Sub-processors. Company will notify Customer at least 30 days before engaging a new Sub-processor; Customer's sole remedy for an objection is to terminate the affected Services.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The sub-processors currently engaged by Vendor are listed in Annex 3. Vendor shall inform Customer by e-mail of any intended changes to Annex 3 no later than thirty (30) days before the change takes effect.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor shall provide Customer with notice of new Sub-processors at least twenty (20) calendar days before authorising such Sub-processor to Process Personal Data.",
        "notice_days",
        20,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "In the event Provider intends to appoint a new subcontractor who will process Customer Data, Provider shall notify Customer thirty (30) days in advance, and Customer may object to such appointment on reasonable data protection grounds within that period.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Processor may use Sub-Processors. Processor shall notify Controller of any new Sub-Processor at least seven (7) days prior to the Sub-Processor gaining access to Personal Data.",
        "notice_days",
        7,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Where Vendor adds or replaces a Sub-processor, it will publish the update on its Trust Center at least 30 days before the change, and Customers who have signed up for Trust Center notifications will receive an email.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        'Vendor shall make available to Customer a list of Sub-processors, and shall provide Customer with notice of any new Sub-processor no less than thirty days before such Sub-processor begins to Process Customer Personal Data (the "Objection Period").',
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will give Customer at least 30 days' prior written notice (email sufficing) before any new Subprocessor carries out processing activities on Customer Personal Data.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "If Customer opts in to receive notifications, Vendor will notify Customer of any new Third Party Subprocessor at least 14 days before such Subprocessor processes Customer Data.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Sub-processors. Vendor will give Customer at least thirty (30) days' advance notice of any change to its Sub-processors, during which period Customer may raise reasonable objections.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "At least 30 days before Vendor authorizes any new Sub-processor to access Customer Content, Vendor will update the Sub-processor page and provide a mechanism by which Customer may obtain notice of that update.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Vendor will, at least 30 days before a new Sub-processor processes Customer Data, update its website and make available a means for Customer to obtain notice of that update. Customer may object to the new Sub-processor within that period.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will, at least 30 days before a new Sub-processor processes Customer Data, update its website and offer a way for Customer to obtain notifications of that update.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Vendor may engage Sub-processors. Customer is responsible for obtaining any consents required from data subjects for such disclosure, and Vendor will notify Customer 30 days before engaging a new Sub-processor.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "When Provider engages a new Subprocessor, Provider will, at least 6 months before the new Subprocessor processes any Customer Data, notify Customer by updating the Subprocessor website and providing Customer with a mechanism to obtain notice of that update.",
        "notice_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Leverancier zal ten minste dertig dagen voordat een nieuwe subverwerker Persoonsgegevens verwerkt de lijst op zijn website bijwerken en Klant een mogelijkheid bieden om daarvan bericht te ontvangen. Klant kan binnen die termijn bezwaar maken.",
        "notice_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Provider will retain Customer Data that remains stored in Online Services in a limited function account for 90 days after expiration or termination of Customer's subscription so that Customer may extract the data. After the 90-day retention period ends, Provider will disable Customer's account and delete the Customer Data and Personal Data within an additional 90 days, unless Provider is permitted or required by applicable law to retain such data.",
        "deletion_days",
        180,
    ),
    (
        "deletion",
        "en",
        "On expiry of the Term, Customer instructs Vendor to delete all Customer Data (including existing copies) from Vendor's systems in accordance with applicable law. Vendor will comply with this instruction as soon as reasonably practicable and within a maximum period of 180 days, unless European law requires storage.",
        "deletion_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Upon termination of the Agreement, Vendor shall, at Customer's choice, return or delete Customer Data. If Customer does not make a choice within 30 days, Vendor shall delete Customer Data within 180 days after termination.",
        "deletion_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Customer Data in backups will be overwritten in the normal course of business within 35 days.",
        "backup_retention_days",
        35,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Deleted Customer Data may persist in Vendor's backup systems for up to 90 days, after which it is permanently destroyed.",
        "backup_retention_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are retained on a rolling basis for up to thirty (30) days and are encrypted at rest.",
        "backup_retention_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Bij het einde van de Overeenkomst geeft Opdrachtgever Opdrachtnemer de instructie alle Persoonsgegevens te verwijderen. Opdrachtnemer geeft zo spoedig mogelijk en uiterlijk binnen zestig dagen uitvoering aan deze instructie.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "On termination, Customer instructs Vendor to delete all Customer Data. Vendor will carry out this instruction within 45 days.",
        "deletion_days",
        45,
    ),
    (
        "deletion",
        "en",
        "On termination, Customer may instruct Vendor to delete all Customer Data. Vendor will comply with such request within 45 days.",
        "deletion_days",
        45,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Wanneer Leverancier een nieuwe subverwerker inschakelt, zal Leverancier ten minste zes maanden voordat de nieuwe subverwerker Klantgegevens verwerkt, Klant hiervan op de hoogte stellen door de website bij te werken en Klant een mechanisme te bieden om een kennisgeving van die update te ontvangen.",
        "notice_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Ten minste 30 dagen voordat Leverancier een nieuwe Subverwerker toegang geeft tot Klantinhoud, zal Leverancier de betreffende website bijwerken en Klant een mechanisme bieden om bericht van die update te ontvangen.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker maakt gebruik van subverwerkers. Een actueel overzicht is te vinden op de website van Verwerker; wijzigingen worden daar ten minste vier weken voor de ingangsdatum gepubliceerd en Verwerkingsverantwoordelijke kan daartegen bezwaar maken.",
        "notice_days",
        28,
    ),
    (
        "deletion",
        "en",
        "Upon expiration or termination, Customer Data is retained for 30 days so that Customer may retrieve it. After the 30-day retention period expires, Vendor deletes Customer Data within 60 days.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor retains Customer Data for the duration of the Agreement. After the retention period ends, Vendor deletes Customer Data within 30 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Log data is kept on a rolling basis for 30 days. After the 30-day retention period ends, logs are deleted within 7 days. Upon termination, Vendor deletes Customer Data within 60 days.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "nl",
        "16.1 Binnen dertig dagen na afloop van de Exitperiode vernietigt Leverancier alle Persoonsgegevens. - Zes weken voor het einde van de Exitperiode: herinnering aan de naderende vernietiging.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor sends a reminder four weeks before the end of the Retrieval Period. Within 30 days after the end of the Retrieval Period, Vendor deletes all Customer Data.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Vendor will retain Customer Data in a limited-function account for ninety (90) days after expiration or termination of Customer's subscription (the \"Retention Period\") so that Customer may extract the data. After the Retention Period ends, Vendor will disable Customer's account and delete the Customer Data within an additional sixty (60) days.",
        "deletion_days",
        150,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor keeps logs for 30 days. After the retention period ends, logs are deleted within 7 days. Upon termination Vendor deletes Customer Data within 60 days.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        '11.2 On termination, Customer has a period of sixty (60) days (the "Exit Period") to export its data in read-only mode. On request made during the Exit Period, Vendor shall also provide a full export and a year-to-date payroll export. 11.3 Within thirty (30) days after the end of the Exit Period, Vendor shall delete all Customer Personal Data.',
        "deletion_days",
        90,
    ),
    (
        "backups",
        "en",
        "4.4 Vendor may collect service telemetry, such as connection quality metrics, browser types, error logs and feature usage counts, to improve the Services. To the extent telemetry contains personal data, Vendor shall delete or anonymise it within thirteen (13) months of collection. 9.2 Backups are encrypted, retained for thirty-five (35) days on a rolling basis and then overwritten.",
        "backup_retention_days",
        35,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Application logs are kept for 90 days. They are then deleted automatically.",
        "backup_retention_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "These business terms apply to business accounts. Upon termination, the account is converted to a free plan and all Customer Data stored in it will be permanently deleted within sixty (60) days.",
        "deletion_days",
        60,
    ),
    (
        "subprocessors",
        "en",
        "Vendor will update the list of Sub-processors on its website at least 30 days before a new Sub-processor processes Customer Data, providing Customer with a mechanism to obtain notice of that update, and Customer may object on reasonable grounds within that period.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Customer is responsible for obtaining any consents required from data subjects; Vendor will notify Customer at least 30 days before engaging a new Sub-processor, and Customer may object to it on reasonable grounds.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Customer shall provide its users with a mechanism to obtain consent for any processing by Sub-processors; Vendor shall inform Customer of any intended addition or replacement of Sub-processors at least 30 days in advance and Customer may object to such changes.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Vendor makes available a mechanism to obtain notice of changes to the Sub-processor list, by email subscription, at least fourteen (14) days before the change takes effect; Customer may object within that period.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will provide Customer with notice of any new Sub-processor at least 10 days in advance through the subscription mechanism; Customer may object in writing within those 10 days.",
        "notice_days",
        10,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker informeert Verwerkingsverantwoordelijke ten minste dertig (30) dagen vooraf over een nieuwe Subverwerker, via een mechanisme waarmee Verwerkingsverantwoordelijke kennisgeving van die wijziging kan ontvangen; Verwerkingsverantwoordelijke kan binnen die termijn bezwaar maken.",
        "notice_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Following termination, Vendor will retain Customer Data for a 90-day retention period during which Customer may export it. After the 90-day retention period ends, Vendor will delete the Customer Data within an additional 90 days.",
        "deletion_days",
        180,
    ),
    (
        "deletion",
        "en",
        '"Retention Period" means the period of sixty (60) days following termination during which Customer may retrieve Customer Data. After the Retention Period ends, Vendor will delete all Customer Data within an additional thirty (30) days.',
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Following termination, Vendor will retain Customer Data for a thirty-day retention period. Upon expiry of the thirty-day retention period, Vendor will delete the Customer Data within thirty (30) days.",
        "deletion_days",
        60,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer Data is retained for a 30-day retention period after account closure so that accidental closures can be reversed. Following the expiry of the 30-day retention period, the data is permanently deleted within 14 days.",
        "deletion_days",
        44,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor applies a 7-day retention period to deleted files in the recycle bin. After the 7-day retention period ends, files are permanently deleted. Upon termination of the Agreement, Vendor will delete all Customer Data within thirty (30) days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Backups have a 35-day retention period. After the 35-day retention period expires, backup copies are overwritten. Vendor deletes Customer Data from production systems within 30 days after termination.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "For thirty (30) days after termination, Customer may extract the data via the API. Thereafter Vendor will delete all Customer Data within a further 30 days.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "Upon termination, Customer may instruct Vendor to delete all Customer Data. Vendor will comply with this instruction as soon as reasonably practicable and within a maximum period of 180 days.",
        "deletion_days",
        180,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete Customer Data promptly after termination of the Agreement. Customer may at any time request a copy of its Customer Data in CSV format; Vendor will comply with such request within 120 days.",
        "deletion_days",
        None,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer may instruct Vendor to return all Personal Data at the end of the Agreement. Vendor will carry out this instruction within 45 days. Vendor will delete any remaining copies within 30 days after termination.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "nl",
        "Verwerkingsverantwoordelijke kan Verwerker na beëindiging van de Overeenkomst opdragen de Persoonsgegevens te verwijderen. Verwerker geeft zo spoedig mogelijk en uiterlijk binnen zestig (60) dagen uitvoering aan deze instructie.",
        "deletion_days",
        60,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Opdrachtgever kan Opdrachtnemer verzoeken een kopie van de gegevens te verstrekken. Opdrachtnemer geeft binnen vier weken uitvoering aan dit verzoek. Na het einde van de Overeenkomst verwijdert Opdrachtnemer de gegevens binnen dertig dagen.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer may export its data for 30 days after its termination, after which Vendor deletes it within 30 days.",
        "deletion_days",
        60,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete Customer Data within 30 days after termination. Customer may download invoices for 12 months after its termination from the billing portal.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Klant kan tot uiterlijk vier weken na het einde van de Overeenkomst alle Persoonsgegevens, inclusief bijlagen en metadata, in een gangbaar formaat (CSV of JSON) exporteren. Daarna verwijdert Leverancier de gegevens binnen 30 dagen.",
        "deletion_days",
        58,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Exitperiode: de periode van zes maanden die aanvangt op de dag na de datum waarop de Overeenkomst is geëindigd. Klant kan tot het einde van de Exitperiode een volledige export opvragen. Na afloop van de Exitperiode verwijdert Leverancier alle Klantgegevens binnen 30 dagen.",
        "deletion_days",
        210,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        '"Exit Period" means the period of three months after the termination date. Customer may, until the end of the Exit Period, request an export of all Customer Data. After the end of the Exit Period, Vendor will delete all Customer Data within 30 days.',
        "deletion_days",
        120,
    ),
    (
        "deletion",
        "en",
        '"Retrieval Period" means sixty (60) days after termination. Vendor will send Customer a reminder four weeks before the end of the Retrieval Period. After the expiry of the Retrieval Period, Vendor deletes all Customer Data within 30 days.',
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Customer must request the return of its data at least 30 days before the end of the Agreement; otherwise Vendor will delete all Customer Data within 60 days after the end of the Agreement.",
        "deletion_days",
        60,
    ),
    (
        "deletion",
        "en",
        "Vendor will delete all Customer Data no later than ninety (90) days before the end of the statutory retention period, and in any event within 30 days after termination of the Agreement.",
        "deletion_days",
        30,
    ),
    (
        "deletion",
        "en",
        "Upon termination Vendor will provide a year-to-date payroll export and will delete all Customer Data within thirty (30) days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete all Customer Data within 30 days after termination. The transition period for replacing the old Standard Contractual Clauses ended on 27 December 2022.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Either Party may terminate this Agreement subject to a transition period of three months' notice. Upon expiry of the notice period, Vendor will delete all Customer Data within 30 days.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        'Vendor\'s Business Continuity Plan requires that Customer Data be kept available for at least six months during any disaster recovery. "Exit Period" means 60 days after the end of the Agreement, during which Customer may export its data. After the end of the Exit Period, Vendor deletes all Customer Data within 30 days.',
        "deletion_days",
        90,
    ),
    (
        "deletion",
        "nl",
        "Exitperiode: de periode van twee maanden na het einde van de Overeenkomst. Leverancier zorgt voor continuïteit van de dienstverlening gedurende ten minste zes maanden bij een calamiteit. Na afloop van de Exitperiode verwijdert Leverancier alle gegevens binnen 30 dagen.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "During the wind-down period of 60 days after termination, Customer retains read-only access. Thereafter Vendor will delete all Customer Data within 30 days.",
        "deletion_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Na beëindiging van de Overeenkomst geldt een overgangsperiode van drie maanden waarin Opdrachtnemer de dienstverlening voortzet. Na afloop van de overgangsperiode verwijdert Opdrachtnemer alle Persoonsgegevens binnen één maand.",
        "deletion_days",
        120,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete all Customer Data within 30 days of a request by Customer, and in any event within 90 days after termination; usage is billed monthly and year-to-date.",
        "deletion_days",
        90,
    ),
    (
        "backups",
        "en",
        "The Service collects telemetry, such as connection quality metrics, crash reports, error logs and feature usage. This information is retained for 24 months. Backups of Customer Data are retained for 30 days.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Customer Data that is captured in the Service's diagnostic logs is kept only as long as needed. It is purged automatically after 30 days.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Any Customer Data that ends up in application and error logs is kept only as long as needed. Such logs are purged automatically after 30 days.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "nl",
        "Eventuele Persoonsgegevens die tijdens de verwerking in foutmeldingen en logbestanden terechtkomen, worden niet langer bewaard dan noodzakelijk. Deze worden na dertig dagen automatisch verwijderd.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Application logs may contain Customer Data. They are deleted after 14 days.",
        "backup_retention_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are encrypted and stored in a separate EU region. They are overwritten after 35 days.",
        "backup_retention_days",
        35,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Deze voorwaarden gelden voor zakelijke klanten. Na beëindiging kan Klant overstappen naar de gratis versie; de overige Persoonsgegevens worden dan binnen 30 dagen verwijderd.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        '"Retention Period" means the period, configurable by Customer between 30 and 365 days, during which messages are kept in the workspace. After the Retention Period expires, messages are deleted within 14 days. Upon termination of the Agreement, Vendor deletes all Customer Data within 30 days.',
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Vendor collects telemetry such as error logs and usage events. Backups of the production database are retained for 30 days and then overwritten.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "Vendor will delete Customer Data within 30 days after termination. Vendor will send a reminder 14 days prior to the expiry of the export window.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Company uses Sub-Processors as set out in Schedule 3. Company may change the Sub-Processors by giving thirty (30) days' notice to Customer.",
        "notice_days",
        30,
    ),
    (
        "subprocessors",
        "en",
        "Supplier may appoint sub-contractors to process Customer Personal Data, subject to giving Customer not less than 20 days' prior written notice.",
        "notice_days",
        20,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "New Subprocessors. Before Vendor engages any new Subprocessor, Vendor will notify Customer by updating the Subprocessor Page at least 30 days in advance, and Customer may subscribe to email notifications of such updates.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer in writing of any intended changes to its sub-processors at least ninety (90) days in advance.",
        "notice_days",
        90,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Processor may engage Sub-processors under a general written authorisation. The Processor shall inform the Controller of any intended changes concerning the addition or replacement of Sub-processors with at least 1 month's notice.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "The Data Importer shall inform the Data Exporter of any intended changes to the list of sub-processors at least 30 (thirty) days in advance, thereby giving the Data Exporter sufficient time to object.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may, by giving no less than thirty (30) days' notice to Customer, add or make changes to the sub-processors.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage new Subprocessors provided that it notifies Customer through the Vendor Trust Portal not less than fifteen (15) days before the new Subprocessor begins processing.",
        "notice_days",
        15,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will provide Customer with thirty (30) days' prior notice before any new Sub-processor is given access to Customer Personal Data, by posting the change on its website.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Verwerker mag subverwerkers inschakelen. Verwerker informeert Verwerkingsverantwoordelijke ten minste één maand voorafgaand aan de inzet van een nieuwe subverwerker.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "nl",
        "Opdrachtnemer stelt Opdrachtgever minimaal 4 weken voor de inschakeling van een nieuwe sub-verwerker op de hoogte; Opdrachtgever kan binnen 2 weken bezwaar maken.",
        "notice_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Bewaartermijnen: na beëindiging van de dienstverlening worden de gegevens binnen drie maanden verwijderd; back-ups worden na 30 dagen overschreven.",
        "deletion_days",
        90,
    ),
    (
        "backups",
        "nl",
        "Bewaartermijnen: na beëindiging van de dienstverlening worden de gegevens binnen drie maanden verwijderd; back-ups worden na 30 dagen overschreven.",
        "backup_retention_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "nl",
        "Wij bewaren je gegevens zolang je een account hebt. Zeg je je account op, dan verwijderen we je gegevens binnen 30 dagen, behalve gegevens die we volgens de belastingwet zeven jaar moeten bewaren.",
        "deletion_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "deletion",
        "en",
        "We retain Customer Data for as long as the account is active. After account closure, Customer Data is retained for 12 months and then deleted.",
        "deletion_days",
        360,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "en",
        "Backups are stored in a separate region and are retained for fourteen (14) days; thereafter they are securely deleted.",
        "backup_retention_days",
        14,
    ),
    # (guard: read right before this session too)
    ("backups", "en", "Deleted data may remain in backups for up to 6 weeks.", "backup_retention_days", 42),
    # (guard: read right before this session too)
    (
        "backups",
        "nl",
        "Van de data wordt dagelijks een back-up gemaakt, die vier weken wordt bewaard.",
        "backup_retention_days",
        28,
    ),
    # (guard: read right before this session too)
    (
        "backups",
        "nl",
        "Back-ups worden versleuteld opgeslagen op een tweede locatie in Nederland en worden na zestig dagen automatisch verwijderd.",
        "backup_retention_days",
        60,
    ),
    (
        "deletion",
        "en",
        'Vendor will retain Customer Content in a limited-function account for ninety (90) days following termination (the "Retention Period") so that Customer may extract it. Following the Retention Period, Vendor will disable Customer\'s account and delete such Customer Content within thirty (30) days.',
        "deletion_days",
        120,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor may engage Sub-processors to provide the Subscription Service on its behalf. Vendor maintains a current list of Sub-processors on its website. Vendor will give Customer notice of any new Sub-processor by updating that list and, where Customer has subscribed, by email, at least ten (10) days before the new Sub-processor processes Customer Data.",
        "notice_days",
        10,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will inform Customer of new Sub-processors via the Sub-processor Notification page at least fifteen (15) days before authorizing them to process Personal Data; Customer may subscribe to such notifications.",
        "notice_days",
        15,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor has Customer's general authorization for the engagement of Sub-processors from an agreed list. Vendor shall specifically inform Customer in writing of any intended changes to that list through the addition or replacement of Sub-processors at least thirty (30) days in advance.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will post any new Subprocessors to its Subprocessor List at least 30 days before such Subprocessor begins processing Customer Data, and customers may sign up to receive notifications of updates.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "When Vendor engages a new Sub-Processor, Vendor will notify Customer of the engagement by email at least 14 days before the new Sub-Processor begins to Process Personal Data.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "We will update our list of subprocessors at least 30 days prior to engaging a new subprocessor that will process Customer Personal Data. You can subscribe to receive notice of updates.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will provide prior notice of any new Subprocessor (including the name of the entity and the services it provides) by publishing such information on its Subprocessor Page at least thirty days prior to the engagement.",
        "notice_days",
        30,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Where Vendor adds a new Sub-processor, it will, not less than six weeks before the addition takes effect, update the list at the URL above.",
        "notice_days",
        42,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will notify Customer of any change in Sub-processors no later than fourteen (14) days prior to such change.",
        "notice_days",
        14,
    ),
    # (guard: read right before this session too)
    (
        "subprocessors",
        "en",
        "Vendor will make available to Customer the current list of Subprocessors through the Vendor Trust Center. Vendor will provide Customer with notice of any new Subprocessor at least 30 days before it begins processing.",
        "notice_days",
        30,
    ),
]


NINETEENTH_SESSION_FACTS = [
    ('subprocessors', 'nl', '7.2 De Verwerker schakelt geen andere of bijkomende Subverwerker in zonder de voorafgaande specifieke Schriftelijke toestemming van de School. 7.3 De Verwerker richt daartoe ten minste dertig (30) kalenderdagen vóór de beoogde inschakeling een gemotiveerd verzoek aan de School, waarin hij de identiteit van de Subverwerker vermeldt.', 'notice_days', 30),
    ('subprocessors', 'en', '7.2 The Processor shall not engage any other or additional Sub-processor without the prior specific written consent of the School. 7.3 To that end the Processor shall address a reasoned request to the School at least thirty (30) calendar days before the intended engagement.', 'notice_days', 30),
    ('subprocessors', 'en', '10.1 The Customer gives a general authorisation to Vendor to recruit the Subsequent Processors listed in Annex 3. 10.2 Vendor informs the Customer of any envisaged change concerning the addition or the replacement of a Subsequent Processor by email at least thirty (30) days before the change takes effect. 10.3 The Customer disposes of a delay of fifteen (15) days from the date of reception of the information to present motivated objections.', 'notice_days', 30),
    ('subprocessors', 'nl', '8.5 De Klant geeft Babbelmees een algemene toestemming om subverwerkers in te schakelen. Babbelmees verwittigt de Klant minstens zeven (7) dagen vooraleer een nieuwe subverwerker Klantgegevens verwerkt, via e-mail of via een melding in het dashboard. 8.6 De Klant kan binnen die termijn van zeven (7) dagen gemotiveerd bezwaar maken tegen een nieuwe subverwerker. 16.1 Belangrijke wijzigingen van deze voorwaarden worden minstens dertig (30) dagen vooraf per e-mail meegedeeld.', 'notice_days', 7),
    ('deletion', 'en', '13.1 After termination of the Service Terms, Customer has right during fourteen (14) days to export its invoices and other Customer Data from the Service (hereinafter "Export Period"). 13.2 On written request of Customer which is made before the end of the Export Period, Processor returns the Customer Data to Customer as one archive file. 13.3 After end of the Export Period Processor deletes all Personal Data within thirty (30) days. 13.4 On request of Customer, Processor confirms the deletion in writing. 13.5 The Parties note that Processor does not provide the archiving service. Customer is itself responsible for keeping the source documents during seven (7) years as required by the Accounting Act and must export the data before the end of the Export Period.', 'deletion_days', 44),
    ('deletion', 'nl', '13.1 Na beëindiging heeft Klant gedurende veertien (14) dagen het recht om haar facturen en andere Klantgegevens te exporteren (hierna: de "Exportperiode"). 13.2 Op schriftelijk verzoek van Klant, gedaan vóór het einde van de Exportperiode, geeft Verwerker de Klantgegevens terug. 13.3 Na afloop van de Exportperiode verwijdert Verwerker alle Persoonsgegevens binnen dertig (30) dagen. 13.4 Op verzoek bevestigt Verwerker de verwijdering schriftelijk. 13.5 Klant is zelf verantwoordelijk voor het bewaren van de brondocumenten gedurende zeven (7) jaar en moet de gegevens exporteren vóór het einde van de Exportperiode.', 'deletion_days', 44),
    ('subprocessors', 'en', 'You agree that we may use Service Providers to process Your Data. We may add or replace Service Providers at any time. We will update the list within thirty (30) days after the change. By continuing to use the Services after the update you accept the change.', 'notice_days', 0),
    ('subprocessors', 'en', 'You give us general authorisation to engage sub-processors. We will update that list within ten (10) business days after engaging a new sub-processor. We cannot accommodate objections to individual Service Providers.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Je geeft ons algemene toestemming om subverwerkers in te schakelen. Wij werken de lijst uiterlijk tien (10) werkdagen na de inschakeling van een nieuwe subverwerker bij.', 'notice_days', 0),
    ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will update the list at least thirty (30) days before a new Sub-processor processes Customer Data, and Customer may object.', 'notice_days', 30),
    ('subprocessors', 'en', "The Processor has the Controller's general authorisation for the engagement of sub-processors. The Processor shall inform the Controller of any intended changes concerning the addition or replacement of sub-processors, thereby giving the Controller the opportunity to object to such changes. Such information shall be provided no less than thirty (30) days in advance.", 'notice_days', 30),
    ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor shall notify Customer of any new Sub-processor, and the notification period shall be ten (10) working days. Customer may object within that period.', 'notice_days', 14),
    ('subprocessors', 'nl', 'Opdrachtgever verleent algemene toestemming. Een voorgenomen wijziging van subverwerkers wordt minimaal zes weken voor de ingangsdatum aan Opdrachtgever medegedeeld. Opdrachtgever kan bezwaar maken.', 'notice_days', 42),
    ('subprocessors', 'en', 'Customer authorises Vendor to engage Sub-processors. Vendor will notify Customer of a new Sub-processor. Customer may object within 10 days of receipt of such notice, and Vendor will not allow the new Sub-processor to process Customer Data before the end of that period.', 'notice_days', 10),
    ('deletion', 'en', '13.1 At the termination, for any cause, of the Service Agreement, the Controller can download the Personal Data (reservations, registry of the Guests, Conversations) in format CSV or XML through the export function of the Platform, during a period of 30 (thirty) days from the date of termination (the "Export Period"), in which the account remains accessible in modality of only reading. Upon request of the Controller made within the Export Period, Vendor supplies the export of the data in a different format, against the payment of the technical intervention at the prices in force. 13.2 At the expiry of the Export Period, and in any case within and not over 60 (sixty) days from such expiry, Vendor will cancel in definitive way all the Personal Data present in the production systems of the Platform, including the existing copies, with methods that do not permit the recovery of the data.', 'deletion_days', 90),
    ('deletion', 'en', 'Upon termination you can export your workspace for 30 days. After that we delete the workspace, and any workspace deleted this way cannot be restored.', 'deletion_days', 30),
    ('deletion', 'en', '13.1 During the term of the Main Agreement, the Processor shall delete respondent-level Survey Data at the end of the retention period selected by the Controller, which may be between twelve (12) and thirty-six (36) months from the closing of the survey. 13.2 Upon termination of the Main Agreement, the Processor shall, at the choice of the Controller, return all Personal Data to the Controller or delete it. 13.3 The Processor shall delete all Personal Data, including any copies, at the latest sixty (60) days after termination of the Main Agreement.', 'deletion_days', 60),
    ('deletion', 'nl', '13.1 Gedurende de looptijd van de Hoofdovereenkomst verwijdert Verwerker enquêtegegevens aan het einde van de door Verwerkingsverantwoordelijke gekozen bewaartermijn, die tussen twaalf (12) en zesendertig (36) maanden ligt. 13.2 Na beëindiging van de Hoofdovereenkomst verwijdert Verwerker alle Persoonsgegevens uiterlijk zestig (60) dagen na de beëindiging.', 'deletion_days', 60),
    ('subprocessors', 'en', 'We may engage new sub-processors at any time. We will update the sub-processor list on our website within 30 days after the change.', 'notice_days', 0),
    ('subprocessors', 'en', 'Processor shall notify Controller at least thirty (30) days before a new sub-processor begins processing Personal Data. Controller may object within fourteen (14) days after receipt of such notice.', 'notice_days', 30),
    ('subprocessors', 'nl', 'Opdrachtnemer informeert Opdrachtgever ten minste vier weken voordat een nieuwe subverwerker wordt ingezet. Opdrachtgever kan binnen twee weken na deze kennisgeving bezwaar maken.', 'notice_days', 28),
    ('subprocessors', 'nl', 'De verwerker verwittigt de verwerkingsverantwoordelijke minstens dertig dagen vooraleer een nieuwe subverwerker wordt ingeschakeld; de verwerkingsverantwoordelijke kan binnen die termijn bezwaar aantekenen.', 'notice_days', 30),
    ('subprocessors', 'nl', 'De verwerker verwittigt de klant vooraleer hij een beroep doet op een andere verwerker, zodat de klant zich tegen die wijziging kan verzetten.', 'notice_days', None),
    ('subprocessors', 'en', '9.2 Supplier shall inform Customer of any intended addition or replacement of a sub-processor. The notification period shall be ten working days, during which Customer may object on reasonable data protection grounds.', 'notice_days', 14),
    ('deletion', 'en', 'At the end of the contract the Supplier will cancel all the Personal Data and the existing copies within 30 days, unless Union or Member State law requires their storage.', 'deletion_days', 30),
    ('deletion', 'en', 'At the end of the provision of the services the Processor shall, at the choice of the Controller, return or cancel all the personal data within one month.', 'deletion_days', 30),
    ('deletion', 'en', "Customer may cancel its subscription at any time by giving one month's written notice.", 'deletion_days', None),
    ('deletion', 'en', 'Following expiry of the Agreement, Customer may export its data for thirty (30) days. Supplier will delete all Customer Data within sixty (60) days from the expiry of that export period.', 'deletion_days', 90),
    ('deletion', 'en', 'Customer may export its data until thirty (30) days after termination. Supplier will delete all Customer Data within sixty (60) days after termination.', 'deletion_days', 60),
    ('deletion', 'nl', 'Na het einde van de overeenkomst kan Opdrachtgever gedurende 30 dagen zijn gegevens exporteren. Binnen 60 dagen na het verstrijken van die exporttermijn vernietigt Opdrachtnemer alle persoonsgegevens.', 'deletion_days', 90),
    ('deletion', 'nl', 'Verwerker verwijdert de gegevens binnen 60 dagen na beëindiging van de overeenkomst; Opdrachtgever kan tot 30 dagen na beëindiging een export aanvragen.', 'deletion_days', 60),
    ('deletion', 'en', "During the term, Processor keeps project data for as long as the Customer's account remains active. Within 30 days after the Agreement ends, Processor will delete all Personal Data.", 'deletion_days', 30),
    ('deletion', 'nl', 'Gedurende de looptijd bewaart Verwerker de gegevens zolang het account actief is. Binnen vier weken na beëindiging van de overeenkomst verwijdert Verwerker alle persoonsgegevens.', 'deletion_days', 28),
    ('deletion', 'en', "12.1 Within forty-five (45) days after termination, Supplier shall return or delete all Customer Data at Customer's choice. 12.5 The confidentiality obligations in clause 10 survive termination for five (5) years.", 'deletion_days', 45),
    ('deletion', 'nl', 'Artikel 10 (geheimhouding) blijft na beëindiging van de overeenkomst gedurende drie jaar van kracht. Binnen 30 dagen na beëindiging retourneert of vernietigt Verwerker de persoonsgegevens, naar keuze van Verwerkingsverantwoordelijke.', 'deletion_days', 30),
    ('backups', 'en', 'Backups are retained for 35 days on a rolling basis and then overwritten.', 'backup_retention_days', 35),
    ('backups', 'en', 'Within 60 days after termination Customer Data is removed from production systems; backup copies are kept for 14 days on a rolling basis.', 'backup_retention_days', 14),
    ('backups', 'nl', 'Back-ups worden drie maanden bewaard en daarna automatisch verwijderd.', 'backup_retention_days', 90),
    ('backups', 'nl', 'Logbestanden met toegangsgegevens worden zes maanden bewaard.', 'backup_retention_days', 180),
]  # fmt: skip


TWENTIETH_SESSION_FACTS = [
    ('subprocessors', 'en', 'Marlowe may add or replace Sub-processors at its discretion. Marlowe will update the list and notify the account owner by email within ten (10) days after a new Sub-processor begins processing Customer Data. If the Customer does not agree, its sole remedy is to stop using the affected feature.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Grindvalk mag naar eigen inzicht subverwerkers toevoegen of vervangen. Grindvalk informeert de Klant per e-mail binnen tien dagen nadat de nieuwe subverwerker met de verwerking is begonnen. Is de Klant het daar niet mee eens, dan kan hij de betreffende functie uitschakelen.', 'notice_days', 0),
    ('subprocessors', 'en', 'The Customer authorises Tallowmere to engage Sub-processors. Tallowmere may add or replace Sub-processors from time to time and will update its Sub-processor Page to reflect any change.', 'notice_days', 0),
    ('subprocessors', 'nl', 'De Opdrachtgever geeft Zeldenrust toestemming om subverwerkers in te schakelen. Zeldenrust kan subverwerkers vervangen of nieuwe inschakelen. Wij werken het overzicht van subverwerkers op onze website bij zodra er iets verandert.', 'notice_days', 0),
    ('subprocessors', 'en', 'We may add or replace Service Providers at any time. We will update the list within fourteen (14) days after the change.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Wij mogen op elk moment dienstverleners toevoegen of vervangen. Wij passen de lijst uiterlijk veertien dagen na de vervanging aan.', 'notice_days', 0),
    ('subprocessors', 'en', 'The Customer gives Tallowmere a general authorisation to engage Sub-processors. Tallowmere will notify the Customer at least thirty (30) days before a new Sub-processor begins processing Customer Data, and the Customer may object within that period. Tallowmere will update the Sub-processor Page to reflect any change.', 'notice_days', 30),
    ('subprocessors', 'en', 'Ferncombe may use Sub-processors to provide the Service and keeps their list on its website. Before sending a newsletter, we check the e-mail addresses against our suppression list.', 'notice_days', None),
    ('subprocessors', 'nl', '7.5 De Klant mag eenmaal per jaar, mits een voorafgaande kennisgeving van tien (10) Werkdagen, laten controleren of de Dienstverlener deze verplichtingen naleeft. 8.1 De Dienstverlener schakelt geen onderaannemers in zonder de voorafgaande schriftelijke toestemming van de Klant.', 'notice_days', None),
    ('staff_access', 'en', 'Only persons from the Project Team who received written authorisation from the Processor may process the Personal Data, and only in the scope which is necessary for their tasks in the project.', 'need_to_know', True),
    ('staff_access', 'en', 'Each person authorised to process the Personal Data has signed a statement of confidentiality that remains valid after the end of employment.', 'confidentiality', True),
    ('deletion', 'en', '10.1 At the end of the Contract, for whatever cause, the Customer disposes of a period of thirty (30) days to export its data from the console. 10.2 At the expiration of this period, Vendor deletes the personal data of the Customer in a maximum delay of sixty (60) days.', 'deletion_days', 90),
    ('deletion', 'en', 'At the end of the Contract Vendor deletes the personal data of the Customer within sixty (60) days, except the data that Vendor is obliged to conserve by a legal obligation, notably the invoicing data, which are conserved ten (10) years.', 'deletion_days', 60),
    ('deletion', 'en', 'At the end of the Contract Vendor deletes the personal data of the Customer within sixty (60) days, except the data that Vendor is obliged to conserve by a legal obligation, notably the invoicing data, which are conserved ten (10) years.', 'legal_retention_exception', True),
    ('backups', 'en', 'After that we delete the data, unless your employer has chosen our Tax Archive service, in which case we keep the data for seven (7) years. Deleted data disappears from the backups when they are overwritten in our regular backup cycle.', 'backup_retention_days', None),
    ('backups', 'en', 'Backups: backups are taken daily and kept for thirty-five (35) days. Software development: an external penetration test at least one time in a year.', 'backup_retention_days', 35),
    ('subprocessors', 'en', "Customer gives Vendor a general authorisation to engage Sub-processors and will be notified thirty (30) days before a new Sub-processor is engaged, with a right to object. Notwithstanding the foregoing, Vendor may add or replace an AI Provider by giving Customer's administrators at least fifteen (15) days' notice by email.", 'notice_days', 15),
    ('deletion', 'en', '"Exit Period" means the period of ninety (90) days starting on the Termination Date, during which Provider provides the exit assistance. 8.1 At the end of the Exit Period, Provider shall delete all Client Personal Data within thirty (30) days.', 'deletion_days', 120),
    ('deletion', 'nl', '10.2 Na beëindiging van de Overeenkomst zal Leverancier Klant gedurende dertig (30) dagen toegang geven tot de Diensten met als enig doel het exporteren van Klantgegevens. Na afloop van deze periode zal Leverancier Klantgegevens binnen honderdtachtig (180) dagen verwijderen.', 'deletion_days', 210),
    ('subprocessors', 'nl', 'Wij kunnen zonder voorafgaande aankondiging andere of aanvullende subverwerkers inschakelen; wij werken het overzicht dan bij.', 'notice_days', 0),
    ('subprocessors', 'en', "Vendor will give Customer at least ten (10) business days' notice of any new Subprocessor, and Customer may object.", 'notice_days', 14),
    ('subprocessors', 'en', 'Vendor will notify Customer at least two weeks before authorising any new sub-processor to access Customer Data, and Customer may object on reasonable grounds.', 'notice_days', 14),
    ('subprocessors', 'en', "Vendor may engage new Subprocessors by giving Customer one month's prior notice. Customer may object during that month.", 'notice_days', 30),
    ('subprocessors', 'en', 'Sub-processor changes are announced in the Trust Center with a 30-day lead time; customers who object may terminate.', 'notice_days', 30),
    ('subprocessors', 'en', 'Customer authorises the engagement of Subprocessors. Vendor will make available a mechanism to subscribe to notifications of new Subprocessors, and will notify subscribers at least 30 days before any new Subprocessor processes Customer Data. Customer may object within 10 days.', 'notice_days', 30),
    ('subprocessors', 'en', 'Customer hereby authorises Provider to engage the sub-processors listed at the URL. Provider shall provide notice of any new sub-processor by updating that list at least fifteen days prior to the engagement; Customer may object in writing.', 'notice_days', 15),
    ('deletion', 'nl', '14.1 Na beëindiging van de Overeenkomst kan Klant gedurende dertig (30) dagen nog inloggen om Documenten te downloaden. Nieuwe verzoeken kunnen in die periode niet worden verstuurd. 14.2 Na afloop van die termijn verwijdert Leverancier het Account en de Klantgegevens binnen zestig (60) dagen.', 'deletion_days', 90),
    ('deletion', 'nl', '12.2 Na het einde van de Hoofdovereenkomst blijft de Administratie drie (3) maanden beschikbaar om te exporteren, zodat Opdrachtgever kan voldoen aan de fiscale bewaarplicht van zeven (7) jaar. 12.3 Na het verstrijken van die termijn verwijdert Verwerker de Administratie binnen dertig (30) dagen.', 'deletion_days', 120),
    ('subprocessors', 'en', 'Provider may engage new Sub-processors at any time. Provider will inform Customer of any new Sub-processor within fourteen (14) days after it has started processing Customer Personal Data, and Customer may object within thirty (30) days of such notice.', 'notice_days', 0),
    ('subprocessors', 'en', 'The Processor may not engage another processor without prior notice to the Controller of at least thirty (30) days, during which the Controller may object on reasonable grounds.', 'notice_days', 30),
    ('subprocessors', 'en', 'Vendor maintains a list of its Sub-processors on its website and updates that page when a Sub-processor is added. Customer may subscribe to e-mail alerts of such updates and may object within ten (10) days after an update.', 'notice_days', 0),
    ('subprocessors', 'en', 'The Controller authorises the Processor to use Cloudy Sp. z o.o. in Warsaw for first-line support and, in general, other sub-processors, provided the Processor notifies the Controller at least 14 days before any addition takes effect.', 'notice_days', 14),
    ('subprocessors', 'nl', 'Verwerker informeert Verwerkingsverantwoordelijke binnen tien werkdagen nadat een nieuwe subverwerker met de verwerking is gestart. Verwerkingsverantwoordelijke kan binnen veertien dagen na die melding bezwaar maken.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Opdrachtnemer zal geen nieuwe subverwerker inzetten zonder Opdrachtgever daarvan ten minste vier weken vooraf schriftelijk op de hoogte te stellen. Opdrachtgever kan binnen die termijn gemotiveerd bezwaar maken.', 'notice_days', 28),
    ('subprocessors', 'nl', 'De verwerker doet geen beroep op een andere verwerker zonder voorafgaande specifieke of algemene schriftelijke toestemming van de verantwoordelijke. In geval van algemene toestemming licht de verwerker de verantwoordelijke ten minste één maand vooraf in over beoogde wijzigingen, zodat deze daartegen bezwaar kan maken.', 'notice_days', 30),
    ('subprocessors', 'nl', 'Wijzigingen in de inzet van subverwerkers, zoals de vervanging van Hosting Partner N.V. door een andere partij, worden achteraf aan Opdrachtgever gemeld via het klantportaal, waarna Opdrachtgever binnen dertig dagen bezwaar kan maken.', 'notice_days', 0),
    ('ai_training', 'nl', 'Leverancier gebruikt Klantinhoud niet voor het trainen van AI-modellen. Gebruiksgegevens, die geen Klantinhoud bevatten, mag Leverancier gebruiken om de dienst te verbeteren.', 'mentions_ai', True),
    ('ai_training', 'nl', 'Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke en niet voor eigen doeleinden.', 'instructions_only', True),
    ('staff_access', 'en', 'The employees of the Processor have access to the personal data only in the scope necessary for the fulfilment of their tasks.', 'need_to_know', True),
    ('staff_access', 'en', 'Support staff will only access your workspace with your explicit permission, granted per ticket, and each such access is recorded in an audit log visible to you.', 'customer_approval', True),
    ('staff_access', 'nl', 'Alle medewerkers van Verwerker die toegang hebben tot persoonsgegevens hebben een geheimhoudingsverklaring ondertekend.', 'confidentiality', True),
    ('staff_access', 'nl', 'Medewerkers met toegang tot persoonsgegevens van Opdrachtgever beschikken over een Verklaring Omtrent het Gedrag (VOG).', 'background_checks', True),
    ('deletion', 'en', '"Exit Period" means the period of ninety (90) days following termination of the Agreement. During the Exit Period Customer may export its data, and Provider shall delete all Customer Data within thirty (30) days after the end of the Exit Period.', 'deletion_days', 120),
    ('deletion', 'en', 'At the end of the contract, the customer disposes of a period of thirty days to export its data, after which all data are definitively erased.', 'deletion_days', 30),
    ('deletion', 'en', 'At the end of the contract the Customer disposes of a period of thirty days to export his data. Passed this delay, the Provider erases all the data within fifteen days.', 'deletion_days', 45),
    ('deletion', 'en', 'Upon termination we delete all Customer Data within sixty (60) days, except invoices and billing records, which we are legally obliged to conserve for seven years.', 'legal_retention_exception', True),
    ('deletion', 'en', 'Within 4 weeks after termination, Storage Partner N.V. shall, on behalf of Supplier, securely destroy all Customer Personal Data, and Supplier shall certify the destruction in writing.', 'deletion_days', 28),
    ('deletion', 'en', 'Upon expiry of the Agreement the Processor shall promptly delete all Personal Data.', 'deletion_days', None),
    ('deletion', 'en', 'After the end of the contract, the Supplier returns the data to the Customer and after this destroys it in a delay of two months.', 'deletion_days', 60),
    ('deletion', 'nl', "'Exitperiode': een periode van zestig (60) dagen na het einde van de Overeenkomst, waarin Opdrachtgever zijn gegevens kan exporteren. Uiterlijk veertien dagen na afloop van de Exitperiode verwijdert Leverancier alle gegevens.", 'deletion_days', 74),
    ('deletion', 'nl', 'Bij het einde van de overeenkomst beschikt de klant over een termijn van dertig dagen om zijn gegevens te exporteren. Daarna worden alle gegevens binnen de vijftien dagen gewist.', 'deletion_days', 45),
    ('deletion', 'nl', 'Na beëindiging verwijdert Leverancier alle gegevens binnen 90 dagen, met uitzondering van facturen, die Leverancier op grond van de fiscale bewaarplicht zeven jaar moet bewaren.', 'deletion_days', 90),
    ('deletion', 'nl', 'Bij beëindiging van de verwerkersovereenkomst zal Verwerker binnen één maand, naar keuze van Opdrachtgever, de gegevens retourneren en/of vernietigen en dit schriftelijk bevestigen.', 'deletion_days', 30),
    ('deletion', 'nl', 'Verwerker verwijdert na afloop van de overeenkomst alle persoonsgegevens en verstrekt Verwerkingsverantwoordelijke op verzoek een schriftelijke verklaring dat de vernietiging heeft plaatsgevonden.', 'certificate', True),
    ('backups', 'en', 'Backups are overwritten on a rolling 35-day cycle. Separately, an annual snapshot is kept in the Vault archive for seven (7) years.', 'backup_retention_days', 2555),
    ('backups', 'en', 'Backups are retained for fourteen (14) days. The restore procedure is tested once a year.', 'backup_retention_days', 14),
    ('backups', 'en', 'Backups are stored by Offsite Storage Ltd. in Dublin and are deleted after ninety (90) days.', 'backup_retention_days', 90),
    ('backups', 'en', 'Our backup generators keep the data centre running for 48 hours during a power outage. Data backups are retained for 7 days.', 'backup_retention_days', 7),
    ('backups', 'nl', 'Back-ups worden 30 dagen bewaard. Eenmaal per jaar wordt een hersteltest uitgevoerd.', 'backup_retention_days', 30),
    ('backups', 'nl', 'De back-ups worden gedurende drie maanden bijgehouden; de herstelprocedure wordt jaarlijks getest.', 'backup_retention_days', 90),
    ('backups', 'nl', 'Back-ups worden na 6 weken automatisch overschreven.', 'backup_retention_days', 42),
    ('backups', 'nl', 'De back-ups worden bewaard bij Veilig Opslag B.V. in Utrecht en na afloop van de bewaartermijn van zestig dagen vernietigd.', 'backup_retention_days', 60),
    ('subprocessors', 'en', 'Vendor may engage new Sub-processors after giving prior written notice and the Customer may then object within ten (10) days.', 'notice_days', None),
]  # fmt: skip


TWENTY_FIRST_SESSION_FACTS = [
    ('ai_training', 'nl', '3.2 Verwerker gebruikt Gesprekstranscripten niet om een Taalmodel te trainen. Bijlage 1. Doeleinden van de verwerking: (a) het beantwoorden van vragen van inwoners; (b) het verbeteren van de antwoordkwaliteit van het Taalmodel van Verwerker voor al zijn afnemers, uitsluitend op basis van geaggregeerde en geanonimiseerde gespreksstatistieken.', 'mentions_ai', True),
    ('data_location', 'en', 'Client Personal Data is stored in Supplier Systems located in India. Where the Client is established in the United Kingdom, the UK Addendum shall apply in addition to the SCCs.', 'regions', ['IN']),
    ('data_location', 'nl', 'Persoonsgegevens worden opgeslagen in datacenters in Duitsland. Indien de Klant is gevestigd in het Verenigd Koninkrijk, is het UK Addendum van toepassing.', 'regions', ['DE']),
    ('staff_access', 'en', 'Vendor personnel shall not view the content of documents unless the Customer has issued a Support Access Grant for that workspace. A grant expires after 72 hours.', 'customer_approval', True),
    ('staff_access', 'nl', 'Medewerkers van Leverancier bekijken geen documenten van de Klant, tenzij de Klant een toegangsmachtiging heeft afgegeven voor die omgeving.', 'customer_approval', True),
    ('deletion', 'en', '10.1 For thirty (30) days after the Agreement ends (the "Export Window"), you\'ll continue to have read-only access so that you can export Customer Data. 10.2 After the Export Window ends, we\'ll delete Customer Data within ninety (90) days.', 'deletion_days', 120),
    ('deletion', 'nl', 'Na de einddatum van je abonnement kun je nog drie maanden inloggen om je administratie te exporteren. Je account staat dan op "alleen lezen". Na die drie maanden verwijderen we je account en je administratie binnen 30 dagen definitief.', 'deletion_days', 120),
    ('deletion', 'en', 'After your subscription ends you can still log in for three months to export your records. Your account is then read-only. After those three months we delete your account and records within 30 days.', 'deletion_days', 120),
    ('deletion', 'en', "After your subscription ends and the 30-day read-only period in section 10.3 is over, we'll delete your Workspace Content within 60 days.", 'deletion_days', 90),
    ('deletion', 'en', '12.1 After termination, the Contractor shall, at the choice of the Client, hand over all Personal Data or erase them. The Client shall communicate its choice within thirty (30) days after the end of the Main Contract; the Contractor implements the choice within a further thirty (30) days after receipt. If the Client makes no choice, the Contractor erases the Personal Data after expiry of the second period.', 'deletion_days', 60),
    ('deletion', 'nl', '12.1 Na beëindiging geeft Verwerker, naar keuze van de Klant, alle Persoonsgegevens terug of verwijdert deze. De Klant maakt zijn keuze binnen dertig (30) dagen na het einde van de Overeenkomst bekend; Verwerker voert de keuze uit binnen nog eens dertig (30) dagen na ontvangst.', 'deletion_days', 60),
    ('deletion', 'en', 'After termination the Contractor erases all Personal Data within thirty (30) days. The erasure shall be confirmed to the Client in text form on request.', 'certificate', True),
    ('deletion', 'nl', 'Na beëindiging verwijdert Verwerker alle Persoonsgegevens binnen dertig (30) dagen. De verwijdering wordt op verzoek schriftelijk bevestigd.', 'certificate', True),
    ('deletion', 'nl', 'Gesprekstranscripten: negentig (90) dagen na afloop van het gesprek, daarna automatisch verwijderd. Na beëindiging van de Overeenkomst vernietigt Verwerker alle persoonsgegevens binnen vier (4) weken.', 'deletion_days', 28),
    ('deletion', 'nl', 'Na afloop van de Overeenkomst vernietigt Verwerker alle persoonsgegevens binnen vier (4) weken.', 'deletion_days', 28),
    ('deletion', 'nl', 'Na beëindiging vernietigt Verwerker alle persoonsgegevens binnen vier weken, tenzij opslag van de persoonsgegevens op grond van Unierecht of lidstatelijk recht is vereist.', 'legal_retention_exception', True),
    ('deletion', 'en', 'After termination the Processor deletes all personal data within four weeks, unless Union or Member State law requires storage of the personal data.', 'legal_retention_exception', True),
    ('backups', 'nl', 'B.9 Beëindiging en back-ups. Uiterlijk drie (3) maanden na beëindiging heeft Leverancier alle Klantgegevens verwijderd. Back-ups worden gedurende een beperkte periode bewaard en daarna overschreven. Verwijderde gegevens blijven maximaal zestig (60) dagen in onze back-ups staan.', 'backup_retention_days', 60),
    ('backups', 'en', '9.4 Termination and backups. No later than three (3) months after termination, Vendor deletes all Customer Data. Backups are kept for a limited period and then overwritten. Deleted data remains in our encrypted backups for at most sixty (60) days.', 'backup_retention_days', 60),
    ('backups', 'en', '9.4 Backups. All copies are overwritten within thirty-five (35) days.', 'backup_retention_days', 35),
    ('subprocessors', 'nl', 'Klant verleent Leverancier algemene toestemming om subverwerkers in te schakelen. Zodra wij een nieuwe subverwerker hebben toegevoegd, passen wij het overzicht op onze website aan en sturen wij de beheerders een e-mail.', 'notice_days', 0),
    ('subprocessors', 'en', 'Customer grants Vendor a general authorisation to engage sub-processors. Once we have added a new sub-processor, we update the list on our website and send the account administrators an e-mail.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Klant verleent Leverancier algemene toestemming om subverwerkers in te schakelen. Voordat wij een nieuwe subverwerker toevoegen, sturen wij de beheerders ten minste dertig (30) dagen van tevoren een e-mail; Klant kan bezwaar maken.', 'notice_days', 30),
    ('staff_access', 'en', "Support engineers may access Customer Data as reasonably required for support and product development. 8.1 Each party shall keep the other party's Confidential Information confidential and disclose it only to its employees who need to know it.", 'need_to_know', None),
    ('deletion', 'nl', 'Na beëindiging vernietigt Verwerker alle persoonsgegevens binnen dertig dagen. Verwerker is niet gehouden een attest van vernietiging af te leveren.', 'certificate', None),
    ('deletion', 'nl', '13.3 Na beëindiging van de Hoofdovereenkomst houdt Opdrachtgever nog drie (3) maanden kosteloos alleen-lezentoegang tot de administratie, zodat Opdrachtgever zijn gegevens kan downloaden. 13.4 Uiterlijk dertig (30) dagen na afloop van de in lid 3 genoemde termijn verwijdert Leverancier alle Persoonsgegevens.', 'deletion_days', 120),
    ('deletion', 'nl', '11.2 Na beëindiging zal Verwerker, naar keuze van Opdrachtgever, de Persoonsgegevens aan Opdrachtgever retourneren of vernietigen. 11.3 Verwerker voert de gekozen handeling uit binnen drie (3) maanden na het einde van de Overeenkomst.', 'deletion_days', 90),
    ('deletion', 'en', '11.2 After termination the Processor shall, at the choice of the Controller, return the Personal Data to the Controller or destroy it. 11.3 The Processor implements the chosen option within ninety (90) days after the end of the Agreement.', 'deletion_days', 90),
    ('deletion', 'en', '13.1 During the term of the Main Contract, completed Envelopes are stored in the account for the storage period set by the Principal (standard setting: 24 months after completion; selectable between 30 days and 10 years). After expiry of the storage period the Envelope is deleted automatically. 13.2 Within thirty (30) days after the end of the Main Contract the Principal can download all completed documents with their Audit Trails via the export function. After expiry of this period the Contractor deletes all Principal Data at latest within further sixty (60) days.', 'deletion_days', 90),
    ('subprocessors', 'en', 'Customer provides a general authorization for Vendor to engage Sub-processors. Vendor will update the Sub-processor List no later than thirty (30) days after a new Sub-processor begins processing Customer Personal Data. 6. Changes to this policy. We may update this Data Usage Policy from time to time. If we make a material change, we will notify account Owners by e-mail at least thirty (30) days before the change takes effect.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Klant verleent Leverancier algemene toestemming om subverwerkers in te schakelen. Leverancier past de lijst aan zodra er een subverwerker is toegevoegd. 6. Wijzigingen. Wij kunnen deze privacyverklaring aanpassen. Bij een belangrijke wijziging informeren wij u ten minste dertig (30) dagen vooraf per e-mail.', 'notice_days', 0),
    ('subprocessors', 'en', '5.1 The Customer grants Vendor a general authorisation to appoint Sub-processors. 5.2 We will update that list when we engage a new Sub-processor or replace an existing one. 5.3 The Customer may object to a new Sub-processor within fourteen (14) days of the list being updated.', 'notice_days', 0),
    ('subprocessors', 'nl', '17.1 Klant verleent Leverancier algemene toestemming om Subverwerkers in te schakelen. 17.2 Leverancier maakt het inschakelen van een nieuwe Subverwerker bekend via een bericht in het Dashboard, uiterlijk op de dag waarop de nieuwe Subverwerker wordt ingeschakeld. 17.3 Klant kan binnen veertien (14) dagen na de bekendmaking bezwaar maken.', 'notice_days', 0),
    ('backups', 'en', '9.2 Customers may elect to have Content stored in the EU Data Region, consisting of data centers in Frankfurt (primary) and Dublin (backup and disaster recovery). Migration of an existing Workspace may take up to sixty (60) days. 11.2 Backups are retained on a rolling basis for no longer than thirty-five (35) days.', 'backup_retention_days', 35),
    ('backups', 'en', 'Within thirty (30) days after the end of the Contract the Principal can request a complete export as ZIP archive. After expiry of this period the Contractor deletes all data within sixty (60) days. Annex 2: daily encrypted full backups are kept in a rolling procedure for thirty-five (35) days and then overwritten.', 'backup_retention_days', 35),
    ('backups', 'en', 'Annex 2:\n- Confidentiality: role-based access; logging of all accesses of administrators to the production database, with the logs kept for twelve (12) months.\n- Availability: daily encrypted backups into the second data centre; backups are kept in a rolling procedure for thirty-five (35) days and then overwritten.', 'backup_retention_days', 35),
    ('backups', 'en', 'Annex 4 - Retention Schedule: - Catalogue database backups - thirty-five (35) days, then deleted - Vault Copies - one hundred and eighty (180) days from the date the tape is written; thereafter the tape is overwritten', 'backup_retention_days', 180),
    ('deletion', 'en', 'In all cases, the Data are destroyed at the latest ninety (90) days after the term of the Services, unless a disposition of the law of the Union or of French law imposes their conservation.', 'legal_retention_exception', True),
    ('deletion', 'en', 'In all cases, the Data are destroyed at the latest ninety (90) days after the term of the Services, unless a disposition of the law of the Union or of French law imposes their conservation.', 'deletion_days', 90),
    ('deletion', 'nl', '11.3 Binnen dertig (30) dagen na beëindiging van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle persoonsgegevens retourneren en/of vernietigen. 11.4 Na een eventuele retournering op grond van artikel 11.3 worden alle back-updata uiterlijk negentig (90) dagen na het einde van de Overeenkomst vernietigd. Voor de onveranderbare (immutable) kopieën geldt dat deze pas kunnen worden vernietigd na afloop van de vergrendelingsperiode, die binnen deze termijn van negentig (90) dagen valt.', 'deletion_days', 30),
    ('deletion', 'en', "11.3 Within thirty (30) days after termination the Processor shall, at the Controller's choice, return or destroy all personal data. 11.4 Immutable copies can only be destroyed after the end of their locking period, which falls within ninety (90) days of the end of the Agreement.", 'deletion_days', 30),
    ('backups', 'nl', 'De standaardinstellingen zijn Toetsresultaten - tot twee (2) jaar na uitschrijving - Zorgdossier - tot drie (3) jaar na uitschrijving - Absentieregistratie - tot vijf (5) jaar na uitschrijving - Gebruikslogbestanden en toegangslogbestanden - drie (3) maanden - Back-ups - zie Bijlage 2. Bijlage 2: Dagelijkse back-ups worden vier (4) weken bewaard en maandelijkse back-ups drie (3) maanden.', 'backup_retention_days', 90),
    ('backups', 'en', 'Default retention: Assessment results - two (2) years after the pupil leaves - Care files - three (3) years after the pupil leaves - Absence records - five (5) years after the pupil leaves - Usage and access logs - three (3) months - Backups - see Annex 2. Annex 2: Daily backups are kept for four (4) weeks and monthly backups for three (3) months.', 'backup_retention_days', 90),
    ('ai_training', 'en', "4.1 'Model Tuning' means the use of pseudonymised Customer Content to fine-tune the AI models behind the Platform.\n9.3 Provider processes Customer Content (a) to host and operate the Platform, (b) for Model Tuning and (c) to comply with law.\n14.2 Administrators can exclude their workspace from Model Tuning by disabling 'Contribute to tuning' in the privacy settings.", 'mentions_ai', True),
    ('data_location', 'nl', 'Klantgegevens worden gehost in Duitsland. Tweedelijns support wordt verleend door onze medewerkers in Pune, India, die de gegevens kunnen inzien bij het afhandelen van meldingen. Deze doorgifte is gebaseerd op de modelcontractbepalingen.', 'transfer_mechanisms', ['SCC']),
    ('staff_access', 'en', 'Our support engineers do not look at your documents unless you ask for help; when you open a ticket you can grant them temporary access, which you can revoke at any time.', 'customer_approval', True),
    ('staff_access', 'nl', 'Een supportmedewerker kijkt alleen in uw omgeving als u om hulp vraagt en daar in het ticket toestemming voor geeft.', 'customer_approval', True),
    ('deletion', 'en', 'We may keep your content for 60 days after the end of your subscription so that you can reactivate your account. After that period, we delete it.', 'deletion_days', 60),
    ('deletion', 'en', 'After termination, Customer may export its data for 30 days, during which the account is read-only. Supplier deletes all Customer Data within a further thirty days after the export period ends.', 'deletion_days', 60),
    ('deletion', 'en', 'Upon termination, Processor shall, at the choice of the Controller, delete or return all the Personal Data to the Controller and delete existing copies, unless Union or Member State law requires storage of the Personal Data.', 'legal_retention_exception', True),
    ('deletion', 'en', 'Following termination the account remains available in read-only mode for 14 days. Supplier then deletes the Customer Data within a further 2 weeks.', 'deletion_days', 28),
    ('deletion', 'nl', 'Na beëindiging kan Opdrachtgever zijn gegevens gedurende drie maanden exporteren. Na die drie maanden verwijderen we alle gegevens binnen dertig dagen.', 'deletion_days', 120),
    ('deletion', 'nl', 'Wij bewaren uw content na afloop van uw abonnement nog 90 dagen, zodat u uw account kunt heractiveren. Daarna verwijderen wij alle content.', 'deletion_days', 90),
    ('deletion', 'nl', 'Binnen 30 dagen na het einde van de Overeenkomst vernietigt Verwerker alle persoonsgegevens. De verwijdering wordt schriftelijk bevestigd.', 'certificate', True),
    ('deletion', 'nl', 'Na beëindiging verwijdert Verwerker alle persoonsgegevens, tenzij opslag ervan op grond van Unierecht of lidstatelijk recht verplicht is.', 'legal_retention_exception', True),
    ('backups', 'en', '14. Termination and backups\n14.1 On termination we delete Customer Data from our production systems within 30 days.\n14.2 Backup copies are retained for 35 days and then overwritten.', 'backup_retention_days', 35),
    ('backups', 'en', 'We make monthly backups of all Customer Data.\nAnnex 4 - Retention schedule:\nProduction data: term of the Agreement plus 30 days\nMonthly backups: 6 months', 'backup_retention_days', 180),
    ('backups', 'en', 'Logs of staff access to Customer Data are kept for 12 months for security audits. Backups of Customer Data are retained for 35 days and then overwritten.', 'backup_retention_days', 35),
    ('backups', 'en', 'Weekly full backups are copied to tape and stored in an off-site vault, where they are kept for seven years.', 'backup_retention_days', 2555),
    ('backups', 'nl', 'Leverancier maakt maandelijks back-ups van alle Klantgegevens.\nBijlage 3 - Bewaartermijnen:\nProductiegegevens: looptijd van de Overeenkomst plus 30 dagen\nMaandelijkse back-ups: 3 maanden', 'backup_retention_days', 90),
    ('backups', 'nl', 'Wij verwijderen uw gegevens binnen 60 dagen na beëindiging (inclusief back-ups).', 'backup_retention_days', 60),
    ('backups', 'nl', 'Logbestanden van toegang door medewerkers worden 12 maanden bewaard. Back-ups worden 35 dagen bewaard en daarna overschreven.', 'backup_retention_days', 35),
    ('subprocessors', 'en', 'The list of our sub-processors is available at example.com/subprocessors. We update the list when we engage a new sub-processor. You may object to a new sub-processor within 14 days of the update.', 'notice_days', 0),
    ('subprocessors', 'en', 'We will notify you by email on the day the new sub-processor starts processing Customer Data. You may object within 30 days of that email.', 'notice_days', 0),
    ('subprocessors', 'nl', '7.1 Verwerker schakelt geen subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke.\n7.2 In afwijking van artikel 7.1 geeft Verwerkingsverantwoordelijke algemene toestemming voor de subverwerkers op de lijst in Bijlage 2. Verwerker informeert minimaal vier weken vooraf over een nieuwe subverwerker; Verwerkingsverantwoordelijke kan daartegen bezwaar maken.', 'notice_days', 28),
    ('subprocessors', 'nl', 'Wij werken de lijst van subverwerkers op onze website bij zodra wij een nieuwe subverwerker inschakelen. U kunt binnen 14 dagen na de wijziging bezwaar maken.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Wij informeren u op de dag waarop de nieuwe subverwerker met de verwerking begint. U kunt binnen 30 dagen daarna bezwaar maken.', 'notice_days', 0),
    ('backups', 'nl', 'Leverancier maakt dagelijks een kopie (back-up) van alle Klantgegevens. Deze kopie wordt dertig dagen bewaard.', 'backup_retention_days', 30),
    ('backups', 'en', 'Vendor makes a daily copy (backup) of all Customer Data. Each copy is kept for thirty (30) days and then deleted.', 'backup_retention_days', 30),
    ('deletion', 'en', 'Vendor deletes all Customer Data within thirty (30) days after completion.', 'deletion_days', 30),
    ('deletion', 'en', 'Upon termination, Vendor will delete all Customer Data within thirty (30) days after the end of the 90-day notice period.', 'deletion_days', 30),
    ('deletion', 'en', 'Vendor will delete Customer Data within thirty (30) days after termination of the Agreement. Vendor will issue a certificate of deletion within a further ten (10) days on request.', 'deletion_days', 30),
    ('deletion', 'en', 'Vendor will delete Customer Data within thirty (30) days of termination; if deletion is technically impossible for any part, Vendor will inform Customer within an additional five (5) days.', 'deletion_days', 30),
]  # fmt: skip


TWENTY_SECOND_SESSION_FACTS = [
    ('staff_access', 'en', "5.3 Staff with access to production systems must obtain a National Police Check before they're given access. Our staff only get access to customer data where they need it.", 'background_checks', True),
    ('staff_access', 'nl', 'Medewerkers met toegang tot productiesystemen moeten vooraf een verklaring omtrent het gedrag overleggen. Medewerkers krijgen alleen toegang als zij dat nodig hebben.', 'background_checks', True),
    ('deletion', 'nl', 'C4.1 Na het einde van de Overeenkomst blijven je mailboxen nog dertig (30) dagen bewaard in quarantaine, zodat je een onbedoelde opzegging kunt herstellen. Daarna worden de mailboxen en alle e-mailberichten definitief verwijderd. B4.1 De bestanden verwijderen wij binnen zeven (7) dagen na de einddatum.', 'deletion_days', 30),
    ('deletion', 'en', '9.4 For thirty (30) days after the end of the Subscription Term, Administrators may export chat history. After that period, Vendor will delete Customer Content within sixty (60) days. Chat conversations are kept until the retention period an Administrator sets in the Admin Console (7 to 365 days) expires.', 'deletion_days', 90),
    ('backups', 'nl', 'B3.1 We bewaren de back-ups veertien (14) dagen. C3.1 Om misbruik te bestrijden houden wij logbestanden bij van het mailverkeer, met daarin onder meer afzender, ontvanger en onderwerpregel. Deze logbestanden bewaren wij maximaal zes (6) maanden.', 'backup_retention_days', 180),
    ('backups', 'en', 'Backups are kept for fourteen (14) days. Access logs of staff activity are kept for six (6) months.', 'backup_retention_days', 14),
    ('backups', 'en', '12.1 During the term, Security Telemetry is kept for ninety (90) days in hot storage followed by twelve (12) months in the cold archive. Backups are retained on a rolling basis for thirty-five (35) days, after which they are deleted.', 'backup_retention_days', 35),
    ('backups', 'en', '- Application logs: logs containing document identifiers and file names, but not document content, are retained for ninety (90) days. - Personnel access logs: retained for twelve (12) months, after which they are deleted. - Backups: encrypted backups are retained for a maximum of ninety (90) days, after which they are deleted.', 'backup_retention_days', 90),
    ('backups', 'nl', '- Applicatielogs: logbestanden met daarin bestandsnamen, maar niet de inhoud van documenten, bewaren wij negentig (90) dagen. - Toegangslogs van medewerkers: twaalf (12) maanden. - Back-ups: versleutelde back-ups bewaren wij maximaal negentig (90) dagen.', 'backup_retention_days', 90),
    ('staff_access', 'en', 'To resolve a support request, an engineer may access your workspace, but only after your administrator approves a time-limited access grant, which expires after 72 hours.', 'customer_approval', True),
    ('staff_access', 'nl', 'Alle medewerkers met toegang tot Persoonsgegevens beschikken over een Verklaring Omtrent het Gedrag (VOG) die bij indiensttreding niet ouder is dan drie maanden.', 'background_checks', True),
    ('staff_access', 'en', 'All personnel of our Manila support centre must present a valid NBI clearance before being granted system access.', 'background_checks', True),
    ('staff_access', 'en', 'Staff with access to client files are subject to a national police check prior to engagement and every three years thereafter.', 'background_checks', True),
    ('staff_access', 'nl', 'Elk personeelslid van de verwerker legt vóór indiensttreding een uittreksel uit het strafregister (model 1) voor.', 'background_checks', True),
    ('deletion', 'nl', 'Na beëindiging worden de mailboxen gedurende 30 dagen in quarantaine geplaatst. Daarna worden de mailboxen definitief verwijderd.', 'deletion_days', 30),
    ('deletion', 'en', 'Other account data is deleted within 14 days of termination. After the subscription ends, mailboxes are held in quarantine for 45 days so they can be restored on request; they are then permanently deleted.', 'deletion_days', 45),
    ('deletion', 'nl', 'Na het einde van het contract worden de mailboxen nog 90 dagen in quarantaine bijgehouden. Daarna worden de mailboxen definitief verwijderd. De overige accountgegevens worden binnen 30 dagen gewist.', 'deletion_days', 90),
    ('deletion', 'en', 'During the term, the administrator may set a retention period of 7 to 365 days for messages. Upon termination, all Customer Data is deleted within 30 days.', 'deletion_days', 30),
    ('deletion', 'nl', 'Gedurende de looptijd kan de beheerder een bewaartermijn instellen van 7 tot 365 dagen. Na beëindiging van de overeenkomst verwijdert Verwerker alle Persoonsgegevens binnen 14 dagen.', 'deletion_days', 14),
    ('deletion', 'en', 'The Customer may request that Vendor return the Archive Exports. Any data not returned is erased within two (2) months after the end of the Agreement.', 'deletion_days', 60),
    ('backups', 'en', 'Backups are retained for 30 days. Mail logs, including sender, recipient and subject line, are kept for 180 days.', 'backup_retention_days', 180),
    ('backups', 'nl', 'Back-ups worden 14 dagen bewaard. Maillogs met afzender, ontvanger en onderwerpregel bewaren wij 90 dagen.', 'backup_retention_days', 90),
    ('backups', 'en', 'Backups are retained for 30 days. Staff access logs are kept for 365 days for audit purposes.', 'backup_retention_days', 30),
    ('backups', 'nl', 'Back-ups worden na 30 dagen overschreven. Logbestanden van toegang door medewerkers worden twee jaar bewaard.', 'backup_retention_days', 30),
    ('backups', 'en', 'We keep backups for 14 days. Delivery logs record the time and status of each message, but not the content, and are kept for 12 months.', 'backup_retention_days', 14),
    ('backups', 'nl', 'Tijdens de looptijd worden berichten eerst in snelle opslag bewaard en na 90 dagen verplaatst naar een koud archief. Back-ups worden 30 dagen bewaard.', 'backup_retention_days', 30),
    ('backups', 'en', 'During the subscription, documents move from hot storage to the cold archive tier after 60 days, where they remain until the customer deletes them. Backup snapshots are kept for 35 days.', 'backup_retention_days', 35),
    ('backups', 'nl', 'Back-ups worden gedurende één maand bijgehouden. De maillogs, met daarin de afzender, de bestemmeling en het onderwerp van elk bericht, blijven zes maanden bewaard.', 'backup_retention_days', 180),
    ('backups', 'en', 'Mail logs (sender, recipient, subject) are retained for one year; backups are overwritten after 4 weeks.', 'backup_retention_days', 365),
    ('backups', 'nl', 'Maillogs bevatten alleen het tijdstip en de afleverstatus van berichten, niet de inhoud, en worden 6 maanden bewaard. Back-ups worden na 2 weken verwijderd.', 'backup_retention_days', 14),
    ('deletion', 'nl', 'Verwerker zal binnen 30 dagen na beëindiging van de Overeenkomst de Persoonsgegevens volgens de keuze van Opdrachtgever retourneren of vernietigen.', 'deletion_days', 30),
    ('backups', 'en', 'Files deleted by users are kept in the cold archive for twelve (12) months. Daily backups are retained for thirty (30) days.', 'backup_retention_days', 360),
    ('backups', 'en', 'Request logs with the content type, status code and size of each call are retained for 24 months. Backups are kept for thirty days.', 'backup_retention_days', 30),
    ('backups', 'en', 'All Customer Data other than backups is deleted within 30 days after termination; backups are overwritten within 90 days. Database backups of the billing system are kept for 14 days.', 'backup_retention_days', 90),
    ('backups', 'en', 'Vendor deletes all Customer Data within 30 days, except for backup copies which are purged within 60 days. Weekly configuration backups are kept for 7 days.', 'backup_retention_days', 60),
    ('backups', 'en', 'Full copies of mailboxes, without spam folder content, are archived for 24 months. Server backups are kept for 30 days.', 'backup_retention_days', 720),
    ('staff_access', 'en', 'Vendor staff perform regular security checks of the network and keep all servers patched. Only authorised personnel with a need to know may access Customer Data.', 'background_checks', None),
    ('staff_access', 'en', 'Access by Vendor personnel to Customer Data is limited to a need-to-know basis. Vendor engineers hold valid security certificates such as CISSP.', 'background_checks', None),
    ('deletion', 'en', 'If your company closes its workspace, you have fourteen (14) days to export your notes. After that we delete the workspace, including all content, within ninety (90) days of the closure date.', 'deletion_days', 90),
    ('deletion', 'en', '13.3 When the Subscription Period ends, Customer has thirty (30) days ("Export Period") to export Customer Data. 13.4 After the Export Period, Vendor shall delete Customer Data latest sixty (60) days after the end of the Export Period, which means not later than ninety (90) days after the Subscription Period has ended.', 'deletion_days', 90),
    ('deletion', 'nl', '11.2 Na beëindiging behoudt Opdrachtgever gedurende drie (3) maanden leestoegang tot haar administraties ("inzagemodus"), zodat zij gegevens kan exporteren. 11.3 Na afloop van de inzagemodus verwijdert Verwerker alle persoonsgegevens binnen vier (4) weken.', 'deletion_days', 118),
    ('backups', 'en', 'Backups are retained for fourteen (14) days. 5.1 Customer Data is stored within the selected Hosting Region, including Message Logs. A change of Hosting Region after provisioning is subject to a migration request and may take up to ninety (90) days.', 'backup_retention_days', 14),
    ('backups', 'nl', 'Back-ups worden na veertien (14) dagen overschreven. Onze servers houden logbestanden bij van alle verzoeken, ook van respondenten. Daarin staan onder meer IP-adressen. We bewaren deze serverlogs zes maanden.', 'backup_retention_days', 180),
    ('deletion', 'nl', 'Na het einde van het abonnement verwijderen we alle gegevens binnen negentig (90) dagen. Deelnemersgegevens: zolang de organisator het evenement bewaart, maar uiterlijk vierentwintig (24) maanden na de datum van het evenement. Daarna verwijderen we ze automatisch.', 'deletion_days', 90),
]  # fmt: skip


TWENTY_THIRD_SESSION_FACTS = [
    ('subprocessors', 'en', '7.2 The Supplier informs the Client of any intended addition or replacement of Sub-processors by e-mail, with an antecedence of at least twenty (20) days in relation to the start of the processing by the new Sub-processor. 7.3 The Client may oppose the change on reasonable grounds within ten (10) days counting from the reception of the communication.', 'notice_days', 20),
    ('subprocessors', 'en', '8.2 The Processor shall inform the Controller about any addition or replacement of a Sub-processor by updating the list on its portal no later than five (5) working days after the new Sub-processor has been engaged. 8.3 The Controller may object to the new Sub-processor within thirty (30) days of that information.', 'notice_days', 0),
    ('subprocessors', 'en', '8.2 We will tell the Customer of each new Sub-processor within seven (7) days after it has been appointed, and the Customer may object within fourteen (14) days.', 'notice_days', 0),
    ('subprocessors', 'en', '8.2 The Processor shall inform the Controller of any new Sub-processor at least fifteen (15) days before it has been engaged, and the Controller may object within ten (10) days.', 'notice_days', 15),
    ('subprocessors', 'nl', '7.2 Verwerker schakelt geen andere Subverwerkers in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever. 7.5 In afwijking van artikel 7.2 kan Verwerker werkzaamheden van een Subverwerker overdragen aan een Groepsmaatschappij, mits Verwerker Opdrachtgever daarvan ten minste dertig (30) dagen vooraf schriftelijk in kennis stelt en Opdrachtgever niet binnen veertien (14) dagen bezwaar maakt.', 'notice_days', 30),
    ('subprocessors', 'en', '9.1 The Customer grants the Vendor a general authorisation to engage Sub-processors. 9.2 The Vendor shall notify the Customer of any intended addition or replacement of a Sub-processor at least thirty (30) days before the new Sub-processor starts processing, except as set out in Annex 2, section B2.4 for payment providers. 9.3 The Customer may object within fourteen (14) days of the notification.\n\nB2.4 Payment providers. Because card schemes change their acquirers at short notice, the Vendor shall notify the Customer of the addition or replacement of a payment provider at least ten (10) days before the change takes effect.', 'notice_days', 10),
    ('subprocessors', 'nl', '9.1 Opdrachtgever verleent Leverancier algemene toestemming om Subverwerkers in te schakelen. 9.2 Leverancier informeert Opdrachtgever ten minste dertig (30) dagen voordat een nieuwe Subverwerker met de verwerking begint, behoudens het bepaalde in artikel 14.3 voor telecomproviders. 9.3 Opdrachtgever kan binnen veertien (14) dagen bezwaar maken.\n\n14.3 Telecomproviders. Leverancier informeert Opdrachtgever over de toevoeging of vervanging van een telecomprovider ten minste zeven (7) dagen voordat de wijziging ingaat.', 'notice_days', 7),
    ('subprocessors', 'en', '9.1 The Customer grants the Vendor a general authorisation to engage Sub-processors. 9.2 The Vendor shall notify the Customer of any intended addition or replacement of a Sub-processor at least thirty (30) days before the new Sub-processor starts processing. 9.3 The Customer may object within fourteen (14) days of the notification.\n\nB2.4 Maintenance windows. The Vendor shall notify the Customer of any planned maintenance at least ten (10) days before it takes effect.', 'notice_days', 30),
    ('deletion', 'nl', '15.1 Na het einde van je abonnement maakt de camera geen nieuwe opnames meer. Je kunt je opnames dan nog twintig dagen bekijken en downloaden in de app.\n\n15.2 Daarna verwijderen we je opnames en je account binnen twee weken definitief.', 'deletion_days', 34),
    ('deletion', 'en', '15.1 When your subscription ends, the camera stops recording to the cloud. You can still view and download your recordings in the app for 20 days.\n\n15.2 Thereafter we permanently delete your recordings and your account within two weeks.', 'deletion_days', 34),
    ('deletion', 'nl', '10.3 De fragmenten bewaren we maximaal 12 maanden, en nooit langer dan je abonnement loopt: bij opzeggen verwijderen we ze samen met je opnames.\n\n15.2 Na het einde van je abonnement verwijderen we je opnames binnen twee weken.', 'deletion_days', 14),
    ('deletion', 'en', '10.3 We keep the snippets for up to 12 months, and never longer than your subscription lasts: when you cancel we delete them together with your recordings.\n\n15.2 After your subscription ends we delete your recordings within two weeks.', 'deletion_days', 14),
    ('deletion', 'en', '12.2 Within thirty (30) days after the termination, the Client shall tell the Processor whether it wishes the return of the Client Personal Data.\n\n12.3 After the return, or if the Client does not communicate its choice within the period of Clause 12.2, the Processor eliminates all Client Personal Data, including existing copies, within the following thirty (30) days.', 'deletion_days', 60),
    ('deletion', 'nl', '12.2 Binnen dertig (30) dagen na de beëindiging laat Opdrachtgever Verwerker weten of hij de teruggave van de Persoonsgegevens wenst.\n\n12.3 Na de teruggave, of indien Opdrachtgever zijn keuze niet binnen de termijn van artikel 12.2 meedeelt, verwijdert Verwerker alle Persoonsgegevens binnen de daaropvolgende dertig (30) dagen.', 'deletion_days', 60),
    ('deletion', 'en', '12.3 After the termination, the Processor eliminates all Client Personal Data, including existing copies, within thirty (30) days, except where the conservation is obliged by Union or Member State law.', 'legal_retention_exception', True),
    ('deletion', 'en', '12.3 After the termination, the Processor eliminates all Client Personal Data within thirty (30) days. 12.4 On request of the Client, the Processor delivers a declaration of elimination signed by its Data Protection Officer.', 'certificate', True),
    ('deletion', 'en', '9.2 When a data subject addresses to the Processor a request of exercise of rights (access, rectification, erasure, opposition, portability), the Processor forwards it to the Client within two (2) working days. 12.3 After termination, the Processor deletes all Client Personal Data within thirty (30) days.', 'deletion_days', 30),
    ('deletion', 'nl', '9.2 Ontvangt Verwerker een verzoek van een betrokkene tot uitoefening van rechten (inzage, rectificatie, wissing, bezwaar), dan stuurt hij dit binnen twee (2) werkdagen door. 12.3 Na beëindiging verwijdert Verwerker alle Persoonsgegevens binnen dertig (30) dagen.', 'deletion_days', 30),
    ('deletion', 'nl', '9.1 Na afloop van je Gesprek bewaren we het veertien (14) dagen, zodat je het kunt teruglezen. Daarna wordt het Gesprek automatisch verwijderd.', 'deletion_days', 14),
    ('deletion', 'nl', '9.1 Na afloop van je gesprek bewaren we het dertig (30) dagen. 12.1 Na het einde van de overeenkomst verwijderen we al je gegevens binnen zestig (60) dagen.', 'deletion_days', 60),
    ('deletion', 'en', '9.1 While your account is open, conversations are kept for twelve (12) months and then deleted automatically. 9.2 When you close your account, we delete your bots, knowledge bases and all conversations within 30 days.', 'deletion_days', 30),
    ('deletion', 'nl', '9.1 Zolang je account open is, bewaren we gesprekken twaalf (12) maanden en daarna verwijderen we ze automatisch. 9.2 Als je je account opzegt, verwijderen we je bots en alle gesprekken binnen 30 dagen.', 'deletion_days', 30),
    ('deletion', 'en', "9.3 End of subscription. When a subscription ends, the Customer's account enters a read-only period of sixty (60) days, during which an administrator can export Customer Documents and Audit Trails. At the end of the read-only period, we permanently delete Customer Documents and Audit Trails from our live systems within thirty (30) days.", 'deletion_days', 90),
    ('deletion', 'en', '- Customer Documents and Audit Trails (after the subscription ends) - sixty (60) day read-only period, then deleted from live systems within thirty (30) days', 'deletion_days', 90),
    ('deletion', 'nl', '- Klantdocumenten (na het einde van het abonnement) - leesperiode van zestig (60) dagen, daarna verwijderd binnen dertig (30) dagen', 'deletion_days', 90),
    ('subprocessors', 'en', '8.1 You authorise us to use the sub-processors listed below, and any sub-processors we add later in line with this section. 8.2 When we add or replace a sub-processor, we update this list and note the change in the Changelog.', 'notice_days', 0),
    ('subprocessors', 'nl', '8.1 Je geeft ons toestemming om de hieronder genoemde subverwerkers in te schakelen, en de subverwerkers die we later toevoegen. 8.2 Als we een subverwerker toevoegen of vervangen, werken we deze lijst bij.', 'notice_days', 0),
    ('subprocessors', 'nl', '7.1 Verwerker schakelt geen Subverwerker in zonder voorafgaande specifieke schriftelijke toestemming van Opdrachtgever. 7.2 Verwerker dient een verzoek tot inschakeling of vervanging van een Subverwerker ten minste zes (6) weken voor de beoogde ingangsdatum schriftelijk in bij Opdrachtgever.', 'notice_days', 42),
    ('backups', 'nl', '- Back-ups van de productieomgeving: maximaal drie maanden, waarna zij automatisch worden overschreven.\n\n- Logbestanden, waaronder foutmeldingen met fragmenten van herkende tekst en bestandsnamen: 24 maanden.', 'backup_retention_days', 720),
    ('backups', 'en', '- Backups of the production environment: at most three months, after which they are overwritten automatically.\n\n- Log files, including error reports with fragments of recognised text and file names: 24 months.', 'backup_retention_days', 720),
    ('backups', 'en', '- Backups of the production environment: at most three months, after which they are overwritten automatically.\n\n- Audit logs of administrator sign-ins: 24 months.', 'backup_retention_days', 90),
    ('subprocessors', 'en', 'The Processor will communicate to the Controller any intended addition or replacement of sub-processors with an antecedence of at least 15 days, so that the Controller can express its opposition.', 'notice_days', 15),
    ('subprocessors', 'en', 'Supplier commits to inform the Client about the new sub-contractor which will treat the personal data, with a previous advise of minimum twenty (20) calendar days before it starts the treatment. The Client has the faculty to oppose in this term.', 'notice_days', 20),
    ('subprocessors', 'en', 'In case of change of sub-processors, the Provider shall give notice to the Customer with one month of anticipation. The Customer may object to the change within 10 days from reception of the notice; in such case the parties will look for a solution in good faith.', 'notice_days', 30),
    ('subprocessors', 'en', 'The Processor is authorised in general to engage further processors. It shall inform the Controller with an advance of not less than three weeks about any intended changes concerning the addition or replacement, giving the Controller the possibility to object against such changes.', 'notice_days', 21),
    ('subprocessors', 'nl', 'Verwerker brengt Verwerkingsverantwoordelijke met een voorafgaande termijn van minstens vijftien (15) kalenderdagen op de hoogte van elke voorgenomen toevoeging of vervanging van een subverwerker. Verwerkingsverantwoordelijke kan binnen die termijn gemotiveerd bezwaar maken.', 'notice_days', 15),
    ('subprocessors', 'nl', 'De verwerker verbindt er zich toe de verwerkingsverantwoordelijke ten laatste zes weken voorafgaand aan de inschakeling van een nieuwe subverwerker schriftelijk in kennis te stellen. De lijst van subverwerkers wordt jaarlijks herzien.', 'notice_days', 42),
    ('subprocessors', 'en', 'We use third-party sub-processors, which are listed on our website. When we add one, we update the list. If you object to a new sub-processor, you may terminate the affected Service and receive a pro-rata refund of prepaid fees.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Leverancier informeert Klant over een nieuwe subverwerker nadat deze is ingeschakeld. Klant kan binnen veertien dagen na die melding bezwaar maken en, als het bezwaar niet wordt opgelost, de overeenkomst kosteloos opzeggen.', 'notice_days', 0),
    ('subprocessors', 'en', 'Before a new sub-processor is engaged, Vendor will notify Customer by email at least 14 days in advance. Customer may object during that period and, failing resolution, terminate the affected Order Form.', 'notice_days', 14),
    ('subprocessors', 'nl', 'Verwerker meldt een nieuwe subverwerker vooraf, uiterlijk dertig dagen voordat deze persoonsgegevens gaat verwerken. Na de inschakeling wordt de openbare lijst van subverwerkers bijgewerkt.', 'notice_days', 30),
    ('subprocessors', 'en', 'Processor shall notify Controller at least thirty (30) days before engaging a new Sub-processor, except as set out in Annex 3, section 2. Controller may object on reasonable grounds.\n\nAnnex 3, section 2: Where a Sub-processor must be replaced urgently to maintain the security or availability of the Services, Processor shall give notice of no less than five (5) days.', 'notice_days', 5),
    ('subprocessors', 'en', "Save as provided in Schedule B, paragraph 4, we will give you 60 days' notice of any new Subprocessor and you may object to it.\n\nSchedule B, paragraph 4. Affiliates of Provider that act as Subprocessors for customer support may be added on ten (10) days' notice.", 'notice_days', 10),
    ('subprocessors', 'nl', 'Verwerker informeert Verwerkingsverantwoordelijke ten minste vier weken voordat een nieuwe subverwerker wordt ingeschakeld, behoudens het bepaalde in Bijlage 2, artikel 3. Verwerkingsverantwoordelijke kan bezwaar maken.\n\nBijlage 2, artikel 3: Voor subverwerkers die uitsluitend tijdelijke hostingcapaciteit leveren, geldt een meldingstermijn van zeven dagen.', 'notice_days', 7),
    ('subprocessors', 'nl', 'Met uitzondering van het bepaalde in Annex C, punt 1.2, meldt de Leverancier een nieuwe subverwerker 45 dagen vooraf; de Klant kan binnen die termijn bezwaar aantekenen.\n\nAnnex C, punt 1.2 – Nieuwe aanbieders van AI-modellen worden minstens 15 dagen vooraf gemeld.', 'notice_days', 15),
    ('subprocessors', 'en', 'Provider will notify Customer at least 30 days prior to authorising any new Sub-processor, except as set out in Annex 4, section 1. Customer may object within the notice period.\n\nAnnex 4, section 1: Sub-processors located outside the EEA will be notified at least 90 days in advance.', 'notice_days', 30),
    ('subprocessors', 'nl', 'Verwerker geeft minimaal 30 dagen vooraf kennis van een nieuwe subverwerker, tenzij anders bepaald in Bijlage 5, paragraaf 2.\n\nBijlage 5, paragraaf 2: Subverwerkers worden uitsluitend ingezet voor zover dat nodig is voor de dienstverlening en zijn gebonden aan dezelfde verplichtingen als Verwerker.', 'notice_days', 30),
    ('deletion', 'en', 'Your subscription ends at the end of the billing period in which you cancel. For 30 days after that you can still log in and download your files.\n\nThereafter we delete all your content within 14 days.', 'deletion_days', 44),
    ('deletion', 'en', 'Retention after contract end (table):\n\nChat transcripts - 90 day read-only period, then deleted within 30 days\n\nAccount contact details - deleted within 30 days', 'deletion_days', 120),
    ('deletion', 'nl', 'Het abonnement eindigt op de laatste dag van de opzegtermijn. Gedurende zestig dagen daarna kun je je gegevens nog exporteren.\n\nDaarna verwijderen wij alle gegevens binnen 30 dagen.', 'deletion_days', 90),
    ('deletion', 'nl', 'Na de beëindiging van de overeenkomst blijft het platform gedurende 4 weken in alleen-lezen modus beschikbaar, zodat de klant zijn documenten kan downloaden. Daarna worden alle gegevens ten laatste binnen de 15 dagen definitief gewist.', 'deletion_days', 43),
    ('deletion', 'nl', 'Bewaartermijnen na einde contract:\n\nDossiers – 45 dagen alleen-lezen, daarna binnen 30 dagen verwijderd\n\nContactgegevens – binnen 30 dagen na einde contract verwijderd', 'deletion_days', 75),
    ('deletion', 'en', 'Before your subscription ends you can export your data at any time from the Settings page. We delete all your data within 30 days after the subscription end date.', 'deletion_days', 30),
    ('deletion', 'nl', 'Tijdens de looptijd kan Klant op elk moment een volledige export maken. Binnen 45 dagen na het einde van de overeenkomst vernietigt Leverancier alle gegevens van Klant.', 'deletion_days', 45),
    ('deletion', 'en', 'While your account is open, chats are kept for 12 months and older chats are removed automatically. When you close your account, we delete all remaining chats and files within 30 days.', 'deletion_days', 30),
    ('deletion', 'nl', 'Gesprekken bewaren we maximaal 12 maanden, en nooit langer dan je abonnement loopt. Stopt je abonnement, dan verwijderen we al je gegevens binnen 14 dagen.', 'deletion_days', 14),
    ('deletion', 'en', 'During the Term, Customer Content is subject to a rolling retention period of 180 days, after which it is purged. Upon expiry or termination of the Agreement, Processor shall delete all Customer Content within ninety (90) days.', 'deletion_days', 90),
    ('deletion', 'nl', 'Gedurende de looptijd van de overeenkomst hanteert Verwerker voor gespreksverslagen een bewaartermijn van zes maanden. Na beëindiging van de overeenkomst vernietigt Verwerker alle persoonsgegevens binnen zestig (60) dagen.', 'deletion_days', 60),
    ('deletion', 'en', 'Transcriptions are conserved during maximum 24 months while the contract is in force. At the end of the contract all data of the Client are erased in the term of 21 days.', 'deletion_days', 21),
    ('deletion', 'nl', 'Zolang het klantaccount actief is, worden opnames gedurende een voortschrijdende termijn van één jaar bijgehouden. Bij stopzetting van het contract worden alle gegevens ten laatste na 10 dagen verwijderd.', 'deletion_days', 10),
    ('deletion', 'en', 'Conversations are stored for 30 days after each chat session ends and are then deleted automatically.', 'deletion_days', 30),
    ('deletion', 'nl', 'Gesprekken met de assistent worden 7 dagen na afloop van het gesprek automatisch verwijderd.', 'deletion_days', 7),
    ('deletion', 'en', 'The audio of each call is conserved 72 hours after the call has finished and afterwards it is automatically eliminated.', 'deletion_days', 3),
    ('deletion', 'nl', 'Prompts en antwoorden blijven na afloop van de sessie nog een maand zichtbaar in je geschiedenis en worden daarna automatisch verwijderd.', 'deletion_days', 30),
    ('staff_access', 'en', 'Processor personnel access Customer systems only on a need-to-know basis and under confidentiality. All administrative actions on customer systems are logged and the logs are reviewed monthly.', 'access_logging', True),
    ('backups', 'en', 'Backups are retained for 35 days and then overwritten. Application logs, which may contain fragments of document text, are retained for 180 days.', 'backup_retention_days', 180),
    ('backups', 'nl', 'Back-ups worden 30 dagen bewaard. Foutlogboeken, waarin delen van de verwerkte tekst kunnen voorkomen, bewaren wij 12 maanden.', 'backup_retention_days', 360),
    ('backups', 'en', 'Backups are kept for 14 days. Audit logs of sign-ins (user name, IP address and time of login) are kept for two years for security purposes.', 'backup_retention_days', 14),
    ('backups', 'nl', 'Back-ups worden na 60 dagen overschreven. Inloglogs, waarin staat wie wanneer heeft ingelogd, worden één jaar bewaard.', 'backup_retention_days', 60),
    ('backups', 'en', 'Database snapshots are kept for 7 days. Debug logs capturing request payloads, including excerpts of uploaded contracts, are kept for 90 days before deletion.', 'backup_retention_days', 90),
    ('backups', 'nl', 'De back-ups worden gedurende 4 weken bijgehouden. De verwerkingslogs, die fragmenten van de opgeladen documenten kunnen bevatten, worden 6 maanden bewaard en daarna gewist.', 'backup_retention_days', 180),
    ('deletion', 'en', "12.2 Upon termination of the Agreement, Vendor shall, at Customer's choice, return or delete all Customer Data. Customer may, within thirty (30) days after termination, request an export of its Incident Records and of the Security Telemetry.\n\n12.3 Vendor shall delete all Customer Data no later than sixty (60) days after the end of the export period referred to in clause 12.2.", 'deletion_days', 90),
    ('deletion', 'en', '11.1 At the term of the Contract, the Client indicates to the Provider, within a delay of thirty (30) days, its choice between the restitution of the Client Data or their destruction.\n\n11.3 Following the restitution, or at the expiry of the delay of thirty (30) days mentioned in article 11.1 if the Client has not expressed any choice, the Provider proceeds to the destruction of all the Client Data within a maximum delay of sixty (60) days.', 'deletion_days', 90),
    ('backups', 'nl', 'Bewaartermijnen van back-ups: Dagelijkse back-up van de volledige database - bewaartermijn dertien (13) weken. Back-ups van configuratie en broncode - bewaartermijn drie (3) jaar - bevat geen Persoonsgegevens.', 'backup_retention_days', 91),
    ('backups', 'en', 'Backup retention: daily database backups are kept for thirteen (13) weeks. Backups of configuration and source code are kept for three (3) years and contain no personal data.', 'backup_retention_days', 91),
    ('subprocessors', 'en', '11.1 Customer grants a general authorisation to engage Sub-processors. 11.2 Vendor shall inform Customer in text form of any intended change concerning the addition or replacement of Sub-processors at least six (6) weeks before the change takes effect. Customer may object within thirty (30) days.\n\nA.3 In deviation from Section 11.2, Vendor may replace the AI Service Provider with a notice period of fourteen (14) days if this is necessary to maintain the functionality of the Assist Services.', 'notice_days', 14),
    ('subprocessors', 'nl', '11.1 Opdrachtgever verleent algemene toestemming voor het inschakelen van Subverwerkers. 11.2 Leverancier informeert Opdrachtgever ten minste zes (6) weken voordat een nieuwe Subverwerker wordt ingeschakeld. Opdrachtgever kan bezwaar maken.\n\nA.3 In afwijking van artikel 11.2 kan Leverancier de AI-aanbieder vervangen met een aankondigingstermijn van veertien (14) dagen.', 'notice_days', 14),
    ('subprocessors', 'en', '11.1 Customer grants a general authorisation to engage Sub-processors. 11.2 Vendor shall inform Customer of any intended change concerning the addition or replacement of Sub-processors at least six (6) weeks before the change takes effect. Customer may object within thirty (30) days.\n\nA.3 In deviation from Section 14.1, Customer may terminate the Assist Services with a notice period of fourteen (14) days.', 'notice_days', 42),
    ('deletion', 'nl', '14.2 Opdrachtgever kan tot uiterlijk dertig (30) dagen na het einde van de Overeenkomst verzoeken om teruglevering van zijn Back-updata. 14.3 Uiterlijk zestig (60) dagen na het einde van de Overeenkomst vernietigt Opdrachtnemer alle gegevens van Opdrachtgever, met inbegrip van de Back-updata op de primaire en de uitwijklocatie en de gegevens van Opdrachtgever in het Beheerplatform.', 'deletion_days', 60),
    ('subprocessors', 'en', 'We may change our service providers from time to time as our business grows. Our current service providers are listed above. We will update the list above within ten (10) business days after we start using a new provider.', 'notice_days', 0),
    ('deletion', 'en', 'Within thirty (30) days after the end of the Agreement, Processor shall erase all Personal Data; until then it shall continue to assist the Controller with requests for access, rectification, erasure and portability.', 'deletion_days', 30),
    ('deletion', 'en', 'Upon termination of the Agreement, Vendor shall delete all Personal Data within sixty (60) days and shall forward to the Controller any request of exercise of rights (access, rectification, erasure, opposition) received in the meantime.', 'deletion_days', 60),
    ('deletion', 'nl', 'Zeg je je abonnement op, dan verwijderen we je gegevens binnen 30 dagen.', 'deletion_days', 30),
    ('deletion', 'nl', 'Is je abonnement afgelopen, dan wissen we je bestanden binnen twee weken.', 'deletion_days', 14),
    ('deletion', 'nl', 'Wanneer je abonnement verloopt, verwijderen we al je documenten binnen 60 dagen.', 'deletion_days', 60),
    ('deletion', 'en', 'We send you a confirmation once your request is received, and your account data is deleted within 30 days.', 'certificate', None),
    ('deletion', 'en', 'While your account is open, you can download your files at any time, and after you close it we delete them within thirty (30) days.', 'deletion_days', 30),
    ('deletion', 'en', 'Upon termination, Vendor will retain Customer Data for no more than 30 days, and never longer than the Agreement allows, after which it is deleted.', 'deletion_days', 30),
    ('deletion', 'nl', 'Na beëindiging bewaren we je gegevens maximaal 30 dagen, en nooit langer dan de overeenkomst toestaat; daarna worden ze verwijderd.', 'deletion_days', 30),
    ('backups', 'en', 'Backups are deleted within 30 days after termination. Application logs record request metadata only and never contain request payloads; they are kept for 12 months.', 'backup_retention_days', 30),
    ('backups', 'nl', 'Back-ups worden binnen 30 dagen na beëindiging verwijderd. Foutlogboeken bevatten geen fragmenten van de verwerkte documenten en worden 12 maanden bewaard.', 'backup_retention_days', 30),
    ('backups', 'en', 'Backups are overwritten within 35 days. Our logs contain no excerpts of uploaded documents and are retained for one year.', 'backup_retention_days', 35),
    ('backups', 'en', 'Backups are deleted within 30 days. Error logs may contain parts of the documents you upload and are kept for 6 months.', 'backup_retention_days', 180),
    ('backups', 'nl', 'Back-ups worden na 30 dagen verwijderd. Foutlogboeken kunnen stukjes tekst uit je documenten bevatten en worden zes maanden bewaard.', 'backup_retention_days', 180),
    ('backups', 'en', 'Backups are deleted within 30 days. Request logs, which may include the full text of prompts, are retained for 90 days.', 'backup_retention_days', 90),
    ('backups', 'nl', 'Back-ups worden na 30 dagen verwijderd. Verwerkingslogs, waarin (delen van) de geüploade tekst kunnen staan, bewaren we 6 maanden.', 'backup_retention_days', 180),
    ('backups', 'en', 'Backups are encrypted and kept for thirty-five (35) days, after which they are permanently deleted. Our application logs contain Usage Data and request identifiers, but we scrub the text of Customer Content from them before they are written. Application logs are kept for twelve (12) months.', 'backup_retention_days', 35),
    ('deletion', 'en', '11.1 Retrieval Period. For thirty (30) days following the termination of the Agreement (the "Retrieval Period"), Customer may retrieve Customer Data using the export tools. 11.2 Deletion. Following the Retrieval Period, Vendor shall delete Customer Data from the Services within ninety (90) days.\n\n5. Backups. Backups are retained for up to forty-five (45) days. Customer Data deleted from the production environment, including upon the expiry of the deletion period in Section 11.2, is removed from backups when the relevant backup expires.', 'deletion_days', 120),
    ('subprocessors', 'en', "Processor shall inform Controller of any intended changes concerning the addition or replacement of Sub-processors at least thirty (30) days in advance, and shall remain fully liable to Controller for any claims arising from the Sub-processor's performance. Controller may object to such changes.", 'notice_days', 30),
    ('subprocessors', 'nl', 'Verwerker informeert Verwerkingsverantwoordelijke ten minste dertig (30) dagen vooraf over een nieuwe subverwerker, bijvoorbeeld een nieuwe partij voor hosting en onderhoud. Verwerkingsverantwoordelijke kan binnen die termijn bezwaar maken.', 'notice_days', 30),
    ('subprocessors', 'en', 'Vendor shall notify Customer at least thirty (30) days in advance of any new Sub-processor, including any Sub-processor that becomes involved as a result of a merger or acquisition. Customer may object to the new Sub-processor on reasonable grounds.', 'notice_days', 30),
    ('subprocessors', 'en', "Vendor may assign this Agreement to an Affiliate by giving Customer thirty (30) days' written notice. Vendor uses the Sub-processors listed on its website.", 'notice_days', None),
    ('subprocessors', 'en', "Vendor may discontinue support for a Third-Party Integration by giving 30 days' notice. Vendor uses the sub-processors listed at vendor.com/subprocessors and may add new ones.", 'notice_days', None),
    ('subprocessors', 'en', '4.5 We announce maintenance at least 2 days ahead and do it outside office hours.\n\n11.6 We use the suppliers (sub-processors) listed in Schedule B. Before we add or replace a supplier that stores or can access personal data from your website, we will email you at least two weeks in advance. If you have a reasonable objection, let us know before the change.', 'notice_days', 14),
]  # fmt: skip


TWENTY_FOURTH_SESSION_FACTS = [
    ('deletion', 'en', 'Retention schedule • Customer Documents • deleted within 30 days after termination • Support Tickets • 24 months • Invoices • 7 years', 'deletion_days', 30),
    ('deletion', 'en', 'Retention schedule • Account data • deleted within 60 days after termination • Invoices • 7 years', 'deletion_days', 60),
    ('deletion', 'nl', 'Bewaartermijnen • Klantdocumenten • verwijderd binnen 30 dagen na beëindiging • Facturen • 7 jaar', 'deletion_days', 30),
    ('subprocessors', 'en', 'The Provider shall intimate the Client in writing at least twenty (20) days prior to engaging any new Sub-processor. The Client may object within that period.', 'notice_days', 20),
    ('subprocessors', 'en', "We may use service providers to run the service. We'll update the list on this page after a new provider goes live.", 'notice_days', 0),
    ('deletion', 'en', 'Once your subscription ends, your account enters a 14-day grace period. After the grace period, we delete your account data within the following 30 days. You can delete single records yourself with the delete button, which removes them within 24 hours.', 'deletion_days', 44),
    ('deletion', 'en', 'Review samples are kept for up to six (6) months and then deleted; in any event they are deleted within thirty (30) days after termination, whichever is earlier.', 'deletion_days', 30),
    ('deletion', 'nl', 'Reviewfragmenten worden maximaal zes maanden bewaard; in elk geval worden zij binnen dertig dagen na beëindiging verwijderd, wat het eerst komt.', 'deletion_days', 30),
    ('deletion', 'en', "Within thirty (30) days after termination, the Provider shall return the Personal Data to the Client. Upon the Client's confirmation of receipt, the Provider shall delete all remaining copies within ten (10) days thereafter.", 'deletion_days', 40),
    ('deletion', 'en', 'Retention periods\n• Account data: kept while the account is active • Log files: 90 days • Customer content after end of contract: deleted within 60 days • Invoices: 7 years', 'deletion_days', 60),
    ('deletion', 'nl', 'Bewaartermijnen • Gebruikersgegevens: zolang het account actief is • Logbestanden: 6 maanden • Gegevens na beëindiging van de overeenkomst: binnen 30 dagen verwijderd • Facturen: 7 jaar (wettelijke bewaarplicht)', 'deletion_days', 30),
    ('subprocessors', 'en', 'The Service Provider shall intimate the Client at least 15 days prior to engaging any new sub-processor, and the Client may object.', 'notice_days', 15),
    ('subprocessors', 'en', 'We use sub-processors listed on our website. We update the list after a new provider goes live.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Wij maken gebruik van subverwerkers. Wij werken de lijst met subverwerkers bij nadat een nieuwe subverwerker in gebruik is genomen.', 'notice_days', 0),
    ('deletion', 'en', 'Customer Data is deleted 12 months after its last use or 30 days after termination of the Agreement, whichever is earlier.', 'deletion_days', 30),
    ('deletion', 'nl', 'Persoonsgegevens worden verwijderd na 2 jaar inactiviteit of binnen 60 dagen na het einde van de overeenkomst, afhankelijk van wat het eerst plaatsvindt.', 'deletion_days', 60),
    ('data_location', 'en', 'All Customer Data is stored on AWS in eu-central-1.', 'regions', ['DE']),
    ('data_location', 'nl', 'Klantgegevens worden gehost in AWS-regio eu-west-1.', 'regions', ['IE']),
    ('deletion', 'en', 'Vendor shall return all Customer Data within thirty (30) days after termination and shall delete any remaining copies within sixty (60) days thereafter.', 'deletion_days', 90),
    ('deletion', 'en', 'Vendor shall delete Customer Data within ninety (90) days after termination or expiry of the Agreement, whichever is earlier, and shall destroy all paper copies within one hundred and eighty (180) days after termination.', 'deletion_days', 180),
    ('deletion', 'en', "Customer may export its data for thirty (30) days after termination; thereafter Vendor deletes the data within sixty (60) days or upon Customer's written request, whichever is earlier.", 'deletion_days', 90),
    ('deletion', 'nl', 'Klant kan zijn gegevens tot dertig (30) dagen na het einde van de Overeenkomst exporteren; daarna verwijdert Leverancier de gegevens binnen zestig (60) dagen of eerder op verzoek van Klant, wat het eerst komt.', 'deletion_days', 90),
    ('deletion', 'nl', 'Leverancier verwijdert de Persoonsgegevens binnen dertig (30) dagen na het einde van de Overeenkomst; een back-up die eerder is gemaakt, wordt binnen negentig (90) dagen na het einde van de Overeenkomst gewist.', 'deletion_days', 90),
    ('deletion', 'nl', 'Leverancier verwijdert de Persoonsgegevens binnen negentig (90) dagen na het einde van de Overeenkomst; dit vervangt hetgeen eerder is overeengekomen over een termijn van dertig (30) dagen.', 'deletion_days', 90),
    ('deletion', 'en', 'Upon termination, Vendor will first delete all Customer Data from production systems within thirty (30) days. Customers can delete their data themselves in the dashboard at any time; all remaining copies, including backups, are erased by Vendor within ninety (90) days after termination.', 'deletion_days', 90),
    ('deletion', 'en', 'Upon termination, the Processor shall delete the Personal Data within sixty (60) days. Users can delete their own messages themselves in the app at any time, which removes them within 24 hours.', 'deletion_days', 60),
    ('subprocessors', 'en', "Section 9.3 of the Agreement (Notice of New Subprocessors) and Customer's right to object under that Section do not apply to Model Providers. Vendor may engage additional Model Providers at any time and will update Exhibit A within thirty (30) days after doing so.", 'notice_days', 0),
    ('deletion', 'nl', 'Na het einde van de overeenkomst wordt het account gedurende drie (3) maanden in raadpleegmodus geplaatst. In raadpleegmodus kan de Klant zijn dossiers exporteren.\n\nNa het verstrijken van de raadpleegmodus worden alle Klantgegevens binnen dertig dagen verwijderd.', 'deletion_days', 120),
    ('deletion', 'en', 'When you close your account we keep your account data for six (6) months in case you return, and then delete it, except for invoices, which we keep for seven (7) years to meet our tax obligations.', 'deletion_days', 180),
]  # fmt: skip


TWENTY_FIFTH_SESSION_FACTS = [
    ('deletion', 'en', 'Upon expiry of the Agreement, which has a term of twelve (12) months, Vendor shall delete all Customer Data within thirty (30) days thereafter.', 'deletion_days', 30),
    ('deletion', 'nl', 'Na afloop van de Overeenkomst, die een looptijd heeft van twaalf (12) maanden, verwijdert Leverancier alle Persoonsgegevens binnen dertig (30) dagen daarna.', 'deletion_days', 30),
    ('deletion', 'en', 'This Agreement runs for an initial term of one year; at its end the Supplier deletes the Customer Data within sixty (60) days.', 'deletion_days', 60),
    ('deletion', 'en', 'We keep Customer Data until thirty (30) days after termination of the Agreement.', 'deletion_days', 30),
    ('deletion', 'nl', 'De gegevens worden bewaard tot 30 dagen na het einde van de overeenkomst.', 'deletion_days', 30),
    ('deletion', 'en', 'Customer Data is retained for no longer than thirty days after the end of the Agreement.', 'deletion_days', 30),
    ('deletion', 'nl', 'De persoonsgegevens worden tot uiterlijk zestig dagen na beëindiging van het contract bewaard.', 'deletion_days', 60),
    ('deletion', 'nl', 'Gegevens worden bewaard gedurende 1 jaar, of tot 14 dagen na beëindiging van het contract indien dat eerder is.', 'deletion_days', 14),
    ('deletion', 'en', 'Data is kept for one year, or until 14 days after termination of the contract if that is earlier.', 'deletion_days', 14),
    ('deletion', 'en', 'Customer Data is kept for twelve months or until thirty days after the end of the Agreement, whichever comes first.', 'deletion_days', 30),
    ('deletion', 'en', 'Data category • Retention\n• Support tickets 24 months • Content files 45 days after contract end • Audit logs 1 year', 'deletion_days', 45),
    ('deletion', 'nl', '• Contactgegevens 2 jaar • Documenten na einde contract 14 dagen • Back-ups 35 dagen', 'deletion_days', 14),
    ('deletion', 'en', 'Retention schedule • Account profile: while the account is active • Uploaded documents: 30 days after termination • Backups: 35 days', 'deletion_days', 30),
    ('subprocessors', 'en', 'Customer may object within fourteen (14) days of receiving a notice, which Processor shall provide at least thirty (30) days before the new Sub-processor is engaged.', 'notice_days', 30),
    ('subprocessors', 'nl', "In deze Verwerkersovereenkomst wordt onder 'Aankondigingstermijn' verstaan: een termijn van twintig (20) dagen.\nVerwerker meldt een nieuwe subverwerker ten minste de Aankondigingstermijn voordat deze persoonsgegevens gaat verwerken.", 'notice_days', 20),
    ('subprocessors', 'nl', "Onder 'Meldingstermijn' wordt verstaan: een periode van vier (4) weken.\nVerwerker informeert Opdrachtgever binnen de Meldingstermijn voorafgaand aan de inzet van een nieuwe subverwerker.", 'notice_days', 28),
    ('deletion', 'nl', '- Toegangslogs: tijdens de looptijd twaalf (12) maanden na registratie; na het einde van de overeenkomst bewaart Leverancier ze nog uiterlijk drie (3) maanden en verwijdert ze daarna.', 'deletion_days', 90),
    ('backups', 'en', 'Log Data is retained on the Platform during the Term (Premium: ninety (90) days searchable and twelve (12) months archive). Backup snapshots are deleted after thirty-five (35) days.', 'backup_retention_days', 35),
    ('subprocessors', 'en', 'Provider will inform Customer about the engagement of a new Sub-processor by e-mail not later than within seven (7) days from the engagement. Customer may object within fourteen (14) days from receiving the information.', 'notice_days', 0),
    ('subprocessors', 'nl', 'Verwerker informeert Opdrachtgever over een nieuwe subverwerker uiterlijk binnen zeven (7) dagen vanaf de inschakeling.', 'notice_days', 0),
    ('backups', 'en', 'Throughout the Term, Customer Data is copied daily to an archive tier, where each copy is kept for ninety (90) days and then deleted.', 'backup_retention_days', 90),
    ('subprocessors', 'en', 'Processor will inform Controller of any new Sub-processor. Controller may object by written notice, which Controller shall send at least ten (10) days before the new Sub-processor is engaged.', 'notice_days', None),
    ('subprocessors', 'nl', "Onder 'Bezwaartermijn' wordt verstaan: een termijn van veertien (14) dagen. Verwerker stelt Opdrachtgever vooraf in kennis van een nieuwe subverwerker en Opdrachtgever kan binnen de Bezwaartermijn bezwaar maken.", 'notice_days', None),
    ('subprocessors', 'nl', 'Opdrachtgever kan bezwaar maken tegen een nieuwe subverwerker, waarover Verwerker haar ten minste dertig (30) dagen vooraf informeert.', 'notice_days', 30),
    ('deletion', 'en', 'Customer Data will be deleted after a grace term of thirty (30) days following the end of the subscription.', 'deletion_days', 30),
    ('deletion', 'nl', 'Na beëindiging heeft de exportfase een looptijd van veertien (14) dagen, waarna Verwerker alle Persoonsgegevens verwijdert.', 'deletion_days', 14),
    ('deletion', 'en', 'Retention: • Audit trail: 24 months after contract end • Customer files: 30 days after contract end', 'deletion_days', 30),
    ('deletion', 'en', 'We retain your account content no longer than sixty (60) days after termination of your subscription.', 'deletion_days', 60),
    ('deletion', 'en', 'Processor keeps Personal Data no longer than one month after the Services end, and then destroys it.', 'deletion_days', 30),
    ('deletion', 'en', 'Retention schedule:\n• Uploaded files: 30 days after contract end\n• Invoices: 7 years (statutory tax obligation)', 'deletion_days', 30),
    ('deletion', 'en', 'Retention periods\n• Customer content: 90 days after termination\n• Account profile: 30 days after termination', 'deletion_days', 90),
    ('deletion', 'nl', 'Bewaartermijnen:\n• Geüploade documenten: 30 dagen na einde overeenkomst\n• Facturen: 7 jaar (fiscale bewaarplicht)', 'deletion_days', 30),
    ('subprocessors', 'en', 'Supplier will inform Customer of any new sub-processor within 7 days from the engagement.', 'notice_days', 0),
    ('subprocessors', 'en', 'Customer may object to any new sub-processor, of which Processor shall notify Customer at least thirty (30) days in advance.', 'notice_days', 30),
    ('subprocessors', 'nl', 'Opdrachtgever kan bezwaar maken tegen een nieuwe subverwerker, waarover Verwerker hem ten minste 30 dagen vooraf informeert.', 'notice_days', 30),
    ('subprocessors', 'nl', 'Verwerker stelt Verwerkingsverantwoordelijke binnen 14 dagen na het aanstellen van een nieuwe subverwerker daarvan op de hoogte.', 'notice_days', 0),
    ('subprocessors', 'nl', "In dit artikel wordt onder 'Meldingstermijn' verstaan: een periode van dertig (30) dagen voorafgaand aan de inschakeling van een nieuwe subverwerker. Verwerker informeert Opdrachtgever bij aanvang van de Meldingstermijn en Opdrachtgever kan binnen die termijn bezwaar maken.", 'notice_days', 30),
    ('subprocessors', 'nl', "Voor de toepassing van deze verwerkersovereenkomst wordt onder 'Meldingstermijn' verstaan: de periode van vier weken voorafgaand aan de inzet van een nieuwe subverwerker. Verwerker kondigt iedere nieuwe subverwerker aan vóór het begin van de Meldingstermijn; Verwerkingsverantwoordelijke kan daartegen bezwaar maken.", 'notice_days', 28),
    ('subprocessors', 'nl', "Onder 'Meldingstermijn' wordt verstaan: 14 dagen.\nVerwerker informeert Opdrachtgever ten minste één Meldingstermijn voordat een nieuwe subverwerker wordt ingeschakeld; Opdrachtgever kan bezwaar maken.", 'notice_days', 14),
    ('deletion', 'en', 'After termination, Vendor keeps Customer Data for a duration of thirty (30) days, after which it is permanently deleted.', 'deletion_days', 30),
    ('deletion', 'nl', 'Na het einde van de Overeenkomst worden de Persoonsgegevens nog voor de duur van dertig (30) dagen bewaard en daarna verwijderd.', 'deletion_days', 30),
    ('deletion', 'en', 'Upon termination, Customer Data is deleted at the end of a retention term of sixty (60) days.', 'deletion_days', 60),
    ('backups', 'nl', 'Tijdens de looptijd worden archiefback-ups van de Persoonsgegevens negentig (90) dagen bewaard.', 'backup_retention_days', 90),
    ('backups', 'en', 'Throughout the Term, Customer Data is copied daily to an archive tier, where each copy is kept for one hundred and eighty (180) days and then deleted.', 'backup_retention_days', 180),
    ('backups', 'nl', 'Gedurende de looptijd worden dagelijks archiefkopieën van de databank gemaakt, die na zestig (60) dagen worden verwijderd.', 'backup_retention_days', 60),
    ('subprocessors', 'nl', "Onder 'Reactietermijn' wordt verstaan een termijn van tien (10) werkdagen. Verwerker informeert Opdrachtgever vooraf over een nieuwe subverwerker; Opdrachtgever kan binnen de Reactietermijn bezwaar maken.", 'notice_days', None),
    ('backups', 'en', 'Copies of security: daily copies, conserved during thirty (30) days, and monthly copies, conserved during twelve (12) months.', 'backup_retention_days', 360),
    ('deletion', 'en', 'The trained models are not Customer Data and are not deleted. Within thirty (30) days after termination, Vendor deletes all Customer Data.', 'deletion_days', 30),
    ('subprocessors', 'en', 'If it is necessary to change a sub-processor, the Processor must communicate it previously and by writing to the Responsible, with an antelation of fifteen (15) natural days. The Responsible can oppose to the new sub-processor in the same term of fifteen (15) days.', 'notice_days', 15),
    ('deletion', 'en', 'The Processor shall delete the data within thirty (30) natural days after the end of the contract.', 'deletion_days', 30),
]  # fmt: skip


@pytest.mark.parametrize(
    ("topic", "language", "text", "fact", "value"),
    NINTH_SESSION_FACTS
    + TENTH_SESSION_FACTS
    + ELEVENTH_SESSION_FACTS
    + TWELFTH_SESSION_FACTS
    + THIRTEENTH_SESSION_FACTS
    + FOURTEENTH_SESSION_FACTS
    + FIFTEENTH_SESSION_FACTS
    + SIXTEENTH_SESSION_FACTS
    + SEVENTEENTH_SESSION_FACTS
    + EIGHTEENTH_SESSION_FACTS
    + NINETEENTH_SESSION_FACTS
    + TWENTIETH_SESSION_FACTS
    + TWENTY_FIRST_SESSION_FACTS
    + TWENTY_SECOND_SESSION_FACTS
    + TWENTY_THIRD_SESSION_FACTS
    + TWENTY_FOURTH_SESSION_FACTS
    + TWENTY_FIFTH_SESSION_FACTS,
)
def test_later_session_facts_are_read_as_a_reviewer_would(
    topic: str, language: str, text: str, fact: str, value: Any
) -> None:
    assert finding(topic, text, language).facts[fact] == value


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        (
            "en",
            '1. Definitions. "Notice Period" means a period of thirty (30) days. 8.1 Vendor may engage Sub-processors under the general written authorisation given by Customer. 8.2 Vendor shall notify Customer of any intended new Sub-processor at least the Notice Period before it processes Customer Data. 8.3 Customer may object within ten (10) days of the notice.',
            "8.2 Vendor shall notify",
        ),
        (
            "nl",
            '1. Definities. "Kennisgevingstermijn" betekent een termijn van dertig (30) dagen. 8.1 Leverancier mag subverwerkers inschakelen op grond van de algemene toestemming van Klant. 8.2 Leverancier informeert Klant over een voorgenomen nieuwe subverwerker ten minste de Kennisgevingstermijn voordat deze gegevens verwerkt. 8.3 Klant kan binnen tien (10) dagen na de kennisgeving bezwaar maken.',
            "8.2 Leverancier informeert",
        ),
    ],
)
def test_a_notice_read_with_its_defined_period_is_no_definition_and_is_cited_first(
    language: str, text: str, first: str
) -> None:
    result = finding("subprocessors", text, language)
    assert result.facts["notice_days"] == 30
    assert result.citations[0].quote.startswith(first)


def test_a_chunk_cut_in_the_middle_of_a_sentence_is_read_from_its_start() -> None:
    # Where the chunker cut a long annex row at a line break, the next chunk starts on a lower-case
    # word; its first sentence is read from the sentence's start, so the "geen" before the cut
    # still bans the use (and no quote starts in the middle of a sentence).
    text = (
        "- Locatie: datacenters in Frankrijk. - Aanvullende afspraken: geen\n"
        "gebruik van invoer of uitvoer voor training of verbetering van modellen.\n"
    )
    cut = text.index("gebruik")
    chunk = Chunk(id="t:1", doc_id="t", text=text[cut:], start=cut, end=len(text), pages=[1])
    whole = Chunk(id="t:2", doc_id="t", text=text, start=0, end=len(text), pages=[1])
    read = _from_sentence_start([chunk, whole], text)
    assert read[0].text.startswith("geen\ngebruik van invoer") and read[0].start == text.index("geen")
    assert read[1] == whole  # a chunk that starts a sentence is read as it is
    first = topic_sentences(read[:1])[0][0]
    assert first.flat.startswith("geen gebruik van invoer")
