"""The bundled demo data set, moved in time so that its story happens this week."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from importlib import resources

from followup.model import Application, Settings

#: The moment the demo data set was written for: its agenda is most telling then.
REFERENCE = datetime.fromisoformat("2026-11-20T12:00:00-05:00")


def load_demo() -> tuple[Settings | None, list[Application]]:
    """The demo document as model objects."""
    from followup.interchange.json import load_document

    text = resources.files("followup").joinpath("data/demo.json").read_text(encoding="utf-8")
    return load_document(json.loads(text))


def week_shift(now: datetime) -> timedelta:
    """Whole weeks from the reference to `now`, so weekdays keep their meaning."""
    return timedelta(weeks=(now.date() - REFERENCE.date()).days // 7)


def shift_application(app: Application, delta: timedelta) -> Application:
    """A copy of `app` with every moment and date moved by `delta`."""

    def day(d: date | None) -> date | None:
        return d + delta if d else None

    return app.replace(
        offer_deadline=day(app.offer_deadline),
        interviews=[
            i.replace(starts_at=i.starts_at + delta, decision_date=day(i.decision_date))
            for i in app.interviews
        ],
        messages=[m.replace(sent_at=m.sent_at + delta) for m in app.messages],
        replies=[
            r.replace(received_at=r.received_at + delta, new_date=day(r.new_date))
            for r in app.replies
        ],
        drafts=[d.replace(created_at=d.created_at + delta) for d in app.drafts],
    )
