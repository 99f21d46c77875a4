import type { PlacesMessages } from './en.ts';

export default {} satisfies PlacesMessages;
