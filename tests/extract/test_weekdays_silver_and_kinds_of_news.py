"""Chinese words that look like names in real reports: a weekday that opens with a family name's character, silver
written like the city of Baiyin, the coastal regions that hold Haiti's two characters, "all the banks" and the kinds
of news no outlet is named."""

from __future__ import annotations

import pytest

from tests.extraction import named_in_characters


@pytest.mark.parametrize("sentence", [
    "省交通厅周三表示，高速公路将在春节期间免费通行。",
    "该联盟週五表示，新赛季将推迟两周开幕。",
    "市政府星期一表示，供水已经恢复。",
])
def test_a_weekday_that_says_something_is_no_one(sentence):
    assert not [name for name in named_in_characters([sentence]) if name[1] == "person"]


def test_a_person_named_周_still_speaks():
    assert ("周敏", "person", "周敏") in named_in_characters(["中心主任周敏表示，检测结果将在三天内公布。"])


@pytest.mark.parametrize("sentence", [
    "国际白银期货价格周二小幅下跌。",
    "台風の影響で白銀の世界が広がった。",
])
def test_silver_is_not_baiyin(sentence):
    assert "Baiyin" not in {canonical for _, _, canonical in named_in_characters([sentence])}


def test_baiyin_with_its_unit_is_the_city():
    assert ("白银市", "place", "Baiyin") in named_in_characters(["甘肃省白银市的一家工厂宣布扩建。"])


@pytest.mark.parametrize("sentence", ["暴雨袭击了东南沿海地区的多个城市。", "飓风季节，加勒比海地区的航班大量取消。"])
def test_a_coastal_region_is_not_haiti(sentence):
    assert "Haiti" not in {canonical for _, _, canonical in named_in_characters([sentence])}


def test_haiti_is_still_haiti():
    assert ("海地", "place", "Haiti") in named_in_characters(["海地总理周日宣布全国进入紧急状态。"])


@pytest.mark.parametrize("sentence", [
    "央行表示，将削减所有银行必须持有的存款准备金。",
    "新规要求每家医院公布收费标准。",
    "读者可以在这里找到所有头条新闻和最新新闻。",
    "请支持我们，继续提供您可以信赖的真实新闻。",
])
def test_all_of_a_kind_and_kinds_of_news_are_no_bodies(sentence):
    assert not [name for name in named_in_characters([sentence]) if name[1] == "org"]


def test_an_institute_limited_company_is_still_named():
    found = named_in_characters(["苏州华星材料研究所有限公司表示，新工厂明年投产。"])
    assert [name for name in found if name[1] == "org"] == [("苏州华星材料研究所有限公司", "org", "苏州华星材料研究所有限公司")]
