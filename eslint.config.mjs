// One lint and format setup for the workspace: antfu's config (typescript-eslint, Vue, stylistic
// formatting) set to the style the code is written in. `npm run lint` runs it; `.ci/run` too.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    typescript: true,
    vue: true,
    // JSON, YAML and Markdown are written by tools (Strapi's schema files, pnpm's lockfile) or
    // are content; only code is linted.
    jsonc: false,
    yaml: false,
    markdown: false,
    toml: false,
    pnpm: false,
    stylistic: { indent: 2, quotes: 'single', semi: false },
    ignores: [
      'shared/src/graphql/graphql-env.d.ts',
      '**/.nuxt/**',
      '**/.output/**',
      '**/dist/**',
      '**/build/**',
      '**/.strapi/**',
      'cms/types/generated/**',
      'cms/.tmp/**',
      'bench/scratch/**',
      'web/public/**',
    ],
  },
  {
    // The house style the code was written in (docs/STYLE: short one-line guards and arrows).
    rules: {
      'antfu/consistent-list-newline': 'off',
      'antfu/curly': 'off',
      'antfu/if-newline': 'off',
      'antfu/no-top-level-await': 'off',
      'antfu/reasonable-newline': 'off',
      'antfu/top-level-function': 'off',
      // Inline `type` specifiers, imports in the order the author grouped them (a header comment
      // stays at the top of its file).
      'import/consistent-type-specifier-style': 'off',
      'perfectionist/sort-exports': 'off',
      'perfectionist/sort-imports': 'off',
      'perfectionist/sort-named-imports': 'off',
      // Passing the function itself changes when a `const` callee is read (a TDZ error).
      'e18e/prefer-timer-args': 'off',
      'node/prefer-global/buffer': 'off',
      'node/prefer-global/process': 'off',
      'no-unmodified-loop-condition': 'off',
      'style/arrow-parens': ['error', 'always'],
      'style/brace-style': ['error', '1tbs', { allowSingleLine: true }],
      'style/max-statements-per-line': 'off',
      'style/operator-linebreak': ['error', 'before', { overrides: { '=': 'after' } }],
      'style/member-delimiter-style': ['error', { multiline: { delimiter: 'none' }, singleline: { delimiter: 'semi', requireLast: false } }],
      'style/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      'test/prefer-lowercase-title': 'off',
      'ts/method-signature-style': 'off',
      'ts/no-use-before-define': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
  {
    // Scripts, tools, the bench and tests report on the terminal.
    files: ['**/scripts/**', 'tools/**', 'bench/**', '**/test/**', 'examples/**', 'web/serve.ts'],
    rules: { 'no-console': 'off' },
  },
)
