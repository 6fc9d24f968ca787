package uz.muhokama.legislation.internal.parse;

/**
 * One block of a source document, before structure: what the source says it is (if anything), its text, and the
 * source's own id for it.
 */
record Block(Role role, String text, String sourceId) {

    enum Role {
        /** The act's title. */
        TITLE,
        /** The act's form ("… Qonuni"). */
        FORM,
        /** A heading the source marks as one (its level is read from the text). */
        HEADING,
        /** A paragraph the source marks as one (a part of an article, or a point). */
        PARAGRAPH,
        /** A line of plain text: a heading if it reads like one, else a paragraph. */
        LINE,
        /** An editorial note on the preceding provision. */
        NOTE,
        /** The official publication line. */
        PUBLICATION
    }
}
