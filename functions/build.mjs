/**
 * Bundles the functions and the shared domain module into lib/index.js.
 * The domain is inlined because it is a workspace package, not published to
 * npm: Cloud Build installs only functions/package.json's dependencies,
 * which stay external here.
 */
import { build, context } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const options = {
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]),
};

if (process.argv.includes('--watch')) {
  // `npm start`: rebuild on change; the Functions emulator reloads lib/.
  await (await context(options)).watch();
} else {
  await build(options);
}
