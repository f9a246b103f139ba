"""Parse articles in worker processes while the calling process writes the store.

Each worker is a fresh interpreter (``python -m data.parse_workers``): unlike ``fork`` it is safe
beside the bot's threads, and unlike ``multiprocessing``'s spawn it never re-imports the caller's
main module. A worker reads its whole list of files first, then sends one pickled batch of
results per chunk, so neither side can block the other on a full pipe. Results come back in the
order of the files, whatever the number of workers.
"""
from __future__ import annotations

import gc

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

CHUNK = 16  # files per batch: large enough that pickling is cheap, small enough to keep both sides busy
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ParseWorkerError(RuntimeError):
    """A parser process stopped without sending its results (its traceback is on stderr)."""


def _chunks(files: list[Path]) -> list[list[Path]]:
    return [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]


def parse_in_workers(files: list[Path], workers: int) -> Iterator[object]:
    """``parse_for_store`` of every file, in order, computed by ``workers`` processes."""
    chunks = _chunks(files)
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
                pickle.dump([[str(p) for p in chunk] for chunk in chunks[w::workers]], proc.stdin)
                proc.stdin.close()
            except BrokenPipeError:
                raise ParseWorkerError("an article parser process stopped before reading its files") from None
        for c in range(len(chunks)):
            out = procs[c % workers].stdout
            assert out is not None
            try:
                batch = pickle.load(out)
            except EOFError:
                raise ParseWorkerError("an article parser process stopped unexpectedly") from None
            yield from batch
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            if proc.stdout:
                proc.stdout.close()


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
    from data.rows import parse_for_store

    gc.disable()  # parsing creates only acyclic objects; collections would rescan them for nothing
    if hasattr(os, "nice"):
        os.nice(5)  # when cores are short, the process writing the store goes first: it sets the pace
    for chunk in pickle.load(stdin):
        pickle.dump([parse_for_store(Path(p)) for p in chunk], stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
