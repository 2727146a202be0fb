"""Shortcut check and cue-word shares for the data card.

    python training/shortcut_check.py                   # corpus test split, seeds, case file, real-press dev set if present
    python training/shortcut_check.py --json out.json

Two questions about the corpus:

1. Can a keyword reader or a bag of words solve it? A keyword-only classifier
   (``label_cues.json``: the first label, in the guide's decision order, whose cue word
   is in the reporting verb or span; else ``none``) and a bag-of-words logistic
   regression trained on the train split are scored on held-out sets. Both must stay
   well below the real models, or the corpus rewards cue words, not stance.
2. How often does a statement of each class carry its own label's obvious cue word?
   In real press the answer is "rarely" (``real_press_cue_share.json``, counted on
   statements read and labelled during the real-press study); the corpus should be close.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABELS = ("concern", "reassurance", "denial", "threat", "none")
DECISION_ORDER = ("threat", "denial", "concern", "reassurance")  # ANNOTATION.md §3
REALPRESS = ROOT.parent / "shared" / "realpress"
CASES = ROOT / "eval" / "cases" / "real_layouts"


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern]:
    from stance.normalize import normalize

    spec = json.loads((ROOT / "training" / "label_cues.json").read_text(encoding="utf-8"))
    out = {}
    for label in DECISION_ORDER:
        stems = "|".join(re.escape(normalize(s)) for s in spec[label])
        out[label] = re.compile(rf"(?<!\w)(?:[وفبل]|ال|وال|بال|لل)?(?:{stems})")
    return out


def cue_labels(text: str) -> set[str]:
    """Labels whose obvious cue word occurs in ``text`` (normalized here)."""
    from stance.normalize import normalize

    norm = normalize(text)
    return {label for label, pat in cue_patterns().items() if pat.search(norm)}


def keyword_predict(texts: list[str]) -> list[str]:
    preds = []
    for text in texts:
        found = cue_labels(text)
        preds.append(next((lab for lab in DECISION_ORDER if lab in found), "none"))
    return preds


def cue_share(texts: list[str], labels: list[str]) -> dict[str, dict]:
    """Per class: how many statements contain their own label's cue word."""
    out = {}
    for label in DECISION_ORDER:
        idx = [i for i, y in enumerate(labels) if y == label]
        hits = sum(1 for i in idx if label in cue_labels(texts[i]))
        out[label] = {"n": len(idx), "with_cue": hits, "share": round(hits / len(idx), 3) if idx else None}
    return out


def _gold(path: Path) -> tuple[list[dict], dict[str, str]]:
    """Clear (not ambiguous) gold statements and their articles, found as ``stance eval`` finds them."""
    from stance.data import read_jsonl
    from stance.evaluate import find_articles, read_articles

    recs = [r for r in read_jsonl(path) if not r.get("ambiguous")]
    articles_path = find_articles(path)
    return recs, (read_articles(articles_path)[0] if articles_path else {})


def run() -> dict:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    from stance.features import statement_inputs
    from stance.normalize import normalize
    from stance.train import training_sets

    sets = training_sets()
    train_recs, train_arts = sets["train"]
    held = {"test": sets["test"], "seeds": sets.get("seeds")}
    if (CASES / "gold.jsonl").is_file():
        held["cases"] = _gold(CASES / "gold.jsonl")
    if (REALPRESS / "gold.jsonl").is_file():
        held["realpress (dev only)"] = _gold(REALPRESS / "gold.jsonl")

    x_train = statement_inputs(train_recs, train_arts)
    y_train = [r["label"] for r in train_recs]
    bow = CountVectorizer(preprocessor=normalize, ngram_range=(1, 1), min_df=2)
    clf = LogisticRegression(max_iter=2000, class_weight="balanced", random_state=13)
    clf.fit(bow.fit_transform(x_train), y_train)

    report = {"baselines": {}, "cue_share": {}}
    for name, pack in held.items():
        if not pack or not pack[0]:
            continue
        recs, arts = pack
        x = statement_inputs(recs, arts)
        y = [r["label"] for r in recs]
        report["baselines"][name] = {
            "n": len(y),
            "keyword_macro_f1": round(f1_score(y, keyword_predict(x), labels=list(LABELS), average="macro", zero_division=0), 3),
            "bag_of_words_macro_f1": round(f1_score(y, clf.predict(bow.transform(x)), labels=list(LABELS), average="macro", zero_division=0), 3),
        }
    all_recs = [r for split in ("train", "dev", "test") for r in sets[split][0]]
    all_x = statement_inputs(all_recs, sets["train"][1])
    report["cue_share"]["corpus"] = cue_share(all_x, [r["label"] for r in all_recs])
    report["label_share"] = {"corpus": {k: round(v / len(all_recs), 3) for k, v in Counter(r["label"] for r in all_recs).items()}}
    real = ROOT / "training" / "data" / "real_press_cue_share.json"
    if real.is_file():
        figures = json.loads(real.read_text(encoding="utf-8"))
        report["cue_share"]["real press sample"] = figures["cue_share"]
        report["label_share"]["real press sample"] = figures["label_share"]
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    report = run()
    print("| set | n | keyword-only macro-F1 | bag-of-words macro-F1 |\n|---|---|---|---|")
    for name, r in report["baselines"].items():
        print(f"| {name} | {r['n']} | {r['keyword_macro_f1']:.3f} | {r['bag_of_words_macro_f1']:.3f} |")
    print("\nShare of each class's statements that contain their own label's cue word (span + reporting verb):\n")
    sources = list(report["cue_share"])
    print("| label | " + " | ".join(sources) + " |\n|---|" + "---|" * len(sources))
    for label in DECISION_ORDER:
        cells = []
        for src in sources:
            c = report["cue_share"][src][label]
            cells.append(f"{c['share']:.0%} ({c['with_cue']}/{c['n']})" if c["n"] else "–")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("\nLabel shares:\n")
    print("| label | " + " | ".join(report["label_share"]) + " |\n|---|" + "---|" * len(report["label_share"]))
    for label in LABELS:
        print(f"| {label} | " + " | ".join(f"{report['label_share'][s].get(label, 0):.0%}" for s in report["label_share"]) + " |")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
