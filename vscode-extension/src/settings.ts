// How the extension's settings reach the server. The extension stays thin: every setting the server
// honours (preset, rules, grammar, words per minute, ledger) is passed through untouched as the `vouch`
// section of workspace/configuration and resolved by the server, exactly as the CLI and other editors
// see it. Only the settings that decide how the server process is launched are read here.

/** Settings the server never reads: they shape the java command line, so changing them restarts it. */
export const LAUNCH_SETTINGS = ['vouch.java.home', 'vouch.java.maxHeap'] as const;

/** The settings section the server asks for (docs/lsp.md). */
export const SERVER_SECTION = 'vouch';

export const DEFAULT_MAX_HEAP = '512m';

export interface HeapSetting {
  /** The value for -Xmx. */
  value: string;
  /** Set when the configured value was unusable and the default is used instead. */
  warning?: string;
}

/** Validates `vouch.java.maxHeap` (a JVM size: digits and an optional k/m/g unit, at least 64 MB). */
export function maxHeap(configured: unknown): HeapSetting {
  if (configured === undefined || configured === null || configured === '') {
    return { value: DEFAULT_MAX_HEAP };
  }
  const text = String(configured).trim();
  const m = /^(\d+)([kKmMgG]?)$/.exec(text);
  if (!m) {
    return {
      value: DEFAULT_MAX_HEAP,
      warning: `"vouch.java.maxHeap" is "${text}", not a size such as 512m or 1g; using ${DEFAULT_MAX_HEAP}.`,
    };
  }
  const unit = m[2].toLowerCase();
  const bytes = Number(m[1]) * (unit === 'g' ? 2 ** 30 : unit === 'm' ? 2 ** 20 : unit === 'k' ? 2 ** 10 : 1);
  if (bytes < 64 * 2 ** 20) {
    return {
      value: DEFAULT_MAX_HEAP,
      warning: `"vouch.java.maxHeap" is ${text}, too small for the server (at least 64m); using ${DEFAULT_MAX_HEAP}.`,
    };
  }
  return { value: m[1] + unit };
}

export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * The command line of the language server. The serial collector keeps a small server small (the
 * parallel one reserves memory per core); UTF-8 is explicit so the ledger and dictionary files do not
 * depend on the editor's locale.
 */
export function serverCommand(java: string, jar: string, heap: string): ServerCommand {
  return {
    command: java,
    args: [`-Xmx${heap}`, '-XX:+UseSerialGC', '-Dfile.encoding=UTF-8', '-jar', jar, 'lsp'],
  };
}

/** Whether a configuration change needs a new server process (given VS Code's affectsConfiguration). */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return LAUNCH_SETTINGS.some((s) => affects(s));
}
