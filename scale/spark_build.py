#!/usr/bin/env python3
"""Build the kgraph graph on a Spark cluster: the same graph as `kgraph build`, in parallel.

kgraph supplies the per-partition work and an exact merge; Spark moves the data:

  1. read the input (JSON Lines records, or text files as whole documents) into N partitions;
  2. each partition's documents go through `kgraph map` on stdin -> partial-graph records
     (already combined per partition, so a key such as Russia-Ukraine leaves each partition once);
  3. records are keyed (node id, edge key, document of a relation) and shuffled by key;
  4. each reduced partition goes through `kgraph merge --partial` -> merged records;
  5. the driver streams the merged records into `kgraph merge --out`, which writes the exports
     exactly as `kgraph build` does. Relation instances are also saved as Spark part files.

The merge logic lives only in Rust: this script never interprets a record beyond its key.

  spark-submit --master 'local[2]' scale/spark_build.py \
      --kgraph target/release/kgraph --gazetteer gazetteer --input seeds --out out-spark
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

from pyspark import SparkContext, SparkFiles


def partial_header(kgraph, gazetteer):
    """The header line of this kgraph's partial format (its version), as `kgraph map` writes it,
    so that the merge tasks speak the binary's own version."""
    proc = subprocess.run([kgraph, "map", "-", "--partial", "-", "--quiet", "--gazetteer", gazetteer],
                          input=b"", capture_output=True, check=True)
    return proc.stdout.decode("utf-8").splitlines()[0]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True, action="append",
                   help="path Spark can read (local folder, hdfs://, s3a://): JSON Lines (*.jsonl) or text files; repeatable")
    p.add_argument("--out", required=True, help="local folder for the final exports")
    p.add_argument("--kgraph", default="target/release/kgraph", help="the kgraph binary to ship to executors")
    p.add_argument("--gazetteer", default="gazetteer", help="gazetteer folder (with rules.txt) to ship")
    p.add_argument("--partitions", type=int, default=8, help="input partitions (map tasks)")
    p.add_argument("--reduce-partitions", type=int, default=4, help="shuffle partitions (merge tasks)")
    p.add_argument("--relations-parts", default=None,
                   help="where Spark writes relation-instance part files (default: OUT/relations-parts)")
    p.add_argument("--include-hedged", action="store_true")
    return p.parse_args(argv)


def kgraph_command(*args):
    """The shipped binary and gazetteer, as seen from inside a task."""
    binary = SparkFiles.get("kgraph")
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    return [binary, *args, "--gazetteer", SparkFiles.get("gazetteer")]


def run_kgraph(cmd, lines):
    """Pipes lines through kgraph and yields its output lines; fails the task on any error."""
    with tempfile.TemporaryFile() as stdin_file:
        for line in lines:
            stdin_file.write(line.encode("utf-8"))
            stdin_file.write(b"\n")
        stdin_file.seek(0)
        proc = subprocess.run(cmd, stdin=stdin_file, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode('utf-8', 'replace')}")
    for line in proc.stdout.decode("utf-8").splitlines():
        if line:
            yield line


def map_partition(include_hedged):
    def run(records):
        args = ["map", "-", "--partial", "-", "--quiet", "--jobs", "1"]
        if include_hedged:
            args.append("--include-hedged")
        yield from run_kgraph(kgraph_command(*args), records)
    return run


def merge_partition(header):
    def run(lines):
        yield from run_kgraph(kgraph_command("merge", "-", "--partial", "-"), [header, *lines])
    return run


def record_key(line):
    """The shuffle key of a partial record: records of one key meet in one merge task."""
    r = json.loads(line)
    kind = r["record"]
    if kind == "node":
        return f"node\t{r['id']}"
    if kind == "edge":
        return f"edge\t{r['source']}\t{r['type']}\t{r['target']}\t{r['modality']}"
    if kind == "relation":
        return f"relation\t{r['doc']}"
    return kind  # stats (one small record per partition)


def text_file_record(path_and_text):
    path, text = path_and_text
    return json.dumps({"id": os.path.basename(path), "text": text}, ensure_ascii=False)


def read_documents(sc, inputs, partitions):
    """JSON Lines records as they are; other files as one document each (id = file name)."""
    rdds = []
    for path in inputs:
        if path.endswith((".jsonl", ".ndjson")):
            rdds.append(sc.textFile(path).filter(lambda l: l.strip()))
        else:
            rdds.append(sc.wholeTextFiles(path).map(text_file_record))
    return sc.union(rdds).repartition(partitions)


def main(argv):
    args = parse_args(argv)
    sc = SparkContext(appName="kgraph")
    sc.setLogLevel("WARN")
    sc.addFile(os.path.abspath(args.kgraph))
    sc.addFile(os.path.abspath(args.gazetteer), recursive=True)

    header = partial_header(os.path.abspath(args.kgraph), args.gazetteer)
    docs = read_documents(sc, args.input, args.partitions)
    partials = docs.mapPartitions(map_partition(args.include_hedged)).filter(lambda l: '"record":"header"' not in l)
    keyed = partials.map(lambda l: (record_key(l), l))
    # A stable hash: Python's own string hash differs between worker processes.
    merged = (keyed.partitionBy(args.reduce_partitions, lambda k: zlib.crc32(k.encode("utf-8")))
              .values()
              .mapPartitions(merge_partition(header))
              .filter(lambda l: '"record":"header"' not in l)
              .cache())

    parts = args.relations_parts or os.path.join(args.out, "relations-parts")
    if "://" not in parts and os.path.isdir(parts):
        shutil.rmtree(parts)  # ours from an earlier run; Spark refuses to overwrite
    merged.filter(lambda l: '"record":"relation"' in l).saveAsTextFile(parts)

    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        final_partial = os.path.join(tmp, "merged.part")
        with open(final_partial, "w", encoding="utf-8") as f:
            f.write(header + "\n")
            for line in merged.toLocalIterator():
                f.write(line + "\n")
        sc.stop()
        cmd = [os.path.abspath(args.kgraph), "merge", final_partial, "--gazetteer", args.gazetteer,
               "--out", args.out, "--quiet"]
        if subprocess.run(cmd, check=False).returncode != 0:
            sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
