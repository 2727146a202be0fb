"""Build the real-layout case file from the hand-written sources in ``eval/cases/src/``.

Run from the repository root:

    python eval/cases/build_cases.py            # check the sources and write the JSONL files
    python eval/cases/build_cases.py --check    # only check, write nothing
    python eval/cases/build_cases.py --stats    # also print counts per layout, actor and label

Each source file ``src/NNN.txt`` is one article::

    date: 2023-09-12          (or: date: none)
    layout: headline, role_comma_name, continuation
    ---
    <article text with statements marked inline>

A statement is marked ``[[actor|label|sentiment|mention|layout|other_name::content]]``
(an optional seventh field before ``::`` holds a free-text note).  ``actor`` is one of
kirby, peskov, yoon, kim, other; ``other_name`` names the person or body for ``other``
and is empty otherwise; ``mention`` is the surface form that names the speaker in the
text; ``content`` is the statement span without the reporting verb and speaker name.
The marker is replaced by its content in the article text; offsets are computed on
the text that results.  Text outside markers (background with بحسب, described events)
is not a statement and never reaches the gold file.

Outputs, next to this script in ``real_layouts/``:

* ``articles.jsonl``: ``{"id", "date", "text"}`` per article (``date`` is null when none);
* ``gold.jsonl``: ``article_id, id, actor, actor_mention, other_name, start, end, text,
  label, sentiment, ambiguous, note, layout`` per statement (``text == article[start:end]``).

The script exits with status 1 and lists every problem when a source breaks a rule:
unknown actor, label, sentiment or layout tag, empty span, a mention that does not occur
in the article, an ``other`` without a name or a tracked actor with one, a layout tag that
the header does not list, or an unbalanced marker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "training"))
from build_corpus import unmark  # noqa: E402  (the corpus and the case file share one markup reader)

SRC = HERE / "src"
OUT = HERE / "real_layouts"

ACTORS = {"kirby", "peskov", "yoon", "kim", "other"}
LABELS = {"concern", "reassurance", "denial", "threat", "none"}
SENTIMENTS = {"negative", "neutral", "positive"}

# Layout tags: what each one reproduces (see README.md for the full list with examples).
LAYOUTS = {
    "plain": "قال X إن … with the name right before the verb's complement",
    "role_comma_name": "role, comma, name, comma (المتحدث باسم الكرملين، دميتري بيسكوف، …)",
    "name_comma_role": "name, comma, role (جون كيربي، المتحدث باسم …، …)",
    "name_adverbial_quote": "name + adverbial phrase + quote (في مؤتمر صحفي، في رسالة بثها التلفزيون …)",
    "role_by_date": "bare role mention that the article date resolves to a tracked person",
    "role_other_date": "role mention that belongs to someone else at the article date (Moon, Lee, acting president)",
    "role_with_other_name": "role mention beside another person's name (الرئيس الكوري الجنوبي لي جاي ميونغ)",
    "feminine_kim": "a woman called Kim (قالت كيم، شقيقة الزعيم) or Kim Yo Jong named",
    "kim_in_title": "Kim Jong Un named only inside another person's title",
    "bare_kim_minister": "bare كيم after a minister or official named Kim",
    "other_yoon": "another person called Yoon",
    "institution": "an institution as speaker (البيت الأبيض، الكرملين، وزارة الدفاع …)",
    "coref_official": "a later مسؤول البيت الأبيض / المسؤول الأمريكي / المتحدث referring back to the named speaker",
    "other_spokesman": "another spokesman with a role close to a tracked one",
    "headline": "headline line with name/role + colon (كيربي: …)",
    "breadcrumb_teaser": "breadcrumbs, repeated teaser lines, captions, boilerplate around the story",
    "truncated": "excerpt that stops mid-sentence or a clipped first word",
    "latin_name": "Latin-script name inside Arabic text (Peskov, Kirby)",
    "misspelling": "a misspelled name (بيكسوف، كيم جوغ أون، كيربى)",
    "outlet_speaker": "an outlet that makes a claim of its own (ذكرت صحيفة X أن …)",
    "office_relay": "an office that relays a person's words (ذكر مكتبه أن يون …)",
    "joint_speakers": "two speakers at once (الزعيمان، أكد يون ونظيره …)",
    "continuation": "وأضاف / وتابع / مضيفا / pronoun that keeps the previous speaker",
    "standalone_quote": "a quote alone on the next line, no verb",
    "relayed": "نقلت وكالة … عن X قوله",
    "attribution_first": "وبحسب X، فإن … / ووفقا لـ X …",
    "pluperfect": "وكان X قد قال …",
    "tv_transcript": "TV transcript style (المذيع:، المراسل:، speaker labels)",
    "quote_then_attribution": "quote first, speaker after it (… ، قال بيسكوف)",
    "genitive_speaker": "speaker in a genitive (الإفادة الصحفية لبيسكوف، حيث تابع …)",
    "parenthesis_quote": "a quote in parentheses or with unusual quote marks",
    "non_statement": "background بحسب / described event that must not be extracted",
    "participle_clause": "a participle (قائلا، مؤكدا، واصفا) hanging on a non-speech verb whose subject is named (اعترض X، قائلا)",
    "second_act": "a second act joined by و in the same sentence (أكد X أن …، وشدد على أن …)",
    "describe_as": "وصف X Y بأنه … / واصفا إياه بـ«…»: the words after بأنه",
    "relative_clause": "a name inside a relative clause near the speaker, or «X، الذي قال إن …»",
    "nominal_report": "a report in a noun phrase (تصريحات X لوكالة …، جاء ذلك في تصريحات لـX قال فيها)",
    "content_names_other": "the content or an adverbial after it names another actor (في إشارة إلى الزعيم كيم)",
    "bare_name_far": "a bare surname or given name far from the full name",
    "relayed_pronoun": "نقلت عنه قوله: the pronoun is the person named just before",
}

MARK_RE = re.compile(r"\[\[(.*?)::(.*?)\]\]", re.S)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_source(path: Path) -> tuple[dict, list[dict], list[str]]:
    """Parse one source file into an article, its statements and the problems found."""
    problems: list[str] = []
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        return {}, [], [f"{path.name}: no '---' line between header and text"]
    header = {}
    for line in head.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    date = header.get("date", "none")
    if date != "none" and not DATE_RE.match(date):
        problems.append(f"{path.name}: bad date {date!r}")
    header_layouts = {t.strip() for t in header.get("layout", "").split(",") if t.strip()}
    for tag in sorted(header_layouts - set(LAYOUTS)):
        problems.append(f"{path.name}: unknown layout tag {tag!r} in header")
    body = body.strip("\n")
    art_id = f"rl_{path.stem}"

    text, marks = unmark(body, MARK_RE)
    statements = []
    for n, (fields, content, start, end) in enumerate(marks, 1):
        where = f"{path.name} statement {n}"
        if len(fields) not in (6, 7):
            problems.append(f"{where}: {len(fields)} fields, expected 6 or 7")
            continue
        actor, label, sentiment, mention, layout, other_name = (f.strip() for f in fields[:6])
        note = fields[6].strip() if len(fields) == 7 else ""
        if actor not in ACTORS:
            problems.append(f"{where}: unknown actor {actor!r}")
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label!r}")
        if sentiment not in SENTIMENTS:
            problems.append(f"{where}: unknown sentiment {sentiment!r}")
        tags = [t.strip() for t in layout.split("+") if t.strip()]
        for tag in tags:
            if tag not in LAYOUTS:
                problems.append(f"{where}: unknown layout tag {tag!r}")
            elif tag not in header_layouts:
                problems.append(f"{where}: layout tag {tag!r} not listed in the header")
        if not tags:
            problems.append(f"{where}: no layout tag")
        if actor == "other" and not other_name:
            problems.append(f"{where}: actor other needs a name")
        if actor != "other" and other_name:
            problems.append(f"{where}: tracked actor {actor} with other_name {other_name!r}")
        if not mention:
            problems.append(f"{where}: empty mention")
        if not content.strip() or content != content.strip():
            problems.append(f"{where}: span empty or with outer spaces: {content!r}")
        if "[[" in content or "]]" in content:
            problems.append(f"{where}: nested marker")
        statements.append({
            "article_id": art_id, "id": f"{art_id}_s{n:02d}", "actor": actor,
            "actor_mention": mention, "other_name": other_name if actor == "other" else "",
            "start": start, "end": end, "text": content,
            "label": label, "sentiment": sentiment, "ambiguous": False, "note": note,
            "layout": tags,
        })
    if "[[" in text or "]]" in text or "::" in text:
        problems.append(f"{path.name}: unbalanced or malformed marker left in the text")
    for st in statements:
        if text[st["start"]:st["end"]] != st["text"]:
            problems.append(f"{st['id']}: offsets do not match the text")
        if st["actor_mention"] and st["actor_mention"] not in text:
            problems.append(f"{st['id']}: mention {st['actor_mention']!r} not in the article")
    used = {tag for st in statements for tag in st["layout"]}
    for tag in sorted(header_layouts - used - {"non_statement", "breadcrumb_teaser", "truncated", "headline"}):
        problems.append(f"{path.name}: header tag {tag!r} used by no statement")
    article = {"id": art_id, "date": None if date == "none" else date, "text": text}
    return article, statements, problems


def build(write: bool = True) -> tuple[list[dict], list[dict], list[str], list[dict]]:
    articles, gold, problems, headers = [], [], [], []
    for path in sorted(SRC.glob("*.txt")):
        article, statements, found = parse_source(path)
        problems += found
        if article:
            articles.append(article)
            gold += statements
            head = path.read_text(encoding="utf-8").partition("\n---\n")[0]
            tags = re.search(r"^layout:(.*)$", head, re.M)
            headers.append({"id": article["id"], "layout": [t.strip() for t in (tags.group(1) if tags else "").split(",")
                                                            if t.strip()]})
    if write and not problems:
        OUT.mkdir(exist_ok=True)
        with open(OUT / "articles.jsonl", "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(OUT / "gold.jsonl", "w", encoding="utf-8") as fh:
            for g in gold:
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return articles, gold, problems, headers


def stats(articles: list[dict], gold: list[dict], headers: list[dict]) -> str:
    lines = [f"articles: {len(articles)} (with date: {sum(1 for a in articles if a['date'])})",
             f"statements: {len(gold)}"]
    tracked = sum(1 for g in gold if g["actor"] != "other")
    lines.append(f"tracked: {tracked}, other: {len(gold) - tracked}")
    for title, counter in (("actor", Counter(g["actor"] for g in gold)),
                           ("label", Counter(g["label"] for g in gold)),
                           ("sentiment", Counter(g["sentiment"] for g in gold)),
                           ("layout (statements)", Counter(t for g in gold for t in g["layout"])),
                           ("layout (articles)", Counter(t for h in headers for t in h["layout"])),
                           ("year", Counter((a["date"] or "none")[:4] for a in articles))):
        lines.append(f"\n{title}:")
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {key:22s} {n}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="check the sources, write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts per layout, actor and label")
    args = parser.parse_args(argv)
    articles, gold, problems, headers = build(write=not args.check)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    print(f"{len(articles)} articles, {len(gold)} statements" + ("" if args.check else f" -> {OUT}"))
    if args.stats:
        print(stats(articles, gold, headers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
