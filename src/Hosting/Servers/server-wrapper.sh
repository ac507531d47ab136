#!/bin/sh
# Runs one database or broker server under DCP. DCP stops an executable with SIGTERM and kills it about six
# seconds later; this turns SIGTERM into the server's own quick, clean stop signal (PostgreSQL: SIGINT, a "fast"
# shutdown instead of the "smart" one that waits for every client) and then runs a clean-up command (RabbitMQ's
# private epmd), so no process outlives the resource.
# Usage: server-wrapper.sh STOP_SIGNAL CLEANUP_COMMAND -- SERVER [ARGS...]   (CLEANUP_COMMAND may be "")
stop_signal=$1
cleanup=$2
shift 3
"$@" &
server=$!
trap 'kill -s "$stop_signal" "$server" 2>/dev/null' TERM INT
status=0
while kill -0 "$server" 2>/dev/null; do
  wait "$server"
  status=$?
done
if [ -n "$cleanup" ]; then
  sh -c "$cleanup" >/dev/null 2>&1 || true
fi
exit "$status"
