"""Each topic has one home (readers/<topic>.py and prompts/<topic>.yaml): the code's stances, fact
keys and risks must be the ones the YAML, the vocabulary and the spec name."""

from __future__ import annotations

import pytest
import yaml

from clausecheck.models import TOPIC_IDS
from clausecheck.playbook import DEFAULT_RISK, default_prompts_dir
from clausecheck.readers import READERS
from clausecheck.topics import load_topics

PROMPTS = default_prompts_dir()


def test_the_registry_holds_the_spec_topics_in_order() -> None:
    assert tuple(READERS) == TOPIC_IDS


@pytest.mark.parametrize("topic", TOPIC_IDS)
def test_a_topics_stances_in_code_are_those_of_its_yaml_and_the_vocabulary(topic: str) -> None:
    reader = READERS[topic]
    yaml_topic = {t.id: t for t in load_topics(PROMPTS)}[topic]
    assert tuple(yaml_topic.stances) == reader.stances
    assert tuple(yaml_topic.summaries) == reader.stances or set(yaml_topic.summaries) == set(reader.stances)
    vocabulary = yaml.safe_load((PROMPTS / "vocabulary.yaml").read_text(encoding="utf-8"))
    assert tuple(vocabulary["topics"][topic]["stances"]) == reader.stances
    assert set(DEFAULT_RISK[topic]) == set(reader.stances)
    assert reader.stances[-1] == "not_addressed"


@pytest.mark.parametrize("topic", TOPIC_IDS)
def test_every_summary_fills_in_from_the_facts_the_topic_names(topic: str) -> None:
    reader = READERS[topic]
    yaml_topic = {t.id: t for t in load_topics(PROMPTS)}[topic]
    known = {k: (["DE", "US"] if k in ("regions", "transfer_mechanisms") else 30) for k in reader.facts}
    for facts in (dict.fromkeys(reader.facts), known):
        for stance in reader.stances:
            summary = yaml_topic.summaries[stance].format(**reader.summary_phrases(facts))
            assert summary and "{" not in summary
