package uz.muhokama.drafts;

/**
 * Which top-level comments of a draft a list shows: all of them, those on the draft as a whole, or those on one
 * provision (named by its stable key, so that comments written on earlier versions are included).
 */
public record CommentScope(String provisionKey, boolean everything) {

    public static CommentScope all() {
        return new CommentScope(null, true);
    }

    public static CommentScope wholeDraft() {
        return new CommentScope(null, false);
    }

    public static CommentScope provision(String provisionKey) {
        return new CommentScope(provisionKey, false);
    }
}
