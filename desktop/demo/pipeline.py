"""Drawing a large demo in a second process while this one writes it.

Drawing the rows (Python) and inserting them (SQLite) each take about half the time of a
build; on two cores they run side by side. The second process runs the same Builder with a
sink that sends each batch through a pipe; this process receives the batches in order and
hands them to its own sink (writer.Sink), so the file is the same as when one process does
both. The pipe holds a batch or two, so neither process ever holds the whole office.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import traceback

#: From this many families a build draws in a second process (when it can: two cores,
#: not a frozen application).
PARALLEL_FROM = 10_000


class DrawingFailed(RuntimeError):
    """The process drawing the demo stopped with an error (its traceback is the message)."""


def available() -> bool:
    return (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


def draw_elsewhere(builder: type, families: int, seed: int, user: str, sink) -> dict:
    """Draw the demo with `builder` (builder.Builder) in a second process, hand its batches
    to `sink` here in order, and return the counts. An exception from `sink` (Cancelled) stops the other process."""
    # fork is quick and needs nothing importable, but only a process without other threads
    # may fork safely (a window's worker thread builds the demo from the window)
    method = ("fork" if "fork" in multiprocessing.get_all_start_methods()
              and threading.active_count() == 1 else "spawn")
    context = multiprocessing.get_context(method)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=draw_into, args=(sender, receiver, builder, families, seed, user),
                            name="demo-drawing", daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                raise DrawingFailed("the process drawing the demo stopped") from None
            kind = message[0]
            if kind == "rows":
                sink.rows(message[1], message[2], message[3])
            elif kind == "progress":
                sink.progress(message[1], message[2])
            elif kind == "done":
                return message[1]
            else:
                raise DrawingFailed(message[1])
    finally:
        receiver.close()
        child.join(timeout=5)
        if child.is_alive():
            child.terminate()
            child.join()


class PipeSink:
    """The Builder's sink in the drawing process: every batch and progress through the pipe."""

    def __init__(self, connection):
        self.send = connection.send

    def rows(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        self.send(("rows", name, columns, rows))

    def progress(self, done: int, total: int) -> None:
        self.send(("progress", done, total))


def draw_into(connection, other_end, builder: type, families: int, seed: int,
              user: str) -> None:
    """The drawing process: build the demo into `connection`, then send the counts.

    `other_end` is the pipe's end the writer reads: closed here at once, so that when the
    writer stops (or is killed) the pipe breaks and this process ends rather than waits."""
    other_end.close()
    try:
        counts = builder(PipeSink(connection), families, seed, user).build()
        connection.send(("done", counts))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the writer stopped (cancelled, or failed): nothing more to say
    except BaseException:
        try:
            connection.send(("error", traceback.format_exc()))
        except OSError:
            pass
    finally:
        connection.close()
