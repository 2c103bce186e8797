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


@pytest.mark.parametrize("sentence, expected", [
    ("暴雨过后，搜救队沿柏溪河搜寻了两天。", ("柏溪河", "place", "Baixi River")),  # after "along"
    ("在嘉禾溪上游，村民发现了死鱼。", ("嘉禾溪", "place", "Jiahe River")),  # after "in", Taiwan's 溪
    ("記者從苗栗縣後龍溪取得水樣。", ("後龍溪", "place", "Houlong River")),  # after the county it runs through
    ("专家表示，洛明河流域的降雨仍未减弱。", ("洛明河", "place", "Luoming River")),  # after a mark, its basin next
    ("当地居民说，翠屏湖沿岸的步道已经关闭。", ("翠屏湖", "place", "Cuiping Lake")),  # a lake by its shores
    ("砂拉越河水位今早再度上升。", ("砂拉越河", "place", "Sarawak River")),  # a known region's river
    ("旅行团昨天抵达青海湖。", ("青海湖", "place", "Qinghai Lake")),
])
def test_rivers_and_lakes_by_the_character_after_their_names(sentence, expected):
    assert expected in named_in_characters([sentence])


@pytest.mark.parametrize("sentence, word", [
    ("夏季溪水若高于17度，鱼就难以存活。", "夏季溪"),  # "the stream's water in summer"
    ("双河村村民吴桂兰说，井里没水了。", "双河"),  # a village named after two rivers
    ("工人在拦河坝上检查裂缝。", "拦河"),  # a dam across a river
    ("今年湖南和湖北的湖泊面积都在缩小。", "湖泊"),
    ("近年拆除拦砂坝、种植溪畔树木。", "种植"),  # planting streamside trees
    ("青海湖已连续封湖育鱼24年。", "封湖"),  # a clause: "has closed the lake to fishing"
    ("轻轨串连新湾区及爱河沿岸。", "及爱"),  # "and", then a name of one character
])
def test_words_that_hold_a_waters_character_are_no_river_or_lake(sentence, word):
    assert not [name for name in named_in_characters([sentence]) if word in name[0] and name[2].endswith(("River", "Lake"))]


@pytest.mark.parametrize("sentence, word", [
    ("昨天水位一度上升2米。", "天水"),  # yesterday's water level, not Tianshui
    ("三名男子到溪流出海口盗采漂流木。", "海口"),  # a river's mouth, not Haikou
])
def test_a_day_or_the_open_sea_before_a_word_is_no_city(sentence, word):
    assert not [name for name in named_in_characters([sentence]) if name[0] == word]
