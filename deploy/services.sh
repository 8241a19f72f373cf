# The service table (deploy/services.txt) for the scripts, and the helpers deploy/up, deploy/down and bench share.
#   SERVICE_TABLE  one entry per service: "name port database package" (read all four:
#                  read -r name port db package <<< "$row", or the last name gets the rest of the row)
#   SERVICE_JVM    the options every service's JVM starts with
# testing-kit's ServiceTable reads the same file by the same rules; its test checks that both read it alike.
SERVICE_FILE="$ROOT/deploy/services.txt"

read_service_table() { # file
  local line n=0 cols
  SERVICE_TABLE=()
  SERVICE_JVM=()
  while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    read -r -a cols <<< "$line"
    [ "${#cols[@]}" = 0 ] && continue
    case "${cols[0]}" in
      '#'*) ;;
      jvm) SERVICE_JVM=("${cols[@]:1}") ;;
      *)
        if [ "${#cols[@]}" != 4 ] || ! [[ "${cols[1]}" =~ ^[0-9]+$ ]] || ! [[ "${cols[2]}" =~ ^[a-z_][a-z0-9_]*$ ]]; then
          log "$1 line $n: expected 'name port database package', got: $line"
          return 1
        fi
        SERVICE_TABLE+=("${cols[*]}") ;;
    esac
  done < "$1"
  if [ "${#SERVICE_TABLE[@]}" = 0 ] || [ "${#SERVICE_JVM[@]}" = 0 ]; then
    log "$1 needs a 'jvm' line and at least one service"
    return 1
  fi
}
read_service_table "$SERVICE_FILE"

service_port() { # name -> deploy/up's port of that service
  local row name port
  for row in "${SERVICE_TABLE[@]}"; do
    read -r name port _ <<< "$row"
    [ "$name" = "$1" ] && { echo "$port"; return 0; }
  done
  log "no service $1 in $SERVICE_FILE"
  return 1
}

SIMULATORS_PORT=8089
PIDS="$LOCAL/pids"
LOGS="$LOCAL/logs"
mkdir -p "$PIDS" "$LOGS"

# Each service database has two roles (deploy/tools/database-roles.sql): <db>_owner owns the schema and its tables
# and is what Flyway migrates as; <db>_app is what the service connects as, rows only. Their passwords are made
# once, kept in .local/db-roles (this user only), and given to a service in its environment by use_database_roles.
DB_ROLES="$LOCAL/db-roles"

create_databases() { # db names... (a '!' before a name drops that database first)
  local cp; cp="$(kafka_classpath)"
  java -cp "$cp" "$ROOT/deploy/tools/CreateDatabases.java" "jdbc:postgresql://$PGHOST:$PGPORT/postgres" "$PGUSER" \
    "$ROOT/deploy/tools/database-roles.sql" "$DB_ROLES" "$@"
}

# Exports the credentials a service started next uses for database $1 (which create_databases made): the variables
# the services' application.properties read. In the environment rather than -D, so no password shows in ps.
use_database_roles() { # db
  local owner="${1}_owner" app="${1}_app" f
  for f in "$DB_ROLES/$owner.password" "$DB_ROLES/$app.password"; do
    [ -s "$f" ] || { log "no password in $f: create_databases $1 first"; return 1; }
  done
  export SAMPARK_DB_USER="$app" SAMPARK_DB_PASSWORD="$(cat "$DB_ROLES/$app.password")"
  export SAMPARK_DB_OWNER="$owner" SAMPARK_DB_OWNER_PASSWORD="$(cat "$DB_ROLES/$owner.password")"
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

# Several instances of every service (deploy/up --instances N, or SAMPARK_INSTANCES): instance n of a service listens
# on its table port + 100 x (n - 1), so 8081..8085 for the first, 8181..8185 for the second, up to 8881..8885 for the
# ninth; every other port deploy/up uses (simulators 8089, Keycloak 8180 and 9180, Prometheus 9090, Kafka 9092 and
# 9093) stays clear of them. All instances of a service share its database and Kafka consumer group; each has its
# own log and pid file, named as the service for the first and <name>-<n> after.
INSTANCE_PORT_STEP=100
MAX_INSTANCES=9
INSTANCES_FILE="$LOCAL/instances" # how many deploy/up last started, for deploy/status

instance_count() { # -> the count asked for (SAMPARK_INSTANCES, which deploy/up exports to what it runs), else 1
  local n="${SAMPARK_INSTANCES:-1}"
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]] || [ "$n" -gt "$MAX_INSTANCES" ]; then
    log "instances must be 1..$MAX_INSTANCES, got '$n'"
    return 1
  fi
  echo "$n"
}

instance_port() { # table-port instance -> that instance's port
  echo $(( $1 + ($2 - 1) * INSTANCE_PORT_STEP ))
}

instance_name() { # name instance -> its log and pid file name
  if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi
}
