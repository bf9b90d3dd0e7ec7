#!/usr/bin/env python3
"""Baseline for the classifier benchmark: TF-IDF (character 1-3-grams + word 1-2-grams) and
logistic regression from scikit-learn (Debian's python3-sklearn). Reads train and test CSVs of
text,label and prints macro-F1 and timings as JSON."""
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
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
    )
    model = make_pipeline(features, LogisticRegression(max_iter=2000, C=10))
    start = time.perf_counter()
    model.fit(x_train, y_train)
    trained = time.perf_counter() - start
    start = time.perf_counter()
    predicted = model.predict(x_test)
    predict_ms = (time.perf_counter() - start) * 1000 / max(1, len(x_test))
    print(json.dumps({
        "macro_f1": f1_score(y_test, predicted, average="macro"),
        "train_seconds": trained,
        "predict_ms_per_doc": predict_ms,
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
