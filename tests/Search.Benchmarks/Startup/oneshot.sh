#!/usr/bin/env bash
# One-shot query as a whole process: `search query WORD --json` of each given build against the Java peer's one-shot
# process (`LuceneBench query INDEX ONE-QUERY-FILE OUT 1 0`: JVM start, open, one query), taken in turn round by
# round (A, B, ..., peer, A, B, ...) so that a drifting machine load hits all alike. Wall time from the shell, CPU
# (user + sys) from GNU time; prints the medians and each one's ratio to the peer as a Markdown table.
# usage: oneshot.sh PEER_WORK_DIR LABEL=CLI:INDEX [LABEL=CLI:INDEX ...]
#   PEER_WORK_DIR: the work folder of ../shared/bench/run-lucene-peer.sh (holds classes/ and index/)
#   CLI: the built program (src/Search.Cli/bin/Release/net10.0/search); INDEX: our index of the same corpus
#   ONESHOT_WORD (default Regierung), ONESHOT_ROUNDS (default 7)
set -euo pipefail
peer=$1; shift
word=${ONESHOT_WORD:-Regierung}; rounds=${ONESHOT_ROUNDS:-7}
cp=$(ls /usr/share/java/lucene-core-8*.jar /usr/share/java/lucene-analyzers-common-8*.jar /usr/share/java/lucene-queryparser-8*.jar | tr '\n' ':')
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "$word" > "$work/query.txt"
for round in $(seq "$rounds"); do
  for spec in "$@" "peer=java"; do
    label=${spec%%=*}; rest=${spec#*=}
    if [ "$label" = peer ]; then
      cmd=(java -cp "$cp$peer/classes" LuceneBench query "$peer/index" "$work/query.txt" "$work/peer.json" 1 0)
    else
      cmd=("${rest%%:*}" query "$word" --json --index "${rest#*:}")
    fi
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$work/time.txt" "${cmd[@]}" > "$work/out.txt" 2>&1 || true
    t1=$(date +%s%N)
    read -r user sys < "$work/time.txt"
    echo -e "$label\t$(( (t1 - t0) / 1000 ))\t$user\t$sys" >> "$work/runs.tsv"
  done
done
python3 - "$work/runs.tsv" "$word" "$rounds" <<'PY'
import statistics as st, sys
rows = [l.split('\t') for l in open(sys.argv[1]).read().splitlines()]
labels = list(dict.fromkeys(r[0] for r in rows))
med = {}
for label in labels:
    wall = [int(r[1]) / 1e6 for r in rows if r[0] == label]
    cpu = [float(r[2]) + float(r[3]) for r in rows if r[0] == label]
    med[label] = (st.median(wall), st.median(cpu), wall)
print(f"One-shot `search query {sys.argv[2]} --json` vs the peer's one-shot process, {sys.argv[3]} rounds in turn, medians\n")
print("| process | wall s | CPU s | wall / peer | CPU / peer | wall s, each round |")
print("|---|---|---|---|---|---|")
pw, pc, _ = med['peer']
for label in labels:
    w, c, each = med[label]
    print(f"| {label} | {w:.3f} | {c:.2f} | {w / pw:.2f}x | {c / pc:.2f}x | {' '.join(f'{x:.2f}' for x in each)} |")
PY
