// What the status bar, the ledger picker and the check summary show. No VS Code imports, so the unit
// tests can check the wording.

/** The `vouch/status` notification (docs/lsp.md). `aiStyle` and `ledger` are absent when unknown. */
export interface VouchStatus {
  uri: string;
  version?: number;
  words: number;
  readingMinutes: number;
  /** False while the grammar stage for this version is still running. */
  grammarDone?: boolean;
  /** How many findings the draft has. */
  problems?: number;
  aiStyle?: { flaggedParagraphs: number; paragraphs: number; tellsPer1000Words: number };
  ledger?: { editedMinutes: number; requiredMinutes: number; meets: boolean };
}

/** One row of `vouch.showLedger`. */
export interface LedgerRow {
  path: string;
  words: number;
  editedMinutes: number;
  requiredMinutes: number;
  meets: boolean;
  /** False when the editing-time policy does not apply to the draft (not AI-assisted, policy off). */
  applies?: boolean;
  /** The server's remarks ("not marked AI-assisted; 1 min per 50 words"). */
  note?: string;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function minutes(m: number): string {
  if (!Number.isFinite(m) || m <= 0) {
    return '0';
  }
  if (m < 100) {
    return String(Math.round(m * 10) / 10);
  }
  return integer.format(Math.round(m));
}

export function readingTime(m: number): string {
  if (!Number.isFinite(m) || m <= 0) {
    return '0 min read';
  }
  if (m < 1) {
    return '<1 min read';
  }
  return `${integer.format(Math.round(m))} min read`;
}

export function words(n: number): string {
  return `${integer.format(n)} ${n === 1 ? 'word' : 'words'}`;
}

export interface StatusText {
  /** Status bar text, with codicons. */
  text: string;
  /** Markdown tooltip. */
  tooltip: string;
}

/** `$(book) 1,890 words · 8 min read · $(watch) 12.5/38 min edited` and a tooltip with the detail. */
export function formatStatus(s: VouchStatus): StatusText {
  const parts = [`$(book) ${words(s.words)}`, readingTime(s.readingMinutes)];
  const tip = [`**Vouch** — ${words(s.words)}, ${readingTime(s.readingMinutes)}`];
  if (s.ledger) {
    const icon = s.ledger.meets ? '$(pass)' : '$(watch)';
    parts.push(`${icon} ${minutes(s.ledger.editedMinutes)}/${minutes(s.ledger.requiredMinutes)} min edited`);
    tip.push(
      `Editing ledger: ${minutes(s.ledger.editedMinutes)} of ${minutes(s.ledger.requiredMinutes)} minutes ` +
        (s.ledger.meets ? '— meets the venue policy.' : '— below what the venue policy asks.'),
    );
  }
  if (s.aiStyle) {
    tip.push(
      `AI-style: ${s.aiStyle.flaggedParagraphs} of ${s.aiStyle.paragraphs} paragraphs flagged, ` +
        `${minutes(s.aiStyle.tellsPer1000Words)} tells per 1,000 words.`,
    );
  }
  if (s.grammarDone === false) {
    parts.push('$(sync~spin)');
    tip.push('Checking grammar and spelling…');
  }
  tip.push("Click to show this draft's editing ledger.");
  return { text: parts.join(' · '), tooltip: tip.join('\n\n') };
}

export interface LedgerItem {
  label: string;
  description: string;
  detail: string;
  path: string;
}

export function formatLedgerRow(r: LedgerRow): LedgerItem {
  if (r.applies === false) {
    return {
      label: `$(circle-slash) ${r.path}`,
      description: `${minutes(r.editedMinutes)} min edited`,
      detail: `${words(r.words)} — the editing-time policy does not apply${r.note ? ` (${r.note})` : ''}`,
      path: r.path,
    };
  }
  return {
    label: `${r.meets ? '$(pass)' : '$(watch)'} ${r.path}`,
    description: `${minutes(r.editedMinutes)} of ${minutes(r.requiredMinutes)} min edited`,
    detail: `${words(r.words)} — ${r.meets ? 'meets the editing-time policy' : `${minutes(Math.max(0, r.requiredMinutes - r.editedMinutes))} more minutes of editing needed`}`,
    path: r.path,
  };
}

/** Reads the rows out of the command's result, which may be a bare array or `{rows: [...]}`. */
export function ledgerRows(result: unknown): LedgerRow[] {
  const list = Array.isArray(result)
    ? result
    : result && typeof result === 'object' && Array.isArray((result as { rows?: unknown }).rows)
      ? (result as { rows: unknown[] }).rows
      : [];
  return list
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && typeof (r as { path?: unknown }).path === 'string')
    .map((r) => {
      const row: LedgerRow = {
        path: r.path as string,
        words: Number(r.words ?? 0),
        editedMinutes: Number(r.editedMinutes ?? 0),
        requiredMinutes: Number(r.requiredMinutes ?? 0),
        meets: r.meets === true,
      };
      if (typeof r.applies === 'boolean') {
        row.applies = r.applies;
      }
      if (typeof r.note === 'string' && r.note !== '') {
        row.note = r.note;
      }
      return row;
    });
}

/** "Vouch checked 12 drafts: 3 errors, 5 warnings, 1 info." from the summary `vouch.checkWorkspace` returns. */
export function formatCheckSummary(result: unknown): string {
  if (!result || typeof result !== 'object') {
    return 'Vouch checked the workspace.';
  }
  const r = result as Record<string, unknown>;
  const count = (k: string): number | undefined => (typeof r[k] === 'number' ? (r[k] as number) : undefined);
  const files = count('files');
  const kinds: Array<[string, string, string]> = [
    ['errors', 'error', 'errors'],
    ['warnings', 'warning', 'warnings'],
    ['infos', 'info', 'infos'],
    ['hints', 'hint', 'hints'],
  ];
  const found = kinds
    .map(([key, one, many]) => [count(key), one, many] as const)
    .filter(([n]) => n !== undefined && n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const drafts = files === 1 ? 'draft' : 'drafts';
  const head = files === undefined
    ? 'Vouch checked the workspace'
    : r.cancelled === true ? `Vouch stopped after ${files} ${drafts}` : `Vouch checked ${files} ${drafts}`;
  return `${head}: ${found.length ? found.join(', ') : 'no problems'}.`;
}

/** "it exited with code 2: vouch lsp: …" — why a server process ended, with the last line it printed. */
export function exitSummary(code: number | null, signal: string | null, stderr: string): string {
  const how = signal ? `it was ended by ${signal}` : `it exited with code ${code}`;
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^\s*at /.test(l));
  const last = lines.slice(-2).join(' ');
  return last ? `${how}: ${last.length > 300 ? `${last.slice(0, 300)}…` : last}` : `${how}.`;
}
