import { BEYOND_SAFE_NOTE } from './preciseDigits';
import './precise.css';

/**
 * An integer beyond 2^53 with the digits the server sent, marked so nobody takes the JavaScript
 * value (which would read 12345678901234567000 for 12345678901234567890) for what came.
 */
export function PreciseDigits({ text, testid }: { readonly text: string; readonly testid?: string }) {
  return (
    <span class="precise-number" title={BEYOND_SAFE_NOTE} data-precise="true" data-testid={testid}>
      {text}
    </span>
  );
}
