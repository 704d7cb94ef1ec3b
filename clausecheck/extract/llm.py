"""The optional LLM engine: a model reads the retrieved clauses and answers one topic.

The only module that imports langchain (lazily, inside functions), so clausecheck without the
`llm` extra never loads it. Nothing is contacted unless CLAUSECHECK_LLM_PROVIDER and
CLAUSECHECK_LLM_MODEL are set. Every quote the model returns is checked against the document:
verbatim (after white-space normalisation) -> kept; a near match -> repaired to the exact span
of the page text; anything else -> dropped. A finding left without a verified citation is
marked unverified (`searched["verified"] = False`), and the playbook never rates it low.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any
from urllib.parse import urlparse

from ..errors import ClausecheckError
from ..models import Chunk, Citation, Document, Finding
from ..readers import READERS
from ..retrieve import Retrieved
from ..sentences import lead_in_before
from ..settings import API_KEY_ENV, PROVIDERS, Settings
from ..topics import Topic
from ..verify import flat_with_map, normalise, verify_all
from .facts import caveats, fact_sources, trace_facts

DEFAULT_BASE_URLS = {"ollama": "http://127.0.0.1:11434", "openai": "https://api.openai.com/v1"}
NEAR_MATCH = 0.9
MAX_ANSWER_TOKENS = 1500  # a JSON answer with four quotes needs a few hundred; this bounds a runaway
MAX_CITATIONS = 4
CHUNK_CHARS = 2500  # of each retrieved clause sent to the model
# The facts the rules engine records and the playbook reads, so both engines' facts compare.


class LLMError(ClausecheckError):
    """The LLM engine could not give a usable answer; the rules engine answers instead.

    `unreachable`: the endpoint did not answer at all (refused, down, timed out), so asking it
    about the next topic would only cost another timeout.
    """

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


@dataclass(frozen=True)
class LLMConfig:
    provider: str
    model: str
    base_url: str
    api_key: str | None = None  # from the environment only; never stored, never shown
    allow_insecure: bool = False
    timeout: float = 60.0
    max_retries: int = 1

    @property
    def host(self) -> str:
        return urlparse(self.base_url).hostname or ""

    def describe(self) -> str:
        """Provider, model and host: what a user may be shown (never the key)."""
        return f"{self.provider}:{self.model} at {self.host}"

    @classmethod
    def from_settings(cls, settings: Settings, env: Mapping[str, str] = os.environ) -> LLMConfig | None:
        """The configured endpoint, or None when no LLM is configured (then nothing is contacted).

        Provider, model and URL come from the settings (flags, environment, settings file); the
        API key only from the environment.
        """
        provider, model = settings.llm_provider, settings.llm_model
        if not provider and not model:
            return None
        if provider not in PROVIDERS:
            raise LLMError(f"set CLAUSECHECK_LLM_PROVIDER to one of {', '.join(PROVIDERS)}")
        if not model:
            raise LLMError("CLAUSECHECK_LLM_MODEL is not set: name the model to use")
        config = cls(
            provider=provider,
            model=model,
            base_url=settings.llm_base_url or DEFAULT_BASE_URLS[provider],
            api_key=env.get(API_KEY_ENV) or None,
            allow_insecure=settings.llm_allow_insecure,
            timeout=max(settings.llm_timeout, 0.1),
            max_retries=max(settings.llm_max_retries, 0),
        )
        config.check_transport()
        return config

    def check_transport(self) -> None:
        """Refuse plain http to a host other than this machine unless explicitly allowed."""
        url = urlparse(self.base_url)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise LLMError(f"CLAUSECHECK_LLM_BASE_URL {self.base_url!r} is not an http(s) URL")
        if url.scheme == "http" and not _is_loopback(url.hostname) and not self.allow_insecure:
            raise LLMError(
                f"refusing to send contract text to {url.hostname} over plain http: use https, "
                "or set CLAUSECHECK_LLM_ALLOW_INSECURE=1 if the network is yours"
            )


def _is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "ip6-localhost"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --- the prompt --------------------------------------------------------------------------------

SYSTEM = (
    "You are a careful contract reviewer. Answer only from the clauses given. Reply with one JSON "
    "object and nothing else."
)


# The same count as durations.py, so a number the model gives can be traced to its quote.
DAYS_RULE = (
    "Days are calendar days: months x 30 (twelve months are 360), quarters x 90, weeks x 7, a year "
    "written as a year 365, and each five working or business days make a week of seven (ten business "
    "days are 14, three are 3).\n"
)


def build_prompt(topic: Topic, retrieved: Retrieved, doc: Document | None = None) -> str:
    """The topic's prompt with its retrieved clauses; a clause that continues a list is given the
    list's lead-in, so "(b) use the data to train" is read with "The Processor shall not:"."""
    stances = "\n".join(f"- {name}: {definition}" for name, definition in topic.stances.items())
    text = doc.text if doc else ""

    def lead(chunk: Chunk) -> str:
        found = lead_in_before(text, chunk.start) if text else ""
        return f"(continues: {found} ...)\n" if found else ""

    clauses = "\n\n".join(
        f"[chunk_id: {c.id} | pages: {', '.join(map(str, c.pages))} | section: {c.section or '-'}]\n"
        f"{lead(c)}{c.text[:CHUNK_CHARS]}"
        for c in retrieved.read
    )
    return (
        f"{topic.prompt.strip()}\n\n"
        f"Question: {topic.question}\n\n"
        f"Choose exactly one stance from this vocabulary:\n{stances}\n\n"
        f"Facts to report (keys): {READERS[topic.id].fact_prompt}\n"
        f"{DAYS_RULE if '_days' in READERS[topic.id].fact_prompt else ''}\n"
        f"Clauses retrieved from the document:\n\n{clauses or '(none)'}\n\n"
        "Reply with JSON of this shape:\n"
        '{"stance": "<one stance id from the vocabulary>", "facts": {<key facts, e.g. days>}, '
        '"summary": "<one sentence>", "citations": [{"chunk_id": "<id of the clause>", '
        '"quote": "<words copied exactly from that clause>"}]}\n'
        "Quote the clause text verbatim; cite every clause you relied on; if the clauses do not "
        'answer the question, the stance is "not_addressed" with no citations.'
    )


