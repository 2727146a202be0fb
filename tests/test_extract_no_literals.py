"""Issue 9: the extractor keeps its Arabic words in ``stance/resources/*.json``, not in code.

Docstrings and comments may quote Arabic examples; string literals that the code compares against may not
(Arabic punctuation such as «،» or «؟» is allowed: it is not a word)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARABIC_LETTER = re.compile("[\u0621-\u064A]")
STATEMENT_START = (None, tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE)


def arabic_literals(source: str) -> list[tuple[int, str]]:
    """``(line, literal)`` of every string literal holding an Arabic letter, docstrings left out."""
    found = []
    previous = None
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and ARABIC_LETTER.search(tok.string):
            docstring = previous in STATEMENT_START and tok.string.lstrip("rbuRBU").startswith(('"""', "'''"))
            if not docstring:
                found.append((tok.start[0], tok.string))
        if tok.type not in (tokenize.NL, tokenize.COMMENT):
            previous = tok.type
    return found


def test_no_arabic_word_is_hard_coded_in_the_extractor():
    files = sorted((ROOT / "stance" / "extract").rglob("*.py")) + [ROOT / "stance" / "lexicon.py"]
    found = [f"{path.relative_to(ROOT)}:{line}: {literal[:40]}"
             for path in files for line, literal in arabic_literals(path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)


def test_the_check_sees_a_literal_and_leaves_docstrings_and_punctuation_alone():
    source = 'def f(w):\n    """«قال» in a docstring is fine."""\n    # «و» in a comment too\n' \
             '    return w.startswith("و") or w.endswith("،")\n'
    assert arabic_literals(source) == [(4, '"و"')]
