"""Summaries: counts with intervals, few-statement actors, stance per week or month and per outlet."""

import json

import pytest

import stance
from stance.inputs import iter_articles
from stance.summary import FEW_STATEMENTS, SummaryBuilder, period_key, summarize_file, summarize_records, wilson_interval


def statement(actor, label, article="a"):
    return {"type": "statement", "article_id": article, "actor": actor, "label": label, "sentiment": "neutral",
            "scores": {label: 0.9}, "text": "نص", "model": "m"}


def article(article_id, date=None, outlet=None, statements=1):
    return {"type": "article", "article_id": article_id, "status": "ok", "statements": statements, "error": None,
            "source": "x", "date": date, "outlet": outlet}


def test_shares_carry_counts_and_wilson_intervals():
    summary = summarize_records([statement("peskov", "threat"), article("a")])
    threat = summary["actors"]["peskov"]["labels"]["threat"]
    assert threat["count"] == 1 and threat["share"] == 1.0
    low, high = threat["ci"]
    assert 0.0 < low < 0.3 and high == 1.0  # one statement is not "100% threat" with any confidence
    assert summary["actors"]["peskov"]["few_statements"] is True
    many = summarize_records([statement("kim", "threat")] * 40 + [statement("kim", "none")] * 10 + [article("a")])
    assert many["actors"]["kim"]["few_statements"] is False and FEW_STATEMENTS <= 50
    low, high = many["actors"]["kim"]["labels"]["threat"]["ci"]
    assert low < 0.8 < high and high - low < 0.25
    assert wilson_interval(0, 0) == [0.0, 1.0]


def test_statements_are_counted_per_week_and_per_outlet_of_their_article():
    records = [statement("peskov", "concern", "a"), statement("peskov", "threat", "a"), article("a", "2024-06-12", "Outlet A", 2),
               statement("peskov", "denial", "b"), article("b", "2024-06-14", "Outlet B"),
               statement("peskov", "denial", "c"), article("c", "2024-07-03", "Outlet A"),
               statement("kim", "threat", "d"), article("d")]
    summary = summarize_records(records)
    over_time = summary["over_time"]
    assert over_time["period"] == "week" and over_time["periods"] == ["2024-06-10", "2024-07-01"]
    june = over_time["actors"]["peskov"]["2024-06-10"]
    assert june["statements"] == 3 and june["labels"]["concern"] == 1 and june["labels"]["denial"] == 1
    assert over_time["actors"]["peskov"]["2024-07-01"]["labels"]["denial"] == 1
    assert over_time["undated"] == {"kim": 1}
    outlets = summary["by_outlet"]
    assert outlets["outlets"] == ["Outlet A", "Outlet B"]  # most statements first
    assert outlets["actors"]["peskov"]["Outlet A"]["labels"] == {"concern": 1, "reassurance": 0, "denial": 1, "threat": 1, "none": 0}
    assert outlets["without_outlet"] == {"kim": 1}


def test_a_long_span_is_counted_per_month():
    records = [statement("yoon", "concern", "a"), article("a", "2023-01-05"),
               statement("yoon", "concern", "b"), article("b", "2023-01-30"),
               statement("yoon", "reassurance", "c"), article("c", "2023-09-01")]
    over_time = summarize_records(records)["over_time"]
    assert over_time["period"] == "month" and over_time["periods"] == ["2023-01", "2023-09"]
    assert over_time["actors"]["yoon"]["2023-01"]["statements"] == 2
    builder = SummaryBuilder(period="week")
    for rec in records:
        builder.add(rec)
    assert builder.build()["over_time"]["periods"] == ["2023-01-02", "2023-01-30", "2023-08-28"]
    assert period_key("2024-06-16", "week") == "2024-06-10" and period_key("2024-06-16", "month") == "2024-06"
    with pytest.raises(ValueError):
        SummaryBuilder(period="day")


def test_article_records_carry_date_and_outlet_from_input_field_or_dateline(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [{"id": "given", "text": "وقال دميتري بيسكوف إن موسكو قلقة من التصعيد.", "date": "2024-06-12", "outlet": "وكالة الأنباء"},
            {"id": "dateline", "text": "موسكو 3 يوليو 2024 - نفى دميتري بيسكوف التقارير عن نقل أسلحة."},
            {"id": "none", "text": "وقال دميتري بيسكوف إن لا داعي للقلق."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    records = list(stance.score_articles(iter_articles([path])))
    status = {r["article_id"]: r for r in records if r["type"] == "article"}
    assert (status["given"]["date"], status["given"]["outlet"]) == ("2024-06-12", "وكالة الأنباء")
    assert (status["dateline"]["date"], status["dateline"]["outlet"]) == ("2024-07-03", None)
    assert status["none"]["date"] is None
    out = tmp_path / "scores.jsonl"
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    summary = summarize_file(out)
    assert summary["over_time"]["periods"] == ["2024-06-10", "2024-07-01"]
    assert summary["by_outlet"]["outlets"] == ["وكالة الأنباء"]


def test_html_site_name_is_the_outlet(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta property="og:site_name" content="  صحيفة   المثال "></head>'
                    '<body><p>وقال دميتري بيسكوف إن موسكو قلقة من التصعيد.</p></body></html>', encoding="utf-8")
    [read] = list(iter_articles([page]))
    assert read.outlet == "صحيفة المثال" and "بيسكوف" in read.text


def test_wilson_interval_matches_scipy_for_every_count():
    binomtest = pytest.importorskip("scipy.stats").binomtest
    for n in (1, 2, 7, 50, 301):
        for count in range(n + 1):
            ref = binomtest(count, n).proportion_ci(confidence_level=0.95, method="wilson")
            assert wilson_interval(count, n) == [round(float(ref.low), 4), round(float(ref.high), 4)], (count, n)
    ref = binomtest(3, 20).proportion_ci(confidence_level=0.9, method="wilson")
    assert wilson_interval(3, 20, 0.9) == [round(float(ref.low), 4), round(float(ref.high), 4)]


def test_evidence_lines_are_cut_at_a_word_with_an_ellipsis():
    import io

    from rich.console import Console

    from stance.summary import render_table

    words = " ".join(f"word{n}" for n in range(60))
    rec = statement("peskov", "threat")
    rec["text"] = words
    out = io.StringIO()
    render_table(summarize_records([rec, article("a")]), console=Console(file=out, width=70, force_terminal=True,
                                                                          color_system=None))
    line = next(l for l in out.getvalue().splitlines() if l.startswith("peskov threat"))
    assert len(line) <= 70 and line.endswith("…")
    shown = line.split("): ", 1)[1][:-1]
    assert words.startswith(shown) and words[len(shown)] == " "  # a whole word before the ellipsis
    out = io.StringIO()
    render_table(summarize_records([rec, article("a")]), console=Console(file=out))  # not a terminal: 140 chars
    line = next(l for l in out.getvalue().splitlines() if l.startswith("peskov threat"))
    shown = line.split("): ", 1)[1]
    assert shown.endswith("…") and len(shown) <= 140 and words[len(shown) - 1] == " "
