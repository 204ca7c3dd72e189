#!/usr/bin/env bash
# Starts the built jar with the demo profile on an empty data folder and checks what an operator
# checks first: health, a page in Swedish, a sign-in with the browser form (CSRF included) and out.
set -euo pipefail
jar=${1:-target/hubdesk.jar}
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
jar_log="$data/hubdesk.log"
cookies="$data/cookies"
HUBDESK_DATA_DIR="$data" java -jar "$jar" --spring.profiles.active=demo --server.port="$port" >"$jar_log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 90); do
  if [ "$(curl -fs "$base/actuator/health" || true)" = '{"groups":["liveness","readiness"],"status":"UP"}' ]; then break; fi
  sleep 1
done
health=$(curl -fs "$base/actuator/health" || true)
case "$health" in *'"UP"'*) ;; *) echo "health is not UP: $health"; tail -50 "$jar_log"; exit 1 ;; esac
echo "health: UP"
page=$(curl -fs "$base/hubs/content-partnerships?uselang=sv")
case "$page" in *'lang="sv"'*'Hjälpen som hubben erbjuder'*) ;; *) echo "no Swedish hub page"; exit 1 ;; esac
echo "hub page in Swedish: ok"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1; }
token=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | csrf)
[ -n "$token" ] || { echo "no CSRF token on the sign-in form"; exit 1; }
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" \
  --data-urlencode "username=staff" --data-urlencode "password=demo" --data-urlencode "_csrf=$token" "$base/login")
[ "$location" = "$base/" ] || { echo "sign-in did not succeed: $location"; exit 1; }
page=$(curl -fs -b "$cookies" "$base/account")
case "$page" in *'Sam Staff'*) ;; *) echo "the account page does not show the signed-in person"; exit 1 ;; esac
echo "sign-in with the form: ok"
token=$(curl -fs -c "$cookies" -b "$cookies" "$base/account" | csrf)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$token" "$base/logout")
[ "$location" = "$base/?signedout" ] || { echo "sign-out did not succeed: $location"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base/account")
[ "$code" = "302" ] || { echo "still signed in after signing out"; exit 1; }
echo "sign-out: ok"
