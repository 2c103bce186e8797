"""Speakers named after a long role in apposition, by more of the verbs reports attribute with, and
after an occupation written before the name. Texts, people and bodies are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.cjk import cjk_entities
from storyweave.model import RawDocument

from extraction import speakers


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        # a name in apposition after a long role is the speaker
        ("„Der Fluss ist unsere Lebensader“, betonte der Präsident des Landesverbands der Flussschiffer, Jens Ohlmann. "
         "Danach ging er.", "Der Fluss ist unsere Lebensader", "Jens Ohlmann"),
        ("„Wir verwalten den Mangel nur noch“, sagte die Vorsitzende der Lehrergewerkschaft in Wehrstadt, Miriam Kocak.",
         "Wir verwalten den Mangel nur noch", "Miriam Kocak"),
        # more attribution verbs and an occupation before the name
        ("Elternvertreter Jonas Pietzner nannte die Lage „eine Katastrophe mit Ansage“.", "eine Katastrophe mit Ansage", "Jonas Pietzner"),
        ("« Nous ouvrirons une discussion dès janvier », a répondu Thierry Vasselin.", "Nous ouvrirons une discussion dès janvier",
         "Thierry Vasselin"),
        ("Au port, le patron pêcheur Yannick Morlan est plus amer. « On nous demande toujours plus », lâche-t-il.",
         "On nous demande toujours plus", "Yannick Morlan"),
        ('Crofter Alasdair Munroe complained that the drones were "like a swarm of angry bees" over his sheep.',
         "like a swarm of angry bees", "Alasdair Munroe"),
        ("„Das ist ein Weckruf“, sagte Klimaforscher Georg Wendel von der Universität Innsbruck.", "Das ist ein Weckruf", "Georg Wendel"),
        # Chinese and Japanese titles name the speaker
        ("温泉組合の高田美咲組合長は「最初は反対もあった」と話した。", "最初は反対もあった", "高田美咲"),
        ("藤川和也教育長は「子どもたちが学べる環境をつくりたい」と述べた。", "子どもたちが学べる環境をつくりたい", "藤川和也"),
        ("女子組冠軍、台灣選手林佳琪賽後說：「最後5公里非常痛苦。」", "最後5公里非常痛苦。", "林佳琪"),
        # roles, honorifics, surnames and dropped subjects
        ('"We lost the upper stage," chief executive Isla Brodie told reporters.', "We lost the upper stage", "Isla Brodie"),
        ("« Ces objets nous appartiennent », a déclaré sa directrice, Françoise Abadie-Ndaw. « Ils rentrent enfin chez eux après un "
         "siècle », a ajouté Mme Abadie-Ndaw.", "Ils rentrent enfin chez eux après un siècle", "Françoise Abadie-Ndaw"),
        ("Le secrétaire d’État Pieter Declerck a estimé que cette réforme « arrive trop tard ».", "arrive trop tard", "Pieter Declerck"),
        ("«Llevamos meses al límite», declaró Eduardo Padrón Quintana. Padrón reclamó «un reparto solidario».",
         "un reparto solidario", "Eduardo Padrón Quintana"),
        ("同社の田村美咲社長は「地方から宇宙へ行ける時代が来た」と述べた。「挑戦を続けたい」とも語った。", "挑戦を続けたい", "田村美咲"),
        ("機構の佐々木健一理事は「大きな意味がある」と話した。", "大きな意味がある", "佐々木健一"),
        ("高瀬亮介防衛相は「避けて通れない」と強調した。", "避けて通れない", "高瀬亮介"),
        # bodies joined by "and", Spanish perfects, Chinese quotes before their speaker
        ("The department's Food Safety and Inspection Service said that nine people were ill. "
         '"We pulled everything we could," said Marisol Ortez, chief executive of the firm.', "nine people were ill", None),
        ("«Estamos peor que en 2023», ha advertido el presidente de la CHG, Joaquín Páez Rubia.", "Estamos peor que en 2023",
         "Joaquín Páez Rubia"),
        ("Il Codacons ha sostenuto che le multe sono «troppo basse per fare paura».", "troppo basse per fare paura", None),
        ("「邊境抽驗比例早就應該提高。」消基會董事長黃柏瀚說。", "邊境抽驗比例早就應該提高。", "黃柏瀚"),
        ("召集人何嘉恩則批評：「路段很長，但不少位置太窄。」", "路段很長，但不少位置太窄。", "何嘉恩"),
        # German bodies after "von der", more verbs, deputies
        ("„Die Gruppe hatte unglaubliches Glück“, sagte Einsatzleiter Markus Gstreiner von der Bergrettung Kaunertal.",
         "Die Gruppe hatte unglaubliches Glück", "Markus Gstreiner"),
        ("La présidente Sylvie Moreau-Chevallier était là. « On apprend à vivre avec », a soupiré Moreau-Chevallier.",
         "On apprend à vivre avec", "Sylvie Moreau-Chevallier"),
        ("«Qui passavano due navi al giorno», ha sorriso il sindaco di Teulada, Franco Mereus.", "Qui passavano due navi al giorno",
         "Franco Mereus"),
        ("警察署の小松誠副署長は「看板を無視して滑走していた」と話した。", "看板を無視して滑走していた", "小松誠"),
        # the Chinese verb of each quote, dotted names after a profession, a mayor's family name
        ("金麥坊董事長蔡文斌在聲明中說：「我們已經撐不下去了。」員工代表張美鈴說：「我們上週才領到一半的薪水。」",
         "我們已經撐不下去了。", "蔡文斌"),
        ("來自意大利的指挥家马可·罗西说：「这里的音响效果可以和欧洲最好的剧院相比。」", "这里的音响效果可以和欧洲最好的剧院相比。", "马可·罗西"),
        ("当地潜水店老闆吳建弘受訪時說，「客人看到白色的珊瑚都很難過」。", "客人看到白色的珊瑚都很難過", "吳建弘"),
        ("川畑誠一市長は追加の対策を発表した。川畑市長は「市民の健康を最優先に対応する」と強調した。", "市民の健康を最優先に対応する",
         "川畑誠一"),
        # a role in another language, a German compound's role after its hyphen
        ("VBV-Direktorin Carla Imhof erklärte die Lage. „Das wird teurer“, sagte die Direktorin.", "Das wird teurer", "Carla Imhof"),
        ("El consejero regional de Sanidad, Tomás Ibarra, visitó el centro. «No vamos a cerrar ninguna planta», dijo el consejero.",
         "No vamos a cerrar ninguna planta", "Tomás Ibarra"),
        ("La direttrice del museo, Marta Ferri, ha parlato ieri. «Ci vorrà un anno», ha detto la direttrice.",
         "Ci vorrà un anno", "Marta Ferri"),
        ("La ministre Odile Perrin s’est rendue sur place. « Nous serons là », a-t-elle promis.", "Nous serons là", "Odile Perrin"),
        # a role of the sentence before is not the next name's: the Home Secretary is Ian Hale, not Nadia Roux
        ('Home Secretary Ian Hale signed. Nadia Roux arrived. "It is a fair deal," the Home Secretary said. French Interior '
         "Minister Nadia Roux agreed.", "It is a fair deal", "Ian Hale"),
        # a Chinese name right after the quote, with when before the verb
        ("「每一步都要慢慢想。」梁子軒賽後說。", "每一步都要慢慢想。", "梁子軒"),
    ],
)
def test_the_speaker_of_each_quote(paragraph: str, quote: str, speaker: str | None) -> None:
    assert speakers(paragraph)[quote] == speaker


def test_a_name_after_a_full_stop_is_not_the_speaker_in_apposition() -> None:
    found = speakers("„Wir bleiben hier“, sagten die Bewohner am Abend. Später kam, Anna Roth, die Bürgermeisterin.")
    assert found["Wir bleiben hier"] != "Anna Roth"


def test_a_japanese_quote_is_said_by_the_subject_before_it_not_by_the_next_sentences() -> None:
    found = speakers("森田恵子氏は当選した。森田氏は事務所で「市民の声を聞きたい」と述べた。大西隆氏は「力不足だった」と語った。")
    assert found == {"市民の声を聞きたい": "森田恵子", "力不足だった": "大西隆"}


def test_a_chinese_pronoun_before_the_speech_verb_is_the_person_just_named() -> None:
    found = speakers("體育局長王志遠表示，明年將爭取認證。他說：「我們的目標是讓台北成為最受歡迎的城市賽。」")
    assert found["我們的目標是讓台北成為最受歡迎的城市賽。"] == "王志遠"


def test_a_japanese_subject_stated_without_a_name_is_nobody_named() -> None:
    found = speakers("石田健二さんは「何も残らない」と話した。JA全中の幹部は「米離れが進みかねない」と懸念を示した。")
    assert found["米離れが進みかねない"] is None


def test_a_noble_von_der_stays_part_of_the_name() -> None:
    found = speakers("Kommissionspräsidentin Ursula von der Leyen war da. „Wir handeln jetzt“, sagte sie.")
    assert found["Wir handeln jetzt"] == "Ursula von der Leyen"


def test_a_city_before_its_mayor_is_not_a_family_name() -> None:
    assert not [m for m in cjk_entities(["大阪市長は記者会見で説明した。"]) if m.kind == "person"]



@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # a profession names the person just named, the article's "l'" before it too
        ("La réalisatrice iranienne Leila Farzan a remporté le prix du festival.\n\n"
         "« Ce prix appartient aux femmes de mon pays », a déclaré la cinéaste.", "Ce prix appartient aux femmes de mon pays", "Leila Farzan"),
        ("Alla cerimonia ha partecipato l’ammiraglio Nicola Sernati.\n\n«Il mare ci ha tolto tanto, ma non la memoria», ha detto l’ammiraglio.",
         "Il mare ci ha tolto tanto, ma non la memoria", "Nicola Sernati"),
        ("Die Firma kündigte Berufung an, sagte Geschäftsführer Bernd Havermann. "
         "Der Geschäftsführer erklärte, dass die Wohnungen „mit hohem Aufwand modernisiert“ seien.", "mit hohem Aufwand modernisiert", "Bernd Havermann"),
        # a Chinese title alone is the person the article named with it; 寫道 reports what they wrote
        ("防檢署副署長林志遠說：「目前沒有證據顯示病毒已擴散。」\n\n防檢署已在周邊採樣。副署長說：「民眾食用煮熟的雞蛋不必擔心。」",
         "民眾食用煮熟的雞蛋不必擔心。", "林志遠"),
        ("審裁處成員梁家樂在判詞中寫道：「業主利用租客對法律的無知，牟取不當利益。」", "業主利用租客對法律的無知，牟取不當利益。", "梁家樂"),
    ],
)
def test_a_profession_or_a_title_alone_names_the_person_named_with_one(paragraphs: str, quote: str, speaker: str) -> None:
    assert speakers(paragraphs)[quote] == speaker


def test_a_foreign_name_in_characters_is_named_again_by_its_last_part() -> None:
    from storyweave.extract.quotes import extract_quotes
    from storyweave.model import Mention

    paragraphs = ["肯尼亚选手丹尼尔·基普罗蒂奇夺得男子组冠军。", "基普罗蒂奇赛后说：「江屿的赛道很平，很适合跑出好成绩。」"]
    quotes = extract_quotes(paragraphs, [Mention("丹尼尔·基普罗蒂奇", "person", "丹尼尔·基普罗蒂奇")])
    assert [(q.text, q.speaker) for q in quotes] == [("江屿的赛道很平，很适合跑出好成绩。", "丹尼尔·基普罗蒂奇")]


@pytest.mark.parametrize(
    "paragraph",
    ["«Sabía que podía hacerlo», dijo Ruth Chebet en la meta tras la carrera más rápida de su vida.",
     "The reform was fair, said Thatcher in a speech to the party conference on Friday evening."],
)
def test_a_name_that_opens_like_that_or_que_introduces_no_reported_clause(paragraph: str) -> None:
    assert all(q.direct for q in analyse(RawDocument("q.txt", "q.txt", "Report\n\n" + paragraph),
                                         clean_document(RawDocument("q.txt", "q.txt", "Report\n\n" + paragraph))).quotes)


@pytest.mark.parametrize(
    ("paragraphs", "quote"),
    [
        # the reporter a credit names reports the clause; the body that says it is no person
        ("【中央社記者林怡安台北22日電】衛生福利部食品藥物管理署今天表示，邊境查驗發現一批進口辣椒粉含有禁用色素。",
         "邊境查驗發現一批進口辣椒粉含有禁用色素"),
        ("【新华社成都11月22日电】（记者王晓雪）主办方今天表示，本届音乐节共吸引逾12万名观众。", "本届音乐节共吸引逾12万名观众"),
        # an unnamed student speaks after a named singer: the singer is the subject of the first verb only
        ("歌手陈一明在演出后说：「成都的观众是全国最热情的。」一位来自重庆的大学生说：「排队进场花了很久，但是非常值得。」",
         "排队进场花了很久，但是非常值得。"),
    ],
)
def test_no_chinese_speaker_is_taken_from_a_credit_or_an_earlier_quote(paragraphs: str, quote: str) -> None:
    assert speakers(paragraphs)[quote] is None


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # "for X," or "according to X," before a quote attributes it with no verb; "for many residents" names no one
        ("L’opposition a dénoncé le budget. Pour le chef de file socialiste Karim Benslaoui, « ce sont les jeunes qui vont payer ».",
         "ce sont les jeunes qui vont payer", "Karim Benslaoui"),
        ("Según la portavoz Ana Ruizal, «la medida llega tarde». Para muchos vecinos, «es un alivio».", "es un alivio", None),
        # "a salué" attributes; a body named in brackets is the subject, not the person named before
        ("Le ministre de la Culture, Ibrahima Ndiaye, a salué « un geste qui en appelle d’autres ».", "un geste qui en appelle d’autres",
         "Ibrahima Ndiaye"),
        ("„Die Löhne sind gesichert“, sagte Jens Pohlmeier.\n\nDie Gewerkschaft Nahrung-Genuss-Gaststätten (NGG) forderte „einen klaren Plan“.",
         "einen klaren Plan", None),
        # French states its subject, after the verb when not before it: the sister, not the admiral named before
        ("« Rien n’explique cette collision », a déclaré le vice-amiral Hervé Lannic. "
         "« Mon frère connaissait cette mer par cœur », a confié à l’AFP la sœur d’un des marins disparus.",
         "Mon frère connaissait cette mer par cœur", None),
    ],
)
def test_who_a_quote_is_attributed_to_without_a_named_subject(paragraphs: str, quote: str, speaker: str | None) -> None:
    assert speakers(paragraphs)[quote] == speaker
