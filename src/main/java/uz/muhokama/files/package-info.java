/**
 * Stored files: every upload is checked with Apache Tika (the real type from the content, never the name), kept in
 * content-addressed storage, and its text can be extracted for parsing and search.
 */
package uz.muhokama.files;
