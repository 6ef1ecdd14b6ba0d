import * as core from '@actions/core';

/** An input that holds a credential, masked in the log before anything could print it. */
export function secretInput(name: string, fallback = ''): string {
  const value = core.getInput(name) || fallback;
  if (value) core.setSecret(value);
  return value;
}
