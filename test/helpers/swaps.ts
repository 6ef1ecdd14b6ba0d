/** Swap files for tests, written as a person would write them. */
import type { RawFile } from '../../src/model/load.js';
import { withFile } from './policy.js';

export interface SwapSpec {
  schedule?: string;
  start: string;
  end?: string;
  relieved: string;
  covering: string;
  reason?: string;
  payback?: string;
}

export function swapYaml(s: SwapSpec): string {
  return [
    '# yaml-language-server: $schema=../../schemas/swap.schema.json',
    `schedule: ${s.schedule ?? 'primary'}`,
    `start: ${s.start}`,
    ...(s.end ? [`end: ${s.end}`] : []),
    `relieved: ${s.relieved}`,
    `covering: ${s.covering}`,
    `reason: ${s.reason ?? 'Family event'}`,
    ...(s.payback ? [`payback: ${s.payback}`] : []),
    '',
  ].join('\n');
}

/** The conventional file name of a swap: <start date>-<schedule>-<relieved>.yaml. */
export function swapPath(s: SwapSpec, suffix = ''): string {
  return `oncall/swaps/${s.start.slice(0, 10)}-${s.schedule ?? 'primary'}-${s.relieved}${suffix}.yaml`;
}

export function withSwaps(files: readonly RawFile[], ...swaps: (SwapSpec & { path?: string })[]): RawFile[] {
  let out = [...files];
  for (const s of swaps) out = withFile(out, s.path ?? swapPath(s), swapYaml(s));
  return out;
}
