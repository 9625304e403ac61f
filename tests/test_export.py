"""`tipcli export`: everything in the report, in the shapes the other commands answer with."""

from __future__ import annotations

import json

from conftest import output


def test_export_is_everything_in_the_other_commands_shapes() -> None:
    doc = json.loads(output("export"))
    assert {
        "title",
        "country",
        "year",
        "tier",
        "source",
        "categories",
        "sections",
        "figures",
        "agencies",
        "events",
        "annotations",
        "errata",
    } <= doc.keys()
    assert doc["sections"] == [
        json.loads(output("section", s, "--json")) for s in ("overview", "prosecution", "protection", "prevention")
    ]
    assert doc["figures"] == json.loads(output("stats", "--json"))
    assert doc["events"] == sorted(
        json.loads(output("timeline", "--json")), key=lambda e: [x["id"] for x in doc["events"]].index(e["id"])
    )
    assert doc["agencies"][0] == json.loads(output("agencies", doc["agencies"][0]["id"], "--json"))
    assert len(doc["errata"]) >= 5 and len(doc["annotations"]) == 2
    assert doc["source"]["published"] == "2010-06-14"
