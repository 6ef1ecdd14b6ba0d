/**
 * The `oncall` command. Each subcommand is a small function over CliIO; this file only wires
 * arguments to them and maps outcomes to exit codes (0 ok, 1 findings with errors, 2 usage).
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPolicyRoot } from '../io/read-policy.js';
import { PolicyError, processIO, UsageError, type CliIO } from './io.js';
import type { RotationChangeOptions } from './rotation.js';
import type { RotationProposeOptions } from './rotation-propose.js';
import type { ScheduleFormat, WindowOptions } from './schedule.js';
import type { CoverOptions } from './cover.js';
import type { SwapOptions } from './swap.js';
import type { OutputFormat } from './validate.js';

interface CommonOptions {
  root?: string;
  json?: boolean;
}

const EXIT_CODES = `
Exit codes:
  0  done (validate: no errors)
  1  the policy has errors, or what was asked for does not hold (a swap that breaks the policy)
  2  the command was called wrongly (an unknown option, a malformed date, no policy where it looked)
  3  something unexpected failed (set ONCALL_DEBUG=1 for the stack)`;

/** Two ways of asking for the output's format, given at once: which one was meant is a guess. */
function oneFormat(o: { json?: boolean; format?: string; csv?: boolean }, defaultFormat = 'text'): void {
  const asked = [
    ...(o.json ? ['--json'] : []),
    ...(o.format !== undefined && o.format !== defaultFormat ? [`--format ${o.format}`] : []),
    ...(o.csv ? ['--csv'] : []),
  ];
  if (asked.length > 1) throw new UsageError(`${asked.join(' and ')} ask for different outputs; give one.`);
}

