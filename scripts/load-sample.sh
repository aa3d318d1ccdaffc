#!/usr/bin/env bash
# Loads the sample dataset (samples/) into a running Loginwatch, runs the engine and prints the newest findings.
#
#   scripts/load-sample.sh [base-url]        default base-url: http://localhost:8080
#
# API keys (Authorization: Bearer <key>):
#   LOGINWATCH_INGEST_KEY    posts the files            (role ingest or admin)
#   LOGINWATCH_ADMIN_KEY     runs the engine            (role admin)
#   LOGINWATCH_ANALYST_KEY   reads the findings         (role analyst or admin)
# or all three from LOGINWATCH_API_KEYS="ingest:k1,analyst:k2,admin:k3" - the variable the service itself reads,
# or the "ingest:... analyst:... admin:..." line it logs at start-up when it generated keys. A role-specific
# variable wins over LOGINWATCH_API_KEYS; the admin key stands in for a missing ingest or analyst key.
#
# Every file is posted unmodified, as the vendor delivers it, to POST /api/v1/sources/<source>/events, day by day
# across sources. Running the script again is harmless: ingest is idempotent, so the second run reports duplicates.
set -euo pipefail

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
    -h | --help)
        usage
        exit 0
        ;;
esac
if [[ $# -gt 1 ]]; then
    usage >&2
    exit 2
fi

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SAMPLES="${LOGINWATCH_SAMPLES_DIR:-$SCRIPT_DIR/../samples}"

die() {
    printf 'load-sample: %s\n' "$*" >&2
    exit 1
}

command -v curl > /dev/null || die "curl is required"
PYTHON=""
if command -v python3 > /dev/null; then
    PYTHON=python3
fi
[[ -d "$SAMPLES/okta" || -d "$SAMPLES/entra" || -d "$SAMPLES/aws-cloudtrail" ]] ||
    die "no sample files under $SAMPLES (generate them with scripts/generate-sample.py)"

# ---- keys -----------------------------------------------------------------------------------------------------------
INGEST="${LOGINWATCH_INGEST_KEY:-}"
ANALYST="${LOGINWATCH_ANALYST_KEY:-}"
ADMIN="${LOGINWATCH_ADMIN_KEY:-}"
if [[ -n "${LOGINWATCH_API_KEYS:-}" ]]; then
    IFS=$', \t\n' read -r -a pairs <<< "$LOGINWATCH_API_KEYS"
    for pair in ${pairs[@]+"${pairs[@]}"}; do
        [[ "$pair" == *:* ]] || die "LOGINWATCH_API_KEYS entries must look like role:key, got '$pair'"
        role="$(printf '%s' "${pair%%:*}" | tr '[:upper:]' '[:lower:]')"
        key="${pair#*:}"
        case "$role" in
            ingest) INGEST="${INGEST:-$key}" ;;
            analyst) ANALYST="${ANALYST:-$key}" ;;
            admin) ADMIN="${ADMIN:-$key}" ;;
            *) die "unknown role '$role' in LOGINWATCH_API_KEYS (use ingest, analyst, admin)" ;;
        esac
    done
