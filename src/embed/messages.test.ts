import { describe, expect, it } from 'vitest';
import { heightMessages } from './messages';

describe('height messages', () => {
  it('without ids: Datawrapper’s with the default id and our own; no Pym message with a made-up id', () => {
    expect(heightMessages(512.4, {})).toEqual([
      { 'datawrapper-height': { 'corridor-atlas': 512 } },
      { type: 'corridor-atlas:height', height: 512 },
    ]);
  });

  it('Datawrapper’s id from `id`, else `chartId`; Pym’s string when the address has its childId', () => {
    expect(heightMessages(600, { id: 'story', chartId: 'other', childId: 'pym-3' })).toEqual([
      { 'datawrapper-height': { story: 600 } },
      'pymxPYMxpym-3xPYMxheightxPYMx600',
      { type: 'corridor-atlas:height', height: 600 },
    ]);
    expect(heightMessages(400, { chartId: 'aB1' })[0]).toEqual({ 'datawrapper-height': { aB1: 400 } });
  });
});
