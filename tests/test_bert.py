"""BertModel on a tiny BERT built offline in a temp folder (tokenizer + config from a handful of sentences).

Everything here runs in seconds: a 1-layer, 32-wide encoder, a 300-piece vocabulary and a few epochs.
"""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from stance.bert_build import build_mini_bert, tokenizer_from_vocab
from stance.models.base import ModelFolderError, load_model, write_meta
from stance.models.bert import BaseCheckpointError, BertModel

PHRASES = {
    "concern": ["أعرب عن قلقه البالغ إزاء", "عبر عن انزعاجه الشديد من", "قال إنه يشعر بقلق عميق من"],
    "reassurance": ["أكد أنه لا داعي للخوف من", "طمأن المواطنين بشأن", "قال إن الأمور تحت السيطرة في"],
    "denial": ["نفى بشكل قاطع التقارير عن", "كذب الأنباء المتداولة حول", "رفض الاتهامات المتعلقة بملف"],
    "threat": ["هدد بالرد بقوة ساحقة على", "توعد بضربة نووية ردا على", "حذر من عواقب وخيمة بسبب"],
    "none": ["قال إن الاجتماع سيعقد لمناقشة", "أوضح أن الوفد وصل لبحث", "ذكر أن اللجنة ستنظر في"],
}
SENTIMENT = {"concern": "negative", "reassurance": "positive", "denial": "neutral", "threat": "negative", "none": "neutral"}
TOPICS = {"train": ["التجربة الصاروخية", "المناورات المشتركة", "العقوبات الجديدة", "الحدود الشمالية"],
          "dev": ["البرنامج النووي", "الوضع الإنساني"], "test": ["المفاوضات المتعثرة"]}
TINY_BUILD = dict(vocab_size=300, min_frequency=1, hidden_size=32, num_layers=1, num_heads=2, intermediate_size=64,
                  max_length=32, mlm_block_length=32, mlm_steps=3, batch_size=8, log=None)
TINY_CONFIG = {"seed": 7, "max_length": 32, "stride": 8, "epochs": 30, "patience": 30, "batch_size": 8,
               "learning_rate": 1e-2, "warmup_ratio": 0.0, "normalize": True}


def synthetic(split: str) -> list[tuple[str, str, str]]:
    """``(text, stance, sentiment)`` triples; the label phrase decides the stance, topics differ by split."""
    return [(f"{phrase} {topic}", label, SENTIMENT[label])
            for label, phrases in PHRASES.items() for phrase in phrases for topic in TOPICS[split]]


def tiny_sentences() -> list[str]:
    return [text for split in ("train", "dev") for text, _, _ in synthetic(split)]


def build_tiny_base(folder) -> str:
    """A tiny BERT with a fixed vocabulary (every character and word of the sentences, sorted).

    The ``tokenizers`` trainer breaks ties in per-process hash order, so a trained vocabulary (and with it the
    fine-tuned model) can differ between runs; a fixed one keeps these tests deterministic.
    """
    from stance.normalize import normalize

    words = sorted({w for s in tiny_sentences() for w in normalize(s).split()})
    chars = sorted({c for w in words for c in w})
    tokenizer = tokenizer_from_vocab([*chars, *(f"##{c}" for c in chars), *words], model_max_length=32)
    build_mini_bert(folder, texts=tiny_sentences(), tokenizer=tokenizer, **TINY_BUILD)
    return str(folder)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return build_tiny_base(tmp_path_factory.mktemp("tiny-bert"))


@pytest.fixture(scope="module")
def trained(base):
    train, dev = synthetic("train"), synthetic("dev")
    model = BertModel.from_base(base, TINY_CONFIG)
    return model.fit([t for t, _, _ in train], [s for _, s, _ in train], [m for _, _, m in train],
                     dev_texts=[t for t, _, _ in dev], dev_stance=[s for _, s, _ in dev])


@pytest.fixture(scope="module")
def saved(trained, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bert") / "model"
    trained.save(folder, meta={"note": "test"})
    return folder


def texts_of(split):
    return [t for t, _, _ in synthetic(split)]


def test_build_trains_a_wordpiece_tokenizer(tmp_path):
    from transformers import AutoTokenizer

    info = build_mini_bert(tmp_path / "b", texts=tiny_sentences(), **{**TINY_BUILD, "mlm_steps": 2})
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "b", local_files_only=True)
    assert info["mlm_steps_done"] == 2 and info["vocab_size"] == len(tokenizer) <= 300
    from stance.normalize import normalize

    # The build trains on stance.normalize'd text (BertModel normalizes before tokenizing when build.json says so).
    pieces = tokenizer.convert_ids_to_tokens(tokenizer(normalize("أعرب عن قلقه البالغ"))["input_ids"])
    assert pieces[0] == "[CLS]" and pieces[-1] == "[SEP]" and "[UNK]" not in pieces


