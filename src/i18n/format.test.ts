import { describe, expect, it } from 'vitest';
import { counted, formatNumber, formatPartialDate, localDigits } from './format';

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

describe('counted', () => {
  it('shows the number in the reader’s digits and counts it as shown', () => {
    expect(counted(9679, 'ar', 'arab', 0)).toEqual({ value: '٩٬٦٧٩', count: 9679 });
    expect(counted(9679, 'ar', 'latn', 0)).toEqual({ value: '9,679', count: 9679 });
    // Shown as "3", so it takes the form of 3 (few), not of 2.96 (other).
    expect(counted(2.96, 'ar', 'latn', 1)).toEqual({ value: '3', count: 3 });
    expect(counted(4.119, 'en', 'latn', 2)).toEqual({ value: '4.12', count: 4.12 });
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

describe('localDigits', () => {
  it('writes the figures of Arabic prose in Arabic-Indic digits, with Arabic separators', () => {
    expect(localDigits('يبلغ طول كل خط نحو 1833 كم', 'arab')).toBe('يبلغ طول كل خط نحو ١٨٣٣ كم');
    expect(localDigits('نقل 43.2 مليار متر مكعب و16,400 قطار', 'arab')).toBe('نقل ٤٣٫٢ مليار متر مكعب و١٦٬٤٠٠ قطار');
    expect(localDigits('الخط A بـ15', 'arab')).toBe('الخط A بـ١٥');
  });
  it('leaves codes, licence names and Western-digit settings alone', () => {
    expect(localDigits('GEM P1124 (CC BY 4.0) و5G', 'arab')).toBe('GEM P1124 (CC BY 4.0) و5G');
    expect(localDigits('1833 كم', 'latn')).toBe('1833 كم');
  });
});
