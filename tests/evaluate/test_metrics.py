"""Clustering metrics against hand-computed values and brute-force references.

Fractions in comments are worked out by hand; the asserts use Fraction so the expected
value in the code is the same exact number as in the comment.
"""

from __future__ import annotations

import json
import random
from fractions import Fraction as F

import pytest

from storyweave.evaluate.metrics import (
    ClusteringReport,
    Scores,
    ari,
    bcubed,
    evaluate,
    format_report,
    nmi,
    pairwise,
)


def f1(p: F, r: F) -> F:
    return 2 * p * r / (p + r)


def assert_scores(got: Scores, precision: F | float, recall: F | float, f: F | float) -> None:
    assert got.precision == pytest.approx(float(precision))
    assert got.recall == pytest.approx(float(recall))
    assert got.f1 == pytest.approx(float(f))


# The running 7-item example.
# gold:  A = {0,1,2,3,4}, B = {5,6}
# pred:  X = {0,1,2,3},   Y = {4,5,6}
# contingency: (X,A) = 4, (Y,A) = 1, (Y,B) = 2;  |X| = 4, |Y| = 3, |A| = 5, |B| = 2
GOLD7 = ["A", "A", "A", "A", "A", "B", "B"]
PRED7 = ["X", "X", "X", "X", "Y", "Y", "Y"]


# --- B-cubed -------------------------------------------------------------------------


def test_bcubed_perfect_clustering_is_all_ones() -> None:
    # every item's predicted cluster equals its gold cluster: each ratio is |C|/|C| = 1
    assert_scores(bcubed(GOLD7, GOLD7), 1, 1, 1)


def test_bcubed_perfect_up_to_label_names() -> None:
    # same partition, different names: still perfect
    assert_scores(bcubed(["p", "p", "p", "p", "p", 9, 9], GOLD7), 1, 1, 1)


def test_bcubed_seven_item_example() -> None:
    # precision per item:
    #   items 0-3: |X∩A|/|X| = 4/4 = 1      -> 4 * 1   = 4
    #   item 4:    |Y∩A|/|Y| = 1/3          -> 1/3
    #   items 5,6: |Y∩B|/|Y| = 2/3          -> 2 * 2/3 = 4/3
    #   sum = 4 + 1/3 + 4/3 = 17/3;  precision = 17/3 / 7 = 17/21
    # recall per item:
    #   items 0-3: |X∩A|/|A| = 4/5          -> 16/5
    #   item 4:    |Y∩A|/|A| = 1/5          -> 1/5
    #   items 5,6: |Y∩B|/|B| = 2/2 = 1      -> 2
    #   sum = 16/5 + 1/5 + 2 = 27/5;  recall = 27/5 / 7 = 27/35
    # F1 = 2 * (17/21)(27/35) / (17/21 + 27/35) = (918/735) / (166/105) = 459/581
    precision, recall = F(17, 21), F(27, 35)
    assert f1(precision, recall) == F(459, 581)
    assert_scores(bcubed(PRED7, GOLD7), precision, recall, F(459, 581))


def test_bcubed_all_in_one_cluster() -> None:
    # one predicted cluster of n = 7: precision_i = |G(i)| / n, so
    #   precision = Σ_g |g| * |g|/n / n = Σ_g |g|² / n² = (5² + 2²) / 7² = 29/49
    #   recall = 1 (every gold cluster is inside the single predicted one)
    #   F1 = 2 * 29/49 / (1 + 29/49) = (58/49) / (78/49) = 29/39
    assert_scores(bcubed(["all"] * 7, GOLD7), F(29, 49), 1, F(29, 39))


def test_bcubed_all_singletons() -> None:
    # every item alone: precision_i = 1/1 = 1; recall_i = 1/|G(i)|
    #   recall = Σ_i 1/|G(i)| / n = (Σ_g |g| * 1/|g|) / n = (#gold clusters) / n = 2/7
    #   F1 = 2 * 1 * 2/7 / (1 + 2/7) = (4/7) / (9/7) = 4/9
    assert_scores(bcubed(list(range(7)), GOLD7), 1, F(2, 7), F(4, 9))


