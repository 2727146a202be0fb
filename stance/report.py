"""Reports rendered from data: ``metrics.json`` of ``stance eval`` and the ``stance score --summary`` JSON.

    from stance.report import render_html, render_markdown, render_summary_report
    html = render_html(json.load(open("reports/eval/metrics.json")))
    render_summary_report("reports/summary.json", "reports/summary")

The HTML is one self-contained file: inline CSS, plots drawn with matplotlib
and embedded as base64 PNG, no script and no external URL, so it opens from
disk anywhere. The Markdown holds the same tables without the plots. Both read
only the metrics dictionary, never a model, so a report can be re-rendered
from an old ``metrics.json``.
"""

from __future__ import annotations

import base64
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

# The summary report is rendered from Jinja2 templates (stance/summary_report.py, stance/templates/).
from stance.summary_report import SECTIONS as SUMMARY_SECTIONS, write_summary_report  # noqa: F401

# Sections of the evaluation report, in order: (anchor, heading). Every report has all of them.
LABEL_COLORS = {"concern": "#e69f00", "reassurance": "#009e73", "denial": "#56b4e9", "threat": "#d55e00",
                "none": "#999999", "negative": "#d55e00", "neutral": "#999999", "positive": "#009e73"}
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;margin:2em auto;
max-width:1200px;padding:0 1em;color:#222;line-height:1.4}
h1{border-bottom:2px solid #444}h2{border-bottom:1px solid #bbb;margin-top:2em}h3{margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.text{max-width:600px}img{max-width:100%;height:auto;display:block;margin:.5em 0}
.problem{color:#a00}.ok{color:#070}.muted{color:#777}nav a{margin-right:1em}
.figs{display:flex;flex-wrap:wrap;gap:1em}.figs figure{margin:0}figcaption{font-size:.85em;color:#555}
"""


# --------------------------------------------------------------------- small helpers
def _esc(value) -> str:
    return html.escape("" if value is None else str(value))


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _ci(pair) -> str:
    if not pair or pair[0] is None:
        return "–"
    return f"[{pair[0]:.3f}, {pair[1]:.3f}]"


def _pval(p) -> str:
    if p is None:
        return "–"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


class _Table:
    """One table, written as HTML or Markdown; cells are plain values (text is escaped on output)."""

    def __init__(self, header: list[str], numeric: set[int] | None = None, text_cols: set[int] | None = None):
        self.header, self.rows = header, []
        self.numeric = numeric or set()
        self.text_cols = text_cols or set()

    def add(self, *cells) -> None:
        self.rows.append([c if isinstance(c, str) else _fmt(c) for c in cells])

    def html(self) -> str:
        if not self.rows:
            return '<p class="muted">Nothing to show.</p>'
        head = "".join(f"<th>{_esc(h)}</th>" for h in self.header)
        body = []
        for row in self.rows:
            cells = []
            for i, c in enumerate(row):
                cls = "num" if i in self.numeric else ("text" if i in self.text_cols else "")
                attrs = (f' class="{cls}"' if cls else "") + (' dir="auto"' if i in self.text_cols else "")
                cells.append(f"<td{attrs}>{_esc(c)}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"

    def markdown(self) -> str:
        if not self.rows:
            return "_Nothing to show._\n"
        clean = lambda c: str(c).replace("|", "\\|").replace("\n", " ")  # noqa: E731
        lines = ["| " + " | ".join(clean(h) for h in self.header) + " |", "|" + "---|" * len(self.header)]
        lines += ["| " + " | ".join(clean(c) for c in row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n"


class _Doc:
    """Collects the report once and writes it as HTML (with figures) and Markdown (without)."""

    def __init__(self):
        self.html_parts: list[str] = []
        self.md_parts: list[str] = []

    def heading(self, level: int, text: str, anchor: str | None = None) -> None:
        ident = f' id="{_esc(anchor)}"' if anchor else ""
        self.html_parts.append(f"<h{level}{ident}>{_esc(text)}</h{level}>")
        self.md_parts.append("#" * level + " " + text + "\n")

    def para(self, text: str, cls: str | None = None) -> None:
        attr = f' class="{cls}"' if cls else ""
        self.html_parts.append(f'<p{attr} dir="auto">{_esc(text)}</p>')
        self.md_parts.append(text + "\n")

    def bullets(self, items: list[str], cls: str | None = None) -> None:
        attr = f' class="{cls}"' if cls else ""
        self.html_parts.append(f"<ul{attr}>" + "".join(f'<li dir="auto">{_esc(i)}</li>' for i in items) + "</ul>")
        self.md_parts.append("\n".join(f"- {i}" for i in items) + "\n")

    def table(self, table: _Table) -> None:
        self.html_parts.append(table.html())
        self.md_parts.append(table.markdown())

    def figures(self, figs: list[tuple[str, str]]) -> None:
        """``[(caption, base64 png)]``: HTML only."""
        if not figs:
            return
        items = "".join(f'<figure><img alt="{_esc(cap)}" src="data:image/png;base64,{png}">'
                        f"<figcaption>{_esc(cap)}</figcaption></figure>" for cap, png in figs)
        self.html_parts.append(f'<div class="figs">{items}</div>')

    def to_html(self, title: str, sections: list[tuple[str, str]]) -> str:
        nav = "".join(f'<a href="#{a}">{_esc(h)}</a>' for a, h in sections)
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<style>{CSS}</style></head><body><h1>{_esc(title)}</h1><nav>{nav}</nav>"
                + "\n".join(self.html_parts) + "</body></html>\n")

    def to_markdown(self, title: str) -> str:
        return f"# {title}\n\n" + "\n".join(self.md_parts)


# --------------------------------------------------------------------- figures
def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    fig = Figure(figsize=(width, height))
    return fig, fig.add_subplot(1, 1, 1)


def plot_confusion(matrix: list[list[int]], labels: list[str], title: str) -> str:
    import numpy as np

    m = np.array(matrix, dtype=float) if matrix else np.zeros((len(labels), len(labels)))
    fig, ax = _figure(1.0 + 0.7 * len(labels), 0.8 + 0.6 * len(labels))
    ax.imshow(m, cmap="Blues", vmin=0)
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title, fontsize=9)
    top = m.max() if m.size else 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            ax.text(j, i, int(m[i, j]), ha="center", va="center", fontsize=8,
                    color="white" if top and m[i, j] > top / 2 else "black")
    return _png(fig)


def plot_reliability(bins: list[dict], title: str, ece) -> str:
    fig, ax = _figure(3.6, 3.4)
    ax.plot([0, 1], [0, 1], linestyle="--", color="#999", linewidth=1, label="perfect")
    centres = [(b["lower"] + b["upper"]) / 2 for b in bins]
    width = bins[0]["upper"] - bins[0]["lower"] if bins else 0.1
    acc = [b["accuracy"] if b["accuracy"] is not None else 0 for b in bins]
    ax.bar(centres, acc, width=width * 0.9, color="#56b4e9", edgecolor="#333", linewidth=0.5, label="accuracy")
    pts = [(c, b["confidence"]) for c, b in zip(centres, bins) if b["count"]]
    if pts:  # the gap between a bar and its dot is the bin's miscalibration
        ax.plot([p[0] for p in pts], [p[1] for p in pts], "o", color="#d55e00", markersize=4, label="mean confidence")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ax.set_title(f"{title}\nECE {_fmt(ece)}", fontsize=9)
    ax.legend(fontsize=7, loc="upper left", framealpha=0.85)
    return _png(fig)


def plot_coverage(curves: dict[str, list[dict]], title: str) -> str:
    fig, ax = _figure(4.2, 3.4)
    for name, rows in curves.items():
        pts = [(r["coverage"], r["accuracy"]) for r in rows if r["accuracy"] is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", markersize=3, label=name)
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("coverage (share of statements kept)")
    ax.set_ylabel("accuracy on kept")
    ax.set_title(title, fontsize=9)
    if curves:
        ax.legend(fontsize=7, loc="lower left")
    return _png(fig)


def plot_stacked(rows: list[tuple[str, dict[str, float]]], labels: list[str], title: str, xlabel: str) -> str:
    """Horizontal stacked bars, one per row, segments in ``labels`` order."""
    fig, ax = _figure(6.0, 0.9 + 0.38 * max(1, len(rows)))
    names = [r[0] for r in rows]
    left = [0.0] * len(rows)
    for lab in labels:
        vals = [float(r[1].get(lab, 0) or 0) for r in rows]
        ax.barh(range(len(rows)), vals, left=left, color=LABEL_COLORS.get(lab), label=lab, edgecolor="white")
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(range(len(rows)), names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _png(fig)


def plot_scores(rows: list[tuple[str, float, list]], title: str) -> str:
    """Bars of a score with bootstrap interval whiskers, one per model."""
    fig, ax = _figure(1.6 + 0.8 * max(1, len(rows)), 3.0)
    xs = range(len(rows))
    vals = [r[1] or 0 for r in rows]
    lo = [max(0.0, v - (r[2][0] if r[2] and r[2][0] is not None else v)) for v, r in zip(vals, rows)]
    hi = [max(0.0, (r[2][1] if r[2] and r[2][1] is not None else v) - v) for v, r in zip(vals, rows)]
    ax.bar(xs, vals, yerr=[lo, hi], capsize=4, color="#56b4e9", edgecolor="#333", linewidth=0.5)
    ax.set_xticks(list(xs), [r[0] for r in rows], rotation=20, ha="right", fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9)
    return _png(fig)


def _normalized(dist: dict) -> dict:
    total = sum(dist.values())
    return {k: v / total for k, v in dist.items()} if total else {}


# --------------------------------------------------------------------- evaluation report
@dataclass
class _EvalView:
    """What every section of the evaluation report reads: the metrics and where the report goes."""

    doc: _Doc
    metrics: dict
    with_figures: bool

    def __post_init__(self):
        self.results = self.metrics.get("results", {})
        self.models = self.metrics.get("models", {})
        self.gold_sets = self.metrics.get("gold_sets", {})
        self.config = self.metrics.get("config", {})
        self.level = int(round(100 * self.config.get("confidence_level", 0.95)))

    def figs(self, plots: list[tuple[str, str]]) -> None:
        if self.with_figures:
            self.doc.figures(plots)


def _eval_summary(v: _EvalView) -> None:
    doc = v.doc
    doc.para(f"{len(v.models)} model(s), {len(v.gold_sets)} gold set(s); created {v.metrics.get('created', '?')}. "
             f"Intervals are {v.level}% percentile bootstrap ({v.config.get('bootstrap_resamples')} resamples, "
             f"seed {v.config.get('seed')}).")
    t = _Table(["gold set", "model", "n", "stance macro-F1", f"{v.level}% CI", "stance accuracy", f"{v.level}% CI",
                "sentiment macro-F1", f"{v.level}% CI", "sentiment accuracy", "stance ECE"], numeric=set(range(2, 11)))
    for g, by_model in v.results.items():
        for m, r in by_model.items():
            st, se = r["stance"], r["sentiment"]
            t.add(g, m, r["n"], st["macro_f1"], _ci(st["macro_f1_ci"]), st["accuracy"], _ci(st["accuracy_ci"]),
                  se["macro_f1"], _ci(se["macro_f1_ci"]), se["accuracy"], r["calibration"]["stance"]["ece"])
    doc.table(t)
    if v.with_figures:
        plots = []
        for g, by_model in v.results.items():
            if by_model:
                rows = [(m, r["stance"]["macro_f1"], r["stance"]["macro_f1_ci"]) for m, r in by_model.items()]
                plots.append((f"{g}: stance macro-F1 with {v.level}% CI", plot_scores(rows, f"{g}: stance macro-F1")))
        v.figs(plots)


def _eval_problems(v: _EvalView) -> None:
    doc = v.doc
    problems = v.metrics.get("problems", [])
    if problems:
        doc.bullets([f"[{p.get('kind')}] {p.get('where')}: {p.get('message')}" for p in problems], cls="problem")
    else:
        doc.para("No problems: every model loaded and every gold set was read.", cls="ok")


def _eval_comparisons(v: _EvalView) -> None:
    doc = v.doc
    doc.para(f"Paired on the same statements. McNemar's test on correct/wrong decides 'significant' "
             f"(p < {v.config.get('significance_level', 0.05)}); the paired bootstrap gives the macro-F1 difference "
             f"(a − b) with its interval.")
    t = _Table(["gold set", "task", "model a", "model b", "n", "acc a", "acc b", "a right, b wrong",
                "b right, a wrong", "McNemar p", "significant", "macro-F1 a−b", f"{v.level}% CI", "bootstrap p"],
               numeric=set(range(4, 14)))
    for g, rows in v.metrics.get("comparisons", {}).items():
        for c in rows:
            mc, pb = c["mcnemar"], c["paired_bootstrap"]
            t.add(g, c["task"], c["model_a"], c["model_b"], c["n"], c["accuracy_a"], c["accuracy_b"],
                  mc["a_only_correct"], mc["b_only_correct"], _pval(mc["p_value"]), c["significant"],
                  pb["difference"], _ci(pb["ci"]), _pval(pb["p_value"]))
    if not t.rows:
        doc.para("Fewer than two v.models were scored on a gold set: nothing to compare.", cls="muted")
    else:
        doc.table(t)


def _eval_per_class(v: _EvalView) -> None:
    doc = v.doc
    for g, by_model in v.results.items():
        for m, r in by_model.items():
            for task in ("stance", "sentiment"):
                doc.heading(3, f"{g} · {m} · {task}")
                t = _Table(["label", "precision", "recall", "F1", "support"], numeric={1, 2, 3, 4})
                for lab, pc in r[task]["per_class"].items():
                    t.add(lab, pc["precision"], pc["recall"], pc["f1"], pc["support"])
                doc.table(t)
                if r[task].get("labels_outside_model"):
                    doc.para(f"Gold labels the model lacks (scored as errors): {r[task]['labels_outside_model']}",
                             cls="problem")


def _eval_confusion(v: _EvalView) -> None:
    doc = v.doc
    doc.para("Rows are gold labels, columns predicted labels.")
    for g, by_model in v.results.items():
        plots = []
        for m, r in by_model.items():
            for task in ("stance", "sentiment"):
                labels, cm = r[task]["labels"], r[task]["confusion"]
                doc.heading(3, f"{g} · {m} · {task}")
                t = _Table(["gold \\ predicted", *labels], numeric=set(range(1, len(labels) + 1)))
                for lab, row in zip(labels, cm):
                    t.add(lab, *row)
                doc.table(t)
                if v.with_figures:
                    plots.append((f"{g} · {m} · {task}", plot_confusion(cm, labels, f"{g} · {m} · {task}")))
        v.figs(plots)


def _eval_per_actor(v: _EvalView) -> None:
    doc = v.doc
    for g, by_model in v.results.items():
        for m, r in by_model.items():
            doc.heading(3, f"{g} · {m}")
            labels = r["stance"]["labels"]
            t = _Table(["actor", "n", "stance accuracy", "stance macro-F1",
                        *[f"gold {lab}" for lab in labels], *[f"pred {lab}" for lab in labels]],
                       numeric=set(range(1, 4 + 2 * len(labels))))
            bars = []
            for actor, a in r["per_actor"].items():
                t.add(actor, a["n"], a["accuracy"], a["macro_f1"],
                      *[a["gold_distribution"].get(lab, 0) for lab in labels],
                      *[a["predicted_distribution"].get(lab, 0) for lab in labels])
                bars += [(f"{actor} gold", _normalized(a["gold_distribution"])),
                         (f"{actor} predicted", _normalized(a["predicted_distribution"]))]
            doc.table(t)
            if v.with_figures and bars:
                v.figs([(f"{g} · {m}: stance distribution per actor, gold vs predicted",
                       plot_stacked(bars, labels, f"{g} · {m}: stance per actor", "share of statements"))])


def _eval_calibration(v: _EvalView) -> None:
    doc = v.doc
    doc.para(f"Expected calibration error of the top label over {v.config.get('calibration_bins')} equal-width "
             "confidence bins (before abstention).")
    t = _Table(["gold set", "model", "stance ECE", "sentiment ECE"], numeric={2, 3})
    plots = []
    for g, by_model in v.results.items():
        for m, r in by_model.items():
            cal = r["calibration"]
            t.add(g, m, cal["stance"]["ece"], cal["sentiment"]["ece"])
            if v.with_figures:
                for task in ("stance", "sentiment"):
                    plots.append((f"{g} · {m} · {task} reliability",
                                  plot_reliability(cal[task]["bins"], f"{g} · {m} · {task}", cal[task]["ece"])))
    doc.table(t)
    v.figs(plots)


def _eval_coverage(v: _EvalView) -> None:
    doc = v.doc
    doc.para("Keeping only statements whose top-label confidence reaches the threshold: the share kept and the "
             "accuracy on them. A model's own abstention threshold is listed with it.")
    plots = []
    for g, by_model in v.results.items():
        if not by_model:
            continue
        thresholds = [row["threshold"] for row in next(iter(by_model.values()))["coverage"]["stance"]]
        doc.heading(3, f"{g} · stance")
        t = _Table(["threshold", *[f"{m} coverage" for m in by_model], *[f"{m} accuracy" for m in by_model]],
                   numeric=set(range(0, 1 + 2 * len(by_model))))
        for i, th in enumerate(thresholds):
            t.add(th, *[r["coverage"]["stance"][i]["coverage"] for r in by_model.values()],
                  *[r["coverage"]["stance"][i]["accuracy"] for r in by_model.values()])
        doc.table(t)
        doc.para("Abstention thresholds: "
                 + ", ".join(f"{m} {r.get('abstain_threshold', 0.0)}" for m, r in by_model.items()))
        if v.with_figures:
            for task in ("stance", "sentiment"):
                curves = {m: r["coverage"][task] for m, r in by_model.items()}
                plots.append((f"{g} · {task}: coverage vs accuracy", plot_coverage(curves, f"{g} · {task}")))
    v.figs(plots)


def _eval_end_to_end(v: _EvalView) -> None:
    doc = v.doc
    doc.para("The rule-based extractor (the same for every model) on the gold articles. Detection: a gold span "
             "is found; attribution: found and given the right speaker. Exact matching needs equal offsets; overlap "
             f"matching needs {v.config.get('min_overlap')} of the shorter span shared.")
    any_e2e = False
    for g, gs in v.gold_sets.items():
        e2e = gs.get("end_to_end")
        if not e2e:
            continue
        any_e2e = True
        doc.heading(3, f"{g} ({e2e['articles']} articles)")
        t = _Table(["matching", "gold", "extracted", "detection P", "detection R", "detection F1",
                    "attribution P", "attribution R", "attribution F1", "wrong actor", "missed", "invented"],
                   numeric=set(range(1, 12)))
        for mode in ("exact", "overlap"):
            s = e2e[mode]
            d, a, e = s["detection"], s["attribution"], s["errors"]
            t.add(mode, s["gold"], s["predicted"], d["precision"], d["recall"], d["f1"], a["precision"], a["recall"],
                  a["f1"], e["wrong_actor"], e["missed"], e["invented"])
        doc.table(t)
        tracked = _Table(["matching", "tracked gold", "tracked attribution recall", "misattribution",
                          "given to a tracked actor", "others claimed for a tracked actor"], numeric=set(range(1, 6)))
        for mode in ("exact", "overlap"):
            tr = e2e[mode].get("tracked")
            if tr:
                tracked.add(mode, tr["gold"], tr["attribution_recall"], tr["misattribution"], tr["claimed_for_tracked"],
                            tr["others_claimed"])
        if tracked.rows:
            doc.para("Tracked actors: recall of statements given to the right tracked actor; misattribution is the "
                     "share of statements given to a tracked actor that belong to someone else.")
            doc.table(tracked)
        stance_e2e = _Table(["model", "end-to-end stance macro-F1", *[f"F1 {lab}" for lab in ("concern", "reassurance",
                             "denial", "threat", "none")], "matched", "matched ambiguous (not counted)", "extracted"],
                           numeric=set(range(1, 10)))
        for m, r in v.results.get(g, {}).items():
            s2 = r.get("end_to_end")
            if s2:
                stance_e2e.add(m, s2["macro_f1"], *[s2["per_class_f1"].get(lab) for lab in ("concern", "reassurance",
                               "denial", "threat", "none")], s2["matched"], s2.get("left_out", 0), s2["predicted"])
        if stance_e2e.rows:
            doc.para("Extraction, attribution and stance together: a gold statement counts only when an extracted "
                     "statement overlaps it with the same speaker and the model's label is right; missed gold "
                     "statements and extracted statements with no gold match count as errors. An extracted "
                     "statement that matches a gold statement flagged ambiguous counts neither way.")
            doc.table(stance_e2e)
        ex = _Table(["kind", "article", "gold actor", "extracted actor", "span", "text"], text_cols={5})
        for kind, rows in e2e["overlap"]["examples"].items():
            for row in rows[:5]:
                ex.add(kind.replace("_", " "), row["article_id"], row["gold_actor"] or "–", row["predicted_actor"] or "–",
                       f"{row['start']}-{row['end']}", row["text"])
        if ex.rows:
            doc.para("Attribution error examples (overlap matching, up to five of each kind):")
            doc.table(ex)
    if not any_e2e:
        doc.para("No gold set came with its articles: end-to-end extraction was not evaluated.", cls="muted")


def _eval_worst_errors(v: _EvalView) -> None:
    doc = v.doc
    doc.para(f"The {v.config.get('top_k_errors')} wrong stance predictions each model was most confident "
             "about.")
    for g, by_model in v.results.items():
        for m, r in by_model.items():
            doc.heading(3, f"{g} · {m}")
            t = _Table(["confidence", "gold", "predicted", "actor", "article", "text"], numeric={0}, text_cols={5})
            for e in r["worst_errors"]["stance"]:
                t.add(e["confidence"], e["gold"], e["predicted"], e["actor"], e["article_id"], e["text"])
            doc.table(t)


def _eval_cost(v: _EvalView) -> None:
    doc = v.doc
    t = _Table(["model", "kind", "training time (s)", "size on disk (MB)", "files",
                *[f"{g} statements/s" for g in v.results]], numeric=set(range(2, 5 + len(v.results))))
    for m, info in v.models.items():
        cost = info.get("cost", {})
        size = cost.get("size_bytes")
        t.add(m, info.get("kind") or "–", cost.get("train_seconds"), size / 1e6 if size is not None else None,
              cost.get("files"), *[v.results[g].get(m, {}).get("throughput", {}).get("statements_per_second")
                                   for g in v.results])
    doc.table(t)
    doc.para("Throughput is one predict_proba call over the whole gold set, on this machine.", cls="muted")


def _eval_inputs(v: _EvalView) -> None:
    doc = v.doc
    t = _Table(["model", "path", "loaded", "kind", "stance labels", "abstain threshold", "data hash", "created"])
    for m, info in v.models.items():
        t.add(m, info.get("path"), "yes" if info.get("ok") else f"no: {info.get('error')}", info.get("kind") or "–",
              ", ".join(info.get("stance_labels", [])), info.get("abstain_threshold"),
              (info.get("data_hash") or "–")[:16], info.get("created") or "–")
    doc.table(t)
    t = _Table(["gold set", "path", "articles", "statements", "articles with statements", "stance labels",
                "actors"], numeric={3, 4})
    for g, gs in v.gold_sets.items():
        t.add(g, gs["path"], gs.get("articles_path") or "–", gs["n_statements"], gs["n_articles"],
              ", ".join(f"{k} {v}" for k, v in sorted(gs["label_counts"].items())),
              ", ".join(f"{k} {v}" for k, v in sorted(gs["actor_counts"].items())))
    doc.table(t)


# (anchor, heading, builder) of each section of the evaluation report, in order
_EVAL_BUILDERS = [
    ("summary", "Summary", _eval_summary),
    ("problems", "Problems", _eval_problems),
    ("comparisons", "Model comparisons", _eval_comparisons),
    ("per-class", "Per-class metrics", _eval_per_class),
    ("confusion", "Confusion matrices", _eval_confusion),
    ("per-actor", "Per-actor metrics", _eval_per_actor),
    ("calibration", "Calibration", _eval_calibration),
    ("coverage", "Coverage vs accuracy", _eval_coverage),
    ("end-to-end", "End-to-end extraction", _eval_end_to_end),
    ("worst-errors", "Worst errors", _eval_worst_errors),
    ("cost", "Cost", _eval_cost),
    ("inputs", "Models and gold sets", _eval_inputs),
]
EVAL_SECTIONS = [(anchor, heading) for anchor, heading, _ in _EVAL_BUILDERS]


def _build_eval(metrics: dict, with_figures: bool) -> _Doc:
    view = _EvalView(_Doc(), metrics, with_figures)
    for anchor, heading, build in _EVAL_BUILDERS:
        view.doc.heading(2, heading, anchor)
        build(view)
    return view.doc


def render_html(metrics: dict) -> str:
    """The evaluation report as one self-contained HTML page (plots embedded as base64 PNG)."""
    return _build_eval(metrics, with_figures=True).to_html("Stance evaluation report", EVAL_SECTIONS)


def render_markdown(metrics: dict) -> str:
    """The evaluation report as Markdown: the same sections and tables, no plots."""
    return _build_eval(metrics, with_figures=False).to_markdown("Stance evaluation report") + \
        "\n_Plots are in report.html._\n"


# --------------------------------------------------------------------- score summary report
def render_summary_report(summary_path: str, out_dir: str) -> str:
    """Render a ``stance score --summary`` JSON as ``report.html`` and ``report.md`` in ``out_dir``; return the HTML path.

    A file that cannot be read still gives a report, whose Problems section says why; ``stance report``
    calls :func:`read_summary` first and refuses such a file instead.
    """
    problems: list[str] = []
    try:
        summary = read_summary(summary_path)
    except ValueError as exc:
        problems.append(str(exc))
        summary = {}
    return str(write_summary_report(summary, out_dir, problems))


def read_summary(path: str | Path) -> dict:
    """A summary written by ``stance score --summary`` / ``stance summarize --out``, checked for its shape."""
    hint = "give the file written by `stance score --summary` or `stance summarize --out`"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None
    try:
        summary = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip().split("\n", 1)[0]
        looks_like_scores = exc.msg == "Extra data" and first.startswith("{") and '"type"' in first
        what = "a scores file (JSON lines), not a summary" if looks_like_scores else f"not JSON ({exc.msg})"
        raise ValueError(f"cannot read {path}: it is {what}; {hint}") from None
    if not isinstance(summary, dict) or not isinstance(summary.get("actors"), dict) \
            or not isinstance(summary.get("totals"), dict):
        raise ValueError(f"cannot read {path}: it is not a stance summary (no 'actors' and 'totals'); {hint}")
    return summary
