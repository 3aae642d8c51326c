"""`./start` on a newcomer's machine: before the window opens it names the system
packages a missing Qt library or CJK font needs (the exact apt-get / dnf line)
instead of letting Qt abort with a plugin error, and it says how to get `venv`
when Python cannot make a virtual environment.

The script runs for real, with a PATH of our own: stand-ins for `ldconfig`,
`fc-list` and the package managers decide what the "machine" has."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUDO = "" if os.geteuid() == 0 else "sudo "
TOOLS = ("uname", "awk", "grep", "dirname", "id", "rm", "mkdir")  # what the script and the stand-ins run

# Written here rather than read from the script, so a wrong mapping fails.
DEBIAN_XCB = ["libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
              "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0", "libxcb-xinerama0", "libxcb-xkb1"]
ALL_LIBRARIES = ["libEGL.so.1", "libGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1", "libdbus-1.so.3",
                 "libglib-2.0.so.0", "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4",
                 "libxcb-image.so.0", "libxcb-keysyms.so.1", "libxcb-render-util.so.0", "libxcb-shape.so.0",
                 "libxcb-randr.so.0", "libxcb-xinerama.so.0", "libxcb-xkb.so.1"]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the system check is for Linux")


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def machine(tmp_path: Path, *, libraries: list[str], cjk_font: bool, manager: str | None = "apt-get") -> Path:
    """A bin folder standing in for the machine: its shared-library cache, fonts, package manager."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        os.symlink(shutil.which(tool), bin_dir / tool)
    cache = "".join(f"\t{lib} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{lib}\\n" for lib in libraries)
    _script(bin_dir / "ldconfig", f'printf "{len(libraries)} libs found in cache\\n{cache}"')
    _script(bin_dir / "fc-list", "echo 'Some CJK Sans,Some CJK Sans'" if cjk_font else "true")
    if manager:
        _script(bin_dir / manager, "exit 0")
    return bin_dir


def check(bin_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": str(bin_dir), "HOME": str(bin_dir.parent), "DISPLAY": ":0"}
    return subprocess.run([shutil.which("bash") or "bash", str(ROOT / "start"), "--check"], env=base | env,
                          capture_output=True, text=True, timeout=60)


def install_line(stderr: str, manager: str) -> list[str]:
    match = re.search(rf"^  {re.escape(SUDO)}{manager} install (.+)$", stderr, re.M)
    assert match, stderr
    return match.group(1).split()


def test_a_bare_debian_gets_the_exact_apt_line_and_a_non_zero_exit(tmp_path):
    done = check(machine(tmp_path, libraries=[], cjk_font=False))
    assert done.returncode == 1
    packages = install_line(done.stderr, "apt-get")
    assert set(DEBIAN_XCB) <= set(packages)
    assert {"libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "fonts-wqy-microhei"} <= set(packages)
    assert "Traceback" not in done.stderr


def test_only_what_is_missing_is_named(tmp_path):
    have = [lib for lib in ALL_LIBRARIES if lib != "libxcb-cursor.so.0"]
    done = check(machine(tmp_path, libraries=have, cjk_font=True))
    assert done.returncode == 1
    assert "missing libxcb-cursor.so.0" in done.stderr
    assert install_line(done.stderr, "apt-get") == ["libxcb-cursor0"]


def test_a_missing_cjk_font_alone_stops_the_start(tmp_path):
    done = check(machine(tmp_path, libraries=ALL_LIBRARIES, cjk_font=False))
    assert done.returncode == 1
    assert install_line(done.stderr, "apt-get") == ["fonts-wqy-microhei"]


def test_fedora_gets_the_dnf_line_with_fedora_names(tmp_path):
    done = check(machine(tmp_path, libraries=[], cjk_font=False, manager="dnf"))
    assert done.returncode == 1
    packages = install_line(done.stderr, "dnf")
    assert {"xcb-util-cursor", "xcb-util-wm", "xcb-util-keysyms", "xcb-util-image", "xcb-util-renderutil",
            "libxkbcommon-x11", "libxcb", "google-noto-sans-cjk-fonts"} <= set(packages)
    assert len(packages) == len(set(packages))  # libxcb once, though four libraries come from it


def test_a_complete_machine_passes(tmp_path):
    done = check(machine(tmp_path, libraries=ALL_LIBRARIES, cjk_font=True))
    assert done.returncode == 0, done.stderr
    assert "install" not in done.stderr


def test_offscreen_needs_no_window_libraries(tmp_path):
    done = check(machine(tmp_path, libraries=[], cjk_font=False), QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr


def test_no_display_is_said_plainly(tmp_path):
    bin_dir = machine(tmp_path, libraries=ALL_LIBRARIES, cjk_font=True)
    done = subprocess.run([shutil.which("bash") or "bash", str(ROOT / "start"), "--check"],
                          env={"PATH": str(bin_dir), "HOME": str(tmp_path)}, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "no display" in done.stderr


def test_python_without_venv_gets_the_package_to_install(tmp_path):
    """Debian's python3 without python3-venv: `-m venv` fails; the script names the
    package and leaves no half-made environment to be reused next time."""
    bin_dir = machine(tmp_path, libraries=ALL_LIBRARIES, cjk_font=True)
    fake = bin_dir / "python3"
    # a Python 3.11+ whose venv module fails, as Debian's does without python3-venv
    _script(fake, f'[ "$1" = -m ] && [ "$2" = venv ] && {{ mkdir -p "$3"; exit 1; }}\nexec {sys.executable} "$@"')
    venv = tmp_path / "venv"
    done = subprocess.run([shutil.which("bash") or "bash", str(ROOT / "start")],
                          env={"PATH": str(bin_dir), "HOME": str(tmp_path), "REVIEWER_VENV": str(venv),
                               "DISPLAY": ":0"}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "apt-get install python3-venv" in done.stderr
    assert not venv.exists()
