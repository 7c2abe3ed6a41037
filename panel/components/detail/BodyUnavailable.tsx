type Props = { readonly reason: string | undefined };

/** The browser gave no body (evicted from the inspector cache, getContent failed): say so and why. */
export function BodyUnavailable({ reason }: Props) {
  return (
    <p class="notice notice--warning" data-testid="detail-body-unavailable" role="status">
      Body unavailable
      {reason === undefined ? null : (
        <>
          : <span data-testid="detail-body-unavailable-reason">{reason}</span>
        </>
      )}
    </p>
  );
}
