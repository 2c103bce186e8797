"""Japanese names by morphological analysis: MeCab (fugashi) with the IPA dictionary (ipadic), both
from PyPI with their data inside, nothing downloaded at run time. The dictionary knows family and
given names and place names with their readings, which the rules of `cjk` cannot see: a person
named with no title ("村上隆之は"), and a town's name in English ("大樹町" → Taiki), read from how it
is pronounced (romkan writes the kana in Hepburn; pykakasi, which does too, is GPL and takes 0.5 s
to load)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import fugashi
import ipadic
import romkan

from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.extract.gazetteer import east_asian_cities, east_asian_regions, places


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    feature: tuple[str, ...]  # part of speech in four levels, conjugation, base form, reading, pronunciation


class Name(NamedTuple):
    start: int
    end: int
    kind: str
    canonical: str
    whole: bool = False  # the dictionary reads the whole word as this name: a body's short name inside it is none


# an honorific or the title written after a name ("佐々木健一さん", "高橋由美知事")
_JA_AFTER_NAME = (
    "さん 氏 知事 社長 会長 議員 容疑者 被告 選手 監督 首相 大臣 教授 医師 院長 委員長 代表 課長 部長 局長 署長 校長 "
    "弁護士 副社長 理事長 所長 市長 町長 村長 組合長 教育長 議長 総裁 区長 支店長 館長 園長 研究員 准教授 顧問 専務 常務 "
    "室長 次長 事務局長 編集長 理事 防衛相 外相 財務相 経産相 法相 文科相 厚労相 農相 国交相 環境相 官房長官 長官 "
    "頭取 副頭取 船長 機長 駅長 店長 工場長 センター長 社長代行 学長 副学長 主任 係長 "
    "管理官 事務次長 事務総長 審議官 参事官 調査官 統括官 主幹 主査 参事 課長補佐 本部長 副本部長 支部長 会頭 副会長 "
    "副知事 副市長 副町長 副村長 座長 団長 隊長 主任研究員 上席研究員 支社長 支局長 営業所長 事業所長 出張所長 支配人 "
    "四段 五段 六段 七段 八段 九段 叡王 竜王 "  # a shogi or go player's rank or title
    # a minister by the ministry's full name ("福原健一厚生労働相")
    "厚生労働相 農林水産相 経済産業相 国土交通相 文部科学相 総務相 法務相 外務相 財務相 復興相 デジタル相 経済再生相 担当相 "
    "厚生労働大臣 農林水産大臣 経済産業大臣 国土交通大臣 文部科学大臣 総務大臣 法務大臣 外務大臣 財務大臣 環境大臣 防衛大臣 "
    # a player's position or a wrestler's rank ("森本大翔投手", "豊昇龍大関")
    "投手 捕手 内野手 外野手 主将 コーチ ヘッドコーチ 騎手 力士 棋士 横綱 大関 関脇 小結 "
    # a judge or a prosecutor ("田中健一裁判長")
    "裁判長 裁判官 検事 検事正 検事長 "
    # a prefecture's officers: "松田恵子防災監", "危機管理監"
    "防災監 危機管理監 技監 政策監 統括監 参与 "
    # a party's officers: "岡本誠一幹事長"
    "幹事長 幹事長代理 政調会長 総務会長 選対委員長 "
    # a union's or an association's officers: "田代真理子書記長", "中央執行委員長"
    "書記長 副委員長 執行委員長 中央執行委員長 事務局次長 共同代表 代表理事 "
    # titles in katakana: "山岡俊介プロジェクトマネージャ", "鈴木一郎チーフエコノミスト"
    "プロジェクトマネージャ プロジェクトマネージャー マネージャー ディレクター プロデューサー アナリスト エコノミスト "
    "チーフエコノミスト ストラテジスト キャプテン リーダー "
    # professions written after the name: a museum's curator, a teacher, a nurse ("飯田和也学芸員", "佐藤花子教諭")
    "学芸員 司書 教諭 講師 助教 技師 技官 看護師 薬剤師 獣医師 保育士 専門員 指導員 調査員 相談員"
).split()
JA_TITLE = re.compile(prefix_tree_pattern(sorted(set(_JA_AFTER_NAME), key=len, reverse=True)))
# an envoy's title after a full name ("佐々木隆大使"): not in JA_TITLE, as a country before it names an embassy
# ("中国大使館") or a country's envoy ("米国大使"), not a person
ENVOY = re.compile("(?:大使|総領事|公使)(?!館)")

# the titles Japanese writes after a foreign leader's or officer's name besides JA_TITLE's ("マクロン大統領",
# "ブリンケン国務長官"), and a former, a deputy or an incoming holder's prefix ("トランプ前大統領", "メルケル元首相")
FOREIGN_TITLE = re.compile("(?:前|元|副|次期)?(?:大統領|国務長官|国防長官|財務長官|司法長官|報道官|国王|女王|首席補佐官|最高指導者|"
                           "[内蔵]相|国防相|経済相|首席交渉官|交渉官|特使|司令官)")
# the titles after which a word in katakana the dictionary does not know is a person's name, whether or not the
# article names them in full (these and FOREIGN_TITLE's): titles of people, not of a body's head, as a company's or a club's name may stand
# right before those ("…テック社長", "…クラブ監督"); and not "さん", which follows what someone is called
# as well as their name (a katakana word before it is a person when the article names them in full)
_PEOPLE_TITLES = re.compile("(?:前|元|副|次期)?(?:氏|首相|[内外蔵法]相|[^\\W\\d_ぁ-ヺー]{2,4}相|大臣|長官|事務総長|総裁|議長|書記長|"
                            "議員|容疑者|被告|選手|教授|准教授|大使|騎手|投手|捕手|内野手|外野手|力士|棋士|"
                            "弁護士|医師|船長|機長|博士|司教|神父|牧師)|" + FOREIGN_TITLE.pattern)


def named_by_its_sounds(word: str, sentence: str, end: int) -> bool:
    """Whether a word in katakana, then a person's title at `end` ("マクロン大統領", "ショルツ首相"), is a foreign
    name: none of its parts is a word the dictionary knows, other than as a person's name ("チーム監督", "ホテル
    支配人" are a team's coach and a hotel's manager; "ウクライナ大統領" is the country's)."""
    if not _PEOPLE_TITLES.match(sentence, end):
        return False
    return all(token.is_unk or tuple(token.feature)[1:3] == ("固有名詞", "人名") for token in japanese_tagger()(word))


