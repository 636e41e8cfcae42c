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
  de: {
    callouts: {
      primary: 'Gut zu wissen',
      alert: 'Achtung, wichtig',
      warning: 'Warnung',
      hint: 'Tipp',
      note: 'Hinweis',
      success: 'Erledigt',
      secondary: 'Weiterführende Informationen',
      info: 'Information',
    },
    faq: 'Häufig gestellte Fragen',
    api: 'Aufrufe der OVHcloud-API',
    details: 'Details',
    embedded: 'Eingebetteter Inhalt (öffnet eine andere Website):',
    external: '(externe Website)',
    missingImage: 'Bildschirmfoto nicht vorhanden',
  },
  es: {
    callouts: {
      primary: 'Conviene saber',
      alert: 'Atención, importante',
      warning: 'Advertencia',
      hint: 'Consejo',
      note: 'Nota',
      success: 'Hecho',
      secondary: 'Para ir más lejos',
      info: 'Información',
    },
    faq: 'Preguntas frecuentes',
    api: 'Llamadas a la API de OVHcloud',
    details: 'Detalles',
    embedded: 'Contenido integrado (abre otro sitio):',
    external: '(sitio externo)',
    missingImage: 'Captura de pantalla no disponible',
  },
  it: {
    callouts: {
      primary: 'Da sapere',
      alert: 'Attenzione, importante',
      warning: 'Avvertenza',
      hint: 'Suggerimento',
      note: 'Nota',
      success: 'Fatto',
      secondary: 'Per saperne di più',
      info: 'Informazione',
    },
    faq: 'Domande frequenti',
    api: 'Chiamate all’API OVHcloud',
    details: 'Dettagli',
    embedded: 'Contenuto incorporato (apre un altro sito):',
    external: '(sito esterno)',
    missingImage: 'Screenshot non disponibile',
  },
  pl: {
    callouts: {
      primary: 'Warto wiedzieć',
      alert: 'Uwaga, ważne',
      warning: 'Ostrzeżenie',
      hint: 'Wskazówka',
      note: 'Uwaga',
      success: 'Gotowe',
      secondary: 'Więcej informacji',
      info: 'Informacja',
    },
    faq: 'Najczęściej zadawane pytania',
    api: 'Wywołania API OVHcloud',
    details: 'Szczegóły',
    embedded: 'Treść osadzona (otwiera inną witrynę):',
    external: '(strona zewnętrzna)',
    missingImage: 'Brak zrzutu ekranu',
  },
  pt: {
    callouts: {
      primary: 'A saber',
      alert: 'Atenção, importante',
      warning: 'Aviso',
      hint: 'Dica',
      note: 'Nota',
      success: 'Concluído',
      secondary: 'Para ir mais longe',
      info: 'Informação',
    },
    faq: 'Perguntas frequentes',
    api: 'Chamadas à API OVHcloud',
    details: 'Detalhes',
    embedded: 'Conteúdo incorporado (abre outro site):',
    external: '(site externo)',
    missingImage: 'Captura de ecrã não disponível',
  },
};

/** The markup's words in a site language. */
export function markupLabels(lang: Language): MarkupLabels {
  return MARKUP_LABELS[lang];
}
