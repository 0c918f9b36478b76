import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'

/**
 * Layers, top to bottom: app → home, wizard, after, card → checklist → store, pdf, documents → rules, ui, i18n.
 * Nothing imports upwards.
 */
const SCREENS = ['**/app/**', '**/wizard/**', '**/checklist/**', '**/after/**', '**/card/**', '**/home/**']
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The rules module is a pure library: no framework, no state, no DOM, no storage, no clock.
    files: ['src/rules/**', 'src/model/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@hookform/*'],
              message: 'src/rules/ is pure: no React or zustand.',
            },
            {
              group: [...SCREENS, '**/store/**', '**/ui/**', '**/pdf/**', '**/documents/**', '**/i18n/**'],
              message: 'src/rules/ and src/model/ import nothing from the layers above them.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'Date'].map(
          (name) => ({ name, message: `src/rules/ is pure: no ${name}.` }),
        ),
      ],
    },
  },
  layer(
    ['src/ui/**', 'src/i18n/**'],
    [...SCREENS, '**/store/**', '**/pdf/**', '**/documents/**'],
    'ui/ and i18n/ are building blocks: they import no screen or store.',
  ),
  layer(['src/store/**'], [...SCREENS, '**/pdf/**', '**/documents/**', '**/ui/**'], 'The store imports no screen.'),
  layer(
    ['src/pdf/**', 'src/documents/**'],
    [...SCREENS, '**/store/**'],
    'Documents are made from values, below the screens and the store.',
  ),
  layer(
    ['src/wizard/**'],
    ['**/app/**', '**/checklist/**', '**/after/**', '**/card/**', '**/home/**'],
    'The wizard imports no other screen.',
  ),
  layer(
    ['src/checklist/**'],
    ['**/app/**', '**/wizard/**', '**/after/**', '**/card/**', '**/home/**'],
    'The checklist imports no other screen.',
  ),
  layer(
    ['src/after/**'],
    ['**/app/**', '**/wizard/**', '**/card/**', '**/home/**'],
    'The after view builds on the checklist only.',
  ),
  layer(
    ['src/card/**'],
    ['**/app/**', '**/wizard/**', '**/after/**', '**/home/**'],
    'The conversation card builds on the checklist only.',
  ),
  layer(
    ['src/home/**'],
    ['**/app/**', '**/wizard/**', '**/checklist/**', '**/after/**', '**/card/**'],
    'The home list imports no other screen.',
  ),
  {
    files: ['tests/**', '*.config.ts', 'scripts/**', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
