import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Fixed time zone and locale so formatting and snapshots are the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
  },
});
