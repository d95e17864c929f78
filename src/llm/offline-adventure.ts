import type {
  Character,
  MomentView,
  NarrationRequest,
  NarrationResult,
  ObjectiveView,
  QuestOffer,
} from '../domain/adventure-types.js';
import type { AdventurePhase, MomentKind, PacingDirective } from '../domain/vocabulary.js';
import { matchObjectivesByKeywords } from '../domain/adventure-rules.js';
import { stableHash } from '../domain/stable-hash.js';
import { MOMENT_SUMMARY_MAX_CHARS } from './narrator-prompt.js';
import type { EpilogueInput } from './ports.js';

/**
 * The offline adventure: deterministic narration, quest offers and
 * epilogues. They serve twice: as the deterministic adapters (the offline
 * default, deterministic-models.ts) and as the fallback of the LangChain
 * adapters when a provider fails, so a turn always has a narration and an
 * adventure always has offers and an epilogue.
 *
 * Everything here is a pure function of its input: no clock, no randomness.
 * Variety comes from the domain's stable hash of the input.
 */

// ---------------------------------------------------------------------------
// Small helpers

/** A stable pick from a list, salted so several picks from one seed are independent. */
function pick<T>(list: readonly T[], seed: string, salt: string): T {
  return list[stableHash(`${seed}#${salt}`) % list.length]!;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` words, with an ellipsis when cut. */
function clipWords(text: string, max: number): string {
  const parts = oneLine(text).split(' ').filter(Boolean);
  return parts.length <= max ? parts.join(' ') : `${parts.slice(0, max).join(' ')}…`;
}

function clipChars(text: string, max: number): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Ends the sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const t = oneLine(text);
  return /[.!?…"”)]$/.test(t) ? t : `${t}.`;
}

function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function stripEnd(text: string): string {
  return oneLine(text).replace(/[\s.!?;:,]+$/, '');
}

function heroName(character: Character): string {
  return character.name?.trim() || 'traveller';
}

// ---------------------------------------------------------------------------
// The narrator

const OPENERS: readonly ((name: string, act: string, archetype: string) => string)[] = [
  (name, act) => `${name}, you set about it without a second thought: ${act}.`,
  (name, act) => `You steady your breath, ${name}, and commit to your choice: ${act}.`,
  (name, act, archetype) => `With the instincts of a ${archetype}, you act, ${name}: ${act}.`,
  (name, act) => `${act} — the decision is barely made before you are moving, ${name}.`,
  (name, act) => `You do not hesitate, ${name}. ${act}, you resolve, and so you do.`,
  (name, act) => `Every eye seems to turn your way, ${name}, as you follow through: ${act}.`,
];

const PHASE_LINES: Record<AdventurePhase, readonly string[]> = {
  SETUP: [
    'The place is still new to you: damp stone, a smell of woodsmoke, voices somewhere beyond the next wall.',
    'Morning light slants across the road, and the land ahead lies open, full of paths you have not yet named.',
    'A few curious faces watch you from doorways, weighing the stranger who has just arrived among them.',
    'Somewhere a bell tolls twice and falls silent, as if the town itself were taking your measure.',
  ],
  RISING_ACTION: [
    'Footsteps echo behind you and stop when you stop; someone has taken an interest in your business.',
    'The wind turns cold and carries the sound of a distant horn, low and insistent.',
    'A torn notice flutters on a post, and the name scrawled across it is one you have heard before.',
    'The path narrows between thorn and rock, and the easy part of the journey is plainly behind you.',
  ],
  MID_POINT: [
    'Something you believed turns over in your hands: the truth is stranger, and closer, than it seemed.',
    'An old map, a half-heard name, a familiar crest — the pieces click together, and the picture is not the one you expected.',
    'For a moment the world holds still, and you see how far you have come and how much still waits.',
    'A stranger’s warning comes back to you now, and this time you understand it.',
  ],
  CLIMAX: [
    'The air crackles; everything you have done has led to this place and this moment.',
    'Steel rings somewhere close, and your heart hammers as the danger stops circling and closes in.',
    'There is no more room to wait: the stakes stand before you, plain and merciless.',
    'Fire-light and shadow twist together, and the final test of your journey rises to meet you.',
  ],
  DENOUEMENT: [
    'The noise of the struggle fades, and a quieter world settles around you like dust after a storm.',
    'People you met along the way step out to greet you, their faces lighter than before.',
    'The road home looks different now, worn smooth by everything you carried along it.',
    'Evening comes gently, and for the first time in a long while nothing demands your hand.',
  ],
};

const DIRECTIVE_LINES: Record<PacingDirective, readonly string[]> = {
  ESTABLISH: [
    'Take it in: the people here, their habits and their worries, will matter before long.',
    'You sense that the first threads of something larger are only now being spun.',
  ],
  DEVELOP: [
    'Each answer you find seems to open a new question, and the trail grows more tangled.',
    'New faces and old debts begin to draw around your path like a tightening net.',
  ],
  ESCALATE: [
    'Whatever is coming, it is coming faster now, and it will not wait for you to be ready.',
    'The danger has learned your name; the time for careful steps is running out.',
  ],
  CONFRONT: [
    'Here, at last, you must face what stands in your way, with everything you have.',
    'There is no road around this — only through, and only now.',
  ],
  RESOLVE: [
    'One by one, the loose threads of your journey draw together and are tied off.',
    'The questions that drove you here find their answers, and the story begins to settle into its shape.',
  ],
};

const CLOSERS: readonly string[] = [
  'The moment waits on your next move.',
  'What you do next is yours to choose.',
  'The way ahead lies open before you.',
  'For now, the world holds its breath and waits for you.',
];

const COMBAT_WORDS = [
  'attack',
  'fight',
  'strike',
  'sword',
  'duel',
  'battle',
  'charge',
  'shoot',
  'stab',
  'slash',
  'parry',
  'block',
  'punch',
  'kill',
  'defend',
  'draw',
];
const DIALOGUE_WORDS = ['ask', 'talk', 'speak', 'tell', 'say', 'persuade', 'greet', 'question', 'bargain', 'plead'];
const DISCOVERY_WORDS = ['search', 'examine', 'inspect', 'explore', 'open', 'read', 'study', 'look', 'investigate'];

/** True when the action names one of the words, by the domain's keyword rule (whole words, any case or accent). */
function hasAny(action: string, words: readonly string[]): boolean {
  const asObjective: ObjectiveView = { id: 'words', description: '', keywords: [...words], completedAt: null };
  return matchObjectivesByKeywords(action, [asObjective]).length > 0;
}

/**
 * Open objectives whose keywords the action names (the domain's keyword
 * rule): the offline narrator's "explicit markers", so they agree with the
 * keyword fallback the turn applies to a model's answer.
 */
function objectivesMentioned(action: string, objectives: readonly ObjectiveView[]): ObjectiveView[] {
  const ids = new Set(matchObjectivesByKeywords(action, objectives));
  return objectives.filter((objective) => ids.has(objective.id));
}

function phaseMoment(request: NarrationRequest, seed: string, name: string, act: string): NarrationResult['keyMoment'] {
  const h = stableHash(`${seed}#moment`);
  const action = request.action;
  const summary = (text: string) => clipChars(text, MOMENT_SUMMARY_MAX_CHARS);
  if (request.pacing.phase === 'CLIMAX') {
    const significance = Math.round((0.6 + (h % 4) * 0.1) * 10) / 10;
    if (hasAny(action, COMBAT_WORDS)) {
      return { kind: 'COMBAT', summary: summary(`${name} fought at the height of the danger: ${act}.`), significance };
    }
    if (h % 2 === 0) {
      return { kind: 'TRIUMPH', summary: summary(`${name} rose to the final test: ${act}.`), significance };
    }
    return null;
  }
  if (hasAny(action, DIALOGUE_WORDS) && h % 3 === 0) {
    return { kind: 'DIALOGUE', summary: summary(`${name} spoke up when it counted: ${act}.`), significance: 0.4 };
  }
  if (request.pacing.phase === 'MID_POINT' && hasAny(action, DISCOVERY_WORDS) && h % 2 === 0) {
    return { kind: 'DISCOVERY', summary: summary(`${name} uncovered a hidden truth: ${act}.`), significance: 0.5 };
  }
  return null;
}

