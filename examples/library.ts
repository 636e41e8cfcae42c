import { BdcError, validate, withdraw } from '@bon-de-commande/bdc';

const asOf = '2026-10-01T12:00:00+02:00';
try {
  const report = await validate({ paths: ['data/orders'], asOf });
  console.log(`${report.orders} orders: ${report.errors} errors, ${report.warnings} warnings`);
  for (const finding of report.diagnostics) {
    console.log(`${finding.file}:${finding.line}:${finding.column}: ${finding.code}: ${finding.message}`);
  }

  const assessment = await withdraw({ file: 'data/orders/fr-withdrawal-eligible.yaml', order: 218700101, asOf });
  console.log(
    assessment.eligible
      ? `order ${assessment.orderId}: refund ${assessment.refund} ${assessment.currency} by ${assessment.refundDueDate ?? '?'}`
      : `order ${assessment.orderId}: not eligible (${assessment.reasons.map((reason) => reason.code).join(', ')})`,
  );
} catch (error) {
  if (!(error instanceof BdcError)) throw error;
  console.error(`${error.code}: ${error.message}${error.hint === undefined ? '' : ` (${error.hint})`}`);
  process.exitCode = error.kind === 'usage' ? 2 : 1;
}
