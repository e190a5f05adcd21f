#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Measures the ballot path with BallotSimulation and reports, for the voting phase only, ballots per second,
# latency percentiles and the CPU time the app, PostgreSQL and Gatling each used per ballot (from /proc, so the
# figures hold even when something else shares the machine). Runs the simulation twice on one app start: a
# warm-up and the measured run.
#
#   loadtest/scripts/measure-ballots.sh LABEL [JAR]
#
# Needs a local PostgreSQL with a database and user "buurtkracht" (password "buurtkracht") that the script may drop
# and recreate (it runs psql as the postgres user), python3, and a built jar (./mvnw -pl app -am package -DskipTests).
# Settings through the environment: CONCURRENCY (200), DURATION (30 s), VOTERS (6000), THREADS (32), POOL (16).
set -euo pipefail
cd "$(dirname "$0")/../.."
label=${1:?label}
jar=${2:-app/target/buurtkracht.jar}
out=loadtest/target/measure/$label
mkdir -p "$out"
app_pattern='-Dbuurtkracht.measured=true'

pkill -f -- "$app_pattern" || true
sleep 2
su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS buurtkracht' -c 'CREATE DATABASE buurtkracht OWNER buurtkracht'"
SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/buurtkracht SPRING_DATASOURCE_USERNAME=buurtkracht \
SPRING_DATASOURCE_PASSWORD=buurtkracht SERVER_PORT=8089 BUURTKRACHT_DEMO_ENABLED=false \
SERVER_TOMCAT_THREADS_MAX=${THREADS:-32} SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${POOL:-16} \
  nohup java -Xmx2g "$app_pattern" -jar "$jar" > "$out/app.log" 2>&1 &
for _ in $(seq 1 120); do grep -q "Started Buurtkracht" "$out/app.log" && break; sleep 1; done
app=$(pgrep -f -- "$app_pattern" | head -1)

ticks() { awk '{print $14 + $15}' "$1" 2>/dev/null || echo 0; }

# Every half second: epoch ms, CPU ticks of the app, of all PostgreSQL processes, of Gatling, of the app's
# request threads and of its JIT compiler threads.
sample() {
  while true; do
    local pg=0 gat=0 t
    for q in $(pgrep -u postgres); do t=$(ticks /proc/$q/stat); pg=$((pg + t)); done
    for q in $(pgrep -f 'io.gatling|gatling:test'); do t=$(ticks /proc/$q/stat); gat=$((gat + t)); done
    read -r http jit < <(for t in /proc/$app/task/*; do echo "$(cat "$t/comm" 2>/dev/null) $(ticks "$t/stat")"; done \
      | awk '/^http-nio/ {h += $NF} /CompilerThre/ {j += $NF} END {print h + 0, j + 0}')
    echo "$(date +%s%3N) $(ticks /proc/$app/stat) $pg $gat $http $jit"
    sleep 0.5
  done
}

for run in warmup measured; do
  echo "== $label $run $(date +%T), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  sample > "$out/$run.cpu" &
  sampler=$!
  ./mvnw -q -B -ntp -Pload -pl loadtest gatling:test -Dbase.url=http://localhost:8089 \
    -Dconcurrency=${CONCURRENCY:-200} -Dduration=${DURATION:-30} -Dvoters=${VOTERS:-6000} > "$out/$run.txt" 2>&1 || true
  kill $sampler
  report=$(grep -o 'file://[^ ]*index.html' "$out/$run.txt" | sed 's#file://##; s#/index.html##')
  python3 - "$out/$run.txt" "$out/$run.cpu" "$report" <<'PY'
import glob, re, sys
run, cpu, report = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
for line in run.splitlines():
    if line.startswith(("Voting phase:", "Ballot box", "Global:")):
        print(" ", line)
window = re.search(r"window \(epoch ms\): (\d+) (\d+)", run)
ballots = re.search(r"Voting phase: (\d+) confirmed", run)
if window and ballots:
    start, end, n = int(window.group(1)), int(window.group(2)), int(ballots.group(1))
    rows = [list(map(int, l.split())) for l in open(cpu) if len(l.split()) == 6]
    first = min(rows, key=lambda r: abs(r[0] - start))
    last = min(rows, key=lambda r: abs(r[0] - end))
    names = ["app", "PostgreSQL", "Gatling", "app request threads", "app JIT compiler"]
    # The samples nearest the window's ends rarely fall on them exactly: scale the CPU rate to the window.
    scale = (end - start) / (last[0] - first[0])
    print("  CPU per ballot in the voting phase (%.1f s): " % ((end - start) / 1000) + ", ".join(
        "%s %.1f ms" % (names[i], (last[i + 1] - first[i + 1]) * 10 * scale / n) for i in range(5)))
for name in ["ballot-page", "cast-ballot", "confirmation"]:
    for page in glob.glob(report + "/req_" + name + "*.html"):
        html = open(page).read()
        p = lambda which: re.search(which + r' percentile</td>\s*<td class="total">(\d+)', html).group(1)
        print("  %s: p50 %s, p95 %s, p99 %s ms" % (name, p("50th"), p("95th"), p("99th")))
PY
done
pkill -f -- "$app_pattern" || true
