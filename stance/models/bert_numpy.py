"""A mean-pooling BERT model's forward pass in NumPy, for a fast start.

Importing torch and transformers and building the network costs a one-article
``stance score`` with the e5 model about 5 s before any text is read; the
forward pass itself is a tenth of a second. This module scores the same model
from the same files without either: the base's ``model.safetensors`` is
memory-mapped (only the rows of the word embeddings a text uses are ever
read), the trained LoRA adapters are folded into the mapped matrices
(``W + alpha/r * B @ A``, what peft's merge does), and the base's
``tokenizer.json`` is run by the ``tokenizers`` library that transformers
itself wraps. The logits equal the torch network's to float32 rounding
(tested), and :class:`stance.models.bert.BertModel` still builds the torch
network for training, int8, a GPU or large batches.

Only the architecture the e5 path trains is covered: a post-LayerNorm BERT
encoder with absolute positions, exact (erf) GELU and one linear head over the
attention-masked mean of the last hidden states. :func:`supported` says
whether a base folder is one.
"""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

_DTYPES = {"F32": np.float32, "F16": np.float16, "F64": np.float64, "I64": np.int64, "I32": np.int32}


class WeightsFormatError(ValueError):
    """A safetensors file this reader cannot map (a dtype NumPy lacks, such as bf16, or a damaged header)."""


def read_safetensors(path: str | Path, mmap: bool = True) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file as a read-only NumPy array, memory-mapped unless ``mmap`` is false.

    The format is an 8-byte little-endian header length, a JSON header giving each tensor's dtype, shape
    and byte range, then the raw little-endian data."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(8)
        if len(head) != 8:
            raise WeightsFormatError(f"{path}: not a safetensors file")
        (length,) = struct.unpack("<Q", head)
        try:
            header = json.loads(fh.read(length))
        except ValueError:
            raise WeightsFormatError(f"{path}: damaged safetensors header") from None
    start = 8 + length
    data = (np.memmap(path, dtype=np.uint8, mode="r", offset=start) if mmap
            else np.fromfile(path, dtype=np.uint8, offset=start))
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise WeightsFormatError(f"{path}: tensor {name} has dtype {info['dtype']}, which this reader does not map")
        begin, end = info["data_offsets"]
        out[name] = data[begin:end].view(np.dtype(dtype).newbyteorder("<")).reshape(info["shape"])
    return out


def supported(base_dir: str | Path) -> bool:
    """Whether the checkpoint in ``base_dir`` is a BERT encoder this module can run (with a tokenizer.json)."""
    base_dir = Path(base_dir)
    try:
        config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (config.get("model_type") == "bert" and config.get("hidden_act") == "gelu"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and (base_dir / "model.safetensors").is_file() and (base_dir / "tokenizer.json").is_file())


_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))
_SQRT_HALF = np.float32(1 / math.sqrt(2.0))


def _gelu_block(x: np.ndarray) -> None:
    """Exact GELU, ``x * (1 + erf(x / sqrt 2)) / 2``, in place. erf to about 1e-7 absolute (Abramowitz and
    Stegun 7.1.26), well inside float32 rounding; written as in-place passes because NumPy has no erf."""
    z = x * _SQRT_HALF
    a = np.abs(z)
    t = a * _ERF_P
    t += 1
    np.reciprocal(t, out=t)
    poly = t * _ERF_A[0]
    for c in _ERF_A[1:]:
        poly += c
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a  # 1 - erf(|z|)
    np.subtract(1, poly, out=poly)
    np.copysign(poly, z, out=poly)  # erf(z)
    poly += 1
    poly *= 0.5
    x *= poly


