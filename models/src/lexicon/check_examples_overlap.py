#!/usr/bin/env python3
"""Checks that no run of N words (default 5) of the invented CAP seed examples
(cap_examples.tsv) occurs in a set of evaluation texts, so that the examples stay our own.

usage: check_examples_overlap.py [--n 5] [--allow PHRASE ...] FILE.jsonl ...
Reads the "text" field of each JSON line; prints each example with a shared run and the
run; exits 1 when any run is shared that contains no allowed (boilerplate) phrase.
"""
import argparse, json, os, re, sys

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cap_examples.tsv")


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--allow", nargs="*", default=[])
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    seen = set()
    for f in a.files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen |= grams(words(json.loads(line).get("text", "")), a.n)
    allow = [" ".join(words(p)) for p in a.allow]
    bad = boiler = total = 0
    with open(EXAMPLES, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            total += 1
            text = line.rstrip("\n").split("\t", 1)[1]
            shared = sorted(g for g in grams(words(text), a.n) if g in seen)
            if not shared:
                continue
            ok = all(any(p in g or g in p for p in allow) for g in shared)
            boiler += ok
            bad += not ok
            print("%s line %d: %s\n    shared: %s" % ("boilerplate" if ok else "SHARED", n, text,
                                                    " | ".join(shared)))
    print("%d examples, %d share a %d-word run (%d only allowed boilerplate)"
          % (total, bad + boiler, a.n, boiler))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
