/** Where a run reports what it could not do cleanly (a lost race, a missing data file); Powertools' Logger fits. */
export interface RunLogger {
  warn(message: string, details: Record<string, unknown>): void;
}
