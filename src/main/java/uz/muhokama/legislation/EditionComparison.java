package uz.muhokama.legislation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.shared.text.WordDiff;

/**
 * Compares two editions provision by provision: provisions are matched by eId in document order (so an inserted
 * article shows as added and the rest stay matched), and matched provisions are compared word by word.
 */
public final class EditionComparison {

    private EditionComparison() {
    }

    public static List<ProvisionChange> compare(EditionText before, EditionText after) {
        List<ProvisionView> from = before.provisions();
        List<ProvisionView> to = after.provisions();
        Patch<String> patch = DiffUtils.diff(from.stream().map(ProvisionView::eId).toList(),
                to.stream().map(ProvisionView::eId).toList());
        List<ProvisionChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                changes.add(matched(from.get(i++), to.get(j++)));
            }
            for (int k = 0; k < delta.getSource().size(); k++) {
                ProvisionView removed = from.get(i++);
                changes.add(new ProvisionChange(ProvisionChange.Change.REMOVED, removed, null,
                        WordDiff.html(text(removed), "")));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                ProvisionView added = to.get(j++);
                changes.add(new ProvisionChange(ProvisionChange.Change.ADDED, null, added,
                        WordDiff.html("", text(added))));
            }
        }
        while (i < from.size()) {
            changes.add(matched(from.get(i++), to.get(j++)));
        }
        return changes;
    }

    private static ProvisionChange matched(ProvisionView before, ProvisionView after) {
        String was = text(before);
        String is = text(after);
        boolean changed = WordDiff.differ(was, is);
        return new ProvisionChange(changed ? ProvisionChange.Change.CHANGED : ProvisionChange.Change.SAME, before,
                after, WordDiff.html(was, is));
    }

    private static String text(ProvisionView p) {
        return p.kind().isHeading() ? p.heading() : p.text();
    }
}
