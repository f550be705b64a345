// Lint: typescript-eslint's recommended rules, no import cycles, and the layer map:
// model <- (ingest | extract | resolve | store) <- app <- (server | cli); web talks HTTP only.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const layer = (dir, banned) => ({
  files: [`src/${dir}/**/*.ts`, `src/${dir}/**/*.tsx`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: banned.map((b) => ({ group: [`**/${b}/*`, `**/${b}`, `../${b}/*`, `../../${b}/*`], message: `src/${dir} must not import src/${b} (layer map in README)` })),
    }],
  },
});

const stages = ['ingest', 'extract', 'resolve', 'store'];
const upper = ['app', 'server', 'cli'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'test-results/', 'data/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('model', [...stages, ...upper, 'config']),
  layer('config', [...stages, ...upper]),
  ...stages.map((s) => layer(s, [...stages.filter((o) => o !== s), ...upper])),
  layer('app', ['server', 'cli']),
  layer('server', ['cli', ...stages]),
  layer('cli', [...stages]),
);
