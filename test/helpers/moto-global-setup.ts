import type { TestProject } from 'vitest/node';
import { startMotoServer } from './moto-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The endpoint of the moto S3 server shared by the integration tier, e.g. `http://127.0.0.1:41234`. */
    s3Endpoint: string;
  }
}

/**
 * Vitest globalSetup for the integration tier: one real S3 API server (moto) on a free loopback port,
 * provided to the tests as `inject('s3Endpoint')` and stopped when the tier ends.
 * Fails with an install hint when `moto_server` is not on PATH.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startMotoServer();
  project.provide('s3Endpoint', server.endpoint);
  return () => server.stop();
}
