#!/usr/bin/env bash
# The terminal UI's start as a person sees it: tmux starts `search tui --index INDEX` in a 120x35 pane and the screen is
# read every 5 ms until the window is drawn (the query line "Suche:" shows) and until the first results are shown (the
# status line's "Treffer ·"). Each given build in turn, round by round; prints medians (ms from start) and the
# process's CPU time when the results showed, as a Markdown table, with each one's ratio to the first build given.
# usage: tui-first.sh LABEL=CLI:INDEX [LABEL=CLI:INDEX ...]     TUI_ROUNDS (default 5)
set -euo pipefail
rounds=${TUI_ROUNDS:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
session=tuifirst$$
for round in $(seq "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*}; rest=${spec#*=}
    tmux kill-session -t "$session" 2>/dev/null || true
    window=""; results=""
    t0=$(date +%s%N)
    tmux new -d -s "$session" -x 120 -y 35 "exec ${rest%%:*} tui --index ${rest#*:}"
    while :; do
      pane=$(tmux capture-pane -p -t "$session" 2>/dev/null || true)
      now=$(date +%s%N)
      if [ -z "$window" ] && grep -q "Suche:" <<<"$pane"; then window=$now; fi
      if grep -q "Treffer ·" <<<"$pane"; then results=$now; window=${window:-$now}; break; fi
      if [ $(( (now - t0) / 1000000 )) -gt 60000 ]; then echo "timeout: $label" >&2; exit 1; fi
      sleep 0.005
    done
    pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
    cpu=$(awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat")
    kill "$pid" 2>/dev/null || true   # SIGTERM: the UI restores the terminal and ends
    sleep 0.3; tmux kill-session -t "$session" 2>/dev/null || true
    echo -e "$label\t$(( (window - t0) / 1000000 ))\t$(( (results - t0) / 1000000 ))\t$cpu" >> "$work/runs.tsv"
  done
done
python3 - "$work/runs.tsv" "$rounds" <<'PY'
import statistics as st, sys
rows = [l.split('\t') for l in open(sys.argv[1]).read().splitlines()]
labels = list(dict.fromkeys(r[0] for r in rows))
print(f"`search tui` start to window and to first results (tmux), {sys.argv[2]} rounds in turn, medians\n")
print("| build | window ms | results ms | CPU ms at results | window / first | CPU / first | window ms, each round |")
print("|---|---|---|---|---|---|---|")
base = None
for label in labels:
    w = [int(r[1]) for r in rows if r[0] == label]; res = [int(r[2]) for r in rows if r[0] == label]; c = [float(r[3]) for r in rows if r[0] == label]
    m = (st.median(w), st.median(res), st.median(c)); base = base or m
    print(f"| {label} | {m[0]:.0f} | {m[1]:.0f} | {m[2]:.0f} | {m[0] / base[0]:.2f}x | {m[2] / base[2]:.2f}x | {' '.join(map(str, w))} |")
PY
