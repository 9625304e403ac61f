"""Work done ahead in worker processes: how a first index reads a library's reports on every core.

Reading a report (TOML, the schema check, its mentions, its rows) is four fifths of indexing it and
needs no index, so that when many reports are to be indexed, worker processes read them while the
one process that writes the index writes what they read, in the order it asks for them (the index
is the same as one read one at a time: the writer alone gives every row its key). A few reports
are read in the writer itself: a pool costs a fork a core, more than it saves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Key = TypeVar("Key", bound=Hashable)
Job = TypeVar("Job")
Result = TypeVar("Result")

AT_LEAST = 64  # jobs for a pool to be worth its forks (a changed file or two is read where it is needed)
AHEAD = 4  # jobs queued a worker: enough to keep it busy, few enough that memory holds a handful of reports


def cores() -> int:
    """Return the processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Ahead(Generic[Key, Job, Result]):
    """Jobs (key, job) done ahead in worker processes where that pays (many jobs, more than one core,
    and a platform that forks) and asked for one key at a time, in about the order given: a worker
    does `ahead(job)`, whose None means "do it here"; `here(job)` does a job in this process, as it
    does every job without workers, and a job asked out of that order."""

    def __init__(
        self,
        ahead: Callable[[Job], Result | None],
        here: Callable[[Job], Result],
        jobs: Sequence[tuple[Key, Job]],
        workers: int | None = None,
    ) -> None:
        self.ahead, self.here, self.jobs = ahead, here, list(jobs)
        self.position = {key: n for n, (key, _) in enumerate(self.jobs)}
        self.queued: dict[Key, Future[Result | None]] = {}
        self.next = 0  # the first job not queued yet
        workers = cores() if workers is None else workers
        self.window = workers * AHEAD
        self.pool: ProcessPoolExecutor | None = None
        if workers > 1 and len(self.jobs) >= AT_LEAST and sys.platform.startswith("linux"):
            self.pool = _pool(workers)

    def get(self, key: Key, job: Job) -> Result:
        """Return the job's result: a worker's, if one did it, else done now."""
        if self.pool is None:
            return self.here(job)
        at = self.position.get(key, -1)
        for skipped in [k for k in self.queued if self.position[k] < at]:  # another process did them
            self.queued.pop(skipped).cancel()
        self.next = max(self.next, at)
        try:
            self._fill()
        except (OSError, _broken()):  # no worker could be started (a limit on processes, or on memory), or
            self.close()  # one died while jobs were being queued: the rest are done here
            return self.here(job)
        future = self.queued.pop(key, None)
        try:
            done = future.result() if future is not None else None
        except _broken():  # a worker died (killed, out of memory): the rest are done here
            self.close()
            done = None
        return self.here(job) if done is None else done

    def _fill(self) -> None:
        assert self.pool is not None
        while len(self.queued) < self.window and self.next < len(self.jobs):
            key, job = self.jobs[self.next]
            self.next += 1
            if key not in self.queued:
                self.queued[key] = self.pool.submit(self.ahead, job)

    def close(self) -> None:
        """Stop the workers (a job still running is finished and thrown away)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool, self.queued = None, {}

    def __enter__(self) -> Ahead[Key, Job, Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    for stream in (sys.stdout, sys.stderr):  # a forked worker must not write what this process has buffered
        if stream is not None:
            stream.flush()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker)


def _worker() -> None:
    import signal

    # Ctrl-C reaches every process of the terminal's group: the writer stops the workers, which
    # would otherwise each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _broken() -> type[BaseException]:
    from concurrent.futures.process import BrokenProcessPool

    return BrokenProcessPool