function version(): string {
  // ../../package.json from src/cli/ and from the bundle's dist/cli/ or dist/shared/ alike.
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  /** The policy's folder; `import` writes a new one, so only it may name a folder without oncall/. */
  const rootOf = async (o: CommonOptions, policy: 'existing' | 'new' = 'existing') => {
    const root = o.root ? resolve(io.cwd, o.root) : await findPolicyRoot(io.cwd);
    if (policy === 'existing' && !existsSync(join(root, 'oncall')))
      throw new UsageError(
        `no policy at ${root}: it has no oncall/ folder. Run oncall inside a policy repository, or pass --root <dir>.`,
      );
    return root;
  };
  const common = (cmd: Command, json = true) => {
    cmd.option('--root <dir>', 'the policy repository (default: the nearest folder above with oncall/)');
    return json ? cmd.option('--json', 'machine-readable output') : cmd;
  };

  const program = new Command('oncall')
    .description('On-call policy as code: validate it, ask who is on call, sync it to PagerDuty.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', EXIT_CODES)
    .showHelpAfterError('(run oncall --help for usage)');

  common(program.command('validate'))
    .description('check every policy file and rule; exit 1 when any error is found')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--now <instant>', 'evaluate time rules as of this ISO-8601 instant (default: now)')
    .option('--horizon <weeks>', 'how many weeks ahead coverage, double-role and training are checked', '12')
    .option('--jobs <threads>', 'threads for the postmortems (default: one per core when there are many)')
    .action(async (o: CommonOptions & { format: OutputFormat; now?: string; horizon: string; jobs?: string }) => {
      oneFormat(o);
      exitCode = await (
        await import('./validate.js')
      ).runValidate(
        await rootOf(o),
        { format: o.json ? 'json' : o.format, now: o.now, horizon: o.horizon, jobs: o.jobs },
        io,
      );
    });

  common(program.command('who'))
    .description('who holds each schedule at an instant, after swaps')
    .option('--at <instant>', 'ISO-8601 instant (default: now)')
    .action(async (o: CommonOptions & { at?: string }) => {
      exitCode = await (await import('./schedule.js')).runWho(await rootOf(o), o, io);
    });

  common(program.command('schedule'))
    .description('the final shifts in a window (default: the next 4 weeks)')
    .option('--from <instant>', 'window start, ISO-8601 (default: now)')
    .option('--until <instant>', 'window end, ISO-8601 (default: 4 weeks after --from)')
    .option('--schedule <id>', 'only this schedule')
    .option('--person <id>', 'only this person')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown', 'mermaid']).default('text'),
    )
    .action(async (o: CommonOptions & WindowOptions & { format: ScheduleFormat }) => {
      oneFormat(o);
      exitCode = await (
        await import('./schedule.js')
      ).runSchedule(await rootOf(o), { ...o, format: o.json ? 'json' : o.format }, io);
    });

  common(program.command('calendar'), false)
    .description('the final shifts as iCalendar (RFC 5545), 4 weeks back to 26 weeks ahead by default')
    .option('--person <id>', 'only this person')
    .option('--schedule <id>', 'only this schedule')
    .option('--from <instant>', 'window start, ISO-8601')
    .option('--until <instant>', 'window end, ISO-8601')
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--site <dir>', 'write every feed (everyone, each schedule, each person) and an index.html to a folder')
    .action(async (o: CommonOptions & WindowOptions & { output?: string; site?: string }) => {
      exitCode = await (await import('./schedule.js')).runCalendar(await rootOf(o), o, io);
    });

  common(program.command('cover'))
    .description("who can take a stretch of someone's shift, best first, with the swap command for each")
    .requiredOption('--schedule <id>', 'the schedule whose shift needs cover')
    .requiredOption('--at <instant>', 'when the cover begins, ISO-8601')
    .option('--until <instant>', "when it ends (default: the end of that person's shift)")
    .requiredOption('--from <person>', 'the person who needs cover')
    .action(async (o: CommonOptions & CoverOptions) => {
      exitCode = await (await import('./cover.js')).runCover(await rootOf(o), o, io);
    });

  common(program.command('swap'))
    .description('write a swap file, check the policy with it, and show how to open the pull request')
    .requiredOption('--schedule <id>', 'the schedule whose shift is swapped')
    .requiredOption('--at <instant>', 'when the covering engineer takes over, ISO-8601')
    .option('--until <instant>', 'when the shift returns (default: the end of the relieved engineer’s shift)')
    .requiredOption('--from <person>', 'the engineer relieved of the shift')
    .requiredOption('--to <person>', 'the engineer who covers it')
    .requiredOption('--reason <text>', 'why, for reviewers and the team channel')
    .option('--payback <swap>', 'the swap file (without .yaml) that pays this one back')
    .option('--dry-run', 'show the effect without writing the file')
    .action(async (o: CommonOptions & SwapOptions) => {
      exitCode = await (await import('./swap.js')).runSwap(await rootOf(o), o, io);
    });

  const collect = (value: string, list: string[]) => [...list, value];
  const rotation = program
    .command('rotation')
    .description('change a rotation’s roster, or propose next quarter’s order');
  common(rotation.command('change'))
    .description('end a layer at a handoff and start the new roster there, moving only the turns it must')
    .requiredOption('--schedule <id>', 'the schedule whose roster changes')
    .option('--layer <id>', 'the layer (needed when the schedule has several running)')
    .option(
      '--add <person[@place]>',
      'add a member, at this place in the members list (1 = first; default last)',
      collect,
      [],
    )
    .option('--remove <person>', 'remove a member', collect, [])
    .option('--order <a,b,c>', 'the whole new order of the members')
    .requiredOption('--effective <when>', 'next-handoff, after-rotation, or a handoff as an ISO-8601 instant')
    .option('--dry-run', 'show the effect without writing rotations.yaml')
    .action(async (o: CommonOptions & RotationChangeOptions) => {
      exitCode = await (await import('./rotation.js')).runRotationChange(await rootOf(o), o, io);
    });
  common(rotation.command('propose'))
    .description('propose the turn order for a quarter that avoids declared leave and evens out the load')
    .requiredOption('--schedule <id>', 'the schedule whose layer is ordered')
    .requiredOption('--quarter <quarter>', 'the quarter to order, such as 2027Q2 (one that has not begun)')
    .option('--dry-run', 'show the proposal without writing rotations.yaml')
    .action(async (o: CommonOptions & RotationProposeOptions) => {
      exitCode = await (await import('./rotation-propose.js')).runRotationPropose(await rootOf(o), o, io);
    });

  const pagerduty = program
    .command('pagerduty')
    .description(
      'compare PagerDuty with the policy (plan), make it match (apply), adopt an account (import) or its overrides (adopt)',
    );
  for (const mode of ['plan', 'apply'] as const)
    common(pagerduty.command(mode))
      .description(
        mode === 'plan'
          ? 'show what apply would change; writes nothing'
          : 'change PagerDuty to match the policy; only what differs',
      )
      .option('--prune', 'also delete future overrides on managed schedules that no swap explains')
      .action(async (o: CommonOptions & { prune?: boolean }) => {
        exitCode = await (await import('./pagerduty.js')).runPagerDuty(await rootOf(o), mode, o, io);
      });

  common(pagerduty.command('import'))
    .description('write oncall/ from an existing PagerDuty account (a read-only key is enough)')
    .option('--force', 'replace the policy already in oncall/')
    .action(async (o: CommonOptions & { force?: boolean }) => {
      exitCode = await (await import('./pagerduty.js')).runPagerDutyImport(await rootOf(o, 'new'), o, io);
    });

  common(pagerduty.command('adopt'))
    .description('write the swap files that explain overrides made in PagerDuty without one')
    .action(async (o: CommonOptions) => {
      exitCode = await (await import('./pagerduty.js')).runPagerDutyAdopt(await rootOf(o), o, io);
    });

  common(program.command('postmortem').description('postmortems in the team template').command('new'), false)
    .description('write postmortems/<date>-<slug>.md from the template')
    .argument('<title>', 'what happened, in a few words')
    .option('--severity <id>', 'the severity from severities.yaml', 'P1')
    .option('--date <YYYY-MM-DD>', 'the day the incident began (default: today, UTC)')
    .action(async (title: string, o: CommonOptions & { severity?: string; date?: string }) => {
      exitCode = await (await import('./postmortem.js')).runPostmortemNew(await rootOf(o), title, o, io);
    });

  const report = program.command('report').description('hours per person: fairness over a quarter, pay by rate class');
  common(report.command('fairness'))
    .description('on-call hours per person: business, after hours, weekends, holidays; shifts and swaps')
    .option('--quarter <YYYYQn>', 'e.g. 2026Q4 (default: the current quarter, UTC)')
    .action(async (o: CommonOptions & { quarter?: string }) => {
      exitCode = await (await import('./report.js')).runReport(await rootOf(o), 'fairness', o, io);
    });
  common(report.command('compensation'))
    .description('covered hours per person by rate class (time trade, overtime, holiday) in a pay period')
    .option('--period <YYYY-MM | YYYY-MM-DD>', 'the pay period: a month, or a day inside it (default: today’s)')
    .option('--csv', 'CSV for payroll')
    .action(async (o: CommonOptions & { period?: string; csv?: boolean }) => {
      oneFormat(o);
      exitCode = await (await import('./report.js')).runReport(await rootOf(o), 'compensation', o, io);
    });

  common(program.command('docs'), false)
    .description('check the generated tables of docs/on-call.md; --write brings them up to date')
    .option('--write', 'rewrite the stale tables')
    .action(async (o: CommonOptions & { write?: boolean }) => {
      exitCode = await (await import('./docs.js')).runDocs(await rootOf(o), o, io);
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
    if (error instanceof PolicyError) {
      io.stderr(`oncall: ${error.message}\n`);
      return 1;
    }
    io.stderr(`oncall: ${(error as Error).message ?? String(error)}\n`);
    if (io.env.ONCALL_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 3;
  }
}
