// The enhancement layer: what only a browser can add to pages that work without JavaScript.
// Built by Vite into one content-hashed file that every page loads from this site.
import { startCopy } from './copy.ts';
import { startEmbedHeight } from './embed-height.ts';
import { overflowIn } from './overflow.ts';
import { startTabs } from './tabs.ts';
import { startValues } from './values.ts';
import { startViews } from './views.ts';

startCopy(document);
startTabs(document);
overflowIn(document);
startValues(document);
startEmbedHeight(document);
startViews(document);
