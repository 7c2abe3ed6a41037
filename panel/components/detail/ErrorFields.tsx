import type { ExchangeError } from '../../../decode/index';
import { DetailSection, Field, FieldList, Missing } from './DetailSection';

type Props = { readonly error: ExchangeError };

/** The provider's error object: message, type and code (code may be a number or a string). */
export function ErrorFields({ error }: Props) {
  return (
    <DetailSection title="Error" testid="detail-error">
      <FieldList>
        <Field label="message" testid="detail-error-message">
          <pre class="text-block text-block--error">{error.message}</pre>
        </Field>
        <Field label="type" testid="detail-error-type" mono>
          {error.type === undefined || error.type === null ? <Missing text="not given" /> : error.type}
        </Field>
        <Field label="code" testid="detail-error-code" mono>
          {error.code === undefined || error.code === null ? <Missing text="not given" /> : String(error.code)}
        </Field>
      </FieldList>
    </DetailSection>
  );
}
