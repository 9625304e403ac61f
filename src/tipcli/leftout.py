"""What a report file may lose and still load: an item whose place or quote no longer holds.

A person edits a paragraph of a library report and one figure's quote is no longer in it. The
file then does not validate, but the rest of it still holds: answers across the library keep the
report and leave out that item, with a warning naming the file, the item, the quote looked for and
the nearest passage (crosscheck words it). What may be left out (one item, never the text):

- a figure, event, erratum or annotation whose section, paragraph or quote no longer holds, or
  whose range or dates are reversed;
- a source citation whose place is gone; the tier, when the quote that states it is gone;
- an agency phrase that no longer occurs (the agency stays, with the mentions that remain).

What still makes the file invalid, since nothing of it can be trusted to be what the author meant:
a TOML error, anything the schema refuses (a missing key, a wrong type, a misspelt key), a schema
version tipcli does not read, duplicate ids, a section without paragraphs, control characters.
"""

import re
from typing import Any

from tipcli.model import LeftOut
from tipcli.schema import Problems, ReportDoc

_ITEM = re.compile(
    r"(?P<key>figures|events|errata|annotations|source\.citations)\[(?P<i>\d+)\]\.(?!id$)"
    r"|(?P<agency>agencies)\[(?P<a>\d+)\]\.phrases\[(?P<j>\d+)\]$"
    r"|(?P<tier>tier)\."
)
_NAMES = {"figures": "figure", "events": "event", "errata": "erratum", "annotations": "annotation"}


def droppable(problems: Problems) -> bool:
    """Tell whether every problem (of the cross-check) lies in one item that can be left out."""
    return all(_ITEM.match(path) for path, _ in problems)


def leave_out(doc: ReportDoc, problems: Problems) -> tuple[ReportDoc, list[LeftOut]]:
    """Return the document without the items these problems lie in, and what was left out."""
    out: dict[str, Any] = dict(doc)
    gone: dict[str, set[int]] = {}
    phrases: dict[int, set[int]] = {}
    left: list[LeftOut] = []
    for path, message in problems:
        match = _ITEM.match(path)
        assert match, path  # droppable() said so
        if match["tier"]:
            left.append(LeftOut(path=path, item="the tier placement", message=message))
            out.pop("tier", None)
        elif match["agency"]:
            agency, j = out["agencies"][int(match["a"])], int(match["j"])
            phrases.setdefault(int(match["a"]), set()).add(j)
            item = f"agency {agency['id']!r}'s phrase {agency['phrases'][j]!r}"
            left.append(LeftOut(path=path, item=item, message=message))
        else:
            key, i = match["key"], int(match["i"])
            gone.setdefault(key, set()).add(i)
            left.append(LeftOut(path=path, item=_name(doc, key, i), message=message))
    for a, numbers in phrases.items():
        agency = dict(out["agencies"][a])
        agency["phrases"] = [p for j, p in enumerate(agency["phrases"]) if j not in numbers]
        out["agencies"] = [agency if k == a else other for k, other in enumerate(out["agencies"])]
    for key, numbers in gone.items():
        if key == "source.citations":
            source = dict(out["source"])
            source["citations"] = [c for i, c in enumerate(source["citations"]) if i not in numbers]
            out["source"] = source
        else:
            out[key] = [item for i, item in enumerate(out[key]) if i not in numbers]
    return out, left  # type: ignore[return-value]  # the same keys, fewer items


def _name(doc: Any, key: str, i: int) -> str:
    """Return an item as people name it: figure 'cases', the source citation after main ¶2."""
    if key == "source.citations":
        citation = doc["source"]["citations"][i]
        return f"the source citation after {citation.get('section')} ¶{citation.get('paragraph')}"
    item = doc[key][i]
    if "id" in item:
        return f"{_NAMES[key]} {item['id']!r}"
    return f"the {_NAMES[key]} at {item.get('section')} ¶{item.get('paragraph')}"
