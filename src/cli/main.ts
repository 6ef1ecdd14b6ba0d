/**
 * The `oncall` command. Each subcommand is a small function over CliIO; this file only wires
 * arguments to them and maps outcomes to exit codes (0 ok, 1 findings with errors, 2 usage).
 */
import { Command, CommanderError, Option } from 'commander';
import { resolve } from 'node:path';
import { findPolicyRoot } from '../io/read-policy.js';
import { processIO, UsageError, type CliIO } from './io.js';
import { runValidate, type OutputFormat } from './validate.js';

interface CommonOptions {
  root?: string;
  json?: boolean;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const rootOf = async (o: CommonOptions) => (o.root ? resolve(io.cwd, o.root) : findPolicyRoot(io.cwd));
  const common = (cmd: Command) =>
    cmd
      .option('--root <dir>', 'the policy repository (default: the nearest folder above with oncall/)')
      .option('--json', 'machine-readable output');

  const program = new Command('oncall')
    .description('On-call policy as code: validate it, ask who is on call, sync it to PagerDuty.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run oncall --help for usage)');

  common(program.command('validate'))
    .description('check every policy file and rule; exit 1 when any error is found')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .action(async (o: CommonOptions & { format: OutputFormat }) => {
      exitCode = await runValidate(await rootOf(o), o.json ? 'json' : o.format, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`oncall: ${error.message}\n`);
      return 2;
    }
    io.stderr(`oncall: ${(error as Error).message ?? String(error)}\n`);
    if (io.env.ONCALL_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 3;
  }
}
