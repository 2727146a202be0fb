"""Build the project's own compact Arabic BERT, offline, from the repository's unlabelled text.

    python -m stance.bert_build                      # -> artifacts/arabic-bert-mini
    python -c "from stance.bert_build import build_mini_bert; build_mini_bert(mlm_steps=200)"

Steps: a WordPiece vocabulary learned from word counts (below), a small
``BertConfig``, then a few minutes of masked-language-model pretraining on CPU.
The folder is written with ``save_pretrained`` and loads with
``AutoTokenizer`` / ``AutoModel`` / ``AutoModelForSequenceClassification``
``.from_pretrained(folder, local_files_only=True)``.

Text used: the train and dev articles of ``training/data/articles.jsonl`` and
``seeds/*.txt`` (no labels are read). Test-split articles and anything under
``eval/`` are never read, so test text stays unseen. ``build.json`` records
what was used, the settings and the final MLM loss.

Reproducibility: the same call gives the same folder on any machine. The MLM
(masking, batch order, initialization) is seeded and bounded by steps. The
vocabulary is not learned with the ``tokenizers`` WordPiece trainer, which
breaks frequency ties in hash-map order that Rust seeds per process (two builds
gave 838 of 1,500 pieces other ids); :func:`learn_vocabulary` ranks pieces by
count with the piece itself as the tie-break, and the ``tokenizers`` WordPiece
model then tokenizes with that vocabulary.
"""

from __future__ import annotations

import json
import time
from contextlib import nullcontext
from pathlib import Path

import numpy as np

from stance.data import data_hash, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "artifacts" / "arabic-bert-mini"
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
BUILD_INFO = "build.json"


def corpus_texts(data_dir: str | Path | None = None, include_seeds: bool = True,
                 splits: tuple[str, ...] = ("train", "dev")) -> list[str]:
    """Unlabelled paragraphs for the tokenizer and MLM: articles of ``splits`` (never test) and the seed articles."""
    if "test" in splits:
        raise ValueError("test articles must stay unseen; they are never used for pretraining")
    data_dir = Path(data_dir or ROOT / "training" / "data")
    docs = [a["text"] for a in read_jsonl(data_dir / "articles.jsonl") if a.get("split") in splits]
    if include_seeds:
        docs += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [para.strip() for doc in docs for para in doc.split("\n") if para.strip()]


def train_tokenizer(texts: list[str], vocab_size: int = 4000, min_frequency: int = 2, model_max_length: int = 128,
                    normalize_text: bool = True):
    """A BERT-style WordPiece tokenizer for ``texts``, as a ``PreTrainedTokenizerFast`` (tokenizer.json only)."""
    if normalize_text:
        from stance.normalize import normalize

        texts = [normalize(t) for t in texts]
    return tokenizer_from_vocab(learn_vocabulary(texts, vocab_size, min_frequency), model_max_length)


def learn_vocabulary(texts: list[str], vocab_size: int = 4000, min_frequency: int = 2) -> list[str]:
    """Word pieces for a WordPiece tokenizer of ``vocab_size`` entries (special tokens included), deterministic.

    Every character seen, as a word start and as a continuation (``##c``), so no seen text becomes ``[UNK]``;
    then whole words, word starts and continuations (``##suffix``) seen at least ``min_frequency`` times, ranked
    by the tokens they save (count x (length - 1)), ties broken by the piece. Words come from the tokenizer's
    own normalizer and pre-tokenizer, so pieces match what tokenization will see.
    """
    from collections import Counter

    from tokenizers import Tokenizer, models

    tok = _configure(Tokenizer(models.WordPiece(unk_token="[UNK]")))
    words: Counter = Counter()
    for text in texts:
        words.update(w for w, _ in tok.pre_tokenizer.pre_tokenize_str(tok.normalizer.normalize_str(text)))
    chars: Counter = Counter()
    pieces: Counter = Counter()
    for word, n in words.items():
        for c in word:
            chars[c] += n
        for k in range(2, len(word) + 1):
            pieces[word[:k]] += n
        for k in range(1, len(word) - 1):
            pieces["##" + word[k:]] += n
    alphabet = sorted(chars, key=lambda c: (-chars[c], c))
    vocab = [*alphabet, *(f"##{c}" for c in alphabet)]
    saved = lambda p: pieces[p] * (len(p.removeprefix("##")) - 1)  # noqa: E731
    ranked = sorted((p for p, n in pieces.items() if n >= min_frequency and saved(p) > 0),
                    key=lambda p: (-saved(p), p))
    room = max(vocab_size - len(SPECIAL_TOKENS) - len(vocab), 0)
    return vocab + ranked[:room]


