// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Browser globals the engine must never touch: it runs the same in Node and the browser. */
const DOM_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location',
  'HTMLElement', 'Element', 'Node', 'requestAnimationFrame', 'performance', 'fetch',
  'setTimeout', 'setInterval', 'Audio', 'Image',
].map((name) => ({ name, message: 'src/engine/ is pure: no DOM, timers or browser globals.' }));

/** Content-to-code and HTML-string sinks, banned everywhere in src/. */
const UNSAFE_SINKS = [
  { property: 'innerHTML', message: 'Build nodes with textContent and createElement, never innerHTML.' },
  { property: 'outerHTML', message: 'Build nodes with textContent and createElement, never outerHTML.' },
  { property: 'insertAdjacentHTML', message: 'insertAdjacentHTML parses HTML: build nodes instead.' },
  { object: 'document', property: 'write', message: 'document.write is banned.' },
  { object: 'document', property: 'writeln', message: 'document.writeln is banned.' },
];

/** Non-determinism banned inside the rules. */
const NONDETERMINISTIC = [
  { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the game state.' },
  { object: 'Date', property: 'now', message: 'No clock time in the rules.' },
  ...['sin', 'cos', 'tan', 'exp', 'log', 'pow', 'sqrt', 'atan2'].map((property) => ({
    object: 'Math', property, message: 'Integer arithmetic only in the rules: browsers may differ.',
  })),
];

/**
 * The first load is the interface only; the engine's zod and xstate arrive in
 * lazily imported chunks. So src/ui and src/game import engine types from any
 * module, but engine values only from modules that load neither (these), or
 * through the lazy gateways below. See src/engine/index.ts.
 */
const ZOD_FREE_ENGINE = ['net-moves.ts', 'types.ts', 'replay/link.ts', 'stage-roles.ts', 'sources.ts'];
/** Engine value imports a view may make: nothing but the zod-free modules and the gateway's own entries. */
function engineImports(gateways = /** @type {string[]} */ ([])) {
  const allowed = [...ZOD_FREE_ENGINE, ...gateways].map((m) => m.replace(/[./]/g, (c) => `\\${c}`)).join('|');
  return ['error', {
    patterns: [{
      regex: `(^|/)engine/(?!(${allowed})$)`,
      allowTypeImports: true,
      message: 'Views load the engine lazily: import its values through src/ui/session.ts (or src/ui/classroom/), or only from src/engine/net-moves.ts, types.ts, stage-roles.ts, sources.ts or replay/link.ts, which load no zod or xstate. `import type` is fine from anywhere.',
    }],
  }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...UNSAFE_SINKS],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'phaser', message: 'src/engine/ imports no Phaser.' },
          { name: 'howler', message: 'src/engine/ imports no howler.' },
        ],
        patterns: [
          { group: ['phaser/*', 'howler/*'], message: 'src/engine/ imports no Phaser or howler.' },
          { group: ['**/game/**', '**/ui/**', '**/audio/**', '**/persistence/**', '../main*'], message: 'Flow goes one way: the engine imports no views.' },
        ],
      }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-properties': ['error', ...UNSAFE_SINKS, ...NONDETERMINISTIC],
      'no-restricted-syntax': ['error', {
        selector: "NewExpression[callee.name='Date']",
        message: 'No clock time in the rules.',
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/game/**/*.ts'],
    ignores: ['src/ui/session.ts', 'src/ui/classroom/**'],
    rules: { '@typescript-eslint/no-restricted-imports': engineImports() },
  },
  {
    // The game's lazy gateway: loaded with import() once the title is interactive.
    files: ['src/ui/session.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': engineImports(['index.ts', 'replay/index.ts']) },
  },
  {
    // The classroom pages, loaded with import() on their routes.
    files: ['src/ui/classroom/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': engineImports(['class/index.ts']) },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Node scripts (the static server).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
