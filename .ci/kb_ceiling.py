#!/usr/bin/env python3
"""The InKB F1 the bundled KB allows at best on the entity dev sets.

For each set: the gold mentions with a Wikidata id inside the evaluated span, how many of those
ids the KB has, and the InKB F1 of a linker that links every one of them right and makes no
other link (precision 1, recall = the share the KB has).

usage: python3 .ci/kb_ceiling.py [--shared ../shared] [--jar examples/target/rostra.jar]
"""
import argparse
import json
import os
import subprocess
import tempfile

SETS = ["news_fair_v2_dev", "msnbc_updated", "aida_conll_testa", "kore50"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("ROSTRA_SHARED", "../shared"))
    ap.add_argument("--jar", default="examples/target/rostra.jar")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ids = os.path.join(tmp, "kb-qids.txt")
        subprocess.run(["java", "-jar", a.jar, "kb", "ids", "--wikidata", "--output", ids],
                       check=True)
        with open(ids, encoding="utf-8") as f:
            kb = {l.split()[0] for l in f if l.strip() and not l.startswith("#")}
    print("| set | gold mentions with an id | ids the KB has | share | best InKB F1 |")
    print("|---|---|---|---|---|")
    for name in SETS:
        n = k = 0
        with open(os.path.join(a.shared, "eval", "data", "entities", name + ".jsonl"),
                  encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                s, e = d.get("eval_span", [0, 1 << 60])
                for m in d["mentions"]:
                    q = m.get("kb") or ""
                    if q.startswith("Q") and s <= m["start"] and m["end"] <= e:
                        n += 1
                        k += q in kb
        print(f"| {name} | {n} | {k} | {100 * k / n:.1f} % | {200 * k / (n + k):.1f} |")


if __name__ == "__main__":
    main()
