/**
 * Payment means (DOMAIN.md §1, area 4): only those allowed for the subsidiary's country and
 * the account type may be offered; the reference data (`data/subsidiaries.yaml`) decides.
 */
import type { CustomerType, PaymentMean } from './enums.ts';
import type { Subsidiary } from './subsidiary.ts';

export function allowedMeans(subsidiary: Subsidiary, customerType: CustomerType): readonly PaymentMean[] {
  return subsidiary.paymentMeans[customerType];
}

export function isMeanAllowed(subsidiary: Subsidiary, customerType: CustomerType, mean: PaymentMean): boolean {
  return allowedMeans(subsidiary, customerType).includes(mean);
}

/** The means offered on the form: the fixture's own list when given, else every allowed mean. */
export function offeredMeans(
  subsidiary: Subsidiary,
  customerType: CustomerType,
  listed?: readonly PaymentMean[],
): readonly PaymentMean[] {
  return listed ?? allowedMeans(subsidiary, customerType);
}

/** The means of `listed` that are not allowed, in their order, without repeats. */
export function disallowedMeans(
  subsidiary: Subsidiary,
  customerType: CustomerType,
  listed: readonly PaymentMean[],
): PaymentMean[] {
  const allowed = allowedMeans(subsidiary, customerType);
  return [...new Set(listed.filter((mean) => !allowed.includes(mean)))];
}
