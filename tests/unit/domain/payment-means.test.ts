import { describe, expect, it } from 'vitest';
import { allowedMeans, disallowedMeans, isMeanAllowed, offeredMeans } from '../../../src/domain/payment-means.ts';
import { FR } from './make-order.ts';

describe('payment means', () => {
  it('allows per subsidiary and customer type', () => {
    expect(allowedMeans(FR, 'individual')).toEqual(['creditCard', 'paypal', 'bankAccount']);
    expect(allowedMeans(FR, 'administration')).toEqual(['transfer', 'deferredPaymentAccount']);
    expect(isMeanAllowed(FR, 'individual', 'transfer')).toBe(false);
    expect(isMeanAllowed(FR, 'corporation', 'transfer')).toBe(true);
  });

  it('offers the fixture list, else every allowed mean', () => {
    expect(offeredMeans(FR, 'individual', ['paypal'])).toEqual(['paypal']);
    expect(offeredMeans(FR, 'association')).toEqual(['creditCard', 'paypal', 'bankAccount', 'transfer']);
  });

  it('lists the disallowed means once each', () => {
    expect(disallowedMeans(FR, 'individual', ['transfer', 'paypal', 'edinar', 'transfer'])).toEqual([
      'transfer',
      'edinar',
    ]);
  });
});
