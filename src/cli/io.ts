/** What a command may touch, passed in so tests run the real CLI in-process with captured output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Colour only on a terminal, never with NO_COLOR (no-color.org), always with FORCE_COLOR. */
export function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** A mistake in how the command was called: exit 2 with the message, no stack. */
export class UsageError extends Error {}

/** The policy has errors that make the command's answer untrustworthy (exit 1). */
export class PolicyError extends Error {}

/** A file or folder the command writes; a place it cannot write is the caller's to fix (exit 2), said plainly. */
export async function writeOutput(path: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : code === 'ENOTDIR'
              ? 'a part of the path is a file'
              : (error as Error).message;
    throw new UsageError(`cannot write ${path}: ${why}.`);
  }
}
