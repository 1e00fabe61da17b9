import { defineConfig } from 'vitest/config';
import { pathWithVenv } from './test/tools/test-tools.ts';

// The Python tools may live in the project's .venv (see test/tools/install-test-tools.ts): every test finds them on PATH.
process.env.PATH = pathWithVenv(process.env.PATH);

// Three tiers, each runnable alone (`npm run test:unit` …); `npm test` runs them all.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // First every outside tool the tier needs (or one line saying what to install), then a real S3 API
          // server (moto) for the whole tier, on a free loopback port.
          globalSetup: ['test/tools/tools-global-setup.ts', 'test/helpers/moto-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          globalSetup: ['test/tools/tools-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
