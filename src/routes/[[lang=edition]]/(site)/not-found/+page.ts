// A plain page with no JavaScript, copied to 404.html after the build.
export const csr = false;