/** A narration split into a few pieces at spaces, to show it as if it were being written. */
export function narrationPieces(text: string, size = 60): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const space = rest.indexOf(' ', size);
    if (space < 0) break;
    out.push(rest.slice(0, space + 1));
    rest = rest.slice(space + 1);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * The offline narrator's answer for a turn. Deterministic: the same request
 * gives the same result. 60–150 words, second person, mentions the character
 * and the action, follows the phase and directive, brings in the first
 * triggered story card; marks an open objective when the action contains one
 * of its keywords.
 */
export function offlineNarration(request: NarrationRequest): NarrationResult {
  const name = heroName(request.character);
  const archetype = request.character.archetype?.trim() || 'wanderer';
  const { phase, directive, turn, turnsRemaining } = request.pacing;
  const seed = `${turn}|${oneLine(request.action).toLowerCase()}|${phase}`;
  const act = `“${clipWords(stripEnd(request.action), 16) || 'you wait'}”`;

  const quest = request.quest;
  const completed = quest ? objectivesMentioned(request.action, quest.objectives) : [];
  const completedIds = new Set(completed.map((o) => o.id));
  const stillOpen = quest ? quest.objectives.filter((o) => o.completedAt === null && !completedIds.has(o.id)) : [];
  const finalTurn = directive === 'RESOLVE' && turnsRemaining <= 0;

  const phaseLines = PHASE_LINES[phase] ?? PHASE_LINES.RISING_ACTION;
  const first = stableHash(`${seed}#phase`) % phaseLines.length;
  const second = (first + 1 + (stableHash(`${seed}#phase2`) % (phaseLines.length - 1))) % phaseLines.length;

  const opener = sentence(pick(OPENERS, seed, 'opener')(name, act, archetype));
  const middle = [phaseLines[first]!, pick(DIRECTIVE_LINES[directive] ?? DIRECTIVE_LINES.DEVELOP, seed, 'directive')];
  const questLines: string[] = [];
  if (quest && completed.length > 0) {
    for (const objective of completed)
      questLines.push(sentence(`It is done: ${lowerFirst(stripEnd(objective.description))}`));
    questLines.push(
      stillOpen.length > 0
        ? `${stillOpen.length} objective${stillOpen.length === 1 ? '' : 's'} of “${quest.title}” still remain${stillOpen.length === 1 ? 's' : ''}.`
        : `Every objective of “${quest.title}” is now fulfilled.`,
    );
  } else if (quest && stillOpen.length > 0) {
    questLines.push(
      sentence(`“${quest.title}” still asks something of you: ${lowerFirst(stripEnd(stillOpen[0]!.description))}`),
    );
  }
  // A triggered story card is brought into the scene, so the player sees their card at work.
  const card = request.memory.cards[0];
  const cardLines = card ? [sentence(`You remember what you know of it: ${clipWords(card.text, 24)}`)] : [];
  const closer = finalTurn
    ? `And here, ${name}, your story comes to its rest.`
    : directive === 'RESOLVE'
      ? 'A little of the road remains, and it is yours to walk.'
      : pick(CLOSERS, seed, 'closer');

  const extras = [phaseLines[second]!, ...phaseLines.filter((_, i) => i !== first && i !== second)];
  const compose = (mid: string[]) => [opener, ...cardLines, ...mid, ...questLines, closer].join(' ');
  let mid = [...middle];
  // Lengthen with more scene until 60 words; shorten (scene lines first) down to 150.
  while (words(compose(mid)) < 60 && extras.length > 0) mid.splice(1, 0, extras.shift()!);
  while (words(compose(mid)) > 150 && mid.length > 0) mid = mid.slice(0, -1);
  let narration = compose(mid);
  if (words(narration) > 150) narration = clipWords(narration, 150);

  let keyMoment: NarrationResult['keyMoment'] = null;
  if (completed.length > 0) {
    const text = completed.map((o) => stripEnd(o.description)).join('; ');
    keyMoment = {
      kind: 'OBJECTIVE',
      summary: clipChars(`${name} completed an objective: ${lowerFirst(text)}.`, MOMENT_SUMMARY_MAX_CHARS),
      significance: 0.8,
    };
  } else {
    keyMoment = phaseMoment(request, seed, name, act);
  }

  return { narration, completedObjectiveIds: completed.map((o) => o.id).slice(0, 10), keyMoment };
}

