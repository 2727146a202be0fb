"""Stage clocks of `bench_score.py`, in a module of their own so that pool workers (fresh interpreters started
by loky, as `stance score` starts them) can import them: a worker installs its clocks in its initializer and
writes its seconds after every chunk. The folder the seconds go to is ``$STANCE_BENCH_CLOCKS``, set by the
benchmark's child process before its pool starts (workers inherit the environment)."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

CLOCKS_ENV = "STANCE_BENCH_CLOCKS"


class Clock:
    """CPU seconds per stage in this process (``time.thread_time``: other jobs on the machine and the other
    processes of the run do not inflate them); each process writes its own file (pool workers included)."""

    def __init__(self, folder: Path):
        self.folder, self.seconds = Path(folder), Counter()

    def timed(self, stage: str, fn):
        def wrapper(*args, **kwargs):
            started = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.thread_time() - started
        return wrapper

    def timed_iter(self, stage: str, iterator):
        iterator = iter(iterator)
        while True:
            started = time.thread_time()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds[stage] += time.thread_time() - started
                return
            self.seconds[stage] += time.thread_time() - started
            yield item

    def dump(self) -> None:
        (self.folder / f"{os.getpid()}.json").write_text(json.dumps(self.seconds))


def summed(folder: Path) -> dict:
    total = Counter()
    for path in Path(folder).glob("*.json"):
        total.update(json.loads(path.read_text()))
    return dict(total)


def instrument_model(model, clock: Clock):
    """Time the model's own feature building and classifiers (TF-IDF folders): its NumPy predictor
    (``fast_.featurize`` / ``fast_.predict_features``), or with ``STANCE_TFIDF_FAST=0`` its scikit-learn
    vectorizers and calibrated classifiers."""
    if getattr(model, "fast_", None) is not None:
        model.fast_.featurize = clock.timed("features", model.fast_.featurize)
        model.fast_.predict_features = clock.timed("predict", model.fast_.predict_features)
        return model
    stance, sentiment = model.stance_clf_, model.sentiment_clf_
    vectorizers = {id(stance.vectorizer_): stance.vectorizer_, id(sentiment.vectorizer_): sentiment.vectorizer_}
    for vectorizer in vectorizers.values():
        vectorizer.transform = clock.timed("features", vectorizer.transform)
    for clf in (stance, sentiment):
        clf.predict_proba_features = clock.timed("predict", clf.predict_proba_features)
    return model


_clock: Clock | None = None


def install_pipeline_clocks(clock: Clock) -> None:
    """Time extraction and the model's stages in this process: every model loaded from now on is instrumented."""
    global _clock
    import stance.models.base as base
    from stance.extract import default_extractor

    _clock = clock
    load_model = base.load_model
    base.load_model = lambda folder, **kw: instrument_model(load_model(folder, **kw), clock)
    extractor_class = type(default_extractor())
    extractor_class.extract = clock.timed("extract", extractor_class.extract)


# ------------------------------------------------------------ the pipeline's pool workers
def pipeline_worker_init(*args) -> None:
    """``stance.batch._init_worker`` with this worker's clocks installed first."""
    import stance.batch as batch

    install_pipeline_clocks(Clock(Path(os.environ[CLOCKS_ENV])))
    batch._init_worker(*args)


def pipeline_worker_chunk(articles):
    """``stance.batch._score_in_worker``, then this worker's seconds so far are written."""
    import stance.batch as batch

    results = batch._score_in_worker(articles)
    _clock.dump()
    return results


# ------------------------------------------------------------ the reference's pool workers
_ref_model = None


def reference_worker_init(folder: str) -> None:
    global _ref_model, _clock
    from stance.models.base import load_model

    _clock = Clock(Path(os.environ[CLOCKS_ENV]))
    _ref_model = instrument_model(load_model(folder), _clock)


def reference_worker_chunk(inputs: list[str]):
    """The model's own feature building and classifiers, nothing else (the same predictor the pipeline uses)."""
    model = _ref_model
    if model.fast_ is not None:
        probs = model.fast_.predict_features(len(inputs), model.fast_.featurize(inputs))
        stance, sentiment = probs["stance"], probs["sentiment"]
    else:
        features = model.stance_clf_.vectorizer_.transform(inputs)
        stance = model.stance_clf_.predict_proba_features(features)
        sentiment = model.sentiment_clf_.predict_proba_features(features)
    _clock.dump()
    return stance, sentiment
