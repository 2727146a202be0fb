"""The stance report for an Arabic-reading analyst: right-to-left Arabic cells, counts with intervals,
few-statement actors greyed out, stance per week or month and per outlet; checked as HTML text and, when
/usr/bin/chromium is installed (.ci/install_browser.sh), in headless Chromium."""

import os
import re

import pytest

import stance
from stance.inputs import iter_articles
from stance.summary import summarize_records
from stance.summary_report import SECTIONS, render_summary_html, render_summary_markdown, write_summary_report
from tests.conftest import ROOT

DATED = [
    {"id": "june", "text": "وقال دميتري بيسكوف المتحدث باسم الكرملين إن موسكو قلقة جدا من التصعيد.",
     "date": "2024-06-12", "outlet": "وكالة الأنباء"},
    {"id": "july", "text": "موسكو 3 يوليو 2024 - نفى دميتري بيسكوف التقارير عن نقل أسلحة.", "outlet": "Daily Wire"},
]


@pytest.fixture(scope="module")
def summary(tfidf_dir):
    records = list(stance.score_articles(DATED, model=tfidf_dir))
    records += list(stance.score_articles(iter_articles([ROOT / "seeds"]), model=tfidf_dir))
    return summarize_records(records)


def test_arabic_cells_are_right_to_left_and_the_page_is_not(summary):
    html = render_summary_html(summary)
    assert re.search(r'<html lang="en" dir="ltr">', html)
    rtl_cells = re.findall(r'<td class="text ar" dir="rtl" lang="ar">([^<]*)</td>', html)
    assert rtl_cells and all(re.search("[\u0600-\u06ff]", cell) for cell in rtl_cells)
    assert '<td dir="rtl" lang="ar" class="ar">وكالة الأنباء</td>' in html  # an Arabic outlet name
    assert '<td dir="auto">Daily Wire</td>' in html  # a Latin one is left alone
    assert ".ar{text-align:right" in html and "tabular-nums" in html


def test_counts_intervals_and_few_statements(summary):
    html = render_summary_html(summary)
    yoon = summary["actors"]["yoon"]
    assert yoon["few_statements"]
    assert re.search(r'<tr class="few" data-actor="yoon">', html)
    assert not re.search(r'<tr class="few" data-actor="other">', html)
    share = summary["actors"]["other"]["labels"]["concern"]
    low, high = (round(100 * x) for x in share["ci"])
    assert f"{share['count']} · {round(100 * share['share'])}% <span class=\"ci\">({low}–{high}%)</span>" in html


def test_time_and_outlet_sections(summary):
    html = render_summary_html(summary)
    assert [h for h in re.findall(r'<h2 id="([^"]+)">', html)] == [anchor for anchor, _ in SECTIONS]
    over_time = html.split('<h2 id="over-time">')[1].split("<h2")[0]
    assert "<td>peskov</td><td class=\"num\">2024-06-10</td>" in over_time  # the week of the given date
    assert "<td>peskov</td><td class=\"num\">2024-07-01</td>" in over_time  # the week of the dateline's date
    assert 'alt="Stance per week and actor"' in over_time
    outlets = html.split('<h2 id="outlets">')[1].split("<h2")[0]
    assert "O1" in outlets and "وكالة الأنباء" in outlets and 'alt="Stance per outlet and actor"' in outlets
    markdown = render_summary_markdown(summary)
    assert "## Stance over time" in markdown and "| peskov | 2024-06-10 | 1 |" in markdown
    assert "## Stance by outlet" in markdown and "| peskov | وكالة الأنباء | 1 |" in markdown


def test_an_empty_summary_still_has_every_section(tmp_path):
    path = write_summary_report({"actors": {}, "totals": {}}, tmp_path, problems=["cannot read x.json"])
    html = path.read_text(encoding="utf-8")
    assert re.findall(r'<h2 id="([^"]+)">', html) == [anchor for anchor, _ in SECTIONS]
    assert "cannot read x.json" in html and "<img" not in html
    assert (tmp_path / "report.md").is_file()


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent: run .ci/install_browser.sh")
def test_report_in_headless_chromium(summary, tmp_path):
    from playwright.sync_api import sync_playwright

    html = write_summary_report(summary, tmp_path)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors, outside = [], []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("request", lambda req: outside.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
        page.goto(html.resolve().as_uri(), wait_until="load")
        page.wait_for_function("Array.from(document.images).every(img => img.complete)")
        state = page.evaluate("""() => {
            const ar = Array.from(document.querySelectorAll('td[lang="ar"]'));
            return {
              sections: Array.from(document.querySelectorAll('h2[id]')).map(h => h.id),
              arabic: ar.length,
              arabicRtl: ar.filter(td => getComputedStyle(td).direction === 'rtl'
                                         && getComputedStyle(td).textAlign === 'right').length,
              pageDirection: getComputedStyle(document.body).direction,
              timeRows: document.querySelectorAll('table.over-time tbody tr').length,
              outletRows: document.querySelectorAll('table.outlets tbody tr').length,
              fewRows: Array.from(document.querySelectorAll('tr.few')).map(tr => getComputedStyle(tr.cells[0]).color),
              images: Array.from(document.images).map(img => [img.alt, img.naturalWidth]),
            };
        }""")
        browser.close()
    assert errors == [] and outside == []
    assert state["sections"] == [anchor for anchor, _ in SECTIONS]
    assert state["arabic"] > 5 and state["arabicRtl"] == state["arabic"]
    assert state["pageDirection"] == "ltr"
    assert state["timeRows"] >= 2 and state["outletRows"] >= 2
    assert state["fewRows"] and all(color == "rgb(153, 153, 153)" for color in state["fewRows"])
    assert len(state["images"]) == 3 and all(width > 0 for _, width in state["images"])