# --- calling the model -------------------------------------------------------------------------


def _client(config: LLMConfig) -> Any:
    try:
        if config.provider == "openai":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI(
                model=config.model,
                base_url=config.base_url,
                api_key=config.api_key or "not-needed",  # type: ignore[arg-type]
                timeout=config.timeout,
                max_retries=0,  # retries are ours, the same for both providers
                temperature=0,
                max_completion_tokens=MAX_ANSWER_TOKENS,
            )
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=config.model,
            base_url=config.base_url,
            temperature=0,
            format="json",
            num_predict=MAX_ANSWER_TOKENS,
            client_kwargs={"timeout": config.timeout},
        )
    except ImportError as exc:
        raise LLMError(
            f"the LLM engine needs the optional packages: pip install 'clausecheck[llm]' ({exc})"
        ) from exc


def _describe_failure(exc: Exception, config: LLMConfig) -> tuple[str, bool]:
    """The failure in words for the user, and whether the endpoint is unreachable."""
    name = type(exc).__name__
    where = config.describe()
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(exc, TimeoutError) or "Timeout" in name or "timed out" in str(exc).lower():
        return f"the model {where} did not answer within {config.timeout:g} s", True
    if status:
        return f"the model {where} returned HTTP {status}: {str(exc)[:200]}", False
    if "Connect" in name or "connection" in str(exc).lower():
        return f"cannot reach the model {where}: is it running? ({name})", True
    return f"the model {where} failed: {name}: {str(exc)[:200]}", False


def _redact(message: str, config: LLMConfig) -> str:
    """Some proxies echo the request's key in their error text: it must not reach a page or a file."""
    return message.replace(config.api_key, "***") if config.api_key else message


def ask(config: LLMConfig, prompt: str, on_send: Callable[[], None] | None = None) -> str:
    """The model's raw reply to the prompt, with a bounded retry; LLMError when it fails.

    Each call is also bounded in wall-clock time: the clients' timeouts apply to each read, and a
    model that streams slowly (or white space for ever, as JSON modes sometimes do) could
    otherwise hold a topic without end. `on_send` is told just before text first leaves.
    """
    client = _client(config)
    messages = [("system", SYSTEM), ("human", prompt)]
    message, unreachable = "", False
    for _attempt in range(config.max_retries + 1):
        if on_send:
            on_send()
        # Not a `with` block: on a timeout the call is abandoned, not waited for.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clausecheck-llm")
        try:
            reply = pool.submit(client.invoke, messages).result(timeout=config.timeout + 5)
        except Exception as exc:  # every client error becomes one message for the user
            message, unreachable = _describe_failure(exc, config)
            continue
        finally:
            pool.shutdown(wait=False)
        content = reply.content
        return content if isinstance(content, str) else json.dumps(content)
    raise LLMError(_redact(message, config), unreachable=unreachable)


# --- the answer --------------------------------------------------------------------------------


def _json_object(raw: str) -> Any:
    """The JSON the model meant: the whole reply, or the first object in it.

    Chat models that are not in a JSON mode often wrap the object in a code fence or a sentence
    ("Here is the answer: {...}"); the object itself is still checked against the schema.
    """
    text = raw.strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError as first_error:
        start = text.find("{")
        while start >= 0:
            try:
                return json.JSONDecoder().raw_decode(text, start)[0]
            except json.JSONDecodeError:
                start = text.find("{", start + 1)
        raise first_error


