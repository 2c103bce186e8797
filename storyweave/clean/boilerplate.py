"""Line-level rules for the noise scraped pages carry around an article.

Each rule names a *kind* of noise, never a phrase from one page, so it holds on pages not seen
before; what the rules miss but repeats across many articles is caught by `repeated.py`."""

from __future__ import annotations

import re

_LANG_CODES = set(
    "en ru ua uk de fr es it pt nl pl tr ar zh ja ko he fa hi ro hu cs sk bg el sv da no fi et lv lt ka az kk be by sr hr sl mk sq"
    .split()
)

# one name of a few capitalised words, and a wire's credit for a part of the work: "Additional reporting by A and B in C"
_CREDITED_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}"
_WIRE_CREDIT = (r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|photography|fact-?checking|production)"
                rf"\s+by)\s+{_CREDITED_NAME}(?:\s*(?:,|\band\b|&)\s*{_CREDITED_NAME})*(?:\s+in\s+{_CREDITED_NAME})?")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "27.2 C", "18.4 C Kellmarsh", "18°C London"; the town first when the degree sign follows ("Sarreguemines 3,1 °C")
    ("weather widget", re.compile(r"^[-+]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\b\.?(?:\s+[A-Z][\w'’.-]*){0,3}$"
                                  r"|^(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[-+−]?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]\b\.?$")),
    ("advertisement", re.compile(r"^[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|реклама)[-–—\s]*$", re.I)),
    ("navigation", re.compile(
        r"^(?:must read|latest articles?|more articles|related articles?|related stories|related posts?|recommended(?: for you)?"
        r"|popular(?: posts| now)?|trending(?: now)?|read next|up next|you may also like|you might also like|most read|most popular"
        r"|more (?:news|stories|from [\w .'-]{1,40})|top stories|editor'?s picks?|latest news|breaking news|skip to (?:main )?content"
        r"|menu|home|search|previous article|next article|share|tweet|print|email)\s*:?$", re.I)),
    ("comment prompt", re.compile(
        r"^(?:\+\s*)?(?:please enter your (?:comment|name|email)(?: (?:address )?here)?|there are no comments(?: yet)?|add yours"
        r"|leave a (?:reply|comment)|post a comment|\d+\s+comments?|no comments(?: yet)?|comments?|cancel reply|login to comment"
        r"|you must be logged in to post a comment|save my name, email, and website in this browser for the next time i comment)\W*$", re.I)),
    ("sharing widget", re.compile(
        r"^(?:%d bloggers like this|like this|like loading\.*|share this(?: article| story)?|share on \w+|click to share on \w+.*"
        r"|follow us on .{1,60}|share via .{1,40}|copy link)\s*:?$", re.I)),
    # a link to another article, in the languages storyweave reads: "READ MORE:", "LIRE AUSSI :", "LEGGI ANCHE:"
    ("promo link", re.compile(
        r"^(?:read more|also read|read also|see also|related|watch|watch now|listen|click here|more on this|related coverage|recommended reading"
        r"|(?:à )?lire aussi|(?:à )?lire également|voir aussi|leggi anche|leggi pure|vedi anche|lea también|lee también|ver también"
        r"|más información|lesen sie auch|mehr zum thema|auch interessant|leia também|saiba mais|lees ook)\s*[:|»>–—-]\s*\S.*$", re.I)),
    ("newsletter", re.compile(r"^(?:sign up|subscribe)\b.{0,80}(?:newsletter|inbox|updates)\b.*$", re.I)),
    # "© 2024 Harbor Ledger", "Copyright 2024 …": the mark or a year, not "Copyright holders welcomed …"
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,160}$|^all rights reserved\.?$", re.I)),
    ("cookie notice", re.compile(r"^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:web)?site"
                                 r"|accept (?:all )?cookies|cookie (?:policy|settings|preferences)).{0,200}$", re.I)),
    ("tag list", re.compile(r"^(?:tags?|topics?|filed under|categories)\s*:.{0,200}$", re.I)),
    # "KESTREL TIMES | Economy", "Home › World › Europe": where the page sits, not what it says
    # "/" also separates things in prose ("Ukraine / Russia"): as a breadcrumb it needs three parts. A "»" that
    # closes a "«" is a French quotation mark: "« On vend à perte » : colère à Korhogo" is a headline
    ("breadcrumb", re.compile(r"^[^.!?|›»>/«]{1,40}(?:\s+[|›»>]\s+[^.!?|›»>/«]{1,40}){1,4}$|^[^.!?/]{1,40}(?:\s+/\s+[^.!?/]{1,40}){2,4}$")),
    ("wire end marker", re.compile(r"^\(?\s*(?:ends?|end|fin)\s*\)?\.?$", re.I)),
    # a wire's credits under the story: "Reporting by Thoko Mhango in Lilongwe; Editing by Paul Ridley", names only
    # after each "by" ("Reporting by the BBC has shown …" is prose)
    ("byline", re.compile(rf"^{_WIRE_CREDIT}(?:\s*[;,]\s*{_WIRE_CREDIT})*\s*\.?$")),
]

