package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words (button, drop hint, refusals) in the reader's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static void apply(Upload upload, Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("drafts.upload.add"))
                .setMany(c.getTranslation("drafts.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("drafts.upload.drop"))
                .setMany(c.getTranslation("drafts.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(c.getTranslation("drafts.upload.tooBig"))
                .setIncorrectFileType(c.getTranslation("drafts.upload.wrongType"))
                .setTooManyFiles(c.getTranslation("drafts.upload.tooMany")));
        upload.setI18n(i18n);
    }
}
