"""Statements per second of each model kind on the same statements, side by side (prediction only), and for
an encoder model how close it comes to the FLOP limit of this machine.

    python benchmarks/bench_models.py --model artifacts/tfidf --model artifacts/e5 [--n 512] [--threads 2]

Every model scores the same statements (the frozen test gold's spans, eval/gold/test.jsonl, with a reporting
cue on most of them, repeated up to ``--n``) in the same process with the same thread count; a model folder of
kind "bert" is timed three ways: fp32 through the NumPy forward pass (what the first 2,000 windows of a run
use on CPU), fp32 through torch (the rest of a long run) and torch with dynamic int8 quantization; labels are
compared with the first (agreement). One warm-up batch is not timed; each figure is the median of ``--repeats`` timed passes.

FLOP limit (kind "bert"): torch's fp32 matmul speed is measured on this machine at the same thread count, on
the shapes the encoder multiplies (a batch of tokens times each weight matrix) and on one large square
product; the encoder's FLOPs per statement are counted from its real token counts (2 x the weights that take
part in matrix products x tokens, plus 4 x tokens^2 x hidden per layer for attention scores and their
weighted sum); limit = matmul FLOP/s / FLOPs per statement. The int8 model is also compared with the
measured speed of a dynamically quantized int8 linear layer of the same shapes. Figures go to stdout as
Markdown tables (``--json`` also writes them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CUES = ["قال", "أعرب عن", "نفى", "حذر", "أكد", None]


def gold_inputs(n: int) -> list[str]:
    from stance.features import compose_input

    records = [json.loads(line) for line in (ROOT / "eval/gold/test.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    texts = [compose_input(r["text"], CUES[i % len(CUES)]) for i, r in enumerate(records)]
    return (texts * (n // len(texts) + 1))[:n]


def timed(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# -- FLOPs ----------------------------------------------------------------------------------------------------

def encoder_shape(network) -> dict:
    config = network.config
    return {"hidden": int(config.hidden_size), "ffn": int(config.intermediate_size),
            "layers": int(config.num_hidden_layers)}


def matmul_params(shape: dict) -> int:
    """Weights that take part in matrix products per token: q, k, v, attention output, two feed-forward matrices."""
    h, f = shape["hidden"], shape["ffn"]
    return shape["layers"] * (4 * h * h + 2 * h * f)


def window_flops(shape: dict, tokens: int) -> float:
    return 2.0 * matmul_params(shape) * tokens + 4.0 * shape["layers"] * tokens * tokens * shape["hidden"]


def statement_flops(model, texts: list[str]) -> dict:
    """FLOPs of the encoder for ``texts``: on the real tokens, and on the padded batches prediction really runs."""
    import numpy as np

    shape = encoder_shape(model.network)
    window_ids, _ = model.windows(texts)
    lengths = np.asarray([len(ids) for ids in window_ids])
    real = float(sum(window_flops(shape, int(t)) for t in lengths))
    size = int(model.config["eval_batch_size"])
    order = np.sort(lengths)
    padded = 0.0
    for start in range(0, len(order), size):
        batch = order[start:start + size]
        padded += len(batch) * window_flops(shape, int(batch.max()))
    return {"shape": shape, "matmul_params": matmul_params(shape), "windows": int(len(lengths)),
            "mean_tokens": float(lengths.mean()), "flops_per_statement": real / len(texts),
            "padded_flops_per_statement": padded / len(texts)}


def matmul_speed(shape: dict, threads: int, tokens: int = 4096, repeats: int = 7) -> dict:
    """fp32 GFLOP/s of torch.mm on the encoder's shapes and on a 1024^3 product; int8 dynamic linear GOP/s."""
    import warnings

    import torch

    torch.set_num_threads(threads)
    h, f = shape["hidden"], shape["ffn"]
    x = torch.randn(tokens, h)
    xf = torch.randn(tokens, f)
    weights = {"h x h": torch.randn(h, h), "h x ffn": torch.randn(h, f), "ffn x h": torch.randn(f, h)}
    inputs = {"h x h": x, "h x ffn": x, "ffn x h": xf}
    out = {}
    total_flops, total_seconds = 0.0, 0.0
    with torch.inference_mode():
        for name, w in weights.items():
            a = inputs[name]
            torch.mm(a, w)
            seconds = timed(lambda: torch.mm(a, w), repeats)
            flops = 2.0 * a.shape[0] * w.shape[0] * w.shape[1]
            out[f"fp32 {name} GFLOP/s"] = flops / seconds / 1e9
            weight = 4 if name == "h x h" else 1  # per layer: 4 h x h products, one of each feed-forward shape
            total_flops += weight * flops
            total_seconds += weight * seconds
        out["fp32 encoder mix GFLOP/s"] = total_flops / total_seconds / 1e9
        big = torch.randn(1024, 1024)
        torch.mm(big, big)
        out["fp32 1024^3 GFLOP/s"] = 2.0 * 1024 ** 3 / timed(lambda: torch.mm(big, big), repeats) / 1e9
        from torch.ao.nn.quantized.dynamic import Linear as QLinear

        total_flops, total_seconds = 0.0, 0.0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, (n_in, n_out), weight in (("h x h", (h, h), 4), ("h x ffn", (h, f), 1), ("ffn x h", (f, h), 1)):
                layer = QLinear(n_in, n_out)
                a = x if n_in == h else xf
                layer(a)
                seconds = timed(lambda: layer(a), repeats)
                total_flops += weight * 2.0 * a.shape[0] * n_in * n_out
                total_seconds += weight * seconds
        out["int8 dynamic linear encoder mix GOP/s"] = total_flops / total_seconds / 1e9
    return out


