import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.size-floor/**', '.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'public/results-page.js', 'public/one-page/**'] },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'next', 'next/*', '@/components/*', '@/app/*', '../components/*', '../app/*'], message: 'lib/ is plain TypeScript: it must not import React, Next or the UI.' },
            { group: ['node:*', 'fs', 'path'], message: 'lib/ does no I/O: pass data in.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'lib/ has no clock: pass the date in.' }],
    },
  },
  {
    files: ['lib/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react/*', 'next', 'next/*'], message: 'lib/ tests stay free of React and Next.' }] }],
    },
  },
  {
    // Imports run one way, app → components → lib, and never in a circle.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '../app/*', '../../app/*'], message: 'components/ may import lib/, never app/: imports run app → components → lib.' }] }],
    },
  },
  // The request guard is CommonJS so `node --require` can load it in front of Next's server.
  { files: ['server/**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
];

export default config;
