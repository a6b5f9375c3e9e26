// A deck travels in a link's fragment and comes back whole; a cut or forged fragment is 'bad', never a crash.
import { describe, expect, it } from 'vitest';
import { DECK_LIMITS } from './file';
import { deckFragment, deckOfFragment } from './link';

const file = JSON.stringify({ format: 'corridor-atlas-deck', version: 1, deck: { title: { en: 'Gas', ar: 'الغاز' }, slides: [{ kind: 'view', view: 'route=cagp-d', title: { en: 'Line D', ar: 'الخط D' } }] } }, null, 2);

describe('deck links', () => {
  it('carries the deck file, compacted, and gives it back', async () => {
    const hash = await deckFragment(file);
    expect(hash).toMatch(/^#deck=[\w-]+$/);
    expect(hash.length).toBeLessThan(file.length);
    expect(JSON.parse((await deckOfFragment(hash)) as string)).toEqual(JSON.parse(file));
  });

  it('says when there is no deck, and when the deck cannot be read', async () => {
    expect(await deckOfFragment('')).toBeNull();
    expect(await deckOfFragment('#route=x')).toBeNull();
    const hash = await deckFragment(file);
    expect(await deckOfFragment(hash.slice(0, hash.length - 12))).toBe('bad');
    expect(await deckOfFragment('#deck=')).toBe('bad');
    expect(await deckOfFragment('#deck=<script>')).toBe('bad');
  });

  it('stops unpacking a small link that would unpack past the file cap', async () => {
    const huge = JSON.stringify({ pad: 'a'.repeat(DECK_LIMITS.bytes * 2) });
    const hash = await deckFragment(huge);
    expect(hash.length).toBeLessThan(20_000);
    expect(await deckOfFragment(hash)).toBe('bad');
  });
});
