"""Scores the pipeline against hand-made gold tables and prints the figures.

Seeds: the five input articles (rules were developed on them, so they flatter).
Held-out: articles written for the project and never tuned on; scored separately.
Blind A, B and C: invented articles by writers who had not seen the rules (A was then used to find faults).
"""
from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import build
from tests.scoring import load_gold, score

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[1]

# (recall, precision) floors; the figures printed by the test are the ones to report.
FLOORS = {"seeds": (0.9, 0.9), "heldout": (0.75, 0.6), "blind_a": (0.8, 0.7), "blind_b": (0.75, 0.65),
          "blind_c": (0.7, 0.6), "blind_d": (0.85, 0.8), "blind_e": (0.7, 0.7), "blind_f": (0.6, 0.55), "blind_g": (0.6, 0.6), "blind_h": (0.65, 0.6),
          "blind_i": (0.8, 0.7), "blind_j": (0.8, 0.7), "blind_k": (0.7, 0.65),
          "blind_l": (0.65, 0.65), "blind_m": (0.65, 0.65), "blind_n": (0.75, 0.7), "blind_o": (0.65, 0.65),
          "blind_p": (0.6, 0.6), "blind_q": (0.7, 0.65), "blind_r": (0.6, 0.6), "blind_s": (0.65, 0.6),
          "blind_t": (0.55, 0.65), "blind_u": (0.55, 0.65),
          "blind_v": (0.65, 0.7), "blind_w": (0.7, 0.7), "blind_x": (0.7, 0.75), "blind_y": (0.7, 0.6),
          "blind_z": (0.7, 0.65), "blind_aa": (0.65, 0.65), "blind_ab": (0.75, 0.65),
          "blind_ac": (0.7, 0.7), "blind_ad": (0.65, 0.7), "blind_ae": (0.7, 0.6),
          "blind_af": (0.6, 0.6), "blind_ag": (0.75, 0.65),
          "blind_ah": (0.75, 0.65), "blind_ai": (0.8, 0.8), "blind_aj": (0.8, 0.7),
          "blind_ak": (0.7, 0.7), "blind_al": (0.75, 0.75), "blind_am": (0.8, 0.65),
          "blind_an": (0.75, 0.75), "blind_ao": (0.7, 0.65), "blind_ap": (0.7, 0.75),
          "blind_aq": (0.75, 0.65), "blind_ar": (0.7, 0.75), "blind_as": (0.8, 0.7),
          "blind_at": (0.85, 0.6), "blind_au": (0.6, 0.55), "blind_av": (0.75, 0.75),
          "blind_aw": (0.65, 0.75), "blind_ax": (0.8, 0.7), "blind_ay": (0.7, 0.65),
          "blind_az": (0.8, 0.8), "blind_ba": (0.8, 0.7), "blind_bb": (0.8, 0.8),
          "blind_bc": (0.75, 0.75), "blind_bd": (0.6, 0.6),
          "blind_be": (0.7, 0.75), "blind_bf": (0.75, 0.7), "blind_bg": (0.7, 0.8),
          "blind_bh": (0.7, 0.75), "blind_bi": (0.85, 0.72), "blind_bj": (0.8, 0.65),
          "blind_bk": (0.75, 0.62), "blind_bl": (0.78, 0.68),
          "blind_bm": (0.75, 0.7), "blind_bn": (0.75, 0.68),
          "blind_bo": (0.82, 0.65), "blind_bp": (0.79, 0.81), "blind_bq": (0.87, 0.64), "blind_br": (0.7, 0.6),
          "blind_bs": (0.85, 0.65), "blind_bt": (0.68, 0.75), "blind_bu": (0.78, 0.7), "blind_bv": (0.78, 0.71),
          "blind_bw": (0.78, 0.64), "blind_bx": (0.84, 0.67), "blind_by": (0.78, 0.88), "blind_bz": (0.8, 0.74),
          "blind_ca": (0.78, 0.7), "blind_cb": (0.71, 0.71), "blind_cc": (0.68, 0.59), "blind_cd": (0.8, 0.66),
          "blind_ce": (0.69, 0.71), "blind_cf": (0.78, 0.67),
          "blind_cg": (0.68, 0.55), "blind_ch": (0.81, 0.77),
          "blind_ci": (0.66, 0.63), "blind_cj": (0.70, 0.70), "blind_ck": (0.78, 0.72), "blind_cl": (0.68, 0.59),
          "blind_cm": (0.72, 0.77), "blind_cn": (0.78, 0.71), "blind_co": (0.65, 0.60), "blind_cp": (0.70, 0.62),
          "blind_cq": (0.81, 0.83), "blind_cr": (0.65, 0.58),
          "blind_cs": (0.63, 0.81), "blind_ct": (0.82, 0.78), "blind_cu": (0.77, 0.78), "blind_cv": (0.75, 0.77),
          "blind_cw": (0.87, 0.82), "blind_cx": (0.84, 0.87),
          "blind_cy": (0.84, 0.79), "blind_cz": (0.74, 0.88), "blind_da": (0.74, 0.88), "blind_db": (0.72, 0.72),
          "blind_dc": (0.82, 0.84), "blind_dd": (0.93, 0.83),
          "blind_de": (0.79, 0.81), "blind_df": (0.78, 0.70), "blind_dg": (0.78, 0.85), "blind_dh": (0.79, 0.81),
          "blind_di": (0.88, 0.83), "blind_dj": (0.82, 0.90),
          "blind_dk": (0.78, 0.80), "blind_dl": (0.71, 0.65), "blind_dm": (0.85, 0.76), "blind_dn": (0.74, 0.71),
          "blind_do": (0.81, 0.80), "blind_dp": (0.90, 0.75),
          "blind_dq": (0.77, 0.79), "blind_dr": (0.71, 0.65), "blind_ds": (0.73, 0.77), "blind_dt": (0.83, 0.83),
          "blind_du": (0.86, 0.83), "blind_dv": (0.76, 0.77),
          "blind_dw": (0.67, 0.65), "blind_dx": (0.84, 0.70), "blind_dy": (0.93, 0.81), "blind_dz": (0.87, 0.80),
          "blind_ea": (0.78, 0.76), "blind_eb": (0.77, 0.72),
          "blind_ec": (0.71, 0.71), "blind_ed": (0.84, 0.82), "blind_ee": (0.75, 0.69), "blind_ef": (0.77, 0.79),
          "blind_eg": (0.73, 0.83), "blind_eh": (0.73, 0.75),
          "blind_ei": (0.76, 0.74), "blind_ej": (0.90, 0.96), "blind_ek": (0.80, 0.86), "blind_el": (0.96, 0.83), "blind_em": (0.84, 0.77), "blind_en": (0.78, 0.74),
          "blind_eo": (0.82, 0.68), "blind_ep": (0.85, 0.83), "blind_eq": (0.85, 0.76), "blind_er": (0.87, 0.75), "blind_es": (0.87, 0.83), "blind_et": (0.72, 0.78),
          "blind_eu": (0.80, 0.74), "blind_ev": (0.77, 0.78), "blind_ew": (0.74, 0.74), "blind_ex": (0.63, 0.70),
          "blind_ey": (0.49, 0.56), "blind_ez": (0.75, 0.77)}


