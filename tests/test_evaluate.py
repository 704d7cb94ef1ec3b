"""Evaluation: the numbers that tell us whether clausecheck can be trusted on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clausecheck.errors import ConfigError
from clausecheck.evaluate import format_report, load_labels, quote_on_page, report_json, score
from clausecheck.models import TOPIC_IDS, Analysis, Citation, Finding

PAGE_3 = (
    "11. Deletion\n11.2 Within thirty (30) days of termination, Processor shall, at Control-\n"
    "ler's choice, return or delete all   Personal Data.\n"
)


def label(stance: str, acceptable: list[str] | None = None, **facts: Any) -> dict[str, Any]:
    return {"stance": stance, "acceptable": acceptable or [stance], "facts": facts, "evidence": []}


def labels() -> dict[str, Any]:
    topics = {
        "data_location": label("eu_only", ["eu_only", "eu_with_transfers"], regions=["EU"]),
        "ai_training": label("prohibited", instructions_only=True),
        "staff_access": label("not_addressed"),
        "deletion": label("return_or_delete", deletion_days=30, certificate=None),
        "backups": label("time_limited", backup_retention_days=90),
        "subprocessors": label("notice_and_objection", notice_days=None),
    }
    return {
        "acme-dpa": {"kind": "dpa", "language": "en", "pages": 5, "topics": topics},
        "beta-terms": {"kind": "terms", "language": "en", "pages": 2, "topics": topics},
    }


def finding(topic: str, stance: str, citations: list[Citation] | None = None, **facts: Any) -> Finding:
    return Finding(topic, stance, facts, "", citations or [])


def acme() -> Analysis:
    findings = [
        finding("data_location", "eu_with_transfers"),  # not the preferred stance, but acceptable
        finding(
            "ai_training",
            "prohibited",
            [Citation(3, "Within thirty (30) days of termination, Processor shall, at Controller's choice")],
        ),
        finding("staff_access", "broad", [Citation(3, "Processor may grant access to any employee")]),
        finding(
            "deletion",
            "return_or_delete",
            [Citation(3, "return or delete all Personal Data."), Citation(9, "return or delete")],
            deletion_days=30,
        ),
        finding("backups", "time_limited", backup_retention_days=30),
        finding("subprocessors", "notice_and_objection", notice_days=14),
    ]
    doc = {"id": "a", "filename": "acme-dpa.pdf", "sha256": "0", "pages": 5, "language": "en"}
    return Analysis(document=doc, engine="rules", findings=findings)


def run() -> Any:
    return score(labels(), {"acme-dpa": acme()}, {"acme-dpa": {3: PAGE_3, 4: "other page"}})


def test_stance_within_acceptable_counts_as_correct() -> None:
    report = run()
    location = report.topics["data_location"]
    assert (location.decisions, location.correct, location.exact) == (2, 1, 0)  # beta-terms missing
    assert report.topics["staff_access"].correct == 0


def test_missing_analysis_counts_as_misses_and_is_listed() -> None:
    report = run()
    assert report.missing_documents == ["beta-terms"]
    assert report.overall.decisions == 12
    assert report.overall.correct == 5  # acme: all but staff_access
    beta_rows = [r for r in report.rows if r.stem == "beta-terms"]
    assert len(beta_rows) == 6 and not any(r.ok for r in beta_rows) and beta_rows[0].got is None


def test_citations_must_be_verbatim_on_their_page() -> None:
    report = run()
    assert (report.citations_valid, report.citations_total) == (2, 4)
    bad = {(c.topic, c.page): c.reason for c in report.citations if not c.valid}
    assert bad == {
        ("staff_access", 3): "quote not found on page 3",
        ("deletion", 9): "page 9 is not in the document",
    }


@pytest.mark.parametrize(
    ("quote", "ok"),
    [
        ("return or delete all Personal Data.", True),  # extra spaces on the page
        ("at Controller's choice, return", True),  # "Control-\nler's" across a line break
        ("at Control- ler's choice", True),  # as printed
        ("return or destroy all Personal Data", False),
        ("   ", False),
    ],
)
def test_quote_matching_normalises_whitespace_and_line_break_hyphens(quote: str, ok: bool) -> None:
    assert quote_on_page(quote, PAGE_3) is ok


def test_compound_words_split_at_a_line_end_still_match() -> None:
    assert quote_on_page("each sub-processor", "each sub-\nprocessor shall")


def test_citations_without_page_text_are_not_counted_valid() -> None:
    report = score(labels(), {"acme-dpa": acme()}, {})
    assert report.citations_valid == 0
    assert {c.reason for c in report.citations} == {"no page text to check against"}


def test_duration_accuracy_only_over_labelled_values() -> None:
    report = run()
    deletion, backups, notice = (
        report.durations[k] for k in ("deletion_days", "backup_retention_days", "notice_days")
    )
    assert (deletion.cases, deletion.exact) == (2, 1)  # acme right; beta missing
    assert (backups.cases, backups.exact) == (2, 0)
    assert backups.misses[0] == {"stem": "acme-dpa", "expected": 90, "got": 30}
    assert notice.cases == 0  # label is null: nothing to score


def test_format_report_shows_table_overall_and_misses() -> None:
    text = format_report(run())
    for topic in TOPIC_IDS:
        assert topic in text
    assert "overall" in text and "5/12 (42%)" in text
    assert "citations verbatim on their page: 2/4 (50%)" in text
    assert "acme-dpa  staff_access: expected not_addressed, got broad" in text
    assert "acme-dpa  backup_retention_days: expected 90, got 30" in text
    assert "not analysed (counted as misses): beta-terms" in text
    assert "quote not found on page 3" in text


def test_report_json_is_plain_data() -> None:
    data = json.loads(json.dumps(report_json(run())))
    assert data["overall"] == {"decisions": 12, "correct": 5, "exact": 4, "accuracy": 5 / 12}
    assert data["citations"]["valid"] == 2 and data["citations"]["total"] == 4
    assert data["durations"]["cases"] == 4 and data["durations"]["exact"] == 1
    assert {"stem", "topic", "expected", "acceptable", "got", "ok"} == set(data["rows"][0])


def test_load_labels_reads_the_corpus_format(tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(labels()), encoding="utf-8")
    assert load_labels(path)["acme-dpa"]["topics"]["deletion"]["facts"]["deletion_days"] == 30


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "keyed by document stem"),
        ('{"x": {"pages": 1}}', "x.topics"),
        ('{"x": {"topics": {"billing": {"stance": "late"}}}}', "unknown topic"),
        ('{"x": {"topics": {"deletion": {"acceptable": []}}}}', "x.topics.deletion.stance"),
    ],
)
def test_load_labels_rejects_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "labels.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_labels(path)


def test_a_citation_on_the_labelled_clause_counts_and_one_elsewhere_does_not() -> None:
    from clausecheck.evaluate import same_clause

    evidence = {
        "page": 6,
        "quote": "Processor shall, at Controller's choice, return or delete all Personal Data",
    }
    assert same_clause(
        Citation(6, "Within 30 days Processor shall, at Controller’s choice, return or delete"), evidence
    )
    assert same_clause(Citation(7, "at Controller's choice, return or delete all Personal Data"), evidence)
    assert not same_clause(
        Citation(9, "at Controller's choice, return or delete all Personal Data"), evidence
    )
    assert not same_clause(Citation(6, "Processor shall keep a record of processing activities"), evidence)


def test_the_deciding_clause_score_and_the_language_split() -> None:
    import copy

    data = labels()
    data["acme-dpa"]["topics"] = copy.deepcopy(data["acme-dpa"]["topics"])  # the two share one dict
    data["beta-terms"]["language"] = "nl"
    data["acme-dpa"]["topics"]["deletion"]["evidence"] = [
        {"page": 3, "quote": "return or delete all Personal Data"}
    ]
    data["acme-dpa"]["topics"]["staff_access"]["evidence"] = [{"page": 3, "quote": "only staff who need it"}]
    report = score(data, {"acme-dpa": acme()}, {})
    assert (report.cite.cases, report.cite.any_hit, report.cite.first_hit) == (2, 1, 1)
    assert report.cite.misses == [{"stem": "acme-dpa", "topic": "staff_access"}]
    assert report.languages["en"].decisions == 6 and report.languages["nl"].decisions == 6
    assert report.languages["nl"].correct == 0  # beta-terms was not analysed: six misses, in Dutch
    text = format_report(report, summary_only=True)
    assert "by language: en" in text and "deciding clause cited: 1/2" in text
    assert "stance misses" not in text and "acme-dpa" not in text
    # The misses are counted by how they err, never listed: six not analysed, one more protective.
    assert report.miss_kinds() == {"false not_addressed": 6, "falsely reassuring": 1, "falsely alarming": 0}
    assert "how the misses err: false not_addressed 6" in text


def test_a_deciding_clause_not_cited_is_told_apart_by_where_it_got_lost() -> None:
    text = "1. Staff. Only staff who need it may see the data. 2. Backups are overwritten within ninety days."
    data = labels()
    topics = data["acme-dpa"]["topics"] = {k: dict(v) for k, v in data["acme-dpa"]["topics"].items()}
    topics["staff_access"]["evidence"] = [{"page": 3, "quote": "Only staff who need it may see the data."}]
    topics["backups"]["evidence"] = [{"page": 4, "quote": "Backups are overwritten within ninety days."}]
    topics["ai_training"]["evidence"] = [{"page": 2, "quote": "never used to train any model at all"}]
    topics["deletion"]["evidence"] = [{"page": 5, "quote": "deleted at the end of the contract"}]
    analysis = acme()
    read = {"staff_access": [[0, 52]], "backups": [[0, 52]], "ai_training": [[0, 52]]}
    for f in analysis.findings:
        if f.topic in read:
            f.searched = {"read": read[f.topic]}
    report = score(data, {"acme-dpa": analysis}, {}, {"acme-dpa": text})
    assert report.cite.miss_causes == {
        "read, another clause cited": 1,  # staff_access: its clause was in the passages read
        "not among the passages read": 1,  # backups: in the text, not read
        "not in the parsed text": 1,  # ai_training: the labelled words are not in our text
        "unknown": 1,  # deletion: stored without a record of what was read
    }
    assert "not cited, why: not among the passages read 1" in format_report(report, summary_only=True)


def test_a_deciding_clause_quoted_only_as_the_related_clause_is_cited_but_never_first() -> None:
    import copy

    data = {"acme-dpa": copy.deepcopy(labels()["acme-dpa"])}
    topics = data["acme-dpa"]["topics"]
    topics["staff_access"]["evidence"] = [{"page": 3, "quote": "only staff who need it"}]
    topics["backups"]["evidence"] = [{"page": 3, "quote": "backups are kept for thirty days"}]
    analysis = acme()
    for f in analysis.findings:
        if f.topic == "staff_access":  # the rules quoted another clause; the ranker put this one forward
            f.citations.append(Citation(3, "only staff who need it", role="related", why="staff"))
        if f.topic == "backups":  # no quote of the rules at all: the related clause stands alone
            f.citations = [Citation(3, "backups are kept for thirty days", role="related", why="backups")]
    report = score(data, {"acme-dpa": analysis}, {})
    cite = report.cite
    assert (cite.cases, cite.any_hit, cite.first_hit, cite.related_only) == (2, 2, 0, 2)
    assert "by the related clause alone: 2" in format_report(report)
