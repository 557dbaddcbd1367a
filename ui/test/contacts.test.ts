// The contact buttons a newcomer taps: each must open the right app with the right number.

import { describe, expect, test } from 'vitest';
import { contactLinks, internationalDigits } from '../src/contacts';

describe('contact links', () => {
  test('numbers typed the UK way, or internationally, become international digits', () => {
    expect(internationalDigits('07700 900101')).toBe('447700900101');
    expect(internationalDigits('+44 7700 900-101')).toBe('447700900101');
    expect(internationalDigits('0044 7700 900101')).toBe('447700900101');
    expect(internationalDigits('+963 944 123 456')).toBe('963944123456');
    expect(internationalDigits('amal.01')).toBeNull();
    expect(internationalDigits('123')).toBeNull();
  });

  test('a phone number can be called or texted', () => {
    expect(contactLinks({ channel: 'phone', value: '0141 496 0000', visible_to: 'everyone' })).toEqual([
      { kind: 'call', href: 'tel:+441414960000' },
      { kind: 'text', href: 'sms:+441414960000' },
    ]);
  });

  test('WhatsApp and Signal open their own apps', () => {
    expect(contactLinks({ channel: 'whatsapp', value: '07700 900101', visible_to: 'volunteers' })).toEqual([
      { kind: 'whatsapp', href: 'https://wa.me/447700900101' },
    ]);
    expect(contactLinks({ channel: 'signal', value: '+44 7700 900102', visible_to: 'everyone' })).toEqual([
      { kind: 'signal', href: 'https://signal.me/#p/+447700900102' },
    ]);
    // A Signal user name cannot be linked to: it is shown, not a button.
    expect(contactLinks({ channel: 'signal', value: 'amal.01', visible_to: 'everyone' })).toEqual([]);
  });

  test('an email address opens the mail app; anything else makes no link', () => {
    expect(contactLinks({ channel: 'email', value: ' amal@example.org ', visible_to: 'everyone' })).toEqual([
      { kind: 'email', href: 'mailto:amal@example.org' },
    ]);
    expect(contactLinks({ channel: 'email', value: 'javascript:alert(1)', visible_to: 'everyone' })).toEqual([]);
  });
});