def machine() -> str:
    cpu = "?"
    if Path("/proc/cpuinfo").is_file():
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), platform.processor())
    return (f"{cpu}, {os.cpu_count()} CPUs ({len(os.sched_getaffinity(0))} usable), Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.1f}")


def load_with(folder, inference: str):
    """The folder loaded with ``STANCE_INFERENCE=inference`` (``numpy``: never switches to torch; ``torch``)."""
    from stance.models.base import load_model

    before = os.environ.get("STANCE_INFERENCE")
    os.environ["STANCE_INFERENCE"] = inference
    try:
        return load_model(folder)
    finally:
        if before is None:
            del os.environ["STANCE_INFERENCE"]
        else:
            os.environ["STANCE_INFERENCE"] = before


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import torch

    from stance.models.base import decide, load_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--n", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)

    texts = gold_inputs(args.n)
    print(f"machine: {machine()}, torch {torch.__version__}")
    print(f"{len(texts)} statements, {args.threads} threads, mean {np.mean([len(t) for t in texts]):.0f} characters, "
          f"median of {args.repeats} passes\n")
    rows, limits = [], []
    for folder in args.model:
        model = load_model(folder)
        variants = [("fp32", model, {})]
        if model.kind == "bert":
            model.config["cpu_threads"] = args.threads
            torch_model = model
            if getattr(model, "_fast", None) is not None:  # NumPy forward pass (short runs); torch side by side
                model = load_with(folder, "numpy")
                variants = [("fp32 (NumPy: start of a run)", model, {})]
                torch_model = load_with(folder, "torch")
                torch_model.config["cpu_threads"] = args.threads
                variants.append(("fp32 (torch)", torch_model, {}))
            variants.append(("int8 (dynamic, torch)", torch_model, {"quantized": True}))
        reference = None
        flops = statement_flops(torch_model, texts) if model.kind == "bert" else None
        for name, model, kw in variants:
            model.predict_proba(texts[:16], **kw)  # warm-up (and builds the int8 copy)
            probs = {}
            seconds = timed(lambda: probs.update(model.predict_proba(texts, **kw)), args.repeats)
            labels = decide(probs["stance"], model.stance_labels)
            agree = None if reference is None else float(np.mean([a == b for a, b in zip(labels, reference)]))
            reference = reference or labels
            row = {"model": Path(folder).name, "kind": model.kind, "precision": name,
                   "statements_per_s": len(texts) / seconds, "agreement_with_fp32": agree}
            if flops:
                row["achieved_gflops_real_tokens"] = flops["flops_per_statement"] * len(texts) / seconds / 1e9
                row["achieved_gflops_padded"] = flops["padded_flops_per_statement"] * len(texts) / seconds / 1e9
            rows.append(row)
        if flops:
            speed = matmul_speed(flops["shape"], args.threads)
            limits.append({"model": Path(folder).name, **flops, **speed})
    print("| model | precision | statements/s | agreement with fp32 (stance label) |\n|---|---|---:|---|")
    for r in rows:
        agree = "–" if r["agreement_with_fp32"] is None else f"{r['agreement_with_fp32']:.3f}"
        print(f"| {r['model']} ({r['kind']}) | {r['precision']} | {r['statements_per_s']:.1f} | {agree} |")
    for lim in limits:
        s = lim["shape"]
        print(f"\nFLOP limit of {lim['model']}: {s['layers']} layers, hidden {s['hidden']}, ffn {s['ffn']}: "
              f"{lim['matmul_params'] / 1e6:.1f} M weights in matrix products; {lim['windows']} windows, "
              f"{lim['mean_tokens']:.1f} tokens per window; {lim['flops_per_statement'] / 1e9:.2f} GFLOP per "
              f"statement on its real tokens ({lim['padded_flops_per_statement'] / 1e9:.2f} with the batches' padding)\n")
        print("| measured on this machine | value |\n|---|---:|")
        for key in ("fp32 h x h GFLOP/s", "fp32 h x ffn GFLOP/s", "fp32 ffn x h GFLOP/s", "fp32 encoder mix GFLOP/s",
                    "fp32 1024^3 GFLOP/s", "int8 dynamic linear encoder mix GOP/s"):
            print(f"| {key} | {lim[key]:.1f} |")
        bound = lim["fp32 encoder mix GFLOP/s"] * 1e9 / lim["flops_per_statement"]
        int8_bound = lim["int8 dynamic linear encoder mix GOP/s"] * 1e9 / lim["flops_per_statement"]
        lim["fp32_limit_statements_per_s"], lim["int8_limit_statements_per_s"] = bound, int8_bound
        print(f"\n| {lim['model']} | statements/s | share of the fp32 matmul limit ({bound:.1f}/s) | "
              f"share of the int8 linear limit ({int8_bound:.1f}/s) |\n|---|---:|---:|---:|")
        for r in rows:
            if r["model"] == lim["model"]:
                print(f"| {r['precision']} | {r['statements_per_s']:.1f} | {r['statements_per_s'] / bound:.0%} | "
                      f"{r['statements_per_s'] / int8_bound:.0%} |")
    print(f"\nmachine after: load average {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "threads": args.threads, "rows": rows,
                                         "limits": limits}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
