package uz.muhokama.legislation.internal.parse;

import java.time.LocalDate;
import uz.muhokama.legislation.ParsedText;

/**
 * An Akoma Ntoso document as read: its text as the provision tree, and what its FRBR metadata says of the act. Every
 * field of the metadata may be missing ({@code null}); the import asks for what is.
 *
 * @param text the provision tree, the title from the preface, the publication line
 * @param documentType the document's kind as written ({@code act@name} or the work's subtype: {@code code},
 *     {@code law})
 * @param workUri the work's FRBR URI ({@code /act/uz/code/2022/798}, {@code /akn/uz/act/2022/798})
 * @param number the work's number as written ({@code OʻRQ-798}, {@code 798})
 * @param workDate the work's date (adoption)
 * @param language the expression's language as written ({@code uz-Latn}, {@code rus})
 * @param expressionDate the expression's date (the edition's first day)
 * @param publicationNumber the official publication's number, if the metadata names one
 */
public record AkomaNtosoDocument(ParsedText text, String documentType, String workUri, String number,
                                 LocalDate workDate, String language, LocalDate expressionDate,
                                 String publicationNumber) {
}