# what the dictionary tags a place suffix with, and how English names the place it ends:
# a prefecture keeps its word ("Niigata Prefecture"), a city, town or village drops it ("Taiki")
_PREFECTURE_SUFFIXES = {"県": "Prefecture", "府": "Prefecture"}
_DROPPED_SUFFIXES = set("市町村区")  # (a ward of a city: "世田谷区" → Setagaya)
STRUCTURE_SUFFIXES = {"港": "Port", "駅": "Station"}  # a port or a station named after its place: "上原港" → Uehara Port
# the words for a site that a place's name makes a name of, written as words of their own: "女満別空港", "銚子漁港"
SITE_WORDS = {"空港": "Airport", "漁港": "Fishing Port"}


@lru_cache(maxsize=1)
def japanese_tagger():
    return fugashi.GenericTagger(ipadic.MECAB_ARGS)


def common_noun(word: str) -> bool:
    """Whether the dictionary reads `word` as one common noun ("舞妓", "庭師", "店長"), which no family name is: they
    are all its proper nouns ("田中", "森田") or its places' ("上野")."""
    tokens = list(japanese_tagger()(word))
    return len(tokens) == 1 and tuple(tokens[0].feature[:2]) == ("名詞", "一般")


def romanised(pronunciation: str) -> str:
    """A name's katakana pronunciation in Hepburn as English writes place names, long vowels
    unmarked: "キューシュー" → "Kyushu", "ホッカイドー" → "Hokkaido"."""
    # (romkan doubles the "c" of a doubled "ch", which Hepburn writes "tch": "クッチャン" → "Kutchan", "マッチャ" → "matcha")
    # (two vowels written alike stay two: "トヨオカ" is Toyooka, "カツウラ" Katsuura, a vowel at each syllable's end)
    letters = romkan.to_hepburn(pronunciation.replace("ー", "")).replace("cch", "tch")
    return letters[:1].upper() + letters[1:]


def romkan_letters(kana: str) -> str:
    """Kana in Hepburn's letters, lower case, marks dropped: "ジェイド・メリディアン" → "jeidomeridian"
    (a small vowel romkan cannot join to the syllable before, "ツィ" → "tsuxi", keeps its vowel only)."""
    return "".join(c for c in romkan.to_hepburn(kana).lower() if "a" <= c <= "z" and c != "x")


