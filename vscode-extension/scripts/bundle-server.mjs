// Puts the language server into the extension: server/vouch.jar, from the Maven build, and the JSON
// Schema of .vouch.json (docs/vouch.schema.json, generated from the rules) for VS Code's JSON editor.
// VOUCH_JAR=path/to/vouch.jar skips the build and copies that jar (scripts/test.sh has just built it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(extensionDir, '..');
let jar = process.env.VOUCH_JAR ? resolve(process.env.VOUCH_JAR) : '';

if (!jar) {
  console.log('bundle-server: building the server (mvn package -DskipTests)');
  const mvn = spawnSync('mvn', ['-q', '-B', '-ntp', '-DskipTests', 'package'], { cwd: repoDir, stdio: 'inherit' });
  if (mvn.error || mvn.status !== 0) {
    console.error(`bundle-server: the Maven build failed${mvn.error ? `: ${mvn.error.message}` : ` (exit ${mvn.status})`}`);
    process.exit(1);
  }
  jar = join(repoDir, 'server', 'target', 'vouch.jar');
}
if (!existsSync(jar)) {
  console.error(`bundle-server: no server jar at ${jar}`);
  process.exit(1);
}
const target = join(extensionDir, 'server', 'vouch.jar');
mkdirSync(dirname(target), { recursive: true });
copyFileSync(jar, target);
console.log(`bundle-server: ${target} (${(statSync(target).size / 2 ** 20).toFixed(1)} MiB)`);

const schema = join(repoDir, 'docs', 'vouch.schema.json');
const schemaTarget = join(extensionDir, 'schemas', 'vouch.schema.json');
mkdirSync(dirname(schemaTarget), { recursive: true });
copyFileSync(schema, schemaTarget);
console.log(`bundle-server: ${schemaTarget}`);
