"""A draft with a gap note fails `followup check`; the same draft completed passes."""

from __future__ import annotations

import json

AS_OF = "2026-11-10T12:00"


def test_draft_with_a_missing_detail_fails_the_check(northwind):
    draft = northwind("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF).stdout
    assert "(Still to add: a topic you discussed with Dana.)" in draft
    report = northwind("check", "-", "--format", "json", input=draft, code=1)
    gaps = [f for f in json.loads(report.stdout)["findings"] if f["code"] == "FU103"]
    assert [f["text"] for f in gaps] == ["(Still to add: a topic you discussed with Dana.)"]
    assert gaps[0]["severity"] == "error"
    assert "a topic you discussed with Dana" in gaps[0]["message"]


def test_completed_draft_passes_the_check(northwind):
    northwind("debrief", "northwind", "--topic", "dana:moving weekly reports to dbt", "--no-input")
    draft = northwind("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF).stdout
    assert "Still to add" not in draft
    northwind("check", "-", input=draft, code=0)
