#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Summarises the CPU samples of a JFR recording: where the time goes, by method.

  bench/scripts/jfr-hot.py RECORDING.jfr [--top 30] [--prefix fr.crige.]

Reads `jfr print --events jdk.ExecutionSample --stack-depth 128` (the JDK's own tool; JDK 17 has no
`jfr view`) and prints, for the N most frequent methods, the share of samples where the method is the
running frame ("self") and where it is anywhere on the stack ("total"), then the same "total" restricted to
the methods whose name starts with --prefix, which tells which of crige's own steps the time belongs to.
Only the Java threads that were running are sampled: time spent waiting for PostgreSQL or the network is
not in a CPU profile.
"""
import argparse
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                         capture_output=True, text=True, check=True).stdout
    stack = None
    for line in out.splitlines():
        if "stackTrace = [" in line:
            stack = []
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
            elif line.strip().startswith("]"):
                yield stack
                stack = None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--prefix", default="fr.crige.")
    a = ap.parse_args()
    own = collections.Counter()
    total = collections.Counter()
    n = 0
    for stack in samples(a.recording):
        if not stack:
            continue
        n += 1
        own[stack[0]] += 1
        for method in set(stack):
            total[method] += 1
    if not n:
        sys.exit("no execution samples in " + a.recording)
    print("%d CPU samples" % n)
    print("\n%6s %6s  %s" % ("self%", "total%", "method (most frequent running frames)"))
    for method, count in own.most_common(a.top):
        print("%6.1f %6.1f  %s" % (100.0 * count / n, 100.0 * total[method] / n, method))
    print("\n%6s  %s" % ("total%", "method starting with " + a.prefix))
    mine = [(m, c) for m, c in total.most_common() if m.startswith(a.prefix)]
    for method, count in mine[:a.top]:
        print("%6.1f  %s" % (100.0 * count / n, method))


if __name__ == "__main__":
    main()
