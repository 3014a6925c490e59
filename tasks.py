#!/usr/bin/env python3
"""Set up a virtual environment and run the demo or the whole test suite.

python3 tasks.py demo    # install, then print the demo data set's agenda
python3 tasks.py test    # install with the test tools, then lint, type-check and test
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def setup(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs before the venv exists
        sys.exit(f"followup needs Python 3.11 or later; this is {sys.version.split()[0]}")
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    target = f".{extras}" if extras else "."
    run(
        BIN / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-e",
        target,
    )


def demo() -> None:
    setup()
    run(BIN / "followup", "demo")


#: Debian packages the test suite needs: the spelling library's headers and its dictionary.
SYSTEM_PACKAGES = ["libhunspell-dev", "hunspell-en-us"]


def system_packages() -> None:
    missing = [
        p
        for p in SYSTEM_PACKAGES
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]
    if not missing:
        return
    if os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    else:
        sys.exit(f"the tests need these Debian packages: sudo apt-get install {' '.join(missing)}")


def test() -> None:
    if sys.platform == "linux" and Path("/usr/bin/dpkg").exists():
        system_packages()
    setup("[test]")
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tasks.py")
    run(BIN / "ruff", "format", "--check", "src", "tests", "benchmarks", "tasks.py")
    run(BIN / "mypy")
    run(BIN / "python", "-m", "pytest", *sys.argv[2:])


if __name__ == "__main__":
    commands = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    try:
        commands[sys.argv[1]]()
    except subprocess.CalledProcessError as err:
        sys.exit(err.returncode)