def japanese_names(sentence: str) -> list[Name]:
    """People named in full and places the dictionary knows, in one Japanese sentence."""
    tokens: list[Token] = []
    position = 0
    for word in japanese_tagger()(sentence):
        position = sentence.find(word.surface, position)
        tokens.append(Token(position, position + len(word.surface), word.surface, tuple(word.feature)))
        position += len(word.surface)
    names: list[Name] = []
    index = 0
    while index < len(tokens):
        start, end, surface, feature = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if (surface == "【" and after and after.surface == "】" and following.feature[1] == "固有名詞"
                and _written_in_kanji(following.surface) and len(following.feature) > 8):
            # "【竹富】", "【飛騨】": the bureau's town a report opens with, whatever else the dictionary knows the word as
            names.append(Name(following.start, following.end, "place", romanised(following.feature[8])))
            index += 3
            continue
        if ((landmark := _landmark_in_one_word(surface, feature) or _river(surface, feature, following)) is not None
                and not _continues_a_word(sentence, start)):  # ("草津白根山": the mountain is the whole word's)
            names.append(Name(start, end, "place", landmark, whole=True))  # "八坂神社" → Yasaka Shrine, "法隆寺" → Horyu-ji, "四万十川"
            index += 1
            continue
        if (following and following.surface == "神社" and feature[1] == "固有名詞" and len(feature) > 8 and feature[8]
                and _written_in_kanji(surface) and not _goes_on(after) and not _continues_a_word(sentence, start)):
            # a shrine by a proper noun and the word for it: "生田神社", "白山神社" (the family name or the mountain's)
            names.append(Name(start, following.end, "place", f"{romanised(feature[8])} Shrine"))
            index += 2
            continue
        company_end = _company_end(tokens, index, sentence)
        if company_end:
            names.append(Name(start, tokens[company_end - 1].end, "org", sentence[start : tokens[company_end - 1].end]))
            index = company_end
            continue
        if (feature[1:4] == ("固有名詞", "人名", "姓") and following and following.feature[1:4] == ("固有名詞", "人名", "名")
                and _written_in_kanji(surface)
                # a given name in kanji, or in hiragana when an honorific or a title follows: "金城さくら氏"
                and (_written_in_kanji(following.surface) or _HIRAGANA_NAME.fullmatch(following.surface) and JA_TITLE.match(sentence, following.end))
                and (not _goes_on(after) or JA_TITLE.match(sentence, following.end) or ENVOY.match(sentence, following.end))):
            names.append(Name(start, following.end, "person", sentence[start : following.end]))
            index += 2
            continue
        if (feature[1:3] == ("固有名詞", "地域") and feature[3] != "国" or _site_named_by(feature, following)) and len(feature) > 8 \
                and len(surface) >= 2 and _written_in_kanji(surface) and not _continues_a_word(sentence, start) and not _within(surface):
            english = romanised(feature[8])
            if following and following.surface in _LINES and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} {_LINES[following.surface]}"))  # "北陸新幹線"
                index += 2
                continue
            if following and following.surface == "城" and following.feature[1] == "接尾" and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} Castle", whole=True))  # "岐阜城" → Gifu Castle
                index += 2
                continue
            if following and following.surface in SITE_WORDS and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} {SITE_WORDS[following.surface]}"))  # "女満別空港"
                index += 2
                continue
            suffix = following.surface if following and following.feature[1:3] == ("接尾", "地域") else ""
            if suffix in _PREFECTURE_SUFFIXES and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} {_PREFECTURE_SUFFIXES[suffix]}"))
                index += 2
                continue
            if suffix in _WATER_SUFFIXES and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} {_WATER_SUFFIXES[suffix]}"))  # "大井川" → Oi River
                index += 2
                continue
            if suffix == "区" and not _goes_on(after) and _city_ward(sentence, start, surface):
                # "京都市東山区" → Higashiyama Ward ("横浜市港北区": no port of Yokohama's)
                names.append(Name(start, following.end, "place", f"{english} Ward", whole=True))
                index += 2
                continue
            if suffix in _DROPPED_SUFFIXES and not _goes_on(after):
                names.append(Name(start, following.end, "place", english))
                index += 2
                continue
            if suffix in STRUCTURE_SUFFIXES and not _goes_on(after):
                names.append(Name(start, following.end, "place", f"{english} {STRUCTURE_SUFFIXES[suffix]}"))  # "上原港"
                index += 2
                continue
            if not suffix and not _goes_on(following):
                names.append(Name(start, end, "place", english))
        elif feature[1] == "固有名詞" and feature[2] != "人名" and len(feature) > 8 and following and following.surface in _LINES \
                and feature[8] and _written_in_kanji(surface) and not _goes_on(after) and not _continues_a_word(sentence, start):
            # a line named by a word the dictionary knows as no place: "中央新幹線"
            names.append(Name(start, following.end, "place", f"{romanised(feature[8])} {_LINES[following.surface]}"))
            index += 2
            continue
        index += 1
    return names


