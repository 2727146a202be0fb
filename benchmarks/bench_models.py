"""Statements per second of each model kind on the same statements, side by side (prediction only).

    python benchmarks/bench_models.py --model artifacts/tfidf --model artifacts/e5 [--n 512] [--threads 2]

Every model scores the same statements (the corpus test split's inputs, reporting cue + span, repeated
up to ``--n``) in the same process with the same thread count; a model folder of kind "bert" is also
timed with dynamic int8 quantization, and its int8 labels are compared with fp32 (agreement). One
warm-up batch is not timed. Figures go to stdout as a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import torch

    from stance.features import statement_inputs
    from stance.metrics import decide
    from stance.models.base import load_model
    from stance.train import training_sets

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--n", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)

    recs, arts = training_sets()["test"]
    texts = statement_inputs(recs, arts)
    texts = (texts * (args.n // len(texts) + 1))[:args.n]
    print(f"{len(texts)} statements, {args.threads} threads, mean {np.mean([len(t) for t in texts]):.0f} characters\n")
    print("| model | precision | statements/s | agreement with fp32 (stance label) |\n|---|---|---|---|")
    for folder in args.model:
        model = load_model(folder)
        variants = [("fp32", {})]
        if model.kind == "bert":
            model.config["cpu_threads"] = args.threads
            variants.append(("int8 (dynamic)", {"quantized": True}))
        reference = None
        for name, kw in variants:
            model.predict_proba(texts[:16], **kw)  # warm-up (and builds the int8 copy)
            started = time.perf_counter()
            probs = model.predict_proba(texts, **kw)["stance"]
            seconds = time.perf_counter() - started
            labels = decide(probs, model.stance_labels)
            agree = "–" if reference is None else f"{np.mean([a == b for a, b in zip(labels, reference)]):.3f}"
            reference = reference or labels
            print(f"| {Path(folder).name} ({model.kind}) | {name} | {len(texts) / seconds:.1f} | {agree} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
