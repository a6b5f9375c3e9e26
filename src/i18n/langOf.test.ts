import { describe, expect, it } from 'vitest';
import { langOf } from './langOf';

describe('langOf', () => {
  it('tells Arabic from English by script', () => {
    expect(langOf('وانغ يي يطرح مقترحا من خمس نقاط')).toBe('ar');
    expect(langOf('Wang Yi attends the third China + Central Asia meeting')).toBe('en');
  });
  it('decides mixed text by its first letter, and gives up on digits alone', () => {
    expect(langOf('Xinhua (Arabic), وانغ يي')).toBe('en');
    expect(langOf('شركة TAPLINE')).toBe('ar');
    expect(langOf('2022-06-08')).toBeUndefined();
  });
});
