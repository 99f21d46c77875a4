import type { HomeMessages } from './en.ts';

export default {} satisfies HomeMessages;
