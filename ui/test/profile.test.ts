// What the profile editor sends: what the volunteer meant, nothing they did not.

import { describe, expect, test } from 'vitest';
import { draftOf, paramsOf } from '../src/screens/Profile';
import type { MyProfile, Volunteer } from '../src/types';

const stored: Volunteer = {
  id: '0193-x',
  slug: 'volunteer-abc',
  display_name: 'Amal',
  languages: [{ lang: 'ar', level: 'native' }],
  topics: ['housing'],
  availability: { tue: ['18:00-20:00', '21:00-22:00'] },
  contacts: [{ channel: 'phone', value: '07700 900101', visible_to: 'volunteers' }],
  about: { ar: 'مرحبا', fr: 'Bonjour' },
};
const mine: MyProfile = { profile: stored, pending: 0, previews: { everyone: stored, volunteers: stored } };

describe('profile editor', () => {
  test('an unedited form sends the profile back unchanged', () => {
    const { about, ...rest } = paramsOf(draftOf(mine, 'en'));
    expect(rest).toEqual({
      display_name: 'Amal',
      languages: stored.languages,
      topics: ['housing'],
      availability: stored.availability,
      contacts: stored.contacts,
      away_until: null,
    });
    // About texts only in languages the volunteer still lists as spoken.
    expect(about).toEqual({ ar: 'مرحبا' });
  });

  test('a new profile starts in the reader language; blanks are dropped and names trimmed', () => {
    const draft = draftOf(null, 'fa');
    expect(draft.languages).toEqual([{ lang: 'fa', level: 'native' }]);
    draft.display_name = '  Reza ';
    draft.days = {
      sat: [
        { from: '10:00', to: '12:00' },
        { from: '18:00', to: '' },
      ],
      sun: [{ from: '', to: '' }],
    };
    draft.contacts = [
      { channel: 'email', value: ' reza@example.org ', visible_to: 'everyone' },
      { channel: 'phone', value: '   ', visible_to: 'coordinators' },
    ];
    draft.about = { fa: '  ', en: 'Hello' };
    draft.away_until = '2026-12-24';
    const params = paramsOf(draft);
    expect(params.display_name).toBe('Reza');
    expect(params.availability).toEqual({ sat: ['10:00-12:00'] });
    expect(params.contacts).toEqual([{ channel: 'email', value: 'reza@example.org', visible_to: 'everyone' }]);
    expect(params.about).toEqual({});
    expect(params.away_until).toBe('2026-12-24');
  });
});
