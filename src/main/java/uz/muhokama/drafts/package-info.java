/**
 * Drafts of legal acts put up for public discussion: periods, comments on articles, votes, the agency's answers, the
 * consolidated table of proposals and versions.
 */
package uz.muhokama.drafts;
