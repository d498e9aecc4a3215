#!/usr/bin/env python3
"""Evaluation gates: annotate the shared dev sets with the CLI, score them with the shared
scorers and fail when a figure falls below its gate (.ci/gates.json). Skips (exit 0) when
../shared is absent. Writes target/eval/<name>.json with every figure.

Run options in gates.json besides "cli":
  "split": "holdout20"  score only the held-out 20 % of the gold file (items whose sha1(id)
                        has a first byte divisible by 5, the scorer's rule); that part is
                        written to target/eval/<name>.gold.jsonl and annotated instead
  "tool": [MAIN, ARGS]  run a Java main class of rostra.jar instead of `annotate`; in ARGS
                        {data} is the gold file as given, {pred} the prediction file,
                        {shared} the shared folder (used for trained-model figures)

  python3 .ci/eval.py [--only NAME[,NAME]] [--report]   (--report: print, never fail)

A run with "kb_filter": true is scored with --kb-filter target/eval/kb-qids.txt (the bundled
KB's Wikidata QIDs, written first with `rostra kb ids --wikidata`): the "within our KB" score.
"""
import argparse, hashlib, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ROSTRA_SHARED", os.path.join(ROOT, "..", "shared"))
JAR = os.path.join(ROOT, "examples", "target", "rostra.jar")
OUT = os.path.join(ROOT, "target", "eval")


def get(d, path):
    for p in path.split("."):
        d = d[p]
    return d


def holdout20(src, dst):
    """Writes the items of src whose sha1(id) has a first byte divisible by 5 to dst."""
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            item_id = str(json.loads(line)["id"])
            if int(hashlib.sha1(item_id.encode("utf-8")).hexdigest()[:2], 16) % 5 == 0:
                out.write(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        print("eval gates: ../shared/eval absent, skipped")
        return 0
    with open(os.path.join(ROOT, ".ci", "gates.json")) as f:
        gates = json.load(f)
    only = set(filter(None, args.only.split(",")))
    os.makedirs(OUT, exist_ok=True)
    failed = passed = 0
    kb_filter = None
    if any(r.get("kb_filter") for r in gates["runs"] if not only or r["name"] in only):
        # "within our KB" scores: the bundled KB's Wikidata QIDs, written by the CLI
        kb_filter = os.path.join(OUT, "kb-qids.txt")
        k = subprocess.run(["java", "-jar", JAR, "kb", "ids", "--wikidata", "--output", kb_filter],
                           stderr=subprocess.PIPE, text=True)
        if k.returncode != 0:
            print(f"FAIL kb ids: exited {k.returncode}\n{k.stderr[-2000:]}")
            return 1
    for run in gates["runs"]:
        if only and run["name"] not in only:
            continue
        data = os.path.join(SHARED, run["gold"])
        gold = data
        if run.get("split") == "holdout20":
            gold = os.path.join(OUT, run["name"] + ".gold.jsonl")
            holdout20(data, gold)
        elif run.get("split"):
            print(f"FAIL {run['name']}: unknown split {run['split']!r}")
            failed += 1
            continue
        pred = os.path.join(OUT, run["name"] + ".pred.jsonl")
        t0 = time.time()
        if "tool" in run:
            subst = {"{data}": data, "{pred}": pred, "{shared}": SHARED}
            args_ = []
            for a in run["tool"][1:]:
                for k, v in subst.items():
                    a = a.replace(k, v)
                args_.append(a)
            cmd = ["java", "-Xmx3g", "-cp", JAR, run["tool"][0]] + args_
        else:
            cmd = ["java", "-Xmx3g", "-jar", JAR, "annotate", "--no-progress", "--input", gold,
                   "--output", pred, "--threads", "2"] + run.get("cli", [])
        r = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1):
            print(f"FAIL {run['name']}: annotate exited {r.returncode}\n{r.stderr[-2000:]}")
            failed += 1
            continue
        secs = time.time() - t0
        scorer = os.path.join(SHARED, "eval", "score", run["scorer"])
        extra = ["--kb-filter", kb_filter] if run.get("kb_filter") else []
        s = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", pred, "--json",
                            "--quiet"] + run.get("score_args", []) + extra,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if s.returncode != 0:
            print(f"FAIL {run['name']}: scorer exited {s.returncode}\n{s.stderr[-2000:]}")
            failed += 1
            continue
        figures = json.loads(s.stdout.strip().splitlines()[-1])
        with open(os.path.join(OUT, run["name"] + ".json"), "w") as f:
            json.dump(figures, f, indent=1)
        for gate in run["gates"]:
            value = get(figures, gate["metric"])
            ok = value >= gate["min"]
            status = "ok  " if ok else ("REPORT" if args.report else "FAIL")
            print(f"{status} {run['name']:<28} {gate['metric']:<34} {value:7.2f}  (gate {gate['min']:.2f}, reached {gate.get('reached', float('nan')):.2f})  [{secs:.0f}s]")
            if ok or args.report:
                passed += 1
            else:
                failed += 1
    print(f"eval gates: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
