// The sentence comparison keeps its state in the URL: the one page that hydrates.
export const csr = true;
