"""A cheap test that rules out a regular expression before it is searched.

Retrieval counts, for every chunk, which of the topics' signal patterns it holds: some 400
case-insensitive patterns, most of which find nothing in most chunks, and whose searches took
most of retrieval's time. Nearly every pattern needs some plain word to stand in a match
("deleted", "gegevens" or "informatie", ...). `required_words` reads those words off the parsed
pattern; when none of them stands in a text (a substring test, far cheaper than a search), the
pattern cannot match it. The test only rules out: a pattern that may match is still searched, so
the hits are exactly those of searching every pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

# re's own parser (public as sre_parse until Python 3.11, which deprecated that name). A pattern
# it cannot read, or an operation not handled below, only means "no words known": never a miss.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

Words = frozenset[str]  # one of these words stands in every match
Needs = tuple[Words, ...]  # each of these sets has a word in every match

# Under re.IGNORECASE these four non-ASCII letters match ASCII ones ("ſ" matches "s"); lower()
# alone does not map them so (and turns "İ" into two characters). Every other character that
# matches an ASCII character ignoring case is that character in upper or lower case
# (tests/test_prefilter.py checks this for the Python in use).
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """The text as the words of `required_words` are written: ASCII letters in lower case."""
    return text.translate(_ASCII_LOOKALIKES).lower()


@lru_cache(maxsize=4096)
def required_words(pattern: re.Pattern[str]) -> Needs:
    """What every match of the pattern holds: sets of words (ASCII, lower case), each with one
    word in every match; the most telling set first, so a text is usually ruled out by it.
    Empty when nothing is known."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return ()
    return tuple(sorted(set(_sequence(list(parsed))), key=_telling))


def _telling(words: Words) -> tuple[int, int]:
    """Longer words are rarer, and fewer of them are fewer chances for a text to hold one."""
    return -min(map(len, words)), len(words)


def _sequence(items: list[tuple[Any, Any]]) -> list[Words]:
    """A sequence matches only if each of its items does, so it needs what each item needs; a run
    of literal characters needs itself."""
    needs: list[Words] = []
    run = ""
    for op, arg in items:
        char = _ascii_literal(op, arg)
        if char is not None:
            run += char
            continue
        if run:
            needs.append(frozenset([run]))
            run = ""
        needs += _item(op, arg)
    if run:
        needs.append(frozenset([run]))
    return needs


def _ascii_literal(op: Any, arg: Any) -> str | None:
    if op is sre.LITERAL and arg < 128:
        return chr(arg).lower()
    return None


def _item(op: Any, arg: Any) -> list[Words]:
    """What one item of a sequence needs ([] when nothing we know of)."""
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[-1]))  # (group, add flags, del flags, pattern)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is sre.BRANCH:
        return _either([_sequence(list(branch)) for branch in arg[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else []
    return []  # classes, anchors, look-arounds, back references: nothing known


def _either(branches: list[list[Words]]) -> list[Words]:
    """One of the branches matches: a word from each branch's most telling set."""
    if not branches or not all(branches):
        return []
    return [frozenset().union(*(min(needs, key=_telling) for needs in branches))]
