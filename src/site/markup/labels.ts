/** The words the guide markup adds to a page, per site language. */
import type { Language } from '../../domain/enums.ts';

export const CALLOUT_TYPES = ['primary', 'alert', 'warning', 'hint', 'note', 'success', 'secondary', 'info'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface MarkupLabels {
  readonly callouts: Readonly<Record<CalloutType, string>>;
  readonly faq: string;
  /** The title of an `[!api]` callout (a list of API calls). */
  readonly api: string;
  /** The title of a `/// details` block written without one. */
  readonly details: string;
  /** Before the described link that replaces an embedded frame (`<iframe>`). */
  readonly embedded: string;
  readonly external: string;
  readonly missingImage: string;
}

export const MARKUP_LABELS: Readonly<Partial<Record<Language, MarkupLabels>>> & { readonly en: MarkupLabels } = {
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
    api: 'Appels à l’API OVHcloud',
    details: 'Détails',
    embedded: 'Contenu intégré (ouvre un autre site) :',
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
    api: 'OVHcloud API calls',
    details: 'Details',
    embedded: 'Embedded content (opens another site):',
    external: '(external site)',
    missingImage: 'Screenshot not provided',
  },
};

/** The markup's words in a site language; English for a language that has none yet. */
export function markupLabels(lang: Language): MarkupLabels {
  return MARKUP_LABELS[lang] ?? MARKUP_LABELS.en;
}
