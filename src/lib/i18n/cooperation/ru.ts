import type { CooperationMessages } from './en.ts';

export default {} satisfies CooperationMessages;
