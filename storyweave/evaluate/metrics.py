"""Clustering quality: how well predicted groups (events, stories) match a gold labelling.

Every function takes two equal-length sequences of hashable labels, ``pred`` and ``gold``,
one label per item: items with the same label are in the same cluster. Label *names* never
matter, only which items share one, so a predicted cluster "e17" and a gold cluster "quake"
can be compared directly.

B-cubed and pairwise scores are computed from the contingency table (how many items each
(predicted, gold) cluster pair shares) rather than by comparing items two by two, so a
corpus of n items costs O(n) time, not O(n²); evaluation on a few hundred thousand articles
stays instant. ARI and NMI come from scikit-learn, which is the reference everyone compares
against; it is imported only when those are asked for, because importing it takes far
longer than anything else the CLI does.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ClusteringReport",
    "Scores",
    "ari",
    "bcubed",
    "evaluate",
    "format_report",
    "nmi",
    "pairwise",
]


@dataclass(frozen=True)
class Scores:
    """Precision, recall and their harmonic mean (F1), each in [0, 1]."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class ClusteringReport:
    """Every metric for one (pred, gold) pair, plus the sizes needed to read them.

    The cluster counts are kept because the scores alone hide degenerate outputs: a
    B-cubed recall of 1.0 is unremarkable until one sees ``n_pred_clusters == 1``.
    """

    bcubed: Scores
    pairwise: Scores
    ari: float
    nmi: float
    n_items: int
    n_pred_clusters: int
    n_gold_clusters: int

    def as_dict(self) -> dict[str, Any]:
        """Plain nested dict of built-in types, ready for ``json.dumps``."""
        return dataclasses.asdict(self)


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0.0 when both are 0 (nothing right at all), rather than 0/0."""
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _check(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[list[Hashable], list[Hashable]]:
    """Validate and materialise the inputs (so one-shot iterables work too).

    Empty inputs are refused rather than scored: every metric here would be 0/0, and a
    silent 1.0 (or NaN) in an evaluation table hides the real problem upstream.
    """
    pred_list, gold_list = list(pred), list(gold)
    if len(pred_list) != len(gold_list):
        raise ValueError(
            f"pred and gold must label the same items: got {len(pred_list)} predicted labels "
            f"and {len(gold_list)} gold labels"
        )
    if not pred_list:
        raise ValueError("cannot evaluate a clustering of zero items: pred and gold are empty")
    return pred_list, gold_list


def _contingency(
    pred: list[Hashable], gold: list[Hashable]
) -> tuple[Counter[tuple[Hashable, Hashable]], Counter[Hashable], Counter[Hashable]]:
    """Items per (pred, gold) cluster pair, per predicted cluster and per gold cluster."""
    return Counter(zip(pred, gold)), Counter(pred), Counter(gold)


def _pairs(k: int) -> int:
    """Unordered pairs among k items (k choose 2)."""
    return k * (k - 1) // 2


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> Scores:
    """Item-averaged B-cubed precision, recall and F1 (Bagga & Baldwin 1998).

    For each item i, precision_i = |P(i) ∩ G(i)| / |P(i)| and recall_i = |P(i) ∩ G(i)| / |G(i)|,
    where P(i) and G(i) are the predicted and gold clusters containing i; the reported values
    are the means over items and F1 is the harmonic mean of those means. B-cubed is used
    because it weighs every article equally, so one huge merged cluster cannot hide behind
    many small correct ones (unlike MUC's link counting).

    All items in a cell (p, g) of the contingency table share the same per-item scores
    n_pg / |p| and n_pg / |g|, so the sums over items collapse to sums over non-empty cells:
    precision = Σ n_pg² / |p| / n, recall = Σ n_pg² / |g| / n.

    Raises ValueError if the inputs differ in length or are empty.
    """
    pred_list, gold_list = _check(pred, gold)
    n = len(pred_list)
    cells, pred_sizes, gold_sizes = _contingency(pred_list, gold_list)
    precision = math.fsum(c * c / pred_sizes[p] for (p, _), c in cells.items()) / n
    recall = math.fsum(c * c / gold_sizes[g] for (_, g), c in cells.items()) / n
    return Scores(precision, recall, _f1(precision, recall))


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> Scores:
    """Pair-counting precision, recall and F1 over unordered item pairs.

    A pair is *predicted* if both items share a predicted cluster and *gold* if they share a
    gold cluster; correct pairs are both. precision = correct / predicted,
    recall = correct / gold. Counts come from the contingency table: correct = Σ C(n_pg, 2),
    predicted = Σ C(|p|, 2), gold = Σ C(|g|, 2).

    Convention for 0/0: a ratio whose denominator is zero is 1.0. With no predicted pairs
    (all predicted singletons) no pair claim was wrong, so precision is 1.0; with no gold
    pairs there was nothing to find, so recall is 1.0. The numerator is then necessarily 0
    too, so this only ever resolves 0/0, never hides a real error; e.g. all-singleton
    predictions against a gold set with pairs score P 1.0, R 0.0, F1 0.0, and two all-singleton
    labellings score 1.0 throughout, as they agree perfectly.

    Raises ValueError if the inputs differ in length or are empty.
    """
    pred_list, gold_list = _check(pred, gold)
    cells, pred_sizes, gold_sizes = _contingency(pred_list, gold_list)
    correct = sum(_pairs(c) for c in cells.values())
    predicted = sum(_pairs(c) for c in pred_sizes.values())
    expected = sum(_pairs(c) for c in gold_sizes.values())
    precision = correct / predicted if predicted else 1.0
    recall = correct / expected if expected else 1.0
    return Scores(precision, recall, _f1(precision, recall))


def _encode(pred: list[Hashable], gold: list[Hashable]) -> tuple[list[int], list[int]]:
    """Map arbitrary hashable labels to small ints for scikit-learn.

    scikit-learn turns labels into a NumPy array first, which mangles tuple labels into a
    2-D array and rejects mixes like ``None`` and str; integer codes avoid both. Codes are
    assigned separately per side since only co-membership matters.
    """
    pred_codes: dict[Hashable, int] = {}
    gold_codes: dict[Hashable, int] = {}
    return (
        [pred_codes.setdefault(label, len(pred_codes)) for label in pred],
        [gold_codes.setdefault(label, len(gold_codes)) for label in gold],
    )


def ari(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """Adjusted Rand index (scikit-learn): pair agreement corrected for chance.

    Reported next to the pairwise scores because it is 0 in expectation for random
    labellings, which makes "better than trivial" easy to read; 1.0 means identical
    partitions. It can be negative.

    Raises ValueError if the inputs differ in length or are empty.
    """
    from sklearn.metrics import adjusted_rand_score

    pred_codes, gold_codes = _encode(*_check(pred, gold))
    return float(adjusted_rand_score(gold_codes, pred_codes))


def nmi(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """Normalised mutual information (scikit-learn, arithmetic-mean normalisation).

    An information-theoretic view that is symmetric in pred and gold, included because it
    is the number most clustering papers report.

    Raises ValueError if the inputs differ in length or are empty.
    """
    from sklearn.metrics import normalized_mutual_info_score

    pred_codes, gold_codes = _encode(*_check(pred, gold))
    return float(normalized_mutual_info_score(gold_codes, pred_codes))


def evaluate(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusteringReport:
    """Every metric at once, validating the inputs once.

    Raises ValueError if the inputs differ in length or are empty.
    """
    pred_list, gold_list = _check(pred, gold)
    return ClusteringReport(
        bcubed=bcubed(pred_list, gold_list),
        pairwise=pairwise(pred_list, gold_list),
        ari=ari(pred_list, gold_list),
        nmi=nmi(pred_list, gold_list),
        n_items=len(pred_list),
        n_pred_clusters=len(set(pred_list)),
        n_gold_clusters=len(set(gold_list)),
    )


def format_report(report: ClusteringReport) -> str:
    """A few aligned lines for a terminal or a log, three decimals per score.

    Example::

        items 7  predicted clusters 2  gold clusters 2
        B-cubed   P 0.810  R 0.771  F1 0.790
        Pairwise  P 0.778  R 0.636  F1 0.700
        ARI 0.432  NMI 0.508
    """

    def scores_line(name: str, s: Scores) -> str:
        return f"{name:<9} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"

    return "\n".join(
        [
            f"items {report.n_items}  predicted clusters {report.n_pred_clusters}  "
            f"gold clusters {report.n_gold_clusters}",
            scores_line("B-cubed", report.bcubed),
            scores_line("Pairwise", report.pairwise),
            f"ARI {report.ari:.3f}  NMI {report.nmi:.3f}",
        ]
    )
