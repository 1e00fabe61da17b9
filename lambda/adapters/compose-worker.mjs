// Worker entry of the parallel composer: registers tsx so the worker can load the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('./compose-worker.ts');
