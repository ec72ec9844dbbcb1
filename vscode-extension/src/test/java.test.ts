import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { discoverJava, DiscoveryHost, installAdvice, javaInHome, javaOnPath, parseJavaVersion } from '../java';

describe('parseJavaVersion', () => {
  const cases: Array<[string, number, string]> = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17, '17.0.15'],
    ['java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)', 8, '1.8.0_381'],
    ['openjdk version "21-ea" 2023-09-19', 21, '21-ea'],
    ['openjdk version "11.0.2" 2019-01-15', 11, '11.0.2'],
    ['openjdk version "25" 2025-09-16', 25, '25'],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss4m\nopenjdk version "17.0.8.1" 2023-08-24', 17, '17.0.8.1'],
    ['IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="21.0.4"\n', 21, '21.0.4'],
  ];
  for (const [output, major, text] of cases) {
    it(`reads Java ${major} from ${JSON.stringify(output.split('\n')[0])}`, () => {
      assert.deepEqual(parseJavaVersion(output), { major, text });
    });
  }
  it('returns undefined when there is no version', () => {
    assert.equal(parseJavaVersion('Error: could not create the Java Virtual Machine.'), undefined);
    assert.equal(parseJavaVersion('openjdk version "internal"'), undefined);
  });
});

/** A fake machine: which files exist and what each java prints. */
function host(opts: {
  files: Record<string, string | Error>;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
}): DiscoveryHost & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    platform: opts.platform ?? 'linux',
    env: opts.env ?? {},
    isFile: (p) => p in opts.files,
    runVersion: async (java) => {
      ran.push(java);
      const out = opts.files[java];
      if (out instanceof Error) {
        throw out;
      }
      return out;
    },
  };
}

const JAVA17 = 'openjdk version "17.0.15" 2025-04-15';
const JAVA21 = 'openjdk version "21.0.4" 2024-07-16';
const JAVA11 = 'openjdk version "11.0.24" 2024-07-16';
const JAVA8 = 'java version "1.8.0_381"';

describe('discoverJava', () => {
  it('uses the vouch.java.home setting first', async () => {
    const h = host({
      files: { '/opt/jdk21/bin/java': JAVA21, '/usr/lib/jvm/17/bin/java': JAVA17, '/usr/bin/java': JAVA17 },
      env: { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' },
    });
    const d = await discoverJava('/opt/jdk21', h);
    assert.ok(d.ok);
    assert.equal(d.runtime.java, '/opt/jdk21/bin/java');
    assert.equal(d.runtime.source, 'vouch.java.home');
    assert.equal(d.runtime.version.major, 21);
    assert.deepEqual(h.ran, ['/opt/jdk21/bin/java']);
  });

  it('does not fall back silently when the setting is wrong', async () => {
    const h = host({ files: { '/usr/bin/java': JAVA17 }, env: { PATH: '/usr/bin' } });
    const d = await discoverJava('/opt/nothing-here', h);
    assert.equal(d.ok, false);
    assert.ok(!d.ok);
    assert.equal(d.problem, '"vouch.java.home" (/opt/nothing-here) has no bin/java');
  });

  it('reports a configured Java that is too old, with its version', async () => {
    const h = host({ files: { '/opt/jdk11/bin/java': JAVA11 } });
    const d = await discoverJava('/opt/jdk11', h);
    assert.ok(!d.ok);
    assert.equal(d.problem, '"vouch.java.home" (/opt/jdk11) is Java 11 (11.0.24)');
    assert.match(installAdvice(d.problem), /^Vouch needs Java 17 or newer for its language server, but "vouch.java.home" \(\/opt\/jdk11\) is Java 11/);
  });

  it('takes JAVA_HOME before PATH', async () => {
    const h = host({
      files: { '/usr/lib/jvm/21/bin/java': JAVA21, '/usr/bin/java': JAVA17 },
      env: { JAVA_HOME: '/usr/lib/jvm/21', PATH: '/usr/local/bin:/usr/bin' },
    });
    const d = await discoverJava('', h);
    assert.ok(d.ok);
    assert.equal(d.runtime.source, 'JAVA_HOME');
    assert.equal(d.runtime.java, '/usr/lib/jvm/21/bin/java');
  });

  it('skips an old JAVA_HOME for a Java 17 on PATH', async () => {
    const h = host({
      files: { '/usr/lib/jvm/8/bin/java': JAVA8, '/usr/bin/java': JAVA17 },
      env: { JAVA_HOME: '/usr/lib/jvm/8', PATH: '/usr/bin' },
    });
    const d = await discoverJava(undefined, h);
    assert.ok(d.ok);
    assert.equal(d.runtime.source, 'PATH');
    assert.equal(d.runtime.java, '/usr/bin/java');
    assert.equal(d.tried.length, 2);
    assert.match(d.tried[0].problem ?? '', /Java 8/);
  });

  it('tries every java on PATH in order', async () => {
    const h = host({
      files: { '/a/java': JAVA11, '/b/java': new Error('spawn EACCES'), '/c/java': JAVA17 },
      env: { PATH: '/a::/b:/c:/a' },
    });
    const d = await discoverJava('', h);
    assert.ok(d.ok);
    assert.equal(d.runtime.java, '/c/java');
    assert.deepEqual(h.ran, ['/a/java', '/b/java', '/c/java']);
  });

  it('says everything it found when nothing is new enough', async () => {
    const h = host({
      files: { '/usr/lib/jvm/11/bin/java': JAVA11, '/usr/bin/java': JAVA8 },
      env: { JAVA_HOME: '/usr/lib/jvm/11', PATH: '/usr/bin' },
    });
    const d = await discoverJava('', h);
    assert.ok(!d.ok);
    assert.equal(d.problem, 'JAVA_HOME (/usr/lib/jvm/11) is Java 11 (11.0.24); java on PATH (/usr/bin/java) is Java 8 (1.8.0_381)');
  });

  it('says so when there is no Java at all', async () => {
    const d = await discoverJava('', host({ files: {}, env: { PATH: '/usr/bin:/bin' } }));
    assert.ok(!d.ok);
    assert.match(d.problem, /^no Java was found/);
    assert.match(installAdvice(d.problem), /Install Java 17\+/);
    assert.match(installAdvice(d.problem), /"vouch.java.home"/);
  });

  it('reports a java that runs but prints no version', async () => {
    const h = host({ files: { '/usr/bin/java': 'Error: could not create the Java Virtual Machine.' }, env: { PATH: '/usr/bin' } });
    const d = await discoverJava('', h);
    assert.ok(!d.ok);
    assert.equal(d.problem, 'java on PATH (/usr/bin/java) printed no version');
  });

  it('finds java.exe on Windows', async () => {
    const exe = path.join('C:\\jdk17', 'bin', 'java.exe');
    const h = host({ files: { [exe]: JAVA17 }, platform: 'win32', env: { Path: 'C:\\Windows' } });
    assert.equal(javaInHome('C:\\jdk17', 'win32'), exe);
    const d = await discoverJava('C:\\jdk17', h);
    assert.ok(d.ok);
  });

  it('lists PATH entries once each', () => {
    const h = host({ files: { '/x/java': JAVA17 }, env: { PATH: '/x:/x/:/y' } });
    assert.deepEqual(javaOnPath(h), ['/x/java']);
  });
});
