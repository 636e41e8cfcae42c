/**
 * The synthetic product catalogue: OVHcloud-like products with prices excluding tax in euro
 * cents, converted to each subsidiary's currency with integer arithmetic.
 */
import type { Currency, DetailType } from '../../src/domain/enums.ts';
import { MINOR_DIGITS, money, toDecimalString } from '../../src/domain/money.ts';

/** What kind of service name a product line carries. */
export type ServiceKind = 'vps' | 'server' | 'site' | 'cloud' | 'none';

export interface Product {
  readonly en: string;
  readonly fr: string;
  readonly detailType: DetailType;
  readonly cents: number;
  readonly duration?: 'P1M' | 'P1Y';
  /** Domain names and SSL certificates: excluded from withdrawal. */
  readonly excluded?: true;
  readonly service: ServiceKind;
}

export const PRODUCTS: readonly Product[] = [
  { en: 'VPS-1 — 4 vCores, 8 GB RAM, 75 GB NVMe', fr: 'VPS-1 — 4 vCores, 8 Go RAM, 75 Go NVMe', detailType: 'DURATION', cents: 458, duration: 'P1M', service: 'vps' },
  { en: 'VPS-2 — 6 vCores, 12 GB RAM, 100 GB NVMe', fr: 'VPS-2 — 6 vCores, 12 Go RAM, 100 Go NVMe', detailType: 'DURATION', cents: 749, duration: 'P1M', service: 'vps' },
  { en: 'VPS-3 — 8 vCores, 24 GB RAM, 200 GB NVMe', fr: 'VPS-3 — 8 vCores, 24 Go RAM, 200 Go NVMe', detailType: 'DURATION', cents: 1499, duration: 'P1M', service: 'vps' },
  { en: 'Automated daily backup', fr: 'Sauvegarde automatisée quotidienne', detailType: 'ACCESSORY', cents: 120, duration: 'P1M', service: 'vps' },
  { en: 'Web Hosting Starter — 12 months', fr: 'Hébergement Web Starter — 12 mois', detailType: 'DURATION', cents: 2388, duration: 'P1Y', service: 'site' },
  { en: 'Web Hosting Perso — 12 months', fr: 'Hébergement Web Perso — 12 mois', detailType: 'DURATION', cents: 4788, duration: 'P1Y', service: 'site' },
  { en: 'Web Hosting Pro — 12 months', fr: 'Hébergement Web Pro — 12 mois', detailType: 'DURATION', cents: 9588, duration: 'P1Y', service: 'site' },
  { en: 'Web Hosting Performance 1 — 12 months', fr: 'Hébergement Web Performance 1 — 12 mois', detailType: 'DURATION', cents: 20388, duration: 'P1Y', service: 'site' },
  { en: 'Email Pro account (10 GB)', fr: 'Compte Email Pro (10 Go)', detailType: 'DURATION', cents: 149, duration: 'P1M', service: 'site' },
  { en: 'Domain name — registration, 1 year', fr: 'Nom de domaine — création 1 an', detailType: 'CREATION', cents: 699, duration: 'P1Y', excluded: true, service: 'site' },
  { en: 'SSL certificate Sectigo DV — 1 year', fr: 'Certificat SSL Sectigo DV — 1 an', detailType: 'DURATION', cents: 3900, duration: 'P1Y', excluded: true, service: 'site' },
  { en: 'Dedicated server Advance-1 — AMD EPYC 4244P, 32 GB DDR5', fr: 'Serveur dédié Advance-1 — AMD EPYC 4244P, 32 Go DDR5', detailType: 'DURATION', cents: 7999, duration: 'P1M', service: 'server' },
  { en: 'Dedicated server Rise-1 — Intel Xeon-E 2386G, 32 GB', fr: 'Serveur dédié Rise-1 — Intel Xeon-E 2386G, 32 Go', detailType: 'DURATION', cents: 5899, duration: 'P1M', service: 'server' },
  { en: 'Dedicated server Kimsufi KS-4 — 32 GB, 2×2 TB HDD', fr: 'Serveur dédié Kimsufi KS-4 — 32 Go, 2×2 To HDD', detailType: 'DURATION', cents: 1699, duration: 'P1M', service: 'server' },
  { en: 'Server setup fee', fr: 'Frais d\'installation du serveur', detailType: 'INSTALLATION', cents: 4999, service: 'server' },
  { en: 'Additional IPv4 address — setup', fr: 'Adresse IPv4 additionnelle — mise en service', detailType: 'INSTALLATION', cents: 200, service: 'server' },
  { en: 'Private bandwidth vRack 5 Gbit/s', fr: 'Bande passante privée vRack 5 Gbit/s', detailType: 'ACCESSORY', cents: 5000, duration: 'P1M', service: 'server' },
  { en: 'Windows Server 2022 Standard licence', fr: 'Licence Windows Server 2022 Standard', detailType: 'LICENSE', cents: 2599, duration: 'P1M', service: 'server' },
  { en: 'Public Cloud instance b3-8 — monthly plan', fr: 'Instance Public Cloud b3-8 — forfait mensuel', detailType: 'DURATION', cents: 3330, duration: 'P1M', service: 'cloud' },
  { en: 'Block Storage High Speed 100 GB', fr: 'Volume Block Storage High Speed 100 Go', detailType: 'ACCESSORY', cents: 800, duration: 'P1M', service: 'cloud' },
  { en: 'Object Storage — Standard, 500 GB', fr: 'Object Storage — Standard, 500 Go', detailType: 'DURATION', cents: 350, duration: 'P1M', service: 'none' },
  { en: 'Backup Storage 500 GB', fr: 'Backup Storage 500 Go', detailType: 'ACCESSORY', cents: 1000, duration: 'P1M', service: 'none' },
  { en: 'Public Cloud Load Balancer — size M', fr: 'Load Balancer Public Cloud — taille M', detailType: 'DURATION', cents: 1800, duration: 'P1M', service: 'cloud' },
];

/** Per-mille exchange rates from the euro, for plausible local prices (not real rates). */
const PER_MILLE_OF_EUR: Readonly<Record<Currency, bigint>> = {
  AUD: 1650n, CAD: 1500n, CZK: 25000n, EUR: 1000n, GBP: 860n, INR: 92000n, MAD: 10800n,
  PLN: 4300n, SGD: 1450n, TND: 3400n, USD: 1090n, XOF: 655957n,
};

/** A euro-cent price in `currency`, rounded half up to its minor unit, as decimal text. */
export function localPrice(cents: number, currency: Currency): string {
  const scale = 10n ** BigInt(MINOR_DIGITS[currency]);
  const numerator = BigInt(cents) * PER_MILLE_OF_EUR[currency] * scale;
  const denominator = 100_000n;
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  return toDecimalString(money(numerator < 0n ? -magnitude : magnitude, currency));
}
