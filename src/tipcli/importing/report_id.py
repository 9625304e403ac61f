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
# Letter, then its Latin spelling. The hard and soft signs (ъ, ь) are no sounds: they are dropped.
_LETTERS = """
а a  б b  в v  г g  ґ g  д d  е e  є ye  ж zh  з z  и i  і i  к k  л l  м m  н n  о o  п p  р r
с s  т t  у u  ф f  х kh  ц ts  ч ch  ш sh  щ shch  ы y  э e  ю yu  я ya  ђ dj  ј j  љ lj  њ nj
ћ c  џ dz  ѓ gj  ќ kj  ѕ dz
α a  β v  γ g  δ d  ε e  ζ z  η i  θ th  ι i  κ k  λ l  μ m  ν n  ξ x  ο o  π p  ρ r  σ s  ς s
τ t  υ y  φ f  χ ch  ψ ps  ω o
"""
_WORDS = _LETTERS.split()
_TABLE = str.maketrans({**dict(zip(_WORDS[::2], _WORDS[1::2], strict=True)), "ъ": "", "ь": ""})


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
