/** The vocabulary of the schedule engine. Instants are epoch milliseconds (UTC) throughout. */

export interface Interval {
  start: number;
  /** Exclusive. */
  end: number;
}

export type ShiftSource = 'rotation' | 'swap';

/** A person on call for one schedule over [start, end). A schedule's shifts never overlap. */
export interface Shift extends Interval {
  schedule: string;
  person: string;
  source: ShiftSource;
  /** The layer that produced a rotation shift. */
  layer?: string;
  /** The swap (file name without .yaml) that produced a swap shift. */
  swap?: string;
}

/** One layer's turn: who holds it, over which part of the window (restrictions already applied). */
export interface Segment extends Interval {
  person: string;
  layer: string;
}
