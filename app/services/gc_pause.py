"""Pausing Python's cycle collector while a bulk job makes many objects that stay alive."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cycle collection inside the block (objects are still freed by reference counting).

    An import makes tens of thousands of registrations that all live until it is stored;
    each batch of new objects sets off a collection that walks every object of the
    process, and those walks took a sixth of an import of 10,000 rows. The collector is
    switched back on afterwards only if it was on before, so nested or concurrent uses
    leave it as they found it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
