import js from '@eslint/js';
import { existsSync, readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The console areas; each may import shared layers, never another area. */
const featuresDir = new URL('./src/features', import.meta.url);
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

const ENGINE_MESSAGE =
  'src/engine is pure and deterministic: use the virtual clock (ctx.now, ctx.schedule) and the seeded PRNG (ctx.uuid, core/rng) instead.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: [
                './src/api',
                './src/app',
                './src/components',
                './src/features',
                './src/stores',
                './src/worker',
                './mocks',
              ],
              message: 'The engine imports only itself.',
            },
            {
              target: ['./src/api', './src/components', './src/stores', './src/worker', './mocks'],
              from: ['./src/features', './src/app'],
              message: 'Shared layers never import features or the app.',
            },
            {
              target: './mocks',
              from: ['./src/api', './src/components', './src/stores'],
              message: 'The mocks never import UI code.',
            },
            {
              target: [
                './src/features',
                './src/components',
                './src/api',
                './src/stores',
                './src/worker',
                './src/engine',
              ],
              from: './mocks',
              message: "Only the app's entry (src/app/boot) wires the mocks in.",
            },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'A feature never imports another feature; move shared code to src/components.',
            })),
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
