"""durations: contract wording -> days, English and Dutch (months x 30, weeks x 7, years x 365)."""

from __future__ import annotations

import pytest

from clausecheck.durations import NUMBER_WORDS, find_durations, max_days


def assert_one_period(text: str, phrase: str, days: int) -> None:
    """The text holds one period, of `days`, and its offsets point at the phrase itself, so it can be
    quoted and highlighted."""
    found = find_durations(text)
    assert [d for d, _, _ in found] == [days]
    _, start, end = found[0]
    assert text[start:end].strip() == phrase


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
        ("within ten working days", "ten working days", 14),
        ("twenty-one (21) calendar days before", "twenty-one (21) calendar days", 21),
        ("binnen veertig kalenderdagen", "veertig kalenderdagen", 40),
    ],
)
def test_a_duration_in_words_or_digits_becomes_days(text: str, phrase: str, days: int) -> None:
    assert_one_period(text, phrase, days)


def test_a_frequency_is_not_a_duration() -> None:
    assert find_durations("Backups are taken every 24 hours.") == []
    # ... and does not hide the real retention period next to it.
    assert max_days("Backups are taken every 24 hours and kept for thirty (30) days.") == 30


def test_the_longest_period_wins_and_no_period_is_none() -> None:
    assert max_days("Data is deleted within 30 days; backups are overwritten within 90 days.") == 90
    assert max_days("Data is deleted promptly after termination.") is None


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # Compound number words are read whole, never as their last word.
        ("The supplier erases the records within forty-two days of the request.", "forty-two days", 42),
        ("Archived exports are purged after one hundred and fifty days.", "one hundred and fifty days", 150),
        ("Audit trails are kept for a hundred days.", "a hundred days", 100),
        ("Old tickets are closed after seventy five days.", "seventy five days", 75),
        ("Vendor shall destroy the copies within twenty-three (23) days.", "twenty-three (23) days", 23),
        (
            "De leverancier wist de bestanden binnen zesenveertig dagen na het verzoek.",
            "zesenveertig dagen",
            46,
        ),
        ("Logbestanden worden honderdvijftig dagen bewaard.", "honderdvijftig dagen", 150),
        ("Kopieën worden na tweeëntwintig dagen vernietigd.", "tweeëntwintig dagen", 22),
        ("De bewaartermijn is eenendertig dagen.", "eenendertig dagen", 31),
        ("Gegevens worden tweehonderd dagen bewaard.", "tweehonderd dagen", 200),
    ],
)
def test_a_compound_number_word_counts_whole(text: str, phrase: str, days: int) -> None:
    assert_one_period(text, phrase, days)


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # The figure may come first (the usual Dutch order) or the word: the number counts once.
        ("Vendor removes the account within 45 (forty-five) days.", "45 (forty-five) days", 45),
        ("Vendor removes the account within sixty (60) days.", "sixty (60) days", 60),
        ("Notice is given 1 (one) month ahead.", "1 (one) month", 30),
        ("Verwerker vernietigt de kopieën binnen 14 (veertien) dagen.", "14 (veertien) dagen", 14),
        ("Wijzigingen worden uiterlijk 2 (twee) maanden vooraf gemeld.", "2 (twee) maanden", 60),
        ("Back-ups worden na 1 (één) week overschreven.", "1 (één) week", 7),
        ("De gegevens worden binnen vijftig (50) dagen gewist.", "vijftig (50) dagen", 50),
        ("Binnen 35 (vijfendertig) dagen worden de gegevens gewist.", "35 (vijfendertig) dagen", 35),
    ],
)
def test_a_number_in_words_and_figures_counts_once_in_either_order(text: str, phrase: str, days: int) -> None:
    assert_one_period(text, phrase, days)


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # Half a year is six months (180), whichever way it is written.
        ("Snapshots are held for half a year before they expire.", "half a year", 180),
        ("Mail archives are kept for a half-year.", "a half-year", 180),
        ("De gegevens blijven daarna nog een half jaar bewaard.", "een half jaar", 180),
        ("Verwerker bewaart de logregels een halfjaar.", "een halfjaar", 180),
        ("De termijn van half jaar geldt ook voor kopieën.", "half jaar", 180),
        ("Verwerker bewaart de logbestanden zes maanden.", "zes maanden", 180),
        # One and a half: a year and half a year, or a unit and its half.
        ("Facturen worden anderhalf jaar bewaard.", "anderhalf jaar", 545),
        ("Meldingen worden binnen anderhalve maand afgehandeld.", "anderhalve maand", 45),
        ("Records are retained for one and a half years.", "one and a half years", 545),
        ("Records are retained for a year and a half.", "a year and a half", 545),
        ("Logs worden 1,5 jaar bewaard.", "1,5 jaar", 545),
        # A fortnight is two weeks.
        ("Files are wiped within a fortnight of the request.", "a fortnight", 14),
        ("We give at least a fortnight's notice of any change.", "a fortnight's", 14),
        ("Backups are overwritten after two fortnights.", "two fortnights", 28),
        # Calendar months, weeks and days count like months, weeks and days.
        ("The data is deleted within three calendar months.", "three calendar months", 90),
        ("Binnen één kalendermaand worden de gegevens vernietigd.", "één kalendermaand", 30),
        ("De kopieën worden binnen twee kalendermaanden gewist.", "twee kalendermaanden", 60),
        ("Bezwaar kan uiterlijk vijftien kalenderdagen na de melding.", "vijftien kalenderdagen", 15),
        # Working and business days become calendar days: five of them make a week.
        ("Verwerker meldt dit binnen acht werkdagen.", "acht werkdagen", 10),
        ("Vendor confirms deletion within five business days.", "five business days", 7),
        ("Bezwaar binnen vijftien werkdagen na de melding.", "vijftien werkdagen", 21),
        ("Vendor replies within three (3) business days.", "three (3) business days", 3),
        # A quarter is three months.
        ("Backup media are overwritten within one quarter of the deletion.", "one quarter", 90),
        ("Accounts worden binnen een kwartaal na het einde verwijderd.", "een kwartaal", 90),
        ("Logs are kept for two quarters.", "two quarters", 180),
        # Twelve months are twelve times thirty days; a year is 365.
        ("Archives are kept for twelve (12) months.", "twelve (12) months", 360),
        ("Archieven worden 24 maanden bewaard.", "24 maanden", 720),
        # Plain weeks and months, in Dutch.
        ("De gegevens worden binnen zes weken verwijderd.", "zes weken", 42),
        ("Verwerker vernietigt de gegevens binnen een maand.", "een maand", 30),
    ],
)
def test_halves_fortnights_and_calendar_units(text: str, phrase: str, days: int) -> None:
    assert_one_period(text, phrase, days)


