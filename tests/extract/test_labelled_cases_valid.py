"""The labelled sets follow their guidelines (tests/extract/labelled/GUIDELINES.md), so the scores mean
what they say: check_cases.py validates every record of each file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

LABELLED = Path(__file__).with_name("labelled")
_spec = importlib.util.spec_from_file_location("check_cases", LABELLED / "check_cases.py")
check_cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_cases)


@pytest.mark.parametrize("name", ["cases.jsonl", "heldout.jsonl", "heldout_b.jsonl", "heldout_c.jsonl", "heldout_d.jsonl", "heldout_e.jsonl",
                                  "heldout_f.jsonl", "heldout_g.jsonl", "heldout_h.jsonl", "heldout_i.jsonl",
                                  "heldout_j.jsonl", "heldout_k.jsonl", "heldout_l.jsonl", "heldout_m.jsonl",
                                  "heldout_n.jsonl", "heldout_o.jsonl", "heldout_p.jsonl", "heldout_q.jsonl",
                                  "heldout_r.jsonl", "heldout_s.jsonl", "heldout_t.jsonl",
                                  "heldout_u.jsonl", "heldout_v.jsonl", "heldout_w.jsonl",
                                  "heldout_x.jsonl", "heldout_y.jsonl", "heldout_z.jsonl",
                                  "heldout_aa.jsonl", "heldout_ab.jsonl", "heldout_ac.jsonl",
                                  "heldout_ad.jsonl", "heldout_ae.jsonl", "heldout_af.jsonl",
                                  "heldout_ag.jsonl", "heldout_ah.jsonl", "heldout_ai.jsonl",
                                  "heldout_aj.jsonl", "heldout_ak.jsonl", "heldout_al.jsonl",
                                  "heldout_am.jsonl", "heldout_an.jsonl", "heldout_ao.jsonl",
                                  "heldout_ap.jsonl", "heldout_aq.jsonl", "heldout_ar.jsonl",
                                  "heldout_as.jsonl", "heldout_at.jsonl",
                                  "heldout_au.jsonl", "heldout_av.jsonl", "heldout_aw.jsonl",
                                  "heldout_ax.jsonl", "heldout_ay.jsonl", "heldout_az.jsonl",
                                  "heldout_ba.jsonl", "heldout_bb.jsonl", "heldout_bc.jsonl",
                                  "heldout_bd.jsonl", "heldout_be.jsonl", "heldout_bf.jsonl",
                                  "heldout_bg.jsonl", "heldout_bh.jsonl",
                                  "heldout_bi.jsonl", "heldout_bj.jsonl", "heldout_bk.jsonl",
                                  "heldout_bl.jsonl", "heldout_bm.jsonl", "heldout_bn.jsonl",
                                  "heldout_bo.jsonl", "heldout_bp.jsonl",
                                  "heldout_bq.jsonl", "heldout_br.jsonl",
                                  "heldout_bs.jsonl", "heldout_bt.jsonl",
                                  "heldout_bu.jsonl", "heldout_bv.jsonl",
                                  "heldout_bw.jsonl", "heldout_bx.jsonl",
                                  "heldout_by.jsonl", "heldout_bz.jsonl",
                                  "heldout_ca.jsonl", "heldout_cb.jsonl",
                                  "heldout_cc.jsonl", "heldout_cd.jsonl",
                                  "heldout_ce.jsonl", "heldout_cf.jsonl",
                                  "heldout_cg.jsonl", "heldout_ch.jsonl",
                                  "heldout_ci.jsonl", "heldout_cj.jsonl"])
def test_labelled_file_follows_the_guidelines(name, capsys):
    assert check_cases.main([str(LABELLED / name)]) == 0, capsys.readouterr().out


def _record(entities: list[dict]) -> dict:
    body = " ".join(["Ferry crews in Brest voted on Monday to extend the strike by a week."] * 8)
    return {"id": "en-t01", "lang": "en", "text": f"Brest ferry strike goes on\n\n{body}\n\nREAD MORE: Harbour fees rise in Lorient",
            "quotes": [], "figures": [], "entities": entities}


def test_a_line_linking_to_another_article_is_not_labelled():
    brest = [{"text": "Brest", "kind": "place", "canonical": "Brest"}] * 9
    lorient = {"text": "Lorient", "kind": "place", "canonical": "Lorient"}

    assert check_cases.check_case(_record(brest), 1) == []
    assert any("'Lorient' does not occur" in problem for problem in check_cases.check_case(_record([*brest, lorient]), 1))