def _records(events: pd.DataFrame) -> list[dict]:
    df = events.copy()
    df["event_date"] = df["event_date"].dt.strftime("%Y-%m-%d")
    return df.astype(object).where(df.notna(), None).to_dict("records")


@pytest.mark.parametrize("name, folder, gold", [
    ("seeds", ROOT / "seeds", DATA / "seeds_gold.csv"),
    ("heldout", DATA / "heldout", DATA / "heldout_gold.csv"),
    ("blind_a", DATA / "blind_a", DATA / "blind_a_gold.csv"),  # see data/blind_README.md
    ("blind_b", DATA / "blind_b", DATA / "blind_b_gold.csv"),
    ("blind_c", DATA / "blind_c", DATA / "blind_c_gold.csv"),
    ("blind_d", DATA / "blind_d", DATA / "blind_d_gold.csv"),
    ("blind_e", DATA / "blind_e", DATA / "blind_e_gold.csv"),
    ("blind_f", DATA / "blind_f", DATA / "blind_f_gold.csv"),
    ("blind_g", DATA / "blind_g", DATA / "blind_g_gold.csv"),
    ("blind_h", DATA / "blind_h", DATA / "blind_h_gold.csv"),
    ("blind_i", DATA / "blind_i", DATA / "blind_i_gold.csv"),
    ("blind_j", DATA / "blind_j", DATA / "blind_j_gold.csv"),
    ("blind_k", DATA / "blind_k", DATA / "blind_k_gold.csv"),
    ("blind_l", DATA / "blind_l", DATA / "blind_l_gold.csv"),
    ("blind_m", DATA / "blind_m", DATA / "blind_m_gold.csv"),
    ("blind_n", DATA / "blind_n", DATA / "blind_n_gold.csv"),
    ("blind_o", DATA / "blind_o", DATA / "blind_o_gold.csv"),
    ("blind_p", DATA / "blind_p", DATA / "blind_p_gold.csv"),
    ("blind_q", DATA / "blind_q", DATA / "blind_q_gold.csv"),
    ("blind_r", DATA / "blind_r", DATA / "blind_r_gold.csv"),
    ("blind_s", DATA / "blind_s", DATA / "blind_s_gold.csv"),
    ("blind_t", DATA / "blind_t", DATA / "blind_t_gold.csv"),
    ("blind_u", DATA / "blind_u", DATA / "blind_u_gold.csv"),
    ("blind_v", DATA / "blind_v", DATA / "blind_v_gold.csv"),
    ("blind_w", DATA / "blind_w", DATA / "blind_w_gold.csv"),
    ("blind_x", DATA / "blind_x", DATA / "blind_x_gold.csv"),
    ("blind_y", DATA / "blind_y", DATA / "blind_y_gold.csv"),
    ("blind_z", DATA / "blind_z", DATA / "blind_z_gold.csv"),
    ("blind_aa", DATA / "blind_aa", DATA / "blind_aa_gold.csv"),
    ("blind_ab", DATA / "blind_ab", DATA / "blind_ab_gold.csv"),
    ("blind_ac", DATA / "blind_ac", DATA / "blind_ac_gold.csv"),
    ("blind_ad", DATA / "blind_ad", DATA / "blind_ad_gold.csv"),
    ("blind_ae", DATA / "blind_ae", DATA / "blind_ae_gold.csv"),
    ("blind_af", DATA / "blind_af", DATA / "blind_af_gold.csv"),
    ("blind_ag", DATA / "blind_ag", DATA / "blind_ag_gold.csv"),
    ("blind_ah", DATA / "blind_ah", DATA / "blind_ah_gold.csv"),
    ("blind_ai", DATA / "blind_ai", DATA / "blind_ai_gold.csv"),
    ("blind_aj", DATA / "blind_aj", DATA / "blind_aj_gold.csv"),
    ("blind_ak", DATA / "blind_ak", DATA / "blind_ak_gold.csv"),
    ("blind_al", DATA / "blind_al", DATA / "blind_al_gold.csv"),
    ("blind_am", DATA / "blind_am", DATA / "blind_am_gold.csv"),
    ("blind_an", DATA / "blind_an", DATA / "blind_an_gold.csv"),
    ("blind_ao", DATA / "blind_ao", DATA / "blind_ao_gold.csv"),
    ("blind_ap", DATA / "blind_ap", DATA / "blind_ap_gold.csv"),
    ("blind_aq", DATA / "blind_aq", DATA / "blind_aq_gold.csv"),
    ("blind_ar", DATA / "blind_ar", DATA / "blind_ar_gold.csv"),
    ("blind_as", DATA / "blind_as", DATA / "blind_as_gold.csv"),
    ("blind_at", DATA / "blind_at", DATA / "blind_at_gold.csv"),
    ("blind_au", DATA / "blind_au", DATA / "blind_au_gold.csv"),
    ("blind_av", DATA / "blind_av", DATA / "blind_av_gold.csv"),
    ("blind_aw", DATA / "blind_aw", DATA / "blind_aw_gold.csv"),
    ("blind_ax", DATA / "blind_ax", DATA / "blind_ax_gold.csv"),
    ("blind_ay", DATA / "blind_ay", DATA / "blind_ay_gold.csv"),
    ("blind_az", DATA / "blind_az", DATA / "blind_az_gold.csv"),
    ("blind_ba", DATA / "blind_ba", DATA / "blind_ba_gold.csv"),
    ("blind_bb", DATA / "blind_bb", DATA / "blind_bb_gold.csv"),
    ("blind_bc", DATA / "blind_bc", DATA / "blind_bc_gold.csv"),
    ("blind_bd", DATA / "blind_bd", DATA / "blind_bd_gold.csv"),
    ("blind_be", DATA / "blind_be", DATA / "blind_be_gold.csv"),
    ("blind_bf", DATA / "blind_bf", DATA / "blind_bf_gold.csv"),
    ("blind_bg", DATA / "blind_bg", DATA / "blind_bg_gold.csv"),
    ("blind_bh", DATA / "blind_bh", DATA / "blind_bh_gold.csv"),
    ("blind_bi", DATA / "blind_bi", DATA / "blind_bi_gold.csv"),
    ("blind_bj", DATA / "blind_bj", DATA / "blind_bj_gold.csv"),
    ("blind_bk", DATA / "blind_bk", DATA / "blind_bk_gold.csv"),
    ("blind_bl", DATA / "blind_bl", DATA / "blind_bl_gold.csv"),
    ("blind_bm", DATA / "blind_bm", DATA / "blind_bm_gold.csv"),
    ("blind_bn", DATA / "blind_bn", DATA / "blind_bn_gold.csv"),
    ("blind_bo", DATA / "blind_bo", DATA / "blind_bo_gold.csv"),
    ("blind_bp", DATA / "blind_bp", DATA / "blind_bp_gold.csv"),
    ("blind_bq", DATA / "blind_bq", DATA / "blind_bq_gold.csv"),
    ("blind_br", DATA / "blind_br", DATA / "blind_br_gold.csv"),
    ("blind_bs", DATA / "blind_bs", DATA / "blind_bs_gold.csv"),
    ("blind_bt", DATA / "blind_bt", DATA / "blind_bt_gold.csv"),
    ("blind_bu", DATA / "blind_bu", DATA / "blind_bu_gold.csv"),
    ("blind_bv", DATA / "blind_bv", DATA / "blind_bv_gold.csv"),
    ("blind_bw", DATA / "blind_bw", DATA / "blind_bw_gold.csv"),
    ("blind_bx", DATA / "blind_bx", DATA / "blind_bx_gold.csv"),
    ("blind_by", DATA / "blind_by", DATA / "blind_by_gold.csv"),
    ("blind_bz", DATA / "blind_bz", DATA / "blind_bz_gold.csv"),
    ("blind_ca", DATA / "blind_ca", DATA / "blind_ca_gold.csv"),
    ("blind_cb", DATA / "blind_cb", DATA / "blind_cb_gold.csv"),
    ("blind_cc", DATA / "blind_cc", DATA / "blind_cc_gold.csv"),
    ("blind_cd", DATA / "blind_cd", DATA / "blind_cd_gold.csv"),
    ("blind_ce", DATA / "blind_ce", DATA / "blind_ce_gold.csv"),
    ("blind_cf", DATA / "blind_cf", DATA / "blind_cf_gold.csv"),
    ("blind_cg", DATA / "blind_cg", DATA / "blind_cg_gold.csv"),
    ("blind_ch", DATA / "blind_ch", DATA / "blind_ch_gold.csv"),
    ("blind_ci", DATA / "blind_ci", DATA / "blind_ci_gold.csv"),
    ("blind_cj", DATA / "blind_cj", DATA / "blind_cj_gold.csv"),
    ("blind_ck", DATA / "blind_ck", DATA / "blind_ck_gold.csv"),
    ("blind_cl", DATA / "blind_cl", DATA / "blind_cl_gold.csv"),
    ("blind_cm", DATA / "blind_cm", DATA / "blind_cm_gold.csv"),
    ("blind_cn", DATA / "blind_cn", DATA / "blind_cn_gold.csv"),
    ("blind_co", DATA / "blind_co", DATA / "blind_co_gold.csv"),
    ("blind_cp", DATA / "blind_cp", DATA / "blind_cp_gold.csv"),
    ("blind_cq", DATA / "blind_cq", DATA / "blind_cq_gold.csv"),
    ("blind_cr", DATA / "blind_cr", DATA / "blind_cr_gold.csv"),
    ("blind_cs", DATA / "blind_cs", DATA / "blind_cs_gold.csv"),
    ("blind_ct", DATA / "blind_ct", DATA / "blind_ct_gold.csv"),
    ("blind_cu", DATA / "blind_cu", DATA / "blind_cu_gold.csv"),
    ("blind_cv", DATA / "blind_cv", DATA / "blind_cv_gold.csv"),
    ("blind_cw", DATA / "blind_cw", DATA / "blind_cw_gold.csv"),
    ("blind_cx", DATA / "blind_cx", DATA / "blind_cx_gold.csv"),
    ("blind_cy", DATA / "blind_cy", DATA / "blind_cy_gold.csv"),
    ("blind_cz", DATA / "blind_cz", DATA / "blind_cz_gold.csv"),
    ("blind_da", DATA / "blind_da", DATA / "blind_da_gold.csv"),
    ("blind_db", DATA / "blind_db", DATA / "blind_db_gold.csv"),
    ("blind_dc", DATA / "blind_dc", DATA / "blind_dc_gold.csv"),
    ("blind_dd", DATA / "blind_dd", DATA / "blind_dd_gold.csv"),
    ("blind_de", DATA / "blind_de", DATA / "blind_de_gold.csv"),
    ("blind_df", DATA / "blind_df", DATA / "blind_df_gold.csv"),
    ("blind_dg", DATA / "blind_dg", DATA / "blind_dg_gold.csv"),
    ("blind_dh", DATA / "blind_dh", DATA / "blind_dh_gold.csv"),
    ("blind_di", DATA / "blind_di", DATA / "blind_di_gold.csv"),
    ("blind_dj", DATA / "blind_dj", DATA / "blind_dj_gold.csv"),
    ("blind_dk", DATA / "blind_dk", DATA / "blind_dk_gold.csv"),
    ("blind_dl", DATA / "blind_dl", DATA / "blind_dl_gold.csv"),
    ("blind_dm", DATA / "blind_dm", DATA / "blind_dm_gold.csv"),
    ("blind_dn", DATA / "blind_dn", DATA / "blind_dn_gold.csv"),
    ("blind_do", DATA / "blind_do", DATA / "blind_do_gold.csv"),
    ("blind_dp", DATA / "blind_dp", DATA / "blind_dp_gold.csv"),
    ("blind_dq", DATA / "blind_dq", DATA / "blind_dq_gold.csv"),
    ("blind_dr", DATA / "blind_dr", DATA / "blind_dr_gold.csv"),
    ("blind_ds", DATA / "blind_ds", DATA / "blind_ds_gold.csv"),
    ("blind_dt", DATA / "blind_dt", DATA / "blind_dt_gold.csv"),
    ("blind_du", DATA / "blind_du", DATA / "blind_du_gold.csv"),
    ("blind_dv", DATA / "blind_dv", DATA / "blind_dv_gold.csv"),
    ("blind_dw", DATA / "blind_dw", DATA / "blind_dw_gold.csv"),
    ("blind_dx", DATA / "blind_dx", DATA / "blind_dx_gold.csv"),
    ("blind_dy", DATA / "blind_dy", DATA / "blind_dy_gold.csv"),
    ("blind_dz", DATA / "blind_dz", DATA / "blind_dz_gold.csv"),
    ("blind_ea", DATA / "blind_ea", DATA / "blind_ea_gold.csv"),
    ("blind_eb", DATA / "blind_eb", DATA / "blind_eb_gold.csv"),
    ("blind_ec", DATA / "blind_ec", DATA / "blind_ec_gold.csv"),
    ("blind_ed", DATA / "blind_ed", DATA / "blind_ed_gold.csv"),
    ("blind_ee", DATA / "blind_ee", DATA / "blind_ee_gold.csv"),
    ("blind_ef", DATA / "blind_ef", DATA / "blind_ef_gold.csv"),
    ("blind_eg", DATA / "blind_eg", DATA / "blind_eg_gold.csv"),
    ("blind_eh", DATA / "blind_eh", DATA / "blind_eh_gold.csv"),
    ("blind_ei", DATA / "blind_ei", DATA / "blind_ei_gold.csv"),
    ("blind_ej", DATA / "blind_ej", DATA / "blind_ej_gold.csv"),
    ("blind_ek", DATA / "blind_ek", DATA / "blind_ek_gold.csv"),
    ("blind_el", DATA / "blind_el", DATA / "blind_el_gold.csv"),
    ("blind_em", DATA / "blind_em", DATA / "blind_em_gold.csv"),
    ("blind_en", DATA / "blind_en", DATA / "blind_en_gold.csv"),
    ("blind_eo", DATA / "blind_eo", DATA / "blind_eo_gold.csv"),
    ("blind_ep", DATA / "blind_ep", DATA / "blind_ep_gold.csv"),
    ("blind_eq", DATA / "blind_eq", DATA / "blind_eq_gold.csv"),
    ("blind_er", DATA / "blind_er", DATA / "blind_er_gold.csv"),
    ("blind_es", DATA / "blind_es", DATA / "blind_es_gold.csv"),
    ("blind_et", DATA / "blind_et", DATA / "blind_et_gold.csv"),
    ("blind_eu", DATA / "blind_eu", DATA / "blind_eu_gold.csv"),
    ("blind_ev", DATA / "blind_ev", DATA / "blind_ev_gold.csv"),
    ("blind_ew", DATA / "blind_ew", DATA / "blind_ew_gold.csv"),
    ("blind_ex", DATA / "blind_ex", DATA / "blind_ex_gold.csv"),
    ("blind_ey", DATA / "blind_ey", DATA / "blind_ey_gold.csv"),
    ("blind_ez", DATA / "blind_ez", DATA / "blind_ez_gold.csv"),
])
def test_gold_scores(name, folder, gold, tmp_path, capsys):
    build(folder, tmp_path)
    result = score(_records(pd.read_parquet(tmp_path / "events.parquet")), load_gold(gold))
    with capsys.disabled():
        print(f"\n[{name}] gold={result['gold']} system={result['system']} matched={result['matched']} "
              f"recall={result['recall']} precision={result['precision']}")
        for g in result["missed"]:
            print(f"  missed {g['file']} {g['event_date']} {g['event_type']} {g['location']}")
        for e in result["false_positives"]:
            print(f"  extra  {e['sources']} {e['event_date']} {e['event_type']} {e['location']}")
    min_recall, min_precision = FLOORS[name]
    assert result["recall"] >= min_recall and result["precision"] >= min_precision


def test_scorer_can_fail():
    gold = [{"file": "a.txt", "event_date": "2020-01-03", "date_precision": "day", "event_type": "airstrike",
             "location": "Baghdad", "governorate": "Baghdad", "latitude": "33.3", "longitude": "44.4", "core": "yes"}]
    wrong_place = [{"sources": "a.txt", "event_date": "2020-01-03", "event_type": "airstrike", "location": "Basra",
                    "latitude": 30.5, "longitude": 47.8, "admin1": "Basra"}]
    wrong_day = [dict(wrong_place[0], location="Baghdad", latitude=33.3, longitude=44.4, event_date="2020-01-09")]
    right = [dict(wrong_day[0], event_date="2020-01-04")]
    assert score(wrong_place, gold)["recall"] == 0
    assert score(wrong_day, gold)["recall"] == 0
    assert score(right, gold)["recall"] == 1 and score(right, gold)["precision"] == 1
