"""HTTP mode inside a Flask (any WSGI) app: dispatch /strait/* to the Strait WSGI app.

pip install flask
flask --app examples/http_flask.py run --port 8000
# job endpoint_url: https://your-service.example.com/strait/resize-images
"""

from __future__ import annotations

import os

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from worker_jobs import resize_images, summarize

from strait.worker import wsgi_app

app = Flask(__name__)


@app.get("/health")  # type: ignore[untyped-decorator]
def health() -> dict[str, str]:
    return {"status": "ok"}


app.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
    app.wsgi_app,
    {"/strait": wsgi_app({"resize-images": resize_images, "summarize": summarize},
                         signing_secret=os.environ["STRAIT_SIGNING_SECRET"])},
)  # fmt: skip
