package uz.muhokama.drafts;

import java.util.List;

/**
 * The structure read from an upload or a typed text, shown to the editor before it is saved.
 *
 * @param fileId the stored upload to confirm, or null for typed text
 * @param warnings message keys of what the editor should check
 */
public record TextPreview(Long fileId, List<DraftProvision> provisions, List<String> warnings) {

    public TextPreview {
        provisions = List.copyOf(provisions);
        warnings = List.copyOf(warnings);
    }

    public long articleCount() {
        return provisions.stream().filter(p -> p.kind() == uz.muhokama.legislation.ProvisionKind.ARTICLE).count();
    }
}