// ---------------------------------------------------------------------------
// The quest designer

interface OfferTemplate {
  title: string;
  description: string;
  objectives: { description: string; keywords: string[] }[];
}

const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  {
    title: 'The Drowned Lantern',
    description: 'The lighthouse on the river has gone dark, and the boats no longer come home.',
    objectives: [
      { description: 'Recover the lantern from the flooded chapel', keywords: ['lantern', 'chapel', 'flood'] },
      { description: 'Win passage from the old ferryman', keywords: ['ferryman', 'ferry', 'passage', 'boat'] },
      { description: 'Light the beacon on the broken bridge', keywords: ['beacon', 'bridge', 'light'] },
    ],
  },
  {
    title: 'The Ashen Crown',
    description: 'A crown of the fallen kings lies in pieces, and a pretender is hunting for them.',
    objectives: [
      { description: 'Find the forge-master in the ruined smithy', keywords: ['forge', 'smithy', 'smith'] },
      { description: 'Recover the last shard from the crypt', keywords: ['shard', 'crypt', 'tomb'] },
      { description: 'Reforge the crown on the ancient anvil', keywords: ['reforge', 'anvil', 'crown'] },
    ],
  },
  {
    title: 'Whispers in the Orchard',
    description: 'The trees of the old orchard whisper at night, and the village children have stopped sleeping.',
    objectives: [
      { description: 'Question the orchard keeper', keywords: ['keeper', 'question', 'ask'] },
      { description: 'Follow the whispers down to the dry well', keywords: ['well', 'whisper', 'follow'] },
      { description: 'Break the hex on the oldest tree', keywords: ['hex', 'tree', 'curse', 'break'] },
    ],
  },
  {
    title: "The Cartographer's Debt",
    description: 'A dying cartographer owes a debt to dangerous people, and only one of his maps can pay it.',
    objectives: [
      { description: 'Steal back the stolen map', keywords: ['map', 'steal'] },
      { description: 'Decode the star chart hidden in its margins', keywords: ['chart', 'stars', 'decode'] },
      { description: 'Settle the debt at the harbour', keywords: ['debt', 'harbour', 'pay', 'coin'] },
    ],
  },
  {
    title: 'Beneath the Salt Mines',
    description: 'A tunnel collapse has trapped the night shift, and something down there is not rock.',
    objectives: [
      { description: 'Descend into the salt mines', keywords: ['descend', 'mine', 'tunnel'] },
      { description: 'Free the trapped miners', keywords: ['miners', 'free', 'rescue'] },
    ],
  },
  {
    title: 'The Silent Bell',
    description: 'The great bell has not rung in a year, and without it the mist creeps further into town each night.',
    objectives: [
      { description: 'Climb the crumbling bell tower', keywords: ['climb', 'tower', 'stairs'] },
      { description: 'Find the missing clapper', keywords: ['clapper', 'search', 'find'] },
      { description: "Bargain with the mist's keeper", keywords: ['bargain', 'mist', 'keeper'] },
      { description: 'Ring the bell at midnight', keywords: ['ring', 'bell', 'midnight'] },
    ],
  },
  {
    title: 'The Wolf of Greyfen',
    description: 'A wolf the size of a horse stalks the fen roads, and the hunters who went after it did not return.',
    objectives: [
      { description: 'Track the wolf through the fen', keywords: ['track', 'wolf', 'fen', 'tracks'] },
      { description: 'Seek the advice of the hermit', keywords: ['hermit', 'advice', 'talk'] },
      { description: 'Face the wolf at the standing stones', keywords: ['face', 'fight', 'stones'] },
    ],
  },
];

