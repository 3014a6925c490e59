"""The followup/v1 document: lossless round trips and one refusal per kind of bad input."""

from __future__ import annotations

import copy
import importlib.util
import io
import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import ConflictError, ImportFormatError
from followup.interchange.json import FORMAT, dump_document, load_document, read_document_file
from followup.model import (
    Application,
    AppStatus,
    Contact,
    Draft,
    Interview,
    Message,
    MessageKind,
    Policy,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)
from followup.store import open_store

EST = timezone(timedelta(hours=-5))
HAS_CLASSIFIER = importlib.util.find_spec("followup.replies") is not None


def full_app(key: str = "northwind-analyst") -> Application:
    return Application(
        key=key,
        company="Northwind Analytics",
        role="Senior Data Analyst",
        status=AppStatus.OFFER,
        link="https://jobs.example/1",
        notes="met at a meetup",
        salary_raised=True,
        offer_deadline=date(2026, 12, 4),
        contacts=[
            Contact("dana", "Dana Whitfield", "Analytics Manager", "dana@northwind.example"),
            Contact("lee", "Lee Park", phone="+1 555 0100", linkedin="https://li.example/lee"),
        ],
        interviews=[
            Interview("r1", Stage.FIRST_ROUND, datetime(2026, 11, 10, 10, tzinfo=EST), 45,
                      ["dana"], {"dana": ["moving reports to dbt"]}, "by the end of next week",
                      date(2026, 11, 20), ["Looker"], ["two years of Looker"], ["why us"],
                      ["rebuilt a pipeline"], "team grows"),
            Interview("r2", Stage.FINAL_ROUND, datetime(2026, 11, 24, 9, 30, tzinfo=EST)),
        ],
        messages=[
            Message(MessageKind.THANK_YOU, ["dana"], datetime(2026, 11, 10, 17, 30, tzinfo=EST),
                    "Thanks", "Hi Dana,\n\nThank you."),
        ],
        replies=[
            Reply("dana", datetime(2026, 11, 24, 11, tzinfo=EST), "By Dec 4.", ReplyKind.UPDATE,
                  date(2026, 12, 4)),
            Reply("lee", datetime(2026, 11, 25, 11, tzinfo=EST), "Soon, by Dec 9.",
                  ReplyKind.OTHER, None),
        ],
        drafts=[
            Draft(MessageKind.CHECK_IN, ["dana"], "Checking in", "Hi Dana",
                  datetime(2026, 11, 30, 8, tzinfo=EST), "r1"),
        ],
    )  # fmt: skip


def minimal_doc() -> dict[str, Any]:
    """The issue's example document."""
    return {
        "format": "followup/v1",
        "settings": {"timezone": "America/New_York", "holidays": "US", "policy": "standard"},
        "applications": [
            {
                "key": "northwind-analyst",
                "company": "Northwind Analytics",
                "role": "Senior Data Analyst",
                "status": "active",
                "contacts": [
                    {"key": "dana", "name": "Dana Whitfield", "email": "dana@northwind.example",
                     "title": "Analytics Manager"}
                ],
                "interviews": [
                    {"key": "r1", "stage": "first_round", "starts_at": "2026-11-10T10:00:00-05:00",
                     "duration_minutes": 45, "interviewers": ["dana"],
                     "topics": {"dana": ["moving weekly reports to dbt"]},
                     "timeline": "by the end of next week", "notes": "..."}
                ],
                "messages": [
                    {"kind": "thank_you", "to": ["dana"], "sent_at": "2026-11-10T17:30:00-05:00",
                     "subject": "...", "body": "..."}
                ],
                "replies": [
                    {"from": "dana", "received_at": "2026-11-24T11:00:00-05:00", "body": "...",
                     "kind": "update", "new_date": None}
                ],
            }
        ],
    }  # fmt: skip


def via_text(doc: dict[str, Any]) -> object:
    return json.loads(json.dumps(doc, ensure_ascii=False))


def refused(doc: object) -> str:
    with pytest.raises(ImportFormatError) as caught:
        load_document(doc)
    return str(caught.value)


# -- round trips -----------------------------------------------------------------------------


def test_round_trip_loses_nothing():
    prefs = Settings("Europe/Berlin", "DE", Policy.PERSISTENT, "Jördis O'Hara")
    apps = [full_app(), full_app("second")]
    doc = dump_document(prefs, apps)
    assert doc["format"] == FORMAT
    assert load_document(via_text(doc)) == (prefs, apps)


