from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.code_deployment import CodeDeployment

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CodeDeployment
    from ..models.code_deployment import CodeDeployment

    _lazy_pending = False


T = TypeVar("T", bound="CreateCodeDeploymentOutputBody")


@_attrs_define
class CreateCodeDeploymentOutputBody(WireMapping):
    """
    Attributes:
        upload_url (str):
        deployment (CodeDeployment | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "upload_url": "upload_url",
        "deployment": "deployment",
    }

    upload_url: str
    deployment: CodeDeployment | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_deployment import CodeDeployment

        upload_url = self.upload_url

        deployment: dict[str, Any] | None | Unset
        if isinstance(self.deployment, Unset):
            deployment = UNSET
        elif isinstance(self.deployment, CodeDeployment):
            deployment = self.deployment.to_dict()
        else:
            deployment = self.deployment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "upload_url": upload_url,
            }
        )
        if deployment is not UNSET:
            field_dict["deployment"] = deployment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        upload_url = d["upload_url"]

        def _parse_deployment(data: object) -> CodeDeployment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_type_0 = CodeDeployment.from_dict(data)

                return deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeDeployment | None | Unset, data)

        deployment = _parse_deployment(d.get("deployment", UNSET))

        create_code_deployment_output_body = cls(
            upload_url=upload_url,
            deployment=deployment,
        )

        return create_code_deployment_output_body
