"""Token windows for the NumPy forward pass, without transformers and, for e5, without building the Rust tokenizer.

Building the ``tokenizers`` Unigram model of multilingual-e5-small (250,002 pieces) takes 0.4-0.8 s, most of a
one-article run once torch is gone. :class:`UnigramTokenizer` segments text the way that Rust model does
(the same normalizer steps, the metaspace split, the same Viterbi search over piece scores with the same tie
order and unknown-character handling) from a vocabulary read in about 50 ms, and cuts it into the same
overlapping windows as ``tokenizer(..., truncation=True, stride=..., return_overflowing_tokens=True)``. The
token ids are tested equal to the Rust tokenizer's on the whole corpus. A ``tokenizer.json`` of another shape
(WordPiece, byte fallback, other normalizers), or text holding a special token's literal form, goes to the
Rust tokenizer, so the ids are always the ones the model was trained with.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np

_METASPACE = "\u2581"
_UNK_PENALTY = 10.0  # the Rust Unigram model scores an unknown character at the lowest piece score minus 10
_SPACES = re.compile(" {2,}")
_FORMAT = 1


def _char_class(pattern: str) -> str | None:
    """The characters of a regex class ``[...]`` written by stance.e5_base (backslash escapes only), or None."""
    if len(pattern) < 2 or pattern[0] != "[" or pattern[-1] != "]":
        return None
    body, chars, i = pattern[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            if i + 1 >= len(body):
                return None
            chars.append(body[i + 1])
            i += 2
        elif body[i] in "-^[]":
            return None  # a range or a negation: not the plain list this reader knows
        else:
            chars.append(body[i])
            i += 1
    return "".join(chars)


def _plan(spec: dict) -> dict | None:
    """What :class:`UnigramTokenizer` needs from a parsed ``tokenizer.json``; None when it is another shape."""
    model, norm, pre, post = spec.get("model") or {}, spec.get("normalizer") or {}, spec.get("pre_tokenizer") or {}, \
        spec.get("post_processor") or {}
    if model.get("type") != "Unigram" or model.get("byte_fallback") or model.get("unk_id") is None:
        return None
    if pre != {"type": "Metaspace", "replacement": _METASPACE, "prepend_scheme": "always", "split": True}:
        return None
    steps = []
    for step in norm.get("normalizers", []) if norm.get("type") == "Sequence" else [None]:
        if step == {"type": "NFKC"}:
            steps.append(["nfkc"])
        elif step == {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "}:
            steps.append(["spaces"])
        elif step and step.get("type") == "Replace" and "Regex" in step.get("pattern", {}):
            chars = _char_class(step["pattern"]["Regex"])
            if chars is None:
                return None
            steps.append(["map", chars, step["content"]])
        else:
            return None
    single = post.get("single") or []
    if post.get("type") != "TemplateProcessing" or len(single) != 3 or "Sequence" not in single[1]:
        return None
    special = post.get("special_tokens", {})
    try:
        bos, eos = (special[item["SpecialToken"]["id"]]["ids"] for item in (single[0], single[2]))
    except (KeyError, TypeError):
        return None
    return {"format": _FORMAT, "steps": steps, "unk_id": int(model["unk_id"]), "bos": list(bos), "eos": list(eos),
            "added": [tok["content"] for tok in spec.get("added_tokens", [])]}


class UnigramTokenizer:
    """A SentencePiece-style Unigram tokenizer read from a folder written by :meth:`export`."""

    def __init__(self, folder: Path):
        plan = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
        if plan.get("format") != _FORMAT:
            raise ValueError(f"{folder}: unknown tokenizer export format")
        pieces = (folder / "pieces.txt").read_bytes().decode("utf-8").split("\x00")
        self.scores = np.load(folder / "scores.npy").tolist()
        if len(pieces) != len(self.scores):
            raise ValueError(f"{folder}: pieces and scores differ in length")
        self.ids = dict(zip(pieces, range(len(pieces))))
        self.longest = max(len(p) for p in pieces)
        self.unk_id = plan["unk_id"]
        self.unk_score = min(self.scores) - _UNK_PENALTY
        self.bos, self.eos, self.added = plan["bos"], plan["eos"], plan["added"]
        self.steps = []
        for step in plan["steps"]:
            if step[0] == "map":
                self.steps.append(str.maketrans({ch: step[2] for ch in step[1]}))
            else:
                self.steps.append(step[0])

    @staticmethod
    def export(tokenizer_json: Path, folder: Path) -> bool:
        """Write the vocabulary and steps of ``tokenizer_json`` to ``folder`` (whole or not at all: written
        beside it, then renamed); False when the tokenizer has another shape."""
        from stance.models.base import replace_folder_atomically

        spec = json.loads(tokenizer_json.read_text(encoding="utf-8"))
        plan = _plan(spec)
        pieces = [piece for piece, _ in spec["model"]["vocab"]] if plan else []
        if plan is None or any("\x00" in piece for piece in pieces):
            return False

        def write(tmp: Path) -> None:
            (tmp / "pieces.txt").write_bytes("\x00".join(pieces).encode("utf-8"))
            np.save(tmp / "scores.npy", np.asarray([score for _, score in spec["model"]["vocab"]], dtype=np.float64))
            (tmp / "plan.json").write_text(json.dumps(plan), encoding="utf-8")

        replace_folder_atomically(folder, write, lambda done: (done / "plan.json").is_file())
        return True

    def handles(self, text: str) -> bool:
        """False for text holding a special token's literal form (the Rust tokenizer splits those out first)."""
        return not any(token in text for token in self.added)

    def normalize(self, text: str) -> str:
        for step in self.steps:
            if step == "nfkc":
                text = unicodedata.normalize("NFKC", text)
            elif step == "spaces":
                text = _SPACES.sub(" ", text)
            else:
                text = text.translate(step)
        return text

    def encode(self, text: str) -> list[int]:
        """Piece ids of ``text``, without the special tokens."""
        text = self.normalize(text).replace(" ", _METASPACE)
        if not text:
            return []  # nothing to prepend a metaspace to
        if not text.startswith(_METASPACE):
            text = _METASPACE + text
        out: list[int] = []
        for word in text.split(_METASPACE)[1:]:
            out += self._viterbi(_METASPACE + word)
        return out

    def _viterbi(self, word: str) -> list[int]:
        """Best segmentation of one metaspace-led word: at each start, pieces in order of length, a later one
        replacing the best path to its end only when strictly better; a character that no one-character piece
        covers is unknown; neighbouring unknown characters fuse into one token."""
        n, ids, scores, longest = len(word), self.ids, self.scores, self.longest
        best = [0.0] * (n + 1)
        back: list[tuple[int, int] | None] = [None] * (n + 1)
        for start in range(n):  # every position is reachable: a character no piece covers is unknown
            here = best[start]
            single = False
            for end in range(start + 1, min(n, start + longest) + 1):
                piece = ids.get(word[start:end])
                if piece is None:
                    continue
                candidate = scores[piece] + here
                if back[end] is None or candidate > best[end]:
                    best[end], back[end] = candidate, (start, piece)
                if end == start + 1:
                    single = True
            if not single:
                candidate = self.unk_score + here
                if back[start + 1] is None or candidate > best[start + 1]:
                    best[start + 1], back[start + 1] = candidate, (start, self.unk_id)
        tokens: list[str] = []
        unknown: list[str] = []
        end = n
        while end > 0:
            start, piece = back[end]
            if piece == self.unk_id:
                unknown.append(word[start:end])
            else:
                if unknown:
                    tokens.append("".join(reversed(unknown)))
                    unknown = []
                tokens.append(word[start:end])
            end = start
        if unknown:
            tokens.append("".join(reversed(unknown)))
        return [ids.get(token, self.unk_id) for token in reversed(tokens)]


