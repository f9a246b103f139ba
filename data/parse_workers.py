"""Parse articles in worker processes while the calling process writes the store.

Each worker is a fresh interpreter (``python -m data.parse_workers``): unlike ``fork`` it is safe
beside the bot's threads, and unlike ``multiprocessing``'s spawn it never re-imports the caller's
main module. A worker reads its whole pickled job first, then sends one batch of results per
chunk (with ``marshal``: plain tuples and lists, cheaper than pickle both ways), so neither side
can block the other on a full pipe, and at the end its tallies of drivers and teams. Results
come back in the order of the files, whatever the number of workers.
"""
from __future__ import annotations

import gc

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
import logging
import marshal
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from data.article import ArticleError
from data.rows import PERSON_ID_BITS, PersonIdCollision, RaceRows

log = logging.getLogger(__name__)

CHUNK = 16  # files per batch: large enough that pickling is cheap, small enough to keep both sides busy
_PROJECT_ROOT = Path(__file__).resolve().parent.parent
_REFUSED = None  # first item of a refusal sent back, (None, path, line, reason); a race's is its path


class ParseWorkerError(RuntimeError):
    """A parser process stopped without sending its results (its traceback is on stderr)."""


def parse_in_workers(files: list[Path], first_race_id: int, workers: int, tallies: list[tuple[dict, dict]],
                     overrides: tuple[dict[str, int], dict[str, int]] = ({}, {}), bits: int = PERSON_ID_BITS,
                     ) -> Iterator[object]:
    """``parse_for_store`` of every file, in order, computed by ``workers`` processes.

    File ``i`` becomes race ``first_race_id + i``. Once every file is yielded, ``tallies`` holds
    each worker's (drivers, teams) tally records; a worker whose tally met two names with one id
    makes the call raise ``PersonIdCollision`` (after every file, so refusals are all reported).
    """
    numbered = [(str(p), first_race_id + i) for i, p in enumerate(files)]
    chunks = [numbered[i:i + CHUNK] for i in range(0, len(numbered), CHUNK)]
    workers = max(1, min(workers, len(chunks)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}
    procs = [subprocess.Popen([sys.executable, "-m", "data.parse_workers"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env) for _ in range(workers)]
    try:
        for proc in procs:
            _widen_pipe(proc.stdout)
        for w, proc in enumerate(procs):
            assert proc.stdin is not None
            try:
                pickle.dump({"chunks": chunks[w::workers], "overrides": overrides, "bits": bits}, proc.stdin)
                proc.stdin.close()
            except BrokenPipeError:
                raise ParseWorkerError("an article parser process stopped before reading its files") from None
        for c in range(len(chunks)):
            for item in _receive(procs[c % workers]):
                yield ArticleError(*item[1:]) if item[0] is _REFUSED else RaceRows._make(item)
        collisions: set[str] = set()
        for proc in procs:
            drivers, driver_collisions, teams, team_collisions = _receive(proc)
            tallies.append((drivers, teams))
            collisions |= driver_collisions | team_collisions
        if collisions:
            raise PersonIdCollision(collisions)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            if proc.stdout:
                proc.stdout.close()


def _receive(proc: subprocess.Popen) -> list:
    assert proc.stdout is not None
    size = proc.stdout.read(8)
    data = proc.stdout.read(int.from_bytes(size, "little")) if len(size) == 8 else b""
    try:
        if not data:
            raise EOFError
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        raise ParseWorkerError("an article parser process stopped unexpectedly") from None


def _send(obj: object, stdout: BinaryIO) -> None:
    # one read of a known size on the other side: marshal.load on a pipe reads in tiny pieces
    data = marshal.dumps(obj)
    stdout.write(len(data).to_bytes(8, "little"))
    stdout.write(data)
    stdout.flush()


def _widen_pipe(pipe: BinaryIO | None) -> None:
    """Let a worker run several batches ahead instead of blocking on a 64 KB pipe (Linux only)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl else None
    if pipe is None or set_size is None:
        return
    try:
        fcntl.fcntl(pipe.fileno(), set_size, 1 << 20)
    except OSError:
        pass  # above /proc/sys/fs/pipe-max-size: the default buffer still works, only slower


def _serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    from data.rows import PeopleTally, parse_for_store

    gc.disable()  # parsing creates only acyclic objects; collections would rescan them for nothing
    if hasattr(os, "nice"):
        os.nice(5)  # when cores are short, the process writing the store goes first: it sets the pace
    job = pickle.load(stdin)
    driver_overrides, team_overrides = job["overrides"]
    drivers, teams = PeopleTally(driver_overrides, job["bits"]), PeopleTally(team_overrides, job["bits"])
    for chunk in job["chunks"]:
        results = [parse_for_store(Path(p), race_id, drivers, teams) for p, race_id in chunk]
        _send([(_REFUSED, r.path, r.line, r.reason) if isinstance(r, ArticleError) else tuple(r)
               for r in results], stdout)
    _send([*drivers.summary(), *teams.summary()], stdout)


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
