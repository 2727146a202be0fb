"""Statement extraction and speaker attribution (rules: ``../shared/ANNOTATION.md``).

    from stance.extract import extract_statements
    for st in extract_statements(article_text, date="2024-06-12"):
        print(st.actor, st.text)

The package is a pipeline of small components over one :class:`Doc`:

* ``doc``        the article read once: normalized text with offsets, quotations,
                 paragraphs, sentences, lexicon mentions;
* ``rules``      word lists and patterns from ``stance/resources`` (speech.json,
                 attribution.json, extraction.json);
* ``dates``      the article's date (given, or from a dateline);
* ``speakers``   who speaks: mentions, roles by date, namesakes, institutions;
* ``components`` headline, standalone quote, attribution-first, speaker-verb,
                 relayed speech, continuation, cues; their order is
                 ``resources/extraction.json``.
"""

from stance.extract.doc import Doc, Speaker, Statement
from stance.extract.extractor import Extractor, default_extractor, extract_statements

__all__ = ["Doc", "Extractor", "Speaker", "Statement", "default_extractor", "extract_statements"]
