// Links and native disclosure widgets only: no JavaScript needed.
export const csr = false;
