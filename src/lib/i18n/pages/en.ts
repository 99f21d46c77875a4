/** The words of the pages area, in English: the type every edition's pages catalogue must match. */
const pages = {};

export type PagesMessages = typeof pages;
export default pages;
