#!/usr/bin/env python3
"""Builds a folder of human prose from documentation that Debian packages ship, for checking the
ai-style false-positive rate on expository writing (the npm mail and speech texts of
human-text-check.py are another register).

Sources (Debian 12 packages; install them first, nothing is downloaded here):
  apt-get install -y python3.11-doc debian-handbook jargon-text gnu-standards
  python3.11-doc   the Python 3.11 tutorial, HOWTOs and FAQ (written 2000-2022, before assistants);
  debian-handbook  The Debian Administrator's Handbook, Debian 11 edition (2021), English;
  jargon-text      The Jargon File 4.4.7 (2003);
  gnu-standards    the GNU coding and maintainer standards.
Only <p> elements are kept (no code, tables, lists or navigation), inline code as `code`, paragraphs
of 25 words or more, one Markdown file per HTML page (the Jargon File in files of 60 paragraphs), so
that a document is a real document for the draft-level evidence. The text is other people's writing:
it goes to a temporary folder, never into the project.

Usage:
  python3 scripts/human-docs-check.py OUT_DIR       # writes OUT_DIR/<source>/*.md
  java -cp server/target/vouch.jar:server/target/test-classes \
      dev.vouch.rules.aistyle.AiStyleCorpusReport OUT_DIR 40
"""
import glob
import html
import os
import re
import sys
from html.parser import HTMLParser

SOURCES = {
    'python': ['/usr/share/doc/python3.11/html/tutorial/*.html', '/usr/share/doc/python3.11/html/howto/*.html',
               '/usr/share/doc/python3.11/html/faq/*.html'],
    'handbook': ['/usr/share/doc/debian-handbook/html/en-US/*.html'],
    'jargon': ['/usr/share/doc/jargon-text/jargon.txt.gz'],
    'gnu': ['/usr/share/doc/gnu-standards/*.html'],
}
SKIP = {'pre', 'table', 'script', 'style', 'nav', 'ul', 'ol', 'dl', 'head'}


class Paragraphs(HTMLParser):
    """Text of <p> elements and of DocBook's <div class="para">, outside code, tables and lists."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.cur, self.stack, self.skip, self.code = [], None, [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'img', 'hr', 'meta', 'link', 'input'):
            if tag == 'br' and self.cur is not None:
                self.cur.append(' ')
            return
        para = tag == 'p' or (tag == 'div' and (dict(attrs).get('class') or '') == 'para')
        self.stack.append((tag, para, tag in SKIP))
        if tag in SKIP:
            self.skip += 1
        elif para and not self.skip and self.cur is None:
            self.cur = []
        elif tag == 'code' and self.cur is not None:
            self.code += 1
            self.cur.append('`')

    def handle_endtag(self, tag):
        while self.stack:
            t, para, skip = self.stack.pop()
            if skip:
                self.skip -= 1
            if para and self.cur is not None and not self.skip:
                self.out.append(''.join(self.cur))
                self.cur = None
            if t == 'code' and self.code:
                self.code -= 1
                if self.cur is not None:
                    self.cur.append('`')
            if t == tag:
                break

    def handle_data(self, data):
        if self.cur is not None and not self.skip:
            self.cur.append(data.replace('`', "'") if not self.code else data.replace('`', ''))


def jargon_paragraphs(path):
    """The Jargon File's text: entries and appendices, one paragraph per blank-line block."""
    import gzip
    out = []
    for block in re.split(r'\n\s*\n', gzip.open(path, 'rt', encoding='latin-1').read()):
        s = ' '.join(block.split())
        s = re.sub(r'^:[^:]{1,60}:\s*(?:(?:n|v|adj|adv|interj|vt|vi|pref|suff)\.\s*)*', '', s)
        out.append(s)
    return out


def paragraphs_of(path):
    if path.endswith('.gz'):
        raw = jargon_paragraphs(path)
    else:
        p = Paragraphs()
        p.feed(open(path, encoding='utf-8', errors='replace').read())
        raw = p.out
    out = []
    for s in raw:
        s = ' '.join(s.split()).replace('``', '')
        s = re.sub(r'[¶#*_<>\[\]|]', lambda m: '\\' + m.group(), s)
        if len(s.split()) >= 25 and re.search(r'[.!?:]', s) and not s.startswith(('-', '+', '1.')):
            out.append(s)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    total = {}
    for source, patterns in SOURCES.items():
        files = sorted(f for g in patterns for f in glob.glob(g))
        if not files:
            print('%s: not installed (see the apt-get line in this script)' % source)
            continue
        os.makedirs(os.path.join(out, source), exist_ok=True)
        n = 0
        for f in files:
            ps = paragraphs_of(f)
            chunks = [ps[i:i + 60] for i in range(0, len(ps), 60)] if len(ps) > 120 else [ps]
            for i, chunk in enumerate(chunks):
                if not chunk:
                    continue
                name = os.path.basename(os.path.dirname(f)) + '-' + re.sub(r'\.(html|txt\.gz)$', '', os.path.basename(f))
                with open(os.path.join(out, source, '%s-%03d.md' % (name, i)), 'w', encoding='utf-8') as w:
                    w.write('\n\n'.join(chunk) + '\n')
                n += len(chunk)
        total[source] = n
    print(', '.join('%s %d paragraphs' % kv for kv in total.items()), 'in', out)


if __name__ == '__main__':
    main()
