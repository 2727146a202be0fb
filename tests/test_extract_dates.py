"""The article date: parsing, datelines, input fields and ``stance score --date``."""

import json
from datetime import date

import pytest

from stance.extract.dates import DateError, article_date, dateline, parse_date
from stance.inputs import default_date, iter_articles


@pytest.mark.parametrize("text,expected", [
    ("سيول، 12 يونيو 2019 (يونهاب) - قال", date(2019, 6, 12)),
    ("موسكو - 3 تشرين الأول/أكتوبر 2023 - أعلن", date(2023, 10, 3)),
    ("نشر بتاريخ 2024-02-29 قال", date(2024, 2, 29)),
    ("الثلاثاء 5/3/2024 - قال", date(2024, 3, 5)),
    ("قال بيسكوف إن الزيارة قريبة", None),
])
def test_dateline(text, expected):
    assert dateline(text) == expected


def test_given_date_wins_and_bad_dates_are_errors():
    assert article_date("2022-05-10", "سيول، 12 يونيو 2019") == date(2022, 5, 10)
    assert parse_date("2024-06-12T08:00:00Z") == date(2024, 6, 12)
    with pytest.raises(DateError):
        parse_date("yesterday")


def test_jsonl_date_field_and_default_date(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "text": "نص", "date": "2019-03-01"}, {"id": "b", "text": "نص"}]), encoding="utf-8")
    assert [a.date for a in iter_articles([path])] == ["2019-03-01", None]
    with default_date("2023-01-02"):
        assert [a.date for a in iter_articles([path])] == ["2019-03-01", "2023-01-02"]


def test_csv_date_column(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text,date\nx,نص,2021-07-04\n", encoding="utf-8")
    assert [a.date for a in iter_articles([path])] == ["2021-07-04"]


def test_score_date_option(tmp_path, tfidf_dir):
    from typer.testing import CliRunner

    from stance.cli import app

    article = tmp_path / "a.txt"
    article.write_text("وقال الرئيس الكوري الجنوبي إن الحكومة سترد بحزم على أي استفزاز.", encoding="utf-8")
    actors = {}
    for day in ("2019-03-01", "2023-03-01"):
        out = tmp_path / f"{day}.jsonl"
        result = CliRunner().invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--out", str(out), "--date", day])
        assert result.exit_code == 0, result.output
        actors[day] = [r["actor"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                       if r.get("type") == "statement"]
    assert actors == {"2019-03-01": ["other"], "2023-03-01": ["yoon"]}
    bad = CliRunner().invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--date", "soon"])
    assert bad.exit_code != 0
