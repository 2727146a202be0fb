"""The ``stance report`` page: a ``stance score --summary`` JSON rendered for an analyst, from Jinja2 templates.

    from stance.summary_report import write_summary_report
    write_summary_report(summary, "reports/summary")     # report.html (self-contained) and report.md

Templates: ``stance/templates/summary_report.html.j2`` and ``summary_report.md.j2``. The page is in English;
Arabic cells (statement texts, mentions, outlet names) are marked ``dir="rtl" lang="ar"`` and aligned right,
numbers are right-aligned with tabular digits. Sections (:data:`SECTIONS`): problems, stance by actor
(counts, shares with 95% intervals, actors with few statements greyed out), stance over time (per week or
month), stance by outlet, evidence, articles. Plots are matplotlib PNGs embedded as base64: no script, no
external URL. Plots never draw Arabic (matplotlib does not join Arabic letters): outlets are numbered there
and named in the table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from stance import STANCE_LABELS

SECTIONS = [
    ("problems", "Problems"),
    ("actors", "Stance by actor"),
    ("over-time", "Stance over time"),
    ("outlets", "Stance by outlet"),
    ("evidence", "Evidence"),
    ("articles", "Articles"),
]
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LABEL_COLORS = {"concern": "#e69f00", "reassurance": "#009e73", "denial": "#56b4e9", "threat": "#d55e00",
                "none": "#999999"}
PLOTTED_ACTORS = 6
PLOTTED_OUTLETS = 10


def is_arabic(value) -> bool:
    return value is not None and bool(ARABIC.search(str(value)))


def text_attrs(value) -> str:
    """The attributes of a cell holding ``value``: Arabic text is right-to-left, the rest follows the page."""
    return ' dir="rtl" lang="ar" class="ar"' if is_arabic(value) else ' dir="auto"'


def percent(share) -> str:
    return "–" if share is None else f"{100 * float(share):.0f}%"


def interval(ci) -> str:
    if not ci or ci[0] is None:
        return "–"
    return f"{100 * float(ci[0]):.0f}–{100 * float(ci[1]):.0f}%"


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, Undefined, select_autoescape

    env = Environment(loader=PackageLoader("stance", "templates"), autoescape=select_autoescape(["html.j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(percent=percent, interval=interval, text_attrs=text_attrs, is_arabic=is_arabic,
                       md=lambda v: "–" if v is None or v == "" or isinstance(v, Undefined)
                       else str(v).replace("|", "\\|").replace("\n", " "))
    return env


# ------------------------------------------------------------------------------------------- figures
def _png(fig) -> str:
    import base64
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plot_actor_shares(actors: dict) -> str:
    """Per actor, one bar per stance: share with its 95% interval and the count written at the bar's end;
    actors with few statements in grey."""
    from matplotlib.figure import Figure

    names = list(actors)
    fig = Figure(figsize=(7.5, 0.8 + 1.1 * len(names)))
    ax = fig.add_subplot(1, 1, 1)
    height = 0.8 / len(STANCE_LABELS)
    for i, actor in enumerate(names):
        a = actors[actor]
        few = a.get("few_statements", False)
        for j, lab in enumerate(STANCE_LABELS):
            entry = a["labels"].get(lab, {})
            share, ci, count = entry.get("share", 0.0), entry.get("ci") or [0.0, 0.0], entry.get("count", 0)
            y = i + (j - (len(STANCE_LABELS) - 1) / 2) * height
            ax.barh(y, share, height=height * 0.9, color=LABEL_COLORS[lab], alpha=0.3 if few else 1.0,
                    xerr=[[share - ci[0]], [ci[1] - share]],
                    error_kw={"elinewidth": 0.8, "capsize": 2, "ecolor": "#999" if few else "#333"})
            ax.text(min(ci[1], 1.0) + 0.01, y, str(count), va="center", fontsize=6.5, color="#999" if few else "#222")
    ax.set_yticks(range(len(names)),
                  [f"{n} (n={actors[n]['statements']}{', few' if actors[n].get('few_statements') else ''})" for n in names],
                  fontsize=8)
    for tick, name in zip(ax.get_yticklabels(), names):
        if actors[name].get("few_statements"):
            tick.set_color("#999")
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.set_xlabel("share of the actor's statements (bars: 95% interval; numbers: counts)")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=LABEL_COLORS[lab], label=lab) for lab in STANCE_LABELS]
              + [Patch(color=LABEL_COLORS["none"], alpha=0.3, label="(faded: few statements)")],
              fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _png(fig)


def plot_over_time(over_time: dict, actors: dict) -> str:
    """One panel per actor (the largest): stacked counts of each stance per week or month."""
    from matplotlib.figure import Figure

    shown = [a for a in actors if a in over_time["actors"]][:PLOTTED_ACTORS]
    periods = over_time["periods"]
    fig = Figure(figsize=(7.5, 0.6 + 1.9 * len(shown)))
    for k, actor in enumerate(shown):
        ax = fig.add_subplot(len(shown), 1, k + 1)
        slots = over_time["actors"][actor]
        bottom = [0] * len(periods)
        for lab in STANCE_LABELS:
            values = [slots.get(p, {}).get("labels", {}).get(lab, 0) for p in periods]
            ax.bar(range(len(periods)), values, bottom=bottom, color=LABEL_COLORS[lab], label=lab if k == 0 else None)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_title(actor, fontsize=8, loc="left")
        ax.set_ylabel("statements", fontsize=7)
        step = max(1, len(periods) // 12)
        ax.set_xticks(range(0, len(periods), step), periods[::step], fontsize=6.5, rotation=30, ha="right")
        ax.tick_params(axis="y", labelsize=7)
    if shown:
        fig.axes[0].legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.suptitle(f"Stance per {over_time['period']}" + (" (week starting)" if over_time["period"] == "week" else ""),
                 fontsize=9)
    fig.tight_layout()
    return _png(fig)


def plot_by_outlet(by_outlet: dict, actors: dict, numbers: dict[str, int]) -> str:
    """Stacked counts per actor and outlet (outlets as O1, O2, ... named in the table)."""
    from matplotlib.figure import Figure

    rows = [(actor, outlet) for actor in actors for outlet in by_outlet["actors"].get(actor, {})
            if numbers.get(outlet, PLOTTED_OUTLETS + 1) <= PLOTTED_OUTLETS]
    fig = Figure(figsize=(7.5, 0.8 + 0.32 * max(1, len(rows))))
    ax = fig.add_subplot(1, 1, 1)
    left = [0] * len(rows)
    for lab in STANCE_LABELS:
        values = [by_outlet["actors"][a][o]["labels"].get(lab, 0) for a, o in rows]
        ax.barh(range(len(rows)), values, left=left, color=LABEL_COLORS[lab], label=lab)
        left = [x + v for x, v in zip(left, values)]
    ax.set_yticks(range(len(rows)), [f"{a} · O{numbers[o]}" for a, o in rows], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("statements")
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _png(fig)


# ------------------------------------------------------------------------------------------- report
def _complete(actors: dict) -> dict:
    """Actors with every field the page shows; summaries written before intervals existed get them here."""
    from stance.summary import FEW_STATEMENTS, wilson_interval

    done = {}
    for actor, a in actors.items():
        n = int(a.get("statements") or 0)
        labels = {}
        for lab in STANCE_LABELS:
            entry = dict((a.get("labels") or {}).get(lab) or {})
            count = int(entry.get("count") or 0)
            entry.setdefault("count", count)
            entry.setdefault("share", round(count / n, 4) if n else 0.0)
            if not entry.get("ci"):
                entry["ci"] = wilson_interval(count, n)
            labels[lab] = entry
        done[actor] = {**a, "statements": n, "labels": labels,
                       "few_statements": a.get("few_statements", n < FEW_STATEMENTS)}
    return done


def report_context(summary: dict, problems: list[str], with_figures: bool) -> dict:
    """What the templates show, computed once for HTML and Markdown."""
    actors = _complete(summary.get("actors") or {})
    articles = summary.get("articles") or []
    failed = [f"article {a.get('id')}: {a.get('status')}" + (f" ({a['error']})" if a.get("error") else "")
              for a in articles if str(a.get("status", "ok")).startswith("error")]
    over_time = summary.get("over_time") or {"period": "month", "periods": [], "actors": {}, "undated": {}}
    by_outlet = summary.get("by_outlet") or {"outlets": [], "actors": {}, "without_outlet": {}}
    numbers = {outlet: i + 1 for i, outlet in enumerate(by_outlet.get("outlets", []))}
    figures = {}
    if with_figures and actors:
        figures["actors"] = plot_actor_shares(actors)
        if over_time.get("periods"):
            figures["over_time"] = plot_over_time(over_time, actors)
        if by_outlet.get("outlets"):
            figures["outlets"] = plot_by_outlet(by_outlet, actors, numbers)
    evidence = [{"actor": actor, "label": lab, **ev} for actor, a in actors.items()
                for lab, ev in (a.get("evidence") or {}).items() if isinstance(ev, dict)]
    return {
        "title": "Stance summary report", "sections": SECTIONS, "labels": STANCE_LABELS,
        "problems": problems + failed, "totals": summary.get("totals") or {}, "model": summary.get("model"),
        "actors": actors, "over_time": over_time, "by_outlet": by_outlet, "outlet_numbers": numbers,
        "evidence": evidence, "articles": articles, "figures": figures,
        "articles_not_listed": summary.get("articles_not_listed", 0),
    }


def render_summary_html(summary: dict, problems: list[str] | None = None) -> str:
    return _environment().get_template("summary_report.html.j2").render(report_context(summary, problems or [], True))


def render_summary_markdown(summary: dict, problems: list[str] | None = None) -> str:
    return _environment().get_template("summary_report.md.j2").render(report_context(summary, problems or [], False))


def write_summary_report(summary: dict, out_dir: str | Path, problems: list[str] | None = None) -> Path:
    """``report.html`` and ``report.md`` in ``out_dir``; returns the HTML path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.html").write_text(render_summary_html(summary, problems), encoding="utf-8")
    (out / "report.md").write_text(render_summary_markdown(summary, problems), encoding="utf-8")
    return out / "report.html"