def tokenizer_from_vocab(pieces: list[str], model_max_length: int = 128):
    """The same tokenizer with a given vocabulary (special tokens are added first): fully deterministic."""
    from tokenizers import Tokenizer, models

    vocab = {piece: i for i, piece in enumerate(dict.fromkeys([*SPECIAL_TOKENS, *pieces]))}
    return _wrap(_configure(Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))), model_max_length)


def _configure(tok):
    from tokenizers import decoders, normalizers, pre_tokenizers

    # Arabic-aware normalization happens in stance.normalize (same function at fine-tune and predict time);
    # the tokenizer only cleans control characters and does not lowercase or strip marks.
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=False, strip_accents=False,
                                                lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    return tok


def _wrap(tok, model_max_length: int):
    from tokenizers import processors
    from transformers import PreTrainedTokenizerFast

    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]", model_max_length=model_max_length)


def _blocks(tokenizer, texts: list[str], block: int) -> list[list[int]]:
    """Concatenate the tokenized paragraphs and cut them into ``[CLS] ... [SEP]`` blocks of ``block`` tokens."""
    from stance.models.bert import quiet_transformers

    stream: list[int] = []
    with quiet_transformers():  # the paragraphs are longer than a window on purpose
        encoded = tokenizer(texts, add_special_tokens=False)["input_ids"]
    for ids in encoded:
        stream += ids + [tokenizer.sep_token_id]
    body = block - 2
    return [[tokenizer.cls_token_id, *stream[i:i + body], tokenizer.sep_token_id]
            for i in range(0, len(stream), body) if len(stream[i:i + body]) >= 8]


def _mask(input_ids, tokenizer, probability: float, generator):
    """BERT masking: ``probability`` of the ordinary tokens are targets; 80% [MASK], 10% random, 10% unchanged."""
    import torch

    labels = input_ids.clone()
    special = torch.zeros_like(input_ids, dtype=torch.bool)
    for tid in (tokenizer.pad_token_id, tokenizer.cls_token_id, tokenizer.sep_token_id):
        special |= input_ids == tid
    chosen = (torch.rand(input_ids.shape, generator=generator) < probability) & ~special
    labels[~chosen] = -100
    inputs = input_ids.clone()
    roll = torch.rand(input_ids.shape, generator=generator)
    inputs[chosen & (roll < 0.8)] = tokenizer.mask_token_id
    random_ids = torch.randint(len(SPECIAL_TOKENS), len(tokenizer), input_ids.shape, generator=generator)
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    inputs[swap] = random_ids[swap]
    return inputs, labels


def build_mini_bert(out: str | Path = DEFAULT_OUT, *, texts: list[str] | None = None, data_dir: str | Path | None = None,
                    include_seeds: bool = True, vocab_size: int = 4000, min_frequency: int = 2,
                    hidden_size: int = 128, num_layers: int = 2, num_heads: int = 2, intermediate_size: int = 512,
                    max_length: int = 128, mlm_block_length: int = 64, normalize_text: bool = True,
                    mlm_probability: float = 0.15,
                    mlm_steps: int = 1000, batch_size: int = 32,
                    learning_rate: float = 1e-3, seed: int = 13, cpu_threads: int = 1, tokenizer=None,
                    log=print) -> dict:
    """Train tokenizer + MLM and ``save_pretrained`` to ``out``; return the build record (also in ``build.json``).

    ``texts`` replaces the repository corpus (tests pass a handful of sentences). Pretraining runs exactly
    ``mlm_steps`` seeded steps (``mlm_steps=0``: random weights), never a time budget, so the same call gives
    the same model on a busy or an idle machine.
    ``max_length`` is the longest window the model accepts (position embeddings); MLM trains on shorter
    ``mlm_block_length`` blocks because statements are short and a step costs less.
    ``tokenizer`` (e.g. from :func:`tokenizer_from_vocab` or a previous build) skips tokenizer training.
    The defaults are sized for 2 shared CPU cores (about 0.3 s per MLM step with ``cpu_threads=1``;
    see :func:`stance.models.bert.torch_threads` for why one thread).
    """
    settings = {k: v for k, v in locals().items() if k != "cpu_threads"}
    import torch

    from stance.models.bert import torch_threads

    with torch_threads(None if torch.cuda.is_available() else cpu_threads):
        return _build(**settings)


