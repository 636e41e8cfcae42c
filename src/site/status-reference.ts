/** The rows of the state reference page, straight from the domain catalogue and lifecycle. */
import type { Language, OrderStatus, TrackingStep } from '../domain/enums.ts';
import { ORDER_STATUSES, TRACKING_STEPS } from '../domain/enums.ts';
import { ALLOWED_TRANSITIONS } from '../domain/lifecycle.ts';
import { statusInfo, type Badge } from '../domain/statuses.ts';
import { statusLabel, stepLabel } from '../render/i18n/labels.ts';
import { siteText } from './i18n/site-text.ts';

export interface StatusReferenceRow {
  readonly status: OrderStatus;
  readonly label: string;
  readonly badge: Badge;
  readonly meaning: string;
  readonly action: string;
  readonly next: readonly { readonly status: OrderStatus; readonly label: string; readonly badge: Badge }[];
  /** Shown instead of an empty `next` list: a final status, or `unknown` (outside the lifecycle). */
  readonly noNext: string;
  /** "Votre commande est prise en compte — Bloquée", or why there is no fixed step. */
  readonly step: string;
}

export function statusReference(lang: Language): StatusReferenceRow[] {
  const text = siteText(lang);
  const states = text.stepStates;
  return ORDER_STATUSES.map((status) => {
    const info = statusInfo(status);
    const tracking = info.tracking;
    return {
      status,
      label: statusLabel(status, lang),
      badge: info.badge,
      meaning: text.statusDetails[status].meaning,
      action: text.statusDetails[status].action,
      next: ALLOWED_TRANSITIONS[status].map((next) => ({ status: next, label: statusLabel(next, lang), badge: statusInfo(next).badge })),
      noNext: status === 'unknown' ? text.statuses.outsideLifecycle : text.statuses.final,
      step:
        tracking !== undefined
          ? `${stepLabel(tracking.step, lang)} — ${states[tracking.state]}`
          : status === 'unknown'
            ? text.statuses.noStep
            : text.statuses.stepDepends,
    };
  });
}

export function trackingStepsReference(lang: Language): { step: TrackingStep; label: string }[] {
  return TRACKING_STEPS.map((step) => ({ step, label: stepLabel(step, lang) }));
}
