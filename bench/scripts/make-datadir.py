#!/usr/bin/env python3
"""Generate a data directory with many layers for the start-up benchmark.

Copies the sample data directory and adds N feature types (and their layers) to the workspace cvl, each a
copy of one of the five sample feature types under a new name, spread over the five sample tables.

    bench/scripts/make-datadir.py SAMPLE_DATA_DIR OUT_DIR N
"""
import json
import os
import shutil
import sys


def main():
    sample, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(sample, out)
    store_dir = os.path.join(out, "workspaces", "cvl", "cvl")
    templates = sorted(d for d in os.listdir(store_dir) if os.path.isdir(os.path.join(store_dir, d)))
    for i in range(n):
        template = templates[i % len(templates)]
        name = "%s_%05d" % (template, i)
        target = os.path.join(store_dir, name)
        os.makedirs(target)
        for fname in ("featuretype.json", "layer.json"):
            with open(os.path.join(store_dir, template, fname), encoding="utf-8") as f:
                doc = json.load(f)
            doc["name"] = name
            if "title" in doc:
                doc["title"] = "%s (copie %d)" % (doc["title"], i)
            with open(os.path.join(target, fname), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
    print("%s: %d extra layers" % (out, n))


if __name__ == "__main__":
    main()
