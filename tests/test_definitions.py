# ruff: noqa: E501 - contract wordings read best one clause per line
"""Defined periods: a sentence that names one is read with its definition, which is cited too."""

from __future__ import annotations

import pytest
from test_rules import finding

DEFINED_PERIODS = [
    # (topic, language, text, fact, days)
    ("subprocessors", "en", '1.4 "Notice Period" means a period of no less than fourteen (14) days.\n\n6.2 Vendor shall inform Customer of any intended addition or replacement of a Sub-processor. Customer may object before the end of the Notice Period.', "notice_days", 14),
    ("deletion", "nl", "1.4 Verwijdertermijn: een termijn van zestig (60) dagen na het einde van de Hoofdovereenkomst.\n\n10.2 Na het einde van de Hoofdovereenkomst zal Verwerker alle Persoonsgegevens retourneren dan wel deze verwijderen. De teruggave of verwijdering wordt in alle gevallen afgerond binnen de Verwijdertermijn.", "deletion_days", 60),
    ("deletion", "en", '1.2 "Deletion Period" shall mean thirty (30) days following the termination of the Agreement.\n\n9.1 Upon termination of the Agreement, Vendor shall delete all Customer Data within the Deletion Period.', "deletion_days", 30),
    # (stated as what it is, its name quoted, after a phrase that opens the sentence)
    ("subprocessors", "en", '7.7 The processor shall inform the controller of any intended changes to the list of sub-processors at least the Notice Period in advance, so that the controller can object.\n\nAnnex IV\nFor the purposes of Clause 7.7, the "Notice Period" is twenty-one (21) days, counted from the notice.', "notice_days", 21),
    # (a notice, not a period, by name, in a part of a schedule)
    ("subprocessors", "en", "3.1 Customer authorises Vendor to engage Sub-processors.\n3.2 Vendor shall give Customer at least the Sub-processor Notice before a new Sub-processor processes Customer Data; Customer may object.\n\nSchedule 2\nPart A: the current Sub-processors.\nPart B: Sub-processor Notice: 21 days.", "notice_days", 21),
    ("subprocessors", "en", "3.2 Vendor shall give Customer not less than the Minimum Notice before any new Sub-processor begins processing; Customer may object within the Minimum Notice.\n\nSchedule 1 - Commercial Terms\nSubscription Term: twelve (12) months.\nMinimum Notice: twenty-one (21) days.", "notice_days", 21),
]  # fmt: skip


@pytest.mark.parametrize(("topic", "language", "text", "fact", "days"), DEFINED_PERIODS)
def test_a_defined_period_counts_and_its_definition_is_quoted(
    topic: str, language: str, text: str, fact: str, days: int
) -> None:
    result = finding(topic, text, language)
    assert result.facts[fact] == days, text
    source = result.sources[fact]
    assert str(days) in result.citations[source - 1].quote, "the period shown is a period quoted"


def test_the_contract_term_is_no_period_of_deletion() -> None:
    text = '1.1 "Term" means a period of twelve (12) months from the Effective Date.\n\n9. Upon expiry of the Term, Vendor shall delete all Customer Data.'
    result = finding("deletion", text)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", None)


def test_a_period_given_in_the_sentence_itself_stands() -> None:
    text = '1.4 "Notice Period" means a period of 14 days.\n\n6.2 Vendor shall inform Customer of any new Sub-processor at least 30 days in advance; Customer may object within the Notice Period.'
    result = finding("subprocessors", text)
    assert result.facts["notice_days"] == 30


def test_a_period_named_inside_an_exception_is_the_exceptions() -> None:
    text = '1.7 "Retention Period" means seven (7) years, the period for which invoices must be kept under tax law.\n\n11.1 Upon termination, Vendor shall delete all Customer Data, except invoices, which Vendor keeps for the Retention Period.'
    result = finding("deletion", text)
    assert (result.stance, result.facts["deletion_days"]) == ("deleted", None)


def test_a_definition_stated_after_an_opening_phrase_is_quoted_whole() -> None:
    text = '7.7 The processor shall inform the controller of any intended changes to the list of sub-processors at least the Notice Period in advance, so that the controller can object.\n\nAnnex IV\nFor the purposes of Clause 7.7, the "Notice Period" is three (3) weeks.'
    result = finding("subprocessors", text)
    quote = result.citations[result.sources["notice_days"] - 1].quote
    assert quote.startswith("For the purposes of Clause 7.7"), quote
