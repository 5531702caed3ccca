import type { HalfYear } from "./period";

// The statutory floor: the share of mutaties allocated to statutory urgents must be at least a percentage set by the
// ministerial regulation (15% now). It is a region setting with history, applied per half year.

export interface FloorSetting {
  /** The first half year the percentage applies to. */
  from: HalfYear;
  percent: number;
}

export const STATUTORY_FLOOR_PERCENT = 15;

/** The percentage that applies in a half year: the latest setting that starts at or before it. */
export function floorFor(history: readonly FloorSetting[], period: HalfYear): number {
  let percent = STATUTORY_FLOOR_PERCENT;
  let from: HalfYear | null = null;
  for (const setting of history) {
    if (setting.from <= period && (from === null || setting.from >= from)) {
      percent = setting.percent;
      from = setting.from;
    }
  }
  return percent;
}

export interface FloorCheck {
  mutations: number;
  allocations: number;
  floorPercent: number;
  /** allocations ÷ mutations in per cent; null without mutaties. */
  sharePercent: number | null;
  meets: boolean;
  /** How many more allocations would have reached the floor; 0 when it is met. */
  short: number;
}

// Percentages such as 15 or 17.5 are not exact in binary; a tiny tolerance keeps "exactly at the floor" at the floor.
const EPSILON = 1e-9;

export function checkFloor(mutations: number, allocations: number, floorPercent: number): FloorCheck {
  const required = (floorPercent * mutations) / 100;
  const meets = allocations + EPSILON >= required;
  return {
    mutations,
    allocations,
    floorPercent,
    sharePercent: mutations === 0 ? null : (allocations / mutations) * 100,
    meets,
    short: meets ? 0 : Math.ceil(required - allocations - EPSILON),
  };
}
