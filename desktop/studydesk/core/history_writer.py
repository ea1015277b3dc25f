"""The history's writes, made by a worker thread and kept until the file takes them.

An answer is given on the window's thread, and a commit waits for the disk,
and for as long as another program holds the file. So writes go into a queue,
in order, and a worker thread makes them, trying again while the file is busy
or cannot be opened yet. A write leaves the queue only once it is in the
file, or when the queue is closed with it still waiting, and then close()
hands it back so the history can say so.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple

FIRST_RETRY = 0.05  # seconds after a failed try; doubled after each one after
LAST_RETRY = 2.0
IDLE = 10.0  # seconds with nothing to write before the worker thread ends


class Write(NamedTuple):
    what: str  # "attempt", "answer" or "finish"
    sql: str
    args: tuple  # a Session among them stands for its attempt's id, known once that row is written
    session: Any  # the Session it belongs to


class WriteQueue:
    def __init__(self, write: Callable[[list[Write]], bool]) -> None:
        self._write = write  # makes a batch in one transaction; False when it could not
        self._writes: list[Write] = []
        self._cond = threading.Condition()
        self._stuck = False  # the last try failed
        self._closed = False
        self._thread: threading.Thread | None = None

    def __len__(self) -> int:
        with self._cond:
            return len(self._writes)

    def waiting(self) -> list[Write]:
        with self._cond:
            return list(self._writes)

    def put(self, write: Write) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError("the history is closed")
            self._writes.append(write)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="history writer", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def settle(self, timeout: float) -> bool:
        """Wait until the writes are made, or the worker found it cannot make
        them now (then at once). True when none is waiting."""
        with self._cond:
            self._cond.wait_for(lambda: not self._writes or self._stuck, timeout)
            return not self._writes

    def flush(self, timeout: float) -> bool:
        """Have the worker try again now, and wait up to `timeout` seconds for
        that try. True when no write is waiting."""
        with self._cond:
            if not self._writes:
                return True
            self._stuck = False
            self._cond.notify_all()
            return self.settle(timeout)

    def close(self, timeout: float) -> list[Write]:
        """Keep trying for up to `timeout` seconds, stop the worker, and
        return the writes that were never made."""
        deadline = time.monotonic() + timeout
        while not self.flush(max(0.0, deadline - time.monotonic())) and time.monotonic() < deadline:
            time.sleep(min(FIRST_RETRY, max(0.0, deadline - time.monotonic())))
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()  # at most the try under way
        with self._cond:
            left, self._writes = self._writes, []
            return left

    def _run(self) -> None:
        delay = FIRST_RETRY
        while True:
            with self._cond:
                if not self._cond.wait_for(lambda: self._writes or self._closed, IDLE) or not self._writes:
                    self._thread = None  # idle or closed: a later write starts another
                    return
                batch = list(self._writes)
            made = self._write(batch)
            with self._cond:
                if made:
                    del self._writes[:len(batch)]
                    self._stuck = False
                    delay = FIRST_RETRY
                else:
                    self._stuck = True
                self._cond.notify_all()
                if not made:
                    if self._closed:
                        self._thread = None
                        return
                    # A new write, a flush or close wakes it sooner.
                    self._cond.wait(delay)
                    delay = min(delay * 2, LAST_RETRY)
