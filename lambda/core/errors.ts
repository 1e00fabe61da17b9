/** An article file the run cannot use. The message names the file, the reason and the fix. */
export class InvalidArticleError extends Error {
  override readonly name = 'InvalidArticleError';
  constructor(
    /** The file or key, as shown to the user. */
    readonly file: string,
    /** Why it was rejected and how to fix it. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

/** A configuration value that cannot be used. The message names the setting, the value and the fix. */
export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';
  constructor(
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
  }
}

/** The published state (the manifest) is unreadable; nothing is overwritten until it is repaired. */
export class CorruptManifestError extends Error {
  override readonly name = 'CorruptManifestError';
  constructor(key: string, reason: string, options?: { cause?: unknown }) {
    super(`${key}: ${reason}; restore it from a previous version (the bucket is versioned) or delete it to republish`, options);
  }
}
