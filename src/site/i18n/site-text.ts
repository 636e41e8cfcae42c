/** The site's own words (pages, tables, tracker, withdrawal), typed so no language misses one. */
import type { HistoryEvent, Language, OrderStatus, StepState } from '../../domain/enums.ts';
import type { ListPage } from '../routes.ts';
import type { WithdrawalReasonCode } from '../../domain/withdrawal/reasons.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';

export interface SiteText {
  readonly locale: string;
  readonly nav: { readonly group: string; readonly orders: string; readonly statuses: string; readonly home: string };
  readonly languageSwitch: string;
  readonly list: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly asOf: (date: string) => string;
    readonly tabsLabel: string;
    readonly tabs: Readonly<Record<ListPage, string>>;
    readonly tabHelp: Readonly<Record<ListPage, string>>;
    readonly columns: { readonly date: string; readonly number: string; readonly status: string; readonly amount: string };
    readonly caption: (count: number, view: string) => string;
    readonly empty: string;
    readonly expiredTag: string;
  };
  readonly order: {
    readonly title: (id: number) => string;
    readonly description: (id: number, status: string) => string;
    readonly back: string;
    readonly summary: string;
    readonly created: string;
    readonly expires: string;
    readonly neverExpires: string;
    readonly expiredOn: string;
    readonly status: string;
    readonly customer: string;
    readonly subsidiary: string;
    readonly totalHT: string;
    readonly totalVAT: string;
    readonly totalTTC: string;
    readonly lines: string;
    readonly quantity: string;
    readonly documents: string;
    readonly formHtml: string;
    readonly formPdf: string;
    readonly tracking: string;
    readonly trackingIntro: string;
    readonly noEvent: string;
    readonly withdrawal: string;
    readonly withdrawalOpen: (deadline: string) => string;
    readonly withdrawalClosed: (deadline: string) => string;
    readonly withdrawalNoRight: string;
    readonly withdrawalNotOpen: string;
    readonly requested: (date: string) => string;
    readonly eligible: string;
    readonly notEligible: string;
    readonly refund: (amount: string, due: string) => string;
    readonly summaryHtml: string;
    readonly summaryPdf: string;
  };
  /** What each status means and what the customer should do (the state reference page). */
  readonly statusDetails: Readonly<Record<OrderStatus, { readonly meaning: string; readonly action: string }>>;
  readonly stepStates: Readonly<Record<StepState, string>>;
  readonly events: Readonly<Record<HistoryEvent, string>>;
  readonly reasons: Readonly<Record<WithdrawalReasonCode, string>>;
  readonly statuses: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly columns: {
      readonly status: string;
      readonly meaning: string;
      readonly action: string;
      readonly next: string;
      readonly step: string;
    };
    readonly apiName: string;
    readonly final: string;
    readonly stepDepends: string;
    readonly outsideLifecycle: string;
    readonly noStep: string;
    readonly tracker: string;
  };
  readonly diagnostics: { readonly title: string; readonly intro: (count: number) => string };
  readonly home: { readonly title: string; readonly tagline: string; readonly guides: string; readonly tools: string };
}

/** One file per language, all of the same type: a missing key is a type error. */
const TEXTS: Readonly<Record<Language, SiteText>> = { fr, en, de, es, it, pl, pt };

/** The site's words in a language. */
export function siteText(lang: Language): SiteText {
  return TEXTS[lang];
}
