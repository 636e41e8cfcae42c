/** The Manager's status and tracking-step labels in a language (from its dictionary). */
import type { Language, OrderStatus, TrackingStep } from '../../domain/enums.ts';
import { dictionaryFor } from './index.ts';

export function statusLabel(status: OrderStatus, language: Language): string {
  return dictionaryFor(language).statuses[status];
}

export function stepLabel(step: TrackingStep, language: Language): string {
  return dictionaryFor(language).steps[step];
}
