package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The photo upload's own words in the reader's language. */
final class PhotoUploadTexts {

    private PhotoUploadTexts() {
    }

    static void apply(Upload upload, Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("problems.upload.add"))
                .setMany(c.getTranslation("problems.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("problems.upload.drop"))
                .setMany(c.getTranslation("problems.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(c.getTranslation("problems.photo.tooLarge", 15))
                .setIncorrectFileType(c.getTranslation("problems.photo.type"))
                .setTooManyFiles(c.getTranslation("problems.photo.tooMany", 5)));
        upload.setI18n(i18n);
        upload.setMaxFileSize(15 * 1024 * 1024);
    }
}
