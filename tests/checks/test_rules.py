"""Every rule: drafts it must flag and drafts it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from followup.checks import CheckContext, check
from followup.checks.registry import all_rules
from followup.model import MessageKind, Stage

GOOD = "Thank you for walking me through the plan to rebuild the weekly demand forecast."

# (code, body, options): options feed the draft builder and the context.
FIRES: list[tuple[str, str, dict[str, Any]]] = [
    ("FU101", GOOD, {"subject": None}),
    ("FU101", GOOD, {"subject": "  "}),
    ("FU102", GOOD, {"subject": "Thank you"}),
    ("FU102", GOOD, {"subject": "Checking in!"}),
    ("FU102", GOOD, {"subject": "Following up"}),
    ("FU102", GOOD, {"subject": "Re: interview"}),
    ("FU103", "Thank you for telling me about [specific project].", {}),
    ("FU103", "I enjoyed learning about {company}.", {}),
    ("FU103", "I am excited about the <Job Title> role.", {}),
    ("FU103", "TODO: mention the dbt migration.", {}),
    ("FU103", "We met on XX November.", {}),
    ("FU103", GOOD, {"subject": "Thanks for the [Role] interview"}),
    # The note `followup draft` writes where a detail was missing (issue 3).
    ("FU103", GOOD + " (Still to add: a topic you discussed with Dana.)", {}),
    ("FU103", GOOD + "\n\nKind regards,\n(Still to add: your name under the note.)", {}),
    ("FU104", GOOD, {"greeting": None}),
    ("FU104", GOOD, {"greeting": "Hello,"}),
    ("FU104", GOOD, {"greeting": "Dear Hiring Manager,"}),
    ("FU104", GOOD, {"greeting": "To whom it may concern,"}),
    ("FU104", GOOD, {"greeting": "Hi there,"}),
    ("FU105", GOOD, {"sign_off": False}),
    ("FU201", " ".join(["I enjoyed our talk about the forecast."] * 8), {"kind": "thank_you"}),
    (
        "FU201",
        " ".join(["I enjoyed the talk."] * 5),
        {"kind": "thank_you", "stage": "phone_screen"},
    ),
    ("FU201", " ".join(["word"] * 151) + ".", {"kind": "check_in"}),
    ("FU201", " ".join(["word"] * 251) + ".", {"kind": "thank_you"}),
    ("FU301", GOOD, {"greeting": "Hey Dana,"}),
    ("FU301", "Thx for the chat about the forecast.", {}),
    ("FU301", "That was fun lol, thanks for the forecast demo.", {}),
    ("FU301", "I'm gonna send the notebook tomorrow.", {}),
    ("FU301", "So what's up with the forecast?", {}),
    ("FU301", "Let me know if u need anything about the forecast.", {}),
    ("FU302", "Thanks for the forecast demo :)", {}),
    ("FU302", "Thanks for the forecast demo 😊", {}),
    ("FU302", "Thanks for the forecast demo 👍🏽", {}),
    ("FU302", "Loved the forecast demo <3", {}),
    ("FU302", "Great forecast demo ;-)", {}),
    ("FU303", "Please let me know by Friday about the forecasting role.", {}),
    ("FU303", "I need an answer ASAP on the forecasting role.", {}),
    ("FU303", "Please respond as soon as possible about the forecasting role.", {}),
    ("FU303", "If I don't hear back by Monday, I will assume the worst.", {}),
    ("FU303", "Otherwise I will accept another offer.", {}),
    ("FU303", "I expect a decision on the forecasting role soon.", {}),
    # Issue 3: up to three words between the request and the date.
    ("FU303", "Please let me know your decision by Friday.", {}),
    ("FU303", "Send me an answer before Monday.", {}),
    ("FU303", "Get back to me with a decision by the 4th.", {}),
    ("FU303", "Let me know the outcome no later than Wednesday.", {}),
    ("FU303", "Tell me your decision by tomorrow.", {}),
    ("FU303", "Please decide by Friday.", {}),
    ("FU303", "I need you to decide by Friday.", {}),
    ("FU304", "I still haven't heard anything about the forecasting role.", {}),
    ("FU304", "Why is this taking so long for the forecasting role?", {}),
    ("FU304", "This is my third email about the forecasting role.", {}),
    ("FU304", "A reply is common courtesy.", {}),
    ("FU304", "Nobody has responded to my notes about the forecast.", {}),
    ("FU305", "I really need this job after the forecast demo.", {}),
    ("FU305", "Please give me a chance on the forecasting team.", {}),
    ("FU305", "I'm begging you to reconsider the forecasting role.", {}),
    ("FU305", "I'll do anything to join the forecasting team.", {}),
    ("FU306", "Thanks for the forecast demo! It was great! Truly!", {}),
    ("FU306", "Thanks for the forecast demo!!", {}),
    ("FU401", "What is the salary range for the forecasting role?", {"kind": "check_in"}),
    ("FU401", "Could you share details of the benefits package?", {"kind": "check_in"}),
    ("FU401", "How many vacation days come with the forecasting role?", {"kind": "check_in"}),
    ("FU401", "Is there a signing bonus or stock options?", {"kind": "check_in"}),
    ("FU401", "I would also like to discuss compensation.", {"kind": "thank_you"}),
    ("FU402", "Sorry for rambling on the forecasting question.", {}),
    ("FU402", "I apologize for my answer about the forecast.", {}),
    ("FU402", "I was so nervous during the forecasting case.", {}),
    ("FU402", "My mind went blank on the forecasting question.", {}),
    (
        "FU403",
        "Thank you for your time today. I enjoyed our conversation and I am excited about the "
        "opportunity. I look forward to hearing from you.",
        {"kind": "thank_you"},
    ),
    ("FU403", "Thank you for the interview. I remain very interested.", {}),
    ("FU403", "Thank you for the interview today. It was a pleasure to meet.", {"context": "app"}),
    ("FU501", GOOD, {"greeting": "Hi Sam,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Hi Dnaa,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Hi Diana,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Dear Ms. Whitfeld,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Hi Alex,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD + " Dnaa, your forecast demo was great.", {"context": "app", "to_key": "dana"}),
    ("FU502", GOOD + " I would love to help Brightline Analytics grow.", {"context": "app"}),
    ("FU502", GOOD + " I am keen to join Acme Corp.", {"context": "app"}),
    (
        "FU502",
        GOOD + " I look forward to joining Harbor.",
        {"context": "app", "others": ("Harbor",)},
    ),
    ("FU503", "I recieved the forecast notes.", {}),
    ("FU503", "The demo was definately useful.", {}),
    ("FU503", GOOD, {"subject": "Thanks for the forcasting interview"}),
    ("FU503", "Thnak you for the forecasting demo.", {}),
    (
        "FU605",
        GOOD,
        {"to": "Dana <dana@northwind.example>, Sam <sam@northwind.example>", "kind": "thank_you"},
    ),
    ("FU605", GOOD, {"greeting": "Hi Dana and Sam,", "kind": "thank_you"}),
    ("FU605", GOOD, {"greeting": "Hi all,", "kind": "thank_you"}),
]

QUIET: list[tuple[str, str, dict[str, Any]]] = [
    ("FU101", GOOD, {}),
    (
        "FU101",
        "Hi Sam, thanks for the chat about dashboards. Let's stay in touch.",
        {"subject": None, "kind": "linkedin", "greeting": None},
    ),
    ("FU102", GOOD, {"subject": "Thank you for the forecasting conversation"}),
    ("FU102", GOOD, {"subject": "Checking in on the Data Analyst role"}),
    (
        "FU103",
        "Write to me at <jordan@example.com> or see [my notes](https://example.com/notes).",
        {},
    ),
    ("FU103", "The forecast improved by 20%, to 4,000 units.", {}),
    ("FU103", "I still have to add a point about the forecast to my notes.", {}),
    ("FU103", "Two things are still to add: seasonality (weekly) and returns.", {}),
    ("FU103", GOOD, {"to": "Dana Whitfield <dana@northwind.example>"}),
    ("FU104", GOOD, {"greeting": "Dear Ms. Whitfield,"}),
    ("FU104", GOOD, {"greeting": "Good morning Dana,"}),
    ("FU104", GOOD, {"greeting": "Dana,"}),
    ("FU104", GOOD + " More below.", {"greeting": "Hello Dr. Okafor,"}),
    ("FU105", GOOD, {}),
    ("FU105", GOOD + "\n\nThanks again,\nJordan", {"sign_off": False}),
    ("FU105", GOOD + "\n\n- Jordan", {"sign_off": False}),
    ("FU105", GOOD + "\n\nCheers, Jordan", {"sign_off": False}),
    ("FU201", " ".join(["I enjoyed our talk about the forecast."] * 7), {"kind": "thank_you"}),
    ("FU201", " ".join(["word"] * 140) + ".", {"kind": "check_in"}),
    (
        "FU201",
        " ".join(["I enjoyed the talk."] * 4),
        {"kind": "thank_you", "stage": "phone_screen"},
    ),
    ("FU301", "Thanks for the chat with Mr. Heyward about the forecast.", {}),
    ("FU301", "They showed me how the forecast works.", {}),
    ("FU301", GOOD + " I enjoyed learning about Lol Labs and its forecast.", {}),
    ("FU301", GOOD, {"greeting": "Hi Dana,"}),
    ("FU301", "The U.S. team runs the forecast.", {}),
    ("FU302", "The meeting moved to 10:30 (see https://example.com/a:b).", {}),
    ("FU302", "Step 1) rebuild the forecast; step 2) test it.", {}),
    ("FU303", "I'd love to hear about next steps whenever the team is ready.", {}),
    ("FU303", "I can start as soon as the notice period ends.", {}),
    ("FU303", "Could you share an updated timeline when you have a moment?", {}),
    ("FU303", "I'd love to hear about next steps.", {}),
    ("FU303", "I'm happy to provide references by Friday if useful.", {}),
    ("FU303", "Let me know if you need anything else before Friday.", {}),
    ("FU303", "Please let me know whether a call before Friday would help.", {}),
    ("FU303", "Let me know what works for you before Friday.", {}),
    ("FU303", "You mentioned the team hoped to decide by Friday, so I am checking in.", {}),
    ("FU303", "I'll confirm my start date by Monday.", {}),
    ("FU303", "I’ll confirm by Monday.", {}),
    ("FU303", "I'm happy to answer any questions before Friday.", {}),
    ("FU303", "I'll get back to you with my answer by Friday.", {}),
    ("FU303", "I have been asked to reply to another offer by December 4.", {}),
    (
        "FU303",
        "I have another offer and have been asked to reply by December 4.",
        {"kind": "expedite"},
    ),
    ("FU304", "It has been two weeks since our conversation, and I wanted to check in.", {}),
    ("FU304", "I know hiring takes time and I'm happy to wait.", {}),
    ("FU305", "I need to send the forecast notes by Friday.", {}),
    ("FU305", "I would love to join the forecasting team.", {}),
    ("FU306", "Thanks for the forecast demo!", {}),
    ("FU306", "Thanks! It was great!", {"config_params": {"FU306": {"max_exclamations": 2}}}),
    ("FU401", "Teams that pay attention to small checks benefit from them.", {"kind": "thank_you"}),
    (
        "FU401",
        "The migration paid off, and the benefits of testing were clear.",
        {"kind": "thank_you"},
    ),
    ("FU401", "The salary and start date work well for me.", {"kind": "offer_accept"}),
    (
        "FU401",
        "Thank you for the offer; I'd like to review the benefits package.",
        {"kind": "offer_time"},
    ),
    (
        "FU401",
        "As you mentioned the salary range, it fits my expectations.",
        {"context": "app", "salary_raised": True},
    ),
    ("FU401", "My project saved $40,000 in freight costs.", {"kind": "thank_you"}),
    ("FU402", "Sorry for the delay in replying to your note.", {}),
    ("FU402", "I was sorry to hear about the reorganisation.", {}),
    ("FU402", "I wanted to add to my answer about the forecast: seasonality matters.", {}),
    (
        "FU403",
        GOOD + " Your question about late shipments kept me thinking.",
        {"kind": "thank_you"},
    ),
    ("FU403", "Thank you for explaining the dbt migration plan.", {"context": "app"}),
    ("FU403", "Thank you for letting me know.", {"kind": "reply_rejection"}),
    ("FU501", GOOD, {"greeting": "Hi Dana,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Dear Ms. Whitfield,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Dear Dana Whitfield,", "context": "app", "to_key": "dana"}),
    ("FU501", GOOD, {"greeting": "Hi Sam,", "context": "app"}),
    (
        "FU501",
        GOOD + " Data is at the heart of it, and Sam helped too.",
        {"context": "app", "to_key": "dana"},
    ),
    (
        "FU501",
        GOOD,
        {"greeting": "Hi Dana,", "context": "app", "to": "Dana Whitfield <dana@northwind.example>"},
    ),
    ("FU502", GOOD + " I would love to help Northwind Labs grow.", {"context": "app"}),
    ("FU502", GOOD + " I would love to help Northwind grow.", {"context": "app"}),
    ("FU502", GOOD + " The Data Analytics team impressed me.", {"context": "app"}),
    ("FU502", GOOD + " I would love to help Brightline Analytics grow.", {}),
    ("FU503", GOOD, {}),
    (
        "FU503",
        "The dbt migration and SQL tests at Northwind excited me; see jordan@example.com.",
        {},
    ),
    ("FU503", "The forecast for Q3 used a B2B dataset.", {}),
    ("FU503", "Your point about the Grafana alerts helped.", {}),
    ("FU503", "I used Quarto for the report.", {"words": ("quarto",)}),
    ("FU503", "The quarto report helped.", {"config_accept": ("quarto",)}),
    ("FU503", "The forecast was discussed with the demand forecasting group.", {"context": "app"}),
    ("FU605", GOOD, {"to": "Dana <dana@northwind.example>", "kind": "thank_you"}),
    (
        "FU605",
        GOOD,
        {"to": "Dana <dana@northwind.example>, Sam <sam@northwind.example>", "kind": "check_in"},
    ),
]


def _findings(code: str, body: str, opts: dict[str, Any], draft, application, settings):
    from followup.checks.context import CheckConfig

    opts = dict(opts)
    builder = {k: opts.pop(k) for k in ("subject", "to", "greeting", "sign_off") if k in opts}
    text = draft(body, **builder)
    context = CheckContext(
        kind=MessageKind(opts["kind"]) if "kind" in opts else None,
        stage=Stage(opts["stage"]) if "stage" in opts else None,
        config=CheckConfig(
            params=opts.get("config_params", {}), accept=frozenset(opts.get("config_accept", ()))
        ),
        words=frozenset(opts.get("words", ())),
    )
    if opts.get("context") == "app":
        application.salary_raised = bool(opts.get("salary_raised"))
        context.application = application
        context.settings = settings
        context.other_companies = tuple(opts.get("others", ()))
        if "to_key" in opts:
            context.to = application.contact(opts["to_key"])
    return [f for f in check(text, context) if f.code == code]


@pytest.mark.parametrize(("code", "body", "opts"), FIRES)
def test_rule_fires(code, body, opts, draft, application, settings):
    assert _findings(code, body, opts, draft, application, settings), (
        f"{code} should flag: {body!r}"
    )


@pytest.mark.parametrize(("code", "body", "opts"), QUIET)
def test_rule_stays_quiet(code, body, opts, draft, application, settings):
    found = _findings(code, body, opts, draft, application, settings)
    assert not found, f"{code} should not flag: {[f.text for f in found]}"


def test_every_rule_has_fixtures_both_ways():
    codes = {r.code for r in all_rules()}
    timing = {"FU601", "FU602", "FU603", "FU604"}  # tested with histories in test_context_rules.py
    assert codes - timing <= {c for c, _, _ in FIRES}
    assert codes - timing <= {c for c, _, _ in QUIET}


def test_salary_is_an_error_in_a_thank_you_and_a_warning_elsewhere(draft):
    text = draft("What is the salary range?")
    thank_you = check(text, CheckContext(kind=MessageKind.THANK_YOU))
    check_in = check(text, CheckContext(kind=MessageKind.CHECK_IN))
    assert [f.severity for f in thank_you if f.code == "FU401"] == ["error"]
    assert [f.severity for f in check_in if f.code == "FU401"] == ["warning"]
