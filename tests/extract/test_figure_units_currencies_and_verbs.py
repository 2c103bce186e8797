"""What a figure says besides its number: a unit written as a symbol, a sum's currency and scale, what an age is
not, the counters of Chinese and Japanese, and the verb in the text's own language. Original sentences."""

from __future__ import annotations

import pytest

from storyweave.extract.figures import extract_figures


def found(sentence: str, lang: str) -> list[tuple]:
    return [(f.value, f.unit, f.counts, f.verb) for f in extract_figures([sentence], set(), lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "counts"),
    [
        ("A block of ice weighing 18.4 kg was left on the pier.", "en", 18.4, "kg"),
        ("Gusts of 150 km/h tore the roof off the depot.", "en", 150, "km/h"),
        ("The blaze burned 1,200 ha of pine forest.", "en", 1200, "ha"),
        ("Rain gauges recorded 80 mm overnight.", "en", 80, "mm"),
        ("The turbines deliver 20MW at full load.", "en", 20, "MW"),
        ("Der Zoll stellte 40 kg Kokain sicher.", "de", 40, "kg"),
        ("Die Welle war 12 m hoch.", "de", 12, "m"),
        ("La nueva carretera tiene 25 km entre los dos pueblos.", "es", 25, "km"),
        ("El barco se hundió a 300 m de la playa.", "es", 300, "m"),
        ("Le vent a soufflé à plus de 210 km/h sur la côte.", "fr", 210, "km/h"),
        ("Il rogo ha distrutto 300 ha di bosco.", "it", 300, "ha"),
    ],
)
def test_a_unit_written_as_a_symbol_is_what_a_measure_counts(sentence: str, lang: str, value: float, counts: str) -> None:
    assert (value, None, counts) in [(v, unit, c) for v, unit, c, _ in found(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Un uomo di 40 ha perso la vita sulla statale.", "it"),  # "ha" is a verb there
        ("Runners lined up for a 5-km race.", "en"),  # a measure describing the race
        ("A 5m wall was left standing.", "en"),  # metres or millions: nothing said
    ],
)
def test_no_measure_where_the_symbol_is_a_word_or_a_modifier(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "unit"),
    [
        ("The club paid £3.5m for the striker.", "en", 3_500_000, "GBP"),
        ("They raised $300k in a week.", "en", 300_000, "USD"),
        ("A fine of €20mn was imposed on the carrier.", "en", 20_000_000, "EUR"),
        ("Le chantier coûtera 3,5 millions de francs.", "fr", 3_500_000, "CHF"),
        ("Il restauro è costato 2 milioni di franchi.", "it", 2_000_000, "CHF"),
        ("罰金は500万円だった。", "ja", 5_000_000, "JPY"),
        ("損失估計達30萬美元。", "zh", 300_000, "USD"),
        ("門票每張5000日圓。", "zh", 5000, "JPY"),
        ("支援金は5万ユーロに上る。", "ja", 50_000, "EUR"),
    ],
)
def test_a_sum_has_its_scale_and_currency_and_counts_nothing(sentence: str, lang: str, value: float, unit: str) -> None:
    assert (value, unit, None) in [(v, u, c) for v, u, c, _ in found(sentence, lang)]


def test_a_scale_written_apart_is_a_metre_not_a_million() -> None:
    assert found("La casa está a 300 m de la playa.", "es") == [(300, None, "m", None)]


def test_francs_of_another_country_are_no_swiss_money() -> None:
    assert found("Il a payé 500 000 francs CFA au passeur.", "fr")[0][1:3] == (None, "francs")


def test_a_percentage_counts_nothing() -> None:
    assert found("Die Mieten sind um 5 Prozent gestiegen.", "de") == [(5, "%", None, "gestiegen")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Se trata de un pescador chileno de 34 años y de un vecino de 51 que lo ayudaba.", "es"),
        ("Le suspect, un couvreur de 34 ans et père de famille, a été relâché.", "fr"),
        ("Une Allemande de 45 ans a été secourue.", "fr"),
        ("Un chauffeur routier de 58 ans a perdu le contrôle.", "fr"),
    ],
)
def test_someone_of_a_number_of_years_is_an_age(sentence: str, lang: str) -> None:
    assert [f for f in found(sentence, lang) if f[0] in {34, 45, 51, 58}] == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Ha firmato un contratto di 4 anni con il club.", "it", 4),
        ("Le juge a prononcé une peine de 3 ans de prison.", "fr", 3),
    ],
)
def test_a_span_of_years_after_an_article_is_still_a_figure(sentence: str, lang: str, value: float) -> None:
    assert value in [f[0] for f in found(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "counts"),
    [
        ("春節期間，遊客達120萬人次。", "zh", 1_200_000, "人次"),
        ("新路全長35公里。", "zh", 35, "公里"),
        ("保護區面積約2平方公里。", "zh", 2, "平方公里"),
        ("市内5カ所で火災が起きた。", "ja", 5, "カ所"),
    ],
)
def test_a_counter_of_several_characters_is_counted_whole(sentence: str, lang: str, value: float, counts: str) -> None:
    assert (value, counts) in [(f[0], f[2]) for f in found(sentence, lang)]


def test_a_counter_made_an_ordinal_is_no_count() -> None:
    assert found("5カ所目の避難所が開設された。", "ja") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "verb"),
    [
        ("Unemployment rose 2 percent in the spring.", "en", 2, "risen"),
        ("Ticket sales fell 15 percent.", "en", 15, "fallen"),
        ("Officers seized 40 kilograms of heroin.", "en", 40, "seized"),
        ("Bei dem Unfall wurden 14 Menschen verletzt.", "de", 14, "verletzt"),
        ("23 personnes ont été évacuées.", "fr", 23, "évacuées"),
        ("Fueron detenidas 12 personas en el puerto.", "es", 12, "detenidas"),
        ("Sono rimaste ferite 5 persone.", "it", 5, "ferite"),
        ("出口额增长了5%。", "zh", 5, "增长"),
        ("航班減少42班。", "zh", 42, "減少"),
        ("売上高は5%増加した。", "ja", 5, "増加"),
    ],
)
def test_the_verb_is_read_in_the_texts_language(sentence: str, lang: str, value: float, verb: str) -> None:
    assert (value, verb) in [(f[0], f[3]) for f in found(sentence, lang)]


@pytest.mark.parametrize("sentence", ["The estate is worth $40m.", "The repairs cost $2m.", "There were 41 deaths."])
def test_a_price_or_a_noun_is_no_verb_of_the_list(sentence: str) -> None:
    assert [f[3] for f in found(sentence, "en")] in ([None], [])
