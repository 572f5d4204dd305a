"""HTTP mode with a bare ASGI app: Strait POSTs each run to the job's endpoint_url.

    export STRAIT_SIGNING_SECRET=...          # the job's endpoint_signing_secret (required)
    export STRAIT_BASE_URL=https://strait.example.com
    uvicorn http_asgi:app --app-dir examples --port 8000

The app refuses to start without a signing secret, checks each request's size, then its
X-Strait-Signature (401 for anything unsigned, whatever the path), runs the handler and
answers the way Strait expects: 200 + JSON result completes the run, an exception answers
500 (retried), ``ctx.fail(...)`` answers 422 (failed for good). With several jobs, the
last path segment is the slug: endpoint_url https://worker.example.com/jobs/resize-images.
"""

from __future__ import annotations

from worker_jobs import resize_images, summarize

from strait.worker import asgi_app

app = asgi_app(
    {"resize-images": resize_images, "summarize": summarize},
    # signing_secret= defaults to STRAIT_SIGNING_SECRET; there is no fallback secret
    heartbeat_interval=30,  # keep long runs alive
)
