""":func:`current`: the run context of the handler being run, typed as the class it is.

It lives above both context classes (which build on :mod:`._core`, where the context
variable is kept), so that no module below them needs to name them.
"""

from __future__ import annotations

from ._async import AsyncRunContext
from ._core import active_context
from ._sync import RunContext

__all__ = ["current"]


def current() -> RunContext | AsyncRunContext:
    """The run context of the handler being executed (set by ``with ctx:`` / ``ctx.run``).

    Raises:
        NoActiveRunError: called outside a run.
    """
    ctx = active_context()
    assert isinstance(ctx, (RunContext, AsyncRunContext))  # the only run contexts there are
    return ctx
