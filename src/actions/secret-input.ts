import * as core from '@actions/core';

/**
 * An input that holds a credential, masked in the log before anything could print it. A PEM key
 * spans lines, and the runner masks what it is told line by line: each line is masked too.
 */
export function secretInput(name: string, fallback = ''): string {
  const value = core.getInput(name) || fallback;
  if (value) core.setSecret(value);
  if (value.includes('\n'))
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim());
  return value;
}
