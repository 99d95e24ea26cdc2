import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ENGINE_MESSAGE =
  'src/engine is pure and deterministic: use the virtual clock (ctx.now, ctx.schedule) and the seeded PRNG (ctx.uuid, core/rng) instead.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'engine', pattern: 'src/engine' },
        { type: 'worker', pattern: 'src/worker' },
        { type: 'api', pattern: 'src/api' },
        { type: 'app', pattern: 'src/app' },
        { type: 'components', pattern: 'src/components' },
        { type: 'stores', pattern: 'src/stores' },
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        { type: 'mocks', pattern: 'mocks' },
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'User text is never rendered as HTML.',
        },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'engine' } },
              disallow: {
                to: {
                  element: { types: { anyOf: ['worker', 'api', 'app', 'components', 'stores', 'feature', 'mocks'] } },
                },
              },
              message: 'The engine imports only itself.',
            },
            {
              from: { element: { types: { anyOf: ['worker', 'api', 'components', 'stores', 'mocks'] } } },
              disallow: { to: { element: { types: { anyOf: ['feature', 'app'] } } } },
              message: 'Shared layers never import features or the app.',
            },
            {
              from: { element: { type: 'mocks' } },
              disallow: { to: { element: { types: { anyOf: ['api', 'components', 'stores'] } } } },
              message: 'The mocks never import UI code.',
            },
            {
              from: { element: { types: { anyOf: ['feature', 'components', 'api', 'stores', 'worker', 'engine'] } } },
              disallow: { to: { element: { type: 'mocks' } } },
              message: "Only the app's entry (src/app/boot) wires the mocks in.",
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', captured: { name: '!{{ from.captured.name }}' } } } },
              message: 'A feature never imports another feature; move shared code to src/components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/testing/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'fetch',
          'XMLHttpRequest',
          'performance',
          'crypto',
        ].map((name) => ({ name, message: ENGINE_MESSAGE })),
        ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame'].map((name) => ({
          name,
          message: ENGINE_MESSAGE,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: ENGINE_MESSAGE },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: ENGINE_MESSAGE },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: ENGINE_MESSAGE },
        { selector: "MemberExpression[object.name='globalThis']", message: ENGINE_MESSAGE },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'msw',
                'msw/*',
                'zustand',
                'zustand/*',
                '@tanstack/*',
                'monaco-*',
                '@monaco-editor/*',
                'idb',
                'comlink',
                'node:*',
              ],
              message: 'The engine imports only itself and pure libraries.',
            },
          ],
        },
      ],
    },
  },
);
