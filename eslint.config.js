import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'build/', '__fixtures__/agentcore-cli/schema/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    // One output path for untrusted text (src/log.ts): nothing else writes to the log directly.
    files: ['src/**/*.ts'],
    ignores: ['src/common/log.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['info', 'warning', 'error', 'notice', 'setFailed', 'debug', 'startGroup'].map(
          (property) => ({
            object: 'core',
            property,
            message:
              'Write to the log through src/common/log.ts, which keeps untrusted text from acting.'
          })
        )
      ],
      'no-restricted-globals': ['error', { name: 'console', message: 'Use src/common/log.ts.' }]
    }
  }
)
