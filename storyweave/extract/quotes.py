"""Direct quotes with their speakers, and indirect speech ("said that …") marked as such.

Quotes are found per paragraph, not per sentence: a quote may hold several sentences, and a
quote that runs to the end of its paragraph without a closing mark is news style for "the quote
continues", not an error. The speaker is the person next to a speech verb near the quote; a
pronoun or a role ("he said", "the Prime Minister said") resolves to a named person — the last
named speaker of the same paragraph, else the article's most mentioned person so far."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from storyweave.clean.scripts import CJK_CHARACTERS
from storyweave.clean.sentences import TITLE_ABBREVIATIONS, split_sentences
from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.extract.cjk import foreign_name_last_part
from storyweave.extract.entities import ROLE_WORDS, demonym_place
from storyweave.extract.gazetteer import DEMONYMS
from storyweave.model import Mention, Quote

MIN_WORDS = 3
MIN_CJK_CHARACTERS = 5  # Chinese and Japanese write no spaces: a quote is 5 characters or more
_CJK = re.compile(f"[{CJK_CHARACTERS}\uf900-\ufaff]")  # and the compatibility ideographs
MAX_QUOTE = 2_000  # characters: a longer "quote" is a stray mark, not speech
INDIRECT_MIN_WORDS = 3
SPEAKER_WINDOW = 60  # characters either side of the speech verb where the speaker's name stands
APPOSITION_WINDOW = 120  # characters after the verb where a name after a comma may still close its role
_SENTENCE_STOP = re.compile(r"[.!?;]\s")
# a relative clause after a name, which the speech verb follows: "Kayla Munro, whose daughter …, said"
# where someone is from, in apposition before the verb: "Facundo Arrieta, de Luján de Cuyo, aseguró"
_ORIGIN_APPOSITION = re.compile(r",\s+(?:de|of|from|di|aus|du|del)\s[^,.;:!?]{2,60},\s*")
# a clause only a thing takes: "Doctors Nova Scotia, which represents …, warned"
_BODY_CLAUSE = re.compile(r",\s+which\s")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|qui|dont|que|quien|cuyo|cuya|che|il cui|la cui|der|die|dessen|deren)\s")
# a quote that opens after "for X," or "according to X," in its sentence is X's, with no verb
# (or after a short subject that follows: "Pour la politologue Geneviève Tardif, de l’Université Laval, ce
# résultat « change la donne »"; X is named before the first comma)
_FOR_SOMEONE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<who>(?:Pour|Para|Per|Selon|Según|Secondo|Laut|Für)\s[^.!?\n]{3,120}?),"
                          r"(?P<rest>[^.!?\n«»“”„\"]{0,60})$")
_FRENCH_PARTICIPLES = ("déclaré dit affirmé ajouté estimé précisé assuré indiqué annoncé prévenu averti souligné expliqué reconnu "
                       "lancé martelé raconté confié détaillé dénoncé témoigné insisté résumé regretté déploré répondu réagi "
                       "rappelé observé commenté tranché ironisé lâché jugé soupiré plaisanté souri glissé tempêté promis "
                       "conclu salué fustigé confirmé qualifié évoqué exhorté demandé avoué").split()
_FRENCH_REFLEXIVE_PARTICIPLES = ("inquiété alarmé indigné étonné exclamé insurgé agacé emporté amusé interrogé enthousiasmé "
                                 "réjoui félicité désolé").split()
_ITALIAN_PARTICIPLES = ("detto dichiarato affermato aggiunto spiegato sottolineato annunciato avvertito assicurato sostenuto "
                        "ribadito raccontato precisato riferito commentato ammesso denunciato osservato concluso replicato "
                        "risposto lamentato evidenziato sorriso scherzato sospirato attaccato incalzato tuonato accusato "
                        "insistito definito chiesto parlato bollato invocato auspicato ribattuto ricordato promesso garantito "
                        "testimoniato confessato").split()
_ITALIAN_ADVERBS = "poi anche inoltre però quindi infine già ancora subito".split()
_FRENCH_ADVERBS = "également ensuite aussi encore toutefois pourtant alors déjà enfin cependant".split()
_SPANISH_PARTICIPLES = ("dicho afirmado señalado advertido explicado asegurado declarado añadido indicado subrayado reconocido "
                        "recordado criticado denunciado insistido lamentado destacado manifestado calificado pedido exigido "
                        "definido prometido garantizado confesado").split()
# speech verbs in the plural, whose subject is a group and no one person ("Los vecinos de La Boca denunciaron que …")
_PLURAL_SPEECH_VERBS = (
    "informaron informan afirmaron aseguraron señalaron indicaron explicaron advirtieron anunciaron declararon denunciaron".split()
    + [f"han {p}" for p in "informado dicho afirmado señalado advertido explicado asegurado declarado indicado denunciado".split()]
    + [f"hanno {p}" for p in _ITALIAN_PARTICIPLES] + [f"ont {p}" for p in _FRENCH_PARTICIPLES])
SPEECH_VERBS = (
    "said says say saying added adds adding stated states told tells telling emphasized emphasised asserted declared warned "
    "warning noted insisted explained announced wrote writes tweeted argued claimed stressed vowed threatened reiterated "
    "replied answered continued concluded acknowledged admitted urged pledged promised conceded recalled remarked reported "
    "called calling described describing dismissed branded spoke speaking testified "
    "sagte sagt sagten sprach spricht erklärte erklärt betonte betont fügte meinte warnte warnt versicherte teilte kündigte räumte "
    "forderte meldete meldet berichtete bestätigte kritisierte dijo dice afirmó afirma declaró señaló aseguró asegura añadió agregó explicó advirtió indicó sostuvo subrayó "
    "anunció manifestó precisó contó relató déclare affirme estime précise assure indique souligne prévient afferma sostiene "
    "spiega dichiara zei verklaarde disse declarou afirmou заявил заявила заявили сказал сказала отметил отметила сообщил "
    "сообщила подчеркнул подчеркнула добавил добавила "
    # the present tense features and reportage use: "raconte-t-elle", "cuenta", "racconta", "erzählt"
    "raconte explique confie témoigne ajoute poursuit résume insiste reconnaît admet regrette déplore conclut lance "
    "cuenta explica añade lamenta comenta reconoce admite recuerda advierte insiste concluye relata "
    "racconta aggiunge commenta ammette sottolinea osserva conclude lamenta ricorda testimonia "
    "erzählt berichtet ergänzt klagt meint räumt "
    "erzählte schrieb fragte antwortete erinnerte kommentierte resümierte "
    # the German perfect puts the participle last: "Der Angeklagte hatte im Prozess gesagt: „…“"
    "gesagt gewarnt versichert geschildert gefordert "
    "dit lamentó resumió comentó reconoció admitió recordó insistió detalló denunció criticó testificó "
    "recalls explains adds recalled explained "
    # more of the verbs reports attribute with: "complained that", "nannte die Lage", "lâche-t-il", "respondió"
    "complained complains cautioned observed quipped countered responded lamented predicted "
    "nannte nennt kritisierte mahnte ergänzte bekräftigte unterstrich erläuterte schilderte bestätigte beklagte "
    "répond réagit rappelle observe commente lâche tranche "
    "respondió reclamó opinó valoró apuntó destacó remarcó apunta destaca opina bromeó sonrió suspiró "
    # a promise quoted: "«Nessuno resterà indietro», ha promesso l’assessora", "prometió", "versprach"
    "prometió garantizó versprach "
    # an admission quoted: "«…», confesó Brooks-Dunn", "gestand der Trainer", "confessa l’attaccante"
    "confesó confiesa confessed confesses gestand gesteht confessa confessò "
    # a ruling's or a letter's words: "escribe el magistrado ponente", "écrit la juge", "scrive il giudice", "schreibt das Gericht"
    "escribe escribió écrit scrive schreibt "
    "soupire plaisante sourit scherza sorride ironizza sospira bromea sonríe witzelt scherzt jokes "
    # a quoted question's verb: "« Qui va lui vendre son billet ? », a demandé Louis Mertens", "preguntó"
    "asked asks preguntó pregunta demande"
).split() + [
    # French reports a feeling as the attribution: "« … », s’inquiète Karim Benali"; Spanish and Italian too
    f"{reflexive}{apostrophe}{verb}" for reflexive, verbs in (
        ("s", "inquiète alarme indigne étonne exclame insurge agace emporte amuse interroge enthousiasme"),
        ("se ", "réjouit félicite désole"),
    ) for verb in verbs.split() for apostrophe in (("'", "’") if reflexive == "s" else ("",))
] + [
    # and in the perfect: "« … », s’est félicité le délégué général"
    f"s{apostrophe}est {participle}{ending}" for participle in _FRENCH_REFLEXIVE_PARTICIPLES for apostrophe in ("'", "’")
    for ending in ("", "e")
] + ["se queja", "se quejó", "se lamenta", "se pregunta", "si lamenta", "si chiede", "si sfoga", "si rammarica"] + [
    # reportage's imperfect: "« … », se quejaba Rosa Villalba", "raccontava", "expliquait-il"
    *"decía explicaba contaba relataba aseguraba comentaba lamentaba recordaba advertía insistía".split(),
    "se quejaba", "se lamentaba", "se preguntaba", *"diceva spiegava raccontava ricordava".split(),
    *"disait expliquait racontait confiait ajoutait résumait".split(),
] + [
    # an adverb between the auxiliary and the participle: "Mati ha poi dichiarato che", "a ensuite ajouté"
    f"{auxiliary} {adverb} {participle}" for auxiliary, adverbs, participles in (
        ("ha", _ITALIAN_ADVERBS, _ITALIAN_PARTICIPLES), ("a", _FRENCH_ADVERBS, _FRENCH_PARTICIPLES))
    for adverb in adverbs for participle in participles
] + [f"ha {participle}" for participle in _ITALIAN_PARTICIPLES] + [
    "according to", "made the remarks", "made the comments",
    # Spanish reports in the perfect and the pluperfect too: "ha advertido el presidente de la CHG", "había dicho el acusado"
    *(f"{auxiliary} {participle}" for auxiliary in ("ha", "había") for participle in _SPANISH_PARTICIPLES),
    "calificó", "definió", "pidió", "exigió", "dénonce", "qualifie", "évoque",
    "calls himself", "calls herself", "called himself", "called herself",  # ("calls" alone is as often a noun)
] + [f"avait {p}" for p in _FRENCH_PARTICIPLES] + [f"aveva {p}" for p in _ITALIAN_PARTICIPLES] + [
    # what a body reports, and the plurals of its speakers: "La Universidad informó que …", "Los vecinos aseguraron que …"
    "informó", "informa", "ha informado", *_PLURAL_SPEECH_VERBS,
    # German plurals: "Die Grünen kündigten an, dass …"
    *"sagten erklärten betonten kündigten warnten teilten forderten kritisierten bestätigten berichteten meinten".split(),
] + [f"a {p}" for p in _FRENCH_PARTICIPLES] + [f"{inverted}-{who} {p}" for inverted in ("a-t", "avait") for who in ("il", "elle")
                                                  for p in _FRENCH_PARTICIPLES]  # "a-t-elle lancé", "avait-il déclaré"
_VERB = re.compile(rf"(?<!\w)(?:{prefix_tree_pattern(SPEECH_VERBS)})(?!\w)", re.I)
_PLURAL_VERB = re.compile(rf"(?:{prefix_tree_pattern(_PLURAL_SPEECH_VERBS)})(?!\w)", re.I)
# Chinese and Japanese speech verbs, found inside runs of characters (no spaces to bound them)
CJK_SPEECH_VERBS = ("表示 指出 強調 强调 透露 坦言 說道 说道 寫道 写道 述べた 述べ 語った 話した 発表した 説明した 強調した "
                    "批評 批评 補充 补充 回應 回应 質疑 质疑 坦承 直言 感嘆 感叹 提醒 呼籲 呼吁 警告 解釋 解释").split()
# one-character verbs only before the quote or clause they introduce: 说 and 称 are parts of 小说, 名称
# and Japanese と right after a quote ("「…」と歓迎した"), whatever verb follows: the blanked quote leaves spaces
_CJK_VERB = re.compile(prefix_tree_pattern(CJK_SPEECH_VERBS) + "|[說说稱称](?=[：:，,「“。])|(?<= )と(?=[\u3040-\u30ff\u4e00-\u9fff])")
# titles a Chinese or Japanese report names a person by, alone, once it has named them with it; longest first
CJK_TITLES = sorted(set(
    "副署長 副署长 署長 署长 副局長 副局长 局長 局长 部長 部长 院長 院长 市長 市长 縣長 县长 主席 主任 總統 总统 總理 总理 "
    "發言人 发言人 董事長 董事长 執行長 执行长 總經理 总经理 教練 教练 主委 法官 知事 社長 会長 首相 大臣 監督 委員長 理事長 "
    "所長 館長 園長 校長 町長 村長 議長 総裁 長官 "
    # the accused, the judge, a member, a professor, a player: "被告は公判で「…」と話した" is the 被告 named before
    "被告 被告人 容疑者 嫌疑人 裁判長 審判長 議員 教授 選手 医師".split()), key=len, reverse=True)
_PRONOUN = re.compile(r"\b(?:he|she|they|er|sie|il|elle|él|ella|lui|lei|он|она)\b", re.I)
_PRONOUN_AFTER = re.compile(r"(?:\s*|-(?:t-)?)(?:he|she|er|sie|il|elle|él|ella|lui|lei|он|она)\b", re.I)  # "dit-elle", "lâche-t-il" too
# the subject pronoun the verb's own words hold, inverted: "a-t-elle lancé", "avait-il déclaré"
_INVERTED_SUBJECT = re.compile(r"(?:-t|avait)-(?:il|elle)\b")
# Spanish and Italian drop the subject pronoun: «…», dijo. / «…», ha detto ai giornalisti.
# someone unnamed right after the verb, or past where they said it: "said a driver", "contó en la sala una
# conductora", "sagte vor Gericht ein Fahrer" (not past "a", "à": "ha detto a un collega" is said to one)
_INDEFINITE_AFTER = re.compile(r"\s*(?:(?:in|en|nel|nella|im|vor|bei|at|dans)\s+(?:(?:la|el|il|the|dem|den|der|l['’])\s*)?[\w-]+\s+)?"
                               r"(?P<article>un|una|uno|une|ein|eine|einer|a|an)\s+(?!(?:day|week|month|year|moment|while|bit|lot|vez|volta"
                               r"|fois|jour|día|giorno|mal|tag|woche)\b)[a-zà-ÿäöüß-]+(?=[\s,.;:]|$)", re.I)
_HEARER_FOLLOWS = {"told", "tells", "telling"}  # the person named right after hears the quote
_ENGLISH_SPEECH_VERBS = {"said", "says", "added", "adds", "explained", "recalled", "wrote", "warned", "admitted"}  # (not "told": a hearer follows)
_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:]|$|(?:en|a|al|ante|durante|nel|nella|ai|alla|in|da|con|su|im|vor|bei|gegenüber)\b"
                            r"|\w+(?:ando|endo)\b)", re.I)  # (or a gerund: "ha raccontato ridendo", "dijo sonriendo")
# (a whole word: "said Thatcher", "dijo Chebet", "told Quentin" hold no complementiser)
_THAT = re.compile(r"(?:[\s,]+[\w’'-]+){0,5}?[\s,]+(?P<word>(?:that|dass|que|che|dat|что)(?!\w)|qu['’])\s*", re.I)
_WHITE_SPACE = re.compile(r"\s*")
_GERUND_ENDINGS = ("ing", "ando", "endo", "ant")
# verbs that ask or name: they attribute a quote ("«…?», ha chiesto l’operaio", "calificó la reforma de «…»"), but
# "pidió que …" is a request and "lo calificó como «…» debido a … que" holds a relative clause, no report
_NO_CLAUSE_VERBS = {"pidió", "exigió", "ha chiesto", "calificó", "definió", "ha definito", "qualifie", "a qualifié",
                    *(f"{auxiliary} {participle}" for auxiliary in ("ha", "había")
                      for participle in ("pedido", "exigido", "calificado", "definido"))}
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ]")
# what stands between a pronoun and its verb: "he had told", "she also said"
_BETWEEN_SUBJECT_AND_VERB = {"had", "has", "have", "would", "will", "could", "also", "later", "then"}
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.I)
# what _THAT needs at least: the complementiser after a space or a comma (the words' first letters are tested
# before the branches: it is searched for in every paragraph, and most spaces start none of the words)
_COMPLEMENTISER = re.compile(r"[\s,](?=[tdqcч])(?:(?:that|dass|que|che|dat|что)(?!\w)|qu['’])", re.I)
_PAIRS = {"“": "”", "«": "»", "„": "“", "「": "」", "‹": "›", '"': '"', "‘": "’"}
_OPENING_MARK = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
# curly and angled openings announce a quote; a paragraph may end before its closing mark
_MAY_RUN_ON = {"“", "«", "„", "「"}
_LETTER = re.compile(r"\w")
_ROLE_VOCABULARY = (ROLE_WORDS | set(DEMONYMS) | {"leader", "official", "spokesman", "spokeswoman"}) - {"mr", "mrs", "ms", "dr"}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int  # exclusive, after the closing mark (or the paragraph's end)
    text: str


def quote_spans(paragraph: str) -> list[_Span]:
    spans: list[_Span] = []
    position = 0
    while position < len(paragraph):
        found = _OPENING_MARK.search(paragraph, position)  # jump to the next mark, not character by character
        if found is None:
            break
        position = found.start()
        mark = paragraph[position]
        closer = _PAIRS[mark]
        if not _opens(paragraph, position):
            position += 1
            continue
        close = _closing(paragraph, position + 1, closer)
        if close == -1:
            if mark not in _MAY_RUN_ON:
                position += 1
                continue
            end = len(paragraph)
            inner = paragraph[position + 1 :]
        else:
            end = close + 1
            inner = paragraph[position + 1 : close]
        text = inner.strip().rstrip(",;:").strip()
        if (mark == "「" and (paragraph[end : end + 1] in _JA_PARTICLES_AFTER_A_NAME or paragraph[position - 1 : position] == "的")
                and not _SENTENCE_MARKS.search(text)):
            # "運送会社「浪速ロジスティクス」に", "「マイナ保険証」の": a name or a term, which a particle follows (quotes take と);
            # "經營了42年的「好運茶餐廳」": a name that 的 describes
            position = end
            continue
        if len(text) > MAX_QUOTE:
            position += 1  # no quote runs this long; treat the mark as a stray character
            continue
        if _named_work(paragraph, position, end, text):
            position = end  # "a report titled "The Cost of a Cart"", "la mostra «Il colore della pietra»": a name, no one's words
            continue
        if len(text.split()) >= MIN_WORDS or len(_CJK.findall(text)) >= MIN_CJK_CHARACTERS:
            spans.append(_Span(position, end, text))
        position = end
    return spans


# what a quoted name is the name of, right before it ("the slogan", "la prima mostra temporanea,", "dal titolo") or
# right after it ("its "Councils Can't Wait" campaign"); not "opera" or "obra", which name building works too
_WORK_NOUNS = (
    "titled entitled named dubbed slogan motto campaign report exhibition film movie book novel album song play "
    "series programme program initiative petition collective "
    "intitolato intitolata titolo chiamato chiamata mostra campagna libro romanzo programma traghetto "
    "intitulé intitulée baptisé baptisée appelé appelée campagne exposition œuvre livre roman programme collectif pièce "
    "titulado titulada llamado llamada denominado denominada lema campaña programa exposición película novela colectivo "
    "Titel Motto Slogan Kampagne Schau Ausstellung Buch Roman Oper Programm Initiative"
).split()
# (a prefix tree, not the list joined: only where a match starts is read, which the branches' order does not change)
_WORK_BEFORE = re.compile(rf"\b(?:{prefix_tree_pattern(_WORK_NOUNS)})\b(?:\s+[^\W\d][\w’'-]*){{0,2}}?\s*[,:]?\s*$", re.I)
# a speech verb and at most two articles or possessives before the work's noun: "ha definito il progetto"
_NAMING_VERB_BEFORE = re.compile(
    rf"(?:{_VERB.pattern})\s+(?:(?:the|a|an|his|her|its|their|own|il|lo|la|le|l['’]|un|una|uno|el|los|las|les|son|sa|ses|leur|"
    rf"der|die|das|den|sein|seine|ihr|ihre)\s+){{0,2}}$", re.I)
_CJK_WORK_BEFORE = re.compile(
    r"(?:展|特展|展覽|展览|展覧会|映画|電影|电影|作品|小説|小说|新書|口號|口号|標語|标语|主題|主题|テーマ|命名為|命名为|名為|名为|題為|题为|"
    r"名叫|団体|團體|团体|会社|公司|船|計畫|计划|項目|项目|活動|活动)$")
_CJK_WORK_AFTER = re.compile(r"(?:と名付け|と命名|服务|服務|活動|活动|計畫|计划|展)")
_CJK_WORK_ENDS = re.compile(r"(?:展|展覽|展览|特展|號|号)$")
_CJK_SAID_AFTER = re.compile(r"\s*(?:と(?:話|述べ|語|説明|強調|訴え|批判|明か)|[，,]?\s*(?:說|说|表示|指出))")
# the words that name what the quote right after them is: a slogan or a title, whatever verb follows
_SLOGAN_RIGHT_BEFORE = re.compile(r"\b(?:slogan|motto|lema|eslogan|devise|mot d['’]ordre|titled|entitled|titolo|intitolat[oa]|"
                                  r"intitulée?|titulad[oa])\s*[,:]?\s*$", re.I)
# a work's noun, then the participle that gives its name: "the scheme, called "…"", "il progetto, chiamato «…»" ("called"
# alone is a speech verb: "she called the plan "a mess"")
_CALLED_AFTER_ITS_NOUN = re.compile(
    rf"\b(?:{prefix_tree_pattern(_WORK_NOUNS + ['scheme', 'project', 'operation', 'network', 'party'])})\b,?\s+"
    r"(?:called|named|dubbed|known\s+as|chiamat[oa]|denominat[oa]|llamad[oa]|denominad[oa]|appelée?|baptisée?|surnommée?|genannt)"
    r"\s*[,:]?\s*$", re.I)
_BY_SOMEONE = re.compile(r"[\"”»“’]?\s*(?:by|von|par|da|por)\s", re.I)
TITLE_MAX_WORDS = 8  # a title, a slogan or a campaign's name is short
_WORK_AFTER = re.compile(r"\s*(?:campaign|slogan|report|exhibition|initiative|petition)\b", re.I)


def _named_work(paragraph: str, start: int, end: int, text: str) -> bool:
    """Whether the quoted `text` between `start` and `end` names a work, a campaign or a slogan rather
    than reports what someone said: a noun for one stands right before or after it, no speech verb
    between, and the text holds no sentence of its own."""
    if _SENTENCE_MARKS.search(text) or text.rstrip()[-1:] in ".!?" or len(text.split()) > TITLE_MAX_WORDS:
        return False
    if _SLOGAN_RIGHT_BEFORE.search(paragraph, max(0, start - 30), start):
        return True  # "bajo el lema «Chile se prepara», informó …": the verb after reports the sentence, not the slogan
    if _CALLED_AFTER_ITS_NOUN.search(paragraph, max(0, start - 60), start) and not _BY_SOMEONE.match(paragraph, end):
        return True  # (not "called "reckless" by critics": their word for it)
    if _VERB.match(paragraph[end : end + 40].lstrip(" ,")):
        return False  # "… the first movie were "a terrible experience," says a source": someone's words
    before = paragraph[max(0, start - 60) : start]
    if (_CJK.search(text) and not _CJK_SAID_AFTER.match(paragraph, end)
            and (_CJK_WORK_BEFORE.search(before) or _CJK_WORK_AFTER.match(paragraph, end) or _CJK_WORK_ENDS.search(text))):
        return True  # "特別展「国宝　祈りと美の名品」", "命名为「寒武明眸虫」", "「…」と名付けた", "「第77回正倉院展」"
    work = _WORK_BEFORE.search(before)
    if work and not _VERB.search(before, work.start()) and not _NAMING_VERB_BEFORE.search(before, 0, work.start()):
        return True  # ("ha definito il progetto «…»", "called his own play "…"": someone's words about it)
    return bool(_WORK_AFTER.match(paragraph, end))


_JA_PARTICLES_AFTER_A_NAME = set("のはがをにでもや（(")
_SENTENCE_MARKS = re.compile("[。！？!?]")


def _opens(paragraph: str, position: int) -> bool:
    """An opening mark stands at the start or after a space or an opening bracket: not an apostrophe."""
    before = paragraph[position - 1] if position else " "
    after = paragraph[position + 1] if position + 1 < len(paragraph) else ""
    return (before.isspace() or before in "([{—–-:") and bool(after) and not after.isspace() or paragraph[position] in "«「„" and bool(after)


def _closing(paragraph: str, start: int, closer: str) -> int:
    index = paragraph.find(closer, start)
    while index != -1 and closer == "’" and index + 1 < len(paragraph) and _LETTER.match(paragraph[index + 1]):
        index = paragraph.find(closer, index + 1)  # "won’t" inside a ‘…’ quote
    return index


class _Speakers:
    """Who is being talked about so far: mention counts, roles, the last named person."""

    def __init__(self, people: list[Mention], paragraphs: list[str]):
        text = "\n".join(paragraphs)
        self.canonical = {m.text: m.canonical for m in people}
        # a foreign name in characters is named again by its last part: "丹尼尔·基普罗蒂奇" … "基普罗蒂奇赛后说"
        for mention in people:
            if last := foreign_name_last_part(mention.canonical):
                self.canonical.setdefault(last, mention.canonical)
        self._text = text
        # longest first, so "Benjamin Netanyahu" is found before the "Netanyahu" inside it. Plain
        # str.find per name: a regex alternation of each article's own names costs a compilation per article
        self._names = sorted(self.canonical, key=len, reverse=True)
        # which names each paragraph holds at all: a paragraph's parts are then searched for those only
        paragraph_starts = list(accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
        self._names_by_paragraph: list[set[str]] = [set() for _ in paragraph_starts]
        for name in self._names:
            start = text.find(name)
            while start != -1:
                self._names_by_paragraph[bisect_right(paragraph_starts, start) - 1].add(name)
                start = text.find(name, start + 1)
        self._current: list[str] = self._names
        self.seen: Counter[str] = Counter()
        self.roles: dict[str, set[str]] = {}
        self.described: set[str] = set()  # named right after a noun for what they do: "der Malerin Gabriele Münter"
        previous_end = 0
        for start, end, found in self._occurrences(text):
            name = self.canonical[found]
            # the role stands in the name's own sentence, up to five words before it ("El consejero regional
            # de Transportes, Rafael Montoya") and after any name before it ("Judge Martin Ellery said that
            # Keeling …" makes no judge of Keeling)
            words = _SENTENCE_BREAK.split(text[max(0, start - 60, previous_end) : start])[-1].split()[-5:]
            previous_end = end
            # "Lena Marsh, the interior minister," names her role after her
            after = _ROLE_AFTER.match(text[end : end + 80])
            if after:
                words += after.group(1).split()
            self.roles.setdefault(name, set()).update(_role_words(words))
            if words and _DESCRIBES_A_PERSON.search(words[-1]):
                self.described.add(name)
        self.paragraph_speaker: str | None = None
        self.last_named: str | None = None  # the last person named before the paragraph being read
        self.spoken: set[str] = set()  # people quoted so far

    def reading(self, paragraph: int) -> None:
        """From now on the texts searched are parts of paragraph number `paragraph`."""
        present = self._names_by_paragraph[paragraph]
        self._current = [name for name in self._names if name in present]

    def _occurrences(self, text: str, names: list[str] | None = None) -> list[tuple[int, int, str]]:
        """Where the names (by default, the paragraph's being read) stand in `text`."""
        names = self._current if names is None else names
        taken: list[tuple[int, int, str]] = []
        covered = bytearray(len(text) if names else 0)  # characters a longer name already took
        for name in names:
            cjk = bool(_CJK.match(name))
            start = text.find(name)
            while start != -1:
                end = start + len(name)
                # Chinese and Japanese names stand between other characters: no boundary to check
                bounded = cjk or (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if bounded and not any(covered[start:end]):
                    taken.append((start, end, name))
                    covered[start:end] = b"\x01" * (end - start)
                start = text.find(name, end)
        return sorted(taken)

    def named_in(self, text: str) -> list[tuple[int, str]]:
        return [(start, self.canonical[found]) for start, _, found in self._occurrences(text)]

    def name_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of each name in `text`."""
        return [(start, end, self.canonical[found]) for start, end, found in self._occurrences(text)]

    def mentioned(self, text: str) -> None:
        for _, canonical in self.named_in(text):
            self.seen[canonical] += 1
            self.last_named = canonical

    def salient(self) -> str | None:
        return self.seen.most_common(1)[0][0] if self.seen else None

    def last_before(self, outside: str, position: int) -> str | None:
        """The last person named before `position` of the paragraph (outside quotes), else before it."""
        spans = self.name_spans(outside[:position])
        if spans:
            # "Tauwhare took 2,871 votes to Mitchell's 2,834. “…,” he said": an owner named after the sentence's
            # subject is not whom the pronoun points back to
            last = len(spans) - 1
            while (last and _POSSESSIVE_AFTER.match(outside, spans[last][1])
                   and not _SENTENCE_BREAK.search(outside, spans[last - 1][1], spans[last][0])):
                last -= 1
            return spans[last][2]
        # across paragraphs a pronoun keeps to the article's main speaker over someone named once in an aside
        main = self.salient()
        if (self.last_named and main is not None and main != self.last_named and self.seen[self.last_named] == 1 and self.seen[main] >= 3
                and main in self.spoken):
            return main
        return self.last_named

    def by_title(self, subject: str) -> str | None:
        """The person the article named with the title that a Chinese or Japanese subject ends with
        ("防檢署副署長林志豪 … 副署長說", "西原健太被告 … 被告は「…」"), the one named so last."""
        title = next((t for t in CJK_TITLES if subject.endswith(t)), None)
        if title is None and (topic := re.match(r"[^はが、。]+(?=[はが])", subject)):
            # "被告は公判で「…」と話していた": the title is the topic, before what the sentence says of where or when
            title = next((t for t in CJK_TITLES if topic.group(0).endswith(t)), None)
        if title is None:
            return None
        # Chinese writes the title before the name ("副署長林志豪"), Japanese after it ("西原健太被告")
        holders = [(start, self.canonical[name]) for start, end, name in self._occurrences(self._text, self._names)
                   if self._text[max(0, start - len(title)) : start] == title or self._text[end : end + len(title)] == title]
        return holders[-1][1] if holders else None

    def defendant(self) -> str | None:
        """Whom a court report calls "the defendant" without naming them so: the person it has named most
        (twice at least: a defendant the report never names is no one in it) with no role of their own, as the judge,
        the prosecutor and the lawyers have."""
        best: tuple[int, str] | None = None
        unroled = [name for name in self.seen if not self.roles.get(name, set()) & _ROLE_NOUNS]
        for name in unroled:  # (the first named wins a tie: the report's subject)
            if (count := self.seen[name]) >= 2 and (best is None or count > best[0]):
                best = (count, name)
        # named once, the defendant is still whom the report names without a role when no one else is so named, nor
        # with a word for what they do ("im Stil der Malerin Gabriele Münter" names a painter, not the one on trial)
        return best[1] if best else unroled[0] if len(unroled) == 1 and unroled[0] not in self.described else None

    def by_role(self, phrase: str, outside: str, position: int) -> str | None:
        if _THE_DEFENDANT.search(phrase):
            return self.defendant()  # "„…“, hatte der Angeklagte gesagt", "avait déclaré le prévenu"
        if _AGE_DESCRIPTOR.search(phrase):
            return self.last_before(outside, position)  # "„…“, sagte die 41-Jährige": the person just named, by age
        tokens = re.findall(r"[\w-]+", phrase)
        words = set(_role_words(tokens))
        if not words & _ROLE_NOUNS:
            # "“…,” the Portuguese said": a nationality names the person just named (not a people: "the Americans")
            nationality = _NATIONALITY_ENDS.search(phrase) or _NATIONALITY_OPENS.match(phrase)
            if nationality and _one_of_a_nation(nationality.group(1)):
                return self.last_before(outside, position)
            return None  # "the Israeli leader" names a role; "the operations will continue" does not
        if any(before.lower() in _INDEFINITE_ARTICLES and set(_roles_of(word)) & _ROLE_NOUNS for before, word in zip(tokens, tokens[1:])):
            return None  # "ein Sprecher der Bundespolizei sagte", "a spokesman said": someone not named
        matches = [(len(words & roles), self.seen[name], name) for name, roles in self.roles.items() if words & roles & _ROLE_NOUNS]
        if matches:
            return max(matches)[2]
        if _ROLE_OF_A_BODY.search(phrase) and not words & _OFFICES:
            # "L’entraîneur de Newcastle a affirmé que …": whoever holds that role, the article does not name ("El
            # ministro de Defensa aseguró" is the minister the article names)
            return None
        # "the president-elect said": a definite role held by no one named with it is the person just named
        if (_DEFINITE_ROLE_ENDS.search(phrase) or _DEFINITE_ROLE_OPENS.match(phrase)) and not words & _UNNAMED_ROLES:
            last_role = max(i for i, token in enumerate(tokens) if set(_roles_of(token)) & _ROLE_NOUNS)
            if tokens[last_role + 1 : last_role + 2] and tokens[last_role + 1][:1].isupper():
                # "El sindicato médico CESM afirmó": a body's name right after a word that may be a role ("El ministro de
                # Defensa aseguró" is the minister's)
                return None
            return self.last_before(outside, position)
        return None


# the one on trial, named by that role alone: with the definite article ("a defendant" is someone unnamed, and "he
# accused" a verb), or as a German noun, whose article the words kept before a late verb may have left out
_THE_DEFENDANT = re.compile(r"(?<!\w)(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o)\s+(?:defendant|accused|prévenue?|accusée?|acusad[oa]"
                            r"|imputad[oa]|imputat[oa])|[Ll]['’]\s*(?:accusée?|imputat[oa])|(?:(?:[Dd]e[rmn]|[Dd]ie)\s+)?"
                            r"(?:Angeklagter?|Beschuldigter?))(?![\w-])")
# someone named by their age alone, which points back to the person just named: "the 41-year-old", "die 41-Jährige"
_AGE_DESCRIPTOR = re.compile(r"\b(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]en|[Dd]em)\s+\d{1,3}-(?:year-old|[Jj]ährigen?)\b")


# a Japanese cleft after a quote: "「…」と話すのは、…さん" ("who says … is …")
_JA_CLEFT = re.compile(r"[\s」]*と[^。「」、]{1,10}?のは[、，]?")
_INDEFINITE_ARTICLES = {"a", "an", "ein", "eine", "einer", "un", "une", "una", "uno"}
# a noun for someone's trade or part, by its ending, right before a name: "Malerin", "pintora", "pittrice" (not
# "peintre": nothing tells such a noun from a verb by its ending)
_DESCRIBES_A_PERSON = re.compile(r"(?:erin|istin|ista|eur|euse|trice|ora|ore|ologe|ologin|arzt|ärztin)$", re.I)
_ROLE_SUFFIXES = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
                  "direktor", "direktorin", "leiter", "leiterin",
                  # German trades and offices compounded: "Zahnarzt", "Staatsanwältin", "Amtsrichter", "Nationaltrainer"
                  "arzt", "ärztin", "anwalt", "anwältin", "richter", "richterin", "trainer", "trainerin", "forscher", "forscherin",
                  "chef", "chefin", "ministre", "ministro", "ministra", "presidente", "portavoz", "sindaco", "bürgermeister",
                  "bürgermeisterin", "préfet", "maire", "alcalde", "alcaldesa",
                  # "Landeshauptfrau", "Betriebsratsvorsitzender", "Generalsekretärin"
                  "hauptmann", "hauptfrau", "vorsitzende", "vorsitzender", "sekretär", "sekretärin")
_ROLE_NOUNS = (ROLE_WORDS - {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "foreign", "defense", "defence", "health",
                             "interior", "finance", "economy", "former", "acting", "senior", "top", "state", "deputy", "vice",
                             "special", "executive", "environment", "transport", "education", "trade", "agriculture", "labour",
                             "labor", "culture", "industry", "infrastructure", "climate", "housing", "tourism", "development",
                             "security", "immigration", "justice"}) | set(_ROLE_SUFFIXES) | {
    "leader", "official", "préfet", "maire", "alcalde", "alcaldesa", "sindaco", "presidente", "ministre", "ministro", "ministra",
    "bürgermeister", "candidate", "organiser", "organizer", "negotiator", "coordinator", "doctor", "judge", "prosecutor",
    # the same roles in the other languages we read: "sagte die Direktorin", "dijo el consejero", "la direttrice"
    "direktor", "direktorin", "leiter", "leiterin", "vorsitzende", "vorsitzender", "richter", "richterin",
    "consejero", "consejera", "directora", "presidenta", "gobernador", "gobernadora", "coronel", "comisario", "comisaria",
    "juez", "jueza", "fiscal", "rector", "rectora", "directrice", "commissaire", "gouverneur", "juge", "procureur", "procureure",
    "président", "présidente",
    "direttore", "direttrice", "generale", "assessore", "assessora", "colonnello", "governatore", "sindaca", "giudice",
    "procuratore", "rettore",
    # the clergy: "añadió el obispo", "a déclaré l’évêque"
    "bishop", "archbishop", "obispo", "arzobispo", "évêque", "archevêque", "vescovo", "arcivescovo", "bischof", "erzbischof",
    # and its priests, abbots, rabbis and imams: "sagte der Pater", "a ajouté le curé", "ha detto il parroco"
    "priest", "vicar", "rabbi", "imam", "pater", "pfarrer", "pfarrerin", "abt", "äbtissin", "priester", "pastor", "pastorin",
    "prêtre", "curé", "abbé", "pasteur", "rabbin", "sacerdote", "párroco", "parroco", "rabino", "rabbino",
    # professions a report names its people by once it has named them ("a déclaré la cinéaste", "ha detto l'ammiraglio")
    "athlete", "filmmaker", "lawyer", "researcher", "scientist", "admiral", "attorney", "barrister", "solicitor", "magistrate",
    "avocat", "avocate", "magistrat", "abogado", "abogada", "magistrado", "magistrada", "avvocato", "avvocata", "magistrato",
    # councillors and players: "la edil aseguró", "la jugadora añadió", "il consigliere ha detto"
    "edil", "concejal", "concejala", "regidor", "regidora", "jugador", "jugadora", "capitana", "portero", "portera", "técnico",
    "técnica", "seleccionador", "seleccionadora",
    "conseiller", "conseillère", "adjoint", "adjointe", "joueur", "joueuse", "consigliere", "consigliera", "giocatore",
    "giocatrice", "portiere",
    "cinéaste", "réalisateur", "réalisatrice", "entraîneur", "athlète", "chercheur", "chercheuse", "député", "députée",
    "sénateur", "sénatrice", "dirigeant", "dirigeante", "médecin", "capitaine", "amiral",
    "cineasta", "entrenador", "entrenadora", "atleta", "investigador", "investigadora", "diputado", "diputada", "senador",
    "senadora", "médico", "médica", "capitán", "almirante",
    "ammiraglio", "allenatore", "regista", "ricercatore", "ricercatrice", "comandante", "deputato", "deputata",
    "senatore", "medico", "capitano", "imprenditore", "imprenditrice",
    "geschäftsführer", "geschäftsführerin", "trainer", "trainerin", "anwalt", "anwältin", "forscher", "forscherin",
    "abgeordnete", "abgeordneter", "regisseur", "regisseurin", "admiral", "kapitän", "kapitänin", "arzt", "ärztin",
    "landrat", "landrätin", "kommandant", "kommandantin",
    # referees and coaches: "ha spiegato l'arbitro", "a déclaré l'arbitre", "sagte der Schiedsrichter"
    "referee", "umpire", "coach", "arbitro", "arbitra", "árbitro", "árbitra", "arbitre", "schiedsrichter", "schiedsrichterin",
    "tecnico", "ct",
    # playing positions: "dijo el delantero", "the striker said", "sagte der Stürmer"
    "striker", "goalkeeper", "goalie", "midfielder", "winger", "delantero", "delantera", "arquero", "arquera", "guardameta",
    "centrocampista", "mediocampista", "zaguero", "attaquant", "attaquante", "gardien", "défenseur", "attaccante",
    "difensore", "stürmer", "stürmerin", "torwart", "torhüter", "torhüterin", "verteidiger", "verteidigerin"}
# (not the dot of a title: "Gen. John Mills", "Sen.", "Dr.", "U.S.")
# (each branch tests its mark or space first and looks behind only then: three look-behinds tried at every
# position of the text cost twice the search)
_SENTENCE_BREAK = re.compile(r"[.!?](?<![A-Z].)(?<![A-Z][a-z].)(?<![A-Z][a-z]{2}.)[\"”»“’]?\s|\s(?<=[!?]\s)|\n")
# an English possessive right after a name: "Mitchell’s"
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s))")
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|der|die|le|la|el|il)?\s*((?:[\w’'-]+\s+){0,4}[\w’'-]+)")
_ROLE_SUFFIX = re.compile(f"(?:{prefix_tree_pattern(list(_ROLE_SUFFIXES))})$")
# a role with its definite article, ending the words before the verb ("the president-elect said") or
# opening those after it ("a déclaré la cinéaste en recevant le trophée", "ha detto l’ammiraglio.")
_DEFINITE_ROLE_ENDS = re.compile(r"(?:\b(?:the|der|die|le|la|el|il)\s+|\bl['’])(?:[\w-]+\s+)?[\w-]+[\s.,;:]*$", re.I)
_DEFINITE_ROLE_OPENS = re.compile(r"\s*(?:(?:the|der|die|le|la|el|il)\s+|l['’])(?:[\w-]+\s+)?[\w-]+", re.I)
# someone unnamed who speaks for the person named next: "the spokesman for Boris Johnson said that …"
_SPOKEN_FOR = re.compile(r"(?:spokes(?:man|woman|person)|porte-parole|portavoz|portavoce|Sprecher(?:in)?|entourage|aides?)"
                         r"\s+(?:of|for|de|du|di|del|della|von|des|d['’])\s*$", re.I)
_NATIONALITY_ENDS = re.compile(r"(?:^|\s)(?:the|der|die|le|la|l['’]|el|il|lo)\s*([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)[\s.,;:]*$")
# (not "the Iraqi military", "the German Chancellor")
_NATIONALITY_OPENS = re.compile(r"\s*(?:the|der|die|le|la|l['’]|el|il|lo)\s*([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)(?=\s*(?:[,.;:]|$))")
# one person of a nation, as German and French name them: "sagte der Däne", "a déclaré le Danois"
_DEMONYM_NOUNS = {word.lower() for word in (
    "Däne Dänin Schwede Schwedin Norweger Norwegerin Finne Finnin Franzose Französin Italiener Italienerin Spanier Spanierin "
    "Portugiese Portugiesin Brite Britin Engländer Engländerin Schotte Schottin Ire Irin Österreicher Österreicherin Schweizer "
    "Schweizerin Pole Polin Tscheche Tschechin Ungar Ungarin Russe Russin Ukrainer Ukrainerin Niederländer Niederländerin "
    "Belgier Belgierin Amerikaner Amerikanerin Kanadier Kanadierin Brasilianer Brasilianerin Argentinier Argentinierin "
    "Japaner Japanerin Chinese Chinesin Australier Australierin Kroate Kroatin Serbe Serbin Slowene Slowenin Grieche Griechin "
    "Türke Türkin Kenianer Kenianerin Isländer Isländerin "
    "Danois Danoise Suédois Suédoise Norvégien Norvégienne Finlandais Finlandaise Français Française Italien Italienne "
    "Espagnol Espagnole Portugais Portugaise Britannique Anglais Anglaise Écossais Écossaise Irlandais Irlandaise Allemand "
    "Allemande Autrichien Autrichienne Suisse Belge Néerlandais Néerlandaise Polonais Polonaise Tchèque Hongrois Hongroise "
    "Russe Ukrainien Ukrainienne Américain Américaine Canadien Canadienne Brésilien Brésilienne Argentin Argentine "
    "Japonais Japonaise Chinois Chinoise Australien Australienne Croate Serbe Grec Grecque Turc Turque Kényan Kényane"
).split()}
def _one_of_a_nation(word: str) -> bool:
    """Whether `word` names one person of a nation: "Portuguese" (no plural), "Däne", "Danois", or
    Spanish and Italian lower case ("el argentino", "il danese")."""
    if word[:1].isupper():
        return word.lower() in DEMONYMS and not word.endswith("s") or word.lower() in _DEMONYM_NOUNS
    return not word.endswith("s") and demonym_place(word, "es") is not None


_OFFICES = {"minister", "ministro", "ministra", "ministre", "president", "presidente", "presidenta", "président", "présidente",
            "secretary", "secretario", "secretaria", "governor", "gobernador", "gobernadora", "gouverneur", "mayor", "alcalde",
            "alcaldesa", "maire", "sindaco", "sindaca", "bürgermeister", "bürgermeisterin", "premier", "chancellor", "kanzler"}
_ROLE_OF_A_BODY = re.compile(r"\w\s+(?:of|de|del|di|della|du|des|der)\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-Ý][\w-]+\s*$")
# a common noun and "of" right before a name: what speaks is the noun's ("la defensa de", "the lawyers of"), unless
# it is a role the name holds ("el presidente de River") or what the name said ("en palabras de", "the words of")
_OWNER_BEFORE = re.compile(r"\b([a-zà-ÿ]{3,})\s+(?:of|de|del|di|della|du|des|von)\s+$")
_SPEECH_NOUNS = {"words", "palabras", "parole", "paroles", "propos", "mots", "declaraciones", "dichiarazioni", "déclarations",
                 "statement", "remarks", "comments", "worte", "aussagen"}


def _someone_of(text: str, position: int) -> bool:
    """Whether the name at `position` is the one someone unnamed speaks for or belongs to: "the spokesman of
    Boris Johnson", "la defensa de Pacheco", "the family of Ana Ruiz"."""
    window = max(0, position - 40)  # (the noun and "of" stand right before the name)
    if _SPOKEN_FOR.search(text, window, position):
        return True
    owner = _OWNER_BEFORE.search(text, window, position)
    return owner is not None and not _roles_of(owner.group(1)) and owner.group(1) not in _SPEECH_NOUNS


_UNNAMED_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "sprecher", "sprecherin", "portavoz", "porte-parole"}


def _role_words(words: list[str]) -> list[str]:
    """Role words of a phrase, compounds reduced to their role: "Verkehrsminister" → "minister"."""
    return [role for word in words for role in _roles_of(word)]


_ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|all|nell|sull|dall)['’]")


# sciences' practitioners, in each language we read: "La bióloga aseguró que …", "the geologist said"
_SCIENTIST_ENDINGS = ("ologist", "ólogo", "óloga", "ologo", "ologa", "ologe", "ologin", "ologue")


@lru_cache(maxsize=65536)
def _roles_of(word: str) -> tuple[str, ...]:
    found = []
    low = _ELIDED_ARTICLE.sub("", word.lower().strip(".,;:’'"))  # "l’ammiraglio", "dell'assessore"
    if low.endswith(_SCIENTIST_ENDINGS) and len(low) > 6:
        return ("scientist",)
    parts = [low] if low in _ROLE_VOCABULARY or low in _ROLE_NOUNS else [low, *low.split("-")]
    for part in parts:  # "president-elect" is not the president
        if part in _ROLE_VOCABULARY or part in _ROLE_NOUNS:
            found.append(part)
        else:
            compound = _ROLE_SUFFIX.search(part)
            if compound and compound.start() > 2:
                found.append(compound.group(0))
    return tuple(found)


def _speaker_near(context: str, speakers: _Speakers, outside: str, offset: int,
                  quote: tuple[int, int] | None = None) -> tuple[str | None, bool]:
    """(speaker, whether the context attributes speech at all). `offset` is where `context` starts in
    the paragraph's `outside` text, for pronouns that point back to the last person named; `quote`,
    where the quote stands in `context`."""
    if quote and (lead := _FOR_SOMEONE.search(context, 0, quote[0])) and not _VERB.search(lead.group("rest")):
        # "Pour le chef de file socialiste Karim Benslimane, « … »"; "Para muchos vecinos, «…»" names no one
        # ("Selon le porte-parole, Jean Dupont, « … »": the name in apposition, after the first comma)
        named = speakers.named_in(lead.group("who") if lead.group("rest").strip() else lead.group(0))
        return (named[-1][1] if named else None), True
    every_latin_verb = list(_VERB.finditer(context))
    # a plural verb's subject is a group: "«…», hanno detto i sindacati" is theirs, no one person's (and not the
    # paragraph's last speaker's, as a quote with no verb would be)
    verbs = [verb for verb in every_latin_verb if not _PLURAL_VERB.fullmatch(verb.group(0))]
    if every_latin_verb and not verbs:
        return None, True
    cjk = not verbs
    every_verb = verbs
    if cjk:
        verbs = every_verb = list(_CJK_VERB.finditer(context))
        if quote and verbs:
            verbs = _cjk_verb_of(context, verbs, quote) or verbs
    if not verbs:
        if quote:
            # "Sophie Lanier, 34 ans, attendait depuis le matin : « … »": a sentence about a person, then a
            # colon and the quote, is that person's
            before_quote = context[: quote[0]].rstrip(" «“„\"‘‹「")
            if before_quote.endswith((":", "：")):
                sentence = _SENTENCE_BREAK.split(before_quote)[-1]
                named = speakers.named_in(sentence)
                if named:
                    return named[0][1], True
        return None, False
    best: tuple[int, str] | None = None
    named = speakers.named_in(context)
    if cjk and quote and (cleft := _JA_CLEFT.match(context, quote[1])):
        # "「…」と嘆くのは、名護市の金城美咲さん。": the one who says it is named after the quote
        named_after = [name for position, name in named if position >= cleft.end() and "。" not in context[cleft.end() : position]]
        if named_after:
            return named_after[0], True
    if cjk:
        # Chinese and Japanese name the speaker before the quote and its verb, in the same sentence
        # ("森田氏は「…」と述べた。大西氏は…": the next sentence's subject is not the speaker)
        # ("X說：「…」一位大學生說：「…」": nor with another speech verb between, whose subject the name is)
        named = [(position, name) for position, name in named
                 if any(position < verb.start() and "。" not in context[position : verb.start()]
                        and not any(position < other.start() < verb.start() for other in every_verb) for verb in verbs)]
    if not cjk:
        for verb in verbs:
            before = context[: verb.start()]
            found, subject = _subject_before_a_clause(before, speakers.name_spans(before))
            if found:
                if subject is None:
                    return None, True
                best = (0, subject)
                break
    # ("La defensa de Pacheco aseguró …", "the family of Ana Ruiz said": someone of theirs speaks, unnamed)
    speaking = [(position, name) for position, name in named if not _someone_of(context, position)] if best is None else []
    for verb in verbs if best is None else ():
        for position, name in speaking:
            if verb.group(0).lower() in _HEARER_FOLLOWS and position >= verb.end() and not context[verb.end() : position].strip():
                continue  # "she told Brophy-Nance": the one told, not the speaker
            distance = abs(position - verb.start())
            if distance <= SPEAKER_WINDOW and (best is None or distance < best[0]):
                best = (distance, name)
    if best is None:
        # "betonte der Präsident des Bundesverbands der Binnenschifffahrt, Jens Ohlendorf.": a long role,
        # then the name in apposition, still in the verb's sentence
        for verb in verbs:
            in_apposition = [(position, name) for position, name in named
                             if 0 < position - verb.end() <= APPOSITION_WINDOW and context[position - 2 : position] == ", "
                             and not _SENTENCE_STOP.search(context, verb.end(), position)]
            if in_apposition:
                best = (0, in_apposition[0][1])
                break
    if best is None and not cjk:
        # "Kayla Munro, whose daughter was in hospital for 11 days, said: …": the sentence's subject, a clause
        # about them before the verb
        for verb in verbs:
            opening = ([0] + [m.end() for m in _SENTENCE_BREAK.finditer(context, 0, verb.start())])[-1]
            subjects = [span for span in speakers.name_spans(context) if opening <= span[0] < verb.start()]
            if (len(subjects) == 1 and not context[opening : subjects[0][0]].strip(" «“„\"")
                    and _RELATIVE_CLAUSE.match(context, subjects[0][1])):
                best = (0, subjects[0][2])
                break
    if best:
        return best[1], True
    # the verb next to the quote ("When asked how long …, he said: “…”": "said", not "asked")
    verb = min(verbs, key=lambda v: min(abs(v.start() - quote[1]), abs(quote[0] - v.end()))) if quote and not cjk else verbs[0]
    if cjk:
        # "他說：「…」", "彼は「…」と述べた": a pronoun points back to the last person named
        subject = context[: verb.start()].rstrip(" ：:，,")
        # (or opening the clause, a few characters before the verb: "他賽後說：「…」", "她隨後表示：「…」"; "他們" is a group)
        clause = _CJK_CLAUSE_BREAK.split(subject)[-1]
        pronoun = (subject[-1:] in _CJK_PRONOUNS or any(p in subject for p in ("他表示", "她表示"))
                   or clause[:1] in _CJK_PRONOUNS and clause[1:2] not in "们們" and len(clause) <= CJK_PRONOUN_CLAUSE_MAX)
        # Japanese drops the subject of a sentence that goes on about the person just named ("「…」とも語った");
        # a subject it states without a name ("幹部は「…」") is someone unnamed
        dropped = bool(_KANA.search(context)) and not re.search("[はがも]", subject)  # ("大韓航空も「…」": a subject stated)
        if pronoun or dropped:
            return speakers.last_before(outside, offset + verb.start()), True
        return speakers.by_title(subject), True  # "副署長說：「…」": the deputy director named before
    # who stands next to the verb: "he said", "said the minister", "the Prime Minister added"
    before = " ".join(context[max(0, verb.start() - SPEAKER_WINDOW) : verb.start()].split()[-4:])
    after_text = context[verb.end() : verb.end() + SPEAKER_WINDOW]
    after = " ".join(after_text.split()[:4])
    here = offset + verb.start()
    if ((unnamed := _INDEFINITE_AFTER.match(after_text)) and not before.strip(" ,.»”\"“«„)")[-1:].isalpha()
            and (unnamed["article"].lower() not in {"a", "an"} or verb.group(0).lower() in _ENGLISH_SPEECH_VERBS)):
        return None, True  # "said a driver", "ha raccontato in aula un autista": someone the article does not name
    if (
        _PRONOUN.search(before.split()[-1] if before else "")
        or _PRONOUN_AFTER.match(after_text)
        or _INVERTED_SUBJECT.search(verb.group(0))
        or (_NOTHING_AFTER.match(after_text) and not before.strip(" ,.»”\"“«„)")[-1:].isalpha())  # "(NGG) forderte „…“." names its subject
    ):
        return speakers.last_before(outside, here), True
    for phrase in (before, after):
        resolved = speakers.by_role(phrase, outside, here)
        if resolved:
            return resolved, True
    return None, True  # "officials said", "the ministry said": no person to name


def _subject_before_a_clause(before: str, spans: list[tuple[int, int, str]]) -> tuple[bool, str | None]:
    """(whether, who): the subject of the sentence that `before` ends, right before its speech verb,
    when a clause about the subject ends there: "Coach Luis Ferreira, whose side meets Melbourne
    Victory on Saturday, told reporters …" is Ferreira's, whoever the clause names, and so is
    "Facundo Arrieta, de Luján de Cuyo, aseguró …"; "Doctors Nova Scotia, which represents 3,700
    physicians, warned …" is a body's, no person's. `spans`: the people named in `before`
    (`_Speakers.name_spans`)."""
    if not before.rstrip().endswith(","):
        return False, None
    opening = ([0] + [m.end() for m in _SENTENCE_BREAK.finditer(before)])[-1]
    subjects = [span for span in spans if opening <= span[0]]
    # (a role or an article may open the sentence: "Coach Luis Ferreira, whose …")
    if not subjects or len(before[opening : subjects[0][0]].split()) > 3 or "," in before[opening : subjects[0][0]]:
        return False, None
    after_subject = before[subjects[0][1] :]
    if _RELATIVE_CLAUSE.match(after_subject) or _ORIGIN_APPOSITION.fullmatch(after_subject):
        return True, subjects[0][2]
    if _BODY_CLAUSE.match(after_subject):
        return True, None
    return False, None


def extract_quotes(paragraphs: list[str], entities: list[Mention]) -> list[Quote]:
    # what each paragraph quotes and reports, found before anyone is looked for: about half of all
    # articles quote no one, and then who is named where need not be worked out at all
    layout = []
    for paragraph in paragraphs:
        spans = quote_spans(paragraph)
        outside = _blank(paragraph, ((span.start, span.end) for span in spans))
        clauses = _indirect_clauses(paragraph, outside, spans)
        if _CJK.search(paragraph):  # a name in characters inside English prose keeps the English rules too
            clauses = sorted(clauses + _cjk_indirect_clauses(paragraph, outside))
        layout.append((spans, outside, clauses))
    if not any(spans or clauses for spans, _, clauses in layout):
        return []
    people = [m for m in entities if m.kind == "person"]
    speakers = _Speakers(people, paragraphs)
    quotes: list[Quote] = []
    pending: list[str] = []  # a bare quote paragraph: the attribution follows
    headline_quotes: list[int] = []
    for number, paragraph in enumerate(paragraphs):
        speakers.paragraph_speaker = None
        speakers.reading(number)
        spans, outside, clauses = layout[number]
        if pending and not spans:
            speaker, attributed = _speaker_near(outside, speakers, outside, 0)
            if not attributed:
                speaker = None
            quotes.extend(Quote(text, speaker, True) for text in pending)
            pending = []
        elif pending:
            quotes.extend(Quote(text, speakers.last_named, True) for text in pending)
            pending = []
        if spans and not outside.strip(" ,.;:—–-"):
            if number == 0 and len(paragraphs) > 1:
                headline_quotes += range(len(quotes), len(quotes) + len(spans))
                quotes.extend(Quote(span.text, None, True) for span in spans)
            else:
                pending = [span.text for span in spans]
            speakers.mentioned(paragraph)
            continue
        # direct quotes (their parts) and reported clauses (the text before the verb, the clause, where it starts and ends)
        found: list[tuple[int, list[_Span] | tuple[str, str, int, int]]] = [
            (group[0].start, group) for group in _join_split_quotes(spans, outside)]
        found += [(verb_start, (before, what, clause_start, clause_end)) for verb_start, before, what, clause_start, clause_end in clauses]
        reported: list[tuple[int, int, str | None]] = []  # reported clauses and who reports them
        for position, item in sorted(found, key=lambda f: f[0]):
            if isinstance(item, list):
                group = item
                left, context = _context(outside, group[0].start, group[-1].end)
                if _closes_sentence(group[-1], outside) and (
                        any(group[-1].end < verb < left + len(context) for verb, *_ in clauses)
                        or _after_a_colon(outside, group[0].start)):
                    # "« Et les patients le sentent. » Le syndicat a affirmé que …": the next sentence reports
                    # speech of its own, and is no attribution of the quote; "El guardabosques lo resume así: «….»
                    # Desde marzo, cuenta, …": a quote a colon brings in is attributed before it, not in the next sentence
                    context = context[: group[-1].end - left]
                elif (taken := _taken_by_the_next_quote(group[-1], spans, outside)) is not None:
                    context = context[: taken - left]
                within = [who for start, end, who in reported if start <= group[0].start < end]
                if within:
                    # a partial quote inside "X said that …" is X's
                    speaker, attributed = within[-1], True
                else:
                    # a pronoun points back past the names inside what was reported: "Richterin Claudia Strohmaier
                    # sagte, dass Pölzl … vorgegangen sei. „…“, sagte sie." is hers
                    said_by = _blank(outside, ((start, end) for start, end, _ in reported)) if reported else outside
                    speaker, attributed = _speaker_near(context, speakers, said_by, left,
                                                        (group[0].start - left, group[-1].end - left))
                if not attributed:
                    # a second quote of the paragraph's speaker, or of the one the sentence before has speak
                    speaker = speakers.paragraph_speaker or _cjk_speaker_just_before(outside, group[0].start, speakers)
                if number == 0 and len(paragraphs) > 1:
                    headline_quotes.append(len(quotes))
                quotes.append(Quote(" ".join(span.text for span in group), speaker, True))
            else:
                before, what, clause_start, clause_end = item
                named_spans = speakers.name_spans(before)
                named = [(start, name) for start, _, name in named_spans]
                if _PLURAL_VERB.match(outside, position):
                    speaker = None  # "Gli organizzatori hanno riferito che …": a group, no one person
                elif named and _someone_of(before, named[-1][0]):
                    speaker = None  # "Le porte-parole de Boris Johnson a assuré que …": his spokesman, unnamed
                else:
                    subject_found, speaker = _subject_before_a_clause(before, named_spans)
                    if not subject_found and named and (other := _another_subject(before, named_spans[-1][1])) is not None:
                        # "Helen Fortier announced, as United Nations agencies warned that …": the name is the
                        # subject of the verb after it, and the clause's own subject comes later
                        speaker = _unnamed_subject(before[other:], speakers, outside, position)
                    elif not subject_found:
                        speaker = named[-1][1] if named else _unnamed_subject(before, speakers, outside, position)
                quotes.append(Quote(what, speaker, False))
                reported.append((clause_start, clause_end, speaker))
            if speaker:
                speakers.paragraph_speaker = speaker
                speakers.spoken.add(speaker)
        speakers.mentioned(outside)
    quotes.extend(Quote(text, speakers.last_named, True) for text in pending)
    return _headline_speakers(quotes, headline_quotes)


def _taken_by_the_next_quote(span: _Span, spans: list[_Span], outside: str) -> int | None:
    """Where the words after a quote start to belong to the next quote rather than to it, if they do: they introduce
    it ("„…geräumt.“ Anwohner Gerd Schömer sagte: „…“"; after "„…“, sagte Wendt." only the next sentence does), or
    the quote ended its sentence and the next opens at once ("„Jetzt können wir planen.“ „Wir haben lange gezögert“,
    sagte Marco Rüegg"). A quote left with no attribution is its paragraph's speaker's."""
    following = next((other for other in spans if other.start >= span.end), None)
    if following is None:
        return None
    between = outside[span.end : following.start]
    if not between.strip():
        return span.end if span.text[-1:] in ".!?…" else None
    if not between.rstrip().endswith(":"):
        return None
    introduction = span.end + _last_sentence_end(between, len(between))
    introducing = outside[introduction : following.start]
    if len(introducing.split()) > 12 or _VERB.search(introducing) is None:
        return None
    return introduction


def _cjk_speaker_just_before(outside: str, start: int, speakers: _Speakers) -> str | None:
    """Who speaks in the Chinese or Japanese sentence right before a quote with no attribution of its own:
    the quote goes on with their words ("总经理王建国说，公司今年新招了80名员工。「我们要…」")."""
    before = outside[:start].rstrip(" 「『“")
    if not before.endswith(("。", "！", "？")):
        return None
    opening = max(before.rfind("。", 0, len(before) - 1), before.rfind("」", 0, len(before) - 1)) + 1
    sentence = before[opening:]
    if not _CJK.search(sentence) or not _CJK_VERB.search(sentence):
        return None
    speaker, attributed = _speaker_near(sentence, speakers, outside, opening)
    return speaker if attributed else None


def _after_a_colon(outside: str, start: int) -> bool:
    """Whether a colon brings in the quote opening at `start` ("… lo resume así: «…»")."""
    return outside[max(0, start - 4) : start].rstrip(" «“„\"‘‹「").endswith((":", "："))


def _closes_sentence(span: _Span, outside: str) -> bool:
    """Whether a quote ends its sentence: its words end with a full stop, "!" or "?" and a capital
    opens what follows."""
    following = outside[span.end : span.end + 40].lstrip()
    return span.text[-1:] in ".!?…" and following[:1].isupper()


def _headline_speakers(quotes: list[Quote], headline: list[int]) -> list[Quote]:
    """A headline quote is said by whoever the body gives it to (no one, when the body quotes it from
    someone it does not name: "One mother wrote: …"), whoever the headline names with it when the body
    does not quote it, or else by the body's first speaker."""
    in_headline = set(headline)
    body = [q for i, q in enumerate(quotes) if i not in in_headline]
    first_speaker = next((q.speaker for q in body if q.speaker), None)
    for index in headline:
        quote = quotes[index]
        same = _body_quote_of(quote.text, body)
        if same is not None:
            quotes[index] = Quote(quote.text, same.speaker, True)
        elif quote.speaker is None and first_speaker is not None:
            quotes[index] = Quote(quote.text, first_speaker, True)
    return quotes


# of a headline quote's words, or in Chinese and Japanese its characters' pairs (of which an inflection changes
# more), the body's quote must hold
HEADLINE_QUOTE_OVERLAP = {"words": 0.6, "characters": 0.5}


def _body_quote_of(text: str, body: list[Quote]) -> Quote | None:
    """The body's quote, direct or reported, that a headline quote shortens: one holding it whole, or else
    the one holding most of its words ("Sleep was a luxury" of "Sleep was a luxury for us, he said"), or
    of its characters' pairs in Chinese and Japanese, which a headline reworded ("休憩は名ばかりだった" of
    "休憩は名ばかりで、…")."""
    low = text.lower()
    whole = [q for q in body if low in q.text.lower() or q.text.lower() in low]
    if whole:
        return next((q for q in whole if q.direct), whole[0])
    pieces = _pieces(low)
    if len(pieces) < 3:
        return None
    best, best_share = None, HEADLINE_QUOTE_OVERLAP["characters" if _CJK.search(low) else "words"]
    for q in body:
        share = len(pieces & _pieces(q.text.lower())) / len(pieces)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = q, share
    return best


def _pieces(text: str) -> set[str]:
    """A text's words, or in Chinese and Japanese its pairs of characters."""
    if _CJK.search(text):
        letters = [c for c in text if c.isalnum()]
        return {a + b for a, b in zip(letters, letters[1:])}
    return set(re.findall(r"\w+", text))


def _blank(paragraph: str, spans: Iterable[tuple[int, int]]) -> str:
    """The paragraph with the (start, end) spans of its quotes or reported clauses replaced by
    spaces (positions kept), built in one pass."""
    pieces, position = [], 0
    for start, end in spans:
        start = max(start, position)
        pieces += [paragraph[position:start], " " * max(0, end - start)]
        position = max(end, position)
    pieces.append(paragraph[position:])
    return "".join(pieces)


CONTEXT_REACH = 300  # characters searched either side of a quote for its sentence's ends


_NEW_CLAUSE = re.compile(r",\s+(?:(?:as|while|when|whereas|but|and|mientras|alors que|tandis que|während|mentre)(?!\w)\s*)?")


def _another_subject(before: str, name_end: int) -> int | None:
    """Where a new clause's subject starts in `before`, when a speech verb of its own follows the name
    that ends at `name_end` and a comma opens another clause after it; None when there is none."""
    verb = _VERB.search(before, name_end)
    if verb is None:
        return None
    clause = _NEW_CLAUSE.search(before, verb.end())
    # (", but added that …" goes on with the same subject: no word stands for a new one; nor does a gerund,
    # "ha parlato all'economia, spiegando che …")
    rest = before[clause.end() :].split() if clause else []
    return clause.end() if clause and rest and not rest[0].endswith(_GERUND_ENDINGS) else None


def _unnamed_subject(before: str, speakers: _Speakers, outside: str, position: int) -> str | None:
    """"He said that …" → the last person named; "the minister said that …" → the person holding that
    role; "the ministry said that …" → nobody."""
    words = before.split()
    while len(words) > 1 and words[-1].lower() in _BETWEEN_SUBJECT_AND_VERB:
        words.pop()  # "she said he had told them that …": his
    if words and _PRONOUN.fullmatch(words[-1]) or before.rstrip()[-1:] in _CJK_PRONOUNS or _PRO_DROP.search(before):
        return speakers.last_before(outside, position)
    if _CJK_BODY_SUBJECT.search(_CJK_WHEN.sub("", before.rstrip())):
        return None  # "運輸署表示", "屯門醫院發言人表示": a body, or its unnamed spokesperson, reports
    return speakers.by_role(" ".join(words[-4:]), outside, position)


# when, between the subject and the verb: "農業部15日表示", "运输署昨天表示"
_CJK_WHEN = re.compile(r"(?:\d{1,2}[日号號]|[今昨前]天|[今昨]日|本日|日前|稍早|上午|下午|晚間|晚间)+$")
# what ends a Chinese body's name, or its spokesperson's title, right before the speech verb
_CJK_BODY_SUBJECT = re.compile(r"(?:[局署處处院部會会所台社廳厅府]|公司|集團|集团|方面|發言人|发言人|官員|官员)$")


# the verb opens its sentence ("Ha aggiunto che …", "Añadió que …"), maybe after an adverb ("También advirtió
# que …", "Inoltre ha spiegato che …"): its subject is the last person named
_PRO_DROP = re.compile(r"(?:^|[.;:])\s*(?:(?:También|Además|Asimismo|Luego|Después|Inoltre|Poi|Anche|Infine|Aussi|Ensuite|Puis|Enfin)\s*,?\s*)?$")


def _context(outside: str, start: int, end: int) -> tuple[int, str]:
    """The sentence(s) around a quote with the quote blanked, and where they start: from the last
    sentence end before it to the first one after it, looking at most CONTEXT_REACH characters away
    (keeps huge lines linear)."""
    low, high = max(0, start - CONTEXT_REACH), min(len(outside), end + CONTEXT_REACH)
    left = max(outside.rfind(". ", low, start), outside.rfind("! ", low, start), outside.rfind("? ", low, start),
               outside.rfind("。", low, start), low - 1)  # (Chinese and Japanese end sentences with 。 and no space)
    full_stop = outside.find(". ", end, high)
    while full_stop != -1 and _ends_abbreviation(outside, full_stop):
        full_stop = outside.find(". ", full_stop + 2, high)  # "said Dr. Helen Marquez": a title, not the sentence's end
    right_candidates = [i for i in (full_stop, outside.find("! ", end, high), outside.find("? ", end, high), outside.find("。", end, high))
                        if i != -1]
    right = min(right_candidates) if right_candidates else high - 1
    return left + 1, outside[left + 1 : right + 1]


def _join_split_quotes(spans: list[_Span], outside: str) -> list[list[_Span]]:
    """"We will not leave," he said, "until the job is done." is one quote in two parts."""
    groups: list[list[_Span]] = []
    for span in spans:
        if groups:
            previous = groups[-1][-1]
            between = outside[previous.end : span.start]
            if len(between.split()) <= 6 and _VERB.search(between) and between.strip().endswith(",") and not span.text[:1].isupper():
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


CLAUSE_MAX = 400  # characters: no reported clause runs longer
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n")


def _indirect_clauses(paragraph: str, outside: str, spans: list[_Span]) -> list[tuple[int, str, str, int, int]]:
    """(where the speech verb stands, the text before it, the reported clause, where the clause starts
    and ends) for "X said that …".
    The verb and its complementiser must stand outside quotes; the clause is taken verbatim from the
    paragraph, quotes inside it and all, up to its sentence's end."""
    if not _COMPLEMENTISER.search(outside):
        return []  # most paragraphs: no "that" to introduce a clause, so no speech verb need be looked for
    found = []
    position = 0
    for verb in _VERB.finditer(outside):
        if verb.start() < position or verb.group(0).lower() in _NO_CLAUSE_VERBS:
            continue
        that = _THAT.match(outside, verb.end())
        if not that:
            continue
        complementiser_end = that.start() + len(that.group(0).rstrip())
        gap = outside[verb.end() : that.start("word")]
        if that.group("word").lower() in {"que", "che"} and gap.rstrip().endswith(",") and _CAPITALISED.search(gap):
            # "lamentó Nuria Castro, que regenta un hotel": a relative clause about the speaker named after the verb
            # (German writes a comma before every "dass"; "told Raymond Thibodeau, 58, that he had …" is a clause)
            continue
        if ((nearer := _VERB.search(outside, verb.end(), that.start("word"))) and not nearer.group(0).endswith(_GERUND_ENDINGS)
                and not _PASSIVE_BEFORE.search(outside, verb.end(), nearer.start())):
            # "Fortier announced, as UN agencies warned that …": the nearer verb reports the clause ("the president
            # wrote …, adding that …" is the first verb's subject going on, and "he said he was told that …" his)
            continue
        if any(verb.end() <= span.start < complementiser_end and _VERB.search(outside, span.end, complementiser_end) for span in spans):
            continue  # "«…», ha detto Mati, «…» Mati ha poi dichiarato che …": after a quote, another verb reports it
        # (the clause starts after the white space of the paragraph, not of `outside`, where a quote that
        # opens it is blanked: "afirmó que «la situación está controlada»")
        white = _WHITE_SPACE.match(paragraph, complementiser_end)
        start = white.end() if white else complementiser_end
        end = _sentence_end(paragraph, start, spans)
        what = paragraph[start:end].strip().rstrip(",")
        if len(what.split()) >= INDIRECT_MIN_WORDS or (any(s.start >= start and s.end <= end for s in spans) and len(what.split()) >= MIN_WORDS):
            sentence_start = max(_last_sentence_end(outside, verb.start()), verb.start() - 120)
            found.append((verb.start(), outside[sentence_start : verb.start()], what, start, end))
            position = end
    return found


# Chinese "X表示，…。" and Japanese "Xは、…と述べた": the reported clause after the verb, or
# between the topic and the verb ("X指出，…" points a finding out, which the labelled sets, eight times in eight,
# do not take for reported speech, as they do not take "found" or "show")
_ZH_REPORTED = re.compile(r"(?:表示|強調|强调|透露|稱|称)[，,：:]([^。！？]+)")
# the verb first, then the topic before it in its sentence: a pattern with the topic and the clause as
# two open spans backtracks cubically on long lines with no 。
_JA_SPEECH_STEMS = "述べ|発表し|話し|説明し|強調し"
_JA_REPORTING_VERB = re.compile(rf"と(?:{_JA_SPEECH_STEMS}|語っ)")
# the same verbs in the form that goes on to a second clause: "「…」と話し、…と述べた"
_JA_SAID_AND = re.compile(rf"と(?:{_JA_SPEECH_STEMS}|語り)、")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK_CREDIT = re.compile(r"【[^】]*】|[（(][^）)]{0,8}?(?:記者|记者)[^）)]*[）)]")  # ("（中央社記者林佳慧台南15日電）" too)
TOPIC_MAX = 30  # characters between a sentence's start and its topic marker は
SENTENCE_REACH = 400  # characters looked back for the sentence's start (keeps unpunctuated lines linear)
_CJK_PRONOUNS = set("他她")
_CJK_CLAUSE_BREAK = re.compile(r"[。！？!?，,；;、」』]")
CJK_PRONOUN_CLAUSE_MAX = 5  # a pronoun and a short adverbial of time: "他賽後", "她隨後", "他在會上"
_QUOTE_ENDING_A_SENTENCE = re.compile(r"[。！？!?][」』”]")


def _cjk_indirect_clauses(paragraph: str, outside: str) -> list[tuple[int, str, str, int, int]]:
    """`_indirect_clauses` for Chinese and Japanese, on the text outside quotes (a quoted clause
    before と述べた is a direct quote, found as such)."""
    found = []
    position = 0
    while match := _ZH_REPORTED.search(outside, position):
        start, end = match.span(1)
        # a quote that ends its sentence inside its marks ends the clause ("表示：「…。」李思遠表示，…"), and a clause that is
        # only that quote is direct speech, found as such ("表示，「過緊日子」不是…" reports a clause with a quote inside)
        if closing := _QUOTE_ENDING_A_SENTENCE.search(paragraph, start, end):
            end = closing.end()
        position = end
        what = paragraph[start:end].strip()
        if len(_CJK.findall(what)) >= MIN_CJK_CHARACTERS and _CJK.search(outside, start, end):
            # the sentence, after a credit that opens it ("【中央社記者林怡君台北22日電】", "（记者王晓雨）"): the reporter reports, not says
            sentence_start = max(outside.rfind("。", 0, match.start()) + 1, match.start() - 120,
                                 *(credit.end() for credit in _CJK_CREDIT.finditer(outside, 0, match.start())),
                                 # a quote that ends its sentence inside its marks ("…。」運輸署表示，") ends it for the clause too
                                 *(closing.end() for closing in _QUOTE_ENDING_A_SENTENCE.finditer(paragraph, 0, match.start())))
            found.append((match.start(), outside[sentence_start : match.start()], what, start, end))
    if not _KANA.search(paragraph):
        return sorted(found)  # Japanese writes kana; Chinese has no は topic to look for
    for verb in _JA_REPORTING_VERB.finditer(outside):
        reach = max(0, verb.start() - SENTENCE_REACH)
        sentence_start = max(outside.rfind("。", reach, verb.start()) + 1, reach)
        topic = outside.find("は", sentence_start, min(verb.start(), sentence_start + TOPIC_MAX))
        if topic == -1:
            continue
        start, end = topic + 1, verb.start()
        if said := list(_JA_SAID_AND.finditer(outside, start, end)):
            start = said[-1].end()  # "Xは「…」と話し、方針だと述べた": after the quote and its verb, a clause of its own
        what = paragraph[start:end].strip("、 ")
        # (a clause that is only a quote, or a quote to someone, is the quote, found as such: "記者団に「…」と述べた"; one
        # with a subject of its own around a quote is reported: "一審が被告の説明を「安易に信用した」と述べた")
        words = outside[start:end]  # (with the quote blanked)
        if (len(_CJK.findall(what)) >= MIN_CJK_CHARACTERS and ("  " not in words or "が" in words and "は" not in words)
                and "「" not in outside[sentence_start:topic]):
            found.append((start, outside[sentence_start:topic], what, start, end))
    return sorted(found)


def _cjk_verb_of(context: str, verbs: list[re.Match[str]], quote: tuple[int, int]) -> list[re.Match[str]]:
    """The speech verb that introduces a Chinese or Japanese quote ("X說：「…」") or follows it ("「…」と述べた",
    "「…」X說。"), when there is one: another quote's verb in the same stretch of text is not its."""
    leading = [v for v in verbs if v.end() <= quote[0] and not re.search("[。！？]", context[v.end() : quote[0]])]
    if leading:
        return leading[-1:]
    trailing = [v for v in verbs if v.start() >= quote[1] and "。" not in context[quote[1] : v.start()]]
    return trailing[:1]


def _sentence_end(paragraph: str, start: int, spans: list[_Span]) -> int:
    """The end of the sentence that `start` is in, skipping full stops inside quotes and numbers."""
    position = start
    limit = min(len(paragraph), start + CLAUSE_MAX)  # an unpunctuated page has no sentence end to find
    while True:
        match = _CLAUSE_END.search(paragraph, position, limit)
        if match is None:
            return limit
        inside = next((s for s in spans if s.start < match.start() < s.end - 1), None)
        if inside is not None:
            position = inside.end
            continue
        if match.group(0) == "." and _ends_abbreviation(paragraph, match.start()):
            position = match.end()
            continue
        return match.start() if paragraph[match.start() - 1 : match.start()] not in "”\"’»“" else match.start()


# the word before a dot, looked for in the few characters before it: searching the whole text before the dot cost
# time in proportion to the paragraph's length, and a word that fills the window is longer than any abbreviation
_WORD_BEFORE_DOT = re.compile(r"[\w.]+$")
_ABBREVIATION_WINDOW = 8
# abbreviations whose dot ends no sentence: titles before a name ("said Rep. Ana Ruiz", "Sgt. Paul Lee said"), "U.S."
_DOTTED_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"u.s", "u.n", "st", "no", "det", "maj", "adm", "amb"}


def _ends_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - _ABBREVIATION_WINDOW), dot)
    return word is not None and (len(word.group(0)) == 1 or word.group(0).lower() in _DOTTED_ABBREVIATIONS)


def _last_sentence_end(text: str, position: int) -> int:
    ends = [text.rfind(mark, 0, position) for mark in (". ", "! ", "? ")]
    return max(ends) + 2 if max(ends) >= 0 else 0
