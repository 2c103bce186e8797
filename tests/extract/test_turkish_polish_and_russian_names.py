"""Names in the languages read without rules of their own: Turkish writes a name's case ending after an apostrophe
("Ankara'da"), its roles, bodies and places end or open with words of their own, and Turkish, Polish and Russian
sentences open with prepositions and pronouns before a name ("W Gdańsku …", "В Казани …", "Bu Trabzon …")."""

from __future__ import annotations

import pytest

from tests.extraction import found, names


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Belediye ekipleri Trabzon'da sabaha kadar çalıştı.", ("Trabzon", "place")),
    ("Fırtına ABD'nin doğusunu da etkiledi.", ("United States", "place")),
    ("Heyet Irak'taki üsse ulaştı.", ("Iraq", "place")),
    ("SAMSUN'DA SEL ALARMI VERİLDİ", ("Samsun", "place")),
    ("Güney Kore’de yeni vakalar görüldü.", ("South Korea", "place")),
])
def test_a_turkish_case_ending_after_the_apostrophe_is_left_out_of_the_name(sentence, expected):
    assert expected in found(sentence, "tr")


def test_a_name_after_a_case_ending_is_a_name_of_its_own():
    found_names = found("Vali Kemal Aydın'ın Erzurum'daki toplantısı ertelendi.", "tr")
    assert ("Kemal Aydın", "person") in found_names
    assert ("Erzurum", "place") in found_names


def test_the_apostrophe_of_other_languages_names_stays():
    assert ("Sinead O'Brien", "person") in found("Sinead O'Brien said the ferry was late.", "en")


@pytest.mark.parametrize(("sentence", "person"), [
    ("Cumhurbaşkanı Erdoğan açıklama yaptı.", "Erdoğan"),
    ("Tarım Bakanı Selim Karaca fidan dağıttı.", "Selim Karaca"),
    ("Belediye Başkanı Nuri Ekinci ödemeyi yaptı.", "Nuri Ekinci"),
])
def test_a_turkish_role_before_a_name_is_not_part_of_it(sentence, person):
    assert (person, "person") in found(sentence, "tr")


@pytest.mark.parametrize(("body", "canonical"), [
    ("Rize Ticaret Odası", "Rize Ticaret Odası"),
    ("Sağlık Bakanlığı", "Sağlık Bakanlığı"),
    ("Ordu Büyükşehir Belediyesi", "Ordu Büyükşehir Belediyesi"),
    ("Dünya Sağlık Örgütü", "World Health Organization"),
    ("Avrupa Birliği", "European Union"),
])
def test_a_turkish_body_is_an_organisation(body, canonical):
    assert (canonical, "org") in found(f"Açıklamayı dün {body} yaptı.", "tr")


@pytest.mark.parametrize(("sentence", "place"), [
    ("Kaza, Yeşilyurt Mahallesi'nde meydana geldi.", "Yeşilyurt Mahallesi"),
    ("Kaza, Gül Sokak üzerinde meydana geldi.", "Gül Sokak"),
    ("Uçak sabah Dalaman Havalimanı'na indi.", "Dalaman Havalimanı"),
    ("Fırtına dün Doğu Karadeniz kıyılarını vurdu.", "Doğu Karadeniz"),
])
def test_a_turkish_place_named_by_its_kind_or_a_compass_point_is_a_place(sentence, place):
    assert (place, "place") in found(sentence, "tr")


def test_a_turkish_month_is_no_name():
    assert found("Tören 14 Mart tarihinde yapılacak.", "tr") == set()


@pytest.mark.parametrize(("sentence", "place"), [
    ("Gözler Bursa'ya çevrildi.", "Bursa"),
    ("Yağmur Doğu Karadeniz kıyılarını vurdu.", "Doğu Karadeniz"),
])
def test_a_common_noun_opening_a_turkish_sentence_is_not_part_of_the_place_after_it(sentence, place):
    assert found(sentence, "tr") == {(place, "place")}


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("W Gdańsku otwarto nowy most.", "pl", ("Gdańsku", "other")),
    ("Na Hel przyjechało tysiące turystów.", "pl", ("Hel", "other")),
    ("В Казани открыли новый мост.", "ru", ("Казани", "other")),
    ("Bu Trabzon maçı çok önemli.", "tr", ("Trabzon", "place")),
])
def test_a_preposition_or_pronoun_opening_the_sentence_is_left_out_of_the_name(sentence, lang, expected):
    words = {canonical.split()[0] for canonical, _ in found(sentence, lang)}
    assert sentence.split()[0] not in words
    assert expected[0] in {canonical for canonical, _ in found(sentence, lang)}


def test_a_polish_preposition_opening_a_sentence_still_opens_a_name_in_english():
    assert ("Na Kyung-won", "person") in found("Na Kyung-won said the vote was fair.", "en")


def test_the_place_after_a_russian_preposition_is_found_in_a_paragraph():
    assert ("Макао", "place", "Macau") in names("В Макао отмечают годовщину.", "ru")


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("Prezydent Kowalczyk zapowiedział weto.", "pl", "Kowalczyk"),
    ("Rzecznik Marta Zielińska odmówiła komentarza.", "pl", "Marta Zielińska"),
    ("Губернатор Олег Смирнов заявил об эвакуации.", "ru", "Олег Смирнов"),
])
def test_a_polish_or_russian_role_before_a_name_is_not_part_of_it(sentence, lang, person):
    assert (person, "person") in found(sentence, lang)
