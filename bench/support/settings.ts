/** A positive number from the environment, or the default; anything unparsable stops the run. */
export function numberSetting(
  name: string,
  fallback: number,
  options: { min?: number; integer?: boolean } = {},
  source: NodeJS.ProcessEnv = process.env,
): number {
  const raw = source[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const min = options.min ?? 0;
  if (!Number.isFinite(value) || value < min || (options.integer && !Number.isInteger(value))) {
    throw new Error(`${name}=${raw}: expected ${options.integer ? 'an integer' : 'a number'} ≥ ${min}`);
  }
  return value;
}

/** Writes a progress line (stderr, so stdout can be kept to the report if redirected). */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
