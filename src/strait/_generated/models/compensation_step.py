from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CompensationStep")


@_attrs_define
class CompensationStep(WireMapping):
    """
    Attributes:
        compensation_job_id (str):
        original_output (Any):
        step_ref (str):
        step_run_id (str):
        timeout_secs (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "CompensationJobID": "compensation_job_id",
        "OriginalOutput": "original_output",
        "StepRef": "step_ref",
        "StepRunID": "step_run_id",
        "TimeoutSecs": "timeout_secs",
    }

    compensation_job_id: str
    original_output: Any
    step_ref: str
    step_run_id: str
    timeout_secs: int

    def to_dict(self) -> dict[str, Any]:
        compensation_job_id = self.compensation_job_id

        original_output = self.original_output

        step_ref = self.step_ref

        step_run_id = self.step_run_id

        timeout_secs = self.timeout_secs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "CompensationJobID": compensation_job_id,
                "OriginalOutput": original_output,
                "StepRef": step_ref,
                "StepRunID": step_run_id,
                "TimeoutSecs": timeout_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        compensation_job_id = d["CompensationJobID"]

        original_output = d["OriginalOutput"]

        step_ref = d["StepRef"]

        step_run_id = d["StepRunID"]

        timeout_secs = d["TimeoutSecs"]

        compensation_step = cls(
            compensation_job_id=compensation_job_id,
            original_output=original_output,
            step_ref=step_ref,
            step_run_id=step_run_id,
            timeout_secs=timeout_secs,
        )

        return compensation_step
