import type { IncidentsMessages } from './en.ts';

export default {} satisfies IncidentsMessages;
