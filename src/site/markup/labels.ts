/** The words the guide markup adds to a page, per site language. */
import type { Language } from '../../domain/enums.ts';

export const CALLOUT_TYPES = ['primary', 'alert', 'warning', 'hint', 'note', 'success', 'secondary', 'info'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface MarkupLabels {
  readonly callouts: Readonly<Record<CalloutType, string>>;
  readonly faq: string;
  readonly external: string;
  readonly missingImage: string;
}

export const MARKUP_LABELS: Readonly<Record<Language, MarkupLabels>> = {
  fr: {
    callouts: {
      primary: 'À savoir',
      alert: 'Attention, important',
      warning: 'Avertissement',
      hint: 'Astuce',
      note: 'Remarque',
      success: 'C’est fait',
      secondary: 'Pour aller plus loin',
      info: 'Information',
    },
    faq: 'Questions fréquentes',
    external: '(site externe)',
    missingImage: 'Capture d’écran non fournie',
  },
  en: {
    callouts: {
      primary: 'Good to know',
      alert: 'Important',
      warning: 'Warning',
      hint: 'Tip',
      note: 'Note',
      success: 'Done',
      secondary: 'Going further',
      info: 'Information',
    },
    faq: 'Frequently asked questions',
    external: '(external site)',
    missingImage: 'Screenshot not provided',
  },
};
