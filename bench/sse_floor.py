#!/usr/bin/env python3
"""The floor under bench/latency.sh's push figures: the same server, read by a bare stdlib SSE
client instead of the app, on the same machine. Prints the publish-to-receipt p50 and p99 (ms) of
N updates ~GAP s apart, i.e. what the server, loopback and the scheduler cost before the app does
anything. Usage: bench/sse_floor.py [N] [GAP]"""
import http.client, json, math, os, subprocess, sys, tempfile, threading, time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
gap = sys.argv[2] if len(sys.argv) > 2 else "1.2"
tmp = tempfile.mkdtemp()
server = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "latency_server.py"),
                           tmp + "/port"])
try:
    while not os.path.exists(tmp + "/port"):
        time.sleep(0.05)
    port = int(open(tmp + "/port").read())
    got = {}
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/events")
    resp = conn.getresponse()

    def read():
        for raw in resp:
            line = raw.decode().rstrip("\n")
            if line.startswith("data: "):
                got[json.loads(line[6:])["id"]] = int(time.time() * 1000)

    threading.Thread(target=read, daemon=True).start()
    time.sleep(0.5)
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", f"/start?n={n}&gap={gap}&seed=1")
    c.getresponse().read()
    while len(got) < n:
        time.sleep(0.5)
    c.request("GET", "/stats")
    stamps = json.loads(c.getresponse().read())["stamps"]
    lat = sorted(got[k] - stamps[k] for k in got)
    p = lambda q: lat[max(0, math.ceil(q / 100 * len(lat)) - 1)]
    print(f"sse_floor updates={len(lat)} p50_ms={p(50)} p99_ms={p(99)} max_ms={lat[-1]}")
finally:
    server.terminate()
