#!/usr/bin/env bash
# Start-up of each service until /q/health/ready answers: each ALONE on a quiet machine (the target is
# "each service ready in under 5 s"), with and without its AppCDS archive, three times each; then all five at once.
# Flags as deploy/up uses them. Needs the broker (started here) and PostgreSQL. Results: bench/results/startup.jsonl
#   bench/startup.sh [runs per variant, default 3]
source "$(dirname "$0")/lib.sh"
use_simulator_secrets # packaged services run in production mode and need the simulators' secrets
runs="${1:-3}"
out="$RESULTS/startup.jsonl"
bench_setup "$out"
"$ROOT/deploy/kafka" topics
dbs=(); for row in "${SERVICE_TABLE[@]}"; do read -r name _ db _ <<< "$row"; dbs+=("bench_start_$db"); done
create_databases "${dbs[@]}"

start_one() { # name port db cds(0|1) -> prints pid
  local name="$1" port="$2" db="$3" cds=()
  [ "$4" = 1 ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
  (cd "$ROOT/$name/target/quarkus-app" && use_database_roles "bench_start_$db" && exec java "${SERVICE_JVM[@]}" "${cds[@]}" \
    -Dquarkus.http.port="$port" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/bench_start_$db" \
    -Dsampark.topic-prefix=benchstart. -Dquarkus.log.level=WARN \
    -jar quarkus-run.jar > "$LOCAL/bench-start-$name.log" 2>&1) &
  echo $!
}

stop_one() { # pid: started in a command substitution, so not our child to wait for
  kill "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}

ready_after() { # port t0(ns) -> seconds
  local port="$1" t0="$2" i
  for ((i = 0; i < 2400; i++)); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc; return 0
    fi
    sleep 0.05
  done
  echo "-1"
}

for row in "${SERVICE_TABLE[@]}"; do
  read -r name port db _ <<< "$row"
  for cds in 0 1; do
    [ "$cds" = 1 ] && [ ! -f "$ROOT/$name/target/quarkus-app/app-cds.jsa" ] && continue
    for ((r = 1; r <= runs; r++)); do
      t0=$(date +%s%N); pid=$(start_one "$name" $((port + 10000)) "$db" "$cds")
      s=$(ready_after $((port + 10000)) "$t0")
      stop_one "$pid"
      printf '{"measure":"startup-alone","service":"%s","appcds":%s,"run":%d,"ready_seconds":%s}\n' "$name" "$cds" "$r" "$s" | tee -a "$out"
    done
  done
done

# All five at once, as deploy/up starts them: what a whole-system restart on 2 cores costs.
pids=(); t0=$(date +%s%N)
for row in "${SERVICE_TABLE[@]}"; do read -r name port db _ <<< "$row"; pids+=("$(start_one "$name" $((port + 10000)) "$db" 1)"); done
for row in "${SERVICE_TABLE[@]}"; do
  read -r name port _ _ <<< "$row"
  printf '{"measure":"startup-all-at-once","service":"%s","appcds":1,"ready_seconds":%s}\n' "$name" "$(ready_after $((port + 10000)) "$t0")" | tee -a "$out"
done
for p in "${pids[@]}"; do stop_one "$p"; done
log "results in $out"
