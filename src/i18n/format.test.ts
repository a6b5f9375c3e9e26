import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate } from './format';

describe('formatNumber', () => {
  it('groups thousands in English and keeps Western digits in Arabic by default', () => {
    expect(formatNumber(1833, 'en')).toBe('1,833');
    expect(formatNumber(1833.46, 'ar')).toMatch(/^1[,٬]833[.٫]5$/);
  });
  it('writes Arabic-Indic digits when asked', () => {
    expect(formatNumber(1833, 'ar', 'arab')).toBe('١٬٨٣٣');
    expect(formatNumber(1833, 'en', 'arab')).toBe('1,833');
  });
});

describe('formatPartialDate', () => {
  it('shows only the precision the data has', () => {
    expect(formatPartialDate('2024', 'en')).toBe('2024');
    expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
    expect(formatPartialDate('2024-06-06', 'en')).toBe('6 June 2024');
  });
  it('names months in Arabic, with the chosen digits', () => {
    expect(formatPartialDate('2022-06-08', 'ar')).toBe('8 يونيو 2022');
    expect(formatPartialDate('2022-06-08', 'ar', 'arab')).toBe('٨ يونيو ٢٠٢٢');
  });
});
