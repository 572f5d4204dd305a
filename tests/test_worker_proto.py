"""The generated worker-mode stubs: importable inside the package, round-trip the server's
wire format, and stay out of ``import strait``."""

from __future__ import annotations

import subprocess
import sys


def test_import_strait_never_imports_grpc() -> None:
    code = (
        "import sys, strait, strait.worker\n"
        "from strait.worker import RunContext\n"
        "bad = sorted(m for m in sys.modules if m == 'grpc' or m.startswith(('grpc.', 'google.protobuf')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_stubs_are_package_relative_and_round_trip() -> None:
    from strait.worker._proto import worker_pb2, worker_pb2_grpc

    # the grpc module uses the package's own message module, not a top-level `worker.v1`
    assert getattr(worker_pb2_grpc, "worker_dot_v1_dot_worker__pb2") is worker_pb2  # noqa: B009
    assert "worker.v1" not in sys.modules
    msg = worker_pb2.WorkerMessage(
        registration=worker_pb2.WorkerRegistration(
            worker_id="w1", queues=["default"], slots_total=4, slots_available=4, metadata={"k": "v"}
        )
    )
    back = worker_pb2.WorkerMessage.FromString(msg.SerializeToString())
    assert back.WhichOneof("payload") == "registration"
    assert back.registration.metadata["k"] == "v"
    assert worker_pb2.DESCRIPTOR.package == "strait.worker.v1"
    service = worker_pb2.DESCRIPTOR.services_by_name["WorkerService"]
    method = service.methods_by_name["StreamTasks"]
    assert method.client_streaming and method.server_streaming
