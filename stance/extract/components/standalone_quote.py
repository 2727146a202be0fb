"""A quotation opening a paragraph: «"…"، قال كيربي», or one that continues the previous paragraph's speaker."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.speakers import OTHER, glued
from stance.extract.doc import OPEN_QUOTES, Doc, Found, Speaker, State, next_token, skip_chars, skip_space, skip_tokens, words

_QUOTED_NAME_WORDS = 4  # a quoted name or term in a sentence: «"الخارجية الروسية"», «"الرئاسة الكورية الجنوبية"»


class StandaloneQuote:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules
        self.quote_openers = frozenset(OPEN_QUOTES)
        self.quote_closers = frozenset(OPEN_QUOTES.values())
        self.curly_openers = self.quote_openers - self.quote_closers  # «“„: marks that only open

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        first = skip_space(doc.text, p_start)
        if doc.text.find(")", first, min(p_end, first + 90)) >= 0:
            labelled = self.caption_label(doc, first, p_end, state)
            if labelled is not None:
                return labelled
        q = doc.quote_at(first)
        if not q or q[0] != first or doc.is_name_quote_at(first):
            return self.quote_continued(doc, first, p_start, p_end, state)
        speaker = self.attribution_after(doc, q[1] + 1, p_end, state)
        attributed = speaker is not None
        if speaker is None and state.announced is not None:
            speaker = state.announced
        if speaker is None:
            speaker = self.signed_below(doc, q, p_end, state)
        if speaker is None:
            if not state.previous_paragraph_had_statement or state.last_speaker is None:
                return []
            if not doc.text[q[1] + 1:p_end].strip(" .") and len(words(doc.text, q[0] + 1, q[1])) <= 3:
                return []  # «"روتينية ودفاعية"» alone on a line, nobody announced: a subheading, not his words
            if self.quoted_subject(doc.text, q, p_end):
                return []  # «"الخارجية الروسية" تطالب …»: a quoted name opens a sentence; it is no one's words
            speaker = state.last_speaker
        state.remember(speaker)
        found = [(q[0] + 1, q[1], speaker, "", True)]
        if attributed:
            follow = self.following_quote(doc, q[1] + 1, p_end)
            if follow is not None:
                found.append((follow[0] + 1, follow[1], speaker, "", True))
        return found

    def signed_below(self, doc: Doc, q, p_end: int, state: State) -> Speaker | None:
        """«"…"» alone on its line, then «- جون كيربي» (or «جون كيربي، المتحدث باسم …») alone on the next: the
        quotation is signed by that person (speech.json quote_signatures); returns him, or None."""
        N = doc.text
        if N[q[1] + 1:p_end].strip(" .\t") or not self.rules.signature_marks:
            return None  # the quotation must fill its line
        pos = skip_chars(N, p_end, len(N), " \t\n")
        line_end = N.find("\n", pos)
        line_end = len(N) if line_end < 0 else line_end
        mark = next((m for m in self.rules.signature_marks if N.startswith(m, pos)), None)
        if mark is not None:
            pos = skip_space(N, pos + len(mark))
        group = self.speakers.mention_group(doc, pos, line_end)
        if not group:
            return None
        rest = N[group[-1].end:line_end].strip(" .\t")
        if rest:
            if not rest.startswith(","):
                return None
            if len(rest[1:].split()) > self.rules.signature_apposition_words or ":" in rest \
                    or any(c in self.quote_openers or c in self.quote_closers for c in rest) \
                    or self.rules.cue_re.search(N, group[-1].end, line_end) \
                    or any(w in self.rules.relative_pronouns for w in words(N, group[-1].end, line_end)) \
                    or any(m.kind in ("name", "not_actor") for m in doc.mentions_between(group[-1].end, line_end)):
                return None  # «يون، الذي التقى بايدن أمس»: a clause about him or someone else named, no signature
        return self.speakers.resolve_group(doc, group, state)

    @staticmethod
    def quoted_subject(N: str, q, p_end: int) -> bool:
        """A short quotation (a name or a term: «"الكرملين"», «"الرئاسة الكورية"») with a word right after it on the
        same line, no punctuation between: the quotation is a part of the sentence that goes on (its subject, as
        in an Egyptian title «"الخارجية الروسية" تطالب …»), not words that stand alone."""
        after = q[1] + 1
        return len(words(N, q[0] + 1, q[1])) <= _QUOTED_NAME_WORDS and N[after:after + 1] == " " \
            and N[after + 1:after + 2].isalpha() and after + 1 < p_end

    def quote_continued(self, doc: Doc, first: int, p_start: int, p_end: int, state: State) -> list[Found]:
        """«وأضاف كيربي: "سنعمل مع الحلفاء.» then «لن نقف مكتوفي الأيدي".»: a quotation left open at the end of
        the previous paragraph, which gave a statement, goes on in this one up to its first closing mark, with no
        opening mark before it: the same speaker's words."""
        N = doc.text
        if not state.previous_paragraph_had_statement or state.last_speaker is None:
            return []
        prev_end = p_start - 1
        while prev_end >= 0 and N[prev_end].isspace():
            prev_end -= 1
        q = doc.quote_at(prev_end) if prev_end >= 0 else None
        if q is None or N[q[1]] in self.quote_closers or N.rfind("\n", 0, q[0]) != N.rfind("\n", 0, prev_end):
            return []  # no quotation left open at the end of the paragraph just before
        close = next((i for i in range(first, p_end) if N[i] in self.quote_closers or N[i] in self.curly_openers), None)
        if close is None or N[close] not in self.quote_closers or (N[close] == '"' and close == first):
            return []
        if N[close + 1:p_end].strip(" .\t") or close - first < 2:
            return []  # the closing mark ends the paragraph: nothing after it but a full stop
        return [(first, close, state.last_speaker, "", True)]

    def caption_label(self, doc: Doc, first: int, p_end: int, state: State) -> list[Found] | None:
        """«(جون كيربي / المتحدث باسم الخارجية) "…"»: a TV caption, a name (and an office after a slash) in
        brackets, then the quotation: the person's words. The opening bracket may be cut off."""
        N = doc.text
        close = N.find(")", first, min(p_end, first + 90))
        if close < 0 or N[skip_space(N, close + 1):skip_space(N, close + 1) + 1] not in self.quote_openers:
            return None  # cheap test first: a bracket closing right before a quotation
        if N[first:first + 1] != "(" and not any(m.start == first for m in doc.mentions_between(first, close)):
            return None
        pos = skip_space(N, first + 1 if N[first] == "(" else first)
        group = self.speakers.mention_group(doc, pos, close)
        if not group:
            return None
        rest = N[group[-1].end:close].strip()
        if rest and not rest.startswith("/"):
            return None
        q_start = skip_space(N, close + 1)
        q = doc.quote_at(q_start)
        if not q or q[0] != q_start:
            return None
        speaker = self.speakers.resolve_group(doc, group, state)
        state.remember(speaker)
        return [(q[0] + 1, q[1], speaker, "", True)]

    def following_quote(self, doc: Doc, start: int, end: int):
        """«"…" قال كيربي. "…"»: a second quotation that makes a whole sentence right after the short
        attribution sentence is the same speaker's; returns its span or None."""
        N = doc.text
        dot = N.find(".", start, end)
        if dot < 0 or len(N[start:dot].split()) > 8 or doc.in_quote(dot):
            return None
        nxt = skip_chars(N, dot + 1, end, " \t")
        q = doc.quote_at(nxt)
        if not q or q[0] != nxt or doc.is_name_quote_at(nxt) or N[q[1] + 1:end].strip(" .\t\n"):
            return None
        return q

    def attribution_after(self, doc: Doc, start: int, end: int, state: State) -> Speaker | None:
        """«"…"، قال كيربي» or «"…" بحسب بيسكوف»."""
        N = doc.text
        pos = skip_chars(N, start, end, ' ,."')
        for word in self.rules.quote_back_words:  # «"…" هكذا رد كيربي»
            if N.startswith(word + " ", pos):
                pos = skip_chars(N, pos + len(word), end, " ")
                break
        m = self.rules.cue_re.match(N, pos)
        if m:
            pos = skip_tokens(N, m.end(), end, self.rules.skip_after_speaker)
        else:
            for phrase in self.rules.after_quote:
                for prefix in ("", *self.rules.conjunctions[:1]):
                    if N.startswith(prefix + phrase, pos):
                        pos = pos + len(prefix + phrase)
                        break
                else:
                    continue
                break
            else:
                return None
        at = skip_space(N, pos)
        group = self.speakers.mention_group(doc, at, end)
        head = next_token(N, at, end)
        if not group and head is not None and head[2] in self.rules.apposition_heads:
            # «"…"، قال وزير الخارجية أنتوني بلينكن»: an office the lexicon does not know, then the name
            named = [m for m in doc.mentions_between(at, min(end, at + 80)) if m.kind in ("name", "not_actor")]
            if named and len(words(N, at, named[0].start)) <= 5 and "," not in N[at:named[0].start]:
                group = glued(N, named)
                if self.speakers.possessed(doc, at, group[0]):
                    # «"…"، قال مساعد بيسكوف»: the name owns the speaker's title; the speaker is someone else
                    return Speaker(OTHER, doc.original_span(at, group[-1].end))
        if not group:
            return None
        return self.speakers.resolve_group(doc, group, state)
