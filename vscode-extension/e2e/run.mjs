// End-to-end test of the extension in a real VS Code: code-server (VS Code 1.96 in the browser) with the
// packaged .vsix installed, driven in Debian's chromium through playwright-core. It opens a draft and
// checks what a writer sees and does: Vouch's squiggles and Problems rows, the status bar and code lens
// figures, a hover, a quick fix through the lightbulb menu, fix-all on save and by command, the other
// commands, a server that dies (restarted, then left stopped with a message), a wrong Java setting (one
// notification, a button to the setting), .vouch.json checked as typed (a mistake typed, and a saved
// mistake corrected before saving), and an unsaved draft.
//
//   node e2e/run.mjs [--vsix vouch.vsix] [--update-screenshot]
//
// Everything lives under <repo>/.e2e (code-server, its profile, a scratch workspace, screenshots and
// logs). Waits are on conditions, each with a generous limit; a global timeout (VOUCH_E2E_TIMEOUT_S,
// default 420 s) kills code-server, the server and chromium and fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXTENSION = resolve(HERE, '..');
const REPO = resolve(EXTENSION, '..');
const E2E = join(REPO, '.e2e');
const CODE_SERVER_DIR = join(E2E, 'code-server');
const RUN = join(E2E, 'run');
const SHOTS = join(RUN, 'screenshots');
const CHROMIUM = process.env.VOUCH_E2E_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_S = Number(process.env.VOUCH_E2E_TIMEOUT_S || 420);
// Limits for single conditions, sized for a loaded 2-core machine (a JVM start, the first check).
const SLOW = Number(process.env.VOUCH_E2E_WAIT_S || 180) * 1000;
const UI = 60_000;

const args = process.argv.slice(2);
const vsix = resolve(argValue('--vsix') ?? join(EXTENSION, 'vouch.vsix'));
const updateScreenshot = args.includes('--update-screenshot');

const started = Date.now();
const results = [];
let codeServer;
let browser;
let page;

function argValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function log(msg) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
}

async function check(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    log(`ok   ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
    await shot(`failed-${results.length}`);
    await describeWorkbench();
    throw new StopRun();
  }
}

class StopRun extends Error {}

/** Polls fn until it returns something truthy; the last error or value is in the failure message. */
async function waitFor(what, fn, timeout = UI, interval = 250) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) {
        return v;
      }
      last = v;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > until) {
      throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last ? ` (last: ${String(last).slice(0, 300)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

async function shot(name) {
  if (!page) {
    return undefined;
  }
  const file = join(SHOTS, `${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 20_000 });
    log(`screenshot ${relative(REPO, file)}`);
    return file;
  } catch (e) {
    log(`screenshot ${name} failed: ${e.message}`);
    return undefined;
  }
}

/** What the writer would see on failure: notifications and the status bar. */
async function describeWorkbench() {
  if (!page) {
    return;
  }
  try {
    const notes = await page.locator('.notification-list-item').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    log(`notifications: ${notes.length ? notes.map((n) => JSON.stringify(n)).join(' | ') : 'none'}`);
    log(`status bar: ${(await statusBarTexts()).map((t) => JSON.stringify(t)).join(' ')}`);
  } catch (e) {
    log(`could not read the workbench: ${e.message}`);
  }
}

/** after must be before with only lines matching extra added (at the end): nothing lost, nothing moved. */
function assertOnlyAdded(before, after, extra) {
  if (!after.startsWith(before.replace(/\n$/, ''))) {
    throw new Error(`text before the fix changed:\n${after}`);
  }
  const rest = after.slice(before.replace(/\n$/, '').length).replace(/^\n+/, '');
  if (rest && !extra.test(rest)) {
    throw new Error(`unexpected text added: ${JSON.stringify(rest)}`);
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** 1-based line and column of the first occurrence of needle. */
function positionOf(text, needle) {
  const i = text.indexOf(needle);
  if (i < 0) {
    throw new Error(`fixture has no ${needle}`);
  }
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

// ---------------------------------------------------------------------------------------------------
// Processes: code-server runs in its own process group (with the extension host and the Java server
// under it), so one kill by group id ends them all.

function killTree(child, signal) {
  if (child && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

/** PIDs of processes still running the jar installed for this run (they would hold the workspace). */
function leftoverServers() {
  const jarDir = join(RUN, 'extensions');
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(jarDir) && cmd.includes('vouch.jar\0lsp')) {
        pids.push(Number(entry));
      }
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

async function cleanup() {
  if (browser) {
    await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    browser = undefined;
  }
  if (codeServer) {
    killTree(codeServer, 'SIGTERM');
    const exited = await Promise.race([
      new Promise((r) => (codeServer.exitCode !== null || codeServer.signalCode !== null ? r(true) : codeServer.once('exit', () => r(true)))),
      new Promise((r) => setTimeout(() => r(false), 10_000)),
    ]);
    if (!exited) {
      killTree(codeServer, 'SIGKILL');
    }
  }
  for (const pid of leftoverServers()) {
    log(`killing leftover Vouch server ${pid}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

function dumpLogs() {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) {
      return;
    }
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
      } else if (/\.log$/.test(e.name) && /(Vouch|exthost|remoteagent|code-server)/i.test(p)) {
        files.push(p);
      }
    }
  };
  walk(RUN);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    console.log(`----- ${relative(REPO, f)} (last 60 lines)`);
    console.log(text.split('\n').slice(-60).join('\n'));
  }
}

// ---------------------------------------------------------------------------------------------------
// The workbench, through what a writer does: keys, menus, the mouse.

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input[type="text"]');
  await input.waitFor({ state: 'visible', timeout: UI });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: UI });
  await page.keyboard.press('Enter');
}

