/**
 * Full-text search shared by the modules, on Apache Lucene: analyzers that make Uzbek Latin and Cyrillic one language
 * (every apostrophe variant folded), Russian morphology, English; indexing and queries.
 */
package uz.muhokama.search;
