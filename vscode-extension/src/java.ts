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

/** What a candidate is called in messages: `JAVA_HOME (/usr/lib/jvm/11)`. */
function where(source: JavaSource, place: string): string {
  return source === 'PATH' ? `java on PATH (${place})` : `${source === 'vouch.java.home' ? '"vouch.java.home"' : 'JAVA_HOME'} (${place})`;
}

/** Tries one java; `problem` is a predicate for `where(...)`: "has no bin/java", "is Java 11". */
async function probe(host: DiscoveryHost, source: JavaSource, java: string, place: string): Promise<Candidate & { where: string }> {
  const w = where(source, place);
  if (!host.isFile(java)) {
    return { source, java, where: w, problem: `has no ${path.relative(place, java) || path.basename(java)}` };
  }
  let output: string;
  try {
    output = await host.runVersion(java);
  } catch (e) {
    return { source, java, where: w, problem: `did not run (${e instanceof Error ? e.message : String(e)})` };
  }
  const version = parseJavaVersion(output);
  if (!version) {
    return { source, java, where: w, problem: 'printed no version' };
  }
  if (version.major < MIN_JAVA_MAJOR) {
    return { source, java, where: w, version, problem: `is Java ${version.major} (${version.text})` };
  }
  return { source, java, where: w, version };
}

/**
 * Finds the runtime to start the server with. A `vouch.java.home` setting is authoritative: when it is
 * set and unusable, that is the problem reported (no silent fallback to another Java). Otherwise
 * JAVA_HOME, then each java on PATH, and the first that is Java 17 or newer wins. A failure's
 * `problem` completes "Vouch needs Java 17 or newer, but …".
 */
export async function discoverJava(configuredHome: string | undefined, host: DiscoveryHost): Promise<Discovery> {
  const tried: Candidate[] = [];
  const home = (configuredHome ?? '').trim();
  if (home) {
    const c = await probe(host, 'vouch.java.home', javaInHome(home, host.platform), home);
    tried.push(c);
    if (c.version && !c.problem) {
      return { ok: true, runtime: { java: c.java, version: c.version, source: c.source }, tried };
    }
    return { ok: false, problem: `${c.where} ${c.problem}`, tried };
  }

  const candidates: Array<[JavaSource, string, string]> = [];
  const javaHome = (host.env.JAVA_HOME ?? '').trim();
  if (javaHome) {
    candidates.push(['JAVA_HOME', javaInHome(javaHome, host.platform), javaHome]);
  }
  for (const java of javaOnPath(host)) {
    candidates.push(['PATH', java, java]);
  }
  const problems: string[] = [];
  for (const [source, java, place] of candidates) {
    const c = await probe(host, source, java, place);
    tried.push(c);
    if (c.version && !c.problem) {
      return { ok: true, runtime: { java: c.java, version: c.version, source }, tried };
    }
    problems.push(`${c.where} ${c.problem}`);
  }
  if (problems.length === 0) {
    return { ok: false, problem: 'no Java was found ("vouch.java.home" is empty, JAVA_HOME is not set, no java on PATH)', tried };
  }
  return { ok: false, problem: problems.join('; '), tried };
}

/** The notification text: what is wrong and what to install. */
export function installAdvice(problem: string): string {
  return `Vouch needs Java ${MIN_JAVA_MAJOR} or newer for its language server, but ${problem}. ` +
    `Install Java ${MIN_JAVA_MAJOR}+ (Eclipse Temurin, or your system's openjdk-${MIN_JAVA_MAJOR}-jre) ` +
    `and point "vouch.java.home" at it if it is not on PATH.`;
}