# the words a company's name ends with, after the proper noun that makes it one ("北陸交通", "九州フードサービス")
_BUSINESSES = set(
    "交通 航空 鉄道 電鉄 バス 精機 電機 電力 ガス 飲料 食品 製菓 製薬 薬品 化学 工業 重工 建設 商事 物産 商会 証券 保険 生命 "
    "海運 汽船 運輸 物流 観光 不動産 興業 産業 製作所 製紙 製鉄 鉄鋼 林業 水産 通信 放送 出版 エナジー エネルギー データ "
    "スペース マリン リゾート ホールディングス フーズ フード サービス システム システムズ テクノロジー 宇宙 ファーム ファーマ "
    # a union, a sewing or textile firm, a garage, a works: "福岡ユニオン", "筑紫ソーイング", "北陸モータース"
    "ユニオン ソーイング テキスタイル モータース ワークス ファクトリー "
    # a mobile carrier, a network, an airline: "星川モバイル", "東海ネットワークス", "南海エアライン"
    "モバイル ネットワーク ネットワークス エアライン エアラインズ テレコム".split()
)


def _company_end(tokens: list[Token], index: int, sentence: str) -> int:
    """Where a company's name that opens at `index` ends (the index after its last word), or 0: a
    name the dictionary has as an organisation's ("日本航空"), or proper nouns and the words of a
    business ("南星航空", "上州高原鉄道", "九州フードサービス")."""
    start, _, surface, feature = tokens[index]
    if feature[1] != "固有名詞" or feature[2:4] == ("人名", "名") or not surface.isalpha() or surface.isascii() \
            or _continues_a_word(sentence, start):
        return 0
    end = index + 1
    while end < len(tokens) and end - index < 4 and (tokens[end].feature[1] == "固有名詞" or tokens[end].feature[1:3] == ("接尾", "地域")):
        end += 1
    named = end
    while end < len(tokens) and end - named < 2 and tokens[end].surface in _BUSINESSES:
        end += 1
    if end == named and not (feature[2] == "組織" and named == index + 1 and len(surface) >= 3):
        return 0
    return 0 if end < len(tokens) and _goes_on(tokens[end]) else end


_HIRAGANA_NAME = re.compile("[\u3041-\u3096]{2,4}")
# a railway line named by its region: "北陸新幹線" → Hokuriku Shinkansen
_LINES = {"新幹線": "Shinkansen"}
# a river named by the place it runs past, the dictionary's place and 川 as a suffix: "大井川" → Oi River
_WATER_SUFFIXES = {"川": "River"}
# Tokyo's 23 special wards, which English names as cities of their own ("世田谷区" → Setagaya); the wards of other
# cities are wards ("京都市東山区" → Higashiyama Ward)
_TOKYO_WARDS = set("千代田 中央 港 新宿 文京 台東 墨田 江東 品川 目黒 大田 世田谷 渋谷 中野 杉並 豊島 北 荒川 板橋 練馬 足立 葛飾 江戸川".split())
# a shrine's or a temple's name and how English writes its word: "八坂神社" → Yasaka Shrine, "法隆寺" → Horyu-ji,
# "清水寺" → Kiyomizu-dera (by the reading of 寺)
_SHRINE_READINGS = {"神社": ("ジンジャ", " Shrine")}
_TEMPLE_READINGS = {"ジ": "-ji", "デラ": "-dera", "テラ": "-dera"}


