"""Live streams (Server-Sent Events) mixed into the generated service classes.

Placeholder mixins: the streaming methods (``runs.follow`` and friends) land here.
"""

from __future__ import annotations

from typing import Any


class RunStreams:
    __slots__ = ()
    _client: Any


class AsyncRunStreams:
    __slots__ = ()
    _client: Any


class EventTriggerStreams:
    __slots__ = ()
    _client: Any


class AsyncEventTriggerStreams:
    __slots__ = ()
    _client: Any


class ProjectStreams:
    __slots__ = ()
    _client: Any


class AsyncProjectStreams:
    __slots__ = ()
    _client: Any