def test_output_keeps_offsets_and_null_new_date():
    doc = dump_document(Settings(), [full_app()])
    app = doc["applications"][0]
    assert app["interviews"][0]["starts_at"] == "2026-11-10T10:00:00-05:00"
    assert app["replies"][1]["new_date"] is None
    assert "title" not in app["contacts"][1]  # empty optional values are omitted


def test_issue_example_loads_with_defaults():
    prefs, apps = load_document(minimal_doc())
    assert prefs == Settings()
    app = apps[0]
    assert app.status is AppStatus.ACTIVE and app.drafts == [] and app.offer_deadline is None
    assert app.interviews[0].starts_at.utcoffset() == timedelta(hours=-5)
    assert app.replies[0].kind is ReplyKind.UPDATE and app.replies[0].new_date is None


def test_settings_are_optional():
    doc = minimal_doc()
    del doc["settings"]
    assert load_document(doc)[0] is None


def test_holidays_none_means_weekends_only():
    doc = minimal_doc()
    doc["settings"]["holidays"] = "none"
    prefs, _ = load_document(doc)
    assert prefs is not None and prefs.holidays == ""
    assert load_document(via_text(dump_document(prefs, [])))[0] == prefs


def test_bundled_demo_loads():
    from followup.demo import load_demo

    if not HAS_CLASSIFIER:
        pytest.skip("followup.replies is not written yet")
    prefs, apps = load_demo()
    assert prefs is not None and apps


@pytest.mark.skipif(not HAS_CLASSIFIER, reason="followup.replies is not written yet")
def test_reply_without_kind_is_classified():
    from followup.replies import classify_reply

    doc = minimal_doc()
    reply = doc["applications"][0]["replies"][0]
    del reply["kind"], reply["new_date"]
    reply["body"] = "Unfortunately we have decided to move forward with another candidate."
    expected = classify_reply(reply["body"], date(2026, 11, 24))
    loaded = load_document(doc)[1][0].replies[0]
    assert (loaded.kind, loaded.new_date) == (expected.kind, expected.new_date)


@pytest.mark.skipif(not HAS_CLASSIFIER, reason="followup.replies is not written yet")
def test_given_kind_still_takes_new_date_from_classifier():
    from followup.replies import classify_reply

    doc = minimal_doc()
    reply = doc["applications"][0]["replies"][0]
    del reply["new_date"]
    reply["body"] = "We expect to decide by December 4."
    expected = classify_reply(reply["body"], date(2026, 11, 24))
    loaded = load_document(doc)[1][0].replies[0]
    assert loaded.kind is ReplyKind.UPDATE
    assert loaded.new_date == expected.new_date


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(str.strip) | st.sampled_from(["Marcus O'Neill", "Elena Kovač", "王小明", "Zoë\nØdegård"])
free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
moments = st.builds(
    lambda dt, minutes: dt.replace(tzinfo=timezone(timedelta(minutes=minutes))),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
keys = st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,10}\Z")


