/** Order lines for a synthetic order: products from the catalogue, sometimes a discount. */
import type { Temporal } from 'temporal-polyfill';
import type { Currency, Language } from '../../src/domain/enums.ts';
import { localPrice, PRODUCTS, type Product } from './catalogue.ts';
import { serviceName, type MadeUpCustomer } from './people.ts';
import type { Random } from './prng.ts';
import type { SyntheticLine } from './order-text.ts';

export interface LineContext {
  readonly random: Random;
  readonly currency: Currency;
  readonly language: Language;
  readonly customer: MadeUpCustomer;
  readonly tld: string;
  /** The order date: committed lines show their period from it. */
  readonly start: Temporal.PlainDate;
}

const DATACENTRES = ['Gravelines (GRA)', 'Roubaix (RBX)', 'Strasbourg (SBG)', 'Beauharnois (BHS)', 'Frankfurt (FRA)', 'London (LON)', 'Warsaw (WAW)'];

function frenchDate(date: Temporal.PlainDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** Where the service runs and, for a committed line, the period it covers, as order forms show them. */
function location(context: LineContext, duration: string | undefined): string {
  const place = context.random.pick(DATACENTRES);
  const fr = context.language === 'fr';
  let text = fr ? ` — centre de données ${place}` : ` — datacentre ${place}`;
  if (duration !== undefined) {
    const end = context.start.add(duration === 'P1Y' ? { years: 1 } : { months: 1 }).subtract({ days: 1 });
    text += fr ? ` — période du ${frenchDate(context.start)} au ${frenchDate(end)}` : ` — period ${context.start.toString()} to ${end.toString()}`;
  }
  return text;
}

function lineCount(random: Random): number {
  if (random.chance(0.02)) return random.int(60, 80);
  return Number(random.weighted({ 1: 5, 2: 10, 3: 20, 4: 25, 5: 20, 6: 8, 7: 7, 8: 5 }));
}

function productLine(context: LineContext, product: Product, services: Map<string, string | undefined>): SyntheticLine {
  const { random } = context;
  if (!services.has(product.service)) services.set(product.service, serviceName(random, product.service, context.customer, context.tld));
  const domain = services.get(product.service);
  const quantity = product.cents < 1000 && random.chance(0.3) ? random.int(2, 5) : 1;
  return {
    description: `${context.language === 'fr' ? product.fr : product.en}${location(context, product.duration)}`,
    detailType: product.detailType,
    ...(domain === undefined ? {} : { domain }),
    quantity,
    unitPrice: localPrice(product.cents, context.currency),
    ...(product.duration === undefined ? {} : { duration: product.duration }),
    excluded: product.excluded === true,
  };
}

/** The lines of one order: mostly 1 to 5 (up to 8), about 2 % with 60 or more. */
export function buildLines(context: LineContext): SyntheticLine[] {
  const { random } = context;
  const count = lineCount(random);
  const services = new Map<string, string | undefined>();
  const lines: SyntheticLine[] = [];
  const committed: Product[] = [];
  const withVoucher = random.chance(0.25);
  const productCount = withVoucher && count > 1 ? count - 1 : count;
  for (let index = 0; index < productCount; index++) {
    const product = random.pick(PRODUCTS);
    lines.push(productLine(context, product, services));
    if (product.duration !== undefined && product.excluded !== true) committed.push(product);
  }
  const target = committed[0];
  if (withVoucher && target !== undefined && target.duration !== undefined) {
    const percent = random.pick([10, 20, 50]);
    const cents = Math.round((target.cents * percent) / 100);
    lines.push({
      description: context.language === 'fr' ? `Remise de bienvenue -${percent} %` : `Welcome discount -${percent} %`,
      detailType: 'VOUCHER',
      quantity: 1,
      unitPrice: localPrice(-cents, context.currency),
      duration: target.duration,
      excluded: false,
    });
  }
  return lines;
}
