/** The withdrawal summary as one self-contained HTML page: the order form's CSS and font, plus its own rules, strict CSP. */
import { fontFaceCss } from '../html/fonts.ts';
import { template, templateAsset } from '../html/handlebars-env.ts';
import type { WithdrawalSummaryView } from './view.ts';

export function renderWithdrawalHtml(view: WithdrawalSummaryView): string {
  const css = `${templateAsset('order-form.css')}\n${templateAsset('withdrawal/summary.css')}`;
  return template('withdrawal/summary')({ ...view, css, fontFaces: fontFaceCss() });
}