def test_bcubed_bagga_baldwin_example() -> None:
    # Bagga & Baldwin (1998), the example MUC cannot tell apart: truth is
    #   C1 = {1..5}, C2 = {6,7}, C3 = {8..12}; n = 12.
    gold = [1] * 5 + [2] * 2 + [3] * 5
    # Response (a) merges C2 and C3 into one cluster of 7:
    #   precision = (5 * 5/5 + 2 * 2/7 + 5 * 5/7) / 12 = (5 + 4/7 + 25/7) / 12
    #             = (64/7) / 12 = 16/21 ≈ 0.76;  recall = 1
    merge_small = [1] * 5 + [2] * 7
    assert_scores(bcubed(merge_small, gold), F(16, 21), 1, f1(F(16, 21), F(1)))
    # Response (b) merges C1 and C3 into one cluster of 10 (C2 stays right):
    #   precision = (5 * 5/10 + 2 * 2/2 + 5 * 5/10) / 12 = (5/2 + 2 + 5/2) / 12
    #             = 7/12 ≈ 0.58;  recall = 1
    merge_big = [1] * 5 + [2] * 2 + [1] * 5
    assert_scores(bcubed(merge_big, gold), F(7, 12), 1, f1(F(7, 12), F(1)))


def test_bcubed_swapping_pred_and_gold_swaps_precision_and_recall() -> None:
    forward, backward = bcubed(PRED7, GOLD7), bcubed(GOLD7, PRED7)
    assert forward.precision == pytest.approx(backward.recall)
    assert forward.recall == pytest.approx(backward.precision)
    assert forward.f1 == pytest.approx(backward.f1)


def test_bcubed_single_item() -> None:
    assert_scores(bcubed(["x"], ["y"]), 1, 1, 1)


def test_bcubed_accepts_any_iterable_and_mixed_hashables() -> None:
    # a generator is read once; labels of mixed types (None, tuples) are fine
    pred = (label for label in [None, None, None, None, ("a", 1), ("a", 1), ("a", 1)])
    # same partition as PRED7, so the same scores as the 7-item example below
    assert_scores(bcubed(pred, GOLD7), F(17, 21), F(27, 35), F(459, 581))


