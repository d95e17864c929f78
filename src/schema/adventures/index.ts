// Adventures: each file registers one part of the adventure API on the builder.
import './session.js';
import './character.js';
import './quest.js';
import './pacing.js';
import './story.js';
import './action.js';
import './phase-change.js';
import './memory.js';
import './setup-changes.js';
import './turns.js';
