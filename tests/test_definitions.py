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