async function goTo(line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input[type="text"]');
  await input.waitFor({ state: 'visible', timeout: UI });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI });
}

/** Rule ids in the Problems panel (a virtualised list: scrolled through to read every row). */
async function problemRows() {
  const list = page.locator('.markers-panel .monaco-list');
  await list.first().waitFor({ state: 'visible', timeout: UI });
  const rows = new Set();
  for (let i = 0; i < 20; i++) {
    const labels = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`),
    );
    const before = rows.size;
    labels.forEach((l) => rows.add(l));
    if (rows.size === before && i > 0) {
      break;
    }
    await list.first().hover();
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  return [...rows];
}

/** The visible text of the editor (Monaco renders spaces as no-break spaces). */
async function editorText() {
  const t = (await page.locator('.editor-instance .monaco-editor .view-lines').first().textContent()) ?? '';
  return t.replace(/\u00a0/g, ' ');
}

async function statusBarTexts() {
  return page.locator('.statusbar-item').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()).filter(Boolean));
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      log(`${signal}: stopping code-server, the server and chromium`);
      await cleanup();
      process.exit(1);
    });
  }
  const globalTimer = setTimeout(async () => {
    log(`FAIL global timeout of ${TIMEOUT_S}s reached; killing code-server, the server and chromium`);
    await shot('timeout');
    dumpLogs();
    await cleanup();
    console.log(`e2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
    process.exit(1);
  }, TIMEOUT_S * 1000);

  try {
    await run();
  } catch (e) {
    if (!(e instanceof StopRun)) {
      results.push({ name: 'harness', ok: false });
      log(`FAIL ${e instanceof Error ? e.stack : String(e)}`);
    }
  } finally {
    clearTimeout(globalTimer);
    const failed = results.filter((r) => !r.ok).length;
    if (failed) {
      dumpLogs();
    }
    await cleanup();
    console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
    log(`done; screenshots and logs in ${relative(REPO, RUN)}`);
    process.exitCode = failed ? 1 : 0;
  }
}

