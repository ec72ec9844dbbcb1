// Finding a Java 17+ runtime for the language server. No VS Code imports: the unit tests run this in
// plain Node with a fake host.
import * as path from 'path';

/** The oldest Java the server runs on (the Maven build targets release 17). */
export const MIN_JAVA_MAJOR = 17;

export interface JavaVersion {
  /** The feature release: 8 for "1.8.0_381", 17 for "17.0.15", 21 for "21-ea". */
  major: number;
  /** The version string as the runtime printed it. */
  text: string;
}

/** Where a candidate came from, in the order they are tried. */
export type JavaSource = 'vouch.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  java: string;
  version: JavaVersion;
  source: JavaSource;
}

/** What was found at one place, for the message when nothing fits. */
export interface Candidate {
  source: JavaSource;
  java: string;
  /** The version, when the runtime ran. */
  version?: JavaVersion;
  /** Why it cannot be used: missing, did not run, too old. */
  problem?: string;
}

export type Discovery =
  | { ok: true; runtime: JavaRuntime; tried: Candidate[] }
  | { ok: false; problem: string; tried: Candidate[] };

/** The side effects discovery needs; the extension passes the real ones, tests pass fakes. */
export interface DiscoveryHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  isFile(p: string): boolean;
  /** Runs `java -version` and resolves to what it printed (stderr and stdout); rejects when it cannot run. */
  runVersion(java: string): Promise<string>;
}

/**
 * Reads the version from `java -version` output (or a `release` file's JAVA_VERSION line):
 * `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_381"`, `openjdk version "21-ea"`.
 */
export function parseJavaVersion(output: string): JavaVersion | undefined {
  const m = /(?:version|JAVA_VERSION=)\s*"([^"]+)"/.exec(output);
  if (!m) {
    return undefined;
  }
  const text = m[1];
  const parts = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!parts) {
    return undefined;
  }
  let major = Number(parts[1]);
  if (major === 1 && parts[2] !== undefined) {
    major = Number(parts[2]); // the old "1.8" scheme
  }
  return { major, text };
}

/** The java launcher inside a Java home folder. */
export function javaInHome(home: string, platform: NodeJS.Platform): string {
  const exe = platform === 'win32' ? 'java.exe' : 'java';
  return path.join(home, 'bin', exe);
}

/** Every `java` on PATH, in PATH order. */
export function javaOnPath(host: DiscoveryHost): string[] {
  const pathVar = host.env.PATH ?? host.env.Path ?? '';
  const delimiter = host.platform === 'win32' ? ';' : ':';
  const exe = host.platform === 'win32' ? 'java.exe' : 'java';
  const seen = new Set<string>();
  const out: string[] = [];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) {
      continue;
    }
    const candidate = path.join(dir, exe);
    if (!seen.has(candidate) && host.isFile(candidate)) {
      seen.add(candidate);
      out.push(candidate);
    }
  }
  return out;
}

async function probe(host: DiscoveryHost, source: JavaSource, java: string): Promise<Candidate> {
  if (!host.isFile(java)) {
    return { source, java, problem: `there is no ${path.basename(java)} at ${java}` };
  }
  let output: string;
  try {
    output = await host.runVersion(java);
  } catch (e) {
    return { source, java, problem: `${java} -version failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const version = parseJavaVersion(output);
  if (!version) {
    return { source, java, problem: `${java} -version printed no version` };
  }
  if (version.major < MIN_JAVA_MAJOR) {
    return { source, java, version, problem: `it is Java ${version.major} (${version.text})` };
  }
  return { source, java, version };
}

function describe(c: Candidate): string {
  switch (c.source) {
    case 'vouch.java.home':
      return `the "vouch.java.home" setting (${c.java})`;
    case 'JAVA_HOME':
      return `JAVA_HOME (${c.java})`;
    case 'PATH':
      return `java on PATH (${c.java})`;
  }
}

/**
 * Finds the runtime to start the server with. A `vouch.java.home` setting is authoritative: when it is
 * set and unusable, that is the problem reported (no silent fallback to another Java). Otherwise
 * JAVA_HOME, then each java on PATH, and the first that is Java 17 or newer wins.
 */
export async function discoverJava(configuredHome: string | undefined, host: DiscoveryHost): Promise<Discovery> {
  const tried: Candidate[] = [];
  const home = (configuredHome ?? '').trim();
  if (home) {
    const c = await probe(host, 'vouch.java.home', javaInHome(home, host.platform));
    tried.push(c);
    if (c.version && !c.problem) {
      return { ok: true, runtime: { java: c.java, version: c.version, source: c.source }, tried };
    }
    return {
      ok: false,
      problem: `The "vouch.java.home" setting points to ${home}, but ${c.problem}. Vouch needs Java ${MIN_JAVA_MAJOR} or newer.`,
      tried,
    };
  }

  const candidates: Array<[JavaSource, string]> = [];
  const javaHome = (host.env.JAVA_HOME ?? '').trim();
  if (javaHome) {
    candidates.push(['JAVA_HOME', javaInHome(javaHome, host.platform)]);
  }
  for (const java of javaOnPath(host)) {
    candidates.push(['PATH', java]);
  }
  for (const [source, java] of candidates) {
    const c = await probe(host, source, java);
    tried.push(c);
    if (c.version && !c.problem) {
      return { ok: true, runtime: { java: c.java, version: c.version, source }, tried };
    }
  }
  if (tried.length === 0) {
    return {
      ok: false,
      problem: 'No Java runtime found: the "vouch.java.home" setting is empty, JAVA_HOME is not set and there is no java on PATH.',
      tried,
    };
  }
  const found = tried.map((c) => `${describe(c)}: ${c.problem}`).join('; ');
  return { ok: false, problem: `No Java ${MIN_JAVA_MAJOR} or newer found. ${capitalize(found)}.`, tried };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The notification text: the problem and what to install. */
export function installAdvice(problem: string): string {
  return `Vouch cannot start its language server. ${problem} Install a Java ${MIN_JAVA_MAJOR}+ runtime ` +
    `(for example Eclipse Temurin ${MIN_JAVA_MAJOR} or later, or your system's openjdk-${MIN_JAVA_MAJOR}-jre package) ` +
    `and set "vouch.java.home" to its folder if it is not on PATH.`;
}