def parse_answer(raw: str, topic: Topic, config: LLMConfig) -> Any:
    from pydantic import BaseModel, Field, ValidationError

    class Quote(BaseModel):
        chunk_id: str = ""
        quote: str

    class Answer(BaseModel):
        stance: str
        facts: dict[str, Any] = Field(default_factory=dict)
        summary: str = ""
        citations: list[Quote] = Field(default_factory=list)

    try:
        data = _json_object(raw)
    except json.JSONDecodeError as exc:
        raise LLMError(f"the model {config.describe()} did not return valid JSON ({exc.msg})") from exc
    try:
        answer = Answer.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3])
        raise LLMError(f"the model {config.describe()} answered in the wrong shape: {problems}") from exc
    if answer.stance not in topic.stances:
        raise LLMError(
            f"the model {config.describe()} answered stance {answer.stance!r} for {topic.id}, "
            f"which is not one of {', '.join(topic.stances)}"
        )
    return answer


def locate_quote(quote: str, chunk: Chunk) -> tuple[int, int, bool] | None:
    """(start, end) in Document.text of the quote within the chunk, and whether it was repaired."""
    needle = normalise(quote)
    if len(needle) < 8:
        return None
    flat, positions = flat_with_map(chunk.text, chunk.start)
    index = flat.find(needle)
    if index >= 0:
        return positions[index], positions[index + len(needle) - 1] + 1, False
    # Near match: windows of the clause from word start to word end, about the quote's length.
    lowered, target = flat.lower(), needle.lower()
    starts = [0] + [m.end() for m in re.finditer(" ", lowered)]
    ends = [m.start() for m in re.finditer(" ", lowered)] + [len(lowered)]
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(target)
    best: tuple[float, int, int] = (0.0, 0, 0)
    low, high = len(target) * 0.85, len(target) * 1.15
    for s in starts:
        for e in ends:
            if e - s < low:
                continue
            if e - s > high:
                break
            matcher.set_seq1(lowered[s:e])
            if matcher.real_quick_ratio() < NEAR_MATCH or matcher.quick_ratio() < NEAR_MATCH:
                continue
            ratio = matcher.ratio()
            if ratio > best[0]:
                best = (ratio, s, e)
    ratio, s, e = best
    if ratio < NEAR_MATCH:
        return None
    while e - s > 1 and lowered[e - 1] in ",;:" and not target.endswith(lowered[e - 1]):
        e -= 1  # a word window carries the comma after the last word; the quote did not
    return positions[s], positions[e - 1] + 1, True


def _citation(doc: Document, chunk: Chunk, start: int, end: int) -> Citation:
    """The part of the span on its first page, as a Citation with that page's exact text."""
    page_number, text = doc.text_on_first_page(start, end)
    return Citation(page=page_number, quote=normalise(text), section=chunk.section)


def extract_llm(
    topic: Topic,
    retrieved: Retrieved,
    doc: Document,
    config: LLMConfig,
    on_send: Callable[[], None] | None = None,
) -> Finding:
    """The model's finding for one topic, with only verified citations. Raises LLMError."""
    raw = ask(config, build_prompt(topic, retrieved, doc), on_send)
    answer = parse_answer(raw, topic, config)
    chunks = {c.id: c for c in retrieved.read}
    citations: list[Citation] = []
    repaired: list[str] = []
    dropped: list[str] = []
    for cited in answer.citations:
        # The named clause first; a wrong id still finds the quote in another retrieved clause.
        candidates = [chunks[cited.chunk_id]] if cited.chunk_id in chunks else []
        candidates += [c for c in retrieved.read if c.id != cited.chunk_id]
        found = None
        for chunk in candidates:
            span = locate_quote(cited.quote, chunk)
            if span:
                found = (chunk, span)
                break
        if found is None:
            dropped.append(cited.quote)
            continue
        chunk, (start, end, was_repaired) = found
        citation = _citation(doc, chunk, start, end)
        if was_repaired:
            repaired.append(citation.quote)
        citations.append(citation)
    pages = {p.number: p for p in doc.pages}
    citations = verify_all(pages, citations)[:MAX_CITATIONS]
    verified = bool(citations) or answer.stance == "not_addressed"
    facts, untraced = trace_facts(topic, answer.facts, citations)
    facts["caveats"] = (
        caveats(topic, [c.quote for c in citations[:2]]) if answer.stance != "not_addressed" else None
    )
    return Finding(
        topic=topic.id,
        stance=answer.stance,
        facts=facts,
        summary=answer.summary.strip() or topic.stances[answer.stance],
        citations=citations,
        searched={
            **retrieved.record(),
            "engine": "llm",
            "model": config.describe(),
            "verified": verified,
            "repaired_quotes": repaired,
            "dropped_quotes": dropped,
            "untraced_facts": untraced,
        },
        sources=fact_sources(topic, facts, citations),
    )
