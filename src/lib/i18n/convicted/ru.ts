import type { ConvictedMessages } from './en.ts';

export default {} satisfies ConvictedMessages;
