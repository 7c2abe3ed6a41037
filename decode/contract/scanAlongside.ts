import type { ValueScan } from '../parseJson';
import { isHuge, MAX_JSON_DEPTH, scanInto } from '../parseJson';
import type { PathStep } from './walkPath';

/**
 * The walk standing in for parseJson's scan (numbers beyond 2^53, nesting beyond MAX_JSON_DEPTH),
 * for a value parsed without one: a stream chunk is then walked once, not twice (decodeStream).
 * The walk notes the numbers among the values it visits and the depth of the containers it
 * enters, and hands what it does not walk itself (extension values, objects where the contract
 * wants something else) to parseJson's own scan.
 */

/** The part of a walk (walkContract.ts) that scans, when it was given a scan to fill. */
export interface ScanningWalk {
  readonly steps: readonly PathStep[];
  /** Object.keys rather than for...in (see enumerableInheritance.ts). */
  readonly ownKeys: boolean;
  readonly scan: ValueScan | undefined;
}

/** Scans a value the walk does not go into. */
export const scanUnwalked = (walk: ScanningWalk, value: unknown): void => {
  // A value at the current path is at level steps + 1 (the root is level 1).
  if (walk.scan !== undefined) scanInto(value, MAX_JSON_DEPTH - walk.steps.length, walk.scan, walk.ownKeys);
};

/** Notes a number the walk visits that may have lost digits to JSON.parse. */
export const scanNumber = (walk: ScanningWalk, value: number): void => {
  if (walk.scan !== undefined && isHuge(value)) walk.scan.hugeNumber = true;
};

/**
 * Notes a container the walk enters too deep. Known parts nest no deeper than the contract, far
 * below the limit; counted all the same.
 */
export const scanDepth = (walk: ScanningWalk): void => {
  if (walk.scan !== undefined && walk.steps.length >= MAX_JSON_DEPTH) walk.scan.tooDeep = true;
};
