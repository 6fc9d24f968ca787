package uz.muhokama.legislation;

/**
 * The levels of a legal text, from the outermost, with their Akoma Ntoso element names used in eIds
 * ({@code chp_2__art_13__para_1}). A code may have parts ("Umumiy qism"), sections ("I boʻlim", "Раздел I"), chapters
 * ("1-bob", "Глава 1"), subchapters ("1-§"), articles ("13-modda", "Статья 13"), the paragraphs of an article (its
 * parts, "qism"), and numbered points.
 */
public enum ProvisionKind {
    PART("part", 0),
    SECTION("sec", 1),
    CHAPTER("chp", 2),
    SUBCHAPTER("subchp", 3),
    ARTICLE("art", 4),
    PARAGRAPH("para", 5),
    POINT("point", 5);

    private final String eIdPrefix;
    private final int depth;

    ProvisionKind(String eIdPrefix, int depth) {
        this.eIdPrefix = eIdPrefix;
        this.depth = depth;
    }

    public String eIdPrefix() {
        return eIdPrefix;
    }

    /** Nesting rank: a provision holds only provisions of a greater rank. */
    public int depth() {
        return depth;
    }

    public boolean isHeading() {
        return depth <= ARTICLE.depth;
    }
}
