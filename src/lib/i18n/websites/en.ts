/** The words of the websites area, in English: the type every edition's websites catalogue must match. */
const websites = {};

export type WebsitesMessages = typeof websites;
export default websites;
