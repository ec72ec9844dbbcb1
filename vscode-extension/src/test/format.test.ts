import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exitSummary, formatCheckSummary, formatLedgerRow, formatStatus, ledgerRows, readingTime } from '../format';

describe('formatStatus', () => {
  it('shows words, reading time and ledger progress', () => {
    const s = formatStatus({
      uri: 'file:///post.md',
      version: 7,
      words: 1890,
      readingMinutes: 7.9,
      aiStyle: { flaggedParagraphs: 2, paragraphs: 31, tellsPer1000Words: 3.1 },
      ledger: { editedMinutes: 12.5, requiredMinutes: 38, meets: false },
    });
    assert.equal(s.text, '$(book) 1,890 words · 8 min read · $(watch) 12.5/38 min edited');
    assert.match(s.tooltip, /12.5 of 38 minutes — below/);
    assert.match(s.tooltip, /2 of 31 paragraphs flagged, 3.1 tells per 1,000 words/);
  });
  it('leaves out what the server does not know', () => {
    const s = formatStatus({ uri: 'file:///a.md', words: 1, readingMinutes: 0.2 });
    assert.equal(s.text, '$(book) 1 word · <1 min read');
    assert.doesNotMatch(s.tooltip, /Editing ledger|AI-style/);
  });
  it('marks a ledger that meets the policy', () => {
    const s = formatStatus({ uri: 'file:///a.md', words: 100, readingMinutes: 0.4, ledger: { editedMinutes: 2.25, requiredMinutes: 2, meets: true } });
    assert.match(s.text, /\$\(pass\) 2.3\/2 min edited$/);
  });
  it('shows a spinner while grammar is still being checked', () => {
    const s = formatStatus({ uri: 'file:///a.md', words: 10, readingMinutes: 0.1, grammarDone: false });
    assert.equal(s.text, '$(book) 10 words · <1 min read · $(sync~spin)');
    assert.match(s.tooltip, /Checking grammar/);
    assert.doesNotMatch(formatStatus({ uri: 'file:///a.md', words: 10, readingMinutes: 0.1, grammarDone: true }).text, /spin/);
  });
  it('reads zero and odd values calmly', () => {
    assert.equal(readingTime(0), '0 min read');
    assert.equal(readingTime(Number.NaN), '0 min read');
    assert.equal(readingTime(61.4), '61 min read');
  });
});

describe('ledger', () => {
  it('reads rows from an array or {rows}', () => {
    const row = { path: 'post.md', words: 500, editedMinutes: 4, requiredMinutes: 10, meets: false };
    assert.deepEqual(ledgerRows([row]), [row]);
    assert.deepEqual(ledgerRows({ rows: [row, { nonsense: true }] }), [row]);
    assert.deepEqual(ledgerRows(null), []);
  });
  it('says how much editing is missing', () => {
    const item = formatLedgerRow({ path: 'post.md', words: 500, editedMinutes: 4, requiredMinutes: 10, meets: false });
    assert.equal(item.description, '4 of 10 min edited');
    assert.equal(item.detail, '500 words — 6 more minutes of editing needed');
    const done = formatLedgerRow({ path: 'p.md', words: 50, editedMinutes: 1, requiredMinutes: 1, meets: true });
    assert.match(done.detail, /meets/);
  });
  it('says when the policy does not apply, with the server\'s note', () => {
    const rows = ledgerRows([{ path: 'h.md', words: 31, editedMinutes: 4, requiredMinutes: 0, meets: true, applies: false,
      note: 'not marked AI-assisted; 1 min per 50 words' }]);
    assert.equal(rows[0].applies, false);
    const item = formatLedgerRow(rows[0]);
    assert.equal(item.description, '4 min edited');
    assert.equal(item.detail, '31 words — the editing-time policy does not apply (not marked AI-assisted; 1 min per 50 words)');
  });
});

describe('formatCheckSummary', () => {
  it('counts by severity', () => {
    assert.equal(formatCheckSummary({ files: 12, errors: 3, warnings: 5, infos: 1, hints: 0 }), 'Vouch checked 12 drafts: 3 errors, 5 warnings, 1 info.');
    assert.equal(formatCheckSummary({ files: 1, errors: 0, warnings: 0 }), 'Vouch checked 1 draft: no problems.');
    assert.equal(formatCheckSummary(undefined), 'Vouch checked the workspace.');
    assert.equal(formatCheckSummary({ files: 3, errors: 1, cancelled: true }), 'Vouch stopped after 3 drafts: 1 error.');
  });
});

describe('exitSummary', () => {
  it('gives the exit code and the last lines the server printed', () => {
    assert.equal(exitSummary(2, null, 'vouch lsp: the language server is not part of this build yet.\n'),
      'it exited with code 2: vouch lsp: the language server is not part of this build yet.');
    assert.equal(exitSummary(null, 'SIGKILL', ''), 'it was ended by SIGKILL.');
  });
  it('leaves out stack frames', () => {
    const s = exitSummary(1, null, 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat dev.vouch.X.y(X.java:1)\n');
    assert.equal(s, 'it exited with code 1: Exception in thread "main" java.lang.OutOfMemoryError: Java heap space');
  });
});
