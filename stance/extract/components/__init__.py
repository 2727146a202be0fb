"""The extractor's components, one rule each.

Paragraph components (``headline``, ``standalone_quote``) look at a whole
paragraph; sentence components (``attribution_first``, ``speaker_verb``) at
one sentence. Their order is data (``resources/extraction.json``). Every
component is built with the shared :class:`Parts` (lexicon, rules, speaker
resolver, cue finder) and is called with the :class:`~stance.extract.doc.Doc`
and the reading :class:`~stance.extract.doc.State`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stance.extract.doc import Cue, Found
from stance.extract.rules import Rules
from stance.extract.speakers import SpeakerResolver
from stance.lexicon import Lexicon


@dataclass
class Parts:
    lexicon: Lexicon
    rules: Rules
    speakers: SpeakerResolver


@dataclass
class Sentence:
    """A sentence being read: its bounds, the cues not yet used, and what was found so far."""

    start: int
    end: int
    cues: list[Cue]
    found: list[Found] = field(default_factory=list)


class LeadingStatement:
    """A sentence component that finds at most one statement at the head of a sentence (``find``); what it
    finds is recorded, becomes the last speaker, and the cues inside its content are used up."""

    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc, sentence: Sentence, state) -> None:
        found = self.find(doc, sentence, state)
        if found is None:
            return
        sentence.found.append(found)
        state.remember(found[2])
        state.content_end = found[1]
        sentence.cues = [c for c in sentence.cues if c.start >= found[1]]

    def find(self, doc, sentence: Sentence, state) -> Found | None:
        raise NotImplementedError


def paragraph_components(parts: Parts, names: list[str]):
    from stance.extract.components.announced_list import AnnouncedList
    from stance.extract.components.headline import Headline
    from stance.extract.components.interview import Interview
    from stance.extract.components.standalone_quote import StandaloneQuote

    known = {"headline": Headline, "announced_list": AnnouncedList, "interview": Interview, "standalone_quote": StandaloneQuote}
    return [_build(known, name, parts) for name in names]


def sentence_components(parts: Parts, names: list[str]):
    from stance.extract.components.attribution_first import AttributionFirst
    from stance.extract.components.document_report import DocumentReport
    from stance.extract.components.nominal_report import NominalReport
    from stance.extract.components.quote_first import QuoteFirst
    from stance.extract.components.speaker_verb import SpeakerVerb
    from stance.extract.components.trailing_source import TrailingSource
    from stance.extract.components.verbal_noun_act import VerbalNounAct

    known = {"attribution_first": AttributionFirst, "document_report": DocumentReport, "nominal_report": NominalReport, "quote_first": QuoteFirst,
             "speaker_verb": SpeakerVerb, "trailing_source": TrailingSource, "verbal_noun_act": VerbalNounAct}
    return [_build(known, name, parts) for name in names]


def _build(known: dict, name: str, parts: Parts):
    if name not in known:
        raise ValueError(f"unknown extraction component {name!r} (known: {', '.join(sorted(known))})")
    return known[name](parts)
