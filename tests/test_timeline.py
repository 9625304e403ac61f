"""`tipcli timeline`: events in date order, written as precisely as the text."""

from __future__ import annotations

import json

from conftest import output


def test_timeline_in_date_order_with_precision() -> None:
    events = json.loads(output("timeline", "--json"))
    # By hand from the seed: 2007 (law, arrests); 2009-2012 and seven happenings the text dates
    # "last year" or "during the reporting period" (the year before the 2010 report); December 2009;
    # the 2010 workshops and "so far this year"; June 14, 2010.
    assert [(e["date"], e["precision"]) for e in events] == [
        ("2007", "year"),
        ("2007", "year"),
        *[("2009", "year")] * 8,
        ("2009-12", "month"),
        ("2010", "year"),
        ("2010", "year"),
        ("2010-06-14", "day"),
    ]
    assert [e["end"] for e in events if e["date"] == "2009" and "relative" not in e] == ["2012"]
    assert len([e for e in events if e.get("relative")]) == 8
    for event in events:
        assert {"id", "date", "end", "precision", "description", "section", "paragraph", "quote"} <= event.keys()


def test_timeline_table_writes_dates_as_precisely_as_the_text() -> None:
    out = output("timeline")
    for written in ("2007", "2009–2012", "December 2009", "14 June 2010"):
        assert written in out
