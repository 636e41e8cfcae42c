/** The current status as the form prints it: the Manager's label and badge colour. */
import type { Language, OrderStatus } from '../../domain/enums.ts';
import { statusInfo, type Badge } from '../../domain/statuses.ts';

export function statusPresentation(status: OrderStatus, language: Language): { label: string; badge: Badge } {
  const info = statusInfo(status);
  return { label: info.label[language], badge: info.badge };
}
