#!/bin/bash
# Types queries into a running TUI in tmux session "t", one key every 0.3 s (longer than the typing pause, so every
# keystroke searches). Start the TUI with SEARCH_TUI_TRACE=FILE first; see README.md.
queries=${1:-/work/shared/bench/queries-wikinews.txt}
count=${2:-20}
head -"$count" "$queries" | while IFS= read -r q; do
  for i in $(seq 1 40); do tmux send-keys -t t BSpace; done
  sleep 0.4
  n=${#q}
  for ((i = 0; i < n; i++)); do tmux send-keys -t t -l "${q:$i:1}"; sleep 0.3; done
  sleep 0.4
done
