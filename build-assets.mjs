// Copies the pinned front-end packages into the application's static resources.
// Run by the Maven build (exec-maven-plugin) after `npm ci`; writes only under target/.
import { mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const out = process.argv[2] || 'target/classes/static/vendor';
const files = [
  ['node_modules/@wikimedia/codex/dist/codex.style.css', 'codex/codex.style.css'],
  ['node_modules/@wikimedia/codex/LICENSE', 'codex/LICENSE'],
  ['node_modules/@wikimedia/codex-design-tokens/dist/theme-wikimedia-ui.css', 'codex/theme-wikimedia-ui.css'],
];

for (const [from, to] of files) {
  if (!existsSync(from)) {
    console.error(`missing ${from}: run npm ci first`);
    process.exit(1);
  }
  const target = join(out, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(from, target);
  console.log(`${from} -> ${target}`);
}
