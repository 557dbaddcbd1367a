// How each way of reaching a volunteer opens the right app: a phone number the dialler and
// messages, WhatsApp and Signal their own links (which a phone hands to the installed app),
// an email address the mail app. Only these schemes are ever built; the desktop shell opens
// them with the system's handler.

import type { Contact } from './types';

/** Numbers written the UK way ("07700 900101") are UK numbers: the project is in Glasgow. */
export const HOME_COUNTRY_CODE = '44';

/** The digits of a number in international form, as links need them; `null` if it has none. */
export function internationalDigits(value: string): string | null {
  const typed = value.trim();
  if (/[a-z]/i.test(typed)) return null; // a user name, not a number
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 6) return null;
  if (typed.startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return HOME_COUNTRY_CODE + digits.slice(1);
  return digits;
}

export type LinkKind = 'call' | 'text' | 'whatsapp' | 'signal' | 'email';
export interface ContactLink {
  kind: LinkKind;
  href: string;
}

/** The buttons a contact gets; none when its value cannot make a working link. */
export function contactLinks(contact: Contact): ContactLink[] {
  const digits = internationalDigits(contact.value);
  switch (contact.channel) {
    case 'phone':
      return digits
        ? [
            { kind: 'call', href: `tel:+${digits}` },
            { kind: 'text', href: `sms:+${digits}` },
          ]
        : [];
    case 'whatsapp':
      return digits ? [{ kind: 'whatsapp', href: `https://wa.me/${digits}` }] : [];
    case 'signal':
      return digits ? [{ kind: 'signal', href: `https://signal.me/#p/+${digits}` }] : [];
    case 'email': {
      const address = contact.value.trim();
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? [{ kind: 'email', href: `mailto:${address}` }] : [];
    }
  }
}
