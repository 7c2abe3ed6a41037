import { indexPath, keyPath } from '../issuePath';

/**
 * The path to the value being visited, as keys and indexes: turned into text (`choices[0].x`)
 * only where it is needed (an extension found, a failure noted), since almost every value
 * visited is neither.
 */
export type PathStep = string | number;

/** The steps as the issues and the extensions spell a path (issuePath.ts). */
export const pathText = (steps: readonly PathStep[]): string => {
  let path = '';
  for (const step of steps) path = typeof step === 'number' ? indexPath(path, step) : keyPath(path, step);
  return path;
};
