"""HTTP mode inside a FastAPI (or Starlette) service: mount the Strait app under a prefix.

pip install fastapi uvicorn
uvicorn http_fastapi:api --app-dir examples --port 8000
# job endpoint_url: https://your-service.example.com/strait/resize-images
"""

from __future__ import annotations

import os

from fastapi import FastAPI
from worker_jobs import resize_images, summarize

from strait.worker import asgi_app

api = FastAPI()


@api.get("/health")  # type: ignore[untyped-decorator]
def health() -> dict[str, str]:
    return {"status": "ok"}


api.mount(
    "/strait",
    asgi_app(
        {"resize-images": resize_images, "summarize": summarize},
        signing_secret=os.environ["STRAIT_SIGNING_SECRET"],
    ),
)
