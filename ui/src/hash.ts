// The location's hash as state, for the app's and the desk's hash routes.

import { useEffect, useState } from 'preact/hooks';

/** The current `location.hash`, updated on every `hashchange`. */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    // A hash that changed between the first render and now fired no event we heard.
    onHash();
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}
