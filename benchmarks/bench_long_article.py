"""Extraction time per 1,000 characters as one article grows: the texts of ``seeds/`` joined, repeated to a base
length, then to 4 and 16 times it. A per-article cost that stays flat means time linear in the length; one that
grows with the size means some step reads the whole text before a position at each call (quadratic time).

    python benchmarks/bench_long_article.py                     # the code of this checkout
    python benchmarks/bench_long_article.py --root /path/other  # another checkout's stance package, same texts

The articles are built from this checkout's ``seeds/`` whatever ``--root`` is, so two roots read the same text
and their lines can be compared side by side. Each size is extracted ``--repeat`` times; the best run counts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def seed_text(seeds: Path) -> str:
    files = sorted(seeds.glob("*.txt"))
    if not files:
        raise SystemExit(f"no seed texts in {seeds}")
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=str(HERE), help="checkout whose stance package is timed (default: this one)")
    parser.add_argument("--seeds", default=str(HERE / "seeds"), help="folder of seed texts (default: this one's)")
    parser.add_argument("--base-repeats", type=int, default=6, help="seed texts per base article (default 6)")
    parser.add_argument("--sizes", default="1,4,16", help="multiples of the base length (default 1,4,16)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size, the best counts (default 2)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(args.root).resolve()))
    import stance
    from stance.extract import extract_statements

    seeds = seed_text(Path(args.seeds))
    extract_statements(seeds)  # warm up: resources loaded, patterns compiled
    print(f"root {Path(stance.__file__).resolve().parent.parent}")
    print(f"{'size':>5} {'chars':>10} {'statements':>10} {'seconds':>8} {'ms/1k chars':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = "\n\n".join([seeds] * (args.base_repeats * size))
        best, found = float("inf"), 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            found = len(extract_statements(text))
            best = min(best, time.perf_counter() - started)
        print(f"{size:>4}x {len(text):>10,} {found:>10,} {best:>8.2f} {best * 1e6 / len(text):>12.3f}")


if __name__ == "__main__":
    main()
