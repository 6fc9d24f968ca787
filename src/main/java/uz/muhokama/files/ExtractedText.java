package uz.muhokama.files;

/**
 * The text Tika read from a file.
 *
 * @param mediaType the type detected from the content
 * @param text the plain text
 * @param html the XHTML Tika produced (keeps headings and paragraphs, which structure parsers need)
 * @param truncated whether the text was cut at the extraction limit
 */
public record ExtractedText(String mediaType, String text, String html, boolean truncated) {
}
