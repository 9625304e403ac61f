"""A report's library id (its file name, COUNTRY-YEAR): lowercase ASCII, stable, and distinct for
distinct countries in any script.

Latin letters lose their accents ("Côte d'Ivoire" -> cote-d-ivoire); Cyrillic and Greek are
transliterated by the table below (one letter, one spelling: "Україна" -> ukraina, "Ελλάδα" ->
ellada); a name in another script (日本) is written in Punycode, as internationalised domain
names are ("xn--wgv71a"), which is reversible, so two names never share an id. A name too long
for a file name is cut at a word and ends in a checksum of the whole name.
"""

import hashlib
import re
import unicodedata

MAX_LENGTH = 80  # of the country part: COUNTRY-YEAR.toml stays far below a file name's 255 bytes

# Base letters only: accents and other marks are dropped first (the breve of the short i, Greek accents).
_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіклмнопрстуфхцчшщыэюяђјљњћџѓќѕ",
        ["a", "b", "v", "g", "g", "d", "e", "ye", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "y", "e", "yu", "ya", "dj", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz"],
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"],
        strict=True,
    )
)
_TABLE = str.maketrans({**_CYRILLIC, **_GREEK, "ъ": "", "ь": ""})  # the hard and soft signs are not sounds


def report_id(country: str, year: int) -> str:
    """Return the library id of a country's report of a year: `country_slug(country)-year`."""
    return f"{country_slug(country)}-{year}"


def country_slug(country: str) -> str:
    """Return the country as lowercase ASCII words joined by hyphens (see the module's rules)."""
    name = unicodedata.normalize("NFKC", country).casefold()
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = unicodedata.normalize("NFC", plain.translate(_TABLE))
    if any(c.isalnum() and not c.isascii() for c in plain):  # a script with no table: Punycode
        slug = "xn--" + "-".join(re.findall(r"\w+", plain)).encode("punycode").decode("ascii")
    else:
        slug = "-".join(re.findall(r"[a-z0-9]+", plain))
    if not slug:
        return f"country-{_checksum(name)}"
    if len(slug) > MAX_LENGTH:
        cut = slug[: MAX_LENGTH - 9]
        slug = f"{cut.rsplit('-', 1)[0] if '-' in cut[20:] else cut}-{_checksum(name)}"
    return slug


def _checksum(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
