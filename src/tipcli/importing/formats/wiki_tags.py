"""Take [tpl] template markers and glued citations out of a Wikipedia-export paragraph."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from tipcli.importing.lexicon.dates import MONTHS

_OPEN, _CLOSE = "[tpl]", "[/tpl]"
_MONTHS = MONTHS  # month name -> number, from the lexicon
# A glue point: a sentence end (after a lower-case letter, digit or bracket, so not the "U." of "U.S.")
# followed at once, without a space, by the opening quote or capital of a citation.
# Where a citation may start: glued to the sentence before it, or after a blank when it opens with its quoted
# title ('... remained low. "Ostmark". Trafficking in Persons Report 2010. ...') or is an edition's title
# ('... 1.3 million people. Trafficking in Persons Report (13th Ed. )').
_GLUE = re.compile(
    r"(?<=[a-z0-9)\]’”'][.!?])(?=[\"“A-Z])"
    r"|(?<=[.!?]) (?=[\"“][^\"”]{1,200}[\"”]\.|[^().]{3,150}\(\s*\d{1,3}(?:st|nd|rd|th)\s+Ed)"  # one title, no sentence
)
_CITATION = re.compile(
    r"(?:[\"“][^\"”]{1,200}[\"”]\.\s*)?(?P<work>[^.()\"“”]{3,150})\.\s+(?P<pub>[^()]{2,150}?)"
    r"\s*\((?P<date>[^()]{4,40})\)\.?"
)
_EDITION_CITATION = re.compile(r"[^()]{3,150}\(\s*\d{1,3}(?:st|nd|rd|th)\s+Ed\.?\s*\)")
_NOTICES = {"pd-notice": "This article incorporates text from this source, which is in the public domain."}
_PUBLIC_DOMAIN_NOTICE = _NOTICES["pd-notice"]
_TAGS = {
    "when": ("when?", "the time this refers to is unclear."),
    "citation needed": ("citation needed", "the statement has no cited source."),
    "cn": ("citation needed", "the statement has no cited source."),
    "fact": ("citation needed", "the statement has no cited source."),
    "according to whom": ("according to whom?", "the statement does not say whose view it is."),
    "by whom": ("by whom?", "the statement does not say who did it."),
    "clarify": ("clarification needed", "the statement is unclear."),
    "dubious": ("dubious", "the statement's accuracy is disputed."),
}
_ANCHOR_WORDS = 8
_CITATION_MAX = 600
_ANCHOR_WINDOW = 5000
_ANCHOR_REGION = 600  # far more than eight words, and room to lengthen an anchor that repeats
_ANCHOR_MORE_WORDS = 16  # an anchor that still repeats after this many more words is left as it is
_WORD = re.compile(r"\S+")
_SENTENCE_START = re.compile(r"[.!?][\"”’)]*\s+(?=\S)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Template:
    """One [tpl] marker: its name, parameters and the offset it stood at in the cleaned text."""

    name: str
    params: dict[str, str]
    at: int


def strip_templates(line: str) -> tuple[str, list[Template]]:
    """Return the line without [tpl]...[/tpl] markers, and the markers with their offsets."""
    out: list[str] = []
    templates: list[Template] = []
    length, pos = 0, 0
    while True:
        start = line.find(_OPEN, pos)
        end = line.find(_CLOSE, start + len(_OPEN)) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append(line[pos:])
            break
        out.append(line[pos:start])
        length += start - pos
        templates.append(_template(line[start + len(_OPEN) : end], length))
        pos = end + len(_CLOSE)
    return "".join(out), templates


def _template(body: str, at: int) -> Template:
    """Return a Template from the text between the markers ("when|date=March 2012")."""
    name, *parts = body.split("|")
    params = {}
    for part in parts:
        key, eq, value = part.partition("=")
        if eq:
            params[key.strip().lower()] = value.strip()
    return Template(name=" ".join(name.split()), params=params, at=at)


def split_citation(text: str) -> tuple[str, str | None]:
    """Return (paragraph, citation) when a citation string is glued to the paragraph's end."""
    # A citation is a few hundred characters at most: look for its start only near the end.
    for m in _GLUE.finditer(text, max(0, len(text) - _CITATION_MAX)):
        tail = text[m.start() :].strip()
        if parse_citation(tail) or _EDITION_CITATION.fullmatch(tail):
            return text[: m.start()].rstrip(), tail
    return text, None


def notice_text(name: str) -> str | None:
    """Return the sentence a licence-notice template stands for, else None."""
    low = name.lower()
    return _NOTICES.get(low) or (_PUBLIC_DOMAIN_NOTICE if low.startswith("pd-") else None)


def tag_label_note(name: str) -> tuple[str, str]:
    """Return the label shown in the text and the note for a clean-up or other template."""
    label, why = _TAGS.get(name.lower(), (name, ""))
    if why:
        return label, f"Wikipedia clean-up tag {{{{{name}}}}}: {why}"
    return label, f"Wikipedia template {{{{{name}}}}} taken out of the text."


def parse_citation(text: str) -> tuple[str, str, datetime.date] | None:
    """Return (work title, publisher, date) of a '"X". Work. Publisher (Month D, YYYY).' citation."""
    m = _CITATION.fullmatch(text)
    date = parse_date(m["date"]) if m else None
    if m is None or date is None:
        return None
    return m["work"].strip(), m["pub"].strip(), date


def parse_date(text: str) -> datetime.date | None:
    """Return the date of "June 14, 2010", "14 June 2010" or "2010-06-14", else None."""
    s = text.strip()
    us = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", s)
    eu = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", s)
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    try:
        if us and us[1].lower() in _MONTHS:
            return datetime.date(int(us[3]), _MONTHS[us[1].lower()], int(us[2]))
        if eu and eu[2].lower() in _MONTHS:
            return datetime.date(int(eu[3]), _MONTHS[eu[2].lower()], int(eu[1]))
        if iso:
            return datetime.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        return None
    return None


def month_date(text: str) -> str:
    """Return "YYYY-MM" for "September 2011", "YYYY" for "2011", else the text as written."""
    s = text.strip()
    m = re.fullmatch(r"([A-Za-z]+)\s+(\d{4})", s)
    if m and m[1].lower() in _MONTHS:
        return f"{m[2]}-{_MONTHS[m[1].lower()]:02d}"
    return s


def anchor_before(paragraph: str, at: int) -> str:
    """Return the words right before offset at: up to eight, within the sentence, first occurring there."""
    # Only the text just before the tag matters: windows keep many tags in one huge line linear.
    head = paragraph[max(0, at - _ANCHOR_WINDOW) : at].rstrip()
    near = len(head) - min(len(head), _ANCHOR_REGION)
    starts = [m.end() for m in _SENTENCE_START.finditer(head, near)]
    words = [m.start() for m in _WORD.finditer(head, near)]
    if not words:
        return ""
    begin = max(starts[-1] if starts else 0, words[-min(_ANCHOR_WORDS, len(words))])
    # The anchor must first occur where the tag stood: lengthen it, across sentences, until it does.
    earlier = [w for w in words if w < begin][-_ANCHOR_MORE_WORDS:]
    while head.find(head[begin:]) != begin and earlier:
        begin = earlier.pop()
    return head[begin:]
