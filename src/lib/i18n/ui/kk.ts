import type { UiMessages } from './en.ts';

export default {} satisfies UiMessages;
