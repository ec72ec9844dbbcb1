import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_HEAP, LAUNCH_SETTINGS, maxHeap, needsRestart, serverCommand } from '../settings';

const extensionDir = path.resolve(__dirname, '..', '..');
const repoDir = path.resolve(extensionDir, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string; type?: string }> =
  manifest.contributes.configuration.properties;

describe('maxHeap', () => {
  it('defaults to 512m', () => {
    assert.equal(DEFAULT_MAX_HEAP, '512m');
    assert.deepEqual(maxHeap(undefined), { value: '512m' });
    assert.deepEqual(maxHeap(''), { value: '512m' });
  });
  it('accepts JVM sizes', () => {
    assert.deepEqual(maxHeap('1g'), { value: '1g' });
    assert.deepEqual(maxHeap(' 768M '), { value: '768m' });
    assert.deepEqual(maxHeap('262144k'), { value: '262144k' });
  });
  it('falls back with a warning on nonsense or a heap too small to run', () => {
    const bad = maxHeap('lots');
    assert.equal(bad.value, '512m');
    assert.match(bad.warning ?? '', /not a size/);
    const tiny = maxHeap('16m');
    assert.equal(tiny.value, '512m');
    assert.match(tiny.warning ?? '', /too small/);
  });
  it('matches the pattern and default in package.json', () => {
    const p = properties['vouch.java.maxHeap'] as { default: string; pattern: string };
    assert.equal(p.default, DEFAULT_MAX_HEAP);
    assert.ok(new RegExp(p.pattern).test('512m'));
    assert.ok(!new RegExp(p.pattern).test('512 MB'));
  });
});

describe('serverCommand', () => {
  it('runs the jar with lsp and the heap limit', () => {
    const c = serverCommand('/usr/bin/java', '/ext/server/vouch.jar', '512m');
    assert.equal(c.command, '/usr/bin/java');
    assert.deepEqual(c.args.slice(-3), ['-jar', '/ext/server/vouch.jar', 'lsp']);
    assert.ok(c.args.includes('-Xmx512m'));
    assert.ok(c.args.indexOf('-Xmx512m') < c.args.indexOf('-jar'), 'JVM options go before -jar');
  });
});

describe('needsRestart', () => {
  it('restarts for the Java settings only', () => {
    assert.equal(needsRestart((s) => s === 'vouch.java.home'), true);
    assert.equal(needsRestart((s) => s === 'vouch.java.maxHeap'), true);
    assert.equal(needsRestart((s) => s === 'vouch.preset'), false);
    for (const s of LAUNCH_SETTINGS) {
      assert.ok(s in properties, `${s} is contributed`);
    }
  });
});

/** The settings table of docs/lsp.md: name → default as written there. */
function contractSettings(): Map<string, string> {
  const text = fs.readFileSync(path.join(repoDir, 'docs', 'lsp.md'), 'utf8');
  const section = text.slice(text.indexOf('## Settings'), text.indexOf('## Commands'));
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `(vouch\.[^`]+)` \| [^|]+ \| `([^`]*)` \|/gm)) {
    rows.set(m[1], m[2]);
  }
  return rows;
}

describe('contributes.configuration', () => {
  it('has every setting of the server contract (docs/lsp.md) with its default', () => {
    const contract = contractSettings();
    assert.ok(contract.size >= 7, `read ${contract.size} settings from docs/lsp.md`);
    for (const [name, def] of contract) {
      assert.ok(name in properties, `${name} is missing from package.json`);
      assert.deepEqual(properties[name].default, JSON.parse(def), `${name}'s default`);
    }
  });
  it('gives each setting a description and a default', () => {
    for (const [name, p] of Object.entries(properties)) {
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${name} has a description`);
      assert.ok('default' in p, `${name} has a default`);
      assert.ok(name.startsWith('vouch.'), `${name} is in the vouch section`);
    }
  });
  it('offers exactly the presets the server has (server/src/main/resources/dev/vouch/config/presets), each described', () => {
    const setting = properties['vouch.preset'] as unknown as { enum: string[]; enumDescriptions: string[] };
    const dir = path.join(repoDir, 'server', 'src', 'main', 'resources', 'dev', 'vouch', 'config', 'presets');
    const server = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    assert.deepEqual([...setting.enum].sort(), server.sort());
    assert.equal(setting.enumDescriptions.length, setting.enum.length);
    for (const p of ['recommended', 'lesswrong', 'lesswrong-2025']) {
      assert.ok(setting.enum.includes(p), `${p}, which docs/lsp.md names`);
    }
  });
  it('accepts the same rule values as .vouch.json', () => {
    const values = (properties['vouch.rules'] as unknown as { additionalProperties: { enum: string[] } }).additionalProperties.enum;
    assert.deepEqual([...values].sort(), ['error', 'hint', 'info', 'off', 'on', 'warning']);
  });
});

describe('commands', () => {
  const source = fs.readFileSync(path.join(extensionDir, 'src', 'extension.ts'), 'utf8');
  const commands: Array<{ command: string; title: string; category: string }> = manifest.contributes.commands;
  it('registers a handler for every contributed command', () => {
    for (const c of commands) {
      assert.ok(source.includes(`registerCommand('${c.command}'`), `${c.command} has a handler`);
      assert.equal(c.category, 'Vouch');
    }
  });
  it('has the four commands the issue names', () => {
    const titles = commands.map((c) => `${c.category}: ${c.title}`);
    for (const t of ['Vouch: Check workspace', 'Vouch: Show editing ledger', 'Vouch: Restart server', 'Vouch: Fix all in file']) {
      assert.ok(titles.includes(t), t);
    }
  });
  it('does not reuse a server command id (the client library registers those itself)', () => {
    const text = fs.readFileSync(path.join(repoDir, 'docs', 'lsp.md'), 'utf8');
    const serverCommands = [...text.matchAll(/^\| `(vouch\.[A-Za-z]+)` \| `?\[/gm)].map((m) => m[1]);
    assert.ok(serverCommands.includes('vouch.checkWorkspace'), serverCommands.join(', '));
    for (const c of commands) {
      assert.ok(!serverCommands.includes(c.command), `${c.command} is also a server command`);
    }
  });
});
