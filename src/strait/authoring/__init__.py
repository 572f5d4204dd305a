"""Define jobs and workflows in code, validate them at once, and deploy them by slug.

::

    from strait.authoring import JobOptions, WorkflowOptions, define_job, define_workflow
    from strait.authoring import approval_step, job_step

    charge = define_job(JobOptions(name="Charge", slug="charge", project_id="proj-1",
                                   endpoint_url="https://worker.example.com/run"))
    pipeline = define_workflow(WorkflowOptions(
        name="Orders", slug="orders", project_id="proj-1",
        steps=[job_step("charge", charge),
               approval_step("approve", approvers=["ops"], depends_on=["charge"])],
    ))
    charge.deploy(client)      # create or update by slug (await charge.async_deploy(async_client))
    pipeline.deploy(client)

Workflow steps are checked when the workflow is defined: duplicate refs, unknown or
self dependencies and cycles raise :class:`~strait.DagValidationError`. A job may
carry its ``handler``, so one definition serves both registration and the worker.
``create_test_context`` is re-exported from :mod:`strait.testing`.
"""

from __future__ import annotations

from strait._lazy import lazy_getattr

from . import _definitions, _steps
from ._definitions import *  # noqa: F403  (the public names are each module's __all__)
from ._steps import *  # noqa: F403

__all__ = _definitions.__all__ + _steps.__all__

# name -> (module, attribute), imported on first use so that defining jobs does not load
# the worker or the test helpers. RunContext and TestRunRecord are strait-python 0.1.1's
# names (README.md, "Migrating from strait-python 0.1.1").
_LAZY = {
    "create_test_context": ("strait.testing", "create_test_context"),
    "RunContext": ("strait.worker", "RunContext"),
    "TestRunRecord": ("strait.testing", "RunRecord"),
}


__getattr__ = lazy_getattr(globals(), _LAZY)
