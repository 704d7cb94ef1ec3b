"""prefilter: the words a pattern needs rule out only texts it cannot match."""

from __future__ import annotations

import re
import sys

import pytest

from clausecheck.prefilter import Needs, fold, required_words


def may_match(needs: Needs, text: str) -> bool:
    """What SignalIndex tests: a word of each needed set stands in the folded text."""
    folded = fold(text)
    return all(any(word in folded for word in words) for words in needs)


def needs(pattern: str) -> set[frozenset[str]]:
    return set(required_words(re.compile(pattern, re.IGNORECASE)))


def test_a_sequence_needs_each_of_its_parts() -> None:
    assert needs(r"\b(data|\w*gegevens)\b[^.]{0,40}\b(deleted|erased)\b") == {
        frozenset({"data", "gegevens"}),
        frozenset({"deleted", "erased"}),
    }


def test_optional_parts_look_arounds_and_classes_need_nothing() -> None:
    assert needs(r"servers?") == {frozenset({"server"})}
    assert needs(r"(?<!your\s)staff") == {frozenset({"staff"})}
    assert needs(r"^(?!.*\bphone\b).*\badmin") == {frozenset({"admin"})}
    assert needs(r"(backups?)?\s*\d+") == set()
    assert needs(r"ge[iï]nformeerd") == {frozenset({"ge"}), frozenset({"nformeerd"})}
    assert needs(r"a|\d") == set()  # one branch needs no word: the pattern needs none


def test_a_repeat_needs_its_body_only_when_it_must_occur() -> None:
    assert needs(r"(ab)+c") == {frozenset({"ab"}), frozenset({"c"})}
    assert needs(r"(ab)*c") == {frozenset({"c"})}


def test_the_most_telling_words_come_first() -> None:
    found = required_words(re.compile(r"\b(a|b)\s+(retention|bewaartermijn)", re.IGNORECASE))
    assert found[0] == frozenset({"retention", "bewaartermijn"})


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"\bDeleted\b", "The data is DELETED."),
        (r"\bstorage\b", "ſtorage"),  # the long s matches "s" ignoring case
        (r"kept", "\u212aept"),  # the Kelvin sign matches "k"
        (r"\binside\b", "\u0130nside"),  # lower() would make the dotted I two characters
        (r"\bisland\b", "\u0131sland"),
    ],
)
def test_a_text_the_pattern_matches_is_never_ruled_out(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert compiled.search(text)
    assert may_match(required_words(compiled), text)


def test_a_text_without_the_words_is_ruled_out() -> None:
    compiled = re.compile(r"\b(subprocessors?|subverwerkers?)\b", re.IGNORECASE)
    assert not may_match(required_words(compiled), "Backups are kept for 30 days.")


def test_fold_maps_every_character_that_matches_an_ascii_one() -> None:
    # fold() must give the ASCII character for every character that re.IGNORECASE matches to one,
    # or a word could be missed in a text the pattern matches. Checked for this Python's tables.
    ascii_char = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if ascii_char.fullmatch(char):
            folded = fold(char)
            assert folded.isascii() and re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(code)
