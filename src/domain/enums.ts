/** The closed vocabularies of the domain (DOMAIN.md), named as in the OVHcloud API. */

export const ORDER_STATUSES = [
  'notPaid',
  'checking',
  'documentsRequested',
  'delivering',
  'delivered',
  'cancelling',
  'cancelled',
  'unknown',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CUSTOMER_TYPES = ['individual', 'corporation', 'association', 'administration', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'pl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PAYMENT_MEANS = [
  'creditCard',
  'paypal',
  'bankAccount',
  'ovhAccount',
  'deferredPaymentAccount',
  'transfer',
  'ideal',
  'multibanco',
  'platnosci',
  'payu',
  'edinar',
  'fidelityPoints',
] as const;
export type PaymentMean = (typeof PAYMENT_MEANS)[number];

export const DETAIL_TYPES = [
  'ACCESSORY',
  'CAUTION',
  'CHOOSED',
  'CONSUMPTION',
  'CREATION',
  'DELIVERY',
  'DURATION',
  'GIFT',
  'INSTALLATION',
  'LICENSE',
  'MUTE',
  'OTHER',
  'OUTPLAN',
  'QUANTITY',
  'REFUND',
  'RENEW',
  'SPECIAL',
  'SWITCH',
  'TRANSFER',
  'VOUCHER',
] as const;
export type DetailType = (typeof DETAIL_TYPES)[number];

export const HISTORY_EVENTS = [
  'ORDER_STARTED',
  'PAYMENT_INITIATED',
  'REGISTERED_PAYMENT_INITIATED',
  'PAYMENT_RECEIVED',
  'PAYMENT_CONFIRMED',
  'FRAUD_CHECK',
  'FRAUD_MANUAL_REVIEW',
  'FRAUD_DOCS_REQUESTED',
  'FRAUD_REFUSED',
  'ORDER_ACCEPTED',
  'DELIVERY',
  'INVOICE_IN_PROGRESS',
  'INVOICE_SENT',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export const RETRACTION_REASONS = [
  'competitor',
  'difficulty',
  'expensive',
  'other',
  'performance',
  'reliability',
  'unused',
] as const;
export type RetractionReason = (typeof RETRACTION_REASONS)[number];

export const CURRENCIES = ['AUD', 'CAD', 'CZK', 'EUR', 'GBP', 'INR', 'MAD', 'PLN', 'SGD', 'TND', 'USD', 'XOF'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const TRACKING_STEPS = ['VALIDATING', 'VALIDATED', 'DELIVERING', 'AVAILABLE'] as const;
export type TrackingStep = (typeof TRACKING_STEPS)[number];
export const STEP_STATES = ['TODO', 'DOING', 'DONE', 'ERROR'] as const;
export type StepState = (typeof STEP_STATES)[number];
