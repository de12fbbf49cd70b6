"""Runs moto in server mode for the local stack, with every request handled one at a time.

moto's DynamoDB checks a write's condition and applies the write in separate steps without a
lock, so two concurrent conditional writes can both succeed there, while real DynamoDB (and
LocalStack) evaluates each conditional write atomically. Serialising requests restores the
guarantee the code relies on; connections stay concurrent and keep-alive.

Usage: python scripts/moto_server.py PORT   (binds 127.0.0.1 only)
"""

import signal
import sys
import threading

from werkzeug.serving import run_simple

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)


def serialised(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # Materialise the body inside the lock: the response is computed lazily otherwise.
            return list(app(environ, start_response))

    return handle


def main():
    port = int(sys.argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, serialised(app), threaded=True,
               request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
