#!/usr/bin/env python3
"""A busy live blog on loopback for the fan-out check: a JSON Feed that gains an update every
second and edits an earlier one every fifth second."""
import json, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

start = time.time()

def feed():
    n = int(time.time() - start) + 1
    items = []
    for i in range(max(0, n - 200), n):
        edits = (n - i) // 5 if i % 7 == 0 else 0
        items.append({"id": f"u{i}", "title": f"Update {i}" + (f" (edit {edits})" if edits else ""),
                      "content_text": f"Body of update {i}, version {edits}",
                      "date_published": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + i)),
                      "date_modified": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + i + edits * 5)),
                      "authors": [{"name": "Desk"}]})
    items.reverse()
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Busy", "items": items}).encode()

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = feed()
        self.send_response(200)
        self.send_header("Content-Type", "application/feed+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
