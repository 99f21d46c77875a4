/** The words of the glossary area, in English: the type every edition's glossary catalogue must match. */
const glossary = {};

export type GlossaryMessages = typeof glossary;
export default glossary;
