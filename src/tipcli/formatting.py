"""Values, units and dates as people read them; JSON's `display` and the tables both use these."""

from tipcli.model import Event, Figure

_SINGULAR = {"errata": "erratum", "data": "datum", "people": "person", "countries": "country"}


def counted(n: int, plural: str) -> str:
    """Return a count and its noun, singular for one: "1 report", "2 reports", "1 agency", "1 erratum".

    PLURAL is the plural, as code names its tables; its last word takes the number."""
    if n == 1:
        head, _, last = plural.rpartition(" ")
        if last in _SINGULAR:
            last = _SINGULAR[last]
        elif last.endswith("ies"):
            last = last[:-3] + "y"
        elif last.endswith("s") and not last.endswith("ss"):
            last = last[:-1]
        plural = f"{head} {last}" if head else last
    return f"{n} {plural}"


def format_value(figure: Figure) -> str:
    """Write a figure's value as the report writes it: 1,333; $3.4 million; 6 to 12 years; over 70."""
    if figure.written:  # the text's own form, where it is not the one below ("1.8 million")
        number = figure.written
    elif figure.kind == "fraction":
        number = {0.5: "one-half", 0.25: "one-quarter"}.get(figure.value, f"{figure.value:g}")
    elif figure.unit == "USD":
        number = _money(figure.value)
    else:
        number = _number(figure.value)
        if figure.high is not None:
            number = f"{number} to {_number(figure.high)}"
    qualifier = figure.qualifier or ""
    if qualifier.startswith("or "):  # "three or more": the qualifier follows the number
        return f"{number} {qualifier}"
    return f"{qualifier} {number}".strip()


def format_unit(figure: Figure) -> str:
    """Return the unit as it reads after the value ("1 offender", "2 offenders"); USD is in the value."""
    if figure.unit == "USD":
        return ""
    if figure.value == 1 and figure.high is None and figure.unit.endswith("s") and " " not in figure.unit:
        return figure.unit[:-1]
    return figure.unit


def plain_number(value: float, *, money: bool = False) -> str:
    """Return a number as format_value writes it when the file keeps no `written` form: 1,333; $3.4 million."""
    return _money(value) if money else _number(value)


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _money(value: float) -> str:
    for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if abs(value) >= size:
            return f"${value / size:,.10g} {word}"
    return f"${_number(value)}"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(event: Event) -> str:
    """Write an event's date with the precision the text gives: 2007; December 2009; 14 June 2010; 2009–2012."""

    def written(date: str) -> str:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        month = f"{MONTHS[parts[1] - 1]} {parts[0]}"
        return month if len(parts) == 2 else f"{parts[2]} {month}"

    return written(event.date) + (f"–{written(event.end)}" if event.end else "")


# What people are shown instead of a control character in report or user text: C0 controls and DEL
# as their Control Pictures (ESC as ␛, BEL as ␇), C1 controls as U+FFFD. One character for one, so
# that offsets into a text (a search hit's matches) still hold; a terminal obeys none of them.
_VISIBLE = {c: 0x2400 + c for c in range(0x20)} | {0x7F: 0x2421} | dict.fromkeys(range(0x80, 0xA0), 0xFFFD)
_VISIBLE_LINES = {c: v for c, v in _VISIBLE.items() if chr(c) not in "\t\n"}


def printable(text: str, *, lines: bool = True) -> str:
    """Return text with its control characters made visible (see _VISIBLE); tab and newline stay,
    unless `lines` is false (a message that must stay one line)."""
    if text.isprintable():  # the common case, checked in C
        return text
    return text.translate(_VISIBLE_LINES if lines else _VISIBLE)


def indicator_text(indicator: str | None, trafficking: str | None) -> str:
    """Return an indicator as a table shows it: "convictions (sex)", "" for none."""
    if indicator is None:
        return ""
    return f"{indicator} ({trafficking})" if trafficking else indicator


def format_number(value: float) -> str:
    """Return a plain number as people read it: 1,333 or 3.4."""
    return _number(value)
