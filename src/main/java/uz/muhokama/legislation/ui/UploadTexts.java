package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field's own texts (its button, drop zone and errors) in the page's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static void apply(Upload upload, Component page) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("legislation.upload.addFile"))
                .setMany(page.getTranslation("legislation.upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("legislation.upload.dropFile"))
                .setMany(page.getTranslation("legislation.upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(page.getTranslation("legislation.upload.tooManyFiles"))
                .setFileIsTooBig(page.getTranslation("legislation.upload.tooBig"))
                .setIncorrectFileType(page.getTranslation("legislation.upload.wrongType")));
        upload.setI18n(i18n);
    }
}
