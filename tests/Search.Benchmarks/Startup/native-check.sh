#!/usr/bin/env bash
# Publishes `search` as a native program and checks that it answers as the .NET build does: the ranking-dev questions
# (JSON without timings) on one index built by the .NET build, the entities of entities-dev, and an index the native
# program builds itself (MRR@10). Needs ../shared/eval. Takes several minutes (native compilation).
# usage: native-check.sh [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
eval_dir=$root/../shared/eval
[ -d "$eval_dir" ] || { echo "native-check: $eval_dir is missing (ranking-dev and entities-dev are needed)" >&2; exit 2; }
work=${1:-$(mktemp -d)}
mkdir -p "$work"
dotnet build -c Release "$root/src/Search.Cli" -v quiet -nologo
dotnet publish "$root/src/Search.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -v quiet -nologo
jit=(dotnet "$root/src/Search.Cli/bin/Release/net10.0/search.dll")
native=("$work/native/search")
questions() { cut -f2 "$eval_dir/ranking-dev/queries.tsv"; }
no_times() { sed 's/"tookMs":[0-9.]*//'; }
rm -rf "$work/index-jit" "$work/index-native"
"${jit[@]}" index --seeds "$eval_dir/ranking-dev/docs" --index "$work/index-jit" > /dev/null
"${native[@]}" index --seeds "$eval_dir/ranking-dev/docs" --index "$work/index-native" > /dev/null
questions | "${jit[@]}" query --stdin --json --top 10 --index "$work/index-jit" | no_times > "$work/jit.jsonl"
questions | "${native[@]}" query --stdin --json --top 10 --index "$work/index-jit" | no_times > "$work/native.jsonl"
"${jit[@]}" extract "$eval_dir/entities-dev/docs" --json > "$work/jit-entities.jsonl"
"${native[@]}" extract "$eval_dir/entities-dev/docs" --json > "$work/native-entities.jsonl"
questions | "${native[@]}" query --stdin --json --top 10 --index "$work/index-native" > "$work/native-own.jsonl"
status=0
cmp -s "$work/jit.jsonl" "$work/native.jsonl" && echo "answers: identical ($(wc -l < "$work/jit.jsonl") questions)" || { echo "answers: DIFFER ($work/jit.jsonl, $work/native.jsonl)"; status=1; }
cmp -s "$work/jit-entities.jsonl" "$work/native-entities.jsonl" && echo "entities: identical" || { echo "entities: DIFFER"; status=1; }
echo "native index: $(python3 "$eval_dir/score-ranking.py" "$eval_dir/ranking-dev/queries.tsv" "$work/native-own.jsonl" | tail -1)"
exit $status
