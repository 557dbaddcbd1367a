// Links that hand a place or a number to the phone's own apps: the dialer with the number in
// international form (a UK number written the UK way works from any phone, at home or abroad),
// and the map app with an address: `geo:` on Android, which offers every installed map app,
// and OpenStreetMap's search elsewhere (iOS and desktops have no `geo:` handler).

import { internationalDigits } from './contacts';

/** `tel:+44…` for a phone number as written; `null` when it is not a number. */
export function telHref(phone: string): string | null {
  const digits = internationalDigits(phone);
  return digits ? `tel:+${digits}` : null;
}

/** Where "Directions" goes for `address`, on the platform named by `userAgent`. */
export function directionsHref(address: string, userAgent: string = globalThis.navigator?.userAgent ?? ''): string {
  const q = encodeURIComponent(address);
  return /android/i.test(userAgent) ? `geo:0,0?q=${q}` : `https://www.openstreetmap.org/search?query=${q}`;
}
