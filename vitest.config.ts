import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'property-tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: process.env.AEGIS_SLOW ? 600_000 : 30_000,
  },
});
