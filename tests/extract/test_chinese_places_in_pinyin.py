"""Chinese counties, districts, cities and towns no gazetteer lists, found by the unit written after their
name and named in English by their Pinyin; the world's larger cities by the names Chinese writes them
with (geonames)."""

import pytest
from extraction import named_in_characters

from storyweave.extract.pinyin import pinyin_name


@pytest.mark.parametrize("sentence, expected", [
    # after the region it lies in, a preposition or a mark
    ("新疆阿瓦提县的棉花今年丰收。", ("阿瓦提县", "place", "Awati County")),
    ("疫情集中在三民區，已有新高。", ("三民區", "place", "Sanmin District")),
    ("重庆市南岸区23日发布消息。", ("南岸区", "place", "Nan'an District")),
    ("家住滨湖区的市民王芳说。", ("滨湖区", "place", "Binhu District")),
    ("，监利市的农民表示。", ("监利市", "place", "Jianli")),
    # a district named after a hill, after the city it lies in
    ("深圳南山区的人才公园开放。", ("南山区", "place", "Nanshan District")),
    # after the prefecture's unit, a name may open with a character that is a preposition elsewhere
    ("在和田地区于田县，当地农民说。", ("于田县", "place", "Yutian County")),
    # a town without its unit
    ("屏東縣東港鎮漁民表示。", ("東港鎮", "place", "Donggang")),
])
def test_a_unit_after_a_name_makes_it_a_place_in_pinyin(sentence, expected):
    assert expected in named_in_characters([sentence])


@pytest.mark.parametrize("sentence", [
    "部分地区能见度下降。",  # some areas
    "今年全区共有120家企业。",  # the whole district
    "，进入山区的游客增加。",  # the mountains, not a district
    "公司明年上市。",  # going public
    "允许在开市和闭市期间交易。",  # the market's opening and close
    "2023年橙县的选举。",  # a year's 年 opens no name
    "监利市政府表示。",  # the city's government: a body, not the place alone
])
def test_common_nouns_ending_in_a_unit_are_no_places(sentence):
    assert not [name for name in named_in_characters([sentence]) if name[1] == "place"]


def test_a_transliterated_foreign_name_is_kept_as_written():
    # Pinyin would spell Laurel County "Laolei'er County"
    assert ("劳雷尔县", "place", "劳雷尔县") in named_in_characters(["，劳雷尔县警方表示。"])
    assert ("萨拉镇", "place", "萨拉镇") in named_in_characters(["在萨拉镇，居民表示。"])  # a town too


@pytest.mark.parametrize("sentence, expected", [
    ("他上周飞往纽约出席会议。", ("纽约", "place", "New York City")),
    ("波特兰的抗议仍在继续。", ("波特兰", "place", "Portland")),
    ("巴尔的摩市长表示。", ("巴尔的摩", "place", "Baltimore")),
])
def test_the_worlds_cities_by_their_chinese_names(sentence, expected):
    assert expected in named_in_characters([sentence])


@pytest.mark.parametrize("sentence, word", [
    ("汉堡王宣布关闭门店。", "汉堡"),  # the hamburger's name, not Hamburg's
    ("戴尔·马歇尔表示，马歇尔已经离开。", "马歇尔"),  # a person; Marshall, Texas is too small to be named so
])
def test_small_towns_and_words_are_not_the_worlds_cities(sentence, word):
    assert not [name for name in named_in_characters([sentence]) if name[0] == word and name[1] == "place"]


@pytest.mark.parametrize("characters, english", [
    ("西安", "Xi'an"), ("普洱", "Pu'er"), ("长治", "Changzhi"), ("都昌", "Duchang"), ("阿瓦提", "Awati"), ("東港", "Donggang"),
])
def test_pinyin_names(characters, english):
    assert pinyin_name(characters) == english
