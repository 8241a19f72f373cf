# Service table shared by deploy/up and deploy/down: name, port, database.
SERVICE_TABLE=(
  "intake-service 8081 intake"
  "routing-service 8082 routing"
  "sampark-bridge 8083 sampark_bridge"
  "verification-service 8084 verification"
  "notification-service 8085 notification"
)
SIMULATORS_PORT=8089
PIDS="$LOCAL/pids"
LOGS="$LOCAL/logs"
mkdir -p "$PIDS" "$LOGS"

create_databases() { # db names...
  local cp; cp="$(kafka_classpath)"
  java -cp "$cp" "$ROOT/deploy/tools/CreateDatabases.java" "jdbc:postgresql://$PGHOST:$PGPORT/postgres" "$PGUSER" "$@"
}

wait_ready() { # name url seconds
  local i
  for ((i = 0; i < $3 * 4; i++)); do
    if http_ok "$2"; then return 0; fi
    sleep 0.25
  done
  log "$1 not ready at $2 within $3 s; see $LOGS/$1.log"
  return 1
}

http_ok() { # url
  if command -v curl > /dev/null; then curl -fsS -o /dev/null "$1" 2>/dev/null; else tcp_http_ok "$1"; fi
}

# curl may be missing on a bare machine: fall back to bash's /dev/tcp for a plain HTTP GET.
tcp_http_ok() {
  local hostport="${1#http://}"; hostport="${hostport%%/*}"
  local path="/${1#http://*/}"
  { exec 5<>"/dev/tcp/${hostport%:*}/${hostport#*:}"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&5
  local status; read -r _ status _ <&5
  exec 5>&- 5<&-
  [ "$status" = "200" ]
}
