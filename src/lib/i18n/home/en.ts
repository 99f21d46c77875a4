/** The words of the home page, in English: the type every edition's home catalogue must match. */
const home = {};

export type HomeMessages = typeof home;
export default home;
