import { describe, expect, it } from 'vitest';
import { compareDiagnostics, type Diagnostic } from '../../../src/input/diagnostic.ts';
import { DiagnosticCollector } from '../../../src/input/diagnostic-collector.ts';

function finding(file: string, line: number, severity: Diagnostic['severity']): Diagnostic {
  return { file, line, column: 1, severity, code: 'X', message: 'm', path: '' };
}

describe('DiagnosticCollector', () => {
  it('keeps the first N in output order whatever the arrival order, and counts every one', () => {
    const collector = new DiagnosticCollector(3);
    const all: Diagnostic[] = [];
    // 5,000 findings arriving in a scrambled order (the workers' replies come in any order).
    for (let index = 0; index < 5000; index += 1) {
      const scrambled = (index * 7919) % 5000;
      const diagnostic = finding(`f${String(scrambled % 17).padStart(2, '0')}.yaml`, scrambled, scrambled % 3 === 0 ? 'warning' : 'error');
      all.push(diagnostic);
      collector.add(diagnostic);
    }
    expect(collector.sorted()).toEqual([...all].sort(compareDiagnostics).slice(0, 3));
    expect(collector.warnings).toBe(all.filter((d) => d.severity === 'warning').length);
    expect(collector.errors + collector.warnings).toBe(5000);
  });

  it('keeps everything without a limit, and takes 200,000 findings at once (no spread into a call)', () => {
    const collector = new DiagnosticCollector();
    collector.addAll(Array.from({ length: 200_000 }, (_, line) => finding('a.yaml', line, 'error')));
    expect(collector.sorted()).toHaveLength(200_000);
    expect(collector.errors).toBe(200_000);
  });
});
