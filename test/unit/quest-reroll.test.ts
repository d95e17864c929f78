import { describe, expect, it } from 'vitest';
import { offlineQuestOffers } from '../../src/llm/offline-adventure.js';
import { buildQuestDesignerPrompt } from '../../src/llm/quest-designer.js';

const character = { name: 'Mira', archetype: 'ranger', backstory: 'Raised by wolves.' };

describe('quest offers re-rolled', () => {
  it('offline: three other quests than the replaced ones, deterministic', () => {
    const first = offlineQuestOffers(character);
    const replaced = first.map((offer) => offer.title);
    const second = offlineQuestOffers(character, replaced);
    expect(second).toHaveLength(3);
    for (const offer of second) expect(replaced).not.toContain(offer.title);
    expect(offlineQuestOffers(character, replaced)).toEqual(second);
  });

  it('offline: falls back on replaced quests only when there are not enough others', () => {
    const all = [...offlineQuestOffers(character), ...offlineQuestOffers(character, ['x'])].map((o) => o.title);
    const many = [...new Set([...all, ...offlineQuestOffers(character, all).map((o) => o.title)])];
    const offers = offlineQuestOffers(character, many);
    expect(new Set(offers.map((o) => o.title)).size).toBe(3);
  });

  it('the designer prompt names the replaced titles, and only on a re-roll', () => {
    const system = (titles?: string[]) => String(buildQuestDesignerPrompt(character, titles)[0]!.content);
    expect(system()).not.toContain('offer different ones');
    const rerolled = system(['The Drowned Lantern', 'The Ashen Crown']);
    expect(rerolled).toContain('offer different ones');
    expect(rerolled).toContain('- The Drowned Lantern');
    expect(rerolled).toContain('"avoidTitles":["The Drowned Lantern","The Ashen Crown"]');
  });
});
