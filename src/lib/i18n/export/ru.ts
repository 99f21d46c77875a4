import type { ExportMessages } from './en.ts';

export default {} satisfies ExportMessages;
