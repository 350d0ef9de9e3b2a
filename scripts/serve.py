#!/usr/bin/env python3
"""Serve www/ on 127.0.0.1 with the right MIME types (application/wasm, text/javascript).

    python3 scripts/serve.py [--port N] [--dir www]     (PORT env also works; default 8000,
                                                       or the next free port after it)
"""
import argparse
import functools
import http.server
import os
import socketserver

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
ap.add_argument("--dir", default=os.path.join(os.path.dirname(__file__), "..", "www"))
a = ap.parse_args()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


handler = functools.partial(Handler, directory=os.path.abspath(a.dir))
for port in range(a.port, a.port + 50):
    try:
        httpd = Server(("127.0.0.1", port), handler)
        break
    except OSError:
        continue
else:
    raise SystemExit(f"no free port from {a.port} to {a.port + 49}")
print(f"Serving Dossier at http://127.0.0.1:{port}/  (Ctrl+C to stop)", flush=True)
try:
    httpd.serve_forever()
except KeyboardInterrupt:
    pass
