#!/usr/bin/env python3
"""A live blog on loopback for bench/latency.sh. Serves /feed.json (JSON Feed, strong ETag, 304 with
an empty body to a matching If-None-Match) and /events (the same updates as Server-Sent Events, one
JSON Feed item per event, with id:). GET /start?n=N&gap=S&seed=X publishes N updates at random
(seeded) moments, gaps uniform in [0.3 S, 1.7 S]; each update's publish epoch ms is kept here, keyed
by its id. GET /stats returns the stamps and every request (ms, path, status, body bytes,
whether the feed had changed since that client's previous poll) as JSON.
Usage: latency_server.py PORT_FILE (binds 127.0.0.1 on a free port and writes the port there)."""
import json, random, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

lock = threading.Condition()
items = []          # newest last: dicts as served
stamps = {}         # id -> publish epoch ms
version = 0         # bumps with every publish; the ETag is derived from it
requests = []       # [ms, path, status, bytes, changed_since_last_poll]
last_seen = {}      # client address -> version at its previous feed request
done = {"published": 0, "planned": 0, "stream_bytes": 0}


def now_ms():
    return int(time.time() * 1000)


def publish(n):
    global version
    with lock:
        i = len(items)
        item = {"id": f"u{i}", "title": f"Latency probe update {i} from the wire desk",
                "content_text": f"Body of update {i}.",
                "date_published": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "authors": [{"name": "Desk"}]}
        items.append(item)
        stamps[item["id"]] = now_ms()
        version += 1
        done["published"] += 1 if n else 0
        lock.notify_all()


def run(n, gap, seed):
    rng = random.Random(seed)
    for _ in range(n):
        time.sleep(rng.uniform(0.3 * gap, 1.7 * gap))
        publish(True)


def feed_body():
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Latency",
           "home_page_url": "http://127.0.0.1/", "items": list(reversed(items[-60:]))}
    return json.dumps(doc).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", ctype="application/json", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/feed.json":
            self.feed()
        elif url.path == "/events":
            self.events()
        elif url.path == "/start":
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            n = int(q.get("n", 40))
            done["planned"] = n
            threading.Thread(target=run, args=(n, float(q.get("gap", 2)), int(q.get("seed", 1))),
                             daemon=True).start()
            self.reply(200, b"{}")
        elif url.path == "/stats":
            with lock:
                body = json.dumps({"stamps": stamps, "requests": requests, **done}).encode()
            self.reply(200, body)
        else:
            self.reply(404, b"{}")

    def feed(self):
        with lock:
            etag = f'"v{version}"'
            body = feed_body()
            client = self.headers.get("User-Agent", "") + self.client_address[0]
            changed = last_seen.get(client) != version
            last_seen[client] = version
            matched = self.headers.get("If-None-Match") == etag
            requests.append([now_ms(), "/feed.json", 304 if matched else 200,
                             0 if matched else len(body), changed])
        if matched:
            self.reply(304, headers=[("ETag", etag)])
        else:
            self.reply(200, body, "application/feed+json", [("ETag", etag)])

    def events(self):
        with lock:
            last = self.headers.get("Last-Event-ID")
            sent = int(last) + 1 if last and last.isdigit() else len(items)
            requests.append([now_ms(), "/events", 200, 0, True])
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            self.wfile.write(b": hello\n\n")
            self.wfile.flush()
            while True:
                with lock:
                    if sent >= len(items):
                        lock.wait(15)
                    out = items[sent:]
                    first = sent
                    sent = len(items)
                chunk = b"".join(
                    f"id: {first + k}\ndata: {json.dumps(it)}\n\n".encode() for k, it in enumerate(out))
                self.wfile.write(chunk or b": keep-alive\n\n")
                self.wfile.flush()
                with lock:
                    done["stream_bytes"] += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    for _ in range(3):
        publish(False)  # what the app finds at start
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
