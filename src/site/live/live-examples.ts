/**
 * The guide's live illustrations, built from the site's real orders as HTML trees (hast), in
 * place of the original guide's screenshots: the order form's four numbered areas, the order
 * list, the "…" menu, the four-step tracker and the cancel confirmation (a static mock).
 * Every text goes through hastscript, which escapes it.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import type { Order } from '../../domain/order.ts';
import { statusLabel, stepLabel } from '../../render/i18n/labels.ts';
import { deriveTracking } from '../../domain/tracking.ts';
import { formatDateTime } from '../../render/format.ts';
import { dictionaryFor } from '../../render/i18n/index.ts';
import { siteText } from '../i18n/site-text.ts';
import { orderRows } from '../order-list-view.ts';
import { orderFormPath, withBase } from '../routes.ts';
import { LIVE_TEXT } from './live-text.ts';
import { pickExampleOrder } from './pick-example.ts';

const LIST_EXCERPT_ROWS = 5;

/** Where the illustrations link to, base included: the order list and each order's page. */
export interface LiveLinks {
  readonly base: string;
  readonly list: string;
  readonly order: (orderId: number) => string;
}

function frame(title: string, body: Element[], link?: { href: string; text: string }): Element {
  return h('div.bdc-frame', [
    h('div.bdc-frame__bar', [h('span', title), ...(link === undefined ? [] : [h('a', { href: link.href }, link.text)])]),
    h('div.bdc-frame__body', body),
  ]);
}

function area(number: number, title: string, content: Element[]): Element {
  return h('section.bdc-area', { ariaLabel: `${number}. ${title}` }, [h('span.bdc-area__number', { ariaHidden: 'true' }, String(number)), h('p', h('strong', title)), ...content]);
}

function orderForm(order: Order, lang: Language, links: LiveLinks): Element {
  const text = LIVE_TEXT[lang];
  const { locale } = siteText(lang);
  const zone = order.subsidiary.timeZone;
  const names = dictionaryFor(lang).paymentMeanNames;
  const def = order.payment.default;
  return frame(
    text.formTitle(order.orderId),
    [
      area(1, text.areas[0], [
        h('p', [`${text.number} ${String(order.orderId)} · ${text.created} ${formatDateTime(order.date, locale, zone)} · `, order.expirationDate === undefined ? text.never : `${text.expires} ${formatDateTime(order.expirationDate, locale, zone)}`]),
      ]),
      area(2, text.areas[1], [h('p', order.billingContact === undefined ? text.noBilling : `${order.billingContact.name} (${order.billingContact.nichandle}) · ${order.billingContact.email}`)]),
      area(3, text.areas[2], [
        h('p', def === undefined ? text.noDefault : `${names[def.mean]}${def.label === undefined ? '' : ` · ${def.label}`}${order.autoRenew ? ` · ${text.autoRenew}` : ''}`),
      ]),
      area(4, text.areas[3], [h('ul', order.payment.available.map((mean) => h('li', names[mean])))]),
    ],
    { href: withBase(links.base, orderFormPath(order.orderId, 'html')), text: text.openForm },
  );
}

function orderList(orders: readonly Order[], lang: Language, asOf: Temporal.Instant, links: LiveLinks): Element {
  const text = siteText(lang).list;
  const rows = orderRows(orders, 'default', lang, asOf);
  const shown = rows.slice(0, LIST_EXCERPT_ROWS);
  return frame(
    text.title,
    [
      h('table.bdc-table', [
        h('caption.sr-only', LIVE_TEXT[lang].listCaption(shown.length, rows.length)),
        h('thead', h('tr', [h('th', { scope: 'col' }, text.columns.date), h('th', { scope: 'col' }, text.columns.number), h('th', { scope: 'col' }, text.columns.status), h('th.bdc-amount', { scope: 'col' }, text.columns.amount)])),
        h(
          'tbody',
          shown.map((row) =>
            h('tr', [
              h('td.bdc-date', h('time', { dateTime: row.dateIso }, row.dateText)),
              h('td', h('a', { href: links.order(row.orderId) }, String(row.orderId))),
              h('td', h(`span.bdc-badge.bdc-badge--${row.badge}`, row.statusLabel)),
              h('td.bdc-amount', row.amountText),
            ]),
          ),
        ),
      ]),
      h('p.bdc-caption', LIVE_TEXT[lang].listCaption(shown.length, rows.length)),
    ],
    { href: links.list, text: LIVE_TEXT[lang].seeAll },
  );
}

function tracker(order: Order, lang: Language, links: LiveLinks): Element {
  const states = siteText(lang).stepStates;
  const steps = deriveTracking(order).map((step, index) =>
    h(`li.bdc-step.bdc-step--${step.state}`, [
      h('span.bdc-step__number', { ariaHidden: 'true' }, step.state === 'DONE' ? '✓' : step.state === 'ERROR' ? '!' : String(index + 1)),
      h('span.bdc-step__label', stepLabel(step.step, lang)),
      h('span.bdc-step__state', states[step.state]),
    ]),
  );
  return frame(`${siteText(lang).order.tracking} · ${statusLabel(deriveStatus(order), lang)}`, [h('ol.bdc-tracker', steps)], {
    href: `${links.order(order.orderId)}#tracking`,
    text: siteText(lang).order.title(order.orderId),
  });
}

function deriveStatus(order: Order): Order['history'][number]['status'] {
  return order.history.at(-1)?.status ?? 'unknown';
}

function actionMenu(lang: Language): Element {
  const text = LIVE_TEXT[lang];
  return h('div.bdc-menu', [h('span.md-action', '…'), h('ul.bdc-menu__list', text.menu.map((item) => h('li', h('span.md-action', item))))]);
}

function cancelDialog(lang: Language): Element {
  const text = LIVE_TEXT[lang];
  return h('div.bdc-dialog', [
    h('p.bdc-dialog__title', text.dialogTitle),
    h('div.bdc-dialog__body', [
      h('p', text.dialogWarning),
      h('p.bdc-checkbox', [h('span.bdc-checkbox__box', { ariaHidden: 'true' }, '✓'), ' ', text.dialogCheckbox]),
    ]),
    h('div.bdc-dialog__actions', [h('span.bdc-fake-button', text.dialogCancel), h('span.bdc-fake-button.bdc-fake-button--primary', text.dialogConfirm)]),
    h('p.bdc-caption.sr-only', text.mockNote),
  ]);
}

/** The illustrations a guide can name with `![caption](bdc:<name>)`. */
export function liveExamples(orders: readonly Order[], lang: Language, asOf: Temporal.Instant, links: LiveLinks): Record<string, Element> {
  const example = pickExampleOrder(orders, lang, asOf);
  const missing = h('p.bdc-caption', LIVE_TEXT[lang].noOrder);
  return {
    'order-form': example === undefined ? missing : orderForm(example, lang, links),
    'order-list': orderList(orders, lang, asOf, links),
    'order-menu': actionMenu(lang),
    'order-tracking': example === undefined ? missing : tracker(example, lang, links),
    'cancel-dialog': cancelDialog(lang),
  };
}