def windows_of(ids: list[int], max_length: int, stride: int, bos: list[int], eos: list[int]) -> list[list[int]]:
    """The windows the Rust tokenizer makes with truncation and a stride: the first ``max_length`` tokens less
    the special ones, then windows starting every ``length - stride`` tokens until one reaches the end."""
    length = max_length - len(bos) - len(eos)
    if len(ids) <= length:
        return [bos + ids + eos]
    step = length - stride
    out = []
    for start in range(0, len(ids), step):
        stop = min(start + length, len(ids))
        out.append(bos + ids[start:stop] + eos)
        if stop == len(ids):
            break
    return out


class FastTokenizer:
    """Windows of token ids from a base folder's ``tokenizer.json``: the Unigram reader when it fits (its export
    cached under ``cache``), else the Rust ``tokenizers`` library."""

    def __init__(self, base_dir: str | Path, max_length: int, stride: int, cache: Path | None = None):
        self.base_dir, self.max_length, self.stride = Path(base_dir), int(max_length), int(stride)
        self.unigram = None
        self._rust = None
        if cache is not None:
            try:
                if not (cache / "plan.json").is_file():
                    UnigramTokenizer.export(self.base_dir / "tokenizer.json", cache)
                if (cache / "plan.json").is_file():
                    self.unigram = UnigramTokenizer(cache)
            except (OSError, ValueError, KeyError):
                self.unigram = None  # the Rust tokenizer gives the same ids, only slower to build

    def rust(self):
        if self._rust is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.base_dir / "tokenizer.json"))
            tok.no_padding()
            tok.enable_truncation(max_length=self.max_length, stride=self.stride, strategy="longest_first",
                                  direction="right")
            self._rust = tok
        return self._rust

    def windows(self, texts: list[str]) -> tuple[list[list[int]], np.ndarray]:
        """Token ids of every window and, for each window, the index of its text."""
        ids: list[list[int]] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            if self.unigram is not None and self.unigram.handles(text):
                found = windows_of(self.unigram.encode(text), self.max_length, self.stride,
                                   self.unigram.bos, self.unigram.eos)
            else:
                encoding = self.rust().encode(text)
                found = [list(w.ids) for w in [encoding, *encoding.overflowing]]
            ids += found
            owner += [i] * len(found)
        return ids, np.asarray(owner, dtype=int)
