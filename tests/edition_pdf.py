"""Typeset a made-up edition (edition_maker.Narrative) as the annual report's PDF is laid out, with fpdf2.

A small typesetter of its own, since the point is the furniture: it breaks lines itself (hyphenating
some line ends, as the report's typesetter does), draws running headers and page numbers, sets one
page in two columns, and puts a boxed story and a photo with its caption between paragraphs.
"""

from __future__ import annotations

import random
from pathlib import Path

from fpdf import FPDF

from edition_maker import BOX_TEXT, BOX_TITLE, CAPTION, FONTS, RUNNING_TITLE, Narrative, front_matter, unmark

PAGE_W, PAGE_H = 612.0, 792.0
LEFT, RIGHT, TOP, BOTTOM = 60.0, 60.0, 72.0, 730.0
GUTTER = 24.0
BODY, LEADING = 10.0, 13.0


class Setter:
    """Lines onto pages: the current column, its x and width, and the y of the next baseline."""

    def __init__(self, year: int, rng: random.Random) -> None:
        self.pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
        self.pdf.set_auto_page_break(False)
        for name, file in (
            ("serif", "DejaVuSerif.ttf"),
            ("serifi", "DejaVuSerif-Italic.ttf"),
            ("sans", "DejaVuSans.ttf"),
            ("sansb", "DejaVuSans-Bold.ttf"),
            ("sansi", "DejaVuSans-Oblique.ttf"),
        ):
            self.pdf.add_font(name, "", str(FONTS / file))
        self.year, self.rng = year, rng
        self.running = ""  # the country on odd pages' headers
        self.columns, self.column = 1, 0
        self.two_columns_next = False
        self.hyphenated = 0
        self.y = TOP
        # The text as a PDF-to-text tool copies it: page by page, the running header, the lines as
        # broken (hyphens and all), a blank line after each paragraph, the page number, a form feed.
        # Boxes and captions are left out of it: in plain text nothing tells them from the narrative.
        self.copied: list[str] = []
        self.copying = True
        self.page_number = ""

    @property
    def width(self) -> float:
        full = PAGE_W - LEFT - RIGHT
        return full if self.columns == 1 else (full - GUTTER) / 2

    @property
    def x(self) -> float:
        return LEFT + self.column * (self.width + GUTTER)

    def new_page(self) -> None:
        self.pdf.add_page()
        self.columns, self.column, self.y = (2 if self.two_columns_next else 1), 0, TOP
        self.two_columns_next = False
        number = self.pdf.page_no()
        # The title in small type on even pages; the country, and the page number, in the body's size,
        # so that each of formats/pdf.py's margin rules has furniture to find.
        title = number % 2 == 0 or not self.running
        self.pdf.set_font("sans", size=8 if title else BODY)
        head = RUNNING_TITLE.format(year=self.year) if title else self.running.upper()
        x = LEFT if number % 2 == 0 else PAGE_W - RIGHT - self.pdf.get_string_width(head)
        self.pdf.text(x, 40, head)
        self.pdf.set_font("sans", size=BODY)
        self.pdf.text(PAGE_W / 2 - self.pdf.get_string_width(str(number)) / 2, 760, str(number))
        if self.page_number:
            self.copied += ["", self.page_number, "\f"]
        self.copied += [head, ""]
        self.page_number = str(number)

    def need(self, height: float) -> None:
        """Go to the next column or page unless `height` fits below y."""
        if self.y + height <= BOTTOM:
            return
        if self.columns == 2 and self.column == 0:
            self.column, self.y = 1, TOP
        else:
            self.new_page()

    def line(self, text: str, font: str, size: float, leading: float = LEADING) -> None:
        self.need(leading)
        self.pdf.set_font(font, size=size)
        self.pdf.text(self.x, self.y + size, text)
        self.y += leading
        if self.copying:
            self.copied.append(text)

    def paragraph(self, text: str, font: str = "serif", size: float = BODY, after: float = 6.0) -> None:
        for line in self.break_lines(text, font, size):
            self.line(line, font, size)
        self.y += after
        if self.copying:
            self.copied.append("")

    def break_lines(self, text: str, font: str, size: float) -> list[str]:
        """Greedy lines; a word that does not fit is sometimes hyphenated, a compound broken at its hyphen."""
        self.pdf.set_font(font, size=size)
        fits = lambda s: self.pdf.get_string_width(s) <= self.width  # noqa: E731
        lines, current = [], ""
        for word in text.split(" "):
            trial = f"{current} {word}" if current else word
            if fits(trial):
                current = trial
                continue
            head, rest = self._split(current, word, fits)
            lines.append(f"{current} {head}" if head else current)
            current = rest
        return [*lines, current] if current else lines

    def _split(self, current: str, word: str, fits: object) -> tuple[str, str]:
        """Return (the part of word on this line, the rest): a compound at its hyphen, else a soft break."""
        if "-" in word[1:-1]:
            first, _, rest = word.partition("-")
            if fits(f"{current} {first}-"):  # type: ignore[operator]
                return f"{first}-", rest
            return "", word
        letters = word.rstrip(".,;:)’”")
        if len(letters) < 7 or not letters.isalpha() or self.rng.random() > 0.7:
            return "", word
        for cut in range(len(letters) - 3, 2, -1):
            if fits(f"{current} {word[:cut]}-"):  # type: ignore[operator]
                self.hyphenated += 1
                return f"{word[:cut]}-", word[cut:]
        return "", word

    def box(self) -> None:
        """A boxed story across the column: a shaded, framed rectangle with its title and text inside."""
        lines = self.break_lines(BOX_TEXT, "serifi", BODY)
        height = 16 + LEADING * (len(lines) + 1) + 8
        self.need(height + 8)
        self.copying = False
        self.pdf.set_fill_color(235, 235, 225)
        self.pdf.rect(self.x - 6, self.y, self.width + 12, height, style="DF")
        self.y += 10
        self.line(BOX_TITLE, "sansb", 9)
        for line in lines:
            self.line(line, "serifi", BODY)
        self.y += 16
        self.copying = True

    def photo(self) -> None:
        """A photograph (an image) with a caption in small italics under it."""
        from PIL import Image

        self.copying = False
        self.need(150)
        self.pdf.image(Image.new("RGB", (240, 150), (120, 140, 160)), x=self.x, y=self.y, w=200, h=125)
        self.y += 130
        self.line(CAPTION, "sansi", 7.5, leading=10)
        self.y += 10
        self.copying = True


