"""Scan a corpus with telltale on Apache Spark, and check the result against one process.

Each Spark task pipes its partition through the telltale binary (RDD.pipe), which prints the
partition's summary as one line of JSON (`telltale scan --origin-header --summary-only`). The
driver collects those lines and merges them with `telltale merge`. Because a summary holds only
counts and top-k lists, the merge equals the summary of a single `telltale scan` over the same
inputs, byte for byte; --check verifies that.

How inputs are distributed:
  * LINES files (JSON Lines with one conversation per line: ShareGPT, OpenAI chat, hh-rlhf) are
    read with textFile and cut into partitions at line breaks. Each partition is sent after a
    header line `#origin FILE:LINE` naming the file and its first line, so conversation ids,
    file names and line numbers come out as if the whole file had been scanned.
  * WHOLE paths (files or directories) are distributed one file per task, read whole with
    binaryFiles: formats whose conversations span lines (Claude Code session logs, SWE-agent
    trajectories, aider and console markdown) must not be cut. Directories are listed on the
    driver, so WHOLE paths must be local or on a file system the driver mounts.
  * Name LINES files one by one (a glob would name every partition after the pattern); any
    Hadoop path works (hdfs://, s3a://).

Usage:
  python3 telltale_spark.py --telltale .build/release/telltale [--worker-telltale PATH] [--master URL] \
      [--lines FILE …] [--whole PATH …] [--scan-arg=--by --scan-arg=file …] \
      [--partitions N] [--output merged.json] [--check]
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlparse


def expand(paths):
    """Files under the given paths in the order telltale walks them: directories recursively, in
    byte order of their names, skipping version-control folders."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            names = sorted(os.listdir(path), key=lambda name: name.encode())
            children = [path.rstrip("/") + "/" + name for name in names if name not in (".git", ".hg", ".svn")]
            files += expand([child for child in children if os.path.isfile(child) or os.path.isdir(child)])
        else:
            files.append(path)
    return files


def with_origin(path):
    """Prefixes a partition of (line, index) pairs with the header naming where it starts."""
    def emit(partition):
        first = True
        for line, index in partition:
            if first:
                yield "#origin %s:%d" % (path, index + 1)
                first = False
            yield line
    return emit


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--telltale", required=True, help="the telltale binary on the driver (merges the summaries)")
    parser.add_argument("--worker-telltale", help="the binary as workers find it, e.g. ./telltale when shipped "
                        "with spark-submit --files (default: the absolute path of --telltale, for local mode "
                        "and shared file systems)")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local mode with 2 workers)")
    parser.add_argument("--lines", nargs="*", default=[], help="JSON Lines files, one conversation per line")
    parser.add_argument("--whole", nargs="*", default=[], help="files or directories distributed one file per task")
    parser.add_argument("--scan-arg", action="append", default=[], help="an extra `telltale scan` argument")
    parser.add_argument("--partitions", type=int, default=4, help="minimum partitions per LINES file")
    parser.add_argument("--output", help="write the merged summary here (default: standard output)")
    parser.add_argument("--check", action="store_true", help="compare with a single-process scan; exit 1 if different")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    telltale = os.path.abspath(args.telltale)
    scan = [args.worker_telltale or telltale, "scan", "--origin-header", "--summary-only", "--threads", "1"] + args.scan_arg
    command = " ".join(shlex.quote(part) for part in scan)
    whole = expand(args.whole)

    conf = SparkConf().setAppName("telltale").set("spark.ui.enabled", "false")
    if args.master or not conf.contains("spark.master"):
        conf.setMaster(args.master or "local[2]")
    conf.set("spark.ui.showConsoleProgress", "false")
    conf.set("spark.pyspark.python", sys.executable)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.monotonic()
    try:
        parts = []
        for path in args.lines:
            lines = sc.textFile(path, minPartitions=args.partitions).zipWithIndex()
            parts.append(lines.mapPartitions(with_origin(path)).pipe(command, checkCode=True))
        if whole:
            # One partition per file, keyed back to the path telltale itself would print.
            index = {os.path.abspath(path): position for position, path in enumerate(whole)}
            names = sc.broadcast({os.path.abspath(path): path for path in whole})
            # file:// so a cluster whose default file system is HDFS still reads the driver's paths.
            uris = ",".join("file://" + os.path.abspath(path) for path in whole)
            files = sc.binaryFiles(uris).map(lambda item: (os.path.abspath(urlparse(item[0]).path), item[1]))
            files = files.partitionBy(len(whole), lambda key: index[key])

            def whole_file(partition):
                for key, content in partition:
                    yield "#origin %s:1" % names.value[key]
                    yield content.decode("utf-8", errors="replace")
            parts.append(files.mapPartitions(whole_file).pipe(command, checkCode=True))
        summaries = sc.union(parts).collect() if parts else []
        partitions = sum(part.getNumPartitions() for part in parts)
    finally:
        sc.stop()
    spark_seconds = time.monotonic() - started

    with tempfile.TemporaryDirectory() as scratch:
        collected = os.path.join(scratch, "partitions.jsonl")
        with open(collected, "w", encoding="utf-8") as out:
            out.write("\n".join(summaries) + "\n")
        merged = subprocess.run([telltale, "merge", collected], check=True, capture_output=True).stdout
    if args.output:
        with open(args.output, "wb") as out:
            out.write(merged)
    else:
        sys.stdout.buffer.write(merged)
    print("spark: %d partitions, %d summaries merged in %.1f s" % (partitions, len(summaries), spark_seconds),
          file=sys.stderr)

    if args.check:
        started = time.monotonic()
        single = subprocess.run([telltale, "scan"] + args.lines + args.whole + ["--summary-only"] + args.scan_arg,
                                check=True, capture_output=True).stdout
        print("single process: %.1f s" % (time.monotonic() - started), file=sys.stderr)
        if single != merged:
            print("MISMATCH: the merged summary differs from the single-process summary", file=sys.stderr)
            return 1
        print("OK: the merged summary equals the single-process summary, byte for byte (%d bytes)" % len(merged),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
