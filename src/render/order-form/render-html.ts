/** The order form as one self-contained HTML page (CSS and font inlined, strict CSP). */
import { fontFaceCss } from '../html/fonts.ts';
import { template, templateAsset } from '../html/handlebars-env.ts';
import type { OrderFormView } from './view.ts';

export function renderOrderFormHtml(view: OrderFormView): string {
  return template('order-form')({ ...view, css: templateAsset('order-form.css'), fontFaces: fontFaceCss() });
}
