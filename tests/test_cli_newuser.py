"""What a new analyst trips over: training over an ensemble member, --out that cannot be a file, eval without
usable gold, repeated article ids, model names, skipped files, bad actors files, legacy-encoded row files,
summarize on CSV and Parquet output. Each bad input is one line and a non-zero exit, or a record."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from stance.cli import app

runner = CliRunner()
KIRBY = "واشنطن - أعرب جون كيربي المتحدث باسم مجلس الأمن القومي عن قلقه من التعاون العسكري بين البلدين.\n"
PESKOV = "موسكو - قال المتحدث باسم الكرملين دميتري بيسكوف إن العلاقات بين البلدين تتطور بشكل طبيعي.\n"


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles_of(path):
    return [r for r in records(path) if r["type"] == "article"]


def one_line_error(result, code=2):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.strip().startswith("error:")


# ------------------------------------------------------------------ training
def test_training_refuses_to_overwrite_an_ensemble_member(tmp_path, tfidf_dir, corpus_dir):
    member = tmp_path / "tfidf"
    shutil.copytree(tfidf_dir, member)
    (tmp_path / "ens").mkdir()
    (tmp_path / "ens" / "ensemble.json").write_text(json.dumps({"members": [{"path": "../tfidf"}]}), encoding="utf-8")
    before = (member / "meta.json").read_bytes()
    result = runner.invoke(app, ["train", "tfidf", "--out", str(member), "--data", str(corpus_dir)])
    one_line_error(result)
    assert "member of the ensemble" in result.stderr and "--replace" in result.stderr
    assert (member / "meta.json").read_bytes() == before
    result = runner.invoke(app, ["train", "tfidf", "--out", str(member), "--data", str(corpus_dir), "--replace"])
    assert result.exit_code == 0 and "train the ensemble" in result.stderr


# ------------------------------------------------------------------- --out
@pytest.mark.parametrize("resume", [False, True])
def test_out_naming_a_folder_is_refused_before_scoring(tmp_path, tfidf_dir, resume):
    article = tmp_path / "a.txt"
    article.write_text(KIRBY, encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--out", str(tmp_path)]
                           + (["--resume"] if resume else []))
    one_line_error(result)
    assert "is a folder" in result.stderr


def test_classify_out_naming_a_folder_is_refused(tmp_path, tfidf_dir):
    statements = tmp_path / "s.jsonl"
    statements.write_text(json.dumps({"id": "1", "text": "الوضع مقلق"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(statements), "--model", str(tfidf_dir), "--out", str(tmp_path)])
    one_line_error(result)
    assert "is a folder" in result.stderr


def test_out_under_a_file_is_refused(tmp_path, tfidf_dir):
    article = tmp_path / "a.txt"
    article.write_text(KIRBY, encoding="utf-8")
    (tmp_path / "afile").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--out", str(tmp_path / "afile" / "x.jsonl")])
    one_line_error(result)
    assert "is a file, not a folder" in result.stderr


# -------------------------------------------------------------------- eval
def _gold(tmp_path, shift):
    gold = tmp_path / "g.jsonl"
    start = KIRBY.index("عن قلقه")
    rows = [{"article_id": "k", "actor": "kirby", "start": start + shift, "end": len(KIRBY.rstrip()) - 1 + shift,
             "text": KIRBY[start:len(KIRBY.rstrip()) - 1], "label": "concern", "sentiment": "negative"}]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "g_articles.jsonl").write_text(json.dumps({"id": "k", "text": KIRBY}, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
    return gold


def test_eval_without_a_usable_gold_line_fails(tmp_path, tfidf_dir):
    gold = tmp_path / "bad.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": KIRBY}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--model", str(tfidf_dir), "--gold", str(gold), "--out", str(tmp_path / "ev")])
    assert result.exit_code == 2 and "nothing was evaluated" in result.stderr


def test_eval_with_offsets_that_do_not_match_the_articles_fails(tmp_path, tfidf_dir):
    result = runner.invoke(app, ["eval", "--model", str(tfidf_dir), "--gold", str(_gold(tmp_path, 7)),
                                 "--out", str(tmp_path / "ev")])
    assert result.exit_code == 2 and "offsets do not match" in result.stderr


def test_eval_with_matching_offsets_passes(tmp_path, tfidf_dir):
    result = runner.invoke(app, ["eval", "--model", str(tfidf_dir), "--gold", str(_gold(tmp_path, 0)),
                                 "--out", str(tmp_path / "ev")])
    assert result.exit_code == 0, result.output


# --------------------------------------------------------------- article ids
def test_same_file_name_in_two_folders_keeps_two_articles(tmp_path, tfidf_dir):
    for sub, text in (("x", KIRBY), ("y", PESKOV)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "in"), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    status = articles_of(out)
    assert [a["article_id"] for a in status] == ["a", "a#2"]
    assert status[1]["source"].endswith("y/a.txt") and "renamed" in result.stderr
    statements = [r for r in records(out) if r["type"] == "statement"]
    assert {r["actor"] for r in statements if r["article_id"] == "a#2"} == {"peskov"}


def test_repeated_jsonl_ids_and_a_file_named_twice(tmp_path, tfidf_dir):
    rows = tmp_path / "in" / "rows.jsonl"
    rows.parent.mkdir()
    rows.write_text("".join(json.dumps({"id": "j", "text": t}, ensure_ascii=False) + "\n" for t in (KIRBY, PESKOV)),
                    encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["score", str(rows), str(tmp_path / "in"), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in articles_of(out)] == ["j", "j#2"]
    assert "named more than once" in result.stderr


# ------------------------------------------------------------------- models
def test_model_given_by_name_is_looked_up_in_the_models_home(tmp_path, tfidf_dir, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(tfidf_dir, home / "mine")
    monkeypatch.setenv("STANCE_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(KIRBY, encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--model", "mine", "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["score", str(article), "--model", "nosuch"])
    one_line_error(result)
    assert "model name" in result.stderr
    result = runner.invoke(app, ["score", str(article), "--model", str(article)])
    one_line_error(result)
    assert "is a file" in result.stderr


# ------------------------------------------------------------------ folders
def test_folder_files_are_read_or_counted(tmp_path, tfidf_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(KIRBY, encoding="utf-8")
    (folder / ".hidden.txt").write_text(PESKOV, encoding="utf-8")
    (folder / "notes.md").write_text(PESKOV, encoding="utf-8")
    (folder / "noext").write_text(PESKOV, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["score", str(folder), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in articles_of(out)] == ["ok"]
    assert "1 hidden file(s)" in result.stderr and "2 file(s) of other types" in result.stderr
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["score", str(tmp_path / "empty"), "--model", str(tfidf_dir)])
    one_line_error(result)
    assert "no input files" in result.stderr


# ------------------------------------------------------------------- actors
def test_actors_names_must_be_a_list(tmp_path, tfidf_dir):
    article = tmp_path / "a.txt"
    article.write_text(KIRBY, encoding="utf-8")
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps({"someone": {"names": "اسم"}}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--actors", str(actors)])
    one_line_error(result)
    assert "list of non-empty strings" in result.stderr


# ------------------------------------------------------------ row encodings
@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_csv_and_jsonl_in_legacy_encodings_give_every_row_a_record(tmp_path, tfidf_dir, encoding):
    csv_file = tmp_path / "rows.csv"
    csv_file.write_bytes(("id,text\n" + "".join(f'c{i},"{t.strip()}"\n' for i, t in enumerate((KIRBY, PESKOV, KIRBY))))
                         .encode(encoding))
    jsonl_file = tmp_path / "rows.jsonl"
    jsonl_file.write_bytes("".join(json.dumps({"id": f"j{i}", "text": t}, ensure_ascii=False) + "\n"
                                   for i, t in enumerate((KIRBY, PESKOV))).encode(encoding))
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["score", str(csv_file), str(jsonl_file), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    status = articles_of(out)
    assert [a["article_id"] for a in status] == ["c0", "c1", "c2", "j0", "j1"]
    assert all(a["status"] == "ok" and a["encoding"] == encoding for a in status)


def test_invalid_json_reason_is_not_cut(tmp_path, tfidf_dir):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "j", "text": "a\tb"}\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(rows), "--model", str(tfidf_dir), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "Invalid control character at column" in articles_of(tmp_path / "o.jsonl")[0]["error"]


# ---------------------------------------------------------------- summarize
def test_summarize_reads_every_output_format(tmp_path, tfidf_dir):
    article = tmp_path / "a.txt"
    article.write_text(KIRBY + PESKOV, encoding="utf-8")
    summaries = {}
    for suffix in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"s.{suffix}"
        assert runner.invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--out", str(out)]).exit_code == 0
        result = runner.invoke(app, ["summarize", str(out), "--out", str(tmp_path / f"{suffix}.json")])
        assert result.exit_code == 0, result.output
        summaries[suffix] = json.loads((tmp_path / f"{suffix}.json").read_text(encoding="utf-8"))["actors"]
    assert summaries["csv"] == summaries["jsonl"] == summaries["parquet"] and summaries["jsonl"]
    result = runner.invoke(app, ["summarize", str(tmp_path / "jsonl.json")])
    one_line_error(result)
    assert "stance report" in result.stderr


def test_resume_with_another_model_folder_names_both(tmp_path, tfidf_dir):
    article = tmp_path / "a.txt"
    article.write_text(KIRBY, encoding="utf-8")
    other = tmp_path / "other"
    shutil.copytree(tfidf_dir, other)
    out = tmp_path / "o.jsonl"
    assert runner.invoke(app, ["score", str(article), "--model", str(tfidf_dir), "--out", str(out), "--resume"]).exit_code == 0
    result = runner.invoke(app, ["score", str(article), "--model", str(other), "--out", str(out), "--resume"])
    one_line_error(result)
    assert "started with the model" in result.stderr and "other" in result.stderr


# -------------------------------------------------------------- usage errors
@pytest.mark.parametrize("args", [["score", "x.txt", "--date", "12/06/2024"], ["score", "x.txt", "--no-such-option"],
                                  ["score"], ["train", "tfidf", "--no-such-option"], ["no-such-command"]])
def test_usage_errors_are_one_line(args):
    result = runner.invoke(app, args)
    one_line_error(result)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "╭" not in result.stderr and "help" in result.stderr


def test_help_keeps_its_layout():
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output and "--date" in result.output and "│" in result.output


# ------------------------------------------------------- - as stdin / stdout
def test_dash_reads_standard_input_and_writes_standard_output(tmp_path, tfidf_dir):
    result = runner.invoke(app, ["score", "-", "--model", str(tfidf_dir), "--out", "-"], input=KIRBY)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["source"] for r in lines if r["type"] == "article"] == ["<stdin>"]
    assert any(r["type"] == "statement" and r["actor"] == "kirby" for r in lines)
    assert not (tmp_path / "-").exists()

    rows = json.dumps({"id": "k1", "text": KIRBY}) + "\n" + json.dumps({"id": "p1", "text": PESKOV}) + "\n"
    result = runner.invoke(app, ["score", "-", "--model", str(tfidf_dir)], input=rows)
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["article_id"] for line in result.stdout.splitlines() if '"type": "article"' in line]
    assert ids == ["k1", "p1"]


def test_dash_for_classify_and_summarize(tmp_path, tfidf_dir):
    result = runner.invoke(app, ["classify", "-", "--model", str(tfidf_dir), "--out", "-"],
                           input=json.dumps({"id": "s1", "text": "نرفض هذا القرار"}) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["id"] == "s1"
    scores = tmp_path / "s.jsonl"
    runner.invoke(app, ["score", "-", "--model", str(tfidf_dir), "--out", str(scores)], input=KIRBY)
    result = runner.invoke(app, ["summarize", str(scores), "--out", "-"])
    assert result.exit_code == 0, result.output
    assert "kirby" in json.loads(result.stdout)["actors"]


def test_dash_refused_where_it_cannot_work(tmp_path, tfidf_dir):
    one_line_error(runner.invoke(app, ["score", "-", "--model", str(tfidf_dir), "--summary", "-"], input=KIRBY))
    one_line_error(runner.invoke(app, ["score", "-", "--model", str(tfidf_dir), "--resume",
                                       "--out", str(tmp_path / "r.jsonl")], input=KIRBY))
    one_line_error(runner.invoke(app, ["eval", "--model", str(tfidf_dir), "--out", "-"]))
