"""Every hostile or malformed PDF in shared/robustness ends in the state a user understands,
within the parse limit plus a few seconds, and the calling process stays healthy and small.

Expected states follow shared/robustness/SOURCES.md: what each file is, not what our parser
happened to do. Parsing always goes through the sandbox, so the flate bomb cannot hang CI.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest
from conftest import ROBUSTNESS, fixture_pdf

from clausecheck.errors import InputError
from clausecheck.parse import parse_pdf
from clausecheck.sandbox import Limits

LIMITS = Limits(seconds=6, memory_mb=1024, max_pages=1000)
SLACK = 5.0  # seconds beyond the limit for starting and killing children

EXPECTED = {
    "gen__flate-bomb-200MB-content.pdf": "too_complex",
    "gen__html-renamed.pdf": "not_pdf",
    "gen__many-pages-3000.pdf": "too_complex",  # over the page cap
    "gen__truncated-40pct-scotus-transcript-p1.pdf": "unreadable",
    "gen__xss-and-injection-text.pdf": "ok",
    "pdfminer__AcroForm_TEST.pdf": "ok",
    "pdfminer__aes-256-r6.pdf": "password_required",
    "pdfminer__issue-1113-evil-xobjects.pdf": "ok",
    "pdfminer__issue-449-vertical.pdf": "ok",
    "pdfminer__issue-625-identity-cmap.pdf": "ok",  # RC4 with an empty user password opens as is
    "pdfminer__pdf-with-jbig2.pdf": "no_text",
    "pdfminer__zen_of_python_corrupted.pdf": "ok",
    "pdfplumber__empty.pdf": "no_text",  # zero bytes: nothing to read
    "pdfplumber__federal-register-2020-17221.pdf": "ok",
    "pdfplumber__issue-848.pdf": "ok",  # junk before %PDF- must not be rejected
    "pdfplumber__issue-948-zip-renamed.pdf": "not_pdf",
    "pdfplumber__malformed-from-issue-932.pdf": "ok",
    "pdfplumber__nics-background-checks-2015-11-rotated.pdf": "ok",
    "pdfplumber__password-example.pdf": "password_required",
    "pdfplumber__scotus-transcript-p1.pdf": "ok",
    "pdfplumber__screenshot-png-renamed.pdf": "not_pdf",
    "pypdf__Seige_of_Vicksburg_Sample_OCR.pdf": "ok",  # scanned, but with an OCR text layer
    "pypdf__imagemagick-CCITTFaxDecode.pdf": "no_text",
    "pypdf__libreoffice-writer-password.pdf": "password_required",
    "pypdf__r2-owner-password.pdf": "ok",  # owner password only: opens without one
    "pypdf__r6-user-password.pdf": "ok",  # empty owner password
    "qpdf__bad-xref.pdf": "ok",
    "qpdf__empty.pdf": "no_text",  # a valid PDF with zero pages
    "qpdf__encrypted-with-images.pdf": "no_text",
    "qpdf__inherited-rotate.pdf": "ok",
    "qpdf__issue-141a.pdf": "not_pdf",
    "qpdf__issue-146.pdf": "unreadable",
    "qpdf__issue-147.pdf": "not_pdf",
    "qpdf__issue-149.pdf": "unreadable",
    "qpdf__issue-150.pdf": "not_pdf",
    "qpdf__issue-335b.pdf": "not_pdf",
    "qpdf__no-pages-types.pdf": "no_text",
    "qpdf__pages-loop.pdf": "ok",
}
PASSWORDS = {
    "pdfplumber__password-example.pdf": "test",
    "pdfminer__aes-256-r6.pdf": "usersecret",
    "pypdf__libreoffice-writer-password.pdf": "openpassword",
}


def state_of(path: Path, password: str | None = None) -> str:
    try:
        parse_pdf(path, password=password, limits=LIMITS)
    except InputError as exc:
        assert exc.reason and path.name in str(exc)
        return exc.state
    return "ok"


def test_every_robustness_file_is_listed(shared_robustness: Path) -> None:
    assert sorted(p.name for p in shared_robustness.glob("*.pdf")) == sorted(EXPECTED)


def test_sweep_ends_each_file_in_its_state_within_the_limit(shared_robustness: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wrong, slow = [], []
    for name, want in EXPECTED.items():
        started = time.monotonic()
        got = state_of(shared_robustness / name)
        took = time.monotonic() - started
        if got != want:
            wrong.append(f"{name}: {got}, expected {want}")
        if took > LIMITS.seconds + SLACK:
            slow.append(f"{name}: {took:.1f} s")
    assert not wrong, wrong
    assert not slow, slow
    # After the bomb and the rest, a good contract still parses in the same process.
    assert len(parse_pdf(fixture_pdf("nordlicht-eu-dpa"), limits=LIMITS).pages) > 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    # The bomb inflates to gigabytes in its child; the caller must not grow with it.
    assert grown_mb < 150, f"the calling process grew by {grown_mb:.0f} MB"


@pytest.mark.parametrize("name", sorted(PASSWORDS))
def test_encrypted_file_opens_with_its_password_and_not_with_a_wrong_one(name: str) -> None:
    if not ROBUSTNESS.is_dir():
        pytest.skip("../shared/robustness is absent")
    path = ROBUSTNESS / name
    assert state_of(path, PASSWORDS[name]) == "ok"
    with pytest.raises(InputError) as raised:
        parse_pdf(path, password="not-the-password", limits=LIMITS)
    assert raised.value.state == "password_required"
    assert "password given does not open" in raised.value.reason


def test_the_memory_limit_stops_a_bomb_before_the_time_limit(shared_robustness: Path) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as raised:
        parse_pdf(
            shared_robustness / "gen__flate-bomb-200MB-content.pdf", limits=Limits(seconds=60, memory_mb=300)
        )
    assert raised.value.state == "too_complex"
    assert "300 MB" in raised.value.reason
    assert time.monotonic() - started < 30


def test_page_cap_is_a_setting() -> None:
    with pytest.raises(InputError) as raised:
        parse_pdf(fixture_pdf("nordlicht-eu-dpa"), limits=Limits(max_pages=2))
    assert raised.value.state == "too_complex" and "limit of 2" in raised.value.reason
