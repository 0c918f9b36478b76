import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'

/**
 * The screens, side by side: none imports another. A new screen folder is covered by adding its
 * name here; what two screens both show goes to src/parts/, the tier below them.
 */
export const SCREENS = ['home', 'wizard', 'checklist', 'after', 'card', 'settings']

/**
 * The folders of src/, top to bottom. A folder imports only from the tiers below its own, never
 * upwards and never sideways; MAY_IMPORT narrows that further for the lower tiers.
 */
export const TIERS = [
  ['app', 'service-worker'],
  SCREENS,
  ['parts'],
  ['store', 'pdf'],
  ['documents'],
  ['model'],
  ['rules', 'ui', 'i18n'],
]
const FOLDERS = TIERS.flat()
const below = (folder) => TIERS.slice(TIERS.findIndex((tier) => tier.includes(folder)) + 1).flat()

const MAY_IMPORT = {
  ...Object.fromEntries(FOLDERS.map((folder) => [folder, below(folder)])),
  // The domain model is pure: it builds on the rules only.
  model: ['rules'],
  rules: [],
  // Types only: a value import would pull the guidance data into every text (checked below).
  i18n: ['rules'],
  ui: ['i18n', 'rules'],
  // The service worker runs apart from the page: it imports Workbox only.
  'service-worker': [],
  // The store keeps data; it makes no texts and draws nothing.
  store: ['model', 'rules', 'i18n'],
  // The documents are text made from values: nothing on screen.
  documents: ['model', 'rules', 'i18n'],
  // The PDF code makes files, off the page where it can (a worker): saving one is the screen's.
  pdf: ['documents', 'model', 'rules', 'i18n'],
}

/** One zone per folder: every other folder of src/ that it may not import. */
function layerZones() {
  return FOLDERS.map((folder) => {
    const forbidden = FOLDERS.filter((other) => other !== folder && !MAY_IMPORT[folder].includes(other))
    return forbidden.map((other) => ({
      target: `./src/${folder}`,
      from: `./src/${other}`,
      message: `src/${folder}/ may import from ${MAY_IMPORT[folder].map((f) => `${f}/`).join(', ') || 'no other folder of src/'}.`,
    }))
  }).flat()
}

const PURE = ['src/rules/**', 'src/model/**']

/** Things that make a function depend on when, where or how often it runs. */
const IMPURE_GLOBALS = [
  ...['globalThis', 'window', 'self', 'document', 'navigator', 'location'],
  ...['localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'crypto'],
  ...['Date', 'performance', 'Intl', 'setTimeout', 'setInterval', 'queueMicrotask', 'requestAnimationFrame'],
  ...['eval', 'Function'],
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-next',
      'node_modules',
      'test-results',
      'playwright-report',
      '.bench',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // The pure core below gets no browser globals at all: see its own block.
    files: ['src/**'],
    ignores: PURE,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Layers are checked on resolved paths, so '../i18n', '../i18n/index' and '../rules/../i18n' are one.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      // An import that does not resolve cannot be placed in a layer: it is an error too.
      'import-x/no-unresolved': ['error', { ignore: ['\\?(url|raw)$', '^virtual:'] }],
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/rules', '**/rules/**'],
              allowTypeImports: true,
              message: 'src/i18n/ imports only types from src/rules/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The rules and the domain model are a pure library: no framework, no state, no DOM, no
    // storage, no clock, no chance. Only ECMAScript's own globals exist here (no-undef), and the
    // impure ones among them are named.
    files: PURE,
    rules: {
      'no-undef': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|zod(/|$))',
              message: 'src/rules/ and src/model/ are pure: of the packages they import only zod.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...IMPURE_GLOBALS.map((name) => ({ name, message: `src/rules/ and src/model/ are pure: no ${name}.` })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/rules/ and src/model/ are pure: no Math.random.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MetaProperty[meta.name='import']",
          message: 'src/rules/ and src/model/ are pure: no import.meta (the build environment).',
        },
      ],
    },
  },
  {
    files: ['tests/**', '*.config.{ts,js,mjs}', 'scripts/**', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
