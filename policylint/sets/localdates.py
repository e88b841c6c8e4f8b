"""Dates as each language writes them: "Stand: 1. März 2023", "3 mai 2024",
"4 de mayo de 2026", "4 maja 2026 r.", "2024. március 18.", "2024 年 2 月 15 日",
"May 4, 2026", 2024-03-03, 03.03.2024.

Month names of the languages policies are commonly translated into, in their
nominative and genitive forms, are one table; a date is found by its shape,
so a German date in a French page is still read.
"""
from __future__ import annotations

import datetime
import re

MONTHS = {
    "en": "january february march april may june july august september october november december",
    "en-short": "jan feb mar apr - jun jul aug sep|sept oct nov dec",
    "de": "januar|jänner februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "styczeń|stycznia luty|lutego marzec|marca kwiecień|kwietnia maj|maja czerwiec|czerwca lipiec|lipca "
          "sierpień|sierpnia wrzesień|września październik|października listopad|listopada grudzień|grudnia",
    "cs": "leden|ledna únor|února březen|března duben|dubna květen|května červen|června červenec|července "
          "srpen|srpna září říjen|října listopad|listopadu prosinec|prosince",
    "ru": "январь|января февраль|февраля март|марта апрель|апреля май|мая июнь|июня июль|июля август|августа "
          "сентябрь|сентября октябрь|октября ноябрь|ноября декабрь|декабря",
    "uk": "січень|січня лютий|лютого березень|березня квітень|квітня травень|травня червень|червня липень|липня "
          "серпень|серпня вересень|вересня жовтень|жовтня листопад|листопада грудень|грудня",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in MONTHS.values():
        for number, forms in enumerate(names.split(), 1):
            for form in forms.split("|"):
                if form != "-":
                    table[form] = number
    return table


MONTH_NUMBER = _month_table()
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTH_NUMBER), key=len, reverse=True)) + r")(?!\w)\.?"
_DAY = r"(?P<day>(?:0?[1-9]|[12]\d|3[01]))(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_WEEKDAY_GAP = r"[^\S\n]*"
FORMS = [
    # 1. März 2023, 3 mai 2024, 4 de mayo de 2026, 1er mai 2024, 1º de maio de 2024, 3rd of March 2024
    re.compile(rf"(?<![\w.]){_DAY}(?:\.|er|st|nd|rd|th|º|o)?[^\S\n]*(?:de[^\S\n]+|of[^\S\n]+)?{_MONTH}"
               rf"[^\S\n]*,?[^\S\n]*(?:de[^\S\n]+|del[^\S\n]+)?{_YEAR}", re.IGNORECASE),
    # May 4, 2026
    re.compile(rf"(?<!\w){_MONTH}[^\S\n]*{_DAY}(?:st|nd|rd|th)?,?[^\S\n]+{_YEAR}", re.IGNORECASE),
    # 2024. március 18.
    re.compile(rf"(?<!\d){_YEAR}\.?[^\S\n]*{_MONTH}[^\S\n]*{_DAY}", re.IGNORECASE),
    # 2024 年 2 月 15 日, 2024년 3월 18일
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[^\S\n]*[年년][^\S\n]*(?P<month>0?[1-9]|1[0-2])[^\S\n]*[月월]"
               r"[^\S\n]*(?P<day>0?[1-9]|[12]\d|3[01])[^\S\n]*[日일]"),
    # 2024-03-03, 2024/03/03
    re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)[-/.](?P<month>0?[1-9]|1[0-2])[-/.](?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"),
    # 03.03.2024, 3/3/2024 (day first; month first in English with "/")
    re.compile(r"(?<![\d.])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)"
               r"(?P<year>(?:19|20)\d\d)(?!\d)"),
]


def parse_date(match, lang: str = "en") -> datetime.date | None:
    """The date a FORMS match names, or None when it is no calendar date (31 February)."""
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups and groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        day, month = (second, first) if groups["sep"] == "/" and lang.startswith("en") else (first, second)
    else:
        month = groups["month"]
        month = int(month) if month.isdigit() else MONTH_NUMBER.get(month.lower().rstrip("."))
        day = int(groups["day"])
    if not month:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_YEAR_ONLY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
WINDOW = 48  # every form holds a year: the rest of a date lies within this many characters of it


def find_dates(text: str, lang: str = "en", start: int = 0, end: int | None = None):
    """(start, end, date) of every date in ``text[start:end]``, in order, not overlapping. The
    forms are tried only around each year (a cheap scan), not at every position."""
    end = len(text) if end is None else end
    found = []
    windows = []
    for year in _YEAR_ONLY.finditer(text, start, end):
        low, high = max(start, year.start() - WINDOW), min(end, year.end() + WINDOW)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    for low, high in windows:
        for form in FORMS:
            for m in form.finditer(text, low, high):
                value = parse_date(m, lang)
                if value is not None:
                    found.append((m.start(), m.end(), value))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept, after = [], -1
    for item in found:
        if item[0] >= after:
            kept.append(item)
            after = item[1]
    return kept


def spoken(value: datetime.date) -> str:
    """``2024-03-03`` as an unambiguous ISO date for messages."""
    return value.isoformat()
