/**
 * A gear, the usual sign for settings: eight teeth around a hole, drawn inline (the pages' CSP
 * fetches nothing). Decorative: the control that shows it carries the accessible name.
 */
export function GearIcon({ class: className = 'toolbar__icon' }: { readonly class?: string }) {
  return (
    <svg class={className} viewBox="0 0 16 16" aria-hidden="true" data-icon="gear">
      <path
        fill="currentColor"
        fill-rule="evenodd"
        d="M13.25 6.74L15.14 7.04L15.14 8.96L13.25 9.26L12.6 10.82L13.72 12.37L12.37 13.72L10.82 12.6L9.26 13.25L8.96 15.14L7.04 15.14L6.74 13.25L5.18 12.6L3.63 13.72L2.28 12.37L3.4 10.82L2.75 9.26L0.86 8.96L0.86 7.04L2.75 6.74L3.4 5.18L2.28 3.63L3.63 2.28L5.18 3.4L6.74 2.75L7.04 0.86L8.96 0.86L9.26 2.75L10.82 3.4L12.37 2.28L13.72 3.63L12.6 5.18Z M10.4 8a2.4 2.4 0 1 0 -4.8 0a2.4 2.4 0 1 0 4.8 0Z"
      />
    </svg>
  );
}
