# ruff: noqa: E501 - a table of contract wordings reads best one sentence per line
"""The rules engine on the wordings contracts use (GDPR art. 28 and the phrasebook), one clause
at a time: each sentence below is how real DPAs say it, not a copy of any corpus document."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.chunk import chunk_document
from clausecheck.extract.rules import extract
from clausecheck.models import Document, Page
from clausecheck.retrieve import retrieve
from clausecheck.topics import load_topics

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
TOPICS = {t.id: t for t in load_topics(PROMPTS)}


def finding(topic: str, text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    doc = Document(filename="t.pdf", sha256="0", pages=[Page(1, 595, 842, text)], language=language, id="t")
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
