import type { ComponentChildren } from 'preact';

type SectionProps = { readonly title: string; readonly testid?: string; readonly children: ComponentChildren };

/** A titled block of the detail view, like the collapsible sections of DevTools' Headers tab. */
export function DetailSection({ title, testid, children }: SectionProps) {
  return (
    <section class="detail-section" data-testid={testid}>
      <h3 class="detail-section__title">{title}</h3>
      {children}
    </section>
  );
}

type FieldProps = {
  readonly label: string;
  readonly testid: string;
  readonly mono?: boolean;
  readonly children: ComponentChildren;
};

/** One label: value line; use inside a <FieldList>. */
export function Field({ label, testid, mono = false, children }: FieldProps) {
  return (
    <div class="field">
      <dt class="field__label">{label}</dt>
      <dd class={mono ? 'field__value field__value--mono' : 'field__value'} data-testid={testid}>
        {children}
      </dd>
    </div>
  );
}

export function FieldList({ children }: { readonly children: ComponentChildren }) {
  return <dl class="field-list">{children}</dl>;
}

/** A value the response did not carry, visibly different from an empty string or 0. */
export function Missing({ text = 'not reported' }: { readonly text?: string }) {
  return <span class="missing">{text}</span>;
}
