#!/usr/bin/env python3
"""Write N edited versions of the bundled sample story as plain text files,
for timing `parallax compare` against other tools on the same files.

Usage: scripts/make-versions.py N OUT_DIR [WORDS]

Each version is about WORDS words (default 2000), built from the sample's
paragraphs with the edits outlets make: paragraphs dropped and moved, words
changed. Deterministic: the same N gives the same files.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "assets", "sample")


def paragraphs():
    out = []
    for name in sorted(os.listdir(SAMPLE)):
        path = os.path.join(SAMPLE, name)
        raw = open(path, "rb").read()
        text = raw.decode("utf-8", "replace") if not name.endswith("beacon.txt") else raw.decode("cp1252")
        if name.endswith(".json"):
            text = json.loads(text)["text"]
        if name.endswith(".html"):
            text = " ".join(re.findall(r"<p>(.*?)</p>", text, re.S))
            text = re.sub(r"<[^>]+>|&[a-z#0-9]+;", " ", text)
            out += [p.strip() for p in re.split(r"(?<=[.”])\s{2,}", text) if len(p.split()) > 15]
            continue
        out += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) > 15]
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    n, out_dir = int(argv[1]), argv[2]
    words = int(argv[3]) if len(argv) > 3 else 2000
    pool = paragraphs()
    story, count, k = [], 0, 0
    while count < words:
        p = f"{pool[k % len(pool)]} In section {k}, district {k * 7 % 31} was affected."
        story.append(p)
        count += len(p.split())
        k += 1
    rng = random.Random(7)
    os.makedirs(out_dir, exist_ok=True)
    for i in range(n):
        paras = list(story)
        if i:
            for _ in range(3):
                paras.pop(rng.randrange(len(paras)))
            paras.insert(rng.randrange(len(paras)), paras.pop(rng.randrange(len(paras))))
            edited = []
            for p in paras:
                ws = p.split()
                for _ in range(len(ws) // 12):
                    j = rng.randrange(len(ws))
                    ws[j] += "x"
                edited.append(" ".join(ws))
            paras = edited
        with open(os.path.join(out_dir, f"version-{i:02d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(f"Version {i} of the story\n\n" + "\n\n".join(paras) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
