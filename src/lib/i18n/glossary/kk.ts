import type { GlossaryMessages } from './en.ts';

export default {} satisfies GlossaryMessages;
