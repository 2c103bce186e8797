"""Requests to follow a page on social networks, or to subscribe to its newsletter, are no article
text, whether on a line of their own or glued to the end of a paragraph (as scrapers and cut-down
exports leave them). The sentences are invented for these tests."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.boilerplate import without_social_promo
from storyweave.model import RawDocument

TITLE = "Ferry to Holm Island suspended after storm damages the pier"
FIRST = "The ferry to Holm Island will not sail until Friday after a storm damaged the pier, the operator said on Tuesday."
LAST = "Engineers expect repairs to take three days."


def clean(text: str):
    return clean_document(RawDocument(input="x.txt", source="/in/x.txt", text=text))


@pytest.mark.parametrize("promotion", [
    "Follow The Holm Courier on Twitter, Instagram and YouTube, and stay in the know in real time",
    "Follow Mara Lindqvist on Twitter @maralindqvist",
    "Like us on Facebook and follow us on Instagram!",
    "Subscribe to the Holm Courier Morning Brief. Follow us on Telegram and TikTok.",
    "Siga a Holm Courier en Twitter, Instagram y YouTube.",
    "Folgen Sie uns auf Facebook und Instagram!",
    "Suivez-nous sur Twitter. Abonnez-vous à notre newsletter.",
    "Seguici su Facebook e Instagram",
])
def test_a_promotion_glued_to_the_last_paragraph_is_cut_and_recorded(promotion: str) -> None:
    result = clean(f"{TITLE}\n{FIRST}\n{LAST} {promotion}")

    assert result.body == f"{FIRST}\n{LAST}"
    assert " ".join(r.text for r in result.removed if r.reason == "social promotion").replace(" ", "") == promotion.replace(" ", "")


def test_a_promotion_on_its_own_line_is_removed() -> None:
    result = clean(f"{TITLE}\n{FIRST}\nFollow Mara Lindqvist on Twitter @maralindqvist\n{LAST}")

    assert result.body == f"{FIRST}\n{LAST}"


def test_chinese_promotions_after_a_dash_and_before_follow_are_cut() -> None:
    line = "渡轮将于周五恢复航行。已发送到您的收件箱 - 订阅 霍尔姆晨报。在 Twitter、Instagram 和 YouTube 上关注 霍尔姆信使报，实时了解最新消息"

    kept, cut = without_social_promo(line)

    assert kept == "渡轮将于周五恢复航行。已发送到您的收件箱"
    assert cut == ["在 Twitter、Instagram 和 YouTube 上关注 霍尔姆信使报，实时了解最新消息", "订阅 霍尔姆晨报。"]


@pytest.mark.parametrize("sentence", [
    "Users on Twitter and Facebook shared the video of the damaged pier.",
    "Facebook said on Monday it would follow the ruling.",
    "The mayor urged residents to follow the operator on Twitter for updates.",
    "Many islanders subscribe to the ferry's text alerts and follow the Courier on Instagram.",
    "Die Reederei informiert auf Facebook und Instagram über den Fahrplan.",
])
def test_news_sentences_naming_networks_stay(sentence: str) -> None:
    result = clean(f"{TITLE}\n{FIRST}\n{sentence}\n{LAST}")

    assert result.body == f"{FIRST}\n{sentence}\n{LAST}"
    assert not [r for r in result.removed if r.reason == "social promotion"]
