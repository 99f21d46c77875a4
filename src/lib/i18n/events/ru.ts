import type { EventsMessages } from './en.ts';

export default {} satisfies EventsMessages;