function archetypeHook(character: Character, index: number): string {
  const name = heroName(character);
  const archetype = character.archetype?.trim();
  const hooks = archetype
    ? [
        `Word is that it needs a ${archetype} — and ${name} is exactly that.`,
        `A ${archetype} like ${name} may be the only one who can set it right.`,
        `It calls for the skills of a ${archetype}, and ${name} has them.`,
      ]
    : [
        `Someone has to answer it, ${name}, and you are here.`,
        `It is the kind of trouble that finds ${name} sooner or later.`,
        `${name} could be the one to end it.`,
      ];
  return hooks[index % hooks.length]!;
}

/**
 * Three distinct quest offers for the character, deterministic from the
 * character. Quests titled as in `avoidTitles` (the offers a re-roll
 * replaces) come only when there are not enough others.
 */
export function offlineQuestOffers(character: Character, avoidTitles: readonly string[] = []): QuestOffer[] {
  const seed = `${character.name ?? ''}|${character.archetype ?? ''}|${character.backstory ?? ''}`.toLowerCase();
  const avoided = (i: number) => (avoidTitles.includes(OFFER_TEMPLATES[i]!.title) ? 1 : 0);
  const order = OFFER_TEMPLATES.map((template, i) => ({ i, key: stableHash(`${seed}#offer${i}`) })).sort(
    (a, b) => avoided(a.i) - avoided(b.i) || a.key - b.key || a.i - b.i,
  );
  return order.slice(0, 3).map(({ i }, position) => {
    const template = OFFER_TEMPLATES[i]!;
    return {
      title: template.title,
      description: `${template.description} ${archetypeHook(character, position + stableHash(seed))}`,
      objectives: template.objectives.map((o) => ({ description: o.description, keywords: [...o.keywords] })),
    };
  });
}

