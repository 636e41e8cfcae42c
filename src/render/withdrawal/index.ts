/** The withdrawal summary: view model, HTML, the written HTML/PDF pair, and the CLI reports. */
export { withdrawalSummaryView } from './view-model.ts';
export { renderWithdrawalHtml } from './render-html.ts';
export {
  assessRequestedWithdrawal,
  renderWithdrawalSummary,
  withdrawalFileName,
  type SummaryFormat,
  type SummaryOutput,
} from './render-summary.ts';
export { withdrawalJson, type WithdrawalJson } from './report-json.ts';
export { withdrawalText } from './report-text.ts';
export { withdrawalTextIn } from './report-text-in-language.ts';
export type { WithdrawalSummaryView } from './view.ts';
