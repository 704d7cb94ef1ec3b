"""durations: contract wording -> days, English and Dutch (months x 30, weeks x 7, years x 365)."""

from __future__ import annotations

import pytest

from clausecheck.durations import find_durations, max_days


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("return or delete the data within thirty (30) days of termination", "thirty (30) days", 30),
        ("deleted no later than six months after the end of the agreement", "six months", 180),
        ("binnen vier weken na beëindiging retourneren of vernietigen", "vier weken", 28),
        ("Back-ups worden na 90 dagen overschreven.", "90 dagen", 90),
        ("logs are kept for one year", "one year", 365),
        ("within 14 days", "14 days", 14),
        ("within one month of the request", "one month", 30),
        ("binnen 4 weken", "4 weken", 28),
        ("at least thirty (30) days’ notice", "thirty (30) days", 30),
        ("a 30-day notice period", "30-day", 30),
        ("within ten working days", "ten working days", 10),
        ("twenty-one (21) calendar days before", "twenty-one (21) calendar days", 21),
        ("binnen veertig kalenderdagen", "veertig kalenderdagen", 40),
    ],
)
def test_a_duration_in_words_or_digits_becomes_days(text: str, phrase: str, days: int) -> None:
    found = find_durations(text)
    assert [d for d, _, _ in found] == [days]
    # The offsets point at the phrase itself, so it can be quoted and highlighted.
    _, start, end = found[0]
    assert text[start:end].strip() == phrase


def test_a_frequency_is_not_a_duration() -> None:
    assert find_durations("Backups are taken every 24 hours.") == []
    # ... and does not hide the real retention period next to it.
    assert max_days("Backups are taken every 24 hours and kept for thirty (30) days.") == 30


def test_the_longest_period_wins_and_no_period_is_none() -> None:
    assert max_days("Data is deleted within 30 days; backups are overwritten within 90 days.") == 90
    assert max_days("Data is deleted promptly after termination.") is None
