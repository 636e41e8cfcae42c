/** The current status as the documents print it: the Manager's label in the language, and the badge colour. */
import type { Language, OrderStatus } from '../../domain/enums.ts';
import { statusInfo, type Badge } from '../../domain/statuses.ts';
import { dictionaryFor } from '../i18n/index.ts';

export function statusPresentation(status: OrderStatus, language: Language): { label: string; badge: Badge } {
  return { label: dictionaryFor(language).statuses[status], badge: statusInfo(status).badge };
}