def typeset(narratives: list[Narrative], year: int, target: Path) -> int:
    """Write the edition's PDF; return how many line ends were hyphenated by the typesetter."""
    s = Setter(year, random.Random(year))
    s.new_page()
    s.y = 250
    s.line(RUNNING_TITLE.format(year=year), "sansb", 22, leading=40)
    s.line("Office to Monitor and Combat Trafficking in Persons", "sans", 12)
    for heading, lines in front_matter(narratives, year):
        s.new_page()
        s.line(heading, "sansb", 14, leading=24)
        for text in lines:
            s.paragraph(text, after=2 if heading != "INTRODUCTION" else 6)
    s.new_page()
    s.line("COUNTRY NARRATIVES", "sansb", 16, leading=30)
    for index, n in enumerate(narratives):
        _narrative(s, n, index)
    s.pdf.output(str(target))
    copied = [*s.copied, "", s.page_number, ""]
    (target.parent / "edition-copied.txt").write_text("\n".join(copied).replace("\n\f\n", "\n\f"), encoding="utf-8")
    return s.hyphenated


def _narrative(s: Setter, n: Narrative, index: int) -> None:
    s.running = n.country
    s.need(80)  # a header does not stand alone at the foot of a page
    s.y += 12
    s.line(n.header, "sansb", 14, leading=22)
    if index == 2:  # the narrative's next page is set in two columns
        s.two_columns_next = True
    for sid, heading, paragraphs in n.sections:
        if heading:
            s.need(3 * LEADING)
            s.line(heading, "sansb", BODY, leading=LEADING + 3)
        for number, p in enumerate(paragraphs, start=1):
            text, _ = unmark(p)
            s.paragraph(f"• {text}" if sid == "recommendations" else text, after=3 if sid == "recommendations" else 6)
            if index == 1 and sid == "prosecution" and number == 2:
                s.box()
            if index == 4 and sid == "protection" and number == 1:
                s.photo()
