"""Print the corpus tables of the data card (training/data/README.md) as Markdown.

    python training/corpus_stats.py
"""

import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SPLITS = ("train", "dev", "test")
LABELS = ("concern", "reassurance", "denial", "threat", "none")
ACTORS = ("kirby", "peskov", "yoon", "kim", "other")


def main() -> None:
    arts = [json.loads(line) for line in (DATA / "articles.jsonl").open(encoding="utf-8")]
    sts = [json.loads(line) for line in (DATA / "statements.jsonl").open(encoding="utf-8")]
    print("| split | articles | statements | writers |\n|---|---|---|---|")
    for sp in SPLITS:
        a = [x for x in arts if x["split"] == sp]
        print(f"| {sp} | {len(a)} | {sum(s['split'] == sp for s in sts)} | {', '.join(sorted({x['writer'] for x in a}))} |")
    print(f"| all | {len(arts)} | {len(sts)} | |\n")
    print("Statements per actor × label, all splits (train / dev / test):\n")
    print("| actor | " + " | ".join(LABELS) + " | total |\n|---|" + "---|" * 6)
    for actor in ACTORS:
        cells = []
        for lab in LABELS:
            c = [sum(1 for s in sts if s["actor"] == actor and s["label"] == lab and s["split"] == sp) for sp in SPLITS]
            cells.append(f"{sum(c)} ({'/'.join(map(str, c))})")
        print(f"| {actor} | " + " | ".join(cells) + f" | {sum(s['actor'] == actor for s in sts)} |")
    print("\nSentiment:\n\n| split | negative | neutral | positive |\n|---|---|---|---|")
    for sp in SPLITS:
        c = Counter(s["sentiment"] for s in sts if s["split"] == sp)
        print(f"| {sp} | {c['negative']} | {c['neutral']} | {c['positive']} |")
    print("\nHard-case tags (a statement may carry several):\n\n| tag | train | dev | test | all |\n|---|---|---|---|---|")
    tags = Counter(t for s in sts for t in s.get("tags", []))
    for tag, n in tags.most_common():
        c = [sum(1 for s in sts if tag in s.get("tags", []) and s["split"] == sp) for sp in SPLITS]
        print(f"| {tag} | {c[0]} | {c[1]} | {c[2]} | {n} |")


if __name__ == "__main__":
    main()
