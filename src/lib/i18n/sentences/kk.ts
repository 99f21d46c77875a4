import type { SentencesMessages } from './en.ts';

export default {} satisfies SentencesMessages;
