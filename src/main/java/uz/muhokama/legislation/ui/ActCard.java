package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.EditionInfo;

/** The metadata card at the top of an act's page: kind, number, dates, status badge, official publication. */
class ActCard extends Div {

    ActCard(ActDetails act, String language) {
        addClassName("act-card");
        Locale locale = getLocale();
        var summary = act.summary();
        Span type = new Span(getTranslation("legislation.type." + summary.type().name()));
        type.addClassName("act-type");
        Span number = new Span(summary.number());
        number.addClassName("act-number");
        number.setId("act-number");
        Div top = new Div(type, number, status(summary.status()));
        top.addClassName("act-card-top");
        DescriptionList facts = new DescriptionList();
        fact(facts, "legislation.act.adopted", ActView.formatDate(summary.adoptedOn(), locale));
        fact(facts, "legislation.act.issuingBody", act.issuingBody());
        if (act.publicationNumber() != null) {
            fact(facts, "legislation.act.publication", join(act.publicationSource(),
                    ActView.formatDate(act.publicationDate(), locale), act.publicationNumber()));
        }
        fact(facts, "legislation.act.mojRegistration", act.mojRegistrationNo() == null ? null
                : join(act.mojRegistrationNo(), ActView.formatDate(act.mojRegisteredOn(), locale)));
        long editions = act.editions().stream().filter(e -> e.language().equals(language)).count();
        EditionInfo current = act.editions().stream().filter(e -> e.language().equals(language) && e.validTo() == null)
                .findFirst().orElse(null);
        if (current != null) {
            fact(facts, "legislation.act.editionSince", ActView.formatDate(current.validFrom(), locale) + " · "
                    + getTranslation("legislation.act.editionCount", editions));
        }
        add(top, facts);
    }

    private Span status(ActStatus status) {
        String theme = switch (status) {
            case IN_FORCE -> "success";
            case NOT_YET_IN_FORCE -> "contrast";
            case LOST_FORCE -> "error";
        };
        Span badge = ActView.badge(getTranslation("legislation.status." + status.name()), theme);
        badge.setId("act-status");
        return badge;
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
