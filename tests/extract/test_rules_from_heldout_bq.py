"""Rules written from heldout_bq's misses once it stopped being the fresh set: Romance unions are bodies, and a
field's or a plateau's name opens with "Campo"."""

from __future__ import annotations

from tests.extraction import found


def test_a_romance_union_is_a_body():
    assert ("Unione Nazionale Pescatori", "org") in found("Lo ha detto Unione Nazionale Pescatori in una nota.", "it")
    assert ("Unión de Agricultores Canarios", "org") in found("La Unión de Agricultores Canarios pidió ayudas.", "es")


def test_a_name_opening_with_campo_is_a_place():
    assert ("Campo Felice", "place") in found("La neve ha chiuso le piste di Campo Felice per due giorni.", "it")