# one pass over a line instead of one per rule; the first rule that matches names the reason. Every
# rule is anchored at the line's start, so it is tried there only (`match`), not at each position
_ANY_RULE = re.compile(
    "|".join(f"(?P<r{i}>{pattern.pattern})" if not pattern.flags & re.I else f"(?i:(?P<r{i}>{pattern.pattern}))"
             for i, (_, pattern) in enumerate(_RULES))
)

# captions carry a credit in parentheses or after a slash; the credit marks them, not their wording. The
# credit at the line's end is searched for at every character: "(?=[gsa/])" lets most fail at one test
_CAPTION = re.compile(
    r"\((?:photo|image|picture|foto|pic|video|file photo|credit)s?\b[^()]{0,80}\)\s*\.?$"
    r"|^(?:photo|image|picture|file photo|credit|foto|bild|imagen|immagine|crédit photo)s?\s*(?:by\b|:|/).{0,200}$"
    # ("Foto ANSA/Paolo Zennaro": the agency, a slash and the photographer, no colon)
    r"|^(?:photo|foto|bild)\s+[A-ZÀ-Ý][\w.\-]*\s*/\s*[A-ZÀ-Ý][^/]{0,80}$"
    r"|(?=[gsa/])(?:getty images|shutterstock|afp via getty images|/\s*reuters|/\s*afp|/\s*ap)\s*\)?\s*\.?$",
    re.I,
)

# a header's words in the languages that write the day before the month (a slashed date after them is read so)
DAY_FIRST_HEADER_WORDS = ("veröffentlicht|publié|publicado|pubblicato|aktualisiert|actualizado|mis à jour|aggiornato|atualizado"
                          "|bijgewerkt|gepubliceerd")
HEADER_LINE = re.compile(
    rf"^(?:published|updated|posted|last updated|last modified|date|first published|{DAY_FIRST_HEADER_WORDS})"
    r"\b\s*(?:on|at)?\s*(?P<separator>[:|-])?\s*",
    re.I,
)
_HEADER_DATE = re.compile(r"\d{1,2}:\d{2}|\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")

WIRE_END_SUFFIX = re.compile(r"\s*\((?:ends?|end)\)\.?\s*$", re.I)

# the networks a page asks its readers to follow it on
_NETWORK_NAMES = ("twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "linkedin", "whatsapp", "threads", "snapchat",
                  "pinterest", "google news", "flipboard", "bluesky", "mastodon", "weibo", "wechat", "微博", "微信", "推特", "脸书",
                  "臉書", "ツイッター", "フェイスブック", "インスタグラム", "ユーチューブ")
_NETWORKS = f"(?:{'|'.join(_NETWORK_NAMES)})"
# how a page asks, in the languages storyweave reads: the imperative opens the sentence ("Follow The Courier on
# Twitter", "Siga News18.com en Instagram", "Folgen Sie uns auf Facebook"); no news sentence opens so
_FOLLOW = (r"(?:follow|like us|find us|join us|connect with us|stay connected|subscribe to|sign up for|sign up to"
           r"|s[ií]g(?:a|ue|an)(?:nos)?|s[ií]guenos|segui(?:ci|teci)?|suivez(?:-nous)?|retrouvez(?:-nous)?|rejoignez(?:-nous)?"
           r"|abonnez-vous|folgen sie|folge uns|folgt uns|abonnieren sie|volg(?: ons)?|obserwuj(?: nas)?|śledź|takip edin"
           r"|подписывайтесь|следите за)")