def test_base_folder_loads_with_auto_classes(base):
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    encoder = AutoModel.from_pretrained(base, local_files_only=True)
    ids = tokenizer("أعرب عن قلقه", return_tensors="pt")
    assert encoder(**ids).last_hidden_state.shape[-1] == 32
    assert json.loads((Path(base) / "build.json").read_text())["normalize"] is True


def test_probabilities_have_the_contract_shape(trained):
    probs = trained.predict_proba(texts_of("dev"))
    assert probs["stance"].shape == (len(texts_of("dev")), 5)
    assert probs["sentiment"].shape == (len(texts_of("dev")), 3)
    np.testing.assert_allclose(probs["stance"].sum(1), 1.0, atol=1e-5)
    np.testing.assert_allclose(probs["sentiment"].sum(1), 1.0, atol=1e-5)
    assert trained.predict_proba([])["stance"].shape == (0, 5)


def test_fine_tuning_learns_the_training_phrases(trained):
    train = synthetic("train")
    pred = trained.predict_proba([t for t, _, _ in train])["stance"].argmax(1)
    accuracy = np.mean([trained.stance_labels[i] == s for i, (_, s, _) in zip(pred, train)])
    assert accuracy >= 0.8
    assert trained.history_ and "dev_stance_macro_f1" in trained.history_[0]
    assert trained.best_epoch_ >= 1


def test_save_reload_identical_probabilities(trained, saved):
    again = load_model(saved)
    assert isinstance(again, BertModel)
    texts = texts_of("dev") + texts_of("test")
    before, after = trained.predict_proba(texts), again.predict_proba(texts)
    for task in ("stance", "sentiment"):
        np.testing.assert_allclose(before[task], after[task], atol=1e-6)
    meta = json.loads((saved / "meta.json").read_text(encoding="utf-8"))
    assert meta["kind"] == "bert" and meta["seed"] == 7 and meta["note"] == "test"
    assert "model.safetensors" in meta["files"] and "torch" in meta["versions"]
    assert not list(saved.glob("*.bin"))


def test_training_is_reproducible(base, trained):
    train = synthetic("train")
    again = BertModel.from_base(base, {**TINY_CONFIG, "epochs": trained.best_epoch_, "patience": 99})
    again.fit([t for t, _, _ in train], [s for _, s, _ in train], [m for _, _, m in train])
    first = BertModel.from_base(base, {**TINY_CONFIG, "epochs": trained.best_epoch_, "patience": 99})
    first.fit([t for t, _, _ in train], [s for _, s, _ in train], [m for _, _, m in train])
    np.testing.assert_allclose(first.predict_proba(texts_of("dev"))["stance"],
                               again.predict_proba(texts_of("dev"))["stance"], atol=1e-6)


def test_long_statement_is_scored_over_several_windows(trained):
    long_text = " و".join(texts_of("train")[:12])
    short = texts_of("dev")[0]
    counts = trained.window_counts([long_text, short])
    assert counts[0] >= 3 and counts[1] == 1
    # No token is dropped: the windows, minus their overlaps, cover the whole statement.
    windows, owner = trained.windows([long_text])
    stride = trained.config["stride"]
    covered = sum(len(w) - 2 for w in windows) - stride * (len(windows) - 1)
    full = len(trained.tokenizer(trained._prepare([long_text]), add_special_tokens=False)["input_ids"][0])
    assert covered == full
    # The statement's probabilities are the mean of its windows' probabilities.
    stance, sentiment = trained.window_probabilities(windows)
    probs = trained.predict_proba([long_text, short])
    np.testing.assert_allclose(probs["stance"][0], stance.mean(0), atol=1e-6)
    np.testing.assert_allclose(probs["sentiment"][0], sentiment.mean(0), atol=1e-6)


def test_quantized_predictions_agree_with_full_precision(saved):
    import torch

    full = load_model(saved)
    quantized = BertModel.load(saved, quantize=True)
    texts = texts_of("train") + texts_of("dev") + texts_of("test")
    p_full, p_quant = full.predict_proba(texts), quantized.predict_proba(texts)
    agreement = np.mean(p_full["stance"].argmax(1) == p_quant["stance"].argmax(1))
    assert agreement >= 0.9
    assert np.abs(p_full["stance"] - p_quant["stance"]).max() < 0.15
    assert np.abs(p_full["sentiment"] - p_quant["sentiment"]).max() < 0.15
    linear_types = {type(m) for m in quantized._inference_network(None).modules() if "Linear" in type(m).__name__}
    assert torch.nn.Linear not in linear_types and linear_types
    # Selectable per call as well; the full-precision network is untouched.
    np.testing.assert_allclose(quantized.predict_proba(texts, quantized=False)["stance"], p_full["stance"], atol=1e-6)


