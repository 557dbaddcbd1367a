// Inline SVG icons shipped with the app (nothing is fetched). Drawn on a 24-unit grid with a
// stroke, decorative only: every icon sits beside a text label, so each is aria-hidden.

import type { Topic } from './types';

const paths: Record<Topic | 'home' | 'search' | 'services' | 'volunteers' | 'settings', string> = {
  'first-steps': 'M5 20h3v-4h3v-4h3V8h3V4h3M5 20v0',
  housing: 'M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6',
  employment: 'M4 8h16v11H4zM9 8V5h6v3M4 13h16',
  education: 'M2 9l10-5 10 5-10 5zM6 11v5c3 3 9 3 12 0v-5M22 9v6',
  health: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10zM9 11h6M12 8v6',
  leisure: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  'social-connections': 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-4 3-6 6-6s6 2 6 6M12 15c1-1 2.5-1 4-1 3 0 6 2 6 6',
  'language-culture': 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  'safety-stability': 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6zM9 12l2 2 4-4',
  'digital-skills': 'M7 3h10v18H7zM11 18h2',
  'rights-responsibilities': 'M12 4v16M6 20h12M5 8h14M5 8l-3 6h6zM19 8l-3 6h6z',
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM16 16l5 5',
  services: 'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11zM12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  volunteers: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-7 8-7s8 3 8 7',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2 .2-1.5-1.5L16.7 4l-3-1-1 2h-1.4l-1-2-3 1 .2 2.3L6 7.7 4 7.5 3 10.5l2 1v1l-2 1 1 3 2-.2 1.5 1.5-.2 2.2 3 1 1-2h1.4l1 2 3-1-.2-2.2 1.5-1.5 2 .2 1-3-2-1z',
};

export type IconName = keyof typeof paths;

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
