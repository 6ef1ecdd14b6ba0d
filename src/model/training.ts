/** The training record against the procedures' "Before First Shift" list. */
import { BEFORE_FIRST_SHIFT_ITEMS, type BeforeFirstShiftItem, type Person } from './types.js';

export const TRAINING_LABELS: Record<BeforeFirstShiftItem, string> = {
  training_session: 'on-call training session',
  shadow_shift: 'shadow shift',
  runbook_review: 'runbook review',
  access_verified: 'access verified (PagerDuty, Sentry, servers)',
  alert_test: 'alert test to phone',
  incident_drill: 'incident response drill',
};

/** The "Before First Shift" items a person has not completed. */
export function missingBeforeFirstShift(person: Person): BeforeFirstShiftItem[] {
  const done = person.training?.before_first_shift ?? {};
  return BEFORE_FIRST_SHIFT_ITEMS.filter((item) => !done[item]);
}
