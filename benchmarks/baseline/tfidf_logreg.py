#!/usr/bin/env python3
"""Baseline for the classifier benchmark, the reference recipe of the real-archive issue: scikit-learn
(Debian's python3-sklearn) TF-IDF word 1-2-grams + char_wb 2-4-grams (sublinear tf, min_df 2) and
logistic regression (C=10). Reads train and test CSVs of text,label; prints macro-F1, timings and each
test document's predicted label and probability as JSON."""
import csv
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline, make_union


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def main(train_path, test_path):
    x_train, y_train = read(train_path)
    x_test, y_test = read(test_path)
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2),
    )
    model = make_pipeline(features, LogisticRegression(max_iter=3000, C=10))
    start = time.perf_counter()
    model.fit(x_train, y_train)
    trained = time.perf_counter() - start
    start = time.perf_counter()
    probabilities = model.predict_proba(x_test)
    predict_ms = (time.perf_counter() - start) * 1000 / max(1, len(x_test))
    classes = list(model.classes_)
    predicted = [classes[row.argmax()] for row in probabilities]
    print(json.dumps({
        "macro_f1": f1_score(y_test, predicted, average="macro"),
        "train_seconds": trained,
        "predict_ms_per_doc": predict_ms,
        "predictions": [{"label": p, "confidence": float(row.max())} for p, row in zip(predicted, probabilities)],
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