def test_tampered_folder_is_refused(saved, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(saved, copy)
    with (copy / "model.safetensors").open("ab") as fh:
        fh.write(b"x")
    with pytest.raises(ModelFolderError, match="checksum mismatch"):
        BertModel.load(copy)
    with pytest.raises(ModelFolderError, match="checksum mismatch"):
        load_model(copy)


def test_wrong_kind_is_refused(saved, tmp_path):
    meta = json.loads((saved / "meta.json").read_text(encoding="utf-8"))
    shutil.copytree(saved, tmp_path / "m")
    write_meta(tmp_path / "m", {**{k: v for k, v in meta.items() if k != "files"}, "kind": "tfidf"})
    with pytest.raises(ModelFolderError, match="not 'bert'"):
        BertModel.load(tmp_path / "m")


def test_missing_base_checkpoint_gives_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(BaseCheckpointError, match="no-such-arabic-bert"):
        BertModel.from_base("nobody-here/no-such-arabic-bert", TINY_CONFIG)
    with pytest.raises(ValueError, match="not found"):
        BertModel.from_base(str(tmp_path / "missing" / "folder"), TINY_CONFIG)
    (tmp_path / "empty").mkdir()
    with pytest.raises(BaseCheckpointError, match="cannot load"):
        BertModel.from_base(str(tmp_path / "empty"), TINY_CONFIG)


# -- mean pooling + LoRA adapters (how the e5 model is trained), on the same tiny base -----------------------

LORA_CONFIG = {**TINY_CONFIG, "pooling": "mean", "lora_r": 4, "lora_alpha": 8, "lora_dropout": 0.0,
               "learning_rate": 3e-2, "epochs": 20, "patience": 20}


@pytest.fixture(scope="module")
def lora_saved(base, tmp_path_factory):
    train, dev = synthetic("train"), synthetic("dev")
    model = BertModel.from_base(base, LORA_CONFIG)
    before = {k: v.clone() for k, v in model.network.encoder.state_dict().items() if "lora_" not in k}
    model.fit([t for t, _, _ in train], [s for _, s, _ in train], [m for _, _, m in train],
              dev_texts=[t for t, _, _ in dev], dev_stance=[s for _, s, _ in dev])
    folder = tmp_path_factory.mktemp("lora") / "model"
    model.save(folder)
    return model, folder, before


def test_lora_trains_adapters_and_head_only(lora_saved):
    model, _, before = lora_saved
    after = {k: v for k, v in model.network.encoder.state_dict().items() if "lora_" not in k}
    assert before.keys() == after.keys()
    assert all(np.array_equal(before[k].numpy(), after[k].numpy()) for k in before), "frozen weights moved"
    trainable = {n for n, p in model.network.named_parameters() if p.requires_grad}
    assert trainable and all("lora_" in n or n.startswith("classifier.") for n in trainable)
    accuracy = np.mean([p == s for p, (_, s, _) in zip(model.predict(texts_of("test"))["stance"], synthetic("test"))])
    assert accuracy >= 0.8


def test_lora_folder_holds_only_adapters_and_reloads_the_same(lora_saved, base):
    model, folder, _ = lora_saved
    names = {p.name for p in folder.iterdir()}
    assert names == {"meta.json", "weights.safetensors"}
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["config"]["base"] == base and len(meta["base_fingerprint"]) == 64
    again = load_model(folder)
    texts = texts_of("test")
    np.testing.assert_allclose(again.predict_proba(texts)["stance"], model.predict_proba(texts)["stance"], atol=1e-5)


def test_lora_folder_refuses_a_different_base(lora_saved, tmp_path):
    _, folder, _ = lora_saved
    moved = tmp_path / "model"
    shutil.copytree(folder, moved)
    other_base = tmp_path / "other-base"
    shutil.copytree(json.loads((folder / "meta.json").read_text())["config"]["base"], other_base)
    (other_base / "config.json").write_text((other_base / "config.json").read_text().replace("}", ', "note": 1}', 1))
    meta = json.loads((moved / "meta.json").read_text(encoding="utf-8"))
    meta["config"]["base"] = str(other_base)
    write_meta(moved, {k: v for k, v in meta.items() if k != "files"})
    with pytest.raises(ModelFolderError, match="differs from the one it was trained on"):
        load_model(moved)


def test_base_build_is_bounded_by_steps_not_time(tmp_path, monkeypatch):
    """The same build call gives the same weights however slow the machine is: no time budget cuts it short."""
    from safetensors.torch import load_file

    import stance.bert_build as bb

    first = build_tiny_base(tmp_path / "a")
    clock = iter(range(0, 10**9, 1000))  # a loaded machine: 1000 s pass between any two clock readings
    monkeypatch.setattr(bb.time, "perf_counter", lambda: float(next(clock)))
    second = build_tiny_base(tmp_path / "b")
    assert json.loads((Path(second) / "build.json").read_text())["mlm_steps_done"] == TINY_BUILD["mlm_steps"]
    a, b = load_file(str(Path(first) / "model.safetensors")), load_file(str(Path(second) / "model.safetensors"))
    assert a.keys() == b.keys() and all(np.array_equal(a[k].numpy(), b[k].numpy()) for k in a)


def test_lora_folder_scores_through_numpy_as_torch_does(lora_saved, monkeypatch):
    """A loaded mean-pooling folder scores through NumPy (no torch network built) with torch's probabilities."""
    _, folder, _ = lora_saved
    monkeypatch.setenv("STANCE_INFERENCE", "numpy")
    fast = load_model(folder)
    assert fast._fast is not None and fast._network is None
    monkeypatch.setenv("STANCE_INFERENCE", "torch")
    slow = load_model(folder)
    assert slow._fast is None
    texts = texts_of("test") + [" ".join(texts_of("train"))]  # the last one spans several windows
    assert fast.window_counts(texts)[-1] > 1
    assert fast.windows(texts)[0] == slow.windows(texts)[0]
    a, b = fast.predict_proba(texts), slow.predict_proba(texts)
    for task in a:
        np.testing.assert_allclose(a[task], b[task], rtol=0, atol=1e-5)
        assert (a[task].argmax(1) == b[task].argmax(1)).all()
    assert fast._network is None  # scoring never built the torch network
    assert fast.network is not None and fast.tokenizer is not None  # asked for, it is built from the folder
    assert load_model(folder, quantize=True)._fast is None  # int8 is a torch path


def test_numpy_scoring_imports_neither_torch_nor_transformers(lora_saved):
    import subprocess
    import sys

    _, folder, _ = lora_saved
    code = ("import sys; from stance.models.base import load_model; "
            f"m = load_model({str(folder)!r}); m.predict(['هدد بالرد بقوة']); "
            "print(sorted(x for x in ('torch', 'transformers', 'peft') if x in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "STANCE_INFERENCE": "auto", "CUDA_VISIBLE_DEVICES": ""})
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_long_runs_switch_to_torch_once_and_numpy_only_never_does(lora_saved, monkeypatch):
    from stance.models import bert

    _, folder, _ = lora_saved
    texts = texts_of("test")
    monkeypatch.setattr(bert, "NUMPY_WINDOWS", len(texts) + 1)
    monkeypatch.setenv("STANCE_INFERENCE", "auto")
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    model = load_model(folder)
    first = model.predict_proba(texts)  # within the NumPy budget
    assert model._fast is not None and model._network is None
    second = model.predict_proba(texts)  # past it: the torch network is built and used from now on
    assert model._fast is None and model._network is not None
    np.testing.assert_allclose(second["stance"], first["stance"], rtol=0, atol=1e-5)
    monkeypatch.setenv("STANCE_INFERENCE", "numpy")
    pinned = load_model(folder)
    for _ in range(3):
        pinned.predict_proba(texts)
    assert pinned._fast is not None and pinned._network is None


def test_a_learned_vocabulary_is_the_same_in_every_process():
    """`stance train bert` on the compact base builds its tokenizer first: two processes (each with its own string
    hash seed) must learn the same word pieces with the same ids from the same text, or the same command gives
    two different models."""
    import subprocess
    import sys

    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from tests.test_bert import tiny_sentences; "
            "from stance.bert_build import train_tokenizer; "
            "print(json.dumps(train_tokenizer(tiny_sentences() * 3, vocab_size=200, min_frequency=2).get_vocab(), "
            "sort_keys=True))")
    root = str(Path(__file__).resolve().parents[1])
    vocabs = [subprocess.run([sys.executable, "-c", code, root], capture_output=True, text=True, check=True,
                             env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
              for seed in (1, 2, 3)]
    assert len(json.loads(vocabs[0])) == 200
    assert vocabs[0] == vocabs[1] == vocabs[2]