def _build(out, texts, data_dir, include_seeds, vocab_size, min_frequency, hidden_size, num_layers, num_heads,
           intermediate_size, max_length, mlm_block_length, normalize_text, mlm_probability, mlm_steps,
           batch_size, learning_rate, seed, tokenizer, log) -> dict:
    import torch
    from transformers import BertConfig, BertForMaskedLM

    from stance.models.bert import quiet_transformers, set_seed

    started = time.perf_counter()
    set_seed(seed)
    out = Path(out)
    source = "given texts"
    if texts is None:
        data_dir = Path(data_dir or ROOT / "training" / "data")
        texts = corpus_texts(data_dir, include_seeds=include_seeds)
        source = {"articles": "train+dev splits of " + str(data_dir / "articles.jsonl"),
                  "articles_sha256": data_hash(data_dir / "articles.jsonl"), "seeds": include_seeds}
    if not texts:
        raise ValueError("no text to build a tokenizer from")
    if normalize_text:
        from stance.normalize import normalize

        texts = [normalize(t) for t in texts]
    if tokenizer is None:
        tokenizer = train_tokenizer(texts, vocab_size=vocab_size, min_frequency=min_frequency,
                                    model_max_length=max_length, normalize_text=False)
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=hidden_size, num_hidden_layers=num_layers,
                        num_attention_heads=num_heads, intermediate_size=intermediate_size,
                        max_position_embeddings=max_length, pad_token_id=tokenizer.pad_token_id)
    network = BertForMaskedLM(config)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    network.to(device).train()

    blocks = _blocks(tokenizer, texts, min(mlm_block_length, max_length))
    generator = torch.Generator().manual_seed(seed)
    rng = np.random.default_rng(seed)
    optimizer = torch.optim.AdamW(network.parameters(), lr=learning_rate, weight_decay=0.01)
    warmup = max(1, mlm_steps // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.05, (mlm_steps - s) / max(1, mlm_steps - warmup))))
    step, losses = 0, []
    mlm_started = time.perf_counter()
    while step < mlm_steps and blocks:
        order = rng.permutation(len(blocks))
        for start in range(0, len(blocks), batch_size):
            batch = [blocks[i] for i in order[start:start + batch_size]]
            width = max(len(b) for b in batch)
            ids = torch.full((len(batch), width), tokenizer.pad_token_id, dtype=torch.long)
            for i, b in enumerate(batch):
                ids[i, :len(b)] = torch.tensor(b)
            inputs, labels = _mask(ids, tokenizer, mlm_probability, generator)
            attention = (ids != tokenizer.pad_token_id).long()
            with torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else nullcontext():
                loss = network(input_ids=inputs.to(device), attention_mask=attention.to(device),
                               labels=labels.to(device)).loss
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            losses.append(loss.item())
            if log and step % 50 == 0:
                log(f"mlm step {step}: loss {np.mean(losses[-50:]):.3f} ({time.perf_counter() - mlm_started:.0f} s)")
            if step >= mlm_steps:
                break

    out.mkdir(parents=True, exist_ok=True)
    with quiet_transformers():
        network.to("cpu").save_pretrained(out, safe_serialization=True)
        tokenizer.save_pretrained(out)
    info = {
        "source": source, "paragraphs": len(texts), "mlm_blocks": len(blocks), "normalize": normalize_text,
        "vocab_size": len(tokenizer), "hidden_size": hidden_size, "num_layers": num_layers, "num_heads": num_heads,
        "intermediate_size": intermediate_size, "max_length": max_length,
        "mlm_block_length": mlm_block_length, "mlm_probability": mlm_probability,
        "mlm_steps_done": step, "mlm_final_loss": round(float(np.mean(losses[-50:])), 4) if losses else None,
        "batch_size": batch_size, "learning_rate": learning_rate, "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out / BUILD_INFO).write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    if log:
        log(f"built {out}: {info['vocab_size']} word pieces, {step} MLM steps, loss {info['mlm_final_loss']}, "
            f"{info['seconds']} s")
    return info


def build_info(folder: str | Path) -> dict:
    """The ``build.json`` of a folder made by :func:`build_mini_bert` (``{}`` for any other checkpoint)."""
    path = Path(folder) / BUILD_INFO
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--mlm-steps", type=int, default=1000)
    args = parser.parse_args()
    build_mini_bert(args.out, mlm_steps=args.mlm_steps)
