import type { Days } from '../day-totals';
import type { ClockState } from './state';

/** The clock and the daily totals it books into; stored as two items, reduced together. */
export type ClockModel = { clock: ClockState; days: Days };
