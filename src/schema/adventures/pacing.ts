import { PACING_DIRECTIVES, PACING_URGENCIES } from '../../domain/vocabulary.js';
import type { PacingContext } from '../../domain/adventure-types.js';
import { nextTurnPacing } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { describedValues } from '../described-values.js';
import { AdventureRef } from './session.js';

const UrgencyEnum = builder.enumType('PacingUrgency', {
  description: 'How pressing the story is on a turn.',
  values: describedValues(PACING_URGENCIES, {
    LOW: 'SETUP, and RISING_ACTION before 25% of the turns.',
    MEDIUM: 'The rest of RISING_ACTION, MID_POINT and DENOUEMENT.',
    HIGH: 'CLIMAX.',
    CRITICAL: 'The closing turn, or at most 2 turns remain, in any phase.',
  }),
});
const DirectiveEnum = builder.enumType('PacingDirective', {
  description: 'What the narrator is told to do, one per phase.',
  values: describedValues(PACING_DIRECTIVES, {
    ESTABLISH: 'SETUP: establish the world, the character and the stakes.',
    DEVELOP: 'RISING_ACTION: complications, allies and clues toward the objectives.',
    ESCALATE: 'MID_POINT: a reversal or revelation raises the stakes.',
    CONFRONT: 'CLIMAX: bring the central conflict to a head.',
    RESOLVE: 'DENOUEMENT: settle the consequences; nothing new.',
  }),
});

const PacingRef = builder.objectRef<PacingContext>('AdventurePacing').implement({
  description: "The narrator's pacing for the next turn, computed in code (no model call).",
  fields: (t) => ({
    urgency: t.field({
      type: UrgencyEnum,
      description: 'How pressing the next turn is.',
      resolve: (pacing) => pacing.urgency,
    }),
    directive: t.field({
      type: DirectiveEnum,
      description: "The next turn's phase directive.",
      resolve: (pacing) => pacing.directive,
    }),
    guidance: t.exposeString('guidance', { description: 'What the narrator is told; empty when pacing is off.' }),
  }),
});

builder.prismaObjectField(AdventureRef, 'pacing', (t) =>
  t.field({
    type: PacingRef,
    nullable: true,
    description: 'The pacing of the next turn; null once the adventure has ended.',
    resolve: (session, _args, context) => nextTurnPacing(context, session),
  }),
);
