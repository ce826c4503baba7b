// Jest runs the TypeScript sources as ES modules (node --experimental-vm-modules), like the
// actions/typescript-action template; @actions/core is replaced per test through __fixtures__/.
export default {
  clearMocks: true,
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  testTimeout: 60000
}
