#!/usr/bin/env python3
"""Diffs the claims of two builds of the sample, report by report and claim by claim.

A redesign that must not change what is extracted is checked by running the sample of the build
before it and the build after it on the same inputs and comparing their JSON (docs/SCHEMA.md of the
eval kit): every report's claims, in order, must be equal, and so must the warnings and the
incidents' facts. Differences are printed (the first few of each corpus) and the exit status is 1.

    tools/compare-builds.py OLD_BUILD_DIR NEW_BUILD_DIR [CORPUS ...]

A build directory holds HostageReports.Sample.dll (samples/HostageReports.Sample/bin/Release/net10.0).
Without corpora, the seeds, the nasty-input corpus of the tests and, where they exist beside the
repository, ../shared/data/gva-dev and the three MUC-4 folders are compared.
"""
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPORA = [
    os.path.join(REPO, "seeds"),
    os.path.join(REPO, "tests", "HostageReports.Tests", "BadInput", "Corpus"),
    os.path.join(REPO, "..", "shared", "data", "gva-dev"),
    os.path.join(REPO, "..", "shared", "data", "muc4", "dev"),
    os.path.join(REPO, "..", "shared", "data", "muc4", "tst1"),
    os.path.join(REPO, "..", "shared", "data", "muc4", "tst2"),
]
SHOWN = 5


def run(build, corpus, out):
    dll = os.path.join(build, "HostageReports.Sample.dll")
    if not os.path.isfile(dll):
        sys.exit(f"compare-builds: {dll} does not exist (build the sample in Release first)")
    with open(out, "wb") as sink:
        # Exit 1 means some reports could not be read: their errors are part of what is compared.
        done = subprocess.run(["dotnet", dll, "--format", "json", corpus], stdout=sink, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        sys.exit(f"compare-builds: {dll} on {corpus} exited {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
    with open(out, encoding="utf-8") as f:
        return json.load(f), done.stderr.decode(errors="replace")


def reports_of(document):
    for incident in document.get("incidents", []):
        for report in incident.get("reports", []):
            yield (incident.get("id"), report.get("id")), report


def compare(old, new, corpus):
    """Returns the number of differences between two outputs of one corpus, printing the first few."""
    differences = []
    old_reports = dict(reports_of(old))
    new_reports = dict(reports_of(new))
    for key in old_reports.keys() | new_reports.keys():
        if key not in new_reports or key not in old_reports:
            differences.append(f"report {key}: only in the {'old' if key in old_reports else 'new'} build")
            continue
        a, b = old_reports[key], new_reports[key]
        ca, cb = a.get("claims", []), b.get("claims", [])
        for i in range(max(len(ca), len(cb))):
            x = ca[i] if i < len(ca) else None
            y = cb[i] if i < len(cb) else None
            if x != y:
                differences.append(f"report {key} claim {i}:\n    old {json.dumps(x, ensure_ascii=False)}\n    new {json.dumps(y, ensure_ascii=False)}")
                break
        for field in sorted((a.keys() | b.keys()) - {"claims"}):
            if a.get(field) != b.get(field):
                differences.append(f"report {key} {field}: old {a.get(field)!r} new {b.get(field)!r}")
    old_rest = {i.get("id"): {k: v for k, v in i.items() if k != "reports"} for i in old.get("incidents", [])}
    new_rest = {i.get("id"): {k: v for k, v in i.items() if k != "reports"} for i in new.get("incidents", [])}
    for key in old_rest.keys() | new_rest.keys():
        if old_rest.get(key) != new_rest.get(key):
            differences.append(f"incident {key}: its facts differ")
    for d in sorted(differences)[:SHOWN]:
        print("  " + d)
    if len(differences) > SHOWN:
        print(f"  ... and {len(differences) - SHOWN} more")
    return len(differences)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    old_build, new_build = argv[1], argv[2]
    corpora = argv[3:] or [c for c in DEFAULT_CORPORA if os.path.isdir(c)]
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, corpus in enumerate(corpora):
            old, old_err = run(old_build, corpus, os.path.join(tmp, f"old{n}.json"))
            new, new_err = run(new_build, corpus, os.path.join(tmp, f"new{n}.json"))
            reports = sum(1 for _ in reports_of(new))
            claims = sum(len(r.get("claims", [])) for _, r in reports_of(new))
            print(f"{os.path.relpath(corpus, REPO)}: {reports} reports, {claims} claims")
            found = compare(old, new, corpus)
            if old_err != new_err:
                print("  standard error differs")
                found += 1
            print(f"  {'identical' if found == 0 else f'{found} differences'}")
            total += found
    print("identical claim by claim" if total == 0 else f"{total} differences")
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