def test_every_way_of_saying_half_a_year_agrees() -> None:
    wordings = ["six months", "zes maanden", "half a year", "a half year", "een half jaar", "een halfjaar"]
    assert {max_days(f"kept for {w}") for w in wordings} == {180}


@pytest.mark.parametrize(
    "text",
    [
        "Restores are tested twice a year.",
        "Access reviews take place three times a year.",
        "De back-ups worden halfjaarlijks getest.",
        "De back-ups worden elk half jaar getest.",
        "De logbestanden worden ieder half jaar gecontroleerd.",
        "A half-yearly report is sent to the customer.",
        "Incidents are acknowledged within half an hour.",
        "Storingen worden binnen een half uur opgepakt.",
        # a quarter as a frequency or a share, not a period
        "Verwerker voert eenmaal per kwartaal een hersteltest uit.",
        "Backup media are rotated on a quarterly cycle.",
        "Fees are reduced by a quarter of the monthly charge.",
        "Fees shall be reduced by one quarter.",
        "Requests are answered within one quarter of an hour.",
        # a report up to today, not a period
        "Vendor provides a year-to-date payroll export on request.",
        "A month to date summary is shown in the dashboard.",
    ],
)
def test_frequencies_and_periods_under_a_day_are_no_period(text: str) -> None:
    assert find_durations(text) == []


def test_a_following_half_yearly_is_not_half_of_the_period_before() -> None:
    assert max_days("Data is deleted within 30 days and a half-yearly report confirms it.") == 30


def test_number_words_holds_single_dutch_compounds() -> None:
    # sentences.py looks up the word before a "(35)" here to tell it repeats the number.
    assert NUMBER_WORDS["vijfendertig"] == 35
    assert NUMBER_WORDS["honderdtwintig"] == 120
    assert NUMBER_WORDS["thirty"] == 30


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Vendor shall give notice no later than the 15th day before the new Sub-processor starts.", 15),
        ("The notice is sent on or before the thirtieth (30th) day preceding the change.", 30),
        ("Data is erased by the twenty-first day after termination.", 21),
        ("Vendor notifies the customer no later than the tenth business day before the change.", 14),
        ("Verwerker informeert uiterlijk op de 14e dag voor de inschakeling.", 14),
        ("Leverancier meldt dit uiterlijk de veertiende dag voorafgaand aan de wijziging.", 14),
        ("De gegevens worden op de dertigste dag na het einde verwijderd.", 30),
    ],
)
def test_a_day_counted_by_its_ordinal_is_a_period(text: str, days: int) -> None:
    assert [d for d, _, _ in find_durations(text)] == [days]


@pytest.mark.parametrize(
    "text",
    [
        "Invoices are sent on the 15th day of each month.",
        "Retention starts on the first day after termination.",
        "Facturen worden op de vijftiende dag van de maand verstuurd.",
    ],
)
def test_a_day_of_the_month_or_the_first_day_is_no_period(text: str) -> None:
    assert find_durations(text) == []
