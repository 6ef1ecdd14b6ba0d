/** Every rule `oncall validate` runs, in the order their findings read best. */
import {
  businessHoursOrder,
  incidentTargets,
  layerEndsAfterStart,
  payPeriodAnchor,
  uniqueHolidays,
} from './calendar.js';
import { pathMatchesPolicy } from './contacts.js';
import { firstDelayWithinTarget, minimumDelay, policyUsed, scheduleUsed } from './escalation.js';
import { uniqueAccounts, uniqueIds, uniquePagerDutyIds } from './identity.js';
import { knownHolidayCalendars, knownPeople, knownPolicies, knownSchedules, knownSeverities } from './references.js';
import type { Rule } from './rule.js';
import { coverageGaps, doubleRole, trainedOnCall } from './schedule.js';
import { changeOnHandoff, rosterSeam } from './seams.js';
import { swapFileName, swapHeld, swapPayback, swapPeriod, swapTooFarAhead } from './swaps.js';
import { managerChain, managerRequired, todoPending } from './team.js';
import { onLeave, timeOffPeriods } from './time-off.js';
import { quarterLoad, quarterlyDuties } from './training.js';

export const RULES: readonly Rule[] = [
  uniqueIds,
  uniqueAccounts,
  uniquePagerDutyIds,
  knownPeople,
  knownSchedules,
  knownPolicies,
  knownSeverities,
  knownHolidayCalendars,
  managerRequired,
  managerChain,
  todoPending,
  minimumDelay,
  firstDelayWithinTarget,
  policyUsed,
  scheduleUsed,
  pathMatchesPolicy,
  layerEndsAfterStart,
  businessHoursOrder,
  incidentTargets,
  payPeriodAnchor,
  uniqueHolidays,
  rosterSeam,
  changeOnHandoff,
  swapPeriod,
  swapPayback,
  swapFileName,
  swapHeld,
  swapTooFarAhead,
  coverageGaps,
  doubleRole,
  trainedOnCall,
  timeOffPeriods,
  onLeave,
  quarterlyDuties,
  quarterLoad,
];
