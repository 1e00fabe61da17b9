import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMotoServer } from '../helpers/moto-server.ts';
import { MissingTestToolError } from '../tools/test-tools.ts';

describe('Function: startMotoServer', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('fails with the install command when moto_server is not on PATH', async () => {
    vi.stubEnv('PATH', '/nonexistent-for-this-test');
    const attempt = startMotoServer();
    await expect(attempt).rejects.toBeInstanceOf(MissingTestToolError);
    await expect(attempt).rejects.toThrow("install it with: npm run test:tools (pip install 'moto[server]')");
  });

  it('starts a server that answers, and stops it', async () => {
    const server = await startMotoServer();
    expect((await fetch(server.endpoint)).status).toBe(200);
    await server.stop();
    await expect(fetch(server.endpoint)).rejects.toThrow();
  });
});
