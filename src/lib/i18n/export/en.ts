/** The words of the export area, in English: the type every edition's export catalogue must match. */
const words = {};

export type ExportMessages = typeof words;
export default words;
