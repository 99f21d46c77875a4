import type { NamesMessages } from './en.ts';

export default {} satisfies NamesMessages;