def _gelu(x: np.ndarray, rows: int = 128) -> np.ndarray:
    """GELU of a 2-D array in place, a block of rows at a time (the passes then stay in the CPU cache:
    6x faster than whole-array passes on the intermediate layer's activations; running the blocks on two
    threads gained nothing measurable on 2 cores)."""
    for start in range(0, x.shape[0], rows):
        _gelu_block(x[start:start + rows])
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place."""
    x -= x.mean(-1, keepdims=True)
    scale = np.square(x).mean(-1, keepdims=True)
    scale += np.float32(eps)
    np.sqrt(scale, out=scale)
    x /= scale
    x *= weight
    x += bias
    return x


class NumpyBert:
    """Logits of a mean-pooling BERT classifier from its base folder and its trained weights file.

    ``trained`` holds what :class:`~stance.models.bert.BertModel` saves for a mean-pooling model: the head
    (``classifier.*``), LoRA adapters (``encoder.….lora_A/B.default.weight``) and any fully trained encoder
    weight (``encoder.…``)."""

    def __init__(self, base_dir: str | Path, trained_path: str | Path, lora_r: int = 0, lora_alpha: int = 16):
        base_dir = Path(base_dir)
        config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.n_layers = int(config["num_hidden_layers"])
        # A checkpoint saved with a task head (BertForMaskedLM, ...) prefixes the encoder's names with "bert.".
        weights = {name.removeprefix("bert."): tensor
                   for name, tensor in read_safetensors(base_dir / "model.safetensors").items()}
        trained = read_safetensors(trained_path, mmap=False)
        scale = float(lora_alpha) / float(lora_r) if lora_r else 0.0
        lora: dict[str, dict[str, np.ndarray]] = {}
        for name, tensor in trained.items():
            if not name.startswith("encoder."):
                continue
            name = name[len("encoder."):].replace(".base_layer.", ".")
            if ".lora_A." in name or ".lora_B." in name:
                target = name.split(".lora_")[0] + ".weight"
                lora.setdefault(target, {})["A" if ".lora_A." in name else "B"] = tensor
            else:
                weights[name] = tensor
        for target, pair in lora.items():
            if target not in weights or set(pair) != {"A", "B"}:
                raise WeightsFormatError(f"{trained_path}: LoRA adapter for {target} does not fit the base")
            weights[target] = (weights[target] + np.float32(scale) * (pair["B"] @ pair["A"])).astype(np.float32, copy=False)
        if "classifier.weight" not in trained:
            raise WeightsFormatError(f"{trained_path}: no classifier weights")
        self.head_w = np.ascontiguousarray(trained["classifier.weight"].T, dtype=np.float32)
        self.head_b = trained["classifier.bias"].astype(np.float32)
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (np.asarray(weights["embeddings.LayerNorm.weight"], dtype=np.float32),
                       np.asarray(weights["embeddings.LayerNorm.bias"], dtype=np.float32))
        self.layers = []
        for i in range(self.n_layers):
            p = f"encoder.layer.{i}."

            def w(name):  # stored (out, in) as torch's Linear: x @ W.T, a view (BLAS reads it transposed, no copy)
                return np.asarray(weights[p + name + ".weight"], dtype=np.float32).T

            def vec(name):
                return np.asarray(weights[p + name], dtype=np.float32)

            qkv_w = np.concatenate([w("attention.self.query"), w("attention.self.key"), w("attention.self.value")], axis=1)
            qkv_b = np.concatenate([vec("attention.self.query.bias"), vec("attention.self.key.bias"),
                                    vec("attention.self.value.bias")])
            self.layers.append({
                "qkv": (qkv_w, qkv_b),
                "out": (w("attention.output.dense"), vec("attention.output.dense.bias")),
                "ln1": (vec("attention.output.LayerNorm.weight"), vec("attention.output.LayerNorm.bias")),
                "up": (w("intermediate.dense"), vec("intermediate.dense.bias")),
                "down": (w("output.dense"), vec("output.dense.bias")),
                "ln2": (vec("output.LayerNorm.weight"), vec("output.LayerNorm.bias")),
            })
        self.n_labels = self.head_b.shape[0]

    def logits(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """(batch, labels) logits for padded ``input_ids`` (batch, width) and their 0/1 ``mask``."""
        n, width = input_ids.shape
        x = self.word[input_ids].astype(np.float32)
        x += self.position[:width]
        x += self.token_type
        x = _layer_norm(x, *self.emb_ln, self.eps).reshape(n * width, -1)
        size = x.shape[1]
        head_dim = size // self.heads
        # Masked keys get a large negative score (transformers uses the dtype's minimum) before the softmax.
        bias = np.where(mask[:, None, None, :] > 0, np.float32(0), np.float32(np.finfo(np.float32).min))
        scale = np.float32(1 / math.sqrt(head_dim))
        for layer in self.layers:
            qkv = x @ layer["qkv"][0]
            qkv += layer["qkv"][1]
            qkv = qkv.reshape(n, width, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2)
            scores *= scale
            scores += bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(n * width, size)
            attended = context @ layer["out"][0]
            attended += layer["out"][1]
            attended += x
            x = _layer_norm(attended, *layer["ln1"], self.eps)
            up = x @ layer["up"][0]
            up += layer["up"][1]
            down = _gelu(up) @ layer["down"][0]
            down += layer["down"][1]
            down += x
            x = _layer_norm(down, *layer["ln2"], self.eps)
        x = x.reshape(n, width, size)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (x * weights).sum(1) / np.maximum(weights.sum(1), 1.0)
        return pooled @ self.head_w + self.head_b