// ---------------------------------------------------------------------------
// The epilogue

const MOMENT_LEADS: Record<MomentKind, string> = {
  DISCOVERY: 'there was a discovery',
  COMBAT: 'there was a fight',
  DIALOGUE: 'there were words that mattered',
  CHOICE: 'there was a choice',
  LOSS: 'there was a loss',
  TRIUMPH: 'there was a triumph',
  OBJECTIVE: 'a task was done',
};

/** A personalised epilogue (150–300 words) naming the moments in order and the reason the story ended. */
export function offlineEpilogue(input: EpilogueInput): string {
  const name = heroName(input.character);
  const archetype = input.character.archetype?.trim();
  const quest = input.quest;
  const total = quest?.objectives.length ?? 0;
  const done = quest?.objectives.filter((o) => o.completedAt !== null).length ?? 0;
  const seed = `${name}|${input.turns}|${input.reason}`;

  const opening = [
    `After ${input.turns} turn${input.turns === 1 ? '' : 's'}, the tale of ${name}${archetype ? `, the ${archetype},` : ''} comes to its end.`,
    quest
      ? input.reason === 'QUEST_COMPLETE'
        ? `The quest “${quest.title}” is fulfilled: ${total > 0 ? `all ${total} of its objectives met` : 'its purpose met'}, and the people it touched will speak of it for years.`
        : `Time ran out before “${quest.title}” could be finished — ${done} of ${total} objectives met — yet the road remembers every step ${name} took along it.`
      : input.reason === 'QUEST_COMPLETE'
        ? `What ${name} set out to do is done.`
        : `The time allotted ran out, and the journey stopped where it stood.`,
  ].join(' ');

  const backstory = input.character.backstory?.trim();
  const reflection = [
    backstory
      ? `Those who knew where ${name} came from — ${lowerFirst(clipWords(stripEnd(backstory), 25))} — would barely recognise the one who walked home.`
      : `Those who met ${name} at the start of the road would barely recognise the one who walked home.`,
    input.reason === 'QUEST_COMPLETE'
      ? `You carry the weight of it lightly now, ${name}: what was asked of you has been given, and the world is a little better for it.`
      : `You carry the unfinished part with you, ${name}, not as a failure but as a promise: some roads are walked more than once.`,
  ];
  const padding = [
    `The fires of the inn burn low, and the stories told around them have a new name in them: ${name}.`,
    'Seasons will turn, and the paths you walked will grow over, but not the marks you left on the people along them.',
    pick(
      [
        'Somewhere a door closes softly, and another, further down the road, begins to open.',
        'The last light of the day lingers a moment longer than it should, as if reluctant to let the story go.',
      ],
      seed,
      'pad',
    ),
  ];

  const connectors = ['First', 'Then', 'Later', 'After that', 'And in time'];
  const momentLine = (m: MomentView, i: number, last: boolean) =>
    `${last && i > 0 ? 'Finally' : connectors[Math.min(i, connectors.length - 1)]}, on turn ${m.turn}, ${MOMENT_LEADS[m.kind] ?? 'something happened'}: ${sentence(m.summary)}`;

  const compose = (moments: MomentView[], omitted: number, pads: number) => {
    const lines = moments.map((m, i) => momentLine(m, i, i === moments.length - 1));
    const middle = moments.length
      ? [
          `The road held its moments. ${lines.join(' ')}${omitted ? ` And ${omitted} more moment${omitted === 1 ? '' : 's'} besides, each leaving its mark.` : ''}`,
        ]
      : ['The road was quiet, its moments small and private, but each of them was yours.'];
    return [opening, ...middle, ...reflection, ...padding.slice(0, pads)].join('\n\n');
  };

  // Keep every moment if they fit in 300 words; otherwise drop the least significant (order kept).
  let kept = [...input.moments];
  while (kept.length > 1 && words(compose(kept, input.moments.length - kept.length, 0)) > 300) {
    let weakest = 0;
    for (let i = 1; i < kept.length; i++) if (kept[i]!.significance < kept[weakest]!.significance) weakest = i;
    kept = kept.filter((_, i) => i !== weakest);
  }
  const omitted = input.moments.length - kept.length;
  let pads = 0;
  while (pads < padding.length && words(compose(kept, omitted, pads)) < 150) pads++;
  let text = compose(kept, omitted, pads);
  if (words(text) > 300) text = clipWords(text, 300);
  return text;
}