def bcubed_brute_force(pred: list, gold: list) -> tuple[float, float]:
    """The definition read literally: for each item, scan all items. O(n²)."""
    n = len(pred)
    precision = recall = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if pred[j] == pred[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = [j for j in same_pred if gold[j] == gold[i]]
        precision += len(both) / len(same_pred)
        recall += len(both) / len(same_gold)
    return precision / n, recall / n


def pairwise_brute_force(pred: list, gold: list) -> tuple[float, float]:
    """Enumerate every unordered pair. O(n²)."""
    n = len(pred)
    correct = predicted = expected = 0
    for i in range(n):
        for j in range(i + 1, n):
            same_pred, same_gold = pred[i] == pred[j], gold[i] == gold[j]
            predicted += same_pred
            expected += same_gold
            correct += same_pred and same_gold
    return (correct / predicted if predicted else 1.0, correct / expected if expected else 1.0)


def random_labelings(count: int, seed: int) -> list[tuple[list, list]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        n = rng.randint(1, 40)
        # the cluster counts range from "all together" to "mostly singletons"
        k_pred, k_gold = rng.randint(1, n), rng.randint(1, n)
        pred = [rng.randrange(k_pred) for _ in range(n)]
        gold = [f"g{rng.randrange(k_gold)}" for _ in range(n)]
        cases.append((pred, gold))
    return cases


@pytest.mark.parametrize("pred, gold", random_labelings(200, seed=1998))
def test_bcubed_matches_brute_force(pred: list, gold: list) -> None:
    precision, recall = bcubed_brute_force(pred, gold)
    got = bcubed(pred, gold)
    assert got.precision == pytest.approx(precision)
    assert got.recall == pytest.approx(recall)
    assert got.f1 == pytest.approx(2 * precision * recall / (precision + recall))


@pytest.mark.parametrize("pred, gold", random_labelings(200, seed=2009))
def test_pairwise_matches_brute_force(pred: list, gold: list) -> None:
    precision, recall = pairwise_brute_force(pred, gold)
    got = pairwise(pred, gold)
    assert got.precision == pytest.approx(precision)
    assert got.recall == pytest.approx(recall)


# --- pairwise ------------------------------------------------------------------------


def test_pairwise_seven_item_example() -> None:
    # correct pairs   = C(4,2) + C(1,2) + C(2,2) = 6 + 0 + 1 = 7    (cells XA, YA, YB)
    # predicted pairs = C(4,2) + C(3,2)          = 6 + 3     = 9    (|X|, |Y|)
    # gold pairs      = C(5,2) + C(2,2)          = 10 + 1    = 11   (|A|, |B|)
    # precision = 7/9, recall = 7/11, F1 = 2*7 / (9 + 11) = 14/20 = 7/10
    assert f1(F(7, 9), F(7, 11)) == F(7, 10)
    assert_scores(pairwise(PRED7, GOLD7), F(7, 9), F(7, 11), F(7, 10))


def test_pairwise_all_in_one_cluster() -> None:
    # predicted pairs = C(7,2) = 21; correct = gold pairs = 11
    # precision = 11/21, recall = 1, F1 = 2 * 11/21 / (32/21) = 22/32 = 11/16
    assert_scores(pairwise(["all"] * 7, GOLD7), F(11, 21), 1, F(11, 16))


def test_pairwise_all_singletons_uses_one_for_zero_over_zero() -> None:
    # no predicted pairs: precision 0/0 := 1.0; recall 0/11 = 0; F1 = 0
    assert_scores(pairwise(list(range(7)), GOLD7), 1, 0, 0)
    # no gold pairs either: both 0/0 := 1.0 -- two all-singleton labellings agree perfectly
    assert_scores(pairwise(list(range(5)), list("abcde")), 1, 1, 1)
    # no gold pairs but some predicted: precision 0/1 = 0, recall 0/0 := 1.0, F1 = 0
    assert_scores(pairwise([0, 0, 1], ["a", "b", "c"]), 0, 1, 0)


def test_pairwise_perfect() -> None:
    assert_scores(pairwise(PRED7, PRED7), 1, 1, 1)


# --- ARI / NMI -----------------------------------------------------------------------


def test_ari_identical_labelings_is_one() -> None:
    assert ari(GOLD7, GOLD7) == pytest.approx(1.0)
    assert ari(list(range(7)), list(range(7))) == pytest.approx(1.0)


def test_ari_seven_item_example() -> None:
    # from the pairwise counts above: index = 7, Σa = 9 (pred), Σb = 11 (gold), C(7,2) = 21
    # expected = 9 * 11 / 21 = 33/7, max = (9 + 11) / 2 = 10
    # ARI = (7 - 33/7) / (10 - 33/7) = (16/7) / (37/7) = 16/37
    assert ari(PRED7, GOLD7) == pytest.approx(16 / 37)


def test_ari_and_nmi_of_independent_split() -> None:
    # pred splits {0,1}|{2,3}, gold splits {0,2}|{1,3}: no pair agrees
    # ARI: index = 0, Σa = Σb = 2, C(4,2) = 6, expected = 4/6 = 2/3, max = 2
    #      ARI = (0 - 2/3) / (2 - 2/3) = -1/2
    # NMI: every cell holds 1 of 4 items = product of marginals (1/2 * 1/2), so MI = 0
    pred, gold = [0, 0, 1, 1], [0, 1, 0, 1]
    assert ari(pred, gold) == pytest.approx(-0.5)
    assert nmi(pred, gold) == pytest.approx(0.0, abs=1e-12)


def test_metrics_are_invariant_to_label_permutation() -> None:
    rng = random.Random(7)
    for pred, gold in random_labelings(25, seed=11):
        names = sorted(set(pred))
        shuffled = names[:]
        rng.shuffle(shuffled)
        rename = dict(zip(names, shuffled))
        renamed = [f"renamed-{rename[label]}" for label in pred]
        assert ari(renamed, gold) == pytest.approx(ari(pred, gold))
        assert nmi(renamed, gold) == pytest.approx(nmi(pred, gold))
        b1, b2 = bcubed(renamed, gold), bcubed(pred, gold)
        assert (b1.precision, b1.recall, b1.f1) == pytest.approx((b2.precision, b2.recall, b2.f1))
        p1, p2 = pairwise(renamed, gold), pairwise(pred, gold)
        assert (p1.precision, p1.recall, p1.f1) == pytest.approx((p2.precision, p2.recall, p2.f1))


def test_nmi_identical_is_one() -> None:
    assert nmi(PRED7, ["u", "u", "u", "u", "v", "v", "v"]) == pytest.approx(1.0)


def test_ari_nmi_handle_tuple_labels() -> None:
    # tuples would become a 2-D array if handed to scikit-learn as they are
    pred = [(0, "a"), (0, "a"), (0, "a"), (0, "a"), (1, "b"), (1, "b"), (1, "b")]
    assert ari(pred, GOLD7) == pytest.approx(16 / 37)
    assert nmi(pred, GOLD7) == pytest.approx(nmi(PRED7, GOLD7))


# --- evaluate / report ---------------------------------------------------------------


def test_evaluate_collects_everything() -> None:
    report = evaluate(PRED7, GOLD7)
    assert isinstance(report, ClusteringReport)
    assert report.bcubed == bcubed(PRED7, GOLD7)
    assert report.pairwise == pairwise(PRED7, GOLD7)
    assert report.ari == pytest.approx(16 / 37)
    assert report.nmi == pytest.approx(nmi(PRED7, GOLD7))
    assert (report.n_items, report.n_pred_clusters, report.n_gold_clusters) == (7, 2, 2)


def test_evaluate_reads_a_generator_once() -> None:
    report = evaluate(iter(PRED7), iter(GOLD7))
    assert report == evaluate(PRED7, GOLD7)


def test_report_as_dict_is_plain_and_json_ready() -> None:
    d = evaluate(PRED7, GOLD7).as_dict()
    assert set(d) == {"bcubed", "pairwise", "ari", "nmi", "n_items", "n_pred_clusters", "n_gold_clusters"}
    assert d["bcubed"]["precision"] == pytest.approx(17 / 21)
    assert d["pairwise"] == pytest.approx({"precision": 7 / 9, "recall": 7 / 11, "f1": 7 / 10})
    assert type(d["ari"]) is float and type(d["nmi"]) is float
    json.dumps(d)


def test_format_report() -> None:
    text = format_report(evaluate(PRED7, GOLD7))
    # 17/21 = 0.8095, 27/35 = 0.7714, 459/581 = 0.7900; 7/9 = 0.778, 7/11 = 0.636; 16/37 = 0.432
    assert "B-cubed   P 0.810  R 0.771  F1 0.790" in text
    assert "Pairwise  P 0.778  R 0.636  F1 0.700" in text
    assert "ARI 0.432" in text
    assert "items 7" in text and "predicted clusters 2" in text and "gold clusters 2" in text
    assert len(text.splitlines()) == 4


def test_scores_is_frozen() -> None:
    s = Scores(1.0, 1.0, 1.0)
    with pytest.raises(AttributeError):
        s.precision = 0.5  # type: ignore[misc]


# --- bad input -----------------------------------------------------------------------


ALL_METRICS = [bcubed, pairwise, ari, nmi, evaluate]


@pytest.mark.parametrize("metric", ALL_METRICS)
def test_mismatched_lengths_raise(metric) -> None:
    with pytest.raises(ValueError, match=r"same items.*3 predicted.*2 gold"):
        metric([1, 1, 2], [1, 1])


@pytest.mark.parametrize("metric", ALL_METRICS)
def test_empty_inputs_raise(metric) -> None:
    with pytest.raises(ValueError, match="zero items"):
        metric([], [])
