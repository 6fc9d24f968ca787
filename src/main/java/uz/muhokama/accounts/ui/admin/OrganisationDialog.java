package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import uz.muhokama.accounts.AdministrationException;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationChange;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.accounts.OrganisationValidation;

/** The form to create an organisation or edit one; the service checks everything again. */
class OrganisationDialog extends Dialog {

    private final transient OrganisationService organisations;
    private final OrganisationDetails existing;
    private final transient Consumer<OrganisationDetails> onSaved;
    private final TextField code = new TextField();
    private final Select<OrganisationType> type = new Select<>();
    private final TextField nameUzLatn = nameField("org-name-uz-latn");
    private final TextField nameUzCyrl = nameField("org-name-uz-cyrl");
    private final TextField nameRu = nameField("org-name-ru");
    private final TextField nameEn = nameField("org-name-en");
    private final ComboBox<OrganisationDetails> parent = new ComboBox<>();
    private final Map<String, HasValidation> fields;

    /** A dialog for a new organisation ({@code existing} is {@code null}) or for editing one. */
    OrganisationDialog(OrganisationService organisations, OrganisationDetails existing,
                       Consumer<OrganisationDetails> onSaved) {
        this.organisations = organisations;
        this.existing = existing;
        this.onSaved = onSaved;
        this.fields = Map.of("code", code, "type", type, "parent", parent, "name.uz-Latn", nameUzLatn,
                "name.uz-Cyrl", nameUzCyrl, "name.ru", nameRu, "name.en", nameEn);
        addClassName("organisation-dialog");
        setHeaderTitle(getTranslation(existing == null ? "accounts.admin.org.new" : "accounts.admin.org.edit"));
        setWidth("min(44rem, 100vw)");
        buildFields();
        FormLayout form = new FormLayout(code, type, nameUzLatn, nameUzCyrl, nameRu, nameEn, parent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(parent, 2);
        add(form);
        buildFooter();
        if (existing != null) {
            fill(existing);
        }
    }

    private void buildFields() {
        code.setId("org-code");
        code.setLabel(getTranslation("accounts.admin.org.code"));
        code.setHelperText(getTranslation("accounts.admin.org.codeHelp"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(OrganisationValidation.CODE_MAX_LENGTH);
        code.setAllowedCharPattern("[A-Za-z0-9-]");
        code.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                code.setValue(e.getValue().toUpperCase(Locale.ROOT));
            }
        });
        type.setId("org-type");
        type.setLabel(getTranslation("accounts.admin.org.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("accounts.admin.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        nameUzLatn.setLabel(getTranslation("accounts.admin.org.nameUzLatn"));
        nameUzCyrl.setLabel(getTranslation("accounts.admin.org.nameUzCyrl"));
        nameRu.setLabel(getTranslation("accounts.admin.org.nameRu"));
        nameEn.setLabel(getTranslation("accounts.admin.org.nameEn"));
        parent.setId("org-parent");
        parent.setLabel(getTranslation("accounts.admin.org.parent"));
        parent.setHelperText(getTranslation("accounts.admin.org.parentHelp"));
        parent.setClearButtonVisible(true);
        parent.setItems(candidateParents());
        parent.setItemLabelGenerator(o -> o.code() + " · " + o.names().in(getLocale()));
    }

    private List<OrganisationDetails> candidateParents() {
        return organisations.all().stream()
                .filter(o -> existing == null || !o.id().equals(existing.id()))
                .toList();
    }

    private void buildFooter() {
        Button cancel = new Button(getTranslation("accounts.admin.cancel"), e -> close());
        cancel.setId("org-cancel");
        Button save = new Button(getTranslation("accounts.admin.save"), e -> save());
        save.setId("org-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (existing != null) {
            Button members = new Button(getTranslation("accounts.admin.org.members"), VaadinIcon.USERS.create(),
                    e -> {
                        close();
                        UI.getCurrent().navigate(OrganisationMembersView.class,
                                OrganisationMembersView.parameters(existing.code()));
                    });
            members.setId("org-members");
            members.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(members);
        }
        getFooter().add(cancel, save);
    }

    private void fill(OrganisationDetails organisation) {
        code.setValue(organisation.code());
        type.setValue(organisation.type());
        nameUzLatn.setValue(organisation.names().uzLatn());
        nameUzCyrl.setValue(organisation.names().uzCyrl());
        nameRu.setValue(organisation.names().ru());
        nameEn.setValue(organisation.names().en());
        if (organisation.parent() != null) {
            parent.getListDataView().getItems()
                    .filter(o -> o.id().equals(organisation.parent()))
                    .findFirst()
                    .ifPresent(parent::setValue);
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        OrganisationNames names = new OrganisationNames(nameUzLatn.getValue(), nameUzCyrl.getValue(),
                nameRu.getValue(), nameEn.getValue());
        OrganisationId parentId = parent.getValue() == null ? null : parent.getValue().id();
        try {
            OrganisationDetails saved;
            if (existing == null) {
                OrganisationId id = organisations.create(new NewOrganisation(code.getValue(), type.getValue(), names,
                        parentId));
                saved = organisations.find(id).orElseThrow();
                AdminTexts.success(this, "accounts.admin.org.created", saved.code());
            } else {
                saved = organisations.update(new OrganisationChange(existing.id(), existing.version(),
                        code.getValue(), type.getValue(), names, parentId));
                AdminTexts.success(this, "accounts.admin.org.updated", saved.code());
            }
            close();
            onSaved.accept(saved);
        } catch (AdministrationException e) {
            AdminTexts.showOn(e.field() == null ? null : fields.get(e.field()), this, e);
        }
    }

    private TextField nameField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(OrganisationValidation.NAME_MAX_LENGTH);
        return field;
    }
}
