import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/io.ts
function processIO() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY)
  };
}
function wantsColor(io) {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY && io.env.TERM !== "dumb";
}
var UsageError = class extends Error {
};
var PolicyError = class extends Error {
};
async function writeOutput(path, write) {
  try {
    await write();
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : code === "ENOTDIR" ? "a part of the path is a file" : error.message;
    throw new UsageError(`cannot write ${path}: ${why}.`);
  }
}

export {
  processIO,
  wantsColor,
  UsageError,
  PolicyError,
  writeOutput
};
