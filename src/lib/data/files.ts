/** File name of the download that holds the whole package. */
export const ZIP_NAME = 'crt-kazakhstan-2012.zip';