def _landmark_in_one_word(surface: str, feature: tuple[str, ...]) -> str | None:
    """The English name of a shrine, a temple, a Shinkansen line, a castle or a mountain the dictionary has as one word
    ("八坂神社", "法隆寺", "東北新幹線", "姫路城", "高尾山"), or None."""
    if feature[1] != "固有名詞" or feature[2] == "人名" or len(feature) <= 8 or not _written_in_kanji(surface) or len(surface) < 3:
        return None
    reading = feature[8]
    for word, (word_reading, english) in _SHRINE_READINGS.items():
        if surface.endswith(word) and reading.endswith(word_reading) and len(reading) > len(word_reading):
            return romanised(reading[: -len(word_reading)]) + english
    if surface.endswith("新幹線") and reading.endswith("シンカンセン") and len(reading) > 6:
        return romanised(reading[:-6]) + " Shinkansen"  # "東北新幹線", one word to the dictionary
    if surface.endswith("寺"):
        ending = next((ending for ending in _TEMPLE_READINGS if reading.endswith(ending)), None)
        if ending and len(reading) > len(ending):
            return romanised(reading[: -len(ending)]) + _TEMPLE_READINGS[ending]
    if feature[2] != "一般":
        return None
    if surface.endswith("城") and reading.endswith("ジョー") and len(reading) > 3:
        return romanised(reading[:-3]) + " Castle"  # "姫路城", "大阪城"
    if surface.endswith("山") and reading.endswith(("サン", "ザン")) and len(reading) > 2 and surface not in places():
        return "Mount " + romanised(reading[:-2])  # "高尾山" → Mount Takao ("富士山" is the gazetteer's)
    return None


def _river(surface: str, feature: tuple[str, ...], following: Token | None) -> str | None:
    """"<name> River" for a river the dictionary has as one word of three characters or more: a proper noun read
    "…gawa" or "…kawa" ("四万十川", "大橋川"), or a place of its read "…gawa" that is no city, prefecture or Tokyo
    ward ("長良川", not "神奈川"); or None."""
    if (len(feature) <= 8 or not surface.endswith("川") or len(surface) < 3 or not _written_in_kanji(surface)
            or _goes_on(following) or following is not None and following.feature[1:3] == ("接尾", "地域")):
        return None
    if feature[1:3] == ("固有名詞", "一般") and feature[8].endswith(("ガワ", "カワ")):
        return romanised(feature[8][:-2]) + " River"
    # a word the dictionary has as a place, read with the voiced "gawa" rivers take ("長良川", "雄物川"), when it is no
    # city, prefecture or ward too ("神奈川", "掛川", "江戸川")
    if (feature[1:3] == ("固有名詞", "地域") and feature[8].endswith("ガワ") and surface not in _TOKYO_WARDS
            and surface not in east_asian_cities() and surface not in east_asian_regions()):
        return romanised(feature[8][:-2]) + " River"
    return None


def _city_ward(sentence: str, start: int, surface: str) -> bool:
    """Whether the ward named `surface` at `start` is a city's ward ("京都市東山区", "住之江区"), not one of Tokyo's
    special wards ("東京都世田谷区", "港区")."""
    before = sentence[:start]
    if before.endswith("市"):
        return True
    return not before.endswith(("東京都", "東京")) and surface not in _TOKYO_WARDS


def _written_in_kanji(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" or c in "々ヶ" for c in text)


def _site_named_by(feature: tuple[str, ...], following: Token | None) -> bool:
    """Whether a word the dictionary has as a family name names the airport, the port or the station after it, as
    only a place does: "銚子漁港", "富岡駅" (not "富岡さん")."""
    return (feature[1:4] == ("固有名詞", "人名", "姓") and following is not None
            and (following.surface in SITE_WORDS or following.surface in STRUCTURE_SUFFIXES and following.feature[1:3] == ("接尾", "地域")))


def _goes_on(token: Token | None) -> bool:
    """Whether the word after a name makes it part of a longer one: a noun ("北陸交通", "入山料"),
    not a particle, a mark or an honorific ("村上隆之さん" is a name)."""
    return token is not None and token.feature[0] == "名詞" and token.feature[1:3] != ("接尾", "人名")


def _continues_a_word(sentence: str, start: int) -> bool:
    """A name that starts right after a kanji, kana or letter other than a region's word is the
    end of a longer word ("湯之沢町" is not 沢町, nor "JR東日本" 東日本); after a hiragana particle
    it is not."""
    before = sentence[start - 1 : start]
    return before.isalnum() and not "\u3041" <= before <= "\u309f" and before not in _REGION_ENDINGS


_REGION_ENDINGS = set("都道府県市郡区")
_REGION_WORDS = _REGION_ENDINGS | _DROPPED_SUFFIXES


def _within(word: str) -> bool:
    """"村内", "市内", "県内": within the village, city or prefecture, which the dictionary also
    knows as a place name."""
    return len(word) == 2 and word[0] in _REGION_WORDS and word[1] == "内"