fi
INGEST="${INGEST:-$ADMIN}"
ANALYST="${ANALYST:-$ADMIN}"
missing=()
[[ -n "$INGEST" ]] || missing+=("LOGINWATCH_INGEST_KEY")
[[ -n "$ADMIN" ]] || missing+=("LOGINWATCH_ADMIN_KEY")
[[ -n "$ANALYST" ]] || missing+=("LOGINWATCH_ANALYST_KEY")
if [[ ${#missing[@]} -gt 0 ]]; then
    die "missing API key(s): ${missing[*]}.
  Set them, or LOGINWATCH_API_KEYS=\"ingest:<key>,analyst:<key>,admin:<key>\" with the keys the service was
  started with. A service started without LOGINWATCH_API_KEYS logs the keys it generated once, at start-up
  (\"No API keys configured ...; generated for this run only: ingest:... analyst:... admin:...\"): paste that
  list into LOGINWATCH_API_KEYS."
fi

# ---- helpers --------------------------------------------------------------------------------------------------------
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# request METHOD PATH KEY [curl args...]: body to $TMP/body, prints the HTTP status; 000 when there was no answer.
# An empty KEY sends no Authorization header.
request() {
    local method="$1" path="$2" key="$3"
    shift 3
    local auth=()
    if [[ -n "$key" ]]; then
        auth=(-H "Authorization: Bearer $key")
    fi
    curl -sS -o "$TMP/body" -w '%{http_code}' --connect-timeout 5 --max-time 600 -X "$method" \
        ${auth[@]+"${auth[@]}"} -H 'Accept: application/json' "$@" "$BASE$path" 2> "$TMP/curl-error" || true
}

number() { # number FIELD < json: first integer value of "FIELD"
    sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\\([0-9][0-9]*\\).*/\\1/p" | head -n 1
}

problem() { # a short text for a problem+json (or any) error body
    if [[ -n "$PYTHON" ]]; then
        "$PYTHON" -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
try:
    body = json.loads(text)
    print(" - ".join(str(body[k]) for k in ("title", "detail") if body.get(k)) or text[:300])
except ValueError:
    print(text[:300])' "$TMP/body"
    else
        head -c 300 "$TMP/body"
        echo
    fi
}

rejections() { # the first rejected records of an ingest response, indented
    [[ -n "$PYTHON" ]] || return 0
    "$PYTHON" -c '
import json, sys
body = json.load(open(sys.argv[1], encoding="utf-8"))
rejected = body.get("rejected") or []
for r in rejected[:3]:
    print("    rejected #%s: %s" % (r.get("index"), r.get("reason")))
if len(rejected) > 3:
    print("    ... and %d more" % (len(rejected) - 3))' "$TMP/body" || true
}

# ---- is it there? -------------------------------------------------------------------------------------------------
status="$(request GET /actuator/health "")"
if [[ "$status" == "000" ]]; then
    die "Loginwatch is not reachable at $BASE ($(tr -d '\n' < "$TMP/curl-error")).
  Start it first (see the README quick start), or pass its address: scripts/load-sample.sh http://host:8080"
fi
if [[ "$status" != "200" ]]; then
    die "$BASE/actuator/health answered HTTP $status: $(problem)
  Is Loginwatch running at $BASE, and is it healthy?"
fi

# ---- post the files, day by day across sources ----------------------------------------------------------------------
# Files are named YYYY-MM-DD-<kind>.json. Posting all sources' files of one day before the next day keeps each
# user's sign-ins in time order even if the scheduled engine runs while the data is still arriving; within a day
# Okta goes before CloudTrail because Okta single sign-on precedes the AWS federation it starts.
list_files() {
    local rank=0 source file name
    for source in okta aws-cloudtrail entra; do
        for file in "$SAMPLES/$source"/*.json; do
            [[ -e "$file" ]] || continue
            name="$(basename "$file")"
            printf '%s\t%d\t%s\t%s\n' "${name:0:10}" "$rank" "$name" "$source"
        done
        rank=$((rank + 1))
    done | LC_ALL=C sort -t $'\t' -k1,1 -k2,2n -k3,3 | cut -f3,4
}

echo "Loading $(cd "$SAMPLES" && pwd) into $BASE"
printf '%-40s %9s %11s %8s %9s\n' "file" "accepted" "duplicates" "skipped" "rejected"
total_accepted=0 total_duplicates=0 total_skipped=0 total_rejected=0 loaded=0 failed=0
unavailable=" "
while IFS=$'\t' read -r name source; do
    shown="$source/$name"
    if [[ "$unavailable" == *" $source "* ]]; then
        failed=$((failed + 1))
        continue
    fi
    status="$(request POST "/api/v1/sources/$source/events" "$INGEST" \
        -H 'Content-Type: application/json' -H 'Expect:' --data-binary "@$SAMPLES/$source/$name")"
    case "$status" in
        200 | 422)
            accepted="$(number accepted < "$TMP/body")"
            duplicates="$(number duplicates < "$TMP/body")"
            skipped="$(number skipped < "$TMP/body")"
            rejected="$({ grep -o '"index"[[:space:]]*:' "$TMP/body" || true; } | wc -l | tr -d ' ')"
            printf '%-40s %9s %11s %8s %9s\n' "$shown" "${accepted:-?}" "${duplicates:-?}" "${skipped:-0}" \
                "$rejected"
            if [[ "$rejected" != "0" ]]; then
                rejections
            fi
            total_accepted=$((total_accepted + ${accepted:-0}))
            total_duplicates=$((total_duplicates + ${duplicates:-0}))
            total_skipped=$((total_skipped + ${skipped:-0}))
            total_rejected=$((total_rejected + rejected))
            if [[ "$status" == "200" ]]; then
                loaded=$((loaded + 1))
            else
                failed=$((failed + 1))
            fi
            ;;
        000)
            die "lost the connection to $BASE while posting $shown ($(tr -d '\n' < "$TMP/curl-error"))"
            ;;
        401)
            die "the ingest key was refused (HTTP 401: $(problem)); check LOGINWATCH_INGEST_KEY / LOGINWATCH_API_KEYS"
            ;;
        403)
            die "the ingest key may not post events (HTTP 403: $(problem)); use a key with role ingest or admin"
            ;;
        404)
            printf '%-40s HTTP 404: %s\n' "$shown" "$(problem)"
            echo "    this Loginwatch has no '$source' source; skipping the other $source files" >&2
            unavailable="$unavailable$source "
            failed=$((failed + 1))
            ;;
        *)
            printf '%-40s HTTP %s: %s\n' "$shown" "$status" "$(problem)"
            failed=$((failed + 1))
            ;;
    esac
done < <(list_files)
printf '%-40s %9d %11d %8d %9d\n' "total" "$total_accepted" "$total_duplicates" "$total_skipped" "$total_rejected"

if [[ $loaded -eq 0 ]]; then
    die "no file was loaded"
fi

# ---- run the engine -------------------------------------------------------------------------------------------------
echo
echo "Running the engine (POST /api/v1/engine/runs) ..."
status="$(request POST /api/v1/engine/runs "$ADMIN")"
case "$status" in
    200)
        echo "  scored $(number scored < "$TMP/body") sign-ins, raised $(number findings < "$TMP/body") findings"
        ;;
    401 | 403)
        die "the admin key was refused (HTTP $status: $(problem)); check LOGINWATCH_ADMIN_KEY / LOGINWATCH_API_KEYS"
        ;;
    *)
        die "engine run failed: HTTP $status: $(problem)"
        ;;
esac

# ---- show the findings ----------------------------------------------------------------------------------------------
echo
echo "Newest findings (GET /api/v1/findings?limit=20):"
status="$(request GET '/api/v1/findings?limit=20' "$ANALYST")"
case "$status" in
    200) ;;
    401 | 403)
        die "the analyst key was refused (HTTP $status: $(problem)); check LOGINWATCH_ANALYST_KEY / LOGINWATCH_API_KEYS"
        ;;
    *)
        die "reading findings failed: HTTP $status: $(problem)"
        ;;
esac
if [[ -n "$PYTHON" ]]; then
    "$PYTHON" -c '
import json, sys
page = json.load(open(sys.argv[1], encoding="utf-8"))
items = page.get("items") or []
if not items:
    print("  (none)")
    sys.exit(0)
row = "  %-21s %-30s %-14s %-9s %5s  %s"
print(row % ("sign-in (UTC)", "user", "source", "severity", "score", "signals"))
for f in items:
    sign_in = f.get("signIn") or {}
    types = f.get("signalTypes") or [s.get("type") for s in (f.get("signals") or []) if isinstance(s, dict)]
    when = str(sign_in.get("occurredAt") or f.get("createdAt") or "")[:19].replace("T", " ")
    print(row % (when, f.get("user"), sign_in.get("source") or "", f.get("severity"), f.get("score"),
                 ", ".join(str(t) for t in types)))
if page.get("nextCursor"):
    print("  ... more: add &cursor=%s" % page["nextCursor"])' "$TMP/body"
else
    cat "$TMP/body"
    echo
fi
echo
echo "One finding with its evidence: curl -H \"Authorization: Bearer \$LOGINWATCH_ANALYST_KEY\" $BASE/api/v1/findings/<id>"
echo "What was planted and what should be found: samples/README.md"

if [[ $failed -gt 0 ]]; then
    echo "load-sample: $failed file(s) were not loaded" >&2
    exit 1
fi
