"""The worker's gRPC session: the channel, one ``StreamTasks`` call, and what its errors mean.

From the server (``apps/strait/internal``):

* it receives at most 1 MiB and sends at most 4 MiB per message (api/grpc/server.go:184-191):
  the channel's caps are set to match, the other way round;
* it refuses keepalive pings more often than every 10 s (api/grpc/server.go:179-182);
* the first message is the registration, answered ``Acknowledged{id: worker_id}``
  (api/grpc/stream.go:230-250); the worker waits for it a bounded time;
* heartbeats renew a 90 s connection lease and nothing else (api/grpc/stream.go:923-966):
  the server does not drop a worker for a late heartbeat, and its slot hint is ignored;
* when the stream ends, the worker's open assignments are requeued without spending an
  attempt (api/grpc/stream.go:871-875, 1631-1650; store/workers.go:836-891) — unless the
  same worker id registered again first, which ends the old stream with ``api key
  revoked`` (api/grpc/registry.go:148-157) and leaves its assignments open.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from typing import Any

import grpc
import grpc.aio

from strait._limits import GRPC_KEEPALIVE_MIN_TIME_SECS, GRPC_MAX_RECEIVE_BYTES, GRPC_MAX_SEND_BYTES

from ._ledger import Ack, Beat, FinishedRun, Ledger, Log, OutboxItem, Report
from ._proto import worker_pb2 as pb
from ._proto import worker_pb2_grpc as pb_grpc
from ._settings import GrpcTarget

__all__ = [
    "ACK_TIMEOUT",
    "CLOSE_TIMEOUT",
    "CHANNEL_OPTIONS",
    "Stream",
    "connection_hint",
    "describe",
    "open_channel",
    "stream_closed",
    "throttle_delay",
]

#: How long the server may take to acknowledge a registration.
ACK_TIMEOUT = 30.0
#: How long a graceful close waits for the server to read what was written and end the call.
CLOSE_TIMEOUT = 10.0

CHANNEL_OPTIONS: tuple[tuple[str, int], ...] = (
    # What the server sends is at most 4 MiB; what it takes, at most 1 MiB.
    ("grpc.max_receive_message_length", GRPC_MAX_SEND_BYTES),
    ("grpc.max_send_message_length", GRPC_MAX_RECEIVE_BYTES),
    # Pings no more often than the server allows (else it ends the connection).
    ("grpc.keepalive_time_ms", int(GRPC_KEEPALIVE_MIN_TIME_SECS * 3 * 1000)),
    ("grpc.keepalive_timeout_ms", 10_000),
    ("grpc.http2.max_pings_without_data", 0),
)


def open_channel(target: GrpcTarget, root_certificates: bytes | None) -> grpc.aio.Channel:
    """The channel to Strait's gRPC port. TLS is gRPC's own (BoringSSL), which negotiates
    TLS 1.2 or 1.3 only: no older protocol version can be agreed."""
    if target.tls:
        creds = grpc.ssl_channel_credentials(root_certificates=root_certificates)
        return grpc.aio.secure_channel(target.address, creds, options=CHANNEL_OPTIONS)
    return grpc.aio.insecure_channel(target.address, options=CHANNEL_OPTIONS)


def describe(error: grpc.aio.AioRpcError) -> str:
    code = error.code()
    return f"{code.name if code is not None else 'UNKNOWN'}: {error.details() or ''}".strip()


def stream_closed(details: str = "stream closed by the server") -> grpc.aio.AioRpcError:
    return grpc.aio.AioRpcError(
        grpc.StatusCode.UNAVAILABLE, grpc.aio.Metadata(), grpc.aio.Metadata(), details=details
    )


_RETRY_AFTER = re.compile(r"retry after (?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?")


def throttle_delay(details: str, default: float = 60.0) -> float:
    """The wait a RESOURCE_EXHAUSTED "retry after 1m0s" asks for (api/grpc/auth.go:73-77)."""
    match = _RETRY_AFTER.search(details)
    if match is None or not any(match.groups()):
        return default
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return max(1.0, hours * 3600 + minutes * 60 + seconds)


def connection_hint(error: grpc.aio.AioRpcError, target: GrpcTarget) -> str | None:
    """What is likely wrong when the worker cannot reach a WorkerService at ``target``."""
    code = error.code()
    details = (error.details() or "").lower()
    address = target.address
    http = ("http1", "http/1", "failed parsing http/2", "expected settings frame", "bad_http")
    if any(marker in details for marker in http):
        return (
            f"{address} answers HTTP/1.1: that is Strait's REST port, not its gRPC port; point "
            "STRAIT_GRPC_URL (or grpc_url=) at the gRPC port (50051 unless configured otherwise)"
        )
    if code == grpc.StatusCode.UNIMPLEMENTED:
        return (
            f"{address} speaks gRPC but serves no WorkerService: is this Strait's gRPC port? "
            "(a local Strait serves worker mode only when started with --grpc-port)"
        )
    if code == grpc.StatusCode.UNAVAILABLE and ("connect" in details or "refused" in details):
        if "ssl" in details or "handshake" in details or "tls" in details:
            return (
                f"the TLS handshake with {address} failed: use grpc:// for a server without TLS, "
                "or pass root_certificates= for a private CA"
            )
        return (
            f"nothing accepts connections at {address}: is Strait's gRPC server running there? "
            "(a local Strait serves worker mode only when started with --grpc-port)"
        )
    return None


class Stream:
    """One ``StreamTasks`` call: the registration and its ack, then a reader that hands
    server messages to ``on_message`` and a writer that drains the ledger's outbox."""

    def __init__(self, stub: pb_grpc.WorkerServiceStub, api_key: str, ledger: Ledger) -> None:
        self.ledger = ledger
        self.call: Any = stub.StreamTasks(metadata=(("authorization", f"Bearer {api_key}"),))  # type: ignore[call-arg]
        self.written_reports: list[str] = []

    async def register(self, registration: pb.WorkerMessage, ack_timeout: float = ACK_TIMEOUT) -> None:
        """Send the registration and wait (bounded) for the server's ack."""
        call = self.call
        try:
            await call.write(registration)
        except asyncio.InvalidStateError:  # the server ended the call first (e.g. refused the key)
            code, details = await call.code(), await call.details()
            empty = grpc.aio.Metadata()
            raise grpc.aio.AioRpcError(code, empty, empty, details=details) from None
        try:
            first = await asyncio.wait_for(call.read(), ack_timeout)
        except TimeoutError:
            raise stream_closed(
                f"the server did not acknowledge the registration within {ack_timeout:g}s"
            ) from None
        if first is grpc.aio.EOF:
            raise stream_closed()
        if first.WhichOneof("payload") != "ack":
            raise stream_closed(f"expected the registration ack first, got {first.WhichOneof('payload')}")

    async def read_loop(self, on_message: Callable[[pb.ServerMessage], object]) -> None:
        """Until the server ends the stream (returns) or it fails (raises)."""
        call = self.call
        while True:
            msg = await call.read()
            if msg is grpc.aio.EOF:
                return
            on_message(msg)

    async def write_loop(
        self, outbox: asyncio.Queue[OutboxItem], on_reported: Callable[[FinishedRun], object]
    ) -> None:
        call, ledger = self.call, self.ledger
        while True:
            item = await outbox.get()
            try:
                if isinstance(item, Report):
                    finished = ledger.unreported.get(item.assignment_id)
                    if finished is not None:
                        await call.write(finished.task_result())
                        if ledger.unreported.get(item.assignment_id) is finished:
                            del ledger.unreported[item.assignment_id]
                            on_reported(finished)
                elif isinstance(item, Log):
                    ledger.sent_log()
                    await call.write(item.message)
                elif isinstance(item, Ack):
                    if item.assignment_id not in ledger.unreported:
                        await call.write(pb.WorkerMessage(ack=pb.Acknowledged(id=item.run_id)))
                else:
                    assert isinstance(item, Beat)
                    await call.write(item.message)
            finally:
                outbox.task_done()

    async def close(
        self,
        outbox: asyncio.Queue[OutboxItem],
        reader: asyncio.Task[None],
        writer: asyncio.Task[None],
        timeout: float,
    ) -> bool:
        """Graceful end: write what is queued, half-close, and wait for the server to end
        the call (it has then read every result). Whether it did within ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        flushed = asyncio.ensure_future(outbox.join())
        try:
            await asyncio.wait([flushed, writer], timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:  # also when the close itself is cancelled
            flushed.cancel()
        if writer.done():  # the stream failed under the writer: nothing more gets through
            return False
        with contextlib.suppress(Exception):
            await self.call.done_writing()
        remaining = max(0.0, deadline - loop.time())
        done, _ = await asyncio.wait([reader], timeout=remaining)
        return bool(done) and not reader.cancelled() and reader.exception() is None

    def cancel(self) -> None:
        self.call.cancel()
