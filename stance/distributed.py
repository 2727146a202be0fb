"""Scoring one partition of ``{id, text}`` rows, for distributed engines (Dask, Spark, Ray).

    import dask.dataframe as dd
    from stance.distributed import OUTPUT_META, score_partition

    articles = dd.read_parquet("archive/*.parquet", columns=["id", "text", "date"])
    scores = articles.map_partitions(score_partition, model_dir="artifacts/tfidf", meta=OUTPUT_META)
    scores.to_parquet("scores/")

The function takes and returns a pandas DataFrame, so it also fits Spark's
``mapInPandas`` and Ray Data's ``map_batches(batch_format="pandas")``. Each
worker process loads the model once (cached by folder). Output rows are the
same flat records as ``stance score --format csv|parquet``: statement rows and
one ``type=article`` status row per input row, one float column per label score.
Optional ``date`` and ``outlet`` columns are read as in the other tabular
inputs: the date decides role mentions such as «الرئيس الكوري الجنوبي».
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from stance.batch import BERT_CHUNK, COLUMNS, SENTIMENT_SCORE, STANCE_SCORE, TFIDF_CHUNK, record_to_row
from stance.inputs import OUTLET_FIELD, _row_article
from stance.pipeline import Scorer, model_name

PARTITION = Path("partition")  # the source recorded for partition rows
_DTYPES = {"direct": "boolean", "start": "Int64", "end": "Int64", "statements": "Int64",
           **{c: "float64" for c in COLUMNS if c.startswith((STANCE_SCORE, SENTIMENT_SCORE))}}


def _output_meta():
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, "object")) for c in COLUMNS})


@lru_cache(maxsize=4)
def _scorer(model_dir: str) -> Scorer:
    from stance.models.base import load_model

    model = load_model(model_dir)
    return Scorer(model, name=model_name(model, model_dir), chunk_size=TFIDF_CHUNK if model.kind == "tfidf" else BERT_CHUNK)


def score_partition(frame, model_dir: str, id_column: str = "id", text_column: str = "text",
                    date_column: str = "date", outlet_column: str = OUTLET_FIELD):
    """Statement and article-status rows for the articles in ``frame`` (a pandas DataFrame), in row order."""
    import pandas as pd

    scorer = _scorer(str(model_dir))
    rows: list[dict] = []

    def column(name, required=False):
        if name not in frame and not required:
            return [None] * len(frame)
        return [None if value is None or (not isinstance(value, str) and pd.isna(value)) else value
                for value in frame[name].tolist()]

    # the checks and fields of every other row format (CSV, Parquet, JSONL): id, text, date, outlet
    articles = [_row_article(PARTITION, f"row{n}", n, article_id, "" if text is None else text, date=day, outlet=outlet)
                for n, (article_id, text, day, outlet) in enumerate(zip(
                    column(id_column), column(text_column, required=True), column(date_column), column(outlet_column)))]
    for result in scorer.score(articles):
        rows += [record_to_row(rec) for rec in result.records]
        rows.append(record_to_row(result.status_record()))
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype(_DTYPES)


OUTPUT_META = _output_meta()
