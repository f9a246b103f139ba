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
            raise RuntimeError(f"mypyc could not compile the parser:\n{(done.stdout + done.stderr)[-3000:]}")
        target = build_dir / "data"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for lib in [*(work / "data").glob("*.so"), *(work / "data").glob("*.pyd")]:
            shutil.move(str(lib), target / lib.name)
        (target / _STAMP).write_text(json.dumps({"python": sys.implementation.cache_tag, "sources": digest}),
                                     encoding="utf-8")
    return target


def main() -> int:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("mypyc is not installed: the parser runs as plain Python (pip install -e '.[compile]')")
        return 1
    try:
        target = build()
    except (RuntimeError, OSError) as exc:
        print(f"the parser runs as plain Python: {exc}")
        return 1
    print(f"built the compiled article parser in {target.relative_to(PACKAGE_DIR.parent)} (faster large imports)")
    return 0
