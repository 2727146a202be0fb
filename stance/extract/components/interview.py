"""Interview: «س: سيد بيسكوف، … ؟» then «ج: …» (or dashes on both lines) — an answer paragraph after a
question paragraph is the interviewee's words, the person named with the interview (حوار، مقابلة) near
the top of the article or addressed in a question. Without an interviewee nothing is found here."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import QUESTION_MARKS, Doc, Found, Speaker, State, skip_space, trim_end, words
from stance.extract.speakers import glued

_UNKNOWN = Speaker("", "")  # the interviewee was looked for and not found


class Interview:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        was_answer, state.answer_paragraph = state.answer_paragraph, False
        if not was_answer and doc.nt.text[p_start] not in self.rules.answer_marker_starts \
                and not doc.nt.text[p_start].isspace():
            return []  # neither a marked answer nor the paragraph after one
        N = doc.text
        line = N[p_start:p_end].strip()
        if self.is_question(line):
            return []
        marker = self.answer_marker(line)
        previous = self.previous_line(N, p_start) if marker is not None else None
        if marker is not None and previous is not None and self.is_question(previous):
            start = skip_space(N, N.index(marker, p_start) + len(marker))
        elif was_answer and marker is None and not self.rules.cue_re.search(N, p_start, p_end) \
                and not doc.mentions_between(p_start, p_end) and len(words(N, p_start, p_end)) >= 3:
            # (a line of one or two words after an answer is a section heading: «خلفية»)
            start = skip_space(N, p_start)  # the answer goes on in a second paragraph
        else:
            return []
        speaker = self.interviewee(doc, state)
        if speaker is None or not words(N, start, p_end):
            return []
        state.answer_paragraph = True
        state.remember(speaker)
        return [(start, trim_end(N, start, p_end), speaker, marker or "", False)]

    def is_question(self, line: str) -> bool:
        if not line:
            return False
        opened = any(line.startswith(m) for m in self.rules.question_markers)
        return opened and (line.rstrip(" .")[-1:] in QUESTION_MARKS or line.rstrip().endswith(("…", "...")))

    def answer_marker(self, line: str) -> str | None:
        return next((m for m in self.rules.answer_markers if line.startswith(m)), None)

    @staticmethod
    def previous_line(N: str, p_start: int) -> str | None:
        end = p_start - 1
        while end > 0:
            start = N.rfind("\n", 0, end) + 1
            if N[start:end].strip():
                return N[start:end].strip()
            end = start - 1
        return None

    def interviewee(self, doc: Doc, state: State) -> Speaker | None:
        if state.interviewee is None:
            state.interviewee = self.find_interviewee(doc, state) or _UNKNOWN
        return None if state.interviewee is _UNKNOWN else state.interviewee

    def find_interviewee(self, doc: Doc, state: State) -> Speaker | None:
        """The person named nearest to an interview noun near the top, else one addressed in a question."""
        N = doc.text
        window = min(len(N), self.rules.interview_window)
        people = [m for m in doc.mentions_between(0, len(N)) if m.kind in ("name", "role", "not_actor", "surname")]
        best = None
        for t in words_with_offsets(N, 0, window):
            if t[2] not in self.rules.interview_nouns:
                continue
            near = [m for m in people if abs(m.start - t[0]) <= 160]
            if near:
                m = min(near, key=lambda m: abs(m.start - t[0]))
                best = m
                break
        if best is None:
            for t in words_with_offsets(N, 0, len(N)):
                if t[2] in self.rules.address_words:
                    after = [m for m in people if 0 <= m.start - t[1] <= 2]
                    if after:
                        best = after[0]
                        break
        if best is None:
            return None
        group = glued(N, [m for m in people if m.start >= best.start][:4])
        return self.speakers.resolve_group(doc, group or [best], state)


def words_with_offsets(N: str, start: int, end: int):
    from stance.extract.doc import tokens

    return tokens(N, start, end)
