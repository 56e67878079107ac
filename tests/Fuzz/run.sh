#!/usr/bin/env bash
# Coverage-guided fuzzing of one harness for N minutes: tests/Fuzz/run.sh HARNESS [MINUTES]
# Harnesses: decoder (TextDecoder), html (HtmlArticleReader), jsonl (the .jsonl reader), pipeline (ArticlePipeline.Run
# under the 2 s budget). Needs Debian's afl++ and the SharpFuzz.CommandLine 2.3.0 dotnet tool:
#   apt-get install afl++ && dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
# Publishes tests/Fuzz, instruments the project's assemblies (and AngleSharp for html), runs afl-fuzz from
# tests/Fuzz/seeds/HARNESS and prints executions, paths, crashes and hangs. Findings stay in $FUZZ_OUT/HARNESS/findings;
# each one fixed goes to tests/Fuzz/Regressions/HARNESS/, which `dotnet test` replays. Not part of CI.
set -euo pipefail
harness=${1:?usage: tests/Fuzz/run.sh decoder|html|jsonl|pipeline [MINUTES]}
minutes=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_OUT:-/tmp/newsfacts-fuzz}/$harness
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

rm -rf "$out/bin"
mkdir -p "$out"
dotnet publish "$root/tests/Fuzz/Fuzz.csproj" -c Release -o "$out/bin" -v q --nologo >/dev/null
instrumented=(NewsFacts.TextPipeline.dll NewsFacts.Api.dll)
[[ $harness == html || $harness == jsonl ]] && instrumented+=(AngleSharp.dll)
for dll in "${instrumented[@]}"; do
  sharpfuzz "$out/bin/$dll" >/dev/null
done

# dotnet itself is not instrumented (SharpFuzz instruments the assemblies), so afl-fuzz must not check the binary.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# A run left from before resumes its queue.
input="$root/tests/Fuzz/seeds/$harness"
[[ -d $out/findings/default/queue ]] && input=-
# -t: a hang is an input over 10 s (the pipeline's budget is 2 s; a run over it is reported as a crash by the harness).
afl-fuzz -i "$input" -o "$out/findings" -t 10000 -m none -V $((minutes * 60)) \
  -- dotnet "$out/bin/Fuzz.dll" "$harness" "$root/data" >"$out/afl.log" 2>&1 || true

stats=$out/findings/default/fuzzer_stats
[[ -f $stats ]] || { tail -30 "$out/afl.log" >&2; exit 1; }
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$out/findings/default/hangs" -type f -name 'id:*' | wc -l)
echo "$harness: $(value execs_done) executions in $(value run_time) s, $(value corpus_count) paths (corpus), $crashes crashes, $hangs hangs; findings in $out/findings/default"
