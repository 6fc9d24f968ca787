package uz.muhokama.drafts.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uz.muhokama.drafts.ConsolidatedTable;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.TableInfo;
import uz.muhokama.drafts.TableRow;
import uz.muhokama.shared.i18n.Translations;
import uz.muhokama.shared.pdf.HtmlPdf;
import uz.muhokama.shared.pdf.PagedPdf;

/**
 * Writes a published consolidated table as CSV (UTF-8 with a byte order mark, so that Excel reads the letters
 * right), XLSX and PDF, row by row from the database cursor: nothing holds the whole table in memory. Everything a
 * person wrote stays text: CSV cells that a spreadsheet would read as a formula are prefixed with an apostrophe, XLSX
 * cells are strings, and the PDF's HTML escapes it.
 */
@Component
class TableExports {

    /** Rows the XLSX writer keeps in memory before flushing them to its temporary file. */
    private static final int XLSX_WINDOW = 100;
    /** Rows laid out per PDF part. */
    private static final int PDF_PART = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ConsolidatedTable table;
    private final Translations translations;

    TableExports(ConsolidatedTable table, Translations translations) {
        this.table = table;
        this.translations = translations;
    }

    void csv(TableInfo info, Locale locale, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writeCsvLine(writer, headers(locale));
            table.each(info.draft().id(), row -> {
                try {
                    writeCsvLine(writer, cells(row, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void xlsx(TableInfo info, Locale locale, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName(locale));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            int[] widths = {6, 28, 60, 50, 22, 18, 60};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            writeRow(sheet.createRow(0), headers(locale), header);
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            table.each(info.draft().id(), row -> writeRow(sheet.createRow(next[0]++), cells(row, locale), wrap));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void pdf(TableInfo info, Locale locale, OutputStream out) {
        try (PagedPdf pdf = new PagedPdf()) {
            List<TableRow> part = new ArrayList<>(PDF_PART);
            boolean[] first = {true};
            table.each(info.draft().id(), row -> {
                part.add(row);
                if (part.size() == PDF_PART) {
                    pdf.add(html(info, locale, part, first[0]));
                    first[0] = false;
                    part.clear();
                }
            });
            if (first[0] || !part.isEmpty()) {
                pdf.add(html(info, locale, part, first[0]));
            }
            pdf.writeTo(out);
        }
    }

    String fileName(TableInfo info, String extension) {
        String number = info.draft().number() == null ? String.valueOf(info.draft().id().value())
                : info.draft().number().replaceAll("[^A-Za-z0-9_-]", "-");
        return "yigma-jadval-" + number + "." + extension;
    }

    private String html(TableInfo info, Locale locale, List<TableRow> rows, boolean withTitle) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>")
                .append("@page{size:A4 landscape;margin:12mm}")
                .append("body{font-family:'").append(HtmlPdf.FONT_FAMILY).append("';font-size:8.5pt;color:#1a1a1a}")
                .append("h1{font-size:14pt;margin:0 0 4pt}p.meta{margin:0 0 8pt;color:#444}")
                .append("table{width:100%;border-collapse:collapse;table-layout:fixed}")
                .append("th,td{border:0.5pt solid #999;padding:3pt 4pt;vertical-align:top;text-align:left;")
                .append("word-wrap:break-word;white-space:pre-wrap}")
                .append("th{background:#eef2f6;font-weight:bold}thead{display:table-header-group}")
                .append("tr{page-break-inside:avoid}.wording{color:#0b4f8a}")
                .append("</style></head><body>");
        if (withTitle) {
            html.append("<h1>").append(escape(t(locale, "drafts.table.title"))).append("</h1>")
                    .append("<p class=\"meta\">").append(escape(info.draft().title(locale))).append("<br/>")
                    .append(escape(t(locale, "drafts.table.publishedAt",
                            DATE.format(info.publishedAt().atZone(DraftService.TASHKENT)))))
                    .append(" · ").append(escape(t(locale, "drafts.table.summary", info.rows()))).append("</p>");
        }
        html.append("<table><colgroup><col style=\"width:4%\"/><col style=\"width:14%\"/><col style=\"width:26%\"/>")
                .append("<col style=\"width:20%\"/><col style=\"width:10%\"/><col style=\"width:8%\"/>")
                .append("<col style=\"width:18%\"/></colgroup><thead><tr>");
        for (String header : headers(locale)) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (TableRow row : rows) {
            html.append("<tr>");
            List<String> cells = cells(row, locale);
            for (int i = 0; i < cells.size(); i++) {
                html.append(i == 3 ? "<td class=\"wording\">" : "<td>").append(escape(cells.get(i))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private List<String> headers(Locale locale) {
        return List.of(t(locale, "drafts.table.column.number"), t(locale, "drafts.table.column.provision"),
                t(locale, "drafts.table.column.proposal"), t(locale, "drafts.table.column.wording"),
                t(locale, "drafts.table.column.author"), t(locale, "drafts.table.column.disposition"),
                t(locale, "drafts.table.column.reason"));
    }

    private List<String> cells(TableRow row, Locale locale) {
        return List.of(String.valueOf(row.number()),
                row.provisionLabel() == null ? t(locale, "drafts.answers.wholeDraft") : row.provisionLabel(),
                row.proposal(), nonNull(row.proposedWording()), row.authorName(),
                row.disposition() == null ? "" : t(locale, "drafts.answers.disposition." + row.disposition().name()),
                nonNull(row.reason()));
    }

    private String sheetName(Locale locale) {
        return t(locale, "drafts.table.open").replaceAll("[\\\\/?*\\[\\]:]", " ");
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private static void writeRow(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            cell.setCellStyle(style);
        }
    }

    private static void writeCsvLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** RFC 4180 quoting; a leading character that starts a spreadsheet formula is neutralised. */
    static String csvCell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
