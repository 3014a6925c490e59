"""Reading check.toml: rule switches, tuned numbers, extra phrases and accepted words."""

from __future__ import annotations

import os

from followup.checks.context import CheckConfig
from followup.errors import InputError
from followup.paths import configured_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

#: The [phrases] lists a user may extend, and the rule each one feeds.
PHRASE_LISTS = {
    "casual": "FU301",
    "pushy": "FU303",
    "impatient": "FU304",
    "desperate": "FU305",
    "salary": "FU401",
    "apology": "FU402",
}


def default_path() -> str:
    """$FOLLOWUP_CONFIG_DIR/check.toml, else the platform's user config directory."""
    base = configured_dir("FOLLOWUP_CONFIG_DIR", "config")
    return os.path.join(base, "check.toml")


def load_config(path: str | Path | None = None) -> CheckConfig:
    """The config at `path` (which must exist), else the default file if there is one."""
    if path is None:
        found = default_path()
        if not os.path.isfile(found):
            return CheckConfig()
        return read_config(found)
    return read_config(path)


def read_config(path: str | Path) -> CheckConfig:
    """Parse and validate one check.toml; every problem is an InputError naming the file."""
    import tomllib

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        data = tomllib.loads(text)
    except OSError as err:
        raise InputError(f"cannot read config file {path}: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"config file {path} is not UTF-8 text") from err
    except tomllib.TOMLDecodeError as err:
        detail = str(err).replace(
            "at end of document", f"at line {text.count(chr(10)) + 1}, the end"
        )
        raise InputError(f"config file {path}: invalid TOML: {detail}") from err
    return parse_config(data, str(path))


def parse_config(data: dict[str, Any], where: str = "config") -> CheckConfig:
    """Validate a decoded config table."""
    from followup.checks.registry import rule_by_code

    def fail(message: str) -> InputError:
        return InputError(f"config file {where}: {message}")

    unknown = set(data) - {"rules", "phrases", "words"}
    if unknown:
        raise fail(
            f"unknown section [{sorted(unknown)[0]}]; expected [rules], [phrases] or [words]"
        )
    rules = _table(data.get("rules", {}), "[rules]", fail)
    disabled: set[str] = set()
    params: dict[str, dict[str, Any]] = {}
    for key, value in rules.items():
        if key == "disable":
            for code in _strings(value, "[rules] disable", fail):
                rule = rule_by_code(code)
                if rule is None:
                    raise fail(f"[rules] disable names an unknown rule {code!r}")
                disabled.add(rule.code)
            continue
        rule = rule_by_code(key)
        if rule is None:
            raise fail(f"unknown rule [rules.{key}]")
        table = _table(value, f"[rules.{key}]", fail)
        for name, setting in table.items():
            if name == "enabled":
                if not isinstance(setting, bool):
                    raise fail(f"[rules.{key}] enabled must be true or false")
                if not setting:
                    disabled.add(rule.code)
                continue
            if name not in rule.params:
                choices = ", ".join(sorted(rule.params)) or "none"
                raise fail(f"[rules.{key}] has no setting {name!r} (settings: {choices})")
            default = rule.params[name]
            if isinstance(default, int) and (
                isinstance(setting, bool) or not isinstance(setting, int)
            ):
                raise fail(f"[rules.{key}] {name} must be a whole number")
            if isinstance(default, int) and setting < 0:
                raise fail(f"[rules.{key}] {name} must not be negative")
            if isinstance(default, str) and not isinstance(setting, str):
                raise fail(f"[rules.{key}] {name} must be a string")
            params.setdefault(rule.code, {})[name] = setting
    phrases: dict[str, tuple[str, ...]] = {}
    for key, value in _table(data.get("phrases", {}), "[phrases]", fail).items():
        if key not in PHRASE_LISTS:
            raise fail(f"unknown phrase list {key!r}; lists: {', '.join(PHRASE_LISTS)}")
        phrases[key] = tuple(p for p in _strings(value, f"[phrases] {key}", fail) if p.strip())
    words = _table(data.get("words", {}), "[words]", fail)
    if set(words) - {"accept"}:
        raise fail("[words] takes only accept = [...]")
    accept = frozenset(
        w.strip().lower() for w in _strings(words.get("accept", []), "[words] accept", fail)
    )
    return CheckConfig(frozenset(disabled), params, phrases, accept)


def _table(value: Any, what: str, fail: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(f"{what} must be a table")
    return value


def _strings(value: Any, what: str, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{what} must be a list of strings")
    return value
