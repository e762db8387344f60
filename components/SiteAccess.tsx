/**
 * "Always run on this site": asks the browser for this one origin. Until then Reverie
 * touches a page only when invoked there (activeTab).
 */
import { useEffect, useState } from 'react';

export interface SiteAccessApi {
  contains(origin: string): Promise<boolean>;
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<boolean>;
}

interface Props {
  /** The match pattern for this page's origin, or null where access cannot be granted. */
  origin: string | null;
  /** Null where this browser lets only its own menu grant sites (Firefox). */
  api: SiteAccessApi | null;
  onMessage: (message: string) => void;
}

export function SiteAccess({ origin, api, onMessage }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    if (origin && api) void api.contains(origin).then(setGranted, () => setGranted(false));
  }, [origin, api]);
  if (!origin) return null;
  if (!api) {
    return (
      <p className="site-access hint">
        To run on this site without opening Reverie first, allow it in the browser’s Extensions menu.
      </p>
    );
  }
  if (granted === null) return null;

  const site = origin.replace(/\/\*$/, '');
  const toggle = async (want: boolean) => {
    try {
      const changed = want ? await api.request(origin) : await api.remove(origin);
      if (changed) setGranted(want);
      onMessage(
        !changed
          ? 'Site access unchanged'
          : want
            ? `Reverie will run on ${site} from now on`
            : `Reverie will run on ${site} only when you open it`,
      );
    } catch {
      onMessage('The browser did not allow changing site access');
    }
  };

  return (
    <div className="site-access">
      <input
        id="site-access"
        type="checkbox"
        checked={granted}
        onChange={(e) => void toggle(e.target.checked)}
      />
      <label htmlFor="site-access">Always run on this site</label>
    </div>
  );
}