async function run() {
  const fixtureDir = join(HERE, 'fixture');
  const workspace = join(RUN, 'workspace');
  const userData = join(RUN, 'user-data');
  const extensions = join(RUN, 'extensions');
  const draft = join(workspace, 'draft.md');
  const codeServerMain = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

  await check('setup: code-server, chromium and the .vsix are there', async () => {
    if (!existsSync(vsix)) {
      throw new Error(`no ${vsix}: run "npm run package" first`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`no ${CHROMIUM}: apt-get install chromium`);
    }
    const setup = spawnSync('bash', [join(HERE, 'setup-code-server.sh'), CODE_SERVER_DIR], { stdio: 'inherit' });
    if (setup.status !== 0 || !existsSync(codeServerMain)) {
      throw new Error('code-server setup failed (e2e/setup-code-server.sh)');
    }
    rmSync(RUN, { recursive: true, force: true });
    for (const d of [workspace, join(userData, 'User'), extensions, SHOTS, join(RUN, 'xdg', 'config'), join(RUN, 'xdg', 'data'), join(RUN, 'xdg', 'cache'), join(RUN, 'xdg', 'state')]) {
      mkdirSync(d, { recursive: true });
    }
    cpSync(fixtureDir, workspace, { recursive: true });
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'workbench.colorTheme': 'Default Light Modern',
          'workbench.layoutControl.enabled': false,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoUpdate': false,
          'extensions.autoCheckUpdates': false,
          'extensions.ignoreRecommendations': true,
          'security.workspace.trust.enabled': false,
          'editor.minimap.enabled': false,
          'editor.wordWrap': 'on',
          'editor.fontSize': 15,
          'editor.hover.delay': 300,
          'files.autoSave': 'off',
          'chat.commandCenter.enabled': false,
          'git.enabled': false,
          'vouch.trace.server': process.env.VOUCH_E2E_TRACE || 'off',
          'git.openRepositoryInParentFolders': 'never',
          '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.vouch': 'explicit' } },
        },
        null,
        2,
      ),
    );
    return `${relative(REPO, vsix)} (${(statSync(vsix).size / 2 ** 20).toFixed(1)} MiB)`;
  });

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(RUN, 'xdg', 'config'),
    XDG_DATA_HOME: join(RUN, 'xdg', 'data'),
    XDG_CACHE_HOME: join(RUN, 'xdg', 'cache'),
    XDG_STATE_HOME: join(RUN, 'xdg', 'state'),
  };
  const common = ['--config', join(RUN, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  writeFileSync(join(RUN, 'config.yaml'), 'auth: none\ncert: false\n');

  await check('the .vsix installs with code-server --install-extension', async () => {
    const r = spawnSync(process.execPath, [codeServerMain, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: SLOW });
    if (r.status !== 0) {
      throw new Error(`exit ${r.status}: ${r.stdout}\n${r.stderr}`);
    }
    const installed = readdirSync(extensions).filter((d) => d.startsWith('vouch.vouch-'));
    if (installed.length !== 1 || !existsSync(join(extensions, installed[0], 'server', 'vouch.jar'))) {
      throw new Error(`not installed with its server jar: ${readdirSync(extensions).join(', ')}`);
    }
    return installed[0];
  });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await check('code-server starts', async () => {
    const out = join(RUN, 'code-server.log');
    const fd = (await import('node:fs')).openSync(out, 'w');
    codeServer = spawn(
      process.execPath,
      [codeServerMain, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', workspace],
      { env, detached: true, stdio: ['ignore', fd, fd] },
    );
    await waitFor('code-server to answer on /healthz', async () => {
      if (codeServer.exitCode !== null) {
        throw new Error(`code-server exited with ${codeServer.exitCode}; see ${out}`);
      }
      const r = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      return r && r.ok;
    }, UI);
    return `port ${port}`;
  });

  await check('the workbench loads in chromium', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: UI,
      // The background-networking flags keep chromium from calling out of this closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1360, height: 820 } });
    page = await context.newPage();
    page.setDefaultTimeout(UI);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: UI });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: UI });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: UI });
    return `VS Code ${await page.evaluate(() => document.title)}`;
  });

  await check('the draft opens in an editor', async () => {
    // The explorer lists the workspace once the file service is up; then Quick Open finds the file.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first().waitFor({ state: 'visible', timeout: UI });
    await waitFor('Quick Open to find draft.md', async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input[type="text"]');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('draft.md');
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'draft.md' }).first();
      try {
        await row.waitFor({ state: 'visible', timeout: 10_000 });
      } catch (e) {
        await page.keyboard.press('Escape');
        throw e;
      }
      await page.keyboard.press('Enter');
      return true;
    }, UI, 1000);
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().waitFor({ state: 'visible', timeout: UI });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: UI });
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  });

  await check('Vouch diagnostics appear as squiggles in the draft', async () => {
    const n = await waitFor('squiggles from the Vouch server', async () => {
      const c = await page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning').count();
      return c > 0 ? c : 0;
    }, SLOW, 500);
    return `${n} squiggles`;
  });

  await check('the Problems panel lists Vouch findings with their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = await waitFor('Vouch rows in the Problems panel', async () => {
      const r = await problemRows();
      const want = ['citations.empty-link', 'citations.undefined-footnote', 'citations.placeholder'];
      return want.every((w) => r.some((row) => row.includes(w))) ? r : undefined;
    }, SLOW, 1000);
    const vouch = rows.filter((r) => /citations\.|ai-style\.|claims\.|grammar\.|policy\./.test(r));
    return `${vouch.length} rows, e.g. "${vouch[0].trim().slice(0, 90)}"`;
  });

  await check('the status bar shows the draft\'s words and reading time (vouch/status)', async () => {
    const text = await waitFor('the Vouch status bar item', async () => (await statusBarTexts()).find((t) => /\d[\d,]* words? · .*min read/.test(t)), SLOW, 500);
    return `"${text}"`;
  });

  await check('the server\'s code lens shows the draft\'s figures', async () => {
    // VS Code asks for code lenses while the editor has focus (it cancels a pending request on blur, and
    // the Problems panel took the focus): the writer's cursor goes back into the text.
    const lens = page.locator('.editor-instance .monaco-editor .codelens-decoration', { hasText: /words/ }).first();
    await waitFor('the code lens', async () => {
      await page.locator('.editor-instance .monaco-editor textarea').first().focus();
      await lens.waitFor({ state: 'visible', timeout: 10_000 });
      return true;
    }, SLOW, 500);
    return `"${((await lens.textContent()) ?? '').replace(/\u00a0/g, ' ').trim()}"`;
  });

  const fixture = readFileSync(draft, 'utf8');
  const link = positionOf(fixture, '[survey behind it]()');

  await check('hovering a finding shows its explanation', async () => {
    await goTo(link.line, link.column + 2);
    const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error');
    const text = await waitFor('a hover card with Vouch text', async () => {
      // Hover the squiggle under the cursor's line: the one nearest the cursor.
      const cursor = await page.locator('.editor-instance .monaco-editor .cursor').first().boundingBox();
      const boxes = await squiggle.evaluateAll((els) => els.map((e) => { const b = e.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; }));
      if (!cursor || boxes.length === 0) {
        return undefined;
      }
      boxes.sort((a, b) => Math.abs(a.y - cursor.y) + Math.abs(a.x - cursor.x) / 10 - (Math.abs(b.y - cursor.y) + Math.abs(b.x - cursor.x) / 10));
      const b = boxes[0];
      await page.mouse.move(b.x + Math.min(b.w / 2, 40), b.y + b.h / 2);
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /no destination|empty-link|Vouch/i }).first();
      await hover.waitFor({ state: 'visible', timeout: 8000 });
      return (await hover.textContent())?.trim();
    }, UI, 1000);
    return `"${text.slice(0, 100)}…"`;
  });

  await shot('diagnostics');

  await check('a quick fix from the lightbulb menu changes the draft', async () => {
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await goTo(link.line, link.column + 2);
    const title = 'Remove the link, keep its text';
    const menuRow = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    let how = 'lightbulb';
    await waitFor('the quick fix menu with Vouch\'s fix', async () => {
      const bulb = page.locator('.lightBulbWidget .codicon, .lightBulbWidget').first();
      if (await bulb.isVisible().catch(() => false)) {
        await bulb.click({ timeout: 5000 });
      } else {
        how = 'Ctrl+.';
        await page.keyboard.press('Control+.');
      }
      try {
        await menuRow.waitFor({ state: 'visible', timeout: 8000 });
        return true;
      } catch (e) {
        await page.keyboard.press('Escape');
        throw e;
      }
    }, UI, 1500);
    // The picture for README: squiggles, the code lens, Problems, the status bar and the menu at once.
    const screenshot = await shot('quick-fix-menu');
    if (updateScreenshot && screenshot) {
      copyFileSync(screenshot, join(REPO, 'docs', 'vscode-screenshot.png'));
      log('docs/vscode-screenshot.png updated');
    }
    // Choose it with the keyboard (the menu puts a pointer shield over the page): move the focus to it.
    await waitFor(`"${title}" to be the focused menu item`, async () => {
      const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().textContent().catch(() => '')) ?? '';
      if (focused.includes(title)) {
        return true;
      }
      await page.keyboard.press('ArrowDown');
      return false;
    }, UI, 300);
    await page.keyboard.press('Enter');
    await waitFor('the link to be replaced by its text in the editor', async () =>
      (await editorText()).includes('survey behind it and the link'), UI, 500);
    return `applied via ${how}`;
  });

  // Saving runs the server's source.fixAll.vouch (editor.codeActionsOnSave is set in the profile): the
  // one safe fix left, a definition stub for [^table], goes in with the writer's quick fix.
  const linkFixed = fixture.replace('[survey behind it]()', 'survey behind it');
  await check('saving applies source.fixAll.vouch (editor.codeActionsOnSave), and nothing else changes', async () => {
    await page.keyboard.press('Control+S');
    const saved = await waitFor('the saved file to have the link fixed and a [^table] stub', async () => {
      const t = readFileSync(draft, 'utf8');
      return !t.includes('[survey behind it]()') && /^\[\^table\]:/m.test(t) ? t : undefined;
    }, UI, 500);
    assertOnlyAdded(linkFixed, saved, /^\s*\[\^table\]:[^\n]*\n?$/);
    return 'the link fix and a [^table] stub; every other line as it was';
  });

  await check('"Vouch: Fix all in file" applies the safe fixes to the open draft', async () => {
    const before = readFileSync(draft, 'utf8');
    const tkLine = positionOf(before, 'which is TK').line;
    await goTo(tkLine, 200); // the end of the line
    await page.keyboard.press('End');
    await page.keyboard.type(' More in a note.[^extra');
    const undefinedExtra = (r) => r.includes('[^extra]') && r.includes('citations.undefined-footnote');
    await waitFor('[^extra] to be reported undefined', async () => (await problemRows()).some(undefinedExtra), SLOW, 1000);
    await runCommand('Vouch: Fix all in file');
    await waitFor('a [^extra] stub in the editor', async () => /\[\^extra\]: ?/.test(await editorText()), UI, 500);
    await page.keyboard.press('Control+S');
    const saved = await waitFor('the [^extra] stub on disk', async () => {
      const t = readFileSync(draft, 'utf8');
      return /^\[\^extra\]:/m.test(t) ? t : undefined;
    }, UI, 500);
    if (!saved.includes('which is TK, and a comparison with last year. More in a note.[^extra]')) {
      throw new Error(`the typed text is not as typed: ${saved}`);
    }
    await waitFor('"[^extra] has no definition" to leave the Problems panel', async () => !(await problemRows()).some(undefinedExtra), SLOW, 1000);
  });

  await check('the fixed finding leaves the Problems panel', async () => {
    await waitFor('citations.empty-link to disappear', async () => !(await problemRows()).some((r) => r.includes('citations.empty-link')), SLOW, 1000);
  });

  await shot('after-fix');

  await check('"Vouch: Check workspace" reports the drafts it checked', async () => {
    await runCommand('Vouch: Check workspace');
    const note = page.locator('.notification-list-item', { hasText: /Vouch checked 1 draft/ }).first();
    await note.waitFor({ state: 'visible', timeout: SLOW });
    const text = (await note.locator('.notification-list-item-message').textContent()) ?? '';
    await note.locator('.codicon-notifications-clear, .codicon-close').first().click().catch(() => {});
    return `"${text.trim()}"`;
  });

  await check('"Vouch: Show editing ledger" answers', async () => {
    await runCommand('Vouch: Show editing ledger');
    const answer = await waitFor('the ledger picker or the empty-ledger message', async () => {
      const picker = page.locator('.quick-input-widget', { hasText: 'editing ledger' });
      if (await picker.isVisible().catch(() => false)) {
        const rows = await picker.locator('.monaco-list-row').allTextContents();
        await page.keyboard.press('Escape');
        return `picker: ${rows.join(' | ')}`;
      }
      const note = page.locator('.notification-list-item', { hasText: /editing ledger/i }).first();
      if (await note.isVisible().catch(() => false)) {
        return `message: ${(await note.locator('.notification-list-item-message').textContent())?.trim()}`;
      }
      return undefined;
    }, UI, 500);
    if (/could not|not running/i.test(answer)) {
      throw new Error(answer);
    }
    return answer;
  });

  await check('"Vouch: Restart server" brings the figures back', async () => {
    await runCommand('Vouch: Restart server');
    // The extension says so once the new server is up (a status bar message, for a few seconds).
    await waitFor('"Vouch server restarted" in the status bar', async () => (await statusBarTexts()).some((t) => t.includes('Vouch server restarted')), SLOW, 200);
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().click();
    await waitFor('squiggles after the restart', async () =>
      (await page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error').count()) > 0, SLOW, 500);
    const text = await waitFor('the Vouch status bar item', async () => (await statusBarTexts()).find((t) => /\d[\d,]* words? · .*min read/.test(t)), SLOW, 500);
    return `"${text}"`;
  });

  // A server that dies is started again, a few times; one that keeps dying is left stopped, with a
  // message and a button to try again (no crash loop).
  const killServer = async () => {
    const [pid] = await waitFor('a running Vouch server process', async () => {
      const pids = leftoverServers();
      if (pids.length !== 1) {
        throw new Error(`server processes: ${pids.map((p) => `${p} ${readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 200)}`).join('; ') || 'none'}`);
      }
      return pids;
    }, SLOW, 300);
    process.kill(pid, 'SIGKILL');
    return pid;
  };
  const serverBack = async (killed) => {
    await waitFor('a new server process', async () => leftoverServers().some((p) => p !== killed), SLOW, 300);
    await waitFor('squiggles from the new server', async () =>
      (await page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error').count()) > 0, SLOW, 500);
  };
  await check('a server that dies is restarted', async () => {
    const killed = await killServer();
    await serverBack(killed);
    return `killed ${killed}; a new one is checking the draft`;
  });

  await check('a server that keeps dying is left stopped, with one message and a button', async () => {
    // Three restarts are allowed in three minutes: this is the second, third and fourth death.
    for (let i = 0; i < 2; i++) {
      await serverBack(await killServer());
    }
    await killServer();
    const note = page.locator('.notification-list-item', { hasText: /stopped 4 times in 3 minutes/ });
    await note.first().waitFor({ state: 'visible', timeout: SLOW });
    await page.waitForTimeout(3000); // no restart may follow: give one the time to show itself
    if (leftoverServers().length) {
      throw new Error('the server was started again');
    }
    if ((await note.count()) !== 1) {
      throw new Error(`${await note.count()} notifications`);
    }
    const message = ((await note.first().locator('.notification-list-item-message').textContent()) ?? '').trim();
    await shot('crash-loop');
    await note.first().locator('.monaco-button', { hasText: 'Restart server' }).click();
    await serverBack(undefined);
    return `"${message.slice(0, 120)}"; its Restart button brought the server back`;
  });

  // A writer whose Java setting is wrong: one notification saying what to install, with a button that
  // opens the setting; putting the setting right brings the server back. vouch.java.home is a machine
  // setting, which code-server (a remote window) keeps in the Machine settings file.
  const machineSettings = join(userData, 'Machine', 'settings.json');
  mkdirSync(dirname(machineSettings), { recursive: true });
  await check('a wrong vouch.java.home gives one notification with a button to the setting', async () => {
    writeFileSync(machineSettings, JSON.stringify({ 'vouch.java.home': '/nonexistent/jdk' }, null, 2));
    const note = page.locator('.notification-list-item', { hasText: 'Vouch needs Java 17 or newer' });
    await note.first().waitFor({ state: 'visible', timeout: SLOW });
    const text = (await note.first().textContent()) ?? '';
    for (const want of ['/nonexistent/jdk', 'Install Java 17+']) {
      if (!text.includes(want)) {
        throw new Error(`the notification does not say "${want}": ${text}`);
      }
    }
    await shot('no-java');
    const count = await note.count();
    if (count > 1) {
      throw new Error(`${count} notifications for one problem`);
    }
    await note.first().locator('.monaco-button', { hasText: 'Open setting' }).click();
    const input = page.locator('.settings-editor .setting-item-contents', { hasText: 'Java: Home' }).first().locator('input');
    await input.waitFor({ state: 'visible', timeout: UI });
    const value = await input.inputValue();
    if (value !== '/nonexistent/jdk') {
      throw new Error(`the Settings editor shows "${value}"`);
    }
    return 'the button opened the Settings editor at "Java: Home"';
  });

  await check('putting the setting right restarts the server', async () => {
    writeFileSync(machineSettings, '{}\n');
    await page.keyboard.press('Control+W');
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().click();
    const text = await waitFor('the Vouch status bar item again', async () => (await statusBarTexts()).find((t) => /\d[\d,]* words? · .*min read/.test(t)), SLOW, 500);
    return `"${text}"`;
  });

  // The project's .vouch.json is checked as it is typed, before it is saved: the extension sends it to
  // the server, which validates it (docs/lsp.md, "Documents").
  await check('a mistake typed into .vouch.json is reported before it is saved', async () => {
    const configFile = join(workspace, '.vouch.json');
    const config = '{\n  // comments are allowed\n  "rules": {"citations.placeholder": "info"}\n}\n';
    writeFileSync(configFile, config);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.vouch.json' }).first().click({ timeout: UI });
    await page.locator('.tabs-container .tab', { hasText: '.vouch.json' }).first().waitFor({ state: 'visible', timeout: UI });
    const at = positionOf(config, 'info');
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await goTo(at.line, at.column + 1);
    await page.keyboard.press('Control+D'); // select the word under the cursor
    await page.keyboard.type('loud');
    await page.keyboard.press('Escape'); // the schema's completion list
    const row = await waitFor('the server\'s problem with "loud"', async () => (await problemRows()).find((r) => r.includes('"loud"')), SLOW, 1000);
    if (readFileSync(configFile, 'utf8').includes('loud')) {
      throw new Error('the file was saved: the check was not of the typed text');
    }
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+Z');
    await waitFor('the problem to go once the mistake is undone', async () => !(await problemRows()).some((r) => r.includes('"loud"')), SLOW, 1000);
    return `"${row.trim().slice(0, 100)}", gone after undo`;
  });

  // The other way round: a mistake saved in .vouch.json, corrected in the editor but not yet saved. While the
  // file is open its Problems rows are those of the text as typed; the server withdraws what it pushed for
  // the saved file (the draft's own "configuration for this draft" row stays until the save: drafts are
  // checked against the saved file).
  await check('a saved mistake in .vouch.json leaves Problems once corrected in the editor, before saving', async () => {
    const configFile = join(workspace, '.vouch.json');
    const broken = '{\n  // comments are allowed\n  "rules": {"citations.placeholder": "loud"}\n}\n';
    // The file's own rows, not the draft's row about it nor that row's related-information line.
    const fileRow = (r) => r.includes('"loud"') && !r.includes('configuration for this draft') && !/\.vouch\.json\s*\[Ln/.test(r);
    await runCommand('View: Revert and Close Editor');
    writeFileSync(configFile, broken);
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().click();
    await waitFor('the saved file\'s problem with "loud"', async () => (await problemRows()).some(fileRow), SLOW, 1000);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.vouch.json' }).first().click({ timeout: UI });
    await page.locator('.tabs-container .tab', { hasText: '.vouch.json' }).first().waitFor({ state: 'visible', timeout: UI });
    const at = positionOf(broken, 'loud');
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await goTo(at.line, at.column + 1);
    await page.keyboard.press('Control+D');
    await page.keyboard.type('info');
    await page.keyboard.press('Escape');
    await waitFor('the file\'s problem to go while it is unsaved', async () => !(await problemRows()).some(fileRow), SLOW, 1000);
    if (!readFileSync(configFile, 'utf8').includes('loud')) {
      throw new Error('the file was saved: the check was not of the typed text');
    }
    await page.keyboard.press('Control+S');
    await waitFor('the draft\'s row to go once saved', async () => !(await problemRows()).some((r) => r.includes('"loud"')), SLOW, 1000);
    return 'the saved file\'s row went as soon as the typed text was right; the draft\'s, on save';
  });

  await check('a new, unsaved Markdown draft is checked too', async () => {
    await runCommand('File: New Untitled Text File');
    await page.locator('.tabs-container .tab', { hasText: 'Untitled-1' }).first().waitFor({ state: 'visible', timeout: UI });
    await runCommand('Change Language Mode');
    const input = page.locator('.quick-input-widget input[type="text"]');
    await input.waitFor({ state: 'visible', timeout: UI });
    await input.fill('Markdown');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '(markdown)' }).first().waitFor({ state: 'visible', timeout: UI });
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
    await page.keyboard.type('A pasted draft cites the [study]() and moves on.');
    const row = await waitFor('an empty-link row for Untitled-1', async () =>
      (await problemRows()).find((r) => r.includes('citations.empty-link') && r.includes('"study"')), SLOW, 1000);
    return `"${row.trim().slice(0, 80)}"`;
  });
}

await main();