# a sentence's words: dots inside a name ("News18.com") do not end it
_SENTENCE_WORDS = r"(?:[^.!?。！？]|\.(?=\S))"
# one promotion at the end of a line: the sentence that opens with the imperative and names a network, or a
# newsletter's "subscribe to …" after a dash; in Chinese and Japanese, "follow us on Twitter" ends the sentence
SOCIAL_PROMO_SUFFIX = re.compile(
    rf"(?:^|(?<=[.!?…])\s+|\s+[-–—]\s+)(?i:{_FOLLOW})\b{_SENTENCE_WORDS}{{0,160}}?(?i:{_NETWORKS})\b{_SENTENCE_WORDS}*[.!?]?\s*$"
    rf"|(?:^|(?<=[.!?…:])\s+|\s+[-–—]\s+)(?i:subscribe to|sign up for|suscr[ií]b(?:ase|ete) a|abonnez-vous à|abonnieren sie)\s"
    rf"{_SENTENCE_WORDS}{{1,80}}[.!?]?\s*$"
    rf"|(?:^|(?<=[。！？]))[^。！？]{{0,10}}[在於于][^。！？]{{0,80}}?(?i:{_NETWORKS})[^。！？]{{0,80}}?关注[^。！？]*[。！？]?\s*$"
    rf"|(?:^|(?<=[。！？]))[^。！？]{{0,80}}?(?i:{_NETWORKS})[^。！？]{{0,40}}?フォロー[^。！？]*[。！？]?\s*$"
    r"|\s*[-–—]\s*订阅[^。！？]{1,60}[。！？]?\s*$")
# looked for in lower-cased text, each word with `in` (a search for bytes in C): on 3,000 of the bench's real
# texts, 20 µs a text, where one regular expression of them all took 52 (and with re.I, three times that)
_PROMOTION_WORDS = (*_NETWORK_NAMES, "订阅", "subscribe", "sign up", "suscr", "abonn")


def mentions_a_network(text: str) -> bool:
    """Whether a text may hold a promotion `without_social_promo` cuts: most hold none, and skip it."""
    lowered = text.lower()
    return any(word in lowered for word in _PROMOTION_WORDS)


def without_social_promo(line: str) -> tuple[str, list[str]]:
    """The line less the promotions glued to its end ("… in real time. Follow News18.com on Twitter,
    Instagram and YouTube"), and those promotions, last first."""
    cut: list[str] = []
    while line and mentions_a_network(line) and (promo := SOCIAL_PROMO_SUFFIX.search(line)):
        cut.append(promo.group(0).strip(" -–—"))
        line = line[: promo.start()].rstrip()
    return line, cut


def classify_line(line: str) -> str | None:
    """The kind of noise a stripped line is, or None when it may be article text."""
    if not line:
        return None
    if is_language_switcher(line):
        return "language switcher"
    if len(line) > 400:
        return None
    match = _ANY_RULE.match(line)
    if match:
        return _RULES[int(match.lastgroup[1:])][0]
    if _CAPTION.search(line):
        return "photo caption"
    return None


def is_language_switcher(line: str) -> bool:
    """A short line of language codes alone: "ua en ru", "DE | FR | IT", "EN  FR  NL"."""
    if len(line) > 40:
        return False
    tokens = [t for t in re.split(r"[\s|/·•,]+", line.strip()) if t]
    return len(tokens) >= 2 and all(t.lower() in _LANG_CODES for t in tokens)


def is_header_line(line: str) -> bool:
    """"Published: 12:13, January 31, 2024 | Updated: …", "Posted on 3 May 2021": a keyword with its
    separator or a date right after it. "Updated figures released on Wednesday showed …" is prose."""
    match = HEADER_LINE.match(line)
    if not match or len(line) >= 200:
        return False
    return bool(match.group("separator")) or bool(_HEADER_DATE.search(line[match.end() : match.end() + 40]))
