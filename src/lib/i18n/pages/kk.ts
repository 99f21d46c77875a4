import type { PagesMessages } from './en.ts';

export default {} satisfies PagesMessages;
