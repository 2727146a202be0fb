"""Load the HTML reports in a real headless Chromium and check that they render cleanly.

    bash .ci/install_browser.sh        # Debian chromium at /usr/bin/chromium + the playwright package
    pytest tests/test_report_browser.py

The browser is Debian's ``chromium`` driven by ``playwright``; ``playwright
install`` is never used. The test is skipped only when /usr/bin/chromium is
absent. Every request other than the file itself and its ``data:`` images is
recorded and fails the test: a report must open offline.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stance.evaluate import run_eval
from stance.report import EVAL_SECTIONS, SUMMARY_SECTIONS, render_summary_report
from test_evaluate import ARTICLE, SUMMARY, _hand_built_gold, _read_jsonl, _write_jsonl, fake_loader, write_fake_model

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} is absent: run .ci/install_browser.sh (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # chromium is there, so the driver must be too: fail, do not skip
        pytest.fail("chromium is installed but the playwright package is not: run .ci/install_browser.sh")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def load_report(browser, path: Path) -> dict:
    """Open ``path`` from disk; return its console errors, page errors, outside requests, headings and images."""
    page = browser.new_page()
    console_errors, page_errors, outside = [], [], []
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page_errors.append(str(exc)))
    page.on("request", lambda req: outside.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_function("Array.from(document.images).every(img => img.complete)")
    state = page.evaluate("""() => ({
        h2: Array.from(document.querySelectorAll('h2')).map(h => h.textContent.trim()),
        ids: Array.from(document.querySelectorAll('h2[id]')).map(h => h.id),
        images: Array.from(document.images).map(img => ({alt: img.alt, width: img.naturalWidth,
                                                          height: img.naturalHeight})),
        title: document.title,
    })""")
    page.close()
    return {"console_errors": console_errors, "page_errors": page_errors, "outside": outside, **state}


def assert_clean(state: dict, sections: list[tuple[str, str]]) -> None:
    assert state["console_errors"] == []
    assert state["page_errors"] == []
    assert state["outside"] == []
    assert state["h2"] == [heading for _, heading in sections]
    assert state["ids"] == [anchor for anchor, _ in sections]
    broken = [img for img in state["images"] if img["width"] <= 0 or img["height"] <= 0]
    assert broken == []


def test_eval_report_loads_in_chromium(browser, tmp_path, monkeypatch):
    """Two models (one with an unknown gold label in play), a broken folder, end-to-end on a real article."""
    gold = _write_jsonl(tmp_path / "hand.jsonl", _hand_built_gold() * 3)
    _write_jsonl(tmp_path / "hand_articles.jsonl", [{"id": "a1", "text": ARTICLE}])
    records = _read_jsonl(gold)
    good = write_fake_model(tmp_path / "model_a", records, share_known=0.9)
    other = write_fake_model(tmp_path / "model_b", records, share_known=0.3)
    broken = tmp_path / "broken"
    broken.mkdir()
    monkeypatch.setattr("stance.models.base.load_model", fake_loader)
    metrics = run_eval([str(good), str(other), str(broken)], [str(gold)], str(tmp_path / "out"),
                       bootstrap_resamples=100)
    assert metrics["results"]["hand"] and metrics["problems"]

    state = load_report(browser, tmp_path / "out" / "report.html")
    assert_clean(state, EVAL_SECTIONS)
    alts = [img["alt"] for img in state["images"]]
    # summary bars, 4 confusion matrices, 2 per-actor charts, 4 reliability diagrams, 2 coverage curves
    assert len(alts) == 13, alts
    assert any("reliability" in a for a in alts) and any("coverage" in a for a in alts)


def test_eval_report_with_nothing_scored_loads_in_chromium(browser, tmp_path):
    """No readable gold at all: the page still has every section and no image to break."""
    run_eval([str(tmp_path / "no_model")], [str(tmp_path / "no_gold.jsonl")], str(tmp_path / "out"))
    state = load_report(browser, tmp_path / "out" / "report.html")
    assert_clean(state, EVAL_SECTIONS)


def test_summary_report_loads_in_chromium(browser, tmp_path):
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(SUMMARY, ensure_ascii=False), encoding="utf-8")
    html = Path(render_summary_report(str(path), str(tmp_path / "rep")))
    state = load_report(browser, html)
    assert_clean(state, SUMMARY_SECTIONS)
    assert len(state["images"]) == 1
