import { PACING_DIRECTIVES, PACING_URGENCIES } from '../../domain/vocabulary.js';
import type { PacingContext } from '../../domain/adventure-types.js';
import { nextTurnPacing } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { AdventureRef } from './session.js';

const UrgencyEnum = builder.enumType('PacingUrgency', { values: PACING_URGENCIES });
const DirectiveEnum = builder.enumType('PacingDirective', { values: PACING_DIRECTIVES });

const PacingRef = builder.objectRef<PacingContext>('AdventurePacing').implement({
  description: "The narrator's pacing for the next turn, computed in code (no model call).",
  fields: (t) => ({
    urgency: t.field({ type: UrgencyEnum, resolve: (pacing) => pacing.urgency }),
    directive: t.field({ type: DirectiveEnum, resolve: (pacing) => pacing.directive }),
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
