#!/usr/bin/env bash
# The Spark job in local mode builds the same graph as `kgraph build`: seeds plus a generated
# corpus (default 20 MB) in at least 8 partitions; graph exports must be byte-identical and the
# relation instances the same set. Installs Java and pyspark itself. Usage: scale/test_spark.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if ! command -v java >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
VENV=${KGRAPH_SPARK_VENV:-$HOME/.cache/kgraph-spark-venv}
if [ ! -x "$VENV/bin/spark-submit" ]; then
  mkdir -p "$(dirname "$VENV")"; python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pyspark==4.3.0
fi
VENV=$(cd "$VENV" && pwd)
export PYSPARK_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1

cargo build --release -q
KGRAPH=target/release/kgraph
python3 scripts/gen_corpus.py corpus --mb "$MB" --out "$WORK/corpus.jsonl"
FORMATS=graphml,gexf,dot,csv,json,relations

start=$(date +%s.%N)
"$KGRAPH" build seeds "$WORK/corpus.jsonl" --out "$WORK/build" --format "$FORMATS" --jobs 2 --quiet
mid=$(date +%s.%N)
"$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  --driver-java-options "-Dlog4j2.level=warn" \
  scale/spark_build.py --kgraph "$KGRAPH" --gazetteer gazetteer \
  --input seeds --input "$WORK/corpus.jsonl" --partitions 8 --reduce-partitions 4 --out "$WORK/spark" 2>"$WORK/spark.log" \
  || { tail -50 "$WORK/spark.log"; exit 1; }
end=$(date +%s.%N)

status=0
for f in graph.graphml graph.gexf graph.dot nodes.csv edges.csv graph.json import.cypher; do
  if cmp -s "$WORK/build/$f" "$WORK/spark/$f"; then echo "identical: $f"; else echo "DIFFERENT: $f"; status=1; fi
done
sort "$WORK/build/relations.jsonl" > "$WORK/a"; sort "$WORK/spark/relations.jsonl" > "$WORK/b"
if cmp -s "$WORK/a" "$WORK/b"; then echo "same relation instances: $(wc -l < "$WORK/a")"; else echo "DIFFERENT relation instances"; status=1; fi
cat "$WORK"/spark/relations-parts/part-* | wc -l | xargs echo "relation records in Spark part files:"
input_mb=$(du -bc seeds "$WORK/corpus.jsonl" | tail -1 | awk '{print $1/1e6}')
python3 - "$start" "$mid" "$end" "$input_mb" <<'PY'
import sys
start, mid, end, mb = map(float, sys.argv[1:])
b, s = mid - start, end - mid
print(f"kgraph build --jobs 2: {mb/b:.1f} MB/s; spark local[2]: {mb/s:.1f} MB/s; spark/build throughput {b/s:.2f}")
PY
exit $status
