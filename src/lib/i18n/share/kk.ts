import type { ShareMessages } from './en.ts';

export default {} satisfies ShareMessages;
