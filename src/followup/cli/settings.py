"""The settings command."""

from __future__ import annotations

from followup.cli.common import open_store_for, zone
from followup.cli.console import echo
from followup.cli.framework import Context, command, option
from followup.model import Policy
from followup.tracking import clean_line, enum_value


@command()
@option("--timezone", help="Your IANA time zone, e.g. America/New_York.")
@option(
    "--holidays",
    help="Public-holiday region such as US, GB, DE or US-CA ('none' for weekends only).",
)
@option(
    "--policy",
    choices=[p.value for p in Policy],
    help="How many check-ins before moving on.",
)
@option("--name", help="Your name, used to sign drafts.")
def settings(
    ctx: Context,
    timezone: str | None,
    holidays: str | None,
    policy: str | None,
    name: str | None,
) -> None:
    """Show the settings, or change the ones given."""
    from followup.schedule.holidays import parse_region

    with open_store_for(ctx) as store:
        current = store.get_settings()
        if timezone is not None:
            current.timezone = timezone.strip()
            zone(current)
        if holidays is not None:
            region = holidays.strip()
            if region.lower() not in ("", "none"):
                parse_region(region)
            current.holidays = "" if region.lower() == "none" else region.upper()
        if policy is not None:
            current.policy = enum_value(Policy, policy, "policy")
        if name is not None:
            current.your_name = clean_line(name)
        if any(v is not None for v in (timezone, holidays, policy, name)):
            store.save_settings(current)
    echo(f"timezone: {current.timezone}")
    echo(f"holidays: {current.holidays or 'none'}")
    echo(f"policy:   {current.policy.value}")
    echo(f"name:     {current.your_name or '(not set; drafts are signed without a name)'}")
