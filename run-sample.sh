#!/usr/bin/env bash
# Builds resdom and runs it on the bundled sample (samples/res71-fr-tracked-flattened.txt):
# converts it to Akoma Ntoso, JSON and XML into out/, validates it, prints its stats and its
# first citations. Needs only JDK 17+ and Maven 3.8+.
set -euo pipefail
cd "$(dirname "$0")"

SAMPLE=samples/res71-fr-tracked-flattened.txt
JAR=cli/target/resdom.jar

step() { printf '\n== %s\n' "$*"; }

# Runs resdom; exit code 1 means "errors found in the input" and is expected for this sample
# (its tracked changes were flattened); anything else stops the script.
resdom() {
  local code=0
  java -jar "$JAR" "$@" || code=$?
  if [ "$code" -eq 1 ]; then
    echo "(exit code 1: the sample has errors, as expected; see the diagnostics)"
  elif [ "$code" -ne 0 ]; then
    echo "resdom $1 failed with exit code $code" >&2
    exit "$code"
  fi
}

# package, not install: the jar is built in cli/target and run from there; nothing is written
# into your local Maven repository (~/.m2) but the libraries the build downloads
step "Building (mvn -B -q -DskipTests -pl cli -am package)"
mvn -B -q -DskipTests -pl cli -am package

mkdir -p out
step "Converting $SAMPLE to Akoma Ntoso, JSON and XML in out/"
# --lenient: write the documents even if the reader reported errors for this messy input
for fmt in akn json xml; do
  resdom convert --lenient --quiet --to "$fmt" -o out "$SAMPLE"
done
ls -l out

step "Validating $SAMPLE (PATH:LINE:COL: SEVERITY CODE message)"
resdom validate "$SAMPLE"

step "Statistics"
resdom stats --quiet "$SAMPLE"

step "First citations (JSON Lines; resdom refs lists them all)"
java -jar "$JAR" refs --quiet "$SAMPLE" > out/refs.jsonl || true
head -n 5 out/refs.jsonl
echo "... $(wc -l < out/refs.jsonl) citations in out/refs.jsonl"

step "Done. Try: java -jar $JAR --help"
exit 0
