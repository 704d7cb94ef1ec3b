"""Every hostile or malformed PDF in shared/robustness ends in the state a user understands,
and the calling process stays healthy and small.

Expected states follow shared/robustness/SOURCES.md: what each file is, not what our parser
happened to do. No outcome here depends on how fast the machine is: the sweep's time limit is one
no machine comes near, the bomb is stopped by memory and the 3,000 pages by the page cap. The time
limit has its own test, with a file made to need far more time than that limit on any machine.
"""

from __future__ import annotations

import resource
import zlib
from pathlib import Path

import pytest
from conftest import fixture_pdf

from clausecheck.errors import InputError
from clausecheck.parse import parse_pdf
from clausecheck.sandbox import Limits

# Ten minutes: far beyond what the slowest file needs on a busy machine, so no state here is a
# matter of speed; a hang would still end. 384 MB holds every real file here, but not the bomb's
# 200 MB stream inflated beside its compressed copy, so the bomb ends within a second by memory,
# on any machine. (With 1 GB it inflates, then pdfminer grinds through it for minutes.)
LIMITS = Limits(seconds=600, memory_mb=384, max_pages=1000)

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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_ends_in_its_state(name: str, shared_robustness: Path) -> None:
    assert state_of(shared_robustness / name) == EXPECTED[name]


def test_after_the_bomb_the_caller_is_small_and_still_parses(shared_robustness: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert state_of(shared_robustness / "gen__flate-bomb-200MB-content.pdf") == "too_complex"
    # A good contract still parses in the same process.
    assert len(parse_pdf(fixture_pdf("nordlicht-eu-dpa"), limits=LIMITS).pages) > 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    # The bomb inflates to gigabytes in its child; the caller must not grow with it.
    assert grown_mb < 150, f"the calling process grew by {grown_mb:.0f} MB"


@pytest.mark.parametrize("name", sorted(PASSWORDS))
def test_encrypted_file_opens_with_its_password_and_not_with_a_wrong_one(
    name: str, shared_robustness: Path
) -> None:
    path = shared_robustness / name
    assert state_of(path, PASSWORDS[name]) == "ok"
    with pytest.raises(InputError) as raised:
        parse_pdf(path, password="not-the-password", limits=LIMITS)
    assert raised.value.state == "password_required"
    assert "password given does not open" in raised.value.reason


def test_the_memory_limit_stops_a_bomb_before_the_time_limit(shared_robustness: Path) -> None:
    with pytest.raises(InputError) as raised:
        parse_pdf(
            shared_robustness / "gen__flate-bomb-200MB-content.pdf", limits=Limits(seconds=600, memory_mb=300)
        )
    # The reason names the memory limit: memory, not the clock, stopped it.
    assert raised.value.state == "too_complex"
    assert "300 MB" in raised.value.reason


def costly_pdf(path: Path, pages: int = 900, lines: int = 100) -> Path:
    """A valid PDF whose every page shows `lines` lines of text through one shared content stream:
    a few KB on disk, but pdfminer lays out 90,000 lines, minutes of work on a fast machine."""
    shown = b"".join(b"1 0 0 1 20 %d Tm (clause %d: data is processed in the EU) Tj\n" % (800 - 7 * i, i)
                     for i in range(lines))  # fmt: skip
    stream = zlib.compress(b"BT /F1 6 Tf\n" + shown + b"ET\n")
    first_page = 5  # objects 1-4: catalog, page tree, font, content stream
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>")  # fmt: skip
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *[page] * pages,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_a_file_that_needs_more_time_than_the_limit_ends_as_too_complex(tmp_path: Path) -> None:
    # Two seconds against minutes of work: the margin is a hundredfold on the fastest machine,
    # and a slower one only makes the file later still.
    with pytest.raises(InputError) as raised:
        parse_pdf(costly_pdf(tmp_path / "costly.pdf"), limits=Limits(seconds=2, memory_mb=1024))
    assert raised.value.state == "too_complex"
    assert "more than 2 s" in raised.value.reason


def test_the_costly_file_is_a_good_pdf_that_parses_when_given_the_time(tmp_path: Path) -> None:
    """The file above ends by the clock, not by being broken: a few of its pages read normally."""
    document = parse_pdf(costly_pdf(tmp_path / "few.pdf", pages=2), limits=LIMITS)
    assert len(document.pages) == 2
    assert "clause 7: data is processed in the EU" in document.pages[0].text


def test_page_cap_is_a_setting() -> None:
    with pytest.raises(InputError) as raised:
        parse_pdf(fixture_pdf("nordlicht-eu-dpa"), limits=Limits(max_pages=2))
    assert raised.value.state == "too_complex" and "limit of 2" in raised.value.reason
