from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkerMessage(_message.Message):
    __slots__ = ("registration", "heartbeat", "task_result", "log_line", "ack")
    REGISTRATION_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    TASK_RESULT_FIELD_NUMBER: _ClassVar[int]
    LOG_LINE_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    registration: WorkerRegistration
    heartbeat: Heartbeat
    task_result: TaskResult
    log_line: LogLine
    ack: Acknowledged
    def __init__(
        self,
        registration: _Optional[_Union[WorkerRegistration, _Mapping]] = ...,
        heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ...,
        task_result: _Optional[_Union[TaskResult, _Mapping]] = ...,
        log_line: _Optional[_Union[LogLine, _Mapping]] = ...,
        ack: _Optional[_Union[Acknowledged, _Mapping]] = ...,
    ) -> None: ...

class ServerMessage(_message.Message):
    __slots__ = ("task_assignment", "cancel_task", "ack")
    TASK_ASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TASK_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    task_assignment: TaskAssignment
    cancel_task: CancelTask
    ack: Acknowledged
    def __init__(
        self,
        task_assignment: _Optional[_Union[TaskAssignment, _Mapping]] = ...,
        cancel_task: _Optional[_Union[CancelTask, _Mapping]] = ...,
        ack: _Optional[_Union[Acknowledged, _Mapping]] = ...,
    ) -> None: ...

class WorkerRegistration(_message.Message):
    __slots__ = (
        "worker_id",
        "name",
        "queues",
        "job_slugs",
        "sdk_version",
        "sdk_language",
        "hostname",
        "slots_total",
        "slots_available",
        "in_flight_tasks",
        "metadata",
    )
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    QUEUES_FIELD_NUMBER: _ClassVar[int]
    JOB_SLUGS_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    SDK_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    HOSTNAME_FIELD_NUMBER: _ClassVar[int]
    SLOTS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    SLOTS_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    IN_FLIGHT_TASKS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    worker_id: str
    name: str
    queues: _containers.RepeatedScalarFieldContainer[str]
    job_slugs: _containers.RepeatedScalarFieldContainer[str]
    sdk_version: str
    sdk_language: str
    hostname: str
    slots_total: int
    slots_available: int
    in_flight_tasks: _containers.RepeatedCompositeFieldContainer[InFlightTask]
    metadata: _containers.ScalarMap[str, str]
    def __init__(
        self,
        worker_id: _Optional[str] = ...,
        name: _Optional[str] = ...,
        queues: _Optional[_Iterable[str]] = ...,
        job_slugs: _Optional[_Iterable[str]] = ...,
        sdk_version: _Optional[str] = ...,
        sdk_language: _Optional[str] = ...,
        hostname: _Optional[str] = ...,
        slots_total: _Optional[int] = ...,
        slots_available: _Optional[int] = ...,
        in_flight_tasks: _Optional[_Iterable[_Union[InFlightTask, _Mapping]]] = ...,
        metadata: _Optional[_Mapping[str, str]] = ...,
    ) -> None: ...

class InFlightTask(_message.Message):
    __slots__ = ("run_id", "status", "error_message", "output_json", "assignment_id", "attempt")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_JSON_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    status: str
    error_message: str
    output_json: bytes
    assignment_id: str
    attempt: int
    def __init__(
        self,
        run_id: _Optional[str] = ...,
        status: _Optional[str] = ...,
        error_message: _Optional[str] = ...,
        output_json: _Optional[bytes] = ...,
        assignment_id: _Optional[str] = ...,
        attempt: _Optional[int] = ...,
    ) -> None: ...

class TaskAssignment(_message.Message):
    __slots__ = (
        "run_id",
        "job_slug",
        "queue",
        "payload_json",
        "timeout_secs",
        "run_token_jwt",
        "hmac_signature",
        "hmac_timestamp",
        "metadata",
        "assignment_id",
        "attempt",
    )
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_SLUG_FIELD_NUMBER: _ClassVar[int]
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_JSON_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_SECS_FIELD_NUMBER: _ClassVar[int]
    RUN_TOKEN_JWT_FIELD_NUMBER: _ClassVar[int]
    HMAC_SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    HMAC_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    job_slug: str
    queue: str
    payload_json: bytes
    timeout_secs: int
    run_token_jwt: str
    hmac_signature: str
    hmac_timestamp: str
    metadata: _containers.ScalarMap[str, str]
    assignment_id: str
    attempt: int
    def __init__(
        self,
        run_id: _Optional[str] = ...,
        job_slug: _Optional[str] = ...,
        queue: _Optional[str] = ...,
        payload_json: _Optional[bytes] = ...,
        timeout_secs: _Optional[int] = ...,
        run_token_jwt: _Optional[str] = ...,
        hmac_signature: _Optional[str] = ...,
        hmac_timestamp: _Optional[str] = ...,
        metadata: _Optional[_Mapping[str, str]] = ...,
        assignment_id: _Optional[str] = ...,
        attempt: _Optional[int] = ...,
    ) -> None: ...

class TaskResult(_message.Message):
    __slots__ = (
        "run_id",
        "status",
        "output_json",
        "error_message",
        "duration_ms",
        "assignment_id",
        "attempt",
    )
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_JSON_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    status: str
    output_json: bytes
    error_message: str
    duration_ms: int
    assignment_id: str
    attempt: int
    def __init__(
        self,
        run_id: _Optional[str] = ...,
        status: _Optional[str] = ...,
        output_json: _Optional[bytes] = ...,
        error_message: _Optional[str] = ...,
        duration_ms: _Optional[int] = ...,
        assignment_id: _Optional[str] = ...,
        attempt: _Optional[int] = ...,
    ) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("slots_available", "timestamp_unix")
    SLOTS_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_UNIX_FIELD_NUMBER: _ClassVar[int]
    slots_available: int
    timestamp_unix: int
    def __init__(
        self, slots_available: _Optional[int] = ..., timestamp_unix: _Optional[int] = ...
    ) -> None: ...

class LogLine(_message.Message):
    __slots__ = ("run_id", "level", "message", "timestamp_unix_ms")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_UNIX_MS_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    level: str
    message: str
    timestamp_unix_ms: int
    def __init__(
        self,
        run_id: _Optional[str] = ...,
        level: _Optional[str] = ...,
        message: _Optional[str] = ...,
        timestamp_unix_ms: _Optional[int] = ...,
    ) -> None: ...

class CancelTask(_message.Message):
    __slots__ = ("run_id", "reason")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    reason: str
    def __init__(self, run_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class Acknowledged(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...
