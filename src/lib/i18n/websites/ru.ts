import type { WebsitesMessages } from './en.ts';

export default {} satisfies WebsitesMessages;
