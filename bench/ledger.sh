# Ledger (台账) scenarios, sourced by bench/run.sh while the service runs (needs BASE, RES, service_pid, tok, log, die):
#   import of LEDGER_IMPORT_ROWS (10,000) projects as the Qufu unit lead (one commit job), then
#   export of the whole ledger as admin (every seeded project + the imported ones) with the service's RSS sampled
#   every 0.2 s during the export. Writes $RES/ledger.json; bench/report.py adds it to docs/performance.md.
LEDGER_IMPORT_ROWS="${LEDGER_IMPORT_ROWS:-10000}"
# a job still running after this many seconds is reported as it stands (state RUNNING: the row says MISSED), so a
# slow job cannot hold the whole run
LEDGER_TIMEOUT="${LEDGER_TIMEOUT:-900}"

ledger_gql() { # ledger_gql TOKEN JSON_BODY_FILE -> response
  curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data-binary @"$2" "$BASE/graphql"
}

ledger_wait() { # ledger_wait TOKEN JOB_ID [RSS_FILE]: polls until DONE/FAILED or LEDGER_TIMEOUT, prints the job JSON
  local token="$1" id="$2" rss_file="${3:-}" body="$RES/ledger-poll.json" state="" out="" i=0 t0
  t0=$(date +%s)
  printf '{"query":"{ ledgerJob(id: \\"%s\\") { state rowsDone rowsTotal attempts downloadUrl errors { sheet row column code messageEn } } }"}' "$id" > "$body"
  while :; do
    if [ -n "$rss_file" ]; then awk '/VmRSS/ {print $2}' /proc/$service_pid/status >> "$rss_file"; fi
    i=$((i + 1))
    if [ $((i % 5)) -eq 0 ] || [ -z "$rss_file" ]; then
      out=$(ledger_gql "$token" "$body")
      state=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["ledgerJob"]["state"])' 2>/dev/null || echo "?")
      case "$state" in DONE|FAILED) printf '%s' "$out"; return 0;; esac
      if [ $(( $(date +%s) - t0 )) -ge "$LEDGER_TIMEOUT" ]; then
        log "ledger: job $id still $state after $LEDGER_TIMEOUT s (LEDGER_TIMEOUT): reported as it stands"
        printf '%s' "$out"; return 0
      fi
    fi
    sleep 0.2
  done
}

ledger_bench() {
  local lead admin t0 t1 t2 t3 job out
  lead="$(tok qufu_lead)"; admin="$(tok admin)"
  log "ledger: writing an import file of $LEDGER_IMPORT_ROWS projects"
  java -cp "target/classes:target/test-classes:$(cat target/devstack.classpath)" "$BENCH_DIR/java/LedgerFile.java" \
    "$RES/ledger-import.xlsx" "$LEDGER_IMPORT_ROWS" "BENCH-$(date +%s)"
  python3 - "$RES/ledger-import.xlsx" "$RES/ledger-import.json" <<'PY'
import base64, json, sys
content = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
q = "mutation($c: String!) { startLedgerImport(fileName: \"bench.xlsx\", contentBase64: $c, dryRun: false) { id } }"
json.dump({"query": q, "variables": {"c": content}}, open(sys.argv[2], "w"))
PY
  t0=$(date +%s%N)
  job=$(ledger_gql "$lead" "$RES/ledger-import.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["startLedgerImport"]["id"])') \
    || die "startLedgerImport failed"
  out=$(ledger_wait "$lead" "$job"); t1=$(date +%s%N)
  printf '%s' "$out" > "$RES/ledger-import-job.json"
  log "ledger: import of $LEDGER_IMPORT_ROWS rows: $(( (t1 - t0) / 1000000 )) ms, $(printf '%s' "$out" | cut -c1-160)"

  printf '{"query":"mutation { startLedgerExport { id } }"}' > "$RES/ledger-export.json"
  : > "$RES/ledger-rss.txt"
  local rss0; rss0=$(awk '/VmRSS/ {print $2}' /proc/$service_pid/status)
  t2=$(date +%s%N)
  job=$(ledger_gql "$admin" "$RES/ledger-export.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["startLedgerExport"]["id"])') \
    || die "startLedgerExport failed"
  out=$(ledger_wait "$admin" "$job" "$RES/ledger-rss.txt"); t3=$(date +%s%N)
  printf '%s' "$out" > "$RES/ledger-export-job.json"
  local url size
  url=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["ledgerJob"]["downloadUrl"] or "")')
  size=$(curl -s -H "Authorization: Bearer $admin" -o "$RES/ledger-export.xlsx" -w '%{size_download}' "$BASE$url")
  log "ledger: export: $(( (t3 - t2) / 1000000 )) ms, $size bytes, peak RSS $(sort -n "$RES/ledger-rss.txt" | tail -1) kB"
  python3 - "$RES" "$(( (t1 - t0) / 1000000 ))" "$(( (t3 - t2) / 1000000 ))" "$rss0" "$size" "$LEDGER_IMPORT_ROWS" <<'PY'
import json, sys
res, import_ms, export_ms, rss0, size, import_rows = sys.argv[1:7]
imp = json.load(open(res + "/ledger-import-job.json"))["data"]["ledgerJob"]
exp = json.load(open(res + "/ledger-export-job.json"))["data"]["ledgerJob"]
rss = [int(x) for x in open(res + "/ledger-rss.txt").read().split() if x.strip()]
json.dump({"import_rows": int(import_rows), "import_ms": int(import_ms), "import_state": imp["state"],
           "import_errors": imp["errors"][:3], "export_rows": exp["rowsDone"], "export_ms": int(export_ms),
           "export_state": exp["state"], "export_bytes": int(size or 0), "rss_before_export_kb": int(rss0),
           "rss_peak_export_kb": max(rss) if rss else 0, "rss_samples": len(rss)},
          open(res + "/ledger.json", "w"))
PY
}
