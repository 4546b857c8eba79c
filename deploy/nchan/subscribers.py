#!/usr/bin/env python3
"""Opens N Server-Sent Events subscribers on nchan, some of which drop their connection midway and
reconnect with Last-Event-ID; after the run, checks that every subscriber got every message, in
the same order, none lost across a reconnect. Prints key=value lines; exits 1 on a miss."""
import http.client, sys, threading, time

host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
count, seconds, every = int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
results = [[] for _ in range(count)]
reconnects = [0] * count
stop = time.time() + seconds

def subscribe(n):
    last_id, dropped = None, False
    while time.time() < stop:
        try:
            c = http.client.HTTPConnection(host, port, timeout=5)
            headers = {"Accept": "text/event-stream"}
            if last_id:
                headers["Last-Event-ID"] = last_id
            c.request("GET", path, headers=headers)
            r = c.getresponse()
            ev_id, data = None, []
            while time.time() < stop:
                try:
                    line = r.fp.readline()
                except OSError:
                    continue  # a quiet moment (timeout): keep reading until the run ends
                if not line:
                    break
                line = line.decode("utf-8").rstrip("\r\n")
                if line.startswith("id:"):
                    ev_id = line[3:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())
                elif line == "" and data:
                    results[n].append("\n".join(data))
                    last_id, data = ev_id, []
                    # Every `every`-th subscriber drops its connection after its 3rd message.
                    if every and n % every == 0 and not dropped and len(results[n]) == 3:
                        dropped = True
                        reconnects[n] += 1
                        c.close()
                        break
            c.close()
        except OSError:
            time.sleep(0.2)

threads = [threading.Thread(target=subscribe, args=(i,), daemon=True) for i in range(count)]
for t in threads:
    t.start()
for t in threads:
    t.join(seconds + 10)
reference = max(results, key=len)
complete = sum(1 for r in results if r == reference)
print(f"subscribers={count}")
print(f"messages={len(reference)}")
print(f"complete_in_order={complete}")
print(f"reconnected={sum(reconnects)}")
sys.exit(0 if complete == count and len(reference) > 0 else 1)
