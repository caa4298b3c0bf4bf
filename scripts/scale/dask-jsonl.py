#!/usr/bin/python3
"""Prove nutgraf's JSONL mode works unchanged as a mapper on a cluster (issue 14).

Starts a local Dask `distributed` cluster of several worker processes, splits a JSONL
archive (one `{"id", "text", ...}` record a line) into partitions with `dask.bag.read_text`,
pipes each partition through `nutgraf --format jsonl -` as a subprocess on a worker, and
checks that the records that come back equal those of one single-process run over the
whole archive, in the same order, one per input record, the other fields passed through.
Prints the throughput of both runs. Not part of `npm test`.

Needs Debian's python3-dask and python3-distributed (run it with /usr/bin/python3 when
another Python comes first on PATH), Node, and a built nutgraf (`npm run build`).

    npx tsx scripts/scale/archive.ts --out=/tmp/nutgraf-archive.jsonl --copies=4
    /usr/bin/python3 scripts/scale/dask-jsonl.py /tmp/nutgraf-archive.jsonl --workers 2 --partitions 8

Options: --workers N (worker processes, default 2), --partitions N (default 4 a worker),
--nutgraf CMD (the mapper without its arguments; default `node dist/cli.js` of this
checkout), --jobs N (passed to each mapper: worker threads inside one nutgraf; default 1,
the cluster's workers being the parallelism), --out DIR (also write the partitions'
output there as part files, the way a job would).
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time

try:
    import dask.bag as bag
    from dask.distributed import Client, LocalCluster
except ImportError:  # pragma: no cover - a message, not a test
    sys.exit('dask-jsonl.py: needs dask and distributed (Debian: python3-dask python3-distributed; run with /usr/bin/python3)')

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def mapper_command(nutgraf, jobs):
    """The mapper: nutgraf reading JSONL records on stdin and writing one result line each."""
    return shlex.split(nutgraf) + ['--format', 'jsonl', '--jobs', str(jobs), '-']


def run_mapper(command, lines):
    """Pipe `lines` (JSONL records) through the mapper and return its output lines.

    This is what Spark's RDD.pipe and Hadoop Streaming do with a partition: the records on
    stdin, a line each, and every stdout line is a result record.
    """
    data = ''.join(line if line.endswith('\n') else line + '\n' for line in lines)
    done = subprocess.run(command, input=data.encode('utf-8'), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError(f'mapper exited with {done.returncode}: {done.stderr.decode("utf-8", "replace")[-2000:]}')
    return done.stdout.decode('utf-8').splitlines()


def cpu_of_children():
    """CPU seconds (user + system) of this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(command, lines):
    """`run_mapper`, with the mapper's CPU seconds and wall seconds (one mapper at a time in a worker)."""
    cpu = cpu_of_children()
    started = time.perf_counter()
    outputs = run_mapper(command, lines)
    return outputs, cpu_of_children() - cpu, time.perf_counter() - started


def check(inputs, outputs, label):
    """One result per non-blank input record, in input order, every other field passed through."""
    records = [json.loads(line) for line in inputs if line.strip()]
    results = [json.loads(line) for line in outputs]
    if len(results) != len(records):
        raise AssertionError(f'{label}: {len(results)} result lines for {len(records)} records')
    for record, result in zip(records, results):
        passed = {key: value for key, value in record.items() if key != 'text'}
        if {key: result.get(key) for key in passed} != passed:
            raise AssertionError(f'{label}: record {record.get("id")!r} came back as {str(result)[:200]}')
        if 'article' not in result:
            raise AssertionError(f'{label}: record {record.get("id")!r} has no article: {str(result)[:200]}')
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('archive')
    parser.add_argument('--workers', type=int, default=2)
    parser.add_argument('--partitions', type=int)
    parser.add_argument('--nutgraf', default=f'node {shlex.quote(os.path.join(ROOT, "dist", "cli.js"))}')
    parser.add_argument('--jobs', type=int, default=1)
    parser.add_argument('--out')
    args = parser.parse_args()
    partitions = args.partitions or 4 * args.workers
    command = mapper_command(args.nutgraf, args.jobs)

    with open(args.archive, encoding='utf-8') as archive:
        lines = archive.readlines()
    characters = sum(len(json.loads(line).get('text', '')) for line in lines if line.strip())
    records = sum(1 for line in lines if line.strip())
    print(f'archive: {args.archive}, {records} records, {characters:,} characters of text')
    print(f'mapper: {" ".join(shlex.quote(part) for part in command)}')

    single_lines, single_cpu, single_seconds = run_timed(command, lines)
    single = check(lines, single_lines, 'single process')
    print(
        f'single process: {single_seconds:.1f} s, {records / single_seconds:,.1f} records/s, {characters / single_seconds:,.0f} chars/s; '
        f'mapper CPU {single_cpu:.1f} s: {records / single_cpu:,.1f} records and {characters / single_cpu:,.0f} chars a CPU second'
    )

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    cluster_seconds = time.perf_counter() - started
    try:
        size = os.path.getsize(args.archive)
        parts = bag.read_text(args.archive, blocksize=-(-size // partitions))
        # One element a partition: its result lines, its mapper's CPU and wall seconds.
        timed = parts.map_partitions(lambda partition: [run_timed(command, list(partition))])
        started = time.perf_counter()
        results = timed.compute()
        outputs = [line for lines_out, _, _ in results for line in lines_out]
        if args.out:
            os.makedirs(args.out, exist_ok=True)
            for index, (lines_out, _, _) in enumerate(results):
                with open(os.path.join(args.out, f'part-{index}.jsonl'), 'w', encoding='utf-8') as part:
                    part.writelines(line + '\n' for line in lines_out)
        dask_seconds = time.perf_counter() - started
        print(
            f'dask: {args.workers} workers, {parts.npartitions} partitions: {dask_seconds:.1f} s, '
            f'{records / dask_seconds:,.1f} records/s ({records / dask_seconds / args.workers:,.1f} a worker), '
            f'{characters / dask_seconds:,.0f} chars/s (cluster start {cluster_seconds:.1f} s, not counted); '
            f'×{single_seconds / dask_seconds:.2f} the single process (wall)'
        )
        mapper_cpu = sum(cpu for _, cpu, _ in results)
        print(
            f'dask mappers: CPU {mapper_cpu:.1f} s in all ({mapper_cpu / single_cpu:.2f}× the single process: '
            f'a Node start a partition), {records / mapper_cpu:,.1f} records and {characters / mapper_cpu:,.0f} chars a CPU second; '
            f'partitions took {min(wall for _, _, wall in results):.1f}–{max(wall for _, _, wall in results):.1f} s wall'
        )
    finally:
        client.close()
        cluster.close()

    distributed = check(lines, outputs, 'dask')
    if distributed != single:
        differing = next(index for index, (a, b) in enumerate(zip(distributed, single)) if a != b)
        raise AssertionError(f'dask: record {differing} ({single[differing].get("id")!r}) differs from the single-process run')
    print(f'check: the {len(distributed)} records equal the single-process run, in order')


if __name__ == '__main__':
    main()
