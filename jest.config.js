/** Unit tests (pure code, next to it) and e2e tests (HTTP on a real PostgreSQL). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)s$': swc },
  // NestJS 12 ships ESM only; jest in CJS mode must transform it.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|load-esm|@fastify/static|content-disposition|@scure|@noble|@otplib|otplib)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
  maxWorkers: 2,
  // e2e files start an app on a cloned database: generous on a loaded CI machine, never a sleep.
  testTimeout: 30_000,
};
