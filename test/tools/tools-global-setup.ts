import type { TestProject } from 'vitest/node';
import { MissingTestToolError, missingTools, type ToolTier } from './test-tools.ts';

/**
 * Vitest globalSetup of the integration and infra tiers: fails the tier before any test runs when a tool it needs
 * is not installed, with one line naming the tools, their packages and the command that installs them. A missing
 * tool never turns into skipped tests or a pile of launch errors.
 */
export default function setup(project: TestProject): void {
  const missing = missingTools([project.name as ToolTier]);
  if (missing.length > 0) throw new MissingTestToolError(missing);
}
