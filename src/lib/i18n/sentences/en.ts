/** The words of the sentences area, in English: the type every edition's sentences catalogue must match. */
const sentences = {};

export type SentencesMessages = typeof sentences;
export default sentences;
