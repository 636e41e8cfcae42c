/**
 * `bdc withdraw --lang LANG` text output: the withdrawal summary's own words, figures and legal
 * note (its view model) as plain text in that language, with the verdict and its reasons.
 * Control characters from the fixtures never reach the terminal.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import type { Order } from '../../domain/order.ts';
import type { WithdrawalAssessment, WithdrawalReason } from '../../domain/withdrawal/index.ts';
import { withdrawalStrings } from './strings.ts';
import { printable } from './printable.ts';
import { withdrawalSummaryView } from './view-model.ts';
import type { FactView, WithdrawalLineView } from './view.ts';

function aligned(rows: readonly FactView[], indent: string): string[] {
  const width = Math.max(...rows.map(({ label }) => label.length));
  return rows.map(({ label, value }) => `${indent}${label.padEnd(width)}  ${value}`);
}

function reasonLine(reason: WithdrawalReason, order: Order, texts: Readonly<Record<WithdrawalReason['code'], string>>): string {
  const line = reason.lineIndex === undefined ? undefined : order.details[reason.lineIndex];
  const where = line === undefined ? '' : ` (${line.index + 1}. ${line.description})`;
  return `  - ${texts[reason.code]}${where}`;
}

function lineText(line: WithdrawalLineView, labels: { colTotalHT: string; colPeriodDays: string; colConsumedDays: string; colDeduction: string }): string[] {
  const head = `  ${line.position}. ${line.description}${line.service === null ? '' : ` (${line.service})`}`;
  const figures = [line.period, `${labels.colTotalHT} ${line.totalHT}`];
  if (line.periodDays !== '—') figures.push(`${labels.colPeriodDays} ${line.periodDays}`, `${labels.colConsumedDays} ${line.consumedDays}`);
  if (!line.excluded) figures.push(`${labels.colDeduction} ${line.deduction}`);
  if (line.note !== null) figures.push(line.note);
  return [head, `     ${figures.join(' · ')}`];
}

export function withdrawalTextIn(order: Order, assessment: WithdrawalAssessment, now: Temporal.Instant, language: Language): string {
  const s = withdrawalStrings(language);
  const view = withdrawalSummaryView(order, assessment, now, language);
  const out = [`${view.title} (${order.subsidiary.code})`, assessment.eligible ? s.verdict.eligible : s.verdict.notEligible];
  out.push(...assessment.reasons.map((reason) => reasonLine(reason, order, s.reasonTexts)));
  out.push('', ...aligned(view.facts, '  '), '', `${view.labels.servicesHeading}:`, ...view.lines.flatMap((line) => lineText(line, view.labels)), '');
  const figures = [...view.refundRows];
  if (assessment.eligible) figures.push({ label: view.labels.refund, value: view.refund }, { label: view.labels.refundDue, value: view.refundDue });
  out.push(...aligned(figures, ''));
  if (assessment.eligible) out.push('', view.legalNote);
  out.push('', view.timeZoneNote);
  return out.map(printable).join('\n');
}
