#!/usr/bin/env bash
# Fan-out check (not part of `mvn verify`): nginx + nchan with the shipped config, a Wirewatch relay
# polling a busy local live blog (an update a second, edits) and publishing to nchan, and a few hundred SSE subscribers, some reconnecting midway.
# Passes when every subscriber got every change, in order. Loopback only. Needs root for apt.
# Usage: deploy/nchan/fanout-check.sh [SUBSCRIBERS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
subs=${1:-300}
secs=${2:-60}
nginx_port=8089
relay_port=8088
feed_port=8087
if ! [ -e /usr/lib/nginx/modules/ngx_nchan_module.so ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx libnginx-mod-nchan python3
fi
[ -f target/wirewatch.jar ] || mvn -B -q package -DskipTests
dir=$(mktemp -d)
sed -e "s#@DIR@#$dir#g" -e "s#@PORT@#$nginx_port#g" -e "s#@RELAY_PORT@#$relay_port#g" \
  deploy/nchan/nginx.conf > "$dir/nginx.conf"
nginx -c "$dir/nginx.conf" -p "$dir"
relay_pid=
python3 deploy/nchan/busy_feed.py "$feed_port" &
feed_pid=$!
cleanup() {
  [ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null || true
  kill "$feed_pid" 2>/dev/null || true
  nginx -c "$dir/nginx.conf" -p "$dir" -s stop 2>/dev/null || true
}
trap cleanup EXIT
# Subscribers first: with first_message oldest they get everything from the channel's start.
python3 deploy/nchan/subscribers.py 127.0.0.1 "$nginx_port" /sub/wirewatch "$subs" "$secs" 10 &
check=$!
sleep 2
HOME="$dir" java -jar target/wirewatch.jar --serve "127.0.0.1:$relay_port" \
  --source "http://127.0.0.1:$feed_port/live.json;format=jsonfeed;interval=2s;name=Busy live" \
  --publish-to "http://127.0.0.1:$nginx_port/pub/wirewatch" \
  --config-dir "$dir/config" --data-dir "$dir/data" > "$dir/relay.log" 2>&1 &
relay_pid=$!
if wait "$check"; then
  echo "result=pass"
else
  echo "result=fail (relay log: $dir/relay.log, nginx log: $dir/error.log)"
  exit 1
fi
