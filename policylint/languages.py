"""Language tags: an ISO 639-1 code, optionally with a script and a region (en, pt-BR, zh-Hant-TW).

A language policylint does not understand must be an error, not a silent
mismatch: with ``lang: english`` no rule written for "en" would ever run.
"""
from __future__ import annotations

import re

# ISO 639-1 code -> English name, then native names and ISO 639-2 codes people write instead
NAMES = {
    "aa": "Afar", "ab": "Abkhazian", "ae": "Avestan", "af": "Afrikaans", "ak": "Akan", "am": "Amharic",
    "an": "Aragonese", "ar": "Arabic|ara", "as": "Assamese", "av": "Avaric", "ay": "Aymara", "az": "Azerbaijani",
    "ba": "Bashkir", "be": "Belarusian", "bg": "Bulgarian", "bi": "Bislama", "bm": "Bambara", "bn": "Bengali",
    "bo": "Tibetan", "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "ce": "Chechen", "ch": "Chamorro",
    "co": "Corsican", "cr": "Cree", "cs": "Czech|Čeština|Cestina|ces|cze", "cu": "Church Slavic", "cv": "Chuvash",
    "cy": "Welsh", "da": "Danish|Dansk|dan", "de": "German|Deutsch|deu|ger", "dv": "Divehi", "dz": "Dzongkha", "ee": "Ewe",
    "el": "Greek|ell|gre", "en": "English|eng", "eo": "Esperanto", "es": "Spanish|Español|Espanol|Castellano|spa",
    "et": "Estonian", "eu": "Basque", "fa": "Persian|Farsi", "ff": "Fulah", "fi": "Finnish|Suomi|fin", "fj": "Fijian",
    "fo": "Faroese", "fr": "French|Français|Francais|fra|fre", "fy": "Western Frisian", "ga": "Irish",
    "gd": "Scottish Gaelic", "gl": "Galician", "gn": "Guarani", "gu": "Gujarati", "gv": "Manx", "ha": "Hausa",
    "he": "Hebrew|heb", "hi": "Hindi", "ho": "Hiri Motu", "hr": "Croatian|Hrvatski", "ht": "Haitian",
    "hu": "Hungarian|Magyar|hun", "hy": "Armenian", "hz": "Herero", "ia": "Interlingua", "id": "Indonesian|ind",
    "ie": "Interlingue", "ig": "Igbo", "ii": "Sichuan Yi", "ik": "Inupiaq", "io": "Ido", "is": "Icelandic",
    "it": "Italian|Italiano|ita", "iu": "Inuktitut", "ja": "Japanese|jpn|jp", "jv": "Javanese", "ka": "Georgian",
    "kg": "Kongo", "ki": "Kikuyu", "kj": "Kuanyama", "kk": "Kazakh", "kl": "Kalaallisut", "km": "Khmer",
    "kn": "Kannada", "ko": "Korean|kor", "kr": "Kanuri", "ks": "Kashmiri", "ku": "Kurdish", "kv": "Komi",
    "kw": "Cornish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lg": "Ganda", "li": "Limburgish",
    "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian", "lu": "Luba-Katanga", "lv": "Latvian", "mg": "Malagasy",
    "mh": "Marshallese", "mi": "Maori", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
    "mr": "Marathi", "ms": "Malay|msa|may", "mt": "Maltese", "my": "Burmese", "na": "Nauru", "nb": "Norwegian Bokmål",
    "nd": "North Ndebele", "ne": "Nepali", "ng": "Ndonga", "nl": "Dutch|Nederlands|nld|dut", "nn": "Norwegian Nynorsk",
    "no": "Norwegian|Norsk|nor", "nr": "South Ndebele", "nv": "Navajo", "ny": "Chichewa", "oc": "Occitan",
    "oj": "Ojibwa", "om": "Oromo", "or": "Oriya", "os": "Ossetian", "pa": "Punjabi", "pi": "Pali",
    "pl": "Polish|Polski|pol", "ps": "Pashto", "pt": "Portuguese|Português|Portugues|por", "qu": "Quechua",
    "rm": "Romansh", "rn": "Rundi", "ro": "Romanian|Română|Romana|ron|rum", "ru": "Russian|rus", "rw": "Kinyarwanda",
    "sa": "Sanskrit", "sc": "Sardinian", "sd": "Sindhi", "se": "Northern Sami", "sg": "Sango", "si": "Sinhala",
    "sk": "Slovak", "sl": "Slovenian", "sm": "Samoan", "sn": "Shona", "so": "Somali", "sq": "Albanian",
    "sr": "Serbian", "ss": "Swati", "st": "Southern Sotho", "su": "Sundanese", "sv": "Swedish|Svenska|swe",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik", "th": "Thai", "ti": "Tigrinya",
    "tk": "Turkmen", "tl": "Tagalog|Filipino", "tn": "Tswana", "to": "Tonga", "tr": "Turkish|Türkçe|Turkce|tur",
    "ts": "Tsonga", "tt": "Tatar", "tw": "Twi", "ty": "Tahitian", "ug": "Uyghur", "uk": "Ukrainian|ukr",
    "ur": "Urdu", "uz": "Uzbek", "ve": "Venda", "vi": "Vietnamese", "vo": "Volapük", "wa": "Walloon",
    "wo": "Wolof", "xh": "Xhosa", "yi": "Yiddish", "yo": "Yoruba", "za": "Zhuang", "zh": "Chinese|zho|chi",
    "zu": "Zulu",
}
# language, then an optional script (Hant) and region (BR, 419); "_" is accepted for "-"
_TAG = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?")


def language_problem(value) -> str | None:
    """None when ``value`` is a language tag with a known ISO 639-1 code, else what is wrong
    with it, with a did-you-mean from codes and language names ("english" -> "en")."""
    if isinstance(value, str):
        match = _TAG.fullmatch(value.strip())
        if match and match.group(1).lower() in NAMES:
            return None
    shown = value if isinstance(value, str) else repr(value)
    hint = suggest(value) if isinstance(value, str) else None
    return (f'unknown language "{shown}": use an ISO 639-1 code such as en or pt-BR'
            + (f' (did you mean "{hint}"?)' if hint else ""))


def suggest(word: str) -> str | None:
    """The code of the language ``word`` names or nearly spells, or None."""
    import difflib

    word = word.strip().lower().replace("_", "-")
    by_name = {name.lower(): code for code, names in NAMES.items() for name in names.split("|")}
    if word in by_name:
        return by_name[word]
    if word.split("-")[0] in NAMES:  # a known code with a malformed region ("en-usa")
        return word.split("-")[0]
    close = difflib.get_close_matches(word, [*by_name, *NAMES], n=1, cutoff=0.6)
    return by_name.get(close[0], close[0]) if close else None
