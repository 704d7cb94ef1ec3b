"""The engines behind one interface: `rules` (default, offline), `llm` and `hybrid`.

An Engine is called like the rules extractor, `engine(topic, retrieved, doc) -> Finding`, so the
pipeline does not care which one runs. The LLM engines fall back to the rules finding when the
model fails, record why in the finding, and collect one warning per distinct failure for the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Document, Finding
from ..retrieve import Retrieved
from ..settings import ENGINES, Settings
from ..topics import Topic
from .llm import LLMConfig, LLMError, extract_llm
from .rules import extract


@dataclass
class Engine:
    name: str = "rules"
    config: LLMConfig | None = None
    warnings: list[str] = field(default_factory=list)
    contacted: bool = False  # a request with contract text went (or was attempted) to the model
    unreachable: str = ""  # why the endpoint is taken as down for the rest of this document

    @property
    def model(self) -> str:
        """ "provider:model at host" for an LLM engine, "" for rules."""
        return self.config.describe() if self.config else ""

    @property
    def sent_to(self) -> str:
        """The host contract text was sent to, "" when none was."""
        return self.config.host if self.config and self.contacted else ""

    @classmethod
    def create(cls, name: str, settings: Settings) -> Engine:
        """The engine by name; for llm/hybrid the endpoint comes from the settings.

        Raises LLMError when an LLM engine is asked for and none is configured.
        """
        if name not in ENGINES:
            raise LLMError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
        if name == "rules":
            return cls("rules")
        config = LLMConfig.from_settings(settings)
        if config is None:
            raise LLMError(
                f"--engine {name} needs a model: set CLAUSECHECK_LLM_PROVIDER (ollama or openai), "
                "CLAUSECHECK_LLM_MODEL and CLAUSECHECK_LLM_BASE_URL (see the README)"
            )
        return cls(name, config)

    def _sending(self) -> None:
        self.contacted = True

    def _fallback(self, rules: Finding, reason: str) -> Finding:
        assert self.config is not None
        rules.searched["llm_error"] = reason
        rules.searched["model"] = self.config.describe()
        return rules

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def __call__(self, topic: Topic, retrieved: Retrieved, doc: Document) -> Finding:
        rules = extract(topic, retrieved, doc)
        rules.searched["engine"] = "rules"
        if self.config is None:
            return rules
        if self.unreachable:
            # The endpoint did not answer for an earlier topic: do not wait for it again.
            return self._fallback(rules, f"not asked: {self.unreachable}")
        try:
            finding = extract_llm(topic, retrieved, doc, self.config, on_send=self._sending)
        except LLMError as exc:
            if exc.unreachable:
                self.unreachable = str(exc)
            self._warn(f"{exc}; the rules engine answered instead")
            return self._fallback(rules, str(exc))
        if self.name == "hybrid":
            finding.searched["engine"] = "hybrid"
            finding.searched["rules_stance"] = rules.stance
            finding.searched["disagreement"] = rules.stance != finding.stance
        return finding