@st.composite
def applications(draw: st.DrawFn) -> Application:
    contact_keys = draw(st.lists(keys, min_size=1, max_size=4, unique=True))
    contacts = [Contact(k, draw(names), draw(free_text), draw(free_text)) for k in contact_keys]
    some = st.lists(st.sampled_from(contact_keys), min_size=1, max_size=3)
    interviews = [
        Interview(
            key=k,
            stage=draw(st.sampled_from(Stage)),
            starts_at=draw(moments),
            duration_minutes=draw(st.integers(1, 600)),
            interviewers=draw(some),
            topics={c: draw(st.lists(free_text, max_size=2)) for c in draw(some)},
            timeline=draw(free_text),
            decision_date=draw(st.none() | st.dates()),
            concerns=draw(st.lists(free_text, max_size=2)),
            notes=draw(free_text),
        )
        for k in draw(st.lists(keys, max_size=3, unique=True))
    ]
    messages = [
        Message(draw(st.sampled_from(MessageKind)), draw(some), draw(moments), draw(free_text),
                draw(free_text))
        for _ in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    replies = [
        Reply(draw(st.sampled_from(contact_keys)), draw(moments), draw(free_text),
              draw(st.sampled_from(ReplyKind)), draw(st.none() | st.dates()))
        for _ in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    return Application(
        key=draw(keys),
        company=draw(names),
        role=draw(names),
        status=draw(st.sampled_from(AppStatus)),
        notes=draw(free_text),
        salary_raised=draw(st.booleans()),
        offer_deadline=draw(st.none() | st.dates()),
        contacts=contacts,
        interviews=interviews,
        messages=messages,
        replies=replies,
    )


@settings(max_examples=80)
@given(app=applications(), your_name=free_text)
def test_generated_applications_round_trip(app, your_name):
    prefs = Settings(your_name=your_name)
    assert load_document(via_text(dump_document(prefs, [app]))) == (prefs, [app])


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(app=applications())
def test_generated_applications_survive_the_store(tmp_path, app):
    with open_store(tmp_path / "rt.db") as store:
        store.import_document(Settings(), [app], replace=True)
        exported = dump_document(store.get_settings(), store.list_applications())
    assert load_document(via_text(exported))[1] == [app]


# -- refusals: one per kind of problem -------------------------------------------------------


def first_app(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["applications"][0]


def test_non_object_document():
    assert refused([1, 2]) == "document: expected an object, got a list"


def test_wrong_format_tag():
    doc = minimal_doc()
    doc["format"] = "followup/v2"
    assert "format: 'followup/v2' is not a supported format" in refused(doc)


def test_missing_format_tag():
    doc = minimal_doc()
    del doc["format"]
    assert refused(doc) == "format: is required"


def test_missing_required_field():
    doc = minimal_doc()
    del first_app(doc)["company"]
    assert refused(doc) == "application 'northwind-analyst': company: is required"


def test_missing_required_child_field():
    doc = minimal_doc()
    del first_app(doc)["interviews"][0]["starts_at"]
    assert refused(doc) == "application 'northwind-analyst': interviews[0].starts_at: is required"


def test_wrong_type():
    doc = minimal_doc()
    first_app(doc)["interviews"][0]["duration_minutes"] = "45"
    assert refused(doc) == (
        "application 'northwind-analyst': interviews[0].duration_minutes: "
        "expected a whole number, got a string"
    )


def test_wrong_type_in_list():
    doc = minimal_doc()
    first_app(doc)["interviews"][0]["topics"] = {"dana": ["ok", 3]}
    assert refused(doc).endswith("interviews[0].topics.dana[1]: expected a string, got a number")


def test_applications_not_a_list():
    doc = minimal_doc()
    doc["applications"] = {"key": "x"}
    assert refused(doc) == "applications: expected a list, got an object"


def test_unknown_stage():
    doc = minimal_doc()
    first_app(doc)["interviews"][0]["stage"] = "third_round"
    message = refused(doc)
    assert message.startswith(
        "application 'northwind-analyst': interviews[0].stage: unknown stage 'third_round' "
        "(one of phone_screen, first_round"
    )


def test_unknown_status_and_kinds():
    doc = minimal_doc()
    first_app(doc)["status"] = "ghosted"
    assert "status: unknown status 'ghosted'" in refused(doc)
    doc = minimal_doc()
    first_app(doc)["messages"][0]["kind"] = "letter"
    assert "messages[0].kind: unknown message kind 'letter'" in refused(doc)
    doc = minimal_doc()
    first_app(doc)["replies"][0]["kind"] = "maybe"
    assert "replies[0].kind: unknown reply kind 'maybe'" in refused(doc)
    doc = minimal_doc()
    doc["settings"]["policy"] = "pushy"
    assert refused(doc).startswith("settings.policy: unknown policy 'pushy'")


def test_unparseable_datetime():
    doc = minimal_doc()
    first_app(doc)["interviews"][0]["starts_at"] = "2026-13-10"
    assert refused(doc) == (
        "application 'northwind-analyst': interviews[0].starts_at: '2026-13-10' is not an "
        "ISO 8601 date-time with a UTC offset"
    )


def test_naive_datetime():
    doc = minimal_doc()
    first_app(doc)["messages"][0]["sent_at"] = "2026-11-10T17:30:00"
    assert "messages[0].sent_at: '2026-11-10T17:30:00' has no UTC offset" in refused(doc)


def test_unparseable_date():
    doc = minimal_doc()
    first_app(doc)["offer_deadline"] = "next Friday"
    assert "offer_deadline: 'next Friday' is not an ISO 8601 date" in refused(doc)


def test_duplicate_application_keys():
    doc = minimal_doc()
    doc["applications"].append(copy.deepcopy(first_app(doc)))
    assert refused(doc) == (
        "applications[1].key: duplicate application key 'northwind-analyst' (also applications[0])"
    )


def test_duplicate_contact_and_interview_keys():
    doc = minimal_doc()
    first_app(doc)["contacts"].append({"key": "dana", "name": "Dana Two"})
    assert refused(doc).endswith("contacts[1].key: duplicate key 'dana'")
    doc = minimal_doc()
    first_app(doc)["interviews"].append(copy.deepcopy(first_app(doc)["interviews"][0]))
    assert refused(doc).endswith("interviews[1].key: duplicate key 'r1'")


def test_invalid_keys():
    doc = minimal_doc()
    first_app(doc)["key"] = "Northwind Analyst"
    assert "key: key 'Northwind Analyst' is not a valid key" in refused(doc)
    doc = minimal_doc()
    first_app(doc)["contacts"][0]["key"] = "Dana!"
    assert "contacts[0].key: key 'Dana!' is not a valid key" in refused(doc)


@pytest.mark.parametrize(
    ("place", "where"),
    [
        (
            lambda a: a["interviews"][0].update(interviewers=["dan"]),
            "interviews[0].interviewers[0]",
        ),
        (lambda a: a["interviews"][0].update(topics={"dan": ["x"]}), "interviews[0].topics.dan"),
        (lambda a: a["messages"][0].update(to=["dana", "dan"]), "messages[0].to[1]"),
        (lambda a: a["replies"][0].update({"from": "dan"}), "replies[0].from"),
    ],
)
def test_unknown_contact_keys(place, where):
    doc = minimal_doc()
    place(first_app(doc))
    assert refused(doc) == (
        f"application 'northwind-analyst': {where}: unknown contact 'dan' (known: dana)"
    )


def test_unknown_field_is_refused():
    doc = minimal_doc()
    first_app(doc)["interviews"][0]["interviwers"] = ["dana"]
    assert "interviews[0]: unknown field 'interviwers'" in refused(doc)


def test_bad_settings():
    doc = minimal_doc()
    doc["settings"]["timezone"] = "Mars/Olympus"
    assert refused(doc) == "settings.timezone: unknown time zone 'Mars/Olympus'"
    doc = minimal_doc()
    doc["settings"]["holidays"] = "United States"
    assert "settings.holidays: 'United States' is not a region" in refused(doc)


def test_application_without_usable_key_is_named_by_position():
    doc = minimal_doc()
    doc["applications"].append("not an object")
    assert refused(doc) == "applications[1]: expected an object, got a string"


def test_message_needs_a_recipient():
    doc = minimal_doc()
    first_app(doc)["messages"][0]["to"] = []
    assert refused(doc).endswith("messages[0].to: must name at least one contact")


def test_draft_names_a_known_interview():
    doc = minimal_doc()
    first_app(doc)["drafts"] = [
        {"kind": "check_in", "to": ["dana"], "subject": "s", "body": "b",
         "created_at": "2026-11-30T08:00:00-05:00", "interview": "r9"}
    ]  # fmt: skip
    assert refused(doc).endswith("drafts[0].interview: unknown interview 'r9' (known: r1)")


# -- files -----------------------------------------------------------------------------------


def test_read_file_and_stdin(tmp_path, monkeypatch):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(minimal_doc()), encoding="utf-8")
    assert read_document_file(path)[1][0].key == "northwind-analyst"
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(minimal_doc())))
    assert read_document_file("-")[1][0].key == "northwind-analyst"


def test_bad_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": "followup/v1",\n  "applications": [,]\n}\n')
    with pytest.raises(ImportFormatError, match=r"bad.json: not valid JSON at line 3, column 20"):
        read_document_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportFormatError, match=r"nope\.json: no such file"):
        read_document_file(tmp_path / "nope.json")


# -- imports are all or nothing --------------------------------------------------------------


def test_import_failing_half_way_leaves_db_unchanged(tmp_path):
    with open_store(tmp_path / "db.sqlite") as store:
        store.import_document(Settings(your_name="Jordan"), [full_app("existing")])
        before = (store.get_settings(), store.list_applications())
        good = full_app("good")
        bad = full_app("bad")
        bad.contacts.append(Contact("dana", "Second Dana"))  # fails inside the transaction
        with pytest.raises(ConflictError):
            store.import_document(Settings(policy=Policy.EXTENDED), [good, bad], replace=True)
        assert (store.get_settings(), store.list_applications()) == before
