import { useEffect, useState } from 'preact/hooks';
import { relativeTimeText } from '../../../format/relativeTime';

/** "3 min ago", kept current while the detail stays open (once every 30 s is enough for minutes). */
export function RelativeTime({ unixSeconds }: { readonly unixSeconds: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 30_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return <span data-testid="detail-created-relative">{relativeTimeText(unixSeconds, now)}</span>;
}
