"""``warlog eval --pipeline --acled --dump``: each note's gold coding beside our main event."""

from __future__ import annotations

import json
from datetime import date

from warlog.article import Article
from warlog.events.evaluate import NoteGold, main_event, note_dump
from warlog.pipeline import Pipeline


def test_a_note_dump_puts_the_gold_beside_our_main_event(nlp):
    text = "On 3 May 2021, gunmen killed two traders at a market in Beni."
    gold = NoteGold(text, "Democratic Republic of Congo", dates={date(2021, 5, 3)}, fatalities=2,
                    actor_types=frozenset({"Political militia", "Civilians"}), sub_event_type="Attack",
                    actors=("Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"))
    event = main_event(Pipeline(nlp).code_article(Article(id="d", text=text, date=date(2021, 5, 5))))
    line = json.loads(json.dumps(note_dump("sample.csv", gold, event)))
    assert line["gold"]["actor_types"] == ["Civilians", "Political militia"]
    assert line["gold"]["dates"] == ["2021-05-03"]
    assert line["ours"]["sub_event_type"] == "Attack" and line["ours"]["fatalities"] == 2
    assert line["ours"]["actor2"] == ["Civilians (Democratic Republic of Congo)", "Civilians"]
    assert note_dump("sample.csv", gold, None)["ours"] is None
