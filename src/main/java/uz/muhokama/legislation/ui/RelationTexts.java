package uz.muhokama.legislation.ui;

import java.time.LocalDate;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.legislation.AmendmentKind;
import uz.muhokama.legislation.ProvisionRef;
import uz.muhokama.legislation.internal.ProvisionNames;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** How relations read in the reader's language: "PQ-9001, 2-modda", "Yangi tahrirda bayon etilgan", dates. */
final class RelationTexts {

    private final ProvisionNames names;
    private final Translations translations;
    private final SupportedLocale reader;

    RelationTexts(ProvisionNames names, Translations translations, SupportedLocale reader) {
        this.names = names;
        this.translations = translations;
        this.reader = reader;
    }

    /** The act's number and, when a provision is named, the provision: "PQ-9001, 2-modda". */
    String ref(ProvisionRef ref) {
        return ref.eId() == null ? ref.act().number() : ref.act().number() + ", " + provision(ref.eId());
    }

    String provision(String eId) {
        return names.of(eId, reader);
    }

    String title(ActSummary act) {
        return act.title(reader.tag());
    }

    String kind(AmendmentKind kind) {
        return text("legislation.relations.kind." + kind.name());
    }

    String date(LocalDate date) {
        return ActView.formatDate(date, reader.locale());
    }

    String text(String key, Object... params) {
        return translations.get(reader, key, params);
    }
}
