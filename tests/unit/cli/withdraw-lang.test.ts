/**
 * `bdc withdraw --lang`: the text report in the summary's own words, the JSON reasons labelled
 * in the language. Figures of eligible-fr.yaml are worked out in withdraw-text.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { withdraw } from './withdraw-helpers.ts';

describe('bdc withdraw --lang', () => {
  it('prints the text report in Spanish, citing the law (the Directive: the test reference names none)', async () => {
    const run = await withdraw('eligible-fr.yaml', '--lang', 'es');
    expect(run.code).toBe(0);
    // Intl separates amount and currency with a no-break space: compared as a space here.
    expect(run.stdout.replace(/[\u00a0\u202f]/g, ' ').split('\n')).toEqual([
      'Desistimiento del pedido 900000001 (FR)',
      'La solicitud es admisible.',
      '  - una línea está excluida del desistimiento (nombre de dominio, certificado SSL…) y no se reembolsará (4. Nom de domaine martin-famille.fr)',
      '',
      '  Número de pedido                900000001',
      '  Pedido realizado el             2 de marzo de 2026 a las 10:15',
      '  Entregado el                    2 de marzo de 2026',
      '  Desistimiento solicitado el     9 de marzo de 2026 a las 18:30',
      '  Fin del plazo de desistimiento  16 de marzo de 2026 a las 23:59',
      '  Motivo                          Servicio no utilizado',
      "  Comentario                      Je n'en ai plus besoin.",
      '',
      'Servicios afectados y días consumidos:',
      '  1. VPS Comfort (vps-3f9a1c2d.vps.ovh.net)',
      '     1 mes · Total sin IVA 12,99 € · Días del periodo 31 · Días consumidos 8 · Deducción sin IVA 3,35 €',
      '  2. Remise de bienvenue -50 % le premier mois',
      '     1 mes · Total sin IVA -6,50 € · Días del periodo 31 · Días consumidos 8 · Deducción sin IVA -1,68 €',
      "  3. Frais d'installation",
      '     Pago único · Total sin IVA 5,00 € · Deducción sin IVA 0,00 € · Reembolso íntegro',
      '  4. Nom de domaine martin-famille.fr (martin-famille.fr)',
      '     1 año · Total sin IVA 8,99 € · Excluido del derecho de desistimiento: no se reembolsa',
      '',
      'Importe pagado con IVA                          24,58 €',
      'Productos excluidos, no reembolsados (con IVA)  10,79 €',
      'Deducción por días consumidos sin IVA           1,67 €',
      'Deducción por días consumidos con IVA           2,00 €',
      'Importe reembolsado con IVA                     11,79 €',
      'Reembolso a más tardar el                       8 de abril de 2026',
      '',
      'La ley aplicable (Directiva 2011/83/UE sobre los derechos de los consumidores) fija el plazo legal de reembolso en 14 días desde la solicitud, es decir, el 23 de marzo de 2026.',
      '',
      'Fechas y horas expresadas en la zona horaria Europe/Paris.',
    ]);
  });

  it('gives the refusal and its reasons in Polish, with no refund line', async () => {
    const run = await withdraw('company.yaml', '--lang', 'pl');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.slice(1, 3)).toEqual(['Oświadczenie nie jest skuteczne:', '  - konto nie należy do osoby prywatnej (konsumenta)']);
    expect(run.stdout).not.toContain('Kwota zwrotu brutto');
  });

  it('labels the JSON reasons in the language, keeping the English message', async () => {
    const run = await withdraw('eligible-fr.yaml', '--lang', 'de', '--format', 'json');
    const body = JSON.parse(run.stdout) as { language: string; reasons: { code: string; message: string; label: string }[] };
    expect(body.language).toBe('de');
    expect(body.reasons).toEqual([
      expect.objectContaining({
        code: 'WITHDRAWAL_EXCLUDED_LINE',
        message: expect.stringContaining('this line is excluded from withdrawal') as unknown,
        label: 'eine Position ist vom Widerruf ausgenommen (Domainname, SSL-Zertifikat …) und wird nicht erstattet',
      }),
    ]);
  });

  it('keeps control characters of a hostile order out of the terminal', async () => {
    const run = await withdraw('hostile.yaml', '--lang', 'it');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
