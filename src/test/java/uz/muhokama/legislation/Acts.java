package uz.muhokama.legislation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import uz.muhokama.support.SignedIn;

/** Small acts imported from typed text, with unique numbers and names, for tests of relations. */
public final class Acts {

    private Acts() {
    }

    public static int uniqueNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    /** Letters only, so that it can name a code in a citation ("Qbxzkt kodeksining 2-moddasi"). */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    public static ImportResult imported(LegislationImportService imports, ActType type, String number,
                                        LocalDate adopted, LocalDate validFrom, String title, String text) {
        return imported(imports, type, number, adopted, validFrom, "uz-Latn", title, text);
    }

    public static ImportResult imported(LegislationImportService imports, ActType type, String number,
                                        LocalDate adopted, LocalDate validFrom, String language, String title,
                                        String text) {
        return SignedIn.asAdmin(() -> {
            ImportPreview preview = imports.preview(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "act.txt");
            return imports.importEdition(preview.fileId(), new ActMetadata(type, number, adopted, null, null, null,
                    null, ActStatus.IN_FORCE, null, null, null), language, validFrom, title);
        });
    }

    public static ImportResult imported(LegislationImportService imports, ActType type, String number,
                                        LocalDate adopted, String title, String text) {
        return imported(imports, type, number, adopted, adopted, title, text);
    }
}
