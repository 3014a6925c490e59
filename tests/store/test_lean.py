"""The lean load for planning: everything but the texts, and never saved back."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import StoreError
from followup.model import Application, Interview, Message, MessageKind, Settings, Stage

EST = timezone(timedelta(hours=-5))


def without_texts(app: Application) -> Application:
    """What a lean load should give for `app`: the same, with every subject and body blank."""
    return app.replace(
        messages=[m.replace(subject="", body="") for m in app.messages],
        replies=[r.replace(body="") for r in app.replies],
        drafts=[d.replace(subject="", body="") for d in app.drafts],
    )


def test_lean_load_equals_full_load_except_texts(store, app_factory):
    for key in ("zeta", "alpha"):
        store.add_application(app_factory(key))
    full = store.list_applications()
    lean = store.list_applications(bodies=False)
    assert [a.key for a in lean] == ["alpha", "zeta"]
    assert lean == [without_texts(a) for a in full]
    assert lean != full  # the fixture does have texts, so something was left out
    message = lean[0].messages[0]
    assert message.subject == "" and message.body == "" and isinstance(message.body, str)


def test_default_load_is_full_and_saveable(store, app_factory):
    store.add_application(app_factory("northwind"))
    store.list_applications(bodies=False)
    app = store.list_applications()[0]
    assert app == app_factory("northwind")
    app.notes = "changed"
    store.save_application(app)
    assert store.get_application("northwind").messages[0].body == "Hi Dana,\n\nThank you."


def test_empty_store_lean(store):
    assert store.list_applications(bodies=False) == []


def test_saving_a_lean_application_is_refused_and_changes_nothing(store, app_factory):
    store.add_application(app_factory("northwind"))
    lean = store.list_applications(bodies=False)[0]
    lean.notes = "edited on a lean copy"
    with pytest.raises(StoreError, match=r"cannot save application 'northwind': .*bodies=False"):
        store.save_application(lean)
    assert store.get_application("northwind") == app_factory("northwind")


def test_every_write_path_refuses_lean_objects(store, app_factory):
    store.add_application(app_factory("northwind"))
    lean = store.list_applications(bodies=False)[0]
    with pytest.raises(StoreError, match="without message, reply and draft texts"):
        store.import_document(Settings(), [lean])
    with pytest.raises(StoreError, match="without message, reply and draft texts"):
        store.import_document(None, [lean], replace=True)
    renamed = lean.replace(key="copy")
    with pytest.raises(StoreError, match="without message, reply and draft texts"):
        store.add_application(renamed)
    assert store.application_keys() == ["northwind"]
    assert store.get_application("northwind") == app_factory("northwind")


@pytest.mark.parametrize("child", ["messages", "replies", "drafts"])
def test_one_unread_child_is_enough_to_refuse(store, app_factory, child):
    app = app_factory("northwind")
    for other in {"messages", "replies", "drafts"} - {child}:
        setattr(app, other, [])
    store.add_application(app)
    lean = store.list_applications(bodies=False)[0]
    with pytest.raises(StoreError, match="cannot save"):
        store.save_application(lean)


def test_copies_of_lean_objects_are_refused_too(store, app_factory):
    store.add_application(app_factory("northwind"))
    lean = store.list_applications(bodies=False)[0]
    for clone in (copy.deepcopy(lean), copy.copy(lean), lean.replace()):
        with pytest.raises(StoreError, match="cannot save"):
            store.save_application(clone)


def test_lean_application_without_texts_to_lose_can_be_saved(store, app_factory):
    app = app_factory("northwind")
    app.messages, app.replies, app.drafts = [], [], []
    store.add_application(app)
    lean = store.list_applications(bodies=False)[0]
    lean.notes = "fine: nothing was left unread"
    store.save_application(lean)
    assert store.get_application("northwind").notes == "fine: nothing was left unread"


def test_texts_given_explicitly_replace_the_unread_ones(store, app_factory):
    store.add_application(app_factory("northwind"))
    lean = store.list_applications(bodies=False)[0]
    for m in lean.messages:
        m.subject, m.body = "new subject", "new body"
    for r in lean.replies:
        r.body = "new reply"
    for d in lean.drafts:
        d.subject, d.body = "", "".strip()  # a derived "" is a real, chosen empty text
    store.save_application(lean)
    saved = store.get_application("northwind")
    assert [m.body for m in saved.messages] == ["new body", "new body"]
    assert [d.body for d in saved.drafts] == ["", ""]


def test_lean_objects_do_not_share_lists(store, app_factory):
    for key in ("a", "b"):
        store.add_application(app_factory(key))
    first, second = store.list_applications(bodies=False)
    first.interviews[0].interviewers.append("ana")
    first.interviews[0].topics["dana"].append("extra")
    first.messages[0].to.clear()
    first.contacts.clear()
    assert second == without_texts(app_factory("b"))


def test_lean_damaged_row_is_a_store_error(store, app_factory):
    store.add_application(app_factory("northwind"))
    store._conn.execute('UPDATE messages SET recipients = \'{"not": "a list"}\'')
    with pytest.raises(StoreError, match="damaged row"):
        store.list_applications(bodies=False)


word_lists = st.lists(st.text(max_size=12), max_size=3)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lists=st.tuples(word_lists, word_lists, word_lists, word_lists, word_lists),
    topics=st.dictionaries(st.sampled_from(["dana", "lee"]), word_lists, max_size=2),
    texts=st.tuples(st.text(max_size=30), st.text(max_size=30)),
    decided=st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
)
def test_lean_equals_full_for_generated_values(store, app_factory, lists, topics, texts, decided):
    app = app_factory("northwind")
    who, concerns, wish, questions, strengths = lists
    app.interviews.append(
        Interview(
            "r3",
            Stage.OTHER,
            datetime(2026, 12, 1, 9, 0, tzinfo=EST),
            30,
            who,
            topics,
            texts[0],
            decided,
            concerns,
            wish,
            questions,
            strengths,
            texts[1],
        )
    )
    app.messages.append(Message(MessageKind.OTHER, who, datetime(2026, 12, 2, tzinfo=EST), *texts))
    store.save_application(app)
    full = store.list_applications()
    assert full == [app]
    assert store.list_applications(bodies=False) == [without_texts(app)]
