"""An optional compiled build of the parser's hot modules, used only while it matches the source.

Ingesting a million entries spends most of its CPU time parsing. mypyc compiles the same typed
Python into a C extension (measured: parsing 1.3x faster); nothing else changes. The build lives
in ``.build/compiled`` (not in git) and is made by ``main()``, which ``scripts/setup.sh`` runs
when mypyc and a C compiler are there. A build is used only when the
source digests it recorded equal the current files and the interpreter is the one it was built
for, so an edited parser never runs stale compiled code; otherwise Pitwall runs the source as it
is. ``PITWALL_PURE_PYTHON=1`` turns the build off.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR.parent / ".build" / "compiled"
COMPILED_MODULES = ("article.py", "rows.py")
_STAMP = "SOURCES.json"
# The runtime library of the compiled modules, named inside the package so that it is found
# through the package's path like the modules themselves (mypyc's default name is top-level).
_GROUP = "data.pitwall_compiled"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sources_digest(package_dir: Path) -> dict[str, str]:
    return {name: _digest(package_dir / name) for name in COMPILED_MODULES}


def compiled_dir(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The folder of a usable compiled build for ``package_dir``'s sources, or None."""
    if os.environ.get("PITWALL_PURE_PYTHON"):
        return None
    target = build_dir / "data"
    try:
        stamp = json.loads((target / _STAMP).read_text(encoding="utf-8"))
        if stamp.get("python") != sys.implementation.cache_tag or stamp.get("sources") != _sources_digest(package_dir):
            log.debug("compiled parser in %s does not match the source: using the source", target)
            return None
    except (OSError, ValueError):
        return None
    return target


_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="pitwall-compiled", ext_modules=mypycify(
    ["--follow-imports=silent", *{modules!r}], group_name={group!r}, opt_level="3"))
"""


def build(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> Path:
    """Compile ``COMPILED_MODULES`` into ``build_dir``; raise ``RuntimeError`` when it cannot."""
    with tempfile.TemporaryDirectory(prefix="pitwall-compile-") as tmp:
        work = Path(tmp)
        # a copy of the whole package, so the compiled modules' imports type-check as they run
        shutil.copytree(package_dir, work / "data", ignore=shutil.ignore_patterns("__pycache__", "*.so", "races"))
        modules = [f"data/{name}" for name in COMPILED_MODULES]
        (work / "setup.py").write_text(_SETUP.format(modules=modules, group=_GROUP), encoding="utf-8")
        digest = _sources_digest(work / "data")
        done = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=work,
                              capture_output=True, text=True)
        if done.returncode:
            last = [ln for ln in (done.stdout + done.stderr).splitlines() if ln.strip()][-1:] or ["no output"]
            log.debug("mypyc output:\n%s", done.stdout + done.stderr)
            raise RuntimeError(f"compiling failed ({last[0].strip()[:200]})")
        target = build_dir / "data"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for lib in [*(work / "data").glob("*.so"), *(work / "data").glob("*.pyd")]:
            shutil.move(str(lib), target / lib.name)
        (target / _STAMP).write_text(json.dumps({"python": sys.implementation.cache_tag, "sources": digest}),
                                     encoding="utf-8")
    return target


_FAILED = "FAILED.json"  # the source digests a build failed for: not tried again until they change


def needs_build(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> bool:
    """True when no usable build exists and none failed for the current source."""
    if os.environ.get("PITWALL_PURE_PYTHON") or compiled_dir(build_dir, package_dir) is not None:
        return False
    try:
        failed = json.loads((build_dir / _FAILED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return failed != {"python": sys.implementation.cache_tag, "sources": _sources_digest(package_dir)}


def main(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> int:
    """Build when needed; one line of output either way. 0 when a usable build exists."""
    if not needs_build(build_dir, package_dir):
        return 0 if compiled_dir(build_dir, package_dir) is not None else 1
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("the article parser runs as plain Python: mypyc is not installed (pip install -e '.[compile]')")
        return 1
    try:
        target = build(build_dir, package_dir)
    except (RuntimeError, OSError) as exc:
        print(f"the article parser runs as plain Python, large imports ~1.3x slower: {exc}")
        build_dir.mkdir(parents=True, exist_ok=True)
        (build_dir / _FAILED).write_text(json.dumps(
            {"python": sys.implementation.cache_tag, "sources": _sources_digest(package_dir)}), encoding="utf-8")
        return 1
    (build_dir / _FAILED).unlink(missing_ok=True)
    print(f"built the compiled article parser in {target} (faster large imports)")
    return 0
