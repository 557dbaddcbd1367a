// A service's and the project's call and directions links: the dialer gets the international
// number, the map app the address.

import { expect, test } from 'vitest';
import { directionsHref, telHref } from '../src/places';

test('a number written the UK way is dialled in international form', () => {
  expect(telHref('0141 496 0321')).toBe('tel:+441414960321');
  expect(telHref('+44 141 496 0100')).toBe('tel:+441414960100');
  expect(telHref('not a number')).toBeNull();
});

test('directions open the map app on Android and OpenStreetMap elsewhere', () => {
  const address = '5 Elliot Lane, Glasgow G3 8EX';
  expect(directionsHref(address, 'Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe('geo:0,0?q=5%20Elliot%20Lane%2C%20Glasgow%20G3%208EX');
  expect(directionsHref(address, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe(
    'https://www.openstreetmap.org/search?query=5%20Elliot%20Lane%2C%20Glasgow%20G3%208EX',
  );
});
